/**
 * The `cvp` command: a table of subcommands (`clv fit`, `clv predict`, `retention fit`, `churn train`; `params push`
 * over jsforce slots in here later). Every user error ends as a one-line message and a non-zero exit code — never a
 * stack trace (set CVP_DEBUG=1 to see one for an internal error).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModelParameter } from '../models/errors';
import { ModelInputError } from '../models/errors';
import type { CliIo } from './cliSupport';
import { CvpInputError, CvpUsageError, EXIT_INPUT, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE } from './cliSupport';
import { CHURN_TRAIN_USAGE, churnTrain } from './commands/churn';
import { CLV_FIT_USAGE, CLV_PREDICT_USAGE, clvFit, clvPredict } from './commands/clv';
import { RETENTION_FIT_USAGE, retentionFit } from './commands/retention';

export { EXIT_INPUT, EXIT_INTERNAL, EXIT_NOT_CONVERGED, EXIT_OK, EXIT_USAGE } from './cliSupport';

/** The version in package.json (the command ships with the project). */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

interface Command {
  path: [string, string];
  usage: string;
  summary: string;
  run: (args: string[], io: CliIo) => number;
}

export const COMMANDS: Command[] = [
  {
    path: ['clv', 'fit'],
    usage: CLV_FIT_USAGE,
    summary: 'fit BG/NBD + Gamma-Gamma to a summary or a transaction log',
    run: clvFit
  },
  {
    path: ['clv', 'predict'],
    usage: CLV_PREDICT_USAGE,
    summary: 'per-customer P(alive), purchases, spend, CLV (CSV)',
    run: clvPredict
  },
  {
    path: ['retention', 'fit'],
    usage: RETENTION_FIT_USAGE,
    summary: 'fit sBG to cohort survivor counts',
    run: retentionFit
  },
  {
    path: ['churn', 'train'],
    usage: CHURN_TRAIN_USAGE,
    summary: 'train the logistic churn model (CV AUC, calibration)',
    run: churnTrain
  }
];

export function usage(): string {
  return [
    'Usage: cvp <command> [options]     (cvp --version, cvp <command> --help)',
    '',
    ...COMMANDS.map((c) => `  ${c.path.join(' ').padEnd(15)} ${c.summary}`),
    '',
    ...COMMANDS.map((c) => c.usage),
    ''
  ].join('\n');
}

/** The flag that sets each model parameter: a model error names the parameter, the user reads the flag. */
export const FLAG_OF_PARAMETER: Record<ModelParameter, string> = {
  label: '--label',
  id: '--id',
  folds: '--folds',
  l2: '--l2',
  customer: '--customer',
  date: '--date',
  amount: '--amount',
  calibrationEnd: '--calibration-end',
  holdoutEnd: '--holdout-end',
  dateFormat: '--date-format'
};

/** A model error as the user reads it: the flag at fault, then what is wrong. */
export function describeModelError(error: ModelInputError): string {
  return error.parameter === undefined ? error.detail : `${FLAG_OF_PARAMETER[error.parameter]}: ${error.detail}`;
}

/** Runs the command line; returns the exit code. */
export function runCli(argv: string[], io: CliIo): number {
  if (argv.length === 0) {
    io.err(usage());
    return EXIT_USAGE;
  }
  if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.out(usage());
    return EXIT_OK;
  }
  if (argv[0] === '--version' || argv[0] === '-v') {
    io.out(`cvp ${packageVersion()}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.path[0] === argv[0] && c.path[1] === argv[1]);
  try {
    if (command === undefined) {
      throw new CvpUsageError(`unknown command "${argv.slice(0, 2).join(' ')}"`);
    }
    const rest = argv.slice(2);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(command.usage + '\n');
      return EXIT_OK;
    }
    return command.run(rest, io);
  } catch (error) {
    return reportCliError(error, command?.usage, io);
  }
}

/** An error of any command as the user reads it (one line, never a stack trace) and its exit code. */
export function reportCliError(error: unknown, commandUsage: string | undefined, io: CliIo): number {
  if (error instanceof CvpUsageError) {
    io.err(`cvp: ${error.message}\n${commandUsage === undefined ? usage() : `usage: ${commandUsage}\n`}`);
    return EXIT_USAGE;
  }
  if (error instanceof CvpInputError) {
    io.err(`cvp: error: ${error.message}\n`);
    return EXIT_INPUT;
  }
  if (error instanceof ModelInputError) {
    io.err(`cvp: error: ${describeModelError(error)}\n`);
    // An error naming a flag is fixed on the command line (a column the file lacks, a date that is not one).
    return error.parameter === undefined ? EXIT_INPUT : EXIT_USAGE;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`cvp: internal error: ${message}\n`);
  if (process.env.CVP_DEBUG === '1' && error instanceof Error && error.stack !== undefined) io.err(error.stack + '\n');
  return EXIT_INTERNAL;
}
