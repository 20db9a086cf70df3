import { assignTier, computeTierCutoffs, defaultConfig, tierOf } from '../valueEngine';

const policy = defaultConfig().tierPolicy;

describe('tiers', () => {
  it('cuts a portfolio by percentile of net value, 20/30/30/20', () => {
    // descending 100…10: D1 = top 2 (≥ 90), D2 = next 3 (≥ 60), D3 = next 3 (≥ 30), D4 = last 2
    const cutoffs = computeTierCutoffs([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], policy);
    expect(cutoffs).toEqual({ method: 'percentile', d1Minimum: 90, d2Minimum: 60, d3Minimum: 30, accountCount: 10 });
    expect([100, 90, 80, 60, 50, 30, 20].map((value) => tierOf(value, cutoffs))).toEqual([
      'D1',
      'D1',
      'D2',
      'D2',
      'D3',
      'D3',
      'D4'
    ]);
  });

  it('puts ties at a cut-off into the higher tier and skips non-finite values', () => {
    const cutoffs = computeTierCutoffs([5, 5, 5, 5, 5, Number.NaN], policy);
    expect(cutoffs.accountCount).toBe(5);
    expect(tierOf(5, cutoffs)).toBe('D1');
    expect(tierOf(Number.NaN, cutoffs)).toBe('D4');
  });

  it('leaves a tier empty when its share rounds to no account', () => {
    // n = 2: D1 round(0.4) = 0 accounts → cut-off above the maximum (7 + 7 = 14)
    const cutoffs = computeTierCutoffs([3, 7], policy);
    expect(cutoffs.d1Minimum).toBe(14);
    expect(tierOf(7, cutoffs)).toBe('D2');
    expect(computeTierCutoffs([], policy).d1Minimum).toBe(0);
  });

  it('uses the absolute thresholds when the policy says so', () => {
    const cutoffs = computeTierCutoffs([1, 2, 3], { ...policy, method: 'absolute' });
    expect(cutoffs).toEqual({ method: 'absolute', d1Minimum: 100000, d2Minimum: 25000, d3Minimum: 0, accountCount: 0 });
    expect(tierOf(100000, cutoffs)).toBe('D1');
    expect(tierOf(24999, cutoffs)).toBe('D3');
    expect(tierOf(-0.01, cutoffs)).toBe('D4');
  });

  it('lets a valid manual override win and reports it', () => {
    const cutoffs = computeTierCutoffs([1, 2, 3], { ...policy, method: 'absolute' });
    expect(assignTier(-5, cutoffs, 'D1', 'Key logo')).toEqual({
      tier: 'D1',
      computedTier: 'D4',
      overridden: true,
      overrideReason: 'Key logo'
    });
    expect(assignTier(-5, cutoffs, 'D0', 'typo').overridden).toBe(false);
  });
});
