/**
 * Bulk API 2.0 query, streamed: create the job, poll until JobComplete, then copy each result page (Sforce-Locator
 * paging) to the output as it arrives — the CSV never sits in memory whole, so a million rows cost what one page does.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { OrgClient } from './orgClient';
import { OrgError } from './orgErrors';

export interface QueryJobInfo {
  id: string;
  state: 'UploadComplete' | 'InProgress' | 'JobComplete' | 'Failed' | 'Aborted';
  numberRecordsProcessed?: number;
  errorMessage?: string;
}

export interface BulkQueryProgress {
  /** Called once the job is complete, with the row count the job reports. */
  onTotal?: (rows: number) => void;
  /** Called after each chunk written, with the rows written so far. */
  onRows?: (rows: number) => void;
}

export interface BulkQueryOptions extends BulkQueryProgress {
  pollIntervalMs: number;
  /** Give up polling after this long (the job keeps running in the org). */
  timeoutMs: number;
  /** Rows per result page (Bulk API 2.0 `maxRecords`); the API's default when absent. */
  pageSize?: number;
}

async function waitForJob(client: OrgClient, id: string, options: BulkQueryOptions): Promise<QueryJobInfo> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const job = await client.rest<QueryJobInfo>('GET', `/jobs/query/${id}`);
    if (job.state === 'JobComplete') return job;
    if (job.state === 'Failed' || job.state === 'Aborted') {
      throw new OrgError(
        `Bulk API query job ${id} ${job.state.toLowerCase()}${job.errorMessage ? `: ${job.errorMessage}` : ''}`,
        'BULK_JOB_FAILED',
        'Setup → Bulk Data Load Jobs shows the job; run the command again'
      );
    }
    if (Date.now() > deadline) {
      throw new OrgError(`Bulk API query job ${id} still ${job.state} after ${options.timeoutMs / 1000} s`, 'TIMEOUT');
    }
    await client.retry.sleep(options.pollIntervalMs);
  }
}

/** Counts CSV records (newlines outside quotes) across chunks: a tiny state machine, no buffering. */
class RecordCounter {
  private inQuotes = false;
  records = 0;
  add(chunk: Uint8Array): void {
    for (const byte of chunk) {
      if (byte === 0x22) this.inQuotes = !this.inQuotes;
      else if (byte === 0x0a && !this.inQuotes) this.records++;
    }
  }
}

/** Writes with back-pressure: waits for `drain` when the file's buffer is full (events.once drops its listeners). */
async function write(out: Writable, chunk: Uint8Array): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** Copies one result page; drops its header line unless it is the first page. Returns the next locator or null. */
async function copyPage(
  client: OrgClient,
  path: string,
  out: Writable,
  keepHeader: boolean,
  counter: RecordCounter,
  progress: BulkQueryProgress
): Promise<string | null> {
  const response = await client.stream(path);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  let skippingHeader = !keepHeader;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    let chunk = value;
    if (skippingHeader) {
      const newline = chunk.indexOf(0x0a);
      if (newline < 0) continue;
      chunk = chunk.subarray(newline + 1);
      skippingHeader = false;
    }
    if (chunk.length === 0) continue;
    counter.add(chunk);
    await write(out, chunk);
    progress.onRows?.(Math.max(0, counter.records - 1));
  }
  const locator = response.headers.get('Sforce-Locator');
  return locator === null || locator === '' || locator === 'null' ? null : locator;
}

/** Runs `soql` as a Bulk API 2.0 query job and streams the CSV (one header line) to `out`; returns the data rows. */
export async function bulkQueryToCsv(
  client: OrgClient,
  soql: string,
  out: Writable,
  options: BulkQueryOptions
): Promise<{ jobId: string; rows: number }> {
  const created = await client.rest<QueryJobInfo>('POST', '/jobs/query', {
    operation: 'query',
    query: soql,
    contentType: 'CSV',
    columnDelimiter: 'COMMA',
    lineEnding: 'LF'
  });
  const job = await waitForJob(client, created.id, options);
  options.onTotal?.(job.numberRecordsProcessed ?? 0);
  const counter = new RecordCounter();
  const page = options.pageSize === undefined ? '' : `maxRecords=${options.pageSize}`;
  let locator: string | null = null;
  let first = true;
  do {
    const query = [page, locator === null ? '' : `locator=${encodeURIComponent(locator)}`].filter((q) => q !== '');
    const path = `/jobs/query/${created.id}/results${query.length > 0 ? `?${query.join('&')}` : ''}`;
    locator = await copyPage(client, path, out, first, counter, options);
    first = false;
  } while (locator !== null);
  return { jobId: created.id, rows: Math.max(0, counter.records - 1) };
}
