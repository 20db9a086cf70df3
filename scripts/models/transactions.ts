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
import type { CsvHeader, CsvTable } from './csv';
import { numberOfCell, requireColumn, shown } from './csv';
import type { PurchaseWindow } from './customerPurchases';
import { CustomerPurchases } from './customerPurchases';
import { canonicalCell, isoDate } from './csvDialect';
import type { CsvDialect, DateFormat, DialectOptions } from './csvDialect';
import type { ChunkSource, CsvRowHandler } from './csvStream';
import { readCsvChunks } from './csvStream';
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
  /** Customers whose rows are not in date order (read in a second pass: see customerPurchases.ts). */
  outOfOrderCustomers: number;
}

/** Where a transaction log's fields are and the dates that cut it, resolved from its header and dialect. */
interface TransactionLayout {
  source: string;
  header: string[];
  id: number;
  date: number;
  /** -1 without an amount column. */
  amount: number;
  dateFormat: DateFormat;
  window: PurchaseWindow;
}

/** Checks the dates given (in the order the user reads the errors: calibration end, holdout end, then the columns). */
function transactionLayout(
  table: CsvHeader,
  dateFormat: DateFormat,
  columns: TransactionColumns,
  calibrationEnd: string,
  holdoutEnd: string | undefined,
  periodUnit: ClvTimeUnit
): TransactionLayout {
  const dateRule = dateFormat === 'YYYY-MM-DD' ? 'YYYY-MM-DD' : `YYYY-MM-DD or ${dateFormat}`;
  const calEnd = dayOfOption(calibrationEnd, dateFormat);
  if (calEnd === undefined)
    throw new ModelInputError(`${shown(calibrationEnd)} is not a date (${dateRule})`, 'calibrationEnd');
  let holdEnd: number | undefined;
  if (holdoutEnd !== undefined) {
    holdEnd = dayOfOption(holdoutEnd, dateFormat);
    if (holdEnd === undefined)
      throw new ModelInputError(`${shown(holdoutEnd)} is not a date (${dateRule})`, 'holdoutEnd');
    if (holdEnd <= calEnd) throw new ModelInputError('must be after the calibration end', 'holdoutEnd');
  }
  const id = requireColumn(table, [columns.customer], `"${columns.customer}"`, 'customer');
  const date = requireColumn(table, [columns.date], `"${columns.date}"`, 'date');
  const amount =
    columns.amount === undefined ? -1 : requireColumn(table, [columns.amount], `"${columns.amount}"`, 'amount');
  const window: PurchaseWindow = {
    calibrationEnd: calEnd,
    unitDays: predictiveDaysPerUnit(periodUnit),
    withSpend: amount >= 0
  };
  if (holdEnd !== undefined) window.holdoutEnd = holdEnd;
  return { source: table.source, header: table.header, id, date, amount, dateFormat, window };
}

/** Validates one row (canonical cells: ISO dates, decimal points) and adds it to the customers' purchases. */
function addTransactionRow(layout: TransactionLayout, purchases: CustomerPurchases, row: string[], line: number): void {
  const { source, header } = layout;
  const id = row[layout.id].trim();
  if (id === '') {
    throw new ModelInputError(`${source}: line ${line}, column ${header[layout.id]}: missing customer id`);
  }
  const raw = row[layout.date];
  const day = dayNumber(raw);
  if (day === undefined) {
    throw new ModelInputError(
      `${source}: line ${line}, column ${header[layout.date]}: ${shown(raw)} is not a date (${layout.dateFormat})`
    );
  }
  const amount = layout.amount >= 0 ? numberOfCell(row[layout.amount], source, line, header[layout.amount]) : 0;
  if (Math.abs(amount) > PLAUSIBLE.amount) {
    throw new ModelInputError(
      `${source}: line ${line}, column ${header[layout.amount]}: amount ${amount} is not plausible (at most ${PLAUSIBLE.amount} either way)`
    );
  }
  purchases.add(id, day, amount);
}

/** The summary of the customers' purchases, or an error when nobody bought by the calibration end. */
function transactionSummary(
  layout: TransactionLayout,
  purchases: CustomerPurchases,
  calibrationEnd: string,
  periodUnit: ClvTimeUnit
): TransactionSummary {
  const totals = purchases.finish();
  if (totals.customers.length === 0) {
    throw new ModelInputError(
      `${layout.source}: no customer has a purchase on or before the calibration end ${calibrationEnd}`
    );
  }
  const result: TransactionSummary = {
    customers: totals.customers,
    periodUnit,
    transactions: totals.rows,
    mergedSameDay: totals.rows - totals.days,
    excludedAfterCalibration: totals.excludedAfterCalibration,
    creditNotes: totals.creditNotes,
    refundDays: totals.refundDays,
    refundOnlyCustomers: totals.refundOnlyCustomers,
    outOfOrderCustomers: totals.outOfOrderCustomers
  };
  const { holdoutEnd, calibrationEnd: calEnd, unitDays } = layout.window;
  if (totals.holdout !== undefined && holdoutEnd !== undefined) {
    result.holdout = totals.holdout;
    result.holdoutLength = (holdoutEnd - calEnd) / unitDays;
  }
  return result;
}

/** Summarises a transaction table. Dates after the holdout end (or the calibration end without holdout) are ignored. */
export function summarizeTransactions(
  table: CsvTable,
  columns: TransactionColumns,
  calibrationEnd: string,
  holdoutEnd: string | undefined,
  periodUnit: ClvTimeUnit
): TransactionSummary {
  const layout = transactionLayout(table, table.dialect.dateFormat, columns, calibrationEnd, holdoutEnd, periodUnit);
  const purchases = new CustomerPurchases(layout.window);
  for (let i = 0; i < table.rows.length; i++) addTransactionRow(layout, purchases, table.rows[i], table.lines[i]);
  if (purchases.needsSecondPass) {
    purchases.startSecondPass();
    for (let i = 0; i < table.rows.length; i++) addTransactionRow(layout, purchases, table.rows[i], table.lines[i]);
  }
  return transactionSummary(layout, purchases, calibrationEnd, periodUnit);
}

/** A transaction summary read from a file in chunks, and how the file was read. */
export interface StreamedTransactionSummary extends TransactionSummary {
  dialect: CsvDialect;
}

/**
 * Summarises a transaction log read in chunks, with the rules and messages of `summarizeTransactions`, in memory that
 * grows with the customers, not the rows: the file is read once when each customer's rows are in date order (a log
 * sorted by date, or by customer then date), else a second time for the customers whose rows are not.
 */
export function summarizeTransactionChunks(
  chunks: ChunkSource,
  source: string,
  options: DialectOptions,
  columns: TransactionColumns,
  calibrationEnd: string,
  holdoutEnd: string | undefined,
  periodUnit: ClvTimeUnit
): StreamedTransactionSummary {
  let state: { layout: TransactionLayout; purchases: CustomerPurchases } | undefined;
  let dialect: CsvDialect | undefined;
  /** The cells to write in the canonical form (decimal point, ISO dates), as parseCsv writes every cell. */
  let canonical: number[] = [];
  const handler: CsvRowHandler = {
    start(header, read) {
      dialect = read;
      if (state === undefined) {
        const layout = transactionLayout(header, read.dateFormat, columns, calibrationEnd, holdoutEnd, periodUnit);
        state = { layout, purchases: new CustomerPurchases(layout.window) };
      }
      const { id, date, amount } = state.layout;
      const rewrite = read.decimal === ',' || read.dateFormat !== 'YYYY-MM-DD';
      canonical = rewrite ? [id, date, amount].filter((j) => j >= 0) : [];
    },
    row(row, line) {
      if (state === undefined || dialect === undefined) throw new Error('a row before the header');
      for (const j of canonical) row[j] = canonicalCell(row[j], dialect);
      addTransactionRow(state.layout, state.purchases, row, line);
    }
  };
  const read = readCsvChunks(chunks(), source, options, handler);
  if (state === undefined) throw new Error('the CSV reader did not start');
  const { layout, purchases } = state;
  if (purchases.needsSecondPass) {
    purchases.startSecondPass();
    readCsvChunks(chunks(), source, read, handler);
  }
  return { ...transactionSummary(layout, purchases, calibrationEnd, periodUnit), dialect: read };
}
