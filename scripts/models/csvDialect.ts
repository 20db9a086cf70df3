/**
 * The dialects of the CSV files people actually have: the bytes' encoding (UTF-8 with or without Excel's BOM,
 * Windows-1252 from older Excel, UTF-16 from Excel's "Unicode text"), the delimiter (`,` `;` tab), the decimal mark
 * (`.` or `,`) and the date format (ISO, day-first as in French exports, month-first). Detected from the file unless
 * the caller sets them; every table says which dialect it was read with. Node only.
 */
import { decodeBytes } from './csvDecoder';
import { ModelInputError } from './errors';

export type Delimiter = ',' | ';' | '\t';
export type DecimalMark = '.' | ',';
export type DateFormat = 'YYYY-MM-DD' | 'DD/MM/YYYY' | 'MM/DD/YYYY';

export const DATE_FORMATS: readonly DateFormat[] = ['YYYY-MM-DD', 'DD/MM/YYYY', 'MM/DD/YYYY'];

export interface CsvDialect {
  encoding: 'UTF-8' | 'UTF-8 with BOM' | 'UTF-16' | 'Windows-1252';
  delimiter: Delimiter;
  decimal: DecimalMark;
  dateFormat: DateFormat;
}

/** What the caller fixes (the command line's --delimiter, --decimal, --date-format); the rest is detected. */
export interface DialectOptions {
  delimiter?: Delimiter;
  decimal?: DecimalMark;
  dateFormat?: DateFormat;
}

/** Decodes a file's bytes; refuses binary data with a message that never echoes the bytes (csvDecoder.ts). */
export function decodeText(bytes: Uint8Array, source: string): { text: string; encoding: CsvDialect['encoding'] } {
  return decodeBytes(bytes, source);
}

/** The delimiter of a header line: the most frequent of `;`, tab and `,` outside quotes (`,` on a tie or none). */
export function detectDelimiter(text: string): Delimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

const COMMA_DECIMAL = /^[+-]?\d{1,3}(?:[ \u00A0\u202F]\d{3})*,\d+$|^[+-]?\d+,\d+$/;
const DOT_DECIMAL = /^[+-]?\d+\.\d+$/;
const GROUPED_INTEGER = /^[+-]?\d{1,3}(?:[ \u00A0\u202F]\d{3})+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[ T].*)?$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T].*)?$/;

/** Rows looked at to detect the decimal mark and the date format. */
export const DETECT_ROWS = 2_000;

/** Decimal mark of the data: `,` when decimal commas outnumber decimal points (only possible without `,` delimiters). */
export function detectDecimal(rows: string[][], delimiter: Delimiter): DecimalMark {
  if (delimiter === ',') return '.';
  let comma = 0;
  let dot = 0;
  for (const row of rows.slice(0, DETECT_ROWS)) {
    for (const cell of row) {
      const value = cell.trim();
      if (COMMA_DECIMAL.test(value)) comma++;
      else if (DOT_DECIMAL.test(value)) dot++;
    }
  }
  return comma > dot ? ',' : '.';
}

/**
 * Date format of the data: ISO unless slash dates outnumber ISO ones; day-first when a first part exceeds 12 (or, with nothing to
 * tell, in a semicolon / decimal-comma file, the European convention); month-first when a second part exceeds 12.
 * Slash dates that could be read either way in a US-style file are refused: the caller must say.
 */
export function detectDateFormat(rows: string[][], european: boolean, source: string): DateFormat {
  let slash = 0;
  let iso = 0;
  let dayFirst = false;
  let monthFirst = false;
  let example = '';
  for (const row of rows.slice(0, DETECT_ROWS)) {
    for (const cell of row) {
      const match = SLASH_DATE.exec(cell.trim());
      if (match === null) {
        if (ISO_DATE.test(cell.trim())) iso++;
        continue;
      }
      slash++;
      if (example === '') example = cell.trim();
      if (Number(match[1]) > 12) dayFirst = true;
      if (Number(match[2]) > 12) monthFirst = true;
    }
  }
  // A file mostly in ISO dates stays ISO: its few slash dates are then reported as not dates, one by one.
  if (slash <= iso) return 'YYYY-MM-DD';
  if (dayFirst && monthFirst) {
    throw new ModelInputError(`${source}: dates are written both day-first and month-first`, 'dateFormat');
  }
  if (dayFirst) return 'DD/MM/YYYY';
  if (monthFirst) return 'MM/DD/YYYY';
  if (european) return 'DD/MM/YYYY';
  throw new ModelInputError(
    `${source}: dates such as ${example} can be read day-first or month-first; give DD/MM/YYYY or MM/DD/YYYY`,
    'dateFormat'
  );
}

/** A slash date in `format` as an ISO day (a time part is dropped), or undefined when it is not one. */
export function isoDate(text: string, format: DateFormat): string | undefined {
  const value = text.trim();
  if (format === 'YYYY-MM-DD') return undefined;
  const match = SLASH_DATE.exec(value);
  if (match === null) return undefined;
  const [day, month] = format === 'DD/MM/YYYY' ? [match[1], match[2]] : [match[2], match[1]];
  return `${match[3]}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** A cell rewritten in the canonical dialect the models read (decimal point, ISO dates); other cells unchanged. */
export function canonicalCell(cell: string, dialect: CsvDialect): string {
  if (dialect.decimal === ',') {
    const value = cell.trim();
    if (COMMA_DECIMAL.test(value) || GROUPED_INTEGER.test(value))
      return value.replace(/[ \u00A0\u202F]/g, '').replace(',', '.');
  }
  if (dialect.dateFormat !== 'YYYY-MM-DD') {
    const iso = isoDate(cell, dialect.dateFormat);
    if (iso !== undefined) return iso;
  }
  return cell;
}

const DELIMITER_NAMES: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/** The dialect in words, for the line that tells the user how the file was read. */
export function describeDialect(dialect: CsvDialect): string {
  return (
    `${DELIMITER_NAMES[dialect.delimiter]}-separated, decimal ${dialect.decimal === ',' ? 'comma' : 'point'}, ` +
    `dates ${dialect.dateFormat}, ${dialect.encoding}`
  );
}

/** Parses the command line's --delimiter value (`,` `;` `tab` or a tab character). */
export function parseDelimiter(raw: string): Delimiter | undefined {
  if (raw === ',' || raw === ';' || raw === '\t') return raw;
  if (raw.toLowerCase() === 'tab' || raw === '\\t') return '\t';
  if (raw.toLowerCase() === 'comma') return ',';
  if (raw.toLowerCase() === 'semicolon') return ';';
  return undefined;
}

/** Parses the command line's --decimal value (`.` `,` `point` `comma`). */
export function parseDecimalMark(raw: string): DecimalMark | undefined {
  if (raw === '.' || raw.toLowerCase() === 'point') return '.';
  if (raw === ',' || raw.toLowerCase() === 'comma') return ',';
  return undefined;
}

/** Parses the command line's --date-format value (case-insensitive). */
export function parseDateFormat(raw: string): DateFormat | undefined {
  return DATE_FORMATS.find((format) => format === raw.toUpperCase());
}
