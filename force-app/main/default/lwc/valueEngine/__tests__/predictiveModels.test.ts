/** Unit tests of the predictive engine: published figures, edge cases, guards and the uncertainty machinery. */
import {
  bgNbdConditionalExpectedTransactions,
  bgNbdConditionalExpectedTransactionsEstimate,
  bgNbdExpectedTransactions,
  bgNbdExpectedTransactionsEstimate,
  bgNbdLogLikelihood,
  bgNbdProbabilityAlive,
  bgNbdProbabilityAliveEstimate,
  bgNbdProbabilityOfPurchases,
  bgNbdProbabilityOfPurchasesEstimate,
  clvExpectedValue,
  clvExpectedValueEstimate,
  clvJointLogCovariance,
  clvPredictCustomer,
  gammaGammaExpectedSpend,
  gammaGammaExpectedSpendEstimate,
  gammaGammaLogLikelihood,
  predictiveDaysPerUnit,
  predictiveDeltaEstimate,
  predictiveDurationIn,
  predictiveFromScale,
  predictiveHypergeometric2F1,
  predictiveIsTimeUnit,
  predictiveLogBeta,
  predictiveLogGamma,
  predictiveSafeExp,
  predictiveSafeLog,
  predictiveScaledHypergeometric2F1,
  predictiveScaledHypergeometric2F1WithComplement,
  predictiveSignedLogGamma,
  predictiveToScale,
  sbgDiscountedExpectedResidualLifetime,
  sbgDiscountedExpectedResidualLifetimeEstimate,
  sbgLogLikelihood,
  sbgPeriodDiscountRate,
  sbgProbabilityOfChurnAt,
  sbgProbabilityOfChurnAtEstimate,
  sbgRetentionRate,
  sbgRetentionRateEstimate,
  sbgSurvival,
  sbgSurvivalEstimate
} from '../predictive';
import type { BgNbdParameters, ClvTimeUnit, GammaGammaParameters, SbgParameters } from '../predictive';

const CDNOW: BgNbdParameters = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, timeUnit: 'week' };
const COV4 = [0.0027, 0.0009, 0, 0, 0.0009, 0.0073, 0, 0, 0, 0, 0.055, 0.06, 0, 0, 0.06, 0.085];
const GG: GammaGammaParameters = { p: 6.25, q: 3.74, gamma: 15.44 };
const COV3 = [0.036, 0.0, -0.03, 0.0, 0.006, 0.004, -0.03, 0.004, 0.072];
const HIGH_END: SbgParameters = { alpha: 0.668, beta: 3.806, periodUnit: 'year' };
const customer = { frequency: 2, recency: 30.43, age: 38.86, timeUnit: 'week' as ClvTimeUnit };

describe('special functions', () => {
  it('log-gamma matches known values and stays finite at the edges', () => {
    expect(predictiveLogGamma(1)).toBeCloseTo(0, 14);
    expect(predictiveLogGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 13);
    expect(predictiveLogGamma(10)).toBeCloseTo(Math.log(362880), 11);
    expect(Number.isFinite(predictiveLogGamma(0))).toBe(true);
    expect(Number.isFinite(predictiveLogGamma(-3))).toBe(true);
    expect(predictiveLogGamma(Number.NaN)).toBeCloseTo(0, 14);
    expect(Number.isFinite(predictiveLogGamma(Number.POSITIVE_INFINITY))).toBe(true);
    expect(predictiveLogBeta(1, 1)).toBeCloseTo(0, 14);
  });

  it('safe exp/log never return NaN or Infinity', () => {
    expect(predictiveSafeExp(1e6)).toBeLessThan(Number.POSITIVE_INFINITY);
    expect(predictiveSafeExp(Number.NaN)).toBe(0);
    expect(Number.isFinite(predictiveSafeLog(0))).toBe(true);
    expect(Number.isFinite(predictiveSafeLog(Number.NaN))).toBe(true);
  });

  it('2F1 matches closed forms and reports convergence', () => {
    // 2F1(1, 1; 2; z) = −ln(1 − z)/z
    const z = 0.5;
    expect(predictiveHypergeometric2F1(1, 1, 2, z).value).toBeCloseTo(-Math.log(1 - z) / z, 13);
    // Euler branch: 2F1(1, 1; 1; z) = 1/(1 − z) (c − a − b < 0)
    expect(predictiveHypergeometric2F1(1, 1, 1, 0.9).value).toBeCloseTo(10, 10);
    // Terminating series: a = −2
    expect(predictiveHypergeometric2F1(-2, 1, 1, 0.5)).toEqual({ value: 0.25, converged: true, terms: 3 });
    // Near z = 1 the connection formula in 1 − z needs a few terms where the series in z would need 10^13 (this case
    // used to hit the term bound); 1 − z is the rounded 1 − (1 − 1e-12).
    const nearOne = 1 - 1e-12;
    const fast = predictiveHypergeometric2F1(1, 1, 2, nearOne);
    expect(fast.converged).toBe(true);
    expect(fast.terms).toBeLessThan(100);
    expect(fast.value / (-Math.log(1 - nearOne) / nearOne)).toBeCloseTo(1, 11);
    // A pole of ₂F₁ (c ≈ 0) next to an integer c − a − b: neither method is trusted, which is said; finite.
    const slow = predictiveScaledHypergeometric2F1(0.5, 0.49995, -5e-5, 0.9997628116143714, 0.5);
    expect(slow.converged).toBe(false);
    expect(Number.isFinite(slow.value)).toBe(true);
    // c + n = 0 stops the series instead of dividing by zero.
    expect(predictiveHypergeometric2F1(1, 1, -1, 0.5).converged).toBe(false);
    // … and Γ(c) at a pole does the same for the connection formula (z > ½).
    expect(predictiveHypergeometric2F1(0.5, 1, -1, 0.9).converged).toBe(false);
    // Overflowing sums are reported as non-converged zeros.
    expect(predictiveScaledHypergeometric2F1(1e200, 1e200, 1e201, 0.5, 0)).toEqual({
      value: 0,
      converged: false,
      terms: 1
    });
    expect(Number.isFinite(predictiveScaledHypergeometric2F1(1e150, 1, 1e152, 0.5, -1e6).value)).toBe(true);
    expect(predictiveScaledHypergeometric2F1(1, 1, 2, -1, 0).value).toBe(1);
  });

  it('signed log-gamma follows the reflection formula, with sign 0 at the poles', () => {
    const half = predictiveSignedLogGamma(-0.5);
    expect(half[0]).toBeCloseTo(Math.log(2 * Math.sqrt(Math.PI)), 14);
    expect(half[1]).toBe(-1);
    expect(predictiveSignedLogGamma(-1.5)[1]).toBe(1);
    expect(predictiveSignedLogGamma(-2)).toEqual([0, 0]);
    expect(predictiveSignedLogGamma(0)).toEqual([0, 0]);
    expect(predictiveSignedLogGamma(3)[0]).toBeCloseTo(Math.log(2), 14);
    // Γ(x)Γ(1 − x) = π / sin(πx); Γ is negative on (−1001, −1000) (mpmath: ln|Γ(−1000.5)| = −5914.43770111685)
    const far = predictiveSignedLogGamma(-1000.5);
    expect(far[0] / -5914.4377011168518766).toBeCloseTo(1, 13);
    expect(far[1]).toBe(-1);
  });

  it('2F1 near z = 1: connection formula, integer c − a − b, large parameters (mpmath references)', () => {
    const relative = (actual: number, expected: number): number => Math.abs(actual / expected - 1);
    // 1 − z given exactly: ₂F₁(1, 1; 2; z) = −ln(1 − z)/z
    const exact = predictiveScaledHypergeometric2F1WithComplement(1, 1, 2, 1 - 1e-9, 1e-9, 0);
    expect(relative(exact.value, -Math.log(1e-9) / (1 - 1e-9))).toBeLessThan(1e-11);
    // ₂F₁(a, b; b; z) = (1 − z)^(−a): non-integer, integer and large c − a − b (the last by the series in z)
    for (const a of [2.5, 3, 1, 40]) {
      const r = predictiveScaledHypergeometric2F1(a, 3.7, 3.7, 0.999, a);
      expect(r.converged).toBe(true);
      expect(relative(r.value, 1)).toBeLessThan(1e-10);
    }
    const cases: number[][] = [
      [1.3, 2.7, 4.0001, 0.99, 0, 12.789297265643621384],
      [1.3, 2.7, 2.0, 0.99999, 0, 7213427708.8284261639],
      [0.7, 1.9, 2.6, 0.999999, 0.7, 0.00097722527380815317379],
      // the connection formula's series cancel here; the series in z is kept
      [37, 37, 67.62277660168368, 0.9722249227119809, 37, 9.4490590843675559081e-37],
      // z ≤ ½ with c < 0 and a = 200: the plain series (positive terms), not Euler's alternating one
      [
        200.016691231356, 0.021629444357835294, -0.8302245374120425, 0.4794397225199254, 200.016691231356,
        -12.184929547421837348
      ],
      // z ≤ ½, c − a = c − b = ½: Euler's form (two terms) rather than a plain series of a thousand
      [1001, 1001, 1001.5, 0.4, 1001, 0.77467404763964471969]
    ];
    for (const [a, b, c, z, k, expected] of cases) {
      const r = predictiveScaledHypergeometric2F1(a, b, c, z, k);
      expect(r.converged).toBe(true);
      expect(relative(r.value, expected)).toBeLessThan(1e-9);
      expect(r.terms).toBeLessThan(2000);
    }
  });
});

describe('time units and uncertainty helpers', () => {
  it('converts durations explicitly', () => {
    expect(predictiveDurationIn({ value: 2, unit: 'week' }, 'day')).toBe(14);
    expect(predictiveDurationIn({ value: 12, unit: 'month' }, 'year')).toBeCloseTo(1, 12);
    expect(predictiveDurationIn({ value: -1, unit: 'week' }, 'day')).toBe(0);
    expect(predictiveDurationIn({ value: Number.NaN, unit: 'week' }, 'day')).toBe(0);
    expect(predictiveDaysPerUnit('x' as ClvTimeUnit)).toBe(1);
    expect(predictiveDaysPerUnit('year')).toBe(365.25);
    expect(predictiveIsTimeUnit('month')).toBe(true);
    expect(predictiveIsTimeUnit('Week')).toBe(false);
  });

  it('maps scales back and forth', () => {
    for (const scale of ['log', 'logit', 'identity'] as const) {
      expect(predictiveFromScale(predictiveToScale(0.3, scale), scale)).toBeCloseTo(0.3, 12);
    }
    expect(predictiveFromScale(-800, 'logit')).toBeGreaterThanOrEqual(0);
  });

  it('delta method: no covariance → a degenerate interval; identity scale → symmetric', () => {
    expect(predictiveDeltaEstimate(2, [2.1], [1.9], undefined, 'log', true)).toEqual({
      estimate: 2,
      lower: 2,
      upper: 2,
      standardError: 0,
      converged: true
    });
    const e = predictiveDeltaEstimate(2, [2.0002], [1.9998], [1], 'identity', true);
    expect(e.standardError).toBeCloseTo(2, 6);
    expect(e.upper - 2).toBeCloseTo(2 - e.lower, 9);
    expect(predictiveDeltaEstimate(Number.NaN, [1], [1], [Number.NaN], 'identity', false).estimate).toBe(0);
  });
});

describe('BG/NBD', () => {
  it('reproduces FHL 2005: E[X(39) | 2, 30.43, 38.86] = 1.226', () => {
    expect(bgNbdConditionalExpectedTransactions(CDNOW, customer, { value: 39, unit: 'week' })).toBeCloseTo(1.226, 3);
    // The same horizon and customer expressed in days gives the same answer (no silent unit mix-up).
    const inDays = { frequency: 2, recency: 30.43 * 7, age: 38.86 * 7, timeUnit: 'day' as ClvTimeUnit };
    expect(bgNbdConditionalExpectedTransactions(CDNOW, inDays, { value: 273, unit: 'day' })).toBeCloseTo(1.226, 3);
    expect(bgNbdProbabilityAlive(CDNOW, customer)).toBeCloseTo(0.7266, 4);
  });

  it('handles x = 0, T = 0, t_x > T and huge T', () => {
    expect(bgNbdProbabilityAlive(CDNOW, { frequency: 0, recency: 0, age: 10, timeUnit: 'week' })).toBe(1);
    const zero = bgNbdConditionalExpectedTransactions(
      CDNOW,
      { frequency: 0, recency: 0, age: 0, timeUnit: 'week' },
      { value: 39, unit: 'week' }
    );
    expect(zero).toBeCloseTo(bgNbdExpectedTransactions(CDNOW, { value: 39, unit: 'week' }), 12);
    const clamped = bgNbdProbabilityAlive(CDNOW, { frequency: 3, recency: 50, age: 20, timeUnit: 'week' });
    expect(clamped).toBeCloseTo(
      bgNbdProbabilityAlive(CDNOW, { frequency: 3, recency: 20, age: 20, timeUnit: 'week' }),
      12
    );
    const dead = bgNbdProbabilityAlive(CDNOW, { frequency: 1000, recency: 1, age: 1e6, timeUnit: 'week' });
    expect(dead).toBe(0);
    expect(bgNbdConditionalExpectedTransactions(CDNOW, customer, { value: 0, unit: 'week' })).toBe(0);
    expect(
      Number.isFinite(bgNbdLogLikelihood(CDNOW, { frequency: 1000, recency: 1000, age: 1000, timeUnit: 'week' }))
    ).toBe(true);
  });

  it('clamps invalid parameters instead of producing NaN', () => {
    const broken: BgNbdParameters = { r: Number.NaN, alpha: Number.POSITIVE_INFINITY, a: -1, b: 0, timeUnit: 'week' };
    expect(Number.isFinite(bgNbdProbabilityAlive(broken, customer))).toBe(true);
    expect(Number.isFinite(bgNbdLogLikelihood(broken, { ...customer, frequency: Number.NaN }))).toBe(true);
    expect(Number.isFinite(bgNbdConditionalExpectedTransactions(broken, customer, { value: 10, unit: 'week' }))).toBe(
      true
    );
  });

  it('a = 1 (removable singularity) is continuous', () => {
    const at = bgNbdExpectedTransactions({ ...CDNOW, a: 1 }, { value: 52, unit: 'week' });
    const near = bgNbdExpectedTransactions({ ...CDNOW, a: 1.001 }, { value: 52, unit: 'week' });
    expect(Math.abs(at - near)).toBeLessThan(1e-3);
  });

  it('P(X(t) = n) sums to one and covers n = 0', () => {
    let total = 0;
    for (let n = 0; n < 300; n++) total += bgNbdProbabilityOfPurchases(CDNOW, { value: 39, unit: 'week' }, n);
    expect(total).toBeCloseTo(1, 9);
    expect(bgNbdProbabilityOfPurchases(CDNOW, { value: 0, unit: 'week' }, 0)).toBeCloseTo(1, 12);
    expect(bgNbdProbabilityOfPurchases(CDNOW, { value: 39, unit: 'week' }, Number.NaN)).toBeGreaterThan(0.5);
  });

  it('intervals come from the covariance and contain the estimate', () => {
    const p = { ...CDNOW, logCovariance: COV4 };
    const alive = bgNbdProbabilityAliveEstimate(p, customer);
    expect(alive.lower).toBeLessThan(alive.estimate);
    expect(alive.upper).toBeGreaterThan(alive.estimate);
    expect(alive.upper).toBeLessThanOrEqual(1);
    const purchases = bgNbdConditionalExpectedTransactionsEstimate(p, customer, { value: 39, unit: 'week' });
    expect(purchases.estimate).toBeCloseTo(1.226, 3);
    expect(purchases.standardError).toBeGreaterThan(0);
    expect(purchases.lower).toBeGreaterThan(0);
    expect(bgNbdProbabilityAliveEstimate(CDNOW, customer).standardError).toBe(0);
    for (const e of [
      bgNbdExpectedTransactionsEstimate(p, { value: 39, unit: 'week' }),
      bgNbdProbabilityOfPurchasesEstimate(p, { value: 39, unit: 'week' }, 2)
    ]) {
      expect(e.lower).toBeLessThan(e.estimate);
      expect(e.upper).toBeGreaterThan(e.estimate);
    }
  });
});

describe('Gamma-Gamma', () => {
  it('shrinks the customer mean toward the population mean', () => {
    const population = gammaGammaExpectedSpend(GG, { frequency: 0, meanSpend: 0 });
    expect(population).toBeCloseTo((6.25 * 15.44) / 2.74, 10);
    const one = gammaGammaExpectedSpend(GG, { frequency: 1, meanSpend: 100 });
    expect(one).toBeGreaterThan(population);
    expect(one).toBeLessThan(100);
    expect(gammaGammaExpectedSpend({ p: 1, q: 0.5, gamma: 1 }, { frequency: 0, meanSpend: 10 })).toBe(0);
    expect(gammaGammaExpectedSpend({ p: 0.1, q: 0.5, gamma: 1 }, { frequency: 1, meanSpend: 10 })).toBe(10);
    const broken = gammaGammaExpectedSpend(
      { p: Number.NaN, q: Number.POSITIVE_INFINITY, gamma: 1 },
      { frequency: Number.NaN, meanSpend: Number.NaN }
    );
    expect(Number.isFinite(broken) && broken >= 0).toBe(true);
  });

  it('log-likelihood ignores customers without repeat spend', () => {
    expect(gammaGammaLogLikelihood(GG, { frequency: 0, meanSpend: 10 })).toBe(0);
    expect(gammaGammaLogLikelihood(GG, { frequency: 2, meanSpend: 0 })).toBe(0);
    expect(gammaGammaLogLikelihood(GG, { frequency: Number.NaN, meanSpend: Number.NaN })).toBe(0);
    expect(gammaGammaLogLikelihood(GG, { frequency: 2, meanSpend: 20 })).toBeLessThan(0);
  });

  it('spend interval', () => {
    const e = gammaGammaExpectedSpendEstimate({ ...GG, logCovariance: COV3 }, { frequency: 3, meanSpend: 40 });
    expect(e.lower).toBeLessThan(e.estimate);
    expect(e.upper).toBeGreaterThan(e.estimate);
  });
});

describe('sBG', () => {
  it('matches Fader & Hardie 2007 survival and retention', () => {
    expect(sbgSurvival(HIGH_END, 0)).toBe(1);
    expect(sbgSurvival(HIGH_END, 1)).toBeCloseTo(3.806 / 4.474, 12);
    expect(sbgRetentionRate(HIGH_END, 1)).toBeCloseTo(3.806 / 4.474, 12);
    expect(sbgRetentionRate(HIGH_END, 5)).toBeCloseTo(sbgSurvival(HIGH_END, 5) / sbgSurvival(HIGH_END, 4), 12);
    expect(sbgProbabilityOfChurnAt(HIGH_END, 1)).toBeCloseTo(1 - 3.806 / 4.474, 12);
    expect(sbgLogLikelihood(HIGH_END, [1000, 869, 743, 653, 593, 551, 517, 491])).toBeCloseTo(-1611.16, 1);
    expect(sbgLogLikelihood(HIGH_END, [1000])).toBe(0);
    expect(sbgLogLikelihood(HIGH_END, [1000, 1000, 0])).toBeLessThan(0);
  });

  it('DERL agrees with direct discounted summation and handles d = 0', () => {
    const d = 0.1;
    let direct = 0;
    for (let k = 0; k < 5000; k++) direct += sbgSurvival(HIGH_END, 1 + k) / Math.pow(1 + d, k);
    expect(sbgDiscountedExpectedResidualLifetime(HIGH_END, 0, d)).toBeCloseTo(direct, 6);
    expect(sbgPeriodDiscountRate({ ...HIGH_END, periodUnit: 'month' }, 0.1)).toBeCloseTo(Math.pow(1.1, 1 / 12) - 1, 6);
    expect(sbgPeriodDiscountRate(HIGH_END, Number.NaN)).toBe(0);
    expect(sbgDiscountedExpectedResidualLifetime(HIGH_END, 0, 0)).toBe(1e9);
    expect(sbgDiscountedExpectedResidualLifetime({ ...HIGH_END, alpha: 2 }, 0, 0)).toBeCloseTo(3.806, 12);
  });

  it('clamps invalid inputs and gives intervals', () => {
    const broken: SbgParameters = { alpha: Number.NaN, beta: Number.POSITIVE_INFINITY, periodUnit: 'year' };
    expect(Number.isFinite(sbgSurvival(broken, Number.NaN))).toBe(true);
    expect(Number.isFinite(sbgSurvival(HIGH_END, Number.POSITIVE_INFINITY))).toBe(true);
    const withCov = { ...HIGH_END, logCovariance: [0.024, 0.02, 0.02, 0.043] };
    for (const e of [
      sbgSurvivalEstimate(withCov, 3),
      sbgRetentionRateEstimate(withCov, 3),
      sbgProbabilityOfChurnAtEstimate(withCov, 3),
      sbgDiscountedExpectedResidualLifetimeEstimate(withCov, 2, 0.1)
    ]) {
      expect(e.lower).toBeLessThan(e.estimate);
      expect(e.upper).toBeGreaterThan(e.estimate);
    }
  });
});

describe('CLV', () => {
  const clvCustomer = { ...customer, meanSpend: 22.35 };
  const options = { horizon: { value: 52, unit: 'week' as ClvTimeUnit }, annualDiscountRate: 0, marginRate: 1 };

  it('undiscounted CLV = expected purchases × expected spend', () => {
    const purchases = bgNbdConditionalExpectedTransactions(CDNOW, customer, { value: 52, unit: 'week' });
    const spend = gammaGammaExpectedSpend(GG, { frequency: 2, meanSpend: 22.35 });
    expect(clvExpectedValue(CDNOW, GG, clvCustomer, options)).toBeCloseTo(purchases * spend, 9);
  });

  it('discounting lowers the value; the horizon unit is converted', () => {
    const plain = clvExpectedValue(CDNOW, GG, clvCustomer, options);
    const discounted = clvExpectedValue(CDNOW, GG, clvCustomer, { ...options, annualDiscountRate: 0.1 });
    expect(discounted).toBeLessThan(plain);
    expect(discounted).toBeGreaterThan(plain / 1.1);
    const inMonths = clvExpectedValue(CDNOW, GG, clvCustomer, { ...options, horizon: { value: 12, unit: 'month' } });
    expect(inMonths).toBeCloseTo(
      clvExpectedValue(CDNOW, GG, clvCustomer, { ...options, horizon: { value: 52.1786, unit: 'week' } }),
      2
    );
    expect(clvExpectedValue(CDNOW, GG, clvCustomer, { ...options, horizon: { value: 0, unit: 'week' } })).toBe(0);
    expect(
      clvExpectedValue(CDNOW, GG, clvCustomer, { ...options, marginRate: Number.NaN, annualDiscountRate: Number.NaN })
    ).toBe(0);
  });

  it('joint covariance is block diagonal', () => {
    expect(clvJointLogCovariance(CDNOW, GG)).toBeUndefined();
    const joint = clvJointLogCovariance({ ...CDNOW, logCovariance: COV4 }, GG);
    expect(joint).toHaveLength(49);
    expect(joint?.[0]).toBe(COV4[0]);
    expect(joint?.[48]).toBe(0);
    expect(clvJointLogCovariance(CDNOW, { ...GG, logCovariance: COV3 })?.[48]).toBe(COV3[8]);
  });

  it('every prediction carries an interval, also for a negative margin', () => {
    const bg = { ...CDNOW, logCovariance: COV4 };
    const gg = { ...GG, logCovariance: COV3 };
    const all = clvPredictCustomer(bg, gg, clvCustomer, { ...options, annualDiscountRate: 0.08, marginRate: 0.35 });
    for (const e of [all.probabilityAlive, all.expectedTransactions, all.expectedSpend, all.value]) {
      expect(e.lower).toBeLessThan(e.estimate);
      expect(e.upper).toBeGreaterThan(e.estimate);
      expect(e.converged).toBe(true);
    }
    const negative = clvExpectedValueEstimate(bg, gg, clvCustomer, { ...options, marginRate: -0.2 });
    expect(negative.estimate).toBeLessThan(0);
    expect(negative.lower).toBeLessThan(negative.estimate);
    expect(negative.upper).toBeGreaterThan(negative.estimate);
  });
});
