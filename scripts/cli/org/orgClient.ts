/**
 * The one door to an org: a jsforce Connection (REST, SOAP Metadata API) on the session the Salesforce CLI stored,
 * with session refresh on INVALID_SESSION_ID (jsforce's refresh delegate asks the CLI again) and our retry policy on
 * every call. CSV bodies of Bulk API 2.0 are streamed with `fetch` (jsforce 3.10.16 buffers each result page whole).
 */
import { Connection } from 'jsforce';
import type { OrgSession, SessionSource } from './orgAuth';
import { OrgError } from './orgErrors';
import type { RetryPolicy } from './retry';
import { withRetry } from './retry';

export interface OrgClient {
  session: OrgSession;
  connection: Connection;
  /** A REST call under /services/data/vXX.X (path starts with "/"), JSON in and out. */
  rest: <T>(method: string, path: string, body?: unknown) => Promise<T>;
  /** A REST call whose body is CSV text (Bulk API 2.0 ingest upload). */
  putCsv: (path: string, csv: string) => Promise<void>;
  /** A GET whose body is streamed (Bulk API 2.0 query results); refreshes the session once on 401. */
  stream: (path: string) => Promise<Response>;
  retry: RetryPolicy;
}

interface ApiErrorBody {
  errorCode?: string;
  message?: string;
}

/** An error answer of a streamed call, shaped like jsforce's (errorCode, message) so one error path handles both. */
export class StreamedApiError extends Error {
  constructor(
    message: string,
    readonly errorCode: string,
    readonly status: number
  ) {
    super(message);
    this.name = errorCode;
  }
}

async function errorOf(response: Response): Promise<StreamedApiError> {
  const text = await response.text();
  let first: ApiErrorBody = {};
  try {
    const parsed = JSON.parse(text) as ApiErrorBody[] | ApiErrorBody;
    first = Array.isArray(parsed) ? (parsed[0] ?? {}) : parsed;
  } catch {
    // not JSON (a 503 maintenance page): the status says it all
  }
  return new StreamedApiError(
    first.message ?? `HTTP ${response.status}`,
    first.errorCode ?? `ERROR_HTTP_${response.status}`,
    response.status
  );
}

export function openOrgClient(session: OrgSession, source: SessionSource, retry: RetryPolicy): OrgClient {
  let refreshes = 0;
  const client: OrgClient = {
    session,
    retry,
    connection: new Connection({
      instanceUrl: session.instanceUrl,
      accessToken: session.accessToken,
      version: session.apiVersion,
      refreshFn: (_conn, callback) => {
        // a token refused again right after a refresh would make jsforce refresh forever: two refreshes at most
        if (++refreshes > 2) {
          callback(new OrgError('the refreshed session is refused too', 'INVALID_SESSION_ID'));
          return;
        }
        source(session.targetOrg).then(
          (fresh) => {
            client.session = fresh;
            callback(null, fresh.accessToken);
          },
          (error: unknown) => {
            callback(error instanceof Error ? error : new Error(String(error)));
          }
        );
      }
    }),
    rest: <T>(method: string, path: string, body?: unknown) =>
      withRetry(
        () =>
          client.connection.request<T>(
            {
              method: method as 'GET',
              url: `/services/data/v${session.apiVersion}${path}`,
              body: body === undefined ? undefined : JSON.stringify(body),
              headers: body === undefined ? {} : { 'Content-Type': 'application/json; charset=UTF-8' }
            },
            // our policy, not jsforce's built-in one: every method, REQUEST_LIMIT_EXCEEDED included, and testable delays
            { retry: { maxRetries: 0 } }
          ),
        retry
      ),
    putCsv: async (path, csv) => {
      await withRetry(
        () =>
          client.connection.request(
            {
              method: 'PUT',
              url: `/services/data/v${session.apiVersion}${path}`,
              body: csv,
              headers: { 'Content-Type': 'text/csv' }
            },
            { retry: { maxRetries: 0 } }
          ),
        retry
      );
    },
    stream: (path) =>
      withRetry(async () => {
        const url = `${client.session.instanceUrl}/services/data/v${session.apiVersion}${path}`;
        const get = (): Promise<Response> =>
          fetch(url, { headers: { Authorization: `Bearer ${client.session.accessToken}`, Accept: 'text/csv' } });
        let response = await get();
        if (response.status === 401) {
          await response.body?.cancel();
          client.session = await source(session.targetOrg);
          client.connection.accessToken = client.session.accessToken;
          response = await get();
        }
        if (!response.ok) throw await errorOf(response);
        if (response.body === null) throw new OrgError(`${path}: empty answer`, 'EMPTY_BODY');
        return response;
      }, retry)
  };
  return client;
}
