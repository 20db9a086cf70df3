/** Reading and validating per-customer summaries (x, t_x, T, optional monetary value). Node only. */
import type { CustomerSummary } from './modelFits';
import type { CsvTable } from './csv';
import { findColumn, numberAt, requireColumn } from './csv';
import { ModelInputError } from './errors';

/**
 * Plausibility bounds: values beyond them are data errors (a unit mix-up, an overflowed export), not customers. They
 * stay far from any real portfolio and far from where the likelihood loses precision (x = 1e300 gave a
 * log-likelihood of 6.9e+302 before they existed).
 */
export const PLAUSIBLE = {
  /** Repeat purchases of one customer. */
  repeatPurchases: 1_000_000,
  /** Recency and age, in the fit's periods (100 000 days is 274 years). */
  periods: 100_000,
  /** One amount or one mean spend, in the file's currency. */
  amount: 1e12
};

export const SUMMARY_COLUMNS = {
  id: ['id', 'customer', 'customer_id', 'customerid'],
  x: ['x', 'frequency'],
  tx: ['t_x', 'recency'],
  T: ['T', 'age'],
  monetary: ['zbar', 'monetary', 'monetary_value', 'mean_spend', 'm']
};

/** Validates a summary table: numeric, non-negative, x an integer, t_x ≤ T, unique ids. */
export function readSummaryTable(table: CsvTable): CustomerSummary[] {
  const idCol = findColumn(table, SUMMARY_COLUMNS.id);
  const xCol = requireColumn(table, SUMMARY_COLUMNS.x, 'x (repeat purchases)');
  const txCol = requireColumn(table, SUMMARY_COLUMNS.tx, 't_x (recency)');
  const tCol = requireColumn(table, SUMMARY_COLUMNS.T, 'T (age)');
  const mCol = findColumn(table, SUMMARY_COLUMNS.monetary);
  const seen = new Map<string, number>();
  const customers: CustomerSummary[] = [];
  for (let i = 0; i < table.rows.length; i++) {
    const where = `${table.source}: line ${table.lines[i]}`;
    const id = idCol >= 0 ? table.rows[i][idCol].trim() : String(i + 1);
    if (idCol >= 0) {
      if (id === '') throw new ModelInputError(`${where}, column ${table.header[idCol]}: missing id`);
      const previous = seen.get(id);
      if (previous !== undefined) {
        throw new ModelInputError(
          `${where}, column ${table.header[idCol]}: duplicate id "${id}" (first on line ${previous})`
        );
      }
      seen.set(id, table.lines[i]);
    }
    const x = numberAt(table, i, xCol);
    const tx = numberAt(table, i, txCol);
    const T = numberAt(table, i, tCol);
    if (x < 0 || !Number.isInteger(x)) {
      throw new ModelInputError(`${where}, column ${table.header[xCol]}: x must be a whole number ≥ 0, got ${x}`);
    }
    if (x > PLAUSIBLE.repeatPurchases) {
      throw new ModelInputError(
        `${where}, column ${table.header[xCol]}: x = ${x} repeat purchases is not plausible (at most ${PLAUSIBLE.repeatPurchases})`
      );
    }
    if (tx < 0) throw new ModelInputError(`${where}, column ${table.header[txCol]}: negative recency t_x = ${tx}`);
    if (T < 0) throw new ModelInputError(`${where}, column ${table.header[tCol]}: negative T = ${T}`);
    if (T > PLAUSIBLE.periods) {
      throw new ModelInputError(
        `${where}, column ${table.header[tCol]}: T = ${T} periods is not plausible (at most ${PLAUSIBLE.periods})`
      );
    }
    if (tx > T + 1e-9) {
      throw new ModelInputError(`${where}, column ${table.header[txCol]}: t_x = ${tx} is greater than T = ${T}`);
    }
    const customer: CustomerSummary = { id, x, tx, T };
    if (mCol >= 0) {
      const m = numberAt(table, i, mCol);
      if (m < 0) throw new ModelInputError(`${where}, column ${table.header[mCol]}: negative monetary value ${m}`);
      if (m > PLAUSIBLE.amount) {
        throw new ModelInputError(
          `${where}, column ${table.header[mCol]}: mean spend ${m} is not plausible (at most ${PLAUSIBLE.amount})`
        );
      }
      customer.monetary = m;
    }
    customers.push(customer);
  }
  return customers;
}
