import type { PreparedFacts } from '../valueEngine';
import {
  componentPoints,
  defaultConfig,
  influenceOf,
  loyaltyIndex,
  netValueIndex,
  potentialOf,
  prepareFacts,
  scoreFromIndexes,
  strategicFitOf,
  totalWeight
} from '../valueEngine';

const config = defaultConfig();

function prepared(extra: Partial<PreparedFacts>): PreparedFacts {
  return { ...prepareFacts({ accountId: 'A', revenueCurrent: 100000, revenuePrevious: 80000 }), ...extra };
}

describe('scoring', () => {
  it('fills the net-value index linearly up to the D1 threshold', () => {
    expect(netValueIndex(50000, 100000)).toBe(0.5);
    expect(netValueIndex(250000, 100000)).toBe(1);
    expect(netValueIndex(-10, 100000)).toBe(0);
    expect(netValueIndex(50000, 0)).toBe(0.5);
  });

  it('computes potential from pipeline, growth, whitespace and CLV', () => {
    // 100 × (0.35 × 0.5 + 0.25 × 0.25 + 0.2 × 0.4 + 0.2 × 0.5) = 41.75
    const facts = prepared({ weightedPipeline: 50000, whitespaceShare: 0.4, predictedClv: 150000 });
    expect(potentialOf(facts, 0.25)).toBeCloseTo(41.75, 10);
    expect(potentialOf({ ...facts, futurePotential: true }, 0.25)).toBe(80);
    // no revenue: any pipeline counts in full → 35
    expect(potentialOf(prepared({ revenueCurrent: 0, weightedPipeline: 10 }), 0)).toBeCloseTo(35, 10);
  });

  it('computes influence from referrals, references, promoter score and flags, capped at 100', () => {
    // 2 referrals 20 + referral revenue 10 % → 2 + reference 20 + promoter 9 → 15 + VIP 10 = 67
    const facts = prepared({
      referralsMade: 2,
      referralRevenue: 10000,
      isReference: true,
      promoterScore: 9,
      vip: true
    });
    expect(influenceOf(facts)).toBeCloseTo(67, 10);
    const everything = prepared({
      referralsMade: 9,
      referralRevenue: 1e6,
      isReference: true,
      promoterScore: 10,
      vip: true,
      earlyAdopter: true
    });
    expect(influenceOf(everything)).toBe(100);
    expect(influenceOf(prepared({ revenueCurrent: 0, referralRevenue: 5 }))).toBe(20);
  });

  it('measures strategic fit against the target positioning, dimension by dimension', () => {
    const criteria = config.targetPositioning;
    expect(strategicFitOf('Technology', 'FR', 200, criteria)).toBe(1);
    expect(strategicFitOf('Technology', 'BE', 200, criteria)).toBeCloseTo(2.5 / 3, 12);
    expect(strategicFitOf('Retail', 'US', 10, criteria)).toBe(0);
    expect(strategicFitOf('Technology', 'FR', 200, [])).toBe(0);
    expect(
      strategicFitOf('X', 'FR', 0, [{ dimension: 'Planet', value: 'Mars', minimum: 0, maximum: 0, weight: 1 }])
    ).toBe(0);
  });

  it('combines churn, tenure and satisfaction into loyalty', () => {
    // 0.5 × 0.8 + 0.25 × 0.5 + 0.25 × 0.8 = 0.725
    expect(loyaltyIndex(0.2, 2.5, 8)).toBeCloseTo(0.725, 12);
    // unknown satisfaction counts 0.5: 0.5 × 1 + 0.25 × 1 + 0.125
    expect(loyaltyIndex(0, 10, -1)).toBeCloseTo(0.875, 12);
  });

  it('weights the components into a 0–100 score', () => {
    // 40 × 0.5314 + 20 × 0.4175 + 15 × 0.67 + 10 × 5/6 + 15 × 0.725 = 58.86433…
    const score = scoreFromIndexes(
      { netValue: 0.5314, potential: 0.4175, influence: 0.67, strategicFit: 2.5 / 3, loyalty: 0.725 },
      config.scoreWeights
    );
    expect(score).toBeCloseTo(58.864333, 5);
    expect(totalWeight(config.scoreWeights)).toBe(100);
    expect(
      scoreFromIndexes({ netValue: 1, potential: 1, influence: 1, strategicFit: 1, loyalty: 1 }, config.scoreWeights)
    ).toBe(100);
  });

  it('rescales weights that do not total 100 and scores 0 when every weight is 0', () => {
    const weights = { netValue: 1, potential: 1, influence: 0, strategicFit: 0, loyalty: Number.NaN };
    expect(componentPoints(1, 1, totalWeight(weights))).toBe(50);
    expect(scoreFromIndexes({ netValue: 1, potential: 0, influence: 1, strategicFit: 1, loyalty: 1 }, weights)).toBe(
      50
    );
    const zero = { netValue: 0, potential: 0, influence: 0, strategicFit: 0, loyalty: 0 };
    expect(scoreFromIndexes({ netValue: 1, potential: 1, influence: 1, strategicFit: 1, loyalty: 1 }, zero)).toBe(0);
  });
});
