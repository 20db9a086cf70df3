/**
 * Minimal RFC 4180 CSV reader (quoted fields, doubled quotes, CRLF) with error messages that name the file, the row
 * (1-based line number of the data row in the file) and the column. The file's dialect (csvDialect.ts) is detected
 * or given; cells come out in one canonical form (decimal point, ISO dates) so that the models read one format.
 * Node only.
 */

import type { CsvDialect, DialectOptions } from './csvDialect';
import { canonicalCell, decodeText, detectDateFormat, detectDecimal, detectDelimiter } from './csvDialect';
import { CsvRecordReader } from './csvRecords';
import type { ModelParameter } from './errors';
import { ModelInputError } from './errors';

export interface CsvTable {
  source: string;
  header: string[];
  rows: string[][];
  /** Line number (1-based, in the file) of each data row. */
  lines: number[];
  /** How the file was read; its cells are already in the canonical form (decimal point, ISO dates). */
  dialect: CsvDialect;
}

/** A cell's text as an error message quotes it: control characters escaped, long values cut. */
export function shown(raw: string): string {
  const text = raw.trim();
  const cut = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(cut);
}

/** Parses a file's bytes: decoded (binary refused), then parsed as parseCsv does. */
export function parseCsvBytes(bytes: Uint8Array, source: string, options: DialectOptions = {}): CsvTable {
  const { text, encoding } = decodeText(bytes, source);
  return parseCsv(text, source, options, encoding);
}

/**
 * Parses CSV text. Blank lines are skipped. Throws ModelInputError on an empty file, unbalanced quotes or ragged rows,
 * and on dates whose order (day-first or month-first) cannot be told.
 */
export function parseCsv(
  text: string,
  source: string,
  options: DialectOptions = {},
  encoding: CsvDialect['encoding'] = 'UTF-8'
): CsvTable {
  const records: string[][] = [];
  const lines: number[] = [];
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const delimiter = options.delimiter ?? detectDelimiter(body);
  const reader = new CsvRecordReader(delimiter, source, (cells, line) => {
    records.push(cells);
    lines.push(line);
  });
  reader.push(body);
  reader.end();
  if (records.length === 0) throw new ModelInputError(`${source}: the file is empty (expected a header row)`);
  const header = records[0].map((name) => name.trim());
  const rows = records.slice(1);
  const rowLines = lines.slice(1);
  rows.forEach((row, index) => {
    checkRowWidth(source, header, row, rowLines[index]);
  });
  if (rows.length === 0) throw new ModelInputError(`${source}: no data rows after the header`);
  const decimal = options.decimal ?? detectDecimal(rows, delimiter);
  const dialect: CsvDialect = {
    encoding: text.startsWith('\uFEFF') && encoding === 'UTF-8' ? 'UTF-8 with BOM' : encoding,
    delimiter,
    decimal,
    dateFormat: options.dateFormat ?? detectDateFormat(rows, delimiter !== ',' || decimal === ',', source)
  };
  if (dialect.decimal === ',' || dialect.dateFormat !== 'YYYY-MM-DD') {
    for (const row of rows) for (let j = 0; j < row.length; j++) row[j] = canonicalCell(row[j], dialect);
  }
  return { source, header, rows, lines: rowLines, dialect };
}

/** A data row must have as many cells as the header. */
export function checkRowWidth(source: string, header: string[], row: string[], line: number): void {
  if (row.length !== header.length) {
    throw new ModelInputError(
      `${source}: line ${line}: expected ${header.length} columns (${header.join(', ')}), found ${row.length}`
    );
  }
}

/** What column look-ups need of a table: its name and its header (a streamed file has no rows in memory). */
export type CsvHeader = Pick<CsvTable, 'source' | 'header'>;

/** Index of the first header matching one of `names` (case-insensitive), or -1. */
export function findColumn(table: CsvHeader, names: string[]): number {
  const lower = table.header.map((h) => h.toLowerCase());
  for (const name of names) {
    const at = lower.indexOf(name.toLowerCase());
    if (at >= 0) return at;
  }
  return -1;
}

/**
 * Like findColumn but throws a clear error naming the accepted names and the columns present; `parameter` says which
 * caller-set parameter named the column, when one did.
 */
export function requireColumn(table: CsvHeader, names: string[], what: string, parameter?: ModelParameter): number {
  const at = findColumn(table, names);
  if (at < 0) {
    throw new ModelInputError(
      `${table.source}: missing column ${what} (accepted names: ${names.join(', ')}; found: ${table.header.join(', ')})`,
      parameter
    );
  }
  return at;
}

/** Parses a finite number or throws an error naming the row and the column. */
export function numberAt(table: CsvTable, row: number, column: number): number {
  return numberOfCell(table.rows[row][column], table.source, table.lines[row], table.header[column]);
}

/** A cell's finite number, or an error naming the file, the line and the column. */
export function numberOfCell(cell: string, source: string, line: number, column: string): number {
  const raw = cell.trim();
  const value = raw === '' ? Number.NaN : Number(raw);
  if (!Number.isFinite(value)) {
    throw new ModelInputError(
      `${source}: line ${line}, column ${column}: ${raw === '' ? 'missing value' : `${shown(raw)} is not a number`}`
    );
  }
  return value;
}
