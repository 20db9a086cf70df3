/**
 * Churn model training (Node only): L2-regularised logistic regression on standardised features, one-hot encoding of
 * categorical columns, mean/mode imputation of blanks (counted), stratified k-fold cross-validated AUC (mean ± sd) and
 * a calibration table of the out-of-fold predictions. The output `model` has exactly the engine's `ChurnModel` shape
 * (earlyWarning.ts: `churnProbability(model, featureValues)`), so it is stored and used as is.
 */
import type { CsvTable } from './csv';
import { requireColumn } from './csv';
import { ModelInputError } from './errors';
import { solveLinear } from './optimizer';
import { mulberry32 } from '../shared/mulberry32';

/** Same shape as the engine's ChurnModel (earlyWarning.ts). */
export interface ChurnModelParameters {
  intercept: number;
  features: { name: string; coefficient: number; mean: number; standardDeviation: number }[];
}

export interface CalibrationBin {
  meanPredicted: number;
  observedRate: number;
  count: number;
}

export interface ChurnTrainingReport {
  model: ChurnModelParameters;
  rows: number;
  positives: number;
  skippedBlankLabels: number;
  imputed: Record<string, number>;
  droppedConstantColumns: string[];
  categoricalColumns: Record<string, string[]>;
  l2: number;
  folds: number;
  cvAuc: { mean: number; sd: number; perFold: number[] };
  calibration: { bins: CalibrationBin[]; brierScore: number; hosmerLemeshow: number };
  trainingAuc: number;
}

// English and French exports (Oui/Non, Vrai/Faux, Perdu/Gagné as Salesforce's French picklist labels read).
const POSITIVE = new Set([
  '1',
  'yes',
  'y',
  'true',
  't',
  'churned',
  'lost',
  'closed lost',
  'oui',
  'o',
  'vrai',
  'perdu',
  'fermé perdu'
]);
const NEGATIVE = new Set([
  '0',
  'no',
  'n',
  'false',
  'f',
  'retained',
  'active',
  'closed won',
  'non',
  'faux',
  'gagné',
  'fermé gagné',
  'actif'
]);

/** Parses a label: 1/0, yes/no, y/n, true/false, oui/non, vrai/faux (case-insensitive); undefined when blank. */
export function parseLabel(raw: string): boolean | undefined | 'invalid' {
  const value = raw.trim().toLowerCase();
  if (value === '') return undefined;
  if (POSITIVE.has(value)) return true;
  if (NEGATIVE.has(value)) return false;
  return 'invalid';
}

interface ColumnSpec {
  name: string;
  index: number;
  kind: 'numeric' | 'categorical';
  levels: string[];
}

interface Encoded {
  names: string[];
  matrix: number[][];
  means: number[];
  sds: number[];
  imputed: Record<string, number>;
  dropped: string[];
}

const MISSING = new Set(['', 'na', 'n/a', 'nan', 'null', 'none', '-', '?', '#n/a']);
/** Most text levels a categorical column may have before it is taken for an identifier or free text. */
export const MAX_CATEGORY_LEVELS = 50;

/** Blank or a usual "not available" token (NA, N/A, null, -, ?, …): imputed, never an error. */
export function isMissing(raw: string): boolean {
  return MISSING.has(raw.trim().toLowerCase());
}

function isNumeric(raw: string): boolean {
  const v = raw.trim();
  return !isMissing(v) && Number.isFinite(Number(v));
}

/** Raw columns of one spec for `rowIndexes`, blanks imputed with statistics of `fitRows` (mean, or most frequent level). */
function encodeRaw(
  table: CsvTable,
  spec: ColumnSpec,
  rowIndexes: number[],
  fitRows: number[]
): { names: string[]; columns: number[][]; imputed: number } {
  let imputed = 0;
  if (spec.kind === 'numeric') {
    const values = fitRows
      .map((r) => table.rows[r][spec.index])
      .filter(isNumeric)
      .map(Number);
    const fill = values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length;
    const column = rowIndexes.map((r) => {
      const raw = table.rows[r][spec.index];
      if (isNumeric(raw)) return Number(raw);
      imputed++;
      return fill;
    });
    return { names: [spec.name], columns: [column], imputed };
  }
  const frequency = new Map<string, number>();
  for (const r of fitRows) {
    const v = table.rows[r][spec.index].trim();
    if (!isMissing(v)) frequency.set(v, (frequency.get(v) ?? 0) + 1);
  }
  let mode = spec.levels[0];
  for (const level of spec.levels) if ((frequency.get(level) ?? 0) > (frequency.get(mode) ?? 0)) mode = level;
  const values = rowIndexes.map((r) => {
    const v = table.rows[r][spec.index].trim();
    if (isMissing(v)) {
      imputed++;
      return mode;
    }
    return v;
  });
  return {
    names: spec.levels.map((level) => `${spec.name}=${level}`),
    columns: spec.levels.map((level) => values.map((v) => (v === level ? 1 : 0))),
    imputed
  };
}

/** Builds the raw design rows for `rowIndexes` (blanks imputed from `fitRows`) with the standardisation statistics. */
function encode(table: CsvTable, specs: ColumnSpec[], rowIndexes: number[], fitRows: number[]): Encoded {
  const names: string[] = [];
  const columns: number[][] = [];
  const imputed: Record<string, number> = {};
  for (const spec of specs) {
    const one = encodeRaw(table, spec, rowIndexes, fitRows);
    if (one.imputed > 0) imputed[spec.name] = one.imputed;
    names.push(...one.names);
    columns.push(...one.columns);
  }
  const means: number[] = [];
  const sds: number[] = [];
  const keptNames: string[] = [];
  const kept: number[][] = [];
  const dropped: string[] = [];
  columns.forEach((column, j) => {
    const mean = column.reduce((s, v) => s + v, 0) / Math.max(column.length, 1);
    const variance = column.reduce((s, v) => s + (v - mean) * (v - mean), 0) / Math.max(column.length, 1);
    const sd = Math.sqrt(variance);
    if (!(sd > 1e-12)) {
      dropped.push(names[j]);
      return;
    }
    keptNames.push(names[j]);
    kept.push(column);
    means.push(mean);
    sds.push(sd);
  });
  const matrix = rowIndexes.map((_, i) => kept.map((column) => column[i]));
  return { names: keptNames, matrix, means, sds, imputed, dropped };
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Newton–Raphson (IRLS) for L2-penalised logistic regression on standardised columns; intercept not penalised. */
export function fitLogistic(z: number[][], y: number[], l2: number): number[] {
  const p = (z[0]?.length ?? 0) + 1;
  let beta = new Array<number>(p).fill(0);
  const prevalence = y.reduce((s, v) => s + v, 0) / Math.max(y.length, 1);
  beta[0] = Math.log(Math.max(prevalence, 1e-6) / Math.max(1 - prevalence, 1e-6));
  for (let iteration = 0; iteration < 100; iteration++) {
    const gradient = new Array<number>(p).fill(0);
    const hessian: number[][] = Array.from({ length: p }, () => new Array<number>(p).fill(0));
    for (let i = 0; i < z.length; i++) {
      let eta = beta[0];
      for (let j = 1; j < p; j++) eta += beta[j] * z[i][j - 1];
      const mu = sigmoid(eta);
      const w = Math.max(mu * (1 - mu), 1e-12);
      const row = [1, ...z[i]];
      for (let j = 0; j < p; j++) {
        gradient[j] += (y[i] - mu) * row[j];
        for (let k = j; k < p; k++) hessian[j][k] += w * row[j] * row[k];
      }
    }
    for (let j = 0; j < p; j++) {
      for (let k = 0; k < j; k++) hessian[j][k] = hessian[k][j];
      if (j > 0) {
        gradient[j] -= l2 * beta[j];
        hessian[j][j] += l2;
      }
    }
    const step = solveLinear(hessian, gradient);
    if (step === undefined) break;
    beta = beta.map((b, j) => b + step[j]);
    if (Math.max(...step.map(Math.abs)) < 1e-10) break;
  }
  return beta;
}

/** Area under the ROC curve (Mann–Whitney, ties counted one half). */
export function auc(scores: number[], labels: number[]): number {
  const order = scores.map((s, i) => [s, labels[i]]).sort((p, q) => p[0] - q[0]);
  let rankSumPositive = 0;
  let positives = 0;
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (order[k][1] === 1) {
        rankSumPositive += rank;
        positives++;
      }
    }
    i = j + 1;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return 0.5;
  return (rankSumPositive - (positives * (positives + 1)) / 2) / (positives * negatives);
}

function shuffled(items: number[], random: () => number): number[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function standardise(encoded: Encoded): number[][] {
  return encoded.matrix.map((row) => row.map((v, j) => (v - encoded.means[j]) / encoded.sds[j]));
}

function predict(beta: number[], matrix: number[][], means: number[], sds: number[]): number[] {
  return matrix.map((row) => {
    let eta = beta[0];
    for (let j = 0; j < row.length; j++) eta += (beta[j + 1] * (row[j] - means[j])) / sds[j];
    return sigmoid(eta);
  });
}

/** Trains the churn model on a table with a label column (and an optional id column, excluded from features). */
export function trainChurnModel(
  table: CsvTable,
  options: { label: string; id?: string; folds: number; l2: number; seed?: number }
): ChurnTrainingReport {
  const labelCol = requireColumn(table, [options.label], `"${options.label}"`, 'label');
  const idCol = options.id === undefined ? -1 : requireColumn(table, [options.id], `"${options.id}"`, 'id');
  if (!Number.isInteger(options.folds) || options.folds < 2)
    throw new ModelInputError('must be a whole number ≥ 2', 'folds');
  if (!(options.l2 >= 0)) throw new ModelInputError('must be a number ≥ 0', 'l2');
  const rowIndexes: number[] = [];
  const y: number[] = [];
  let skipped = 0;
  const seenIds = new Map<string, number>();
  for (let i = 0; i < table.rows.length; i++) {
    if (idCol >= 0) {
      const id = table.rows[i][idCol].trim();
      const previous = seenIds.get(id);
      if (id !== '' && previous !== undefined) {
        throw new ModelInputError(
          `${table.source}: line ${table.lines[i]}, column ${table.header[idCol]}: duplicate id "${id}" (first on line ${previous})`
        );
      }
      seenIds.set(id, table.lines[i]);
    }
    const label = parseLabel(table.rows[i][labelCol]);
    if (label === 'invalid') {
      throw new ModelInputError(
        `${table.source}: line ${table.lines[i]}, column ${table.header[labelCol]}: label "${table.rows[i][labelCol].trim()}" is not one of 1/0, yes/no, true/false`
      );
    }
    if (label === undefined) {
      skipped++;
      continue;
    }
    rowIndexes.push(i);
    y.push(label ? 1 : 0);
  }
  const positives = y.reduce((s, v) => s + v, 0);
  const negatives = y.length - positives;
  if (positives === 0 || negatives === 0) {
    throw new ModelInputError(
      `${table.source}: column ${table.header[labelCol]}: needs both outcomes (found ${positives} positive, ${negatives} negative)`
    );
  }
  if (Math.min(positives, negatives) < options.folds) {
    throw new ModelInputError(
      `${table.source}: ${Math.min(positives, negatives)} rows in the rarer class is fewer than the ${options.folds} folds`,
      'folds'
    );
  }
  const specs: ColumnSpec[] = [];
  table.header.forEach((name, index) => {
    if (index === labelCol || index === idCol) return;
    const present = rowIndexes.filter((r) => !isMissing(table.rows[r][index]));
    const numericCount = present.filter((r) => isNumeric(table.rows[r][index])).length;
    if (numericCount >= 0.8 * present.length) {
      // A numeric column: a stray text value is an error (blanks and NA tokens are imputed).
      const stray = present.find((r) => !isNumeric(table.rows[r][index]));
      if (stray !== undefined) {
        throw new ModelInputError(
          `${table.source}: line ${table.lines[stray]}, column ${name}: "${table.rows[stray][index].trim()}" is not a number (the column is numeric)`
        );
      }
      specs.push({ name, index, kind: 'numeric', levels: [] });
      return;
    }
    const levels = [...new Set(present.map((r) => table.rows[r][index].trim()))].sort();
    if (levels.length > MAX_CATEGORY_LEVELS) {
      throw new ModelInputError(
        `${table.source}: column ${name}: ${levels.length} distinct text values is too many for a category (an identifier or free text?); pass it as the id column or remove it`,
        'id'
      );
    }
    specs.push({ name, index, kind: 'categorical', levels });
  });
  if (specs.length === 0) throw new ModelInputError(`${table.source}: no feature columns besides the label and id`);

  // Cross-validation: stratified folds, preprocessing learnt on each training part only.
  const random = mulberry32(options.seed ?? 20250101);
  const fold = new Array<number>(y.length).fill(0);
  const pos = shuffled(
    y.map((v, i) => (v === 1 ? i : -1)).filter((i) => i >= 0),
    random
  );
  const neg = shuffled(
    y.map((v, i) => (v === 0 ? i : -1)).filter((i) => i >= 0),
    random
  );
  pos.forEach((i, k) => (fold[i] = k % options.folds));
  neg.forEach((i, k) => (fold[i] = k % options.folds));
  const outOfFold = new Array<number>(y.length).fill(0);
  const perFold: number[] = [];
  for (let f = 0; f < options.folds; f++) {
    const train = y.map((_, i) => i).filter((i) => fold[i] !== f);
    const test = y.map((_, i) => i).filter((i) => fold[i] === f);
    const trainRows = train.map((i) => rowIndexes[i]);
    const encodedTrain = encode(table, specs, trainRows, trainRows);
    const beta = fitLogistic(
      standardise(encodedTrain),
      train.map((i) => y[i]),
      options.l2
    );
    // Test rows: imputed with the training statistics, aligned by name to the training columns.
    const fullTest = encodeAll(
      table,
      specs,
      test.map((i) => rowIndexes[i]),
      trainRows
    );
    const positions = encodedTrain.names.map((name) => fullTest.names.indexOf(name));
    const matrix = fullTest.matrix.map((row) => positions.map((at) => (at >= 0 ? row[at] : 0)));
    const predictions = predict(beta, matrix, encodedTrain.means, encodedTrain.sds);
    test.forEach((i, k) => (outOfFold[i] = predictions[k]));
    perFold.push(
      auc(
        predictions,
        test.map((i) => y[i])
      )
    );
  }
  const meanAuc = perFold.reduce((s, v) => s + v, 0) / perFold.length;
  const sdAuc = Math.sqrt(perFold.reduce((s, v) => s + (v - meanAuc) ** 2, 0) / Math.max(perFold.length - 1, 1));

  // Final model on all rows.
  const encoded = encode(table, specs, rowIndexes, rowIndexes);
  const beta = fitLogistic(standardise(encoded), y, options.l2);
  const model: ChurnModelParameters = {
    intercept: beta[0],
    features: encoded.names.map((name, j) => ({
      name,
      coefficient: beta[j + 1],
      mean: encoded.means[j],
      standardDeviation: encoded.sds[j]
    }))
  };
  const fitted = predict(beta, encoded.matrix, encoded.means, encoded.sds);
  const categoricalColumns: Record<string, string[]> = {};
  for (const spec of specs) if (spec.kind === 'categorical') categoricalColumns[spec.name] = spec.levels;
  return {
    model,
    rows: y.length,
    positives,
    skippedBlankLabels: skipped,
    imputed: encoded.imputed,
    droppedConstantColumns: encoded.dropped,
    categoricalColumns,
    l2: options.l2,
    folds: options.folds,
    cvAuc: { mean: meanAuc, sd: sdAuc, perFold },
    calibration: calibrationTable(outOfFold, y, 10),
    trainingAuc: auc(fitted, y)
  };
}

/** Encodes without dropping constant columns (test folds are aligned by name to the training columns). */
function encodeAll(
  table: CsvTable,
  specs: ColumnSpec[],
  rowIndexes: number[],
  fitRows: number[]
): { names: string[]; matrix: number[][] } {
  const names: string[] = [];
  const columns: number[][] = [];
  for (const spec of specs) {
    const one = encodeRaw(table, spec, rowIndexes, fitRows);
    names.push(...one.names);
    columns.push(...one.columns);
  }
  return { names, matrix: rowIndexes.map((_, i) => columns.map((column) => column[i])) };
}

/** Calibration of predicted probabilities: equal-count bins, Brier score and the Hosmer–Lemeshow statistic. */
export function calibrationTable(
  predicted: number[],
  observed: number[],
  binCount: number
): { bins: CalibrationBin[]; brierScore: number; hosmerLemeshow: number } {
  const order = predicted.map((p, i) => i).sort((i, j) => predicted[i] - predicted[j]);
  const bins: CalibrationBin[] = [];
  const groups = Math.max(1, Math.min(binCount, order.length));
  let hl = 0;
  for (let g = 0; g < groups; g++) {
    const from = Math.floor((g * order.length) / groups);
    const to = Math.floor(((g + 1) * order.length) / groups);
    if (to <= from) continue;
    const members = order.slice(from, to);
    const meanPredicted = members.reduce((s, i) => s + predicted[i], 0) / members.length;
    const observedRate = members.reduce((s, i) => s + observed[i], 0) / members.length;
    bins.push({ meanPredicted, observedRate, count: members.length });
    const expected = meanPredicted * members.length;
    const variance = members.length * meanPredicted * (1 - meanPredicted);
    if (variance > 1e-12) hl += (observedRate * members.length - expected) ** 2 / variance;
  }
  const brierScore = predicted.reduce((s, p, i) => s + (p - observed[i]) ** 2, 0) / Math.max(predicted.length, 1);
  return { bins, brierScore, hosmerLemeshow: hl };
}
