/** `cvp org pull`: a Bulk API 2.0 query of the org's transactions, streamed to a CSV file. */
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import type { CliIo } from '../cliSupport';
import { CvpInputError, parseOptions, requiredOption, stringOption } from '../cliSupport';
import { bulkQueryToCsv } from './bulkQuery';
import type { OrgDeps } from './orgDeps';
import { connect, targetOrgOf } from './orgDeps';
import type { PullSource } from './pullSources';
import { pullSource, sinceOption } from './pullSources';
import { terminalProgress } from './progress';

export const ORG_PULL_USAGE =
  'cvp org pull [--target-org ALIAS] --source orders|opportunities [--since YYYY-MM-DD] --out FILE [--json]';

export interface PullResult {
  source: PullSource['name'];
  out: string;
  rows: number;
  jobId: string;
  soql: string;
  columns: { customer: string; date: string; amount: string };
}

/** Pulls `source` into `out` (written beside as `out.part`, renamed when complete: no half file on failure). */
export async function pullToFile(
  targetOrg: string,
  source: PullSource,
  since: string | undefined,
  out: string,
  deps: OrgDeps,
  showProgress: boolean
): Promise<PullResult> {
  const client = await connect(targetOrg, deps);
  const soql = source.soql(since);
  const partial = `${out}.part`;
  const file = createWriteStream(partial);
  const opened = new Promise<void>((resolve, reject) => {
    file.once('open', () => {
      resolve();
    });
    file.once('error', (error: NodeJS.ErrnoException) => {
      reject(new CvpInputError(`${out}: cannot be written (${error.code ?? error.message})`));
    });
  });
  await opened;
  const bar = terminalProgress(`${source.name} from ${targetOrg}`, showProgress);
  try {
    const { jobId, rows } = await bulkQueryToCsv(client, soql, file, {
      pollIntervalMs: deps.pollIntervalMs,
      timeoutMs: deps.timeoutMs,
      onTotal: bar.onTotal,
      onRows: bar.onRows
    });
    await new Promise<void>((resolve, reject) =>
      file.end((error?: Error | null) => {
        if (error) reject(error);
        else resolve();
      })
    );
    renameSync(partial, out);
    return {
      source: source.name,
      out,
      rows,
      jobId,
      soql,
      columns: { customer: source.customer, date: source.date, amount: source.amount }
    };
  } catch (error) {
    file.destroy();
    rmSync(partial, { force: true });
    throw error;
  } finally {
    bar.stop();
  }
}

export async function orgPull(args: string[], io: CliIo, deps: OrgDeps): Promise<number> {
  const options = parseOptions(
    args,
    {
      'target-org': { type: 'string' },
      source: { type: 'string' },
      since: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean' }
    },
    'org pull'
  );
  const targetOrg = await targetOrgOf(stringOption(options, 'target-org'), deps, 'org pull');
  const source = pullSource(requiredOption(options, 'source', 'org pull'));
  const since = sinceOption(stringOption(options, 'since'));
  const out = requiredOption(options, 'out', 'org pull');
  const json = options.json === true;
  const result = await pullToFile(targetOrg, source, since, out, deps, deps.progress && !json);
  if (json) {
    io.out(JSON.stringify(result, null, 2) + '\n');
  } else {
    const c = result.columns;
    io.out(
      `Pulled ${result.rows} ${source.name} from ${targetOrg} to ${out} (Bulk API 2.0 job ${result.jobId}).\n` +
        `Fit them: cvp clv fit --transactions ${out} --customer ${c.customer} --date ${c.date} --amount ${c.amount} ` +
        '--calibration-end YYYY-MM-DD --period week\n'
    );
  }
  return 0;
}
