/**
 * Transaction log → per-customer calibration summary (x, t_x, T, mean repeat spend) and holdout counts, with exact
 * calendar handling: dates are ISO days (a time part is ignored), purchases on the same day are merged into one
 * purchase (amounts summed), the first purchase is excluded from repeat spend, and only customers whose first purchase
 * falls on or before the calibration end are summarised. Node only.
 */
import type { ClvTimeUnit } from '../../force-app/main/default/lwc/valueEngine/predictive';
import { predictiveDaysPerUnit } from '../../force-app/main/default/lwc/valueEngine/predictive';
import type { CustomerSummary } from './modelFits';
import type { CsvTable } from './csv';
import { numberAt, requireColumn } from './csv';
import { ModelInputError } from './errors';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/;

/** Day number (days since 1970-01-01, UTC) of an ISO date, or undefined when it is not a valid calendar date. */
export function dayNumber(text: string): number | undefined {
  const match = ISO_DAY.exec(text.trim());
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return undefined;
  return ms / 86_400_000;
}

export interface TransactionColumns {
  customer: string;
  date: string;
  amount?: string;
}

export interface TransactionSummary {
  customers: CustomerSummary[];
  /** Repeat purchase days per customer id in (calibration end, holdout end]; present when a holdout end is given. */
  holdout?: Map<string, number>;
  holdoutLength?: number;
  periodUnit: ClvTimeUnit;
  transactions: number;
  mergedSameDay: number;
  excludedAfterCalibration: number;
}

/** Summarises a transaction table. Dates after the holdout end (or the calibration end without holdout) are ignored. */
export function summarizeTransactions(
  table: CsvTable,
  columns: TransactionColumns,
  calibrationEnd: string,
  holdoutEnd: string | undefined,
  periodUnit: ClvTimeUnit
): TransactionSummary {
  const calEnd = dayNumber(calibrationEnd);
  if (calEnd === undefined)
    throw new ModelInputError(`"${calibrationEnd}" is not a date (YYYY-MM-DD)`, 'calibrationEnd');
  let holdEnd: number | undefined;
  if (holdoutEnd !== undefined) {
    holdEnd = dayNumber(holdoutEnd);
    if (holdEnd === undefined) throw new ModelInputError(`"${holdoutEnd}" is not a date (YYYY-MM-DD)`, 'holdoutEnd');
    if (holdEnd <= calEnd) throw new ModelInputError('must be after the calibration end', 'holdoutEnd');
  }
  const idCol = requireColumn(table, [columns.customer], `"${columns.customer}"`, 'customer');
  const dateCol = requireColumn(table, [columns.date], `"${columns.date}"`, 'date');
  const amountCol =
    columns.amount === undefined ? -1 : requireColumn(table, [columns.amount], `"${columns.amount}"`, 'amount');
  const byCustomer = new Map<string, Map<number, number>>();
  for (let i = 0; i < table.rows.length; i++) {
    const id = table.rows[i][idCol].trim();
    if (id === '') {
      throw new ModelInputError(
        `${table.source}: line ${table.lines[i]}, column ${table.header[idCol]}: missing customer id`
      );
    }
    const raw = table.rows[i][dateCol];
    const day = dayNumber(raw);
    if (day === undefined) {
      throw new ModelInputError(
        `${table.source}: line ${table.lines[i]}, column ${table.header[dateCol]}: "${raw.trim()}" is not a date (YYYY-MM-DD)`
      );
    }
    const amount = amountCol >= 0 ? numberAt(table, i, amountCol) : 0;
    let days = byCustomer.get(id);
    if (days === undefined) {
      days = new Map<number, number>();
      byCustomer.set(id, days);
    }
    days.set(day, (days.get(day) ?? 0) + amount);
  }
  const unitDays = predictiveDaysPerUnit(periodUnit);
  const customers: CustomerSummary[] = [];
  const holdout = holdEnd === undefined ? undefined : new Map<string, number>();
  let distinctDays = 0;
  let excluded = 0;
  for (const [id, days] of byCustomer) {
    distinctDays += days.size;
    const sorted = [...days.keys()].sort((p, q) => p - q);
    const first = sorted[0];
    if (first > calEnd) {
      excluded++;
      continue;
    }
    const calibration = sorted.filter((d) => d <= calEnd);
    const repeat = calibration.slice(1);
    const x = repeat.length;
    const last = calibration[calibration.length - 1];
    const spend = repeat.reduce((s, d) => s + (days.get(d) ?? 0), 0);
    const customer: CustomerSummary = {
      id,
      x,
      tx: (last - first) / unitDays,
      T: (calEnd - first) / unitDays
    };
    if (amountCol >= 0) customer.monetary = x > 0 ? spend / x : 0;
    customers.push(customer);
    if (holdout !== undefined && holdEnd !== undefined) {
      const end = holdEnd;
      holdout.set(id, sorted.filter((d) => d > calEnd && d <= end).length);
    }
  }
  if (customers.length === 0) {
    throw new ModelInputError(
      `${table.source}: no customer has a purchase on or before the calibration end ${calibrationEnd}`
    );
  }
  customers.sort((p, q) => (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
  const result: TransactionSummary = {
    customers,
    periodUnit,
    transactions: table.rows.length,
    mergedSameDay: table.rows.length - distinctDays,
    excludedAfterCalibration: excluded
  };
  if (holdout !== undefined && holdEnd !== undefined) {
    result.holdout = holdout;
    result.holdoutLength = (holdEnd - calEnd) / unitDays;
  }
  return result;
}
