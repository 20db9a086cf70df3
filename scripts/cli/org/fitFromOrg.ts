/**
 * `cvp clv fit --target-org A …` and `cvp churn train --target-org A …`: pull into a temporary folder, then run the
 * file-based command on it with the columns filled in — one fitting code path, whatever the data came from.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../cliSupport';
import { CvpUsageError } from '../cliSupport';
import { clvFit } from '../commands/clv';
import type { OrgDeps } from './orgDeps';
import { pullToFile } from './pullCommand';
import { pullSource, sinceOption } from './pullSources';

/** Takes `--name value` / `--name=value` out of `args`; returns the value (last one wins) and the rest. */
export function takeOption(args: string[], name: string): { value: string | undefined; rest: string[] } {
  const rest: string[] = [];
  let value: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === `--${name}`) {
      value = i + 1 < args.length ? args[i + 1] : undefined;
      if (value === undefined || value.startsWith('--')) throw new CvpUsageError(`--${name} needs a value`);
      i++;
    } else if (arg.startsWith(`--${name}=`)) {
      value = arg.slice(name.length + 3);
    } else {
      rest.push(arg);
    }
  }
  return { value, rest };
}

export function hasOption(args: string[], name: string): boolean {
  return args.some((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
}

/** Runs `work` with a temporary folder that is removed afterwards, whatever happens. */
export async function inTemporaryFolder<T>(work: (folder: string) => Promise<T>): Promise<T> {
  const folder = mkdtempSync(join(tmpdir(), 'cvp-org-'));
  try {
    return await work(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export const CLV_FIT_ORG_USAGE =
  'cvp clv fit --target-org ALIAS [--source orders|opportunities] [--since YYYY-MM-DD] --calibration-end YYYY-MM-DD\n' +
  '            [--holdout-end YYYY-MM-DD] --period week|day|month [--summary-out FILE] [--json]';

export async function clvFitFromOrg(args: string[], io: CliIo, deps: OrgDeps): Promise<number> {
  const target = takeOption(args, 'target-org');
  const source = takeOption(target.rest, 'source');
  const since = takeOption(source.rest, 'since');
  for (const own of ['transactions', 'summary', 'customer', 'date', 'amount']) {
    if (hasOption(since.rest, own)) throw new CvpUsageError(`clv fit: --${own} and --target-org exclude each other`);
  }
  const targetOrg = target.value ?? '';
  const chosen = pullSource(source.value ?? 'orders');
  const sinceDay = sinceOption(since.value);
  return inTemporaryFolder(async (folder) => {
    const file = join(folder, `${chosen.name}.csv`);
    const json = since.rest.includes('--json');
    const pulled = await pullToFile(targetOrg, chosen, sinceDay, file, deps, deps.progress && !json);
    if (!json)
      io.err(`cvp: pulled ${pulled.rows} ${chosen.name} from ${targetOrg} (Bulk API 2.0 job ${pulled.jobId})\n`);
    return clvFit(
      [
        ...since.rest,
        '--transactions',
        file,
        '--customer',
        chosen.customer,
        '--date',
        chosen.date,
        '--amount',
        chosen.amount
      ],
      io
    );
  });
}
