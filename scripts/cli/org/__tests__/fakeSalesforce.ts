/**
 * An in-process stand-in for the Salesforce APIs the org commands call, answering with the request and response shapes
 * of Salesforce's documentation: REST query (`/query?q=`), describe, Tooling API executeAnonymous, Bulk API 2.0
 * query and ingest jobs (`/jobs/query`, `/jobs/ingest`, CSV results paged with `Sforce-Locator`), and the Metadata
 * API's SOAP `deploy` / `checkDeployStatus`. It records every request, accepts only its current access token (INVALID_SESSION_ID
 * otherwise, as an expired session), and plays scripted faults (INVALID_FIELD, REQUEST_LIMIT_EXCEEDED, 503, a failed
 * job). No real org is reached by any test.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inflateRawSync } from 'node:zlib';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

interface Fault {
  match: (request: RecordedRequest) => boolean;
  response: FakeResponse;
  times: number;
}

export const API_VERSION = '66.0';

/** Tooling API `executeAnonymous` result (Tooling API Developer Guide, REST resources). */
export interface ExecuteAnonymousAnswer {
  line: number;
  column: number;
  compiled: boolean;
  success: boolean;
  compileProblem: string | null;
  exceptionStackTrace: string | null;
  exceptionMessage: string | null;
}

/** REST error body: a JSON array of { message, errorCode } (REST API Developer Guide, "Status Codes and Error Responses"). */
export function restError(status: number, errorCode: string, message: string): FakeResponse {
  return { status, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify([{ message, errorCode }]) };
}

export const SERVICE_UNAVAILABLE: FakeResponse = {
  status: 503,
  headers: { 'Content-Type': 'text/html' },
  body: '<html><body>Service Unavailable</body></html>'
};

export const REQUEST_LIMIT: FakeResponse = restError(403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.');

function soapEnvelope(body: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" ' +
    'xmlns="http://soap.sforce.com/2006/04/metadata" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`
  );
}

export function soapFault(code: string, message: string): FakeResponse {
  return {
    status: 500,
    headers: { 'Content-Type': 'text/xml; charset=utf-8' },
    body: soapEnvelope(
      `<soapenv:Fault><faultcode>sf:${code}</faultcode><faultstring>${code}: ${message}</faultstring></soapenv:Fault>`
    )
  };
}

/** A field of a describe answer: its name, and the values of a picklist. */
export interface FakeField {
  name: string;
  picklistValues?: { value: string; active: boolean }[];
}

export interface QueryJob {
  id: string;
  query: string;
  polls: number;
  state: string;
}

export interface IngestJob {
  id: string;
  object: string;
  operation: string;
  externalIdFieldName?: string;
  state: string;
  csv: string;
  /** Ids given to the inserted rows (row order), once complete. */
  ids: string[];
}

/** A file of the deployed zip: name → text. */
export type DeployedFiles = Map<string, string>;

/** Reads the entries of a zip (stored or deflated), enough to check what `params push` deployed. */
export function unzip(zip: Buffer): DeployedFiles {
  const files: DeployedFiles = new Map();
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const method = zip.readUInt16LE(at + 8);
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const extraLength = zip.readUInt16LE(at + 28);
    const name = zip.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const start = at + 30 + nameLength + extraLength;
    const data = zip.subarray(start, start + size);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at = start + size;
  }
  return files;
}

export class FakeSalesforce {
  readonly requests: RecordedRequest[] = [];
  /** The token the org accepts now; `expireSession()` changes it. */
  token = 'token-1';
  url = '';
  /** Rows (CSV lines without header) a Bulk query answers, by SOQL; `header` first. */
  bulkAnswer: (soql: string) => { header: string; rows: string[] } = () => ({ header: 'Id', rows: [] });
  /** Result page size of Bulk query results when the client does not ask (`maxRecords`). */
  pageSize = 1000;
  /** Polls a query job answers InProgress before JobComplete (or `finalState`). */
  pollsBeforeDone = 1;
  finalState = 'JobComplete';
  /** Records a REST `/query` answers, by SOQL. */
  restQuery: (soql: string) => Record<string, unknown>[] = () => [];
  /**
   * Tooling API executeAnonymous answers, by the anonymous Apex (`anonymousBody`); by default it compiled and ran
   * without an exception.
   */
  anonymousApex: (body: string) => ExecuteAnonymousAnswer = () => ({
    line: -1,
    column: -1,
    compiled: true,
    success: true,
    compileProblem: null,
    exceptionStackTrace: null,
    exceptionMessage: null
  });
  /** sObject describe answers: object → its fields (absent object: NOT_FOUND). */
  describe = new Map<string, FakeField[]>();
  /** What checkDeployStatus answers once done; polls before that answer InProgress. */
  deployOutcome: { success: boolean; failures: { fullName: string; problem: string }[] } = {
    success: true,
    failures: []
  };
  deployPolls = 1;
  /** Failed-row count of an ingest job per object (the rest succeed). */
  ingestFailures = new Map<string, number>();
  readonly queryJobs = new Map<string, QueryJob>();
  readonly ingestJobs = new Map<string, IngestJob>();
  readonly deploys = new Map<string, { zip: DeployedFiles; polls: number; options: string }>();
  private faults: Fault[] = [];
  private server: Server | undefined;
  private nextId = 1;

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server?.close(() => {
        resolve();
      })
    );
  }

  /** The next `times` requests that `match` get `response` instead of the normal answer. */
  fail(match: (request: RecordedRequest) => boolean, response: FakeResponse, times = 1): void {
    this.faults.push({ match, response, times });
  }

  /** The current token stops working (an expired session); a new one is what a refresh returns. */
  expireSession(): void {
    this.token = `token-${Number(this.token.split('-')[1]) + 1}`;
  }

  requestsTo(method: string, pathPattern: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && pathPattern.test(r.path));
  }

  private id(prefix: string): string {
    return `${prefix}${String(this.nextId++).padStart(15 - prefix.length, '0')}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8')
    };
    this.requests.push(request);
    const answer = this.answer(request);
    res.writeHead(answer.status, answer.headers ?? {});
    res.end(answer.body);
  }

  private answer(request: RecordedRequest): FakeResponse {
    const fault = this.faults.find((f) => f.times > 0 && f.match(request));
    if (fault !== undefined) {
      fault.times--;
      return fault.response;
    }
    if (request.path.startsWith('/services/Soap/m/')) return this.soap(request);
    if (request.headers.authorization !== `Bearer ${this.token}`) {
      return restError(401, 'INVALID_SESSION_ID', 'Session expired or invalid');
    }
    const prefix = /^\/services\/data\/v\d+\.0/.exec(request.path)?.[0];
    if (prefix === undefined) return restError(404, 'NOT_FOUND', 'The requested resource does not exist');
    const path = request.path.slice(prefix.length);
    if (path === '/query') return this.query(request);
    if (path === '/tooling/executeAnonymous/' && request.method === 'GET') {
      return json(200, this.anonymousApex(request.query.get('anonymousBody') ?? ''));
    }
    if (path.startsWith('/jobs/query')) return this.bulkQuery(request, path.slice('/jobs/query'.length));
    if (path.startsWith('/jobs/ingest')) return this.bulkIngest(request, path.slice('/jobs/ingest'.length));
    const describe = /^\/sobjects\/(\w+)\/describe$/.exec(path);
    if (describe !== null) {
      const fields = this.describe.get(describe[1]);
      if (fields === undefined) return restError(404, 'NOT_FOUND', 'The requested resource does not exist');
      return json(200, { name: describe[1], fields });
    }
    return restError(404, 'NOT_FOUND', 'The requested resource does not exist');
  }

  private query(request: RecordedRequest): FakeResponse {
    const records = this.restQuery(request.query.get('q') ?? '');
    return json(200, { totalSize: records.length, done: true, records });
  }

  private bulkQuery(request: RecordedRequest, rest: string): FakeResponse {
    if (rest === '' && request.method === 'POST') {
      const body = JSON.parse(request.body) as { operation: string; query: string };
      const job: QueryJob = { id: this.id('750'), query: body.query, polls: 0, state: 'UploadComplete' };
      this.queryJobs.set(job.id, job);
      return json(200, {
        id: job.id,
        operation: body.operation,
        object: /FROM (\w+)/.exec(body.query)?.[1] ?? '',
        createdById: '005000000000001',
        createdDate: '2026-12-07T19:00:00.000+0000',
        systemModstamp: '2026-12-07T19:00:00.000+0000',
        state: 'UploadComplete',
        concurrencyMode: 'Parallel',
        contentType: 'CSV',
        apiVersion: Number(API_VERSION),
        lineEnding: 'LF',
        columnDelimiter: 'COMMA'
      });
    }
    const match = /^\/(\w+)(\/results)?$/.exec(rest);
    const job = match === null ? undefined : this.queryJobs.get(match[1]);
    if (job === undefined) return restError(404, 'NOT_FOUND', 'The requested resource does not exist');
    const answer = this.bulkAnswer(job.query);
    if (match?.[2] === undefined) {
      job.polls++;
      job.state = job.polls > this.pollsBeforeDone ? this.finalState : 'InProgress';
      return json(200, {
        id: job.id,
        operation: 'query',
        object: /FROM (\w+)/.exec(job.query)?.[1] ?? '',
        state: job.state,
        numberRecordsProcessed: job.state === 'JobComplete' ? answer.rows.length : 0,
        retries: 0,
        totalProcessingTime: 10,
        ...(job.state === 'Failed' ? { errorMessage: 'InternalServerError' } : {})
      });
    }
    const size = Number(request.query.get('maxRecords') ?? this.pageSize);
    const from = Number(request.query.get('locator') ?? '0');
    const page = answer.rows.slice(from, from + size);
    const next = from + size < answer.rows.length ? String(from + size) : 'null';
    return {
      status: 200,
      headers: { 'Content-Type': 'text/csv', 'Sforce-Locator': next, 'Sforce-NumberOfRecords': String(page.length) },
      body: [answer.header, ...page].join('\n') + '\n'
    };
  }

  private bulkIngest(request: RecordedRequest, rest: string): FakeResponse {
    if (rest === '' && request.method === 'POST') {
      const body = JSON.parse(request.body) as { object: string; operation: string; externalIdFieldName?: string };
      const job: IngestJob = { id: this.id('750'), ...body, state: 'Open', csv: '', ids: [] };
      this.ingestJobs.set(job.id, job);
      return json(200, {
        id: job.id,
        operation: body.operation,
        object: body.object,
        state: 'Open',
        contentType: 'CSV'
      });
    }
    const match = /^\/(\w+)(\/batches|\/successfulResults|\/failedResults)?$/.exec(rest);
    const job = match === null ? undefined : this.ingestJobs.get(match[1]);
    if (job === undefined) return restError(404, 'NOT_FOUND', 'The requested resource does not exist');
    const rows = job.csv.split('\n').filter((line) => line !== '');
    const failed = Math.min(this.ingestFailures.get(job.object) ?? 0, Math.max(0, rows.length - 1));
    switch (match?.[2]) {
      case '/batches':
        job.csv += request.body;
        return { status: 201, body: '' };
      case '/failedResults':
        return {
          status: 200,
          headers: { 'Content-Type': 'text/csv' },
          body:
            [
              '"sf__Id","sf__Error",' + rows[0],
              ...rows
                .slice(1, 1 + failed)
                .map((r) => `"","REQUIRED_FIELD_MISSING:Required fields are missing: [Name]:Name --",${r}`)
            ].join('\n') + '\n'
        };
      case '/successfulResults':
        // Bulk API 2.0 does not promise the upload's order: answered in reverse to prove nobody relies on it
        return {
          status: 200,
          headers: { 'Content-Type': 'text/csv' },
          body:
            [
              '"sf__Id","sf__Created",' + rows[0],
              ...rows
                .slice(1 + failed)
                .map((r, i) => `"${job.ids[i]}","true",${r}`)
                .reverse()
            ].join('\n') + '\n'
        };
      default:
        if (request.method === 'PATCH') {
          job.state = (JSON.parse(request.body) as { state: string }).state;
          return json(200, { id: job.id, state: job.state, object: job.object, operation: job.operation });
        }
        if (job.state === 'UploadComplete') {
          job.state = 'JobComplete';
          const prefix = job.object === 'Account' ? '001' : 'a0X';
          job.ids = rows.slice(1 + failed).map(() => this.id(prefix));
        }
        return json(200, {
          id: job.id,
          object: job.object,
          operation: job.operation,
          state: job.state,
          numberRecordsProcessed: Math.max(0, rows.length - 1),
          numberRecordsFailed: failed
        });
    }
  }

  private soap(request: RecordedRequest): FakeResponse {
    const session = /<sessionId>([^<]*)<\/sessionId>/.exec(request.body)?.[1];
    if (session !== this.token)
      return soapFault('INVALID_SESSION_ID', 'Invalid Session ID found in SessionHeader: Illegal Session');
    if (request.body.includes('<deploy>')) {
      const zip = /<ZipFile>([^<]*)<\/ZipFile>/.exec(request.body)?.[1] ?? '';
      const options = /<DeployOptions>(.*)<\/DeployOptions>/.exec(request.body)?.[1] ?? '';
      const id = this.id('0Af');
      this.deploys.set(id, { zip: unzip(Buffer.from(zip, 'base64')), polls: 0, options });
      return soapXml(
        `<deployResponse><result><done>false</done><id>${id}</id><state>Queued</state></result></deployResponse>`
      );
    }
    const check = /<asyncProcessId>([^<]*)<\/asyncProcessId>/.exec(request.body);
    const deploy = check === null ? undefined : this.deploys.get(check[1]);
    if (deploy === undefined || check === null) return soapFault('INVALID_ID_FIELD', 'invalid id');
    deploy.polls++;
    const done = deploy.polls > this.deployPolls;
    const total = [...deploy.zip.keys()].filter((name) => name.endsWith('.md')).length;
    const failures = done ? this.deployOutcome.failures : [];
    const status = !done ? 'InProgress' : this.deployOutcome.success ? 'Succeeded' : 'Failed';
    return soapXml(
      '<checkDeployStatusResponse><result>' +
        `<checkOnly>false</checkOnly><done>${done}</done><id>${check[1]}</id><ignoreWarnings>false</ignoreWarnings>` +
        `<numberComponentErrors>${failures.length}</numberComponentErrors>` +
        `<numberComponentsDeployed>${done && this.deployOutcome.success ? total : 0}</numberComponentsDeployed>` +
        `<numberComponentsTotal>${total}</numberComponentsTotal><rollbackOnError>true</rollbackOnError>` +
        `<status>${status}</status><success>${done && this.deployOutcome.success}</success>` +
        (failures.length > 0
          ? '<details>' +
            failures
              .map(
                (f) =>
                  `<componentFailures><componentType>CustomMetadata</componentType><fullName>${f.fullName}</fullName>` +
                  `<problem>${f.problem}</problem><problemType>Error</problemType><success>false</success></componentFailures>`
              )
              .join('') +
            '</details>'
          : '') +
        '</result></checkDeployStatusResponse>'
    );
  }
}

function json(status: number, body: unknown): FakeResponse {
  return { status, headers: { 'Content-Type': 'application/json;charset=UTF-8' }, body: JSON.stringify(body) };
}

function soapXml(body: string): FakeResponse {
  return { status: 200, headers: { 'Content-Type': 'text/xml; charset=utf-8' }, body: soapEnvelope(body) };
}
