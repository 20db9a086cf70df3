/**
 * The Model_Parameter__mdt records a fit file asks for, and their change against the org's current records. A fit
 * file is what `cvp clv fit --json`, `cvp retention fit --json` (their `modelParameters`) or `cvp churn train --json`
 * (its `model`) printed. A pushed model is replaced whole: its records the new fit does not name are deleted, so an old
 * covariance or churn feature never mixes with new estimates; models the file does not hold are left alone.
 */
import { createHash } from 'node:crypto';
import type { ChurnModel } from '../../../force-app/main/default/lwc/valueEngine/config';
import type { ModelParameterRecord } from '../../models/parameterRecords';
import { CvpInputError, readText } from '../cliSupport';

export type ModelName = ModelParameterRecord['model'] | 'churn_logistic';

export interface ParameterRecord {
  model: ModelName;
  parameter: string;
  value: number;
  mean?: number;
  standardDeviation?: number;
}

/** A record as the org holds it (REST query of Model_Parameter__mdt). */
export interface OrgParameterRecord extends ParameterRecord {
  developerName: string;
}

export interface ParameterChange {
  kind: 'added' | 'changed' | 'unchanged' | 'removed';
  developerName: string;
  model: ModelName;
  parameter: string;
  before?: number;
  after?: ParameterRecord;
}

const PREFIX: Record<ModelName, string> = {
  bgnbd: 'BGNBD',
  gamma_gamma: 'Gamma_Gamma',
  sbg: 'SBG',
  churn_logistic: 'Churn'
};

const MODELS = Object.keys(PREFIX) as ModelName[];

/** A valid DeveloperName (letters, digits, single underscores, ≤ 40 characters), stable for a model and parameter. */
export function developerNameOf(model: ModelName, parameter: string): string {
  const cleaned = `${PREFIX[model]}_${parameter}`
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
  if (cleaned.length <= 40) return cleaned;
  const hash = createHash('sha1').update(`${model}/${parameter}`).digest('hex').slice(0, 8);
  return `${cleaned.slice(0, 31).replace(/_$/, '')}_${hash}`;
}

interface FitFile {
  modelParameters?: { model?: unknown; name?: unknown; value?: unknown }[];
  model?: Partial<ChurnModel>;
}

function finite(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new CvpInputError(`${where}: not a finite number`);
  return value;
}

/** The records a fit file holds; a file with none of them is an input error naming what was expected. */
export function recordsOfFitFile(path: string): ParameterRecord[] {
  let data: FitFile;
  try {
    data = JSON.parse(readText(path)) as FitFile;
  } catch (error) {
    if (error instanceof CvpInputError) throw error;
    throw new CvpInputError(`${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const records: ParameterRecord[] = [];
  (data.modelParameters ?? []).forEach((p, i) => {
    if (typeof p.model !== 'string' || !MODELS.includes(p.model as ModelName) || typeof p.name !== 'string') {
      throw new CvpInputError(`${path}: modelParameters[${i}] has no known model and name`);
    }
    records.push({
      model: p.model as ModelName,
      parameter: p.name,
      value: finite(p.value, `${path}: modelParameters[${i}].value`)
    });
  });
  if (data.model !== undefined) {
    const churn = data.model;
    records.push({
      model: 'churn_logistic',
      parameter: 'intercept',
      value: finite(churn.intercept, `${path}: model.intercept`)
    });
    (churn.features ?? []).forEach((f, i) => {
      const where = `${path}: model.features[${i}]`;
      if (typeof f.name !== 'string') throw new CvpInputError(`${where}.name: missing`);
      records.push({
        model: 'churn_logistic',
        parameter: f.name,
        value: finite(f.coefficient, `${where}.coefficient`),
        mean: finite(f.mean, `${where}.mean`),
        standardDeviation: finite(f.standardDeviation, `${where}.standardDeviation`)
      });
    });
  }
  if (records.length === 0) {
    throw new CvpInputError(
      `${path}: no model parameters (expected the --json output of cvp clv fit, retention fit or churn train)`
    );
  }
  return records;
}

/** Value__c, Mean__c and Standard_Deviation__c are Number(18, 6): what a value becomes once stored. */
export function storedValue(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** The change the push makes, record by record, sorted by model then parameter. */
export function planChanges(wanted: ParameterRecord[], current: OrgParameterRecord[]): ParameterChange[] {
  const key = (r: ParameterRecord): string => `${r.model}/${r.parameter}`;
  const currentByKey = new Map(current.map((r) => [key(r), r]));
  const wantedKeys = new Set(wanted.map(key));
  const pushedModels = new Set(wanted.map((r) => r.model));
  const changes: ParameterChange[] = wanted.map((after) => {
    const before = currentByKey.get(key(after));
    const same =
      before !== undefined &&
      storedValue(before.value) === storedValue(after.value) &&
      storedValue(before.mean ?? 0) === storedValue(after.mean ?? 0) &&
      storedValue(before.standardDeviation ?? 0) === storedValue(after.standardDeviation ?? 0);
    return {
      kind: before === undefined ? 'added' : same ? 'unchanged' : 'changed',
      developerName: before?.developerName ?? developerNameOf(after.model, after.parameter),
      model: after.model,
      parameter: after.parameter,
      before: before?.value,
      after
    };
  });
  for (const record of current) {
    if (pushedModels.has(record.model) && !wantedKeys.has(key(record))) {
      changes.push({
        kind: 'removed',
        developerName: record.developerName,
        model: record.model,
        parameter: record.parameter,
        before: record.value
      });
    }
  }
  return changes.sort((a, b) => a.model.localeCompare(b.model) || a.parameter.localeCompare(b.parameter));
}
