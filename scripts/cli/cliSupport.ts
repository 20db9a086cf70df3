/** Shared plumbing of the `cvp` command: argument parsing, file reading, usage errors and output. Node only. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ClvTimeUnit } from '../../force-app/main/default/lwc/valueEngine/predictive';
import type { CsvTable } from '../models/csv';
import { parseCsv } from '../models/csv';

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

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; multiple?: false }>;
export type ParsedOptions = Record<string, string | boolean | undefined>;

/** Parses `--name value` options strictly; unknown options and stray positionals are usage errors. */
export function parseOptions(args: string[], spec: OptionSpec, command: string): ParsedOptions {
  try {
    const { values, positionals } = parseArgs({ args, options: spec, allowPositionals: true, strict: true });
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

/** Reads a text file, turning file-system errors into a one-line message. */
export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CvpInputError(`${path}: no such file`);
    if (code === 'EISDIR') throw new CvpInputError(`${path}: is a directory, expected a file`);
    throw new CvpInputError(`${path}: cannot be read (${code ?? 'unknown error'})`);
  }
}

export function readCsvFile(path: string): CsvTable {
  return parseCsv(readText(path), path);
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
