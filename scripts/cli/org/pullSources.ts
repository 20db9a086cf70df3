/**
 * What `cvp org pull --source …` reads: one transaction per row, the same records the scoring batch counts as revenue
 * (RevenueSelector: activated Orders by EffectiveDate, won Opportunities by CloseDate). Credit notes (reduction orders)
 * are activated Orders with a negative TotalAmount and come along; how the fit counts them is the fit's rule.
 */
import { CvpUsageError } from '../cliSupport';

export interface PullSource {
  name: 'orders' | 'opportunities';
  soql: (since: string | undefined) => string;
  /** The columns `cvp clv fit --transactions` reads. */
  customer: string;
  date: string;
  amount: string;
}

export const PULL_SOURCES: PullSource[] = [
  {
    name: 'orders',
    soql: (since) =>
      "SELECT Id, AccountId, EffectiveDate, TotalAmount FROM Order WHERE StatusCode = 'Activated' AND AccountId != null" +
      (since === undefined ? '' : ` AND EffectiveDate >= ${since}`),
    customer: 'AccountId',
    date: 'EffectiveDate',
    amount: 'TotalAmount'
  },
  {
    name: 'opportunities',
    soql: (since) =>
      'SELECT Id, AccountId, CloseDate, Amount FROM Opportunity WHERE IsWon = true AND AccountId != null' +
      (since === undefined ? '' : ` AND CloseDate >= ${since}`),
    customer: 'AccountId',
    date: 'CloseDate',
    amount: 'Amount'
  }
];

export function pullSource(name: string | undefined): PullSource {
  const source = PULL_SOURCES.find((s) => s.name === name);
  if (source === undefined) {
    throw new CvpUsageError(`--source: "${name ?? ''}" is not one of ${PULL_SOURCES.map((s) => s.name).join(', ')}`);
  }
  return source;
}

/** `--since` as a SOQL date literal: a real calendar day YYYY-MM-DD, nothing else reaches the query. */
export function sinceOption(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const day = match === null ? undefined : new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
  if (day?.toISOString().slice(0, 10) !== raw) {
    throw new CvpUsageError(`--since: "${raw}" is not a date YYYY-MM-DD`);
  }
  return raw;
}
