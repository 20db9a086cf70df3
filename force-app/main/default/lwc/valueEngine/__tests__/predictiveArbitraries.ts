/**
 * fast-check arbitraries for the predictive engine's plain-data inputs (exported for the transpiler's differential
 * test). They cover ordinary and extreme values: x up to 1000, T = 0, t_x = T, T up to 1e6, tiny and huge parameters.
 */
import fc from 'fast-check';
import type {
  BgNbdCustomer,
  BgNbdParameters,
  ClvCustomer,
  ClvOptions,
  ClvTimeUnit,
  GammaGammaCustomer,
  GammaGammaParameters,
  PredictiveDuration,
  SbgParameters
} from '../predictive';

const positive = (min: number, max: number): fc.Arbitrary<number> =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

export const predictiveTimeUnitArbitrary: fc.Arbitrary<ClvTimeUnit> = fc.constantFrom('day', 'week', 'month', 'year');

/** Log-uniform positive number in [10^lo, 10^hi]. */
export function predictiveLogUniformArbitrary(lo: number, hi: number): fc.Arbitrary<number> {
  return positive(lo, hi).map((e) => Math.pow(10, e));
}

export const predictiveCovarianceDiagonalArbitrary = (size: number): fc.Arbitrary<number[]> =>
  fc.array(positive(0, 0.5), { minLength: size, maxLength: size }).map((d) => {
    const out: number[] = [];
    for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) out.push(i === j ? d[i] : 0);
    return out;
  });

/**
 * BG/NBD parameters over the range met in practice (r 0.01–10, α 0.1–1000, a 0.01–30, b 0.01–100), plus a = 1 exactly
 * (the removable singularity of E[X(t)]). Far outside (e.g. r = 100 with t ≫ α + T) the ₂F₁ series loses accuracy.
 */
export const bgNbdParametersArbitrary: fc.Arbitrary<BgNbdParameters> = fc.record({
  r: predictiveLogUniformArbitrary(-2, 1),
  alpha: predictiveLogUniformArbitrary(-1, 3),
  a: fc.oneof(fc.constant(1), predictiveLogUniformArbitrary(-2, 1.5)),
  b: predictiveLogUniformArbitrary(-2, 2),
  timeUnit: predictiveTimeUnitArbitrary
});

export const bgNbdParametersWithCovarianceArbitrary: fc.Arbitrary<BgNbdParameters> = fc
  .tuple(bgNbdParametersArbitrary, predictiveCovarianceDiagonalArbitrary(4))
  .map(([p, cov]) => ({ ...p, logCovariance: cov }));

/** Customers including the edge cases x = 0, T = 0, t_x = T, x = 1000 and huge T. */
export const bgNbdCustomerArbitrary: fc.Arbitrary<BgNbdCustomer> = fc
  .record({
    frequency: fc.oneof(fc.constantFrom(0, 1, 1000), fc.integer({ min: 0, max: 200 })),
    age: fc.oneof(fc.constantFrom(0, 1e6), positive(0, 500)),
    share: fc.oneof(fc.constantFrom(0, 1), positive(0, 1)),
    timeUnit: predictiveTimeUnitArbitrary
  })
  .map((c) => ({
    frequency: c.frequency,
    recency: c.frequency === 0 ? 0 : c.age * c.share,
    age: c.age,
    timeUnit: c.timeUnit
  }));

export const predictiveDurationArbitrary: fc.Arbitrary<PredictiveDuration> = fc.record({
  value: fc.oneof(fc.constantFrom(0, 1, 52), positive(0, 520)),
  unit: predictiveTimeUnitArbitrary
});

export const gammaGammaParametersArbitrary: fc.Arbitrary<GammaGammaParameters> = fc.record({
  p: predictiveLogUniformArbitrary(-1, 2),
  q: predictiveLogUniformArbitrary(-1, 2),
  gamma: predictiveLogUniformArbitrary(-1, 4)
});

export const gammaGammaCustomerArbitrary: fc.Arbitrary<GammaGammaCustomer> = fc.record({
  frequency: fc.oneof(fc.constantFrom(0, 1, 1000), fc.integer({ min: 0, max: 100 })),
  meanSpend: fc.oneof(fc.constant(0), predictiveLogUniformArbitrary(-2, 6))
});

export const sbgParametersArbitrary: fc.Arbitrary<SbgParameters> = fc.record({
  alpha: predictiveLogUniformArbitrary(-2, 2),
  beta: predictiveLogUniformArbitrary(-2, 2),
  periodUnit: predictiveTimeUnitArbitrary
});

export const clvCustomerArbitrary: fc.Arbitrary<ClvCustomer> = fc
  .tuple(bgNbdCustomerArbitrary, fc.oneof(fc.constant(0), predictiveLogUniformArbitrary(-1, 4)))
  .map(([c, spend]) => ({ ...c, meanSpend: c.frequency > 0 ? spend : 0 }));

export const clvOptionsArbitrary: fc.Arbitrary<ClvOptions> = fc.record({
  horizon: fc.record({ value: fc.integer({ min: 0, max: 60 }), unit: predictiveTimeUnitArbitrary }),
  annualDiscountRate: positive(0, 0.5),
  marginRate: positive(0, 1)
});
