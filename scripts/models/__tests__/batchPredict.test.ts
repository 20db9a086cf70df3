/** The batch predictions equal the engine's per-customer functions, on CDNOW and on inputs the engine cleans first. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BgNbdParameters } from '../../../force-app/main/default/lwc/valueEngine/predictive';
import {
  bgNbdConditionalExpectedTransactions,
  bgNbdProbabilityAlive
} from '../../../force-app/main/default/lwc/valueEngine/predictive';
import { predictBgNbdBatch } from '../batchPredict';
import { parseCsv } from '../csv';
import { gradientHessian, numericHessian } from '../optimizer';
import { readSummaryTable } from '../summary';

const cdnow = readSummaryTable(
  parseCsv(readFileSync(join(__dirname, 'fixtures/cdnow_summary.csv'), 'utf8'), 'cdnow_summary.csv')
);
const bg: BgNbdParameters = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258, timeUnit: 'week' };
const horizon = { value: 52, unit: 'week' as const };

function expectEngineValues(params: BgNbdParameters, rows: { x: number; tx: number; T: number }[]): void {
  const batch = predictBgNbdBatch(
    params,
    rows.map((c) => c.x),
    rows.map((c) => c.tx),
    rows.map((c) => c.T),
    horizon
  );
  rows.forEach((c, i) => {
    const customer = { frequency: c.x, recency: c.tx, age: c.T, timeUnit: params.timeUnit };
    const expected = bgNbdConditionalExpectedTransactions(params, customer, horizon);
    expect(batch.probabilityAlive[i]).toBe(bgNbdProbabilityAlive(params, customer));
    expect(Math.abs(batch.expectedTransactions[i] - expected)).toBeLessThanOrEqual(1e-12 * Math.abs(expected) + 1e-300);
  });
}

describe('predictBgNbdBatch', () => {
  it('gives the engine per-customer values on CDNOW, computing the ₂F₁ factor once per distinct (x, T)', () => {
    expectEngineValues(bg, cdnow);
    const batch = predictBgNbdBatch(
      bg,
      cdnow.map((c) => c.x),
      cdnow.map((c) => c.tx),
      cdnow.map((c) => c.T),
      horizon
    );
    const pairs = new Set(cdnow.map((c) => `${c.x}|${c.T}`)).size;
    expect(batch.distinctPairs).toBe(pairs);
    expect(pairs).toBeLessThan(cdnow.length);
  });

  it('defers to the engine on inputs it cleans first (fractional x, t_x > T, huge x and T, tiny parameters)', () => {
    const rows = [
      { x: 2.6, tx: 10, T: 20 },
      { x: 3, tx: 30, T: 20 },
      { x: 1000, tx: 50, T: 52 },
      { x: 0, tx: 0, T: 1e6 },
      { x: -1, tx: 0, T: 5 },
      { x: 4, tx: Number.NaN, T: 40 }
    ];
    expectEngineValues(bg, rows);
    expectEngineValues({ r: 1e-12, alpha: 1e9, a: 1, b: 1, timeUnit: 'day' }, rows);
  });
});

describe('gradientHessian', () => {
  it('agrees with the second differences of the function on a quadratic form', () => {
    const f = (v: number[]): number => 3 * v[0] * v[0] + 2 * v[0] * v[1] + 5 * v[1] * v[1] + v[0];
    const g = (v: number[]): number[] => [6 * v[0] + 2 * v[1] + 1, 2 * v[0] + 10 * v[1]];
    const fromGradient = gradientHessian(g, [0.3, -0.7]);
    const fromValues = numericHessian(f, [0.3, -0.7]);
    expect(fromGradient[0][0]).toBeCloseTo(6, 6);
    expect(fromGradient[0][1]).toBeCloseTo(2, 6);
    expect(fromGradient[1][0]).toBeCloseTo(2, 6);
    expect(fromGradient[1][1]).toBeCloseTo(10, 6);
    expect(fromValues[1][1]).toBeCloseTo(fromGradient[1][1], 4);
  });
});
