/**
 * The configuration check of `cvp doctor`. The org's Custom Metadata records are read and validated by the engine's
 * `validateConfig` (through the same record mapper as the local tools); when that finds a problem, the org itself names
 * the record and field behind each one: the doctor runs `ValueConfigLoader.load();` as anonymous Apex (Tooling API
 * executeAnonymous) and reads the message the org runtime gives a failed scoring run ("Invalid value configuration:
 * Value_Driver.Support_Case_High, field Unit_Cost__c: …"). One mapping from engine paths to records and fields, the
 * org's (ValueConfigMapper, and ValueConfigLoader through the engine's customMetadataFields); the doctor only turns its
 * message into lines and Setup fixes. Where
 * the org will not run anonymous Apex (no Author Apex), the problems are named by their engine paths, as before.
 */
import type { CustomMetadataRecord, MetadataValue } from '../../local/customMetadataRecords';
import { configFromRecords } from '../../local/configFromCustomMetadata';
import { labelTexts, readLabels } from '../../local/customLabels';
import type { ConfigProblem } from '../../../force-app/main/default/lwc/valueEngine/config';
import { validateConfig } from '../../../force-app/main/default/lwc/valueEngine/config';
import type { DoctorContext, Problem } from './doctorChecks';
import { describe, stopsTheDoctor } from './doctorChecks';
import { apiErrorMessage } from './orgErrors';
import { METADATA_FOLDER, projectFields } from './projectMetadata';
import { queryAll } from './restQuery';

/** Tooling API executeAnonymous answer (Tooling API Developer Guide, "executeAnonymous"). */
interface ExecuteAnonymousResult {
  compiled: boolean;
  success: boolean;
  compileProblem: string | null;
  exceptionMessage: string | null;
}

/** The anonymous Apex the doctor runs: the loader every org entry point uses, which throws on an invalid config. */
export const LOAD_CONFIGURATION_APEX = 'ValueConfigLoader.load();';
const INVALID_CONFIG_EXCEPTION = 'ValueConfigLoader.InvalidConfigException: ';
/** How ValueConfigLoader joins the problems of one message. */
const PROBLEM_SEPARATOR = ' · ';

function valueOf(raw: unknown): MetadataValue {
  return raw === null || raw === undefined ? undefined : (raw as MetadataValue);
}

async function orgRecords(context: DoctorContext): Promise<Map<string, CustomMetadataRecord[]>> {
  const byType = new Map<string, CustomMetadataRecord[]>();
  for (const [object, fields] of projectFields()) {
    if (!object.endsWith('__mdt') || (await describe(context, object)) === undefined) continue;
    const type = object.replace(/__mdt$/, '');
    const rows = await queryAll<Record<string, unknown>>(
      context.client,
      `SELECT DeveloperName, MasterLabel${fields.map((f) => `, ${f}`).join('')} FROM ${object}`
    );
    byType.set(
      type,
      rows.map((row) => ({
        type,
        developerName: String(row.DeveloperName),
        label: String(row.MasterLabel),
        values: Object.fromEntries(fields.map((f) => [f, valueOf(row[f])]))
      }))
    );
  }
  return byType;
}

/** The Config_Invalid_Record label ("Invalid value configuration: {0}, field {1}: {2}") in English and French. */
function recordMessagePatterns(): RegExp[] {
  return (['en', 'fr'] as const).map((language) => {
    const template = labelTexts(METADATA_FOLDER, language).get('Config_Invalid_Record') ?? '';
    const escaped = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(
      `^${escaped.replace('\\{0\\}', '(.+?)').replace('\\{1\\}', '(.+?)').replace('\\{2\\}', '(.+)')}$`
    );
  });
}

/** One part of the org's message as a doctor line: `Type__mdt.Record.Field__c: problem`, and where to edit it. */
function problemOfMessage(message: string, targetOrg: string): Problem {
  const match = recordMessagePatterns()
    .map((pattern) => pattern.exec(message))
    .find((m) => m !== null);
  // {0} is `Type.Record` for a record, or the type and the setting, e.g. `Tier_Policy__mdt (d1Share)`, for a record
  // that is missing
  const record = match === undefined ? null : /^(\w+)\.(\w+)$/.exec(match[1]);
  if (match === undefined || record === null) {
    return {
      check: 'configuration',
      problem: message,
      fix: 'Setup → Custom Metadata Types: add or correct the records named, then run cvp doctor again'
    };
  }
  const [, type, name] = record;
  const field = match[2];
  const edit = `Setup → Custom Metadata Types → ${type}__mdt: Manage Records → ${name} → Edit → ${field}`;
  return {
    check: 'configuration',
    problem: `${type}__mdt.${name}.${field}: ${match[3]}`,
    fix: type === 'Model_Parameter' ? `cvp params push --params fit.json --target-org ${targetOrg}, or ${edit}` : edit
  };
}

/** The org's own naming of the configuration problems, or undefined when it cannot give one. */
async function problemsNamedByOrg(context: DoctorContext): Promise<Problem[] | undefined> {
  let result: ExecuteAnonymousResult;
  try {
    result = await context.client.rest<ExecuteAnonymousResult>(
      'GET',
      `/tooling/executeAnonymous/?anonymousBody=${encodeURIComponent(LOAD_CONFIGURATION_APEX)}`
    );
  } catch (error) {
    if (stopsTheDoctor(error)) throw error;
    return undefined; // no Author Apex, or no Tooling API for this user: the engine's names will do
  }
  const message = result.exceptionMessage ?? '';
  if (!result.compiled || result.success || !message.startsWith(INVALID_CONFIG_EXCEPTION)) return undefined;
  return message
    .slice(INVALID_CONFIG_EXCEPTION.length)
    .split(PROBLEM_SEPARATOR)
    .map((part) => problemOfMessage(part, context.targetOrg));
}

function problemsByEnginePath(problems: ConfigProblem[]): Problem[] {
  const labels = readLabels(METADATA_FOLDER, 'en');
  const fix =
    'Setup → Custom Metadata Types: correct the record behind this setting (or cvp params push for Model_Parameter); ' +
    'run cvp doctor as a user with Author Apex to have the org name the record and field';
  return problems.map((p) => ({ check: 'configuration', problem: `${p.path}: ${labels.get(p.labelKey)}`, fix }));
}

/** The org's configuration records, validated by the engine; problems named by record and field by the org. */
export async function checkConfiguration(context: DoctorContext): Promise<Problem[]> {
  let problems: ConfigProblem[];
  try {
    problems = validateConfig(configFromRecords(await orgRecords(context)));
  } catch (error) {
    const fix = 'Setup → Custom Metadata Types: correct the record named (or cvp params push for Model_Parameter)';
    return [{ check: 'configuration', problem: apiErrorMessage(error), fix }];
  }
  if (problems.length === 0) return [];
  return (await problemsNamedByOrg(context)) ?? problemsByEnginePath(problems);
}
