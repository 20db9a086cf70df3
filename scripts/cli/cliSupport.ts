/** Shared plumbing of the `cvp` command: argument parsing, file reading, usage errors and output. Node only. */
import { closeSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ClvTimeUnit } from '../../force-app/main/default/lwc/valueEngine/predictive';
import type { CsvTable } from '../models/csv';
import { parseCsvBytes } from '../models/csv';
import type { DialectOptions } from '../models/csvDialect';
import { describeDialect, parseDateFormat, parseDecimalMark, parseDelimiter } from '../models/csvDialect';

/**
 * An input problem of the command line the user can fix (a file that cannot be read, a bad option value): the CLI
 * prints its message and exits 1, never a stack trace. The models throw their own ModelInputError.
 */
export class CvpInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CvpInputError';
  }
}

/** A mistake in the command line itself (unknown option, missing argument): exit code 2 with a usage hint. */
export class CvpUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CvpUsageError';
  }
}

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;
/** A fit that ran but did not converge: its output is printed for inspection, but must not pass for a result. */
export const EXIT_NOT_CONVERGED = 3;
export const EXIT_INTERNAL = 70;

/**
 * The exit code of a fitting command: 0 when every model converged; otherwise EXIT_NOT_CONVERGED and a line on stderr
 * saying which model did not (the output stays printed, for inspection).
 */
export function fitExitCode(io: CliIo, fits: { model: string; converged: boolean }[], hint = ''): number {
  const failed = fits.filter((fit) => !fit.converged).map((fit) => fit.model);
  if (failed.length === 0) return EXIT_OK;
  io.err(
    `cvp: the ${failed.join(' and ')} fit did not converge: its parameters are printed for inspection only, ` +
      `not to be stored${hint === '' ? '' : ` (${hint})`}; check the data\n`
  );
  return EXIT_NOT_CONVERGED;
}

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; multiple?: false }>;
export type ParsedOptions = Record<string, string | boolean | undefined>;

const NEGATIVE_NUMBER = /^-(?:\d|\.\d)/;

/**
 * `--horizon -3` as `--horizon=-3`: node's parser takes a value starting with `-` for an option ("argument is
 * ambiguous"); joined, the value reaches its own check, which says what is wrong with it.
 */
export function joinNegativeValues(args: string[], spec: OptionSpec): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = args[i].startsWith('--') ? args[i].slice(2) : undefined;
    const next = args[i + 1] as string | undefined;
    if (
      name !== undefined &&
      Object.hasOwn(spec, name) &&
      spec[name].type === 'string' &&
      next !== undefined &&
      NEGATIVE_NUMBER.test(next)
    ) {
      joined.push(`${args[i]}=${next}`);
      i++;
    } else {
      joined.push(args[i]);
    }
  }
  return joined;
}

/** Parses `--name value` options strictly; unknown options and stray positionals are usage errors. */
export function parseOptions(args: string[], spec: OptionSpec, command: string): ParsedOptions {
  try {
    const { values, positionals } = parseArgs({
      args: joinNegativeValues(args, spec),
      options: spec,
      allowPositionals: true,
      strict: true
    });
    if (positionals.length > 0) throw new CvpUsageError(`${command}: unexpected argument "${positionals[0]}"`);
    return values;
  } catch (error) {
    if (error instanceof CvpUsageError) throw error;
    const message =
      error instanceof Error ? (error.message.split('\n')[0].split('. To specify')[0] ?? '') : String(error);
    throw new CvpUsageError(`${command}: ${message}`);
  }
}

export function stringOption(options: ParsedOptions, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' ? value : undefined;
}

export function requiredOption(options: ParsedOptions, name: string, command: string): string {
  const value = stringOption(options, name);
  if (value === undefined || value.trim() === '') throw new CvpUsageError(`${command}: --${name} is required`);
  return value;
}

export function numberOption(
  options: ParsedOptions,
  name: string,
  fallback: number,
  check: (v: number) => boolean,
  rule: string
): number {
  const raw = stringOption(options, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || !check(value)) {
    throw new CvpUsageError(`--${name}: "${raw}" is not valid (${rule})`);
  }
  return value;
}

export function periodOption(options: ParsedOptions, name: string, fallback: ClvTimeUnit): ClvTimeUnit {
  const raw = stringOption(options, name);
  if (raw === undefined) return fallback;
  if (raw === 'day' || raw === 'week' || raw === 'month' || raw === 'year') return raw;
  throw new CvpUsageError(`--${name}: "${raw}" is not one of day, week, month, year`);
}

function fileError(path: string, error: unknown, verb: string): CvpInputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new CvpInputError(`${path}: no such ${verb === 'read' ? 'file' : 'directory'}`);
  if (code === 'EISDIR') return new CvpInputError(`${path}: is a directory, expected a file`);
  if (code === 'EACCES' || code === 'EPERM') return new CvpInputError(`${path}: permission denied, cannot ${verb} it`);
  return new CvpInputError(`${path}: cannot be ${verb === 'read' ? 'read' : 'written'} (${code ?? 'unknown error'})`);
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw fileError(path, error, 'read');
  }
}

/** Bytes read at a time from a file that is streamed (`clv fit --transactions`). */
export const CHUNK_BYTES = 1 << 20;

/**
 * A file's chunks, read one at a time into one buffer (each chunk is used before the next is read), with file-system
 * errors as one-line messages. Synchronous reads keep `cvp` one synchronous program; the memory is the buffer.
 */
export function readFileChunks(path: string, chunkBytes = CHUNK_BYTES): Iterable<Uint8Array> {
  return {
    *[Symbol.iterator]() {
      let fd: number;
      try {
        fd = openSync(path, 'r');
      } catch (error) {
        throw fileError(path, error, 'read');
      }
      const buffer = Buffer.allocUnsafe(chunkBytes);
      try {
        for (;;) {
          let read: number;
          try {
            read = readSync(fd, buffer, 0, chunkBytes, null);
          } catch (error) {
            throw fileError(path, error, 'read');
          }
          if (read === 0) return;
          yield buffer.subarray(0, read);
        }
      } finally {
        closeSync(fd);
      }
    }
  };
}

/** Reads a text file, turning file-system errors into a one-line message. */
export function readText(path: string): string {
  return readBytes(path).toString('utf8');
}

/** Writes a file the user named (`--summary-out`…): a directory that does not exist is an input error, not a crash. */
export function writeText(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw fileError(path, error, 'write');
  }
}

/** The file-format options every command that reads a CSV takes. */
export const DIALECT_OPTIONS: OptionSpec = {
  delimiter: { type: 'string' },
  decimal: { type: 'string' },
  'date-format': { type: 'string' }
};

export const DIALECT_USAGE = '[--delimiter ,|;|tab] [--decimal .|,] [--date-format YYYY-MM-DD|DD/MM/YYYY|MM/DD/YYYY]';

/** --delimiter, --decimal and --date-format as the CSV reader takes them; a bad value is a usage error. */
export function dialectOptions(options: ParsedOptions): DialectOptions {
  const result: DialectOptions = {};
  const delimiter = stringOption(options, 'delimiter');
  if (delimiter !== undefined) {
    result.delimiter = parseDelimiter(delimiter);
    if (result.delimiter === undefined) throw new CvpUsageError(`--delimiter: "${delimiter}" is not one of , ; tab`);
  }
  const decimal = stringOption(options, 'decimal');
  if (decimal !== undefined) {
    result.decimal = parseDecimalMark(decimal);
    if (result.decimal === undefined) throw new CvpUsageError(`--decimal: "${decimal}" is not one of . ,`);
  }
  const dateFormat = stringOption(options, 'date-format');
  if (dateFormat !== undefined) {
    result.dateFormat = parseDateFormat(dateFormat);
    if (result.dateFormat === undefined) {
      throw new CvpUsageError(`--date-format: "${dateFormat}" is not one of YYYY-MM-DD, DD/MM/YYYY, MM/DD/YYYY`);
    }
  }
  return result;
}

/** Reads a CSV file in its detected (or given) dialect and tells the user, on stderr, how it was read. */
export function readCsvFile(path: string, io?: CliIo, dialect: DialectOptions = {}): CsvTable {
  const table = parseCsvBytes(readBytes(path), path, dialect);
  io?.err(`cvp: read ${path} as ${describeDialect(table.dialect)}\n`);
  return table;
}

/** Fixed-width table for terminal output. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((row) => row[j].length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, j) => c.padEnd(widths[j]))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** Number with `digits` significant digits, plain notation where reasonable. */
export function fmt(value: number | undefined, digits = 4): string {
  if (value === undefined || !Number.isFinite(value)) return 'n/a';
  if (value !== 0 && (Math.abs(value) >= 1e7 || Math.abs(value) < 1e-4)) return value.toExponential(digits - 1);
  return Number(value.toPrecision(digits)).toString();
}

export function csvCell(value: string | number): string {
  const text =
    typeof value === 'number' ? (Number.isFinite(value) ? String(Number(value.toPrecision(10))) : '') : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
