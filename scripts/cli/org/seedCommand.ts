/** `cvp seed`: loads the sample data set, or a seeded synthetic portfolio, into a scratch org with Bulk API 2.0 ingest. */
import type { SampleRecord } from '../../local/sampleDataRecords';
import type { CliIo } from '../cliSupport';
import { CvpUsageError, formatTable, numberOption, parseOptions, stringOption } from '../cliSupport';
import { bulkInsert } from './bulkIngest';
import type { OrgClient } from './orgClient';
import type { OrgDeps } from './orgDeps';
import { connect, targetOrgOf } from './orgDeps';
import { OrgError } from './orgErrors';
import { queryAll } from './restQuery';
import { samplePlan, syntheticPlan } from './seedData';

export const SEED_USAGE = 'cvp seed [--target-org ALIAS] [--accounts N [--seed S]] [--json]';

/** Rows per ingest job: well under the 150 MB upload limit for these objects. */
export const ROWS_PER_JOB = 10_000;

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : JSON.stringify(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV of `records`, `@Reference` values replaced by the inserted record's Id. */
export function recordsCsv(records: SampleRecord[], ids: Map<string, string>): string {
  const columns: string[] = [];
  for (const record of records)
    for (const name of Object.keys(record.fields)) if (!columns.includes(name)) columns.push(name);
  const lines = [columns.join(',')];
  for (const record of records) {
    lines.push(
      columns
        .map((name) => {
          const value = record.fields[name];
          if (typeof value !== 'string' || !value.startsWith('@')) return cell(value);
          const id = ids.get(value.slice(1));
          if (id === undefined)
            throw new OrgError(`${record.referenceId}.${name}: ${value} was not inserted`, 'SEED_REFERENCE');
          return id;
        })
        .join(',')
    );
  }
  return lines.join('\n') + '\n';
}

/** Demo data goes to scratch orgs and sandboxes only, never to production. */
async function refuseProduction(client: OrgClient, targetOrg: string): Promise<void> {
  const rows = await queryAll<{ IsSandbox: boolean; TrialExpirationDate: string | null; OrganizationType: string }>(
    client,
    'SELECT IsSandbox, TrialExpirationDate, OrganizationType FROM Organization'
  );
  const org = rows.at(0);
  // no answer at all is treated as production: demo data must never land in a real org by doubt
  if (org === undefined || (!org.IsSandbox && org.TrialExpirationDate === null)) {
    throw new OrgError(
      `${targetOrg} is a production org (${org?.OrganizationType ?? 'kind unknown'}): cvp seed loads demo data into scratch orgs and sandboxes only`,
      'NOT_A_SCRATCH_ORG',
      'sf org create scratch --definition-file config/project-scratch-def.json --alias cvp-scratch'
    );
  }
}

export async function seed(args: string[], io: CliIo, deps: OrgDeps): Promise<number> {
  const options = parseOptions(
    args,
    {
      'target-org': { type: 'string' },
      accounts: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean' }
    },
    'seed'
  );
  const targetOrg = await targetOrgOf(stringOption(options, 'target-org'), deps, 'seed');
  const accounts = numberOption(
    options,
    'accounts',
    0,
    (v) => Number.isInteger(v) && v >= 1 && v <= 1_000_000,
    'a whole number 1…1 000 000'
  );
  const seedValue = numberOption(options, 'seed', 42, (v) => Number.isInteger(v) && v >= 0, 'a whole number ≥ 0');
  if (options.seed !== undefined && accounts === 0) throw new CvpUsageError('seed: --seed goes with --accounts N');
  const steps = accounts === 0 ? samplePlan() : syntheticPlan(samplePlan(), accounts, seedValue);
  const client = await connect(targetOrg, deps);
  await refuseProduction(client, targetOrg);
  const ids = new Map<string, string>();
  const loaded = new Map<string, { records: number; jobs: string[] }>();
  for (const step of steps) {
    for (let from = 0; from < step.records.length; from += ROWS_PER_JOB) {
      const chunk = step.records.slice(from, from + ROWS_PER_JOB);
      const isAccount = step.objectName === 'Account';
      const result = await bulkInsert(client, step.objectName, recordsCsv(chunk, ids), deps, isAccount);
      if (isAccount && result.successes !== undefined) {
        // Bulk API 2.0 does not keep row order: match the inserted rows back by their (unique) Name
        const byName = new Map(chunk.map((r) => [String(r.fields.Name), r.referenceId]));
        const idColumn = result.successes.header.indexOf('sf__Id');
        const nameColumn = result.successes.header.indexOf('Name');
        for (const row of result.successes.rows) {
          const reference = byName.get(row[nameColumn]);
          if (reference !== undefined) ids.set(reference, row[idColumn]);
        }
      }
      const entry = loaded.get(step.objectName) ?? { records: 0, jobs: [] };
      entry.records += result.inserted;
      entry.jobs.push(result.jobId);
      loaded.set(step.objectName, entry);
    }
  }
  const summary = [...loaded].map(([object, entry]) => ({ object, records: entry.records, jobs: entry.jobs }));
  if (options.json === true) {
    io.out(
      JSON.stringify(
        {
          targetOrg,
          synthetic: accounts > 0,
          accounts: accounts || undefined,
          seed: accounts > 0 ? seedValue : undefined,
          loaded: summary
        },
        null,
        2
      ) + '\n'
    );
  } else {
    io.out(
      `Loaded into ${targetOrg} (${accounts === 0 ? 'the sample data set' : `${accounts} synthetic accounts, seed ${seedValue}`}), Bulk API 2.0 ingest:\n` +
        formatTable(
          ['object', 'records', 'jobs'],
          summary.map((s) => [s.object, String(s.records), String(s.jobs.length)])
        ) +
        '\n'
    );
  }
  return 0;
}
