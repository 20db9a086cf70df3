/**
 * Statistical validation: the fitter recovers known parameters from simulated BG/NBD data, and the engine's
 * delta-method intervals agree with a parametric bootstrap from the fitted covariance.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  bgNbdConditionalExpectedTransactions,
  bgNbdConditionalExpectedTransactionsEstimate,
  bgNbdProbabilityAlive,
  bgNbdProbabilityAliveEstimate
} from '../../../force-app/main/default/lwc/valueEngine/predictive';
import type { BgNbdParameters } from '../../../force-app/main/default/lwc/valueEngine/predictive';
import { parseCsv } from '../csv';
import { fitBgNbd } from '../modelFits';
import { betaDraw, gammaDraw, multivariateNormalDraws, seededRandom, simulateBgNbd } from '../simulate';
import { readSummaryTable } from '../summary';

function sd(values: number[]): number {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
}

describe('simulation helpers', () => {
  it('Gamma and Beta draws have the right means', () => {
    const random = seededRandom(1);
    const gammas = Array.from({ length: 20000 }, () => gammaDraw(0.4, random));
    expect(gammas.reduce((s, v) => s + v, 0) / gammas.length).toBeCloseTo(0.4, 1);
    const betas = Array.from({ length: 20000 }, () => betaDraw(2, 6, random));
    expect(betas.reduce((s, v) => s + v, 0) / betas.length).toBeCloseTo(0.25, 2);
  });
});

describe('BG/NBD parameter recovery', () => {
  it('recovers known parameters within three standard errors', () => {
    const truth = { r: 0.5, alpha: 6, a: 0.9, b: 3 };
    const random = seededRandom(11);
    const ages = Array.from({ length: 5000 }, () => 26 + 26 * random());
    const customers = simulateBgNbd(truth, ages, 2024);
    const fit = fitBgNbd(customers, 'week');
    expect(fit.diagnostics.converged).toBe(true);
    const values = [truth.r, truth.alpha, truth.a, truth.b];
    fit.estimates.forEach((estimate, i) => {
      const se = fit.standardErrors[i] ?? Number.POSITIVE_INFINITY;
      expect(Math.abs(estimate - values[i])).toBeLessThan(3 * se);
    });
    // Out of sample: predicted purchases in the next 26 weeks vs the population mean implied by the truth.
    const predicted = customers.reduce(
      (s, c) =>
        s +
        bgNbdConditionalExpectedTransactions(
          fit.parameters,
          { frequency: c.x, recency: c.tx, age: c.T, timeUnit: 'week' },
          { value: 26, unit: 'week' }
        ),
      0
    );
    const truthPredicted = customers.reduce(
      (s, c) =>
        s +
        bgNbdConditionalExpectedTransactions(
          { ...truth, timeUnit: 'week' },
          { frequency: c.x, recency: c.tx, age: c.T, timeUnit: 'week' },
          { value: 26, unit: 'week' }
        ),
      0
    );
    expect(Math.abs(predicted - truthPredicted) / truthPredicted).toBeLessThan(0.05);
  });
});

describe('delta method vs parametric bootstrap (CDNOW fit)', () => {
  const cdnow = readSummaryTable(
    parseCsv(readFileSync(join(__dirname, 'fixtures/cdnow_summary.csv'), 'utf8'), 'cdnow_summary.csv')
  );
  const fit = fitBgNbd(cdnow, 'week');
  const params: BgNbdParameters = fit.parameters;
  const draws = multivariateNormalDraws(
    [params.r, params.alpha, params.a, params.b].map(Math.log),
    params.logCovariance ?? [],
    2000,
    7
  );
  const drawn = draws.map((d): BgNbdParameters => ({
    r: Math.exp(d[0]),
    alpha: Math.exp(d[1]),
    a: Math.exp(d[2]),
    b: Math.exp(d[3]),
    timeUnit: 'week'
  }));

  it.each([
    [2, 30.43, 38.86],
    [1, 5, 38],
    [7, 35, 37],
    [0, 0, 30]
  ])('customer x=%d t_x=%d T=%d: standard errors agree within 10 %', (x, tx, T) => {
    const customer = { frequency: x, recency: tx, age: T, timeUnit: 'week' as const };
    const horizon = { value: 39, unit: 'week' as const };
    const purchases = bgNbdConditionalExpectedTransactionsEstimate(params, customer, horizon);
    const bootstrap = drawn.map((p) => bgNbdConditionalExpectedTransactions(p, customer, horizon));
    expect(Math.abs(purchases.standardError - sd(bootstrap)) / sd(bootstrap)).toBeLessThan(0.1);
    if (x > 0) {
      const alive = bgNbdProbabilityAliveEstimate(params, customer);
      const aliveBootstrap = drawn.map((p) => bgNbdProbabilityAlive(p, customer));
      expect(Math.abs(alive.standardError - sd(aliveBootstrap)) / sd(aliveBootstrap)).toBeLessThan(0.1);
    }
  });
});
