/**
 * The dialects of the CSV files people actually have: the bytes' encoding (UTF-8 with or without Excel's BOM,
 * Windows-1252 from older Excel, UTF-16 from Excel's "Unicode text"), the delimiter (`,` `;` tab), the decimal mark
 * (`.` or `,`) and the date format (ISO, day-first as in French exports, month-first). Detected from the file unless
 * the caller sets them; every table says which dialect it was read with. Node only.
 */
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

/** How much of a file is looked at to tell text from binary. */
const SNIFF_BYTES = 65_536;
/** Share of control characters above which decoded text is taken for binary data. */
const MAX_CONTROL_SHARE = 0.01;

const MAGIC: { bytes: number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive — an Excel workbook (.xlsx)? Save it as CSV first' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel workbook (.xls)? Save it as CSV first' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive — decompress it first' }
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function binaryError(source: string, detail: string): ModelInputError {
  return new ModelInputError(
    `${source}: not a text file (${detail}); expected a CSV export (UTF-8, UTF-16 or Windows-1252)`
  );
}

/** Decodes a file's bytes; refuses binary data with a message that never echoes the bytes. */
export function decodeText(bytes: Uint8Array, source: string): { text: string; encoding: CsvDialect['encoding'] } {
  for (const magic of MAGIC)
    if (startsWith(bytes, magic.bytes)) throw binaryError(source, `it looks like ${magic.what}`);
  let text: string;
  let encoding: CsvDialect['encoding'];
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
    encoding = 'UTF-16';
  } else {
    const nul = bytes.subarray(0, SNIFF_BYTES).indexOf(0);
    if (nul >= 0) throw binaryError(source, `a NUL byte at byte ${nul + 1}`);
    const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes);
      encoding = bom ? 'UTF-8 with BOM' : 'UTF-8';
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
      encoding = 'Windows-1252';
    }
  }
  const sample = text.slice(0, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) control++;
  }
  if (sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE) {
    throw binaryError(source, `${control} control characters in its first ${sample.length} characters`);
  }
  return { text: text.startsWith('\uFEFF') ? text.slice(1) : text, encoding };
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
const DETECT_ROWS = 2_000;

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
