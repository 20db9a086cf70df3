/** Reference results: BG/NBD and Gamma-Gamma on CDNOW (FHL 2005), sBG on the Fader & Hardie (2007) cohorts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  bgNbdLogLikelihood,
  gammaGammaLogLikelihood
} from '../../../force-app/main/default/lwc/valueEngine/predictive';
import { parseCsv } from '../csv';
import { bgNbdData, trigamma } from '../bgNbdLikelihood';
import type { CustomerSummary } from '../modelFits';
import {
  bgNbdNegativeLogLikelihood,
  bgNbdNegativeLogLikelihoodGradient,
  bgNbdNegativeLogLikelihoodSecondOrder,
  digamma,
  fitBgNbd,
  fitGammaGamma,
  fitSbg,
  gammaGammaNegativeLogLikelihood,
  gammaGammaNegativeLogLikelihoodGradient,
  gammaGammaNegativeLogLikelihoodSecondOrder
} from '../modelFits';
import { gradientHessian, numericGradient } from '../optimizer';
import { readSummaryTable } from '../summary';

const cdnow = readSummaryTable(
  parseCsv(readFileSync(join(__dirname, 'fixtures/cdnow_summary.csv'), 'utf8'), 'cdnow_summary.csv')
);

/** Σ of the engine's per-customer BG/NBD ln L at r 0.3, α 5, a 0.9, b 2 — θ = (ln 0.3, ln 5, ln 0.9, ln 2). */
function engineLogLikelihood(customers: CustomerSummary[]): number {
  const parameters = { r: 0.3, alpha: 5, a: 0.9, b: 2, timeUnit: 'week' as const };
  return customers.reduce(
    (s, c) => s + bgNbdLogLikelihood(parameters, { frequency: c.x, recency: c.tx, age: c.T, timeUnit: 'week' }),
    0
  );
}

function withinPercent(actual: number, expected: number, percent: number): void {
  expect(Math.abs(actual - expected) / expected).toBeLessThanOrEqual(percent / 100);
}

describe('BG/NBD on CDNOW (Fader, Hardie & Lee 2005)', () => {
  const fit = fitBgNbd(cdnow, 'week');

  it('reproduces the published estimates and log-likelihood', () => {
    expect(cdnow).toHaveLength(2357);
    expect(Math.abs(fit.logLikelihood - -9582.4)).toBeLessThan(0.1);
    withinPercent(fit.parameters.r, 0.243, 1);
    withinPercent(fit.parameters.alpha, 4.414, 1);
    withinPercent(fit.parameters.a, 0.793, 1);
    withinPercent(fit.parameters.b, 2.426, 1);
  });

  it('reports convergence diagnostics and standard errors from the Hessian', () => {
    expect(fit.diagnostics.converged).toBe(true);
    expect(fit.diagnostics.hessianPositiveDefinite).toBe(true);
    expect(fit.diagnostics.startsAgreeing).toBe(fit.diagnostics.starts);
    expect(fit.parameters.logCovariance).toHaveLength(16);
    for (const se of fit.standardErrors) expect(se).toBeGreaterThan(0);
    expect(fit.standardErrors[0]).toBeCloseTo(0.0126, 3);
  });

  it('the vectorised likelihood equals the sum of the engine per-customer likelihoods', () => {
    const theta = [Math.log(0.3), Math.log(5), Math.log(0.9), Math.log(2)];
    const engine = engineLogLikelihood(cdnow);
    expect(-bgNbdNegativeLogLikelihood(cdnow)(theta)).toBeCloseTo(engine, 6);
    expect(bgNbdNegativeLogLikelihood(cdnow)([40, 0, 0, 0])).toBe(Number.POSITIVE_INFINITY);
  });

  it('the analytic gradient matches central differences', () => {
    const theta = [0.1, 1, -0.3, 0.8];
    const analytic = bgNbdNegativeLogLikelihoodGradient(cdnow)(theta);
    const numeric = numericGradient(bgNbdNegativeLogLikelihood(cdnow), theta);
    analytic.forEach((g, i) => {
      expect(Math.abs(g - numeric[i])).toBeLessThan(1e-4 * Math.max(1, Math.abs(g)));
    });
  });

  it('the analytic Hessian matches central differences of the gradient, in the same pass as value and gradient', () => {
    const theta = [0.1, 1, -0.3, 0.8];
    const secondOrder = bgNbdNegativeLogLikelihoodSecondOrder(cdnow)(theta);
    expect(secondOrder.value).toBeCloseTo(bgNbdNegativeLogLikelihood(cdnow)(theta), 8);
    expect(secondOrder.gradient).toEqual(bgNbdNegativeLogLikelihoodGradient(cdnow)(theta));
    const numeric = gradientHessian(bgNbdNegativeLogLikelihoodGradient(cdnow), theta, 1e-5);
    secondOrder.hessian.forEach((row, i) => {
      row.forEach((h, j) => {
        expect(Math.abs(h - numeric[i][j])).toBeLessThan(1e-5 * Math.max(1, Math.abs(h)));
      });
    });
  });

  it('groups customers into distinct (x, t_x, T) profiles, t_x ignored when x = 0', () => {
    const data = bgNbdData(cdnow);
    expect(data.profiles).toBe(1016);
    expect(data.weight.reduce((s, w) => s + w, 0)).toBe(2357);
    const theta = [Math.log(0.3), Math.log(5), Math.log(0.9), Math.log(2)];
    // x = 0 customers with a recency (a summary the likelihood does not read) and repeat buyers whose x differ only
    // in the high bits of their doubles (1, 2, 4, 8, …) give the engine's sum.
    const sample = [
      ...[1, 2, 4, 8, 16, 32, 64].map((x, i) => ({ id: `p${i}`, x, tx: 20, T: 30 })),
      { id: 'z1', x: 0, tx: 0, T: 30 },
      { id: 'z2', x: 0, tx: 12, T: 30 }
    ];
    expect(bgNbdData(sample).profiles).toBe(8);
    const engine = engineLogLikelihood(sample);
    expect(-bgNbdNegativeLogLikelihood(sample)(theta)).toBeCloseTo(engine, 9);
  });

  it('digamma and trigamma match known values', () => {
    expect(digamma(1)).toBeCloseTo(-0.5772156649015329, 12);
    expect(digamma(0.5)).toBeCloseTo(-1.9635100260214235, 12);
    expect(digamma(10)).toBeCloseTo(2.251752589066721, 12);
    expect(trigamma(1)).toBeCloseTo(Math.PI ** 2 / 6, 12);
    expect(trigamma(0.5)).toBeCloseTo(Math.PI ** 2 / 2, 12);
    expect(trigamma(10)).toBeCloseTo(0.10516633568168575, 12);
    expect(trigamma(0.01)).toBeCloseTo(10001.621213528313, 8);
  });
});

describe('Gamma-Gamma on CDNOW', () => {
  it('reproduces p, q, γ within 1 %', () => {
    const fit = fitGammaGamma(cdnow);
    expect(fit.customers).toBe(946);
    withinPercent(fit.parameters.p, 6.25, 1);
    withinPercent(fit.parameters.q, 3.74, 1);
    withinPercent(fit.parameters.gamma, 15.44, 1);
    expect(fit.diagnostics.converged).toBe(true);
    const engine = cdnow.reduce(
      (s, c) => s + gammaGammaLogLikelihood(fit.parameters, { frequency: c.x, meanSpend: c.monetary ?? 0 }),
      0
    );
    expect(fit.logLikelihood).toBeCloseTo(engine, 6);
    expect(gammaGammaNegativeLogLikelihood(cdnow)([0, 0, 30])).toBe(Number.POSITIVE_INFINITY);
  });

  it('the vectorised likelihood equals the sum of the engine per-customer likelihoods', () => {
    const parameters = { p: 4, q: 2.5, gamma: 9 };
    const engine = cdnow.reduce(
      (s, c) =>
        c.x >= 1 && (c.monetary ?? 0) > 0
          ? s + gammaGammaLogLikelihood(parameters, { frequency: c.x, meanSpend: c.monetary ?? 0 })
          : s,
      0
    );
    expect(-gammaGammaNegativeLogLikelihood(cdnow)([Math.log(4), Math.log(2.5), Math.log(9)])).toBeCloseTo(engine, 6);
  });

  it('the analytic gradient and Hessian match central differences, in one pass with the value', () => {
    const theta = [1.2, 0.7, 2.1];
    const secondOrder = gammaGammaNegativeLogLikelihoodSecondOrder(cdnow)(theta);
    expect(secondOrder.value).toBeCloseTo(gammaGammaNegativeLogLikelihood(cdnow)(theta), 8);
    const gradient = gammaGammaNegativeLogLikelihoodGradient(cdnow);
    expect(secondOrder.gradient).toEqual(gradient(theta));
    const numeric = numericGradient(gammaGammaNegativeLogLikelihood(cdnow), theta);
    secondOrder.gradient.forEach((g, i) => {
      expect(Math.abs(g - numeric[i])).toBeLessThan(1e-4 * Math.max(1, Math.abs(g)));
    });
    const numericHessian = gradientHessian(gradient, theta, 1e-5);
    secondOrder.hessian.forEach((row, i) => {
      row.forEach((h, j) => {
        expect(Math.abs(h - numericHessian[i][j])).toBeLessThan(1e-5 * Math.max(1, Math.abs(h)));
      });
    });
  });

  it('reports spend without between-customer heterogeneity as not converged at the edge, in a few passes', () => {
    // every customer's amounts drawn around the same mean: q and γ have no finite maximum (ν is one number)
    const customers: CustomerSummary[] = [];
    let seed = 1;
    const uniform = (): number => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let i = 0; i < 3000; i++) {
      const x = 1 + (i % 7);
      let total = 0;
      for (let k = 0; k < x; k++) total += -20 * Math.log(uniform() * uniform() * uniform());
      customers.push({ id: `h${i}`, x, tx: 10, T: 20, monetary: total / x });
    }
    const fit = fitGammaGamma(customers);
    expect(fit.diagnostics.converged).toBe(false);
    expect(fit.diagnostics.warnings.join(' ')).toMatch(/edge of the parameter space/);
    expect(fit.parameters.p).toBeGreaterThan(2.5);
    expect(fit.parameters.p).toBeLessThan(3.5);
    expect(fit.diagnostics.evaluations).toBeLessThan(600); // 1 386 with the Nelder–Mead rescue at the edge
  });
});

describe('sBG (Fader & Hardie 2007)', () => {
  it('fits the "regular" cohort: α = 0.704, β = 1.182', () => {
    const fit = fitSbg([1000, 631, 468, 382, 326, 289, 262, 241], 'year');
    expect(fit.parameters.alpha).toBeCloseTo(0.704, 3);
    expect(fit.parameters.beta).toBeCloseTo(1.182, 3);
    expect(fit.logLikelihood).toBeCloseTo(-1680.27, 1);
  });

  it('fits the "high end" cohort: α = 0.668, β = 3.806', () => {
    const fit = fitSbg([1000, 869, 743, 653, 593, 551, 517, 491], 'year');
    expect(fit.parameters.alpha).toBeCloseTo(0.668, 3);
    expect(fit.parameters.beta).toBeCloseTo(3.806, 3);
    expect(fit.logLikelihood).toBeCloseTo(-1611.16, 1);
    expect(fit.parameters.logCovariance).toHaveLength(4);
  });
});
