/**
 * Bulk API 2.0 ingest: create an insert job, upload its CSV, close it (UploadComplete), poll until JobComplete, then
 * read the failed rows (their `sf__Error`) or the successful ones (`sf__Id` beside the uploaded columns).
 */
import type { CsvTable } from '../../models/csv';
import { parseCsv } from '../../models/csv';
import type { OrgClient } from './orgClient';
import type { OrgDeps } from './orgDeps';
import { OrgError } from './orgErrors';

/** Bulk API CSV: comma, decimal point, ISO dates — said, not guessed. */
const SALESFORCE_CSV = { delimiter: ',', decimal: '.', dateFormat: 'YYYY-MM-DD' } as const;

interface IngestJobInfo {
  id: string;
  state: 'Open' | 'UploadComplete' | 'InProgress' | 'JobComplete' | 'Failed' | 'Aborted';
  numberRecordsProcessed?: number;
  numberRecordsFailed?: number;
  errorMessage?: string;
}

export interface IngestResult {
  jobId: string;
  inserted: number;
  /** The successful rows (sf__Id, sf__Created, then the uploaded columns), when asked for. */
  successes?: CsvTable;
}

async function text(client: OrgClient, path: string): Promise<string> {
  return (await client.stream(path)).text();
}

export async function bulkInsert(
  client: OrgClient,
  object: string,
  csv: string,
  deps: OrgDeps,
  wantSuccesses: boolean
): Promise<IngestResult> {
  const job = await client.rest<IngestJobInfo>('POST', '/jobs/ingest', {
    object,
    operation: 'insert',
    contentType: 'CSV',
    columnDelimiter: 'COMMA',
    lineEnding: 'LF'
  });
  await client.putCsv(`/jobs/ingest/${job.id}/batches`, csv);
  await client.rest('PATCH', `/jobs/ingest/${job.id}`, { state: 'UploadComplete' });
  const deadline = Date.now() + deps.timeoutMs;
  let info: IngestJobInfo;
  for (;;) {
    info = await client.rest<IngestJobInfo>('GET', `/jobs/ingest/${job.id}`);
    if (info.state === 'JobComplete') break;
    if (info.state === 'Failed' || info.state === 'Aborted') {
      throw new OrgError(
        `Bulk API ingest job ${job.id} (${object}) ${info.state.toLowerCase()}${info.errorMessage ? `: ${info.errorMessage}` : ''}`,
        'BULK_JOB_FAILED',
        'Setup → Bulk Data Load Jobs shows the job'
      );
    }
    if (Date.now() > deadline) throw new OrgError(`Bulk API ingest job ${job.id} still ${info.state}`, 'TIMEOUT');
    await client.retry.sleep(deps.pollIntervalMs);
  }
  const failed = info.numberRecordsFailed ?? 0;
  if (failed > 0) {
    const failures = parseCsv(
      await text(client, `/jobs/ingest/${job.id}/failedResults`),
      `${object} failed rows`,
      SALESFORCE_CSV
    );
    const errorColumn = failures.header.indexOf('sf__Error');
    const examples = [...new Set(failures.rows.map((row) => row[errorColumn]))].slice(0, 3);
    throw new OrgError(
      `${failed} of ${info.numberRecordsProcessed ?? '?'} ${object} records were refused (job ${job.id}): ${examples.join('; ')}`,
      'BULK_ROWS_FAILED',
      'fix what the error names (a required field, a validation rule of this org, a missing picklist value)'
    );
  }
  const inserted = info.numberRecordsProcessed ?? 0;
  if (!wantSuccesses) return { jobId: job.id, inserted };
  return {
    jobId: job.id,
    inserted,
    successes: parseCsv(
      await text(client, `/jobs/ingest/${job.id}/successfulResults`),
      `${object} inserted rows`,
      SALESFORCE_CSV
    )
  };
}
