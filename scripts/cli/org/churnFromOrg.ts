/**
 * `cvp churn train --target-org A`: the training set built from the org, then the file-based trainer on it.
 *
 * The documented query. With a window of W months (`--window`, default 12) and today T, the cut-off is C = T − W:
 * - rows: every account with a Value_Snapshot__c whose Period_End__c falls in the month up to C (a customer then);
 * - features: that snapshot's Facts_Json__c (the facts the scoring batch used) through the engine's own
 *   prepareFacts → computeChurnSignals(Period_End__c) → churnFeatureValues — the features the org scores with;
 * - label Churned = 1 when the account is a former customer today: its Separation_Plan__c is `effective` or `closed`,
 *   or it has bought nothing since C (no activated Order after C — or no won Opportunity, `--source opportunities`).
 */
import { createReadStream, createWriteStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { AccountFacts } from '../../../force-app/main/default/lwc/valueEngine/facts';
import { prepareFacts } from '../../../force-app/main/default/lwc/valueEngine/facts';
import {
  CHURN_SIGNAL_VALUES,
  churnFeatureValues,
  computeChurnSignals
} from '../../../force-app/main/default/lwc/valueEngine/earlyWarning';
import { parseCsv } from '../../models/csv';
import type { CliIo } from '../cliSupport';
import { CvpUsageError, readText } from '../cliSupport';
import { churnTrain } from '../commands/churn';
import { bulkQueryToCsv } from './bulkQuery';
import { hasOption, inTemporaryFolder, takeOption } from './fitFromOrg';
import type { OrgClient } from './orgClient';
import type { OrgDeps } from './orgDeps';
import { connect } from './orgDeps';
import { pullSource } from './pullSources';
import { queryAll } from './restQuery';

export const CHURN_TRAIN_ORG_USAGE =
  'cvp churn train --target-org ALIAS [--window MONTHS] [--source orders|opportunities] [--folds 5] [--l2 1] [--json]';

/** The features a churn model may name: the engine's churn signals, in its order. */
export const CHURN_FEATURES: readonly string[] = CHURN_SIGNAL_VALUES;

function monthsBefore(day: Date, months: number): string {
  const d = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() - months, day.getUTCDate()));
  return d.toISOString().slice(0, 10);
}

/** The queries of the documented training set (exported for the README and the tests). */
export function churnQueries(cutoff: string, monthStart: string, source: 'orders' | 'opportunities'): string[] {
  return [
    `SELECT Account__c, Period_End__c, Facts_Json__c FROM Value_Snapshot__c WHERE Period_End__c > ${monthStart} AND Period_End__c <= ${cutoff}`,
    "SELECT Account__c FROM Separation_Plan__c WHERE Status__c IN ('effective', 'closed')",
    source === 'orders'
      ? `SELECT AccountId FROM Order WHERE StatusCode = 'Activated' AND EffectiveDate > ${cutoff}`
      : `SELECT AccountId FROM Opportunity WHERE IsWon = true AND CloseDate > ${cutoff}`
  ];
}

async function pullToTemp(client: OrgClient, soql: string, file: string, deps: OrgDeps): Promise<void> {
  const out = createWriteStream(file);
  await bulkQueryToCsv(client, soql, out, { pollIntervalMs: deps.pollIntervalMs, timeoutMs: deps.timeoutMs });
  await new Promise<void>((resolve) => out.end(resolve));
}

/** The first column of a one-column Bulk CSV, read line by line (an Id never holds a comma or a newline). */
async function idSet(file: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let header = true;
  for await (const line of createInterface({ input: createReadStream(file) })) {
    if (header) header = false;
    else if (line !== '') ids.add(line.replace(/"/g, ''));
  }
  return ids;
}

export async function churnTrainFromOrg(args: string[], io: CliIo, deps: OrgDeps): Promise<number> {
  const target = takeOption(args, 'target-org');
  const window = takeOption(target.rest, 'window');
  const source = takeOption(window.rest, 'source');
  for (const own of ['csv', 'label', 'id']) {
    if (hasOption(source.rest, own))
      throw new CvpUsageError(`churn train: --${own} and --target-org exclude each other`);
  }
  const months = window.value === undefined ? 12 : Number(window.value);
  if (!Number.isInteger(months) || months < 1 || months > 60) {
    throw new CvpUsageError(`--window: "${window.value ?? ''}" is not valid (a whole number of months 1…60)`);
  }
  const chosen = pullSource(source.value ?? 'orders');
  const today = deps.today();
  const cutoff = monthsBefore(today, months);
  const monthStart = monthsBefore(today, months + 1);
  const [snapshotsSoql, separatedSoql, buyersSoql] = churnQueries(cutoff, monthStart, chosen.name);
  const client = await connect(target.value ?? '', deps);
  return inTemporaryFolder(async (folder) => {
    await pullToTemp(client, snapshotsSoql, join(folder, 'snapshots.csv'), deps);
    await pullToTemp(client, buyersSoql, join(folder, 'buyers.csv'), deps);
    const buyers = await idSet(join(folder, 'buyers.csv'));
    const separated = new Set((await queryAll<{ Account__c: string }>(client, separatedSoql)).map((r) => r.Account__c));
    const snapshots = parseCsv(readText(join(folder, 'snapshots.csv')), 'Value_Snapshot__c', {
      delimiter: ',',
      decimal: '.'
    });
    const [account, periodEnd, factsJson] = ['Account__c', 'Period_End__c', 'Facts_Json__c'].map((c) =>
      snapshots.header.indexOf(c)
    );
    const latest = new Map<string, string[]>();
    for (const row of snapshots.rows) {
      const seen = latest.get(row[account]);
      if (seen === undefined || seen[periodEnd] < row[periodEnd]) latest.set(row[account], row);
    }
    const lines = [['AccountId', ...CHURN_FEATURES, 'Churned'].join(',')];
    let unreadable = 0;
    let former = 0;
    for (const [id, row] of latest) {
      let features: Record<string, number>;
      try {
        const facts = JSON.parse(row[factsJson]) as AccountFacts;
        features = churnFeatureValues(computeChurnSignals(prepareFacts(facts), row[periodEnd]));
      } catch {
        unreadable++;
        continue;
      }
      const churned = separated.has(id) || !buyers.has(id);
      if (churned) former++;
      lines.push(
        [id, ...CHURN_FEATURES.map((f) => (f in features ? String(features[f]) : '')), churned ? '1' : '0'].join(',')
      );
    }
    if (!source.rest.includes('--json')) {
      io.err(
        `cvp: ${latest.size} accounts were customers on ${cutoff} (snapshots), ` +
          `${former} of them former customers today` +
          (unreadable > 0 ? `; ${unreadable} snapshots with unreadable facts left out` : '') +
          '\n'
      );
    }
    const file = join(folder, 'former-customers.csv');
    writeFileSync(file, lines.join('\n') + '\n');
    return churnTrain([...source.rest, '--csv', file, '--label', 'Churned', '--id', 'AccountId'], io);
  });
}
