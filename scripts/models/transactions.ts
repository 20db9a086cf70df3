/**
 * Transaction log → per-customer calibration summary (x, t_x, T, mean repeat spend) and holdout counts, with exact
 * calendar handling: dates are days (a time part is ignored), purchases on the same day are merged into one
 * purchase (amounts summed), the first purchase is excluded from repeat spend, and only customers whose first purchase
 * falls on or before the calibration end are summarised.
 *
 * Credit notes (negative amounts) — how they count: a credit note is netted against the same customer's purchases of
 * the same day. A day whose net amount is negative is a refund, not a purchase: it is not counted in x or t_x, and its
 * amount is subtracted from the customer's repeat spend (a refund cannot be matched to the purchase it reverses, so
 * it counts against what the customer brings). The mean repeat spend is never below 0: a customer who returned
 * everything has a mean spend of 0, which the Gamma-Gamma fit leaves out as it does customers without spend.
 * A customer with refunds only is not a customer of the calibration period. So the summary written by
 * `--summary-out` is always one `clv fit --summary` accepts. Node only.
 */
import type { ClvTimeUnit } from '../../force-app/main/default/lwc/valueEngine/predictive';
import { predictiveDaysPerUnit } from '../../force-app/main/default/lwc/valueEngine/predictive';
import type { CustomerSummary } from './modelFits';
import type { CsvTable } from './csv';
import { numberAt, requireColumn, shown } from './csv';
import { isoDate } from './csvDialect';
import type { DateFormat } from './csvDialect';
import { ModelInputError } from './errors';
import { PLAUSIBLE } from './summary';

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

/** Day number of a date written as ISO or in the file's own format (a French user types 30/06/2026). */
function dayOfOption(text: string, format: DateFormat): number | undefined {
  return dayNumber(isoDate(text, format) ?? text);
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
  /** Rows with a negative amount, and the days whose net amount was negative (refunds, not purchases). */
  creditNotes: number;
  refundDays: number;
  /** Customers whose rows in the calibration period are refunds only (left out). */
  refundOnlyCustomers: number;
}

/** Summarises a transaction table. Dates after the holdout end (or the calibration end without holdout) are ignored. */
export function summarizeTransactions(
  table: CsvTable,
  columns: TransactionColumns,
  calibrationEnd: string,
  holdoutEnd: string | undefined,
  periodUnit: ClvTimeUnit
): TransactionSummary {
  const format = table.dialect.dateFormat;
  const dateRule = format === 'YYYY-MM-DD' ? 'YYYY-MM-DD' : `YYYY-MM-DD or ${format}`;
  const calEnd = dayOfOption(calibrationEnd, format);
  if (calEnd === undefined)
    throw new ModelInputError(`${shown(calibrationEnd)} is not a date (${dateRule})`, 'calibrationEnd');
  let holdEnd: number | undefined;
  if (holdoutEnd !== undefined) {
    holdEnd = dayOfOption(holdoutEnd, format);
    if (holdEnd === undefined)
      throw new ModelInputError(`${shown(holdoutEnd)} is not a date (${dateRule})`, 'holdoutEnd');
    if (holdEnd <= calEnd) throw new ModelInputError('must be after the calibration end', 'holdoutEnd');
  }
  const idCol = requireColumn(table, [columns.customer], `"${columns.customer}"`, 'customer');
  const dateCol = requireColumn(table, [columns.date], `"${columns.date}"`, 'date');
  const amountCol =
    columns.amount === undefined ? -1 : requireColumn(table, [columns.amount], `"${columns.amount}"`, 'amount');
  const byCustomer = new Map<string, Map<number, number>>();
  let creditNotes = 0;
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
        `${table.source}: line ${table.lines[i]}, column ${table.header[dateCol]}: ${shown(raw)} is not a date (${format})`
      );
    }
    const amount = amountCol >= 0 ? numberAt(table, i, amountCol) : 0;
    if (Math.abs(amount) > PLAUSIBLE.amount) {
      throw new ModelInputError(
        `${table.source}: line ${table.lines[i]}, column ${table.header[amountCol]}: amount ${amount} is not plausible (at most ${PLAUSIBLE.amount} either way)`
      );
    }
    if (amount < 0) creditNotes++;
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
  let refundDays = 0;
  let refundOnly = 0;
  for (const [id, days] of byCustomer) {
    distinctDays += days.size;
    const all = [...days.keys()].sort((p, q) => p - q);
    const refunds = all.filter((d) => (days.get(d) ?? 0) < 0);
    refundDays += refunds.length;
    const sorted = refunds.length === 0 ? all : all.filter((d) => (days.get(d) ?? 0) >= 0);
    if (sorted.length === 0 || sorted[0] > calEnd) {
      if (sorted.length === 0 && refunds.some((d) => d <= calEnd)) refundOnly++;
      else excluded++;
      continue;
    }
    const first = sorted[0];
    const calibration = sorted.filter((d) => d <= calEnd);
    const repeat = calibration.slice(1);
    const x = repeat.length;
    const last = calibration[calibration.length - 1];
    const refunded = refunds.filter((d) => d <= calEnd).reduce((s, d) => s + (days.get(d) ?? 0), 0);
    const spend = repeat.reduce((s, d) => s + (days.get(d) ?? 0), 0) + refunded;
    const customer: CustomerSummary = {
      id,
      x,
      tx: (last - first) / unitDays,
      T: (calEnd - first) / unitDays
    };
    if (amountCol >= 0) customer.monetary = x > 0 ? Math.max(0, spend / x) : 0;
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
    excludedAfterCalibration: excluded,
    creditNotes,
    refundDays,
    refundOnlyCustomers: refundOnly
  };
  if (holdout !== undefined && holdEnd !== undefined) {
    result.holdout = holdout;
    result.holdoutLength = (holdEnd - calEnd) / unitDays;
  }
  return result;
}
