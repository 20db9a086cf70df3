/** Property tests of the predictive engine: finite outputs on extreme inputs, probabilities in [0, 1], monotonicity. */
import fc from 'fast-check';
import {
  bgNbdConditionalExpectedTransactions,
  bgNbdConditionalExpectedTransactionsEstimate,
  bgNbdExpectedTransactions,
  bgNbdLogLikelihood,
  bgNbdProbabilityAlive,
  bgNbdProbabilityAliveEstimate,
  bgNbdProbabilityOfPurchases,
  clvExpectedValue,
  clvPredictCustomer,
  gammaGammaExpectedSpend,
  gammaGammaLogLikelihood,
  sbgDiscountedExpectedResidualLifetime,
  sbgRetentionRate,
  sbgSurvival
} from '../predictive';
import type { PredictiveEstimate } from '../predictive';
import {
  bgNbdCustomerArbitrary,
  bgNbdParametersArbitrary,
  bgNbdParametersWithCovarianceArbitrary,
  clvCustomerArbitrary,
  clvOptionsArbitrary,
  gammaGammaCustomerArbitrary,
  gammaGammaParametersArbitrary,
  predictiveDurationArbitrary,
  sbgParametersArbitrary
} from './predictiveArbitraries';

const RUNS = { numRuns: 200 };

function finiteEstimate(e: PredictiveEstimate): boolean {
  return (
    Number.isFinite(e.estimate) &&
    Number.isFinite(e.lower) &&
    Number.isFinite(e.upper) &&
    Number.isFinite(e.standardError) &&
    e.lower <= e.estimate &&
    e.estimate <= e.upper
  );
}

describe('BG/NBD properties', () => {
  it('P(alive) is in [0, 1] and finite', () => {
    fc.assert(
      fc.property(bgNbdParametersArbitrary, bgNbdCustomerArbitrary, (p, c) => {
        const value = bgNbdProbabilityAlive(p, c);
        return Number.isFinite(value) && value >= 0 && value <= 1;
      }),
      RUNS
    );
  });

  it('E[X(t) | x, t_x, T] is finite, non-negative and non-decreasing in t', () => {
    fc.assert(
      fc.property(bgNbdParametersArbitrary, bgNbdCustomerArbitrary, predictiveDurationArbitrary, (p, c, d) => {
        const shorter = bgNbdConditionalExpectedTransactions(p, c, d);
        const longer = bgNbdConditionalExpectedTransactions(p, c, { value: d.value * 2 + 1, unit: d.unit });
        return Number.isFinite(shorter) && shorter >= 0 && longer >= shorter - 1e-9 * Math.max(1, shorter);
      }),
      RUNS
    );
  });

  it('unconditional E[X(t)] is finite and non-decreasing; P(X(t) = n) is a probability', () => {
    fc.assert(
      fc.property(bgNbdParametersArbitrary, predictiveDurationArbitrary, fc.integer({ min: 0, max: 50 }), (p, d, n) => {
        const e1 = bgNbdExpectedTransactions(p, d);
        const e2 = bgNbdExpectedTransactions(p, { value: d.value + 10, unit: d.unit });
        const prob = bgNbdProbabilityOfPurchases(p, d, n);
        return Number.isFinite(e1) && e2 >= e1 - 1e-9 * Math.max(1, e1) && prob >= 0 && prob <= 1;
      }),
      RUNS
    );
  });

  it('log-likelihood is finite', () => {
    fc.assert(
      fc.property(bgNbdParametersArbitrary, bgNbdCustomerArbitrary, (p, c) =>
        Number.isFinite(bgNbdLogLikelihood(p, c))
      ),
      RUNS
    );
  });

  it('estimates carry finite intervals that contain the point estimate', () => {
    fc.assert(
      fc.property(
        bgNbdParametersWithCovarianceArbitrary,
        bgNbdCustomerArbitrary,
        predictiveDurationArbitrary,
        (p, c, d) => {
          const alive = bgNbdProbabilityAliveEstimate(p, c);
          return (
            finiteEstimate(alive) &&
            alive.lower >= 0 &&
            alive.upper <= 1 &&
            finiteEstimate(bgNbdConditionalExpectedTransactionsEstimate(p, c, d))
          );
        }
      ),
      { numRuns: 150 }
    );
  });
});

describe('Gamma-Gamma, sBG and CLV properties', () => {
  it('expected spend and log-likelihood are finite and non-negative spend', () => {
    fc.assert(
      fc.property(gammaGammaParametersArbitrary, gammaGammaCustomerArbitrary, (g, c) => {
        const spend = gammaGammaExpectedSpend(g, c);
        return Number.isFinite(spend) && spend >= 0 && Number.isFinite(gammaGammaLogLikelihood(g, c));
      }),
      RUNS
    );
  });

  it('sBG survival is in [0, 1] and non-increasing; retention in [0, 1]; DERL finite', () => {
    fc.assert(
      fc.property(
        sbgParametersArbitrary,
        fc.integer({ min: 0, max: 1000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (s, t, d) => {
          const now = sbgSurvival(s, t);
          const next = sbgSurvival(s, t + 1);
          const r = sbgRetentionRate(s, t + 1);
          const derl = sbgDiscountedExpectedResidualLifetime(s, t, d);
          return now >= 0 && now <= 1 && next <= now + 1e-12 && r >= 0 && r <= 1 && Number.isFinite(derl) && derl >= 0;
        }
      ),
      RUNS
    );
  });

  it('CLV is finite, non-negative for non-negative margins, and every prediction has a finite interval', () => {
    fc.assert(
      fc.property(
        bgNbdParametersWithCovarianceArbitrary,
        gammaGammaParametersArbitrary,
        clvCustomerArbitrary,
        clvOptionsArbitrary,
        (bg, gg, c, o) => {
          const value = clvExpectedValue(bg, gg, c, o);
          if (!Number.isFinite(value) || value < 0) return false;
          const all = clvPredictCustomer(bg, gg, c, o);
          return (
            finiteEstimate(all.probabilityAlive) &&
            finiteEstimate(all.expectedTransactions) &&
            finiteEstimate(all.expectedSpend) &&
            finiteEstimate(all.value)
          );
        }
      ),
      { numRuns: 30 }
    );
  });
});
