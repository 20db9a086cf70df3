/** `cvp params push`: the change against the org's Model_Parameter__mdt records, then a Metadata API deploy. */
import { basename } from 'node:path';
import type { CliIo } from '../cliSupport';
import { fmt, formatTable, parseOptions, requiredOption, stringOption } from '../cliSupport';
import { deployAndWait } from './metadataDeploy';
import type { OrgParameterRecord, ParameterChange } from './modelParameterRecords';
import { planChanges, recordsOfFitFile, storedValue } from './modelParameterRecords';
import { parameterPackage } from './metadataPackage';
import type { OrgDeps } from './orgDeps';
import { connect, targetOrgOf } from './orgDeps';
import { OrgError } from './orgErrors';
import { queryAll } from './restQuery';

export const PARAMS_PUSH_USAGE = 'cvp params push --params FILE [--target-org ALIAS] [--dry-run] [--json]';

export const CURRENT_PARAMETERS_SOQL =
  'SELECT DeveloperName, Model__c, Parameter__c, Value__c, Mean__c, Standard_Deviation__c FROM Model_Parameter__mdt';

interface OrgRow {
  DeveloperName: string;
  Model__c: OrgParameterRecord['model'];
  Parameter__c: string;
  Value__c: number | null;
  Mean__c: number | null;
  Standard_Deviation__c: number | null;
}

function fromOrg(row: OrgRow): OrgParameterRecord {
  return {
    developerName: row.DeveloperName,
    model: row.Model__c,
    parameter: row.Parameter__c,
    value: row.Value__c ?? 0,
    mean: row.Mean__c ?? undefined,
    standardDeviation: row.Standard_Deviation__c ?? undefined
  };
}

function changeTable(changes: ParameterChange[]): string {
  return formatTable(
    ['change', 'record', 'current', 'new'],
    changes.map((c) => [
      c.kind,
      `Model_Parameter.${c.developerName}`,
      c.before === undefined ? '' : fmt(c.before, 6),
      c.after === undefined ? '(deleted)' : fmt(c.after.value, 6)
    ])
  );
}

/** Values that Number(18, 6) fields round by more than 1 %: said, not hidden. */
function roundingWarnings(changes: ParameterChange[]): string[] {
  return changes
    .filter((c) => c.after !== undefined && c.after.value !== 0)
    .filter(
      (c) => Math.abs(storedValue(c.after?.value ?? 0) - (c.after?.value ?? 0)) > 0.01 * Math.abs(c.after?.value ?? 0)
    )
    .map(
      (c) =>
        `warning: ${c.developerName} = ${fmt(c.after?.value, 4)} is stored as ${storedValue(c.after?.value ?? 0)} (Value__c keeps 6 decimals)`
    );
}

export async function paramsPush(args: string[], io: CliIo, deps: OrgDeps): Promise<number> {
  const options = parseOptions(
    args,
    {
      params: { type: 'string' },
      'target-org': { type: 'string' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' }
    },
    'params push'
  );
  const paramsFile = requiredOption(options, 'params', 'params push');
  const targetOrg = await targetOrgOf(stringOption(options, 'target-org'), deps, 'params push');
  const wanted = recordsOfFitFile(paramsFile);
  const client = await connect(targetOrg, deps);
  const current = (await queryAll<OrgRow>(client, CURRENT_PARAMETERS_SOQL)).map(fromOrg);
  const changes = planChanges(wanted, current);
  const pending = changes.filter((c) => c.kind !== 'unchanged');
  const dryRun = options['dry-run'] === true;
  const json = options.json === true;
  if (!json) {
    io.out(`Model_Parameter__mdt in ${targetOrg} against ${paramsFile}:\n${changeTable(changes)}\n`);
    for (const warning of roundingWarnings(changes)) io.out(warning + '\n');
  }
  let deploy: Awaited<ReturnType<typeof deployAndWait>> | undefined;
  if (!dryRun && pending.length > 0) {
    const source = `cvp params push ${basename(paramsFile)}, ${deps.today().toISOString().slice(0, 10)}`;
    deploy = await deployAndWait(client, parameterPackage(pending, source, client.session.apiVersion), deps);
    if (deploy.failures.length > 0 || deploy.status !== 'Succeeded') {
      throw new OrgError(
        `deploy ${deploy.id} ${deploy.status}: ` +
          (deploy.failures.map((f) => `${f.fullName}: ${f.problem}`).join('; ') || 'no component detail'),
        'DEPLOY_FAILED',
        'fix the record named above (nothing was written: the deploy rolls back on error)'
      );
    }
  }
  if (json) {
    io.out(JSON.stringify({ targetOrg, dryRun, changes, deploy: deploy ?? null }, null, 2) + '\n');
  } else if (pending.length === 0) {
    io.out('Nothing to push: the org already holds these values.\n');
  } else if (dryRun) {
    io.out(`Dry run: ${pending.length} change(s) shown, nothing deployed.\n`);
  } else if (deploy !== undefined) {
    io.out(`Deployed ${pending.length} change(s) (Metadata API deploy ${deploy.id}: ${deploy.status}).\n`);
  }
  return 0;
}
