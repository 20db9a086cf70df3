/**
 * The `cvp` commands that talk to an org (`org pull`, `params push`, `doctor`, `seed`, and `clv fit` / `churn train`
 * with `--target-org`). They are asynchronous; scripts/cli/cvp.ts sends them here and everything else to runCli.
 */
import type { CliIo } from '../cliSupport';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, reportCliError } from '../cvpMain';
import { CHURN_TRAIN_ORG_USAGE, churnTrainFromOrg } from './churnFromOrg';
import { DOCTOR_USAGE, doctor } from './doctorCommand';
import { CLV_FIT_ORG_USAGE, clvFitFromOrg, hasOption, takeOption } from './fitFromOrg';
import type { OrgDeps } from './orgDeps';
import { DEFAULT_DEPS } from './orgDeps';
import { describeOrgFailure, isOrgFailure } from './orgErrors';
import { PARAMS_PUSH_USAGE, paramsPush } from './paramsPushCommand';
import { ORG_PULL_USAGE, orgPull } from './pullCommand';
import { SEED_USAGE, seed } from './seedCommand';

interface OrgCommand {
  words: string[];
  usage: string;
  summary: string;
  run: (args: string[], io: CliIo, deps: OrgDeps) => Promise<number>;
  /** Only with --target-org (the file-based command of the same name runs otherwise). */
  needsTargetOrg?: boolean;
}

export const ORG_COMMANDS: OrgCommand[] = [
  {
    words: ['org', 'pull'],
    usage: ORG_PULL_USAGE,
    summary: "Bulk API 2.0 export of the org's orders or opportunities to CSV",
    run: orgPull
  },
  {
    words: ['params', 'push'],
    usage: PARAMS_PUSH_USAGE,
    summary: "show the change to the org's Model_Parameter__mdt records, then deploy them",
    run: paramsPush
  },
  {
    words: ['doctor'],
    usage: DOCTOR_USAGE,
    summary: 'check the org: API version, objects and fields, permission sets, Case type, scoring job, configuration',
    run: doctor
  },
  {
    words: ['seed'],
    usage: SEED_USAGE,
    summary: 'load the sample data (or N synthetic accounts) into a scratch org with Bulk API 2.0 ingest',
    run: seed
  },
  {
    words: ['clv', 'fit'],
    usage: CLV_FIT_ORG_USAGE,
    summary: 'pull from the org and fit BG/NBD + Gamma-Gamma',
    run: clvFitFromOrg,
    needsTargetOrg: true
  },
  {
    words: ['churn', 'train'],
    usage: CHURN_TRAIN_ORG_USAGE,
    summary: 'build the former-customer training set from the org and train the churn model',
    run: churnTrainFromOrg,
    needsTargetOrg: true
  }
];

/** The org command `argv` names, if any. */
export function findOrgCommand(argv: string[]): OrgCommand | undefined {
  return ORG_COMMANDS.find(
    (c) =>
      c.words.every((word, i) => argv[i] === word) &&
      (c.needsTargetOrg !== true || hasOption(argv.slice(c.words.length), 'target-org'))
  );
}

export function orgUsage(): string {
  return ['Org commands (the Salesforce CLI login of --target-org):', ...ORG_COMMANDS.map((c) => `  ${c.usage}`)].join(
    '\n'
  );
}

function targetOrgOf(args: string[]): string {
  try {
    return takeOption(args, 'target-org').value ?? 'ALIAS';
  } catch {
    return 'ALIAS';
  }
}

/** Runs an org command; returns its exit code. Errors end as one line (and the fix), never a stack trace. */
export async function runOrgCli(argv: string[], io: CliIo, deps: OrgDeps = DEFAULT_DEPS): Promise<number> {
  const command = findOrgCommand(argv);
  if (command === undefined) {
    io.err(`cvp: not an org command: ${argv.slice(0, 2).join(' ')}\n${orgUsage()}\n`);
    return EXIT_USAGE;
  }
  const args = argv.slice(command.words.length);
  if (args.includes('--help') || args.includes('-h')) {
    io.out(command.usage + '\n');
    return EXIT_OK;
  }
  try {
    return await command.run(args, io, deps);
  } catch (error) {
    if (!isOrgFailure(error)) return reportCliError(error, command.usage, io);
    const failure = describeOrgFailure(error, targetOrgOf(args), command.words.join(' '));
    io.err(`cvp: error: ${failure.message}\n${failure.fix === undefined ? '' : `fix: ${failure.fix}\n`}`);
    return EXIT_INPUT;
  }
}
