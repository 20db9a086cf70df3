/** Churn model training: recovers known coefficients, CV AUC, imputation, one-hot, labels, engine compatibility. */
import { churnProbability } from '../../../force-app/main/default/lwc/valueEngine/earlyWarning';
import type { ChurnModel } from '../../../force-app/main/default/lwc/valueEngine/config';
import { parseCsv } from '../csv';
import { ModelInputError } from '../errors';
import { auc, calibrationTable, fitLogistic, parseLabel, trainChurnModel } from '../logistic';

/** Deterministic synthetic churn data: logit = −1 + 1.5·z(tenure… inverted) + segment effect. */
function synthetic(n: number): string {
  let seed = 7;
  const random = (): number => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const lines = ['account,days_silent,cases,segment,churned'];
  for (let i = 0; i < n; i++) {
    const silent = Math.round(random() * 200);
    const cases = Math.floor(random() * 6);
    const segment = random() < 0.5 ? 'SMB' : 'Enterprise';
    const eta = -2 + 0.02 * silent + 0.3 * cases + (segment === 'SMB' ? 0.8 : 0);
    const churned = random() < 1 / (1 + Math.exp(-eta));
    const blankCases = i % 17 === 0;
    const label =
      i % 3 === 0 ? (churned ? 'Yes' : 'No') : i % 3 === 1 ? (churned ? 'true' : 'false') : churned ? '1' : '0';
    lines.push(`A${i},${silent},${blankCases ? '' : cases},${i % 29 === 0 ? '' : segment},${label}`);
  }
  return lines.join('\n');
}

describe('churn training', () => {
  const table = parseCsv(synthetic(1500), 'churn.csv');
  const report = trainChurnModel(table, { label: 'churned', id: 'account', folds: 5, l2: 1 });

  it('learns the right signs, a useful AUC, and counts imputations', () => {
    const byName = Object.fromEntries(report.model.features.map((f) => [f.name, f]));
    expect(byName.days_silent.coefficient).toBeGreaterThan(0.5);
    expect(byName.cases.coefficient).toBeGreaterThan(0);
    expect(byName['segment=SMB'].coefficient).toBeGreaterThan(byName['segment=Enterprise'].coefficient);
    expect(report.cvAuc.mean).toBeGreaterThan(0.7);
    expect(report.cvAuc.perFold).toHaveLength(5);
    expect(report.cvAuc.sd).toBeGreaterThanOrEqual(0);
    expect(report.imputed.cases).toBe(Math.ceil(1500 / 17));
    expect(report.imputed.segment).toBe(Math.ceil(1500 / 29));
    expect(report.categoricalColumns.segment).toEqual(['Enterprise', 'SMB']);
    expect(report.calibration.bins).toHaveLength(10);
    expect(report.calibration.brierScore).toBeLessThan(0.25);
  });

  it('outputs exactly the engine ChurnModel shape, and the engine reproduces the trained probabilities', () => {
    const model: ChurnModel = report.model;
    expect(Object.keys(model).sort()).toEqual(['features', 'intercept']);
    for (const f of model.features)
      expect(Object.keys(f).sort()).toEqual(['coefficient', 'mean', 'name', 'standardDeviation']);
    const values = { days_silent: 150, cases: 4, 'segment=SMB': 1, 'segment=Enterprise': 0 };
    let eta = model.intercept;
    for (const f of model.features)
      eta += (f.coefficient * ((values as Record<string, number>)[f.name] - f.mean)) / f.standardDeviation;
    expect(churnProbability(model, values)).toBeCloseTo(1 / (1 + Math.exp(-eta)), 10);
  });

  it('labels: 1/0, yes/no, true/false; blanks skipped; anything else is an error naming row and column', () => {
    expect(parseLabel(' YES ')).toBe(true);
    expect(parseLabel('0')).toBe(false);
    expect(parseLabel('')).toBeUndefined();
    expect(parseLabel('maybe')).toBe('invalid');
    const blanks = parseCsv('f,y\n1,1\n2,\n3,0\n4,1\n5,0\n', 'b.csv');
    expect(trainChurnModel(blanks, { label: 'y', folds: 2, l2: 1 }).skippedBlankLabels).toBe(1);
    const bad = parseCsv('f,y\n1,1\n2,maybe\n', 'bad.csv');
    expect(() => trainChurnModel(bad, { label: 'y', folds: 2, l2: 1 })).toThrow(
      'bad.csv: line 3, column y: label "maybe" is not one of 1/0, yes/no, true/false'
    );
  });

  it('rejects unusable inputs clearly', () => {
    const one = parseCsv('f,y\n1,1\n2,1\n', 'one.csv');
    expect(() => trainChurnModel(one, { label: 'y', folds: 2, l2: 1 })).toThrow(ModelInputError);
    const few = parseCsv('f,y\n1,1\n2,0\n3,0\n', 'few.csv');
    expect(() => trainChurnModel(few, { label: 'y', folds: 2, l2: 1 })).toThrow(
      'folds: few.csv: 1 rows in the rarer class is fewer than the 2 folds'
    );
    const dup = parseCsv('id,f,y\nA,1,1\nA,2,0\n', 'dup.csv');
    expect(() => trainChurnModel(dup, { label: 'y', id: 'id', folds: 2, l2: 1 })).toThrow('duplicate id "A"');
    const onlyLabel = parseCsv('y\n1\n0\n1\n0\n', 'nolabel.csv');
    expect(() => trainChurnModel(onlyLabel, { label: 'y', folds: 2, l2: 1 })).toThrow('no feature columns');
    expect(() => trainChurnModel(few, { label: 'y', folds: 1, l2: 1 })).toThrow('folds: must be a whole number ≥ 2');
    expect(() => trainChurnModel(few, { label: 'y', folds: 2, l2: -1 })).toThrow('l2: must be a number ≥ 0');
    const stray = parseCsv('f,y\n1,1\n2,0\nN/A,1\n4,0\n5,1\nabc,0\n', 'stray.csv');
    expect(() => trainChurnModel(stray, { label: 'y', folds: 2, l2: 1 })).toThrow(
      'stray.csv: line 7, column f: "abc" is not a number (the column is numeric)'
    );
    const ids = parseCsv(['name,y', ...Array.from({ length: 60 }, (_, i) => `n${i},${i % 2}`)].join('\n'), 'ids.csv');
    expect(() => trainChurnModel(ids, { label: 'y', folds: 2, l2: 1 })).toThrow('60 distinct text values');
    const na = parseCsv('f,g,y\n1,a,1\nNA,b,0\n3,null,1\n4,a,0\n', 'na.csv');
    expect(trainChurnModel(na, { label: 'y', folds: 2, l2: 1 }).imputed).toEqual({ f: 1, g: 1 });
    const constant = parseCsv('c,f,y\n1,1,1\n1,2,0\n1,3,1\n1,4,0\n', 'const.csv');
    expect(trainChurnModel(constant, { label: 'y', folds: 2, l2: 1 }).droppedConstantColumns).toEqual(['c']);
  });

  it('AUC, calibration and the IRLS solver on small cases', () => {
    expect(auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBeCloseTo(0.75, 12);
    expect(auc([0.5, 0.5], [0, 1])).toBeCloseTo(0.5, 12);
    expect(auc([0.5, 0.5], [1, 1])).toBe(0.5);
    const table = calibrationTable([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1], 2);
    expect(table.bins.map((b) => [b.observedRate, b.count])).toEqual([
      [0, 2],
      [1, 2]
    ]);
    expect(table.bins[0].meanPredicted).toBeCloseTo(0.15, 12);
    expect(table.bins[1].meanPredicted).toBeCloseTo(0.85, 12);
    const beta = fitLogistic([[-1], [1], [-0.5], [0.5]], [0, 1, 1, 0], 0);
    expect(beta[0]).toBeCloseTo(0, 6);
  });
});
