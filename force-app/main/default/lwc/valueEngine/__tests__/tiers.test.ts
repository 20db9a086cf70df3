import fc from 'fast-check';
import type { ValueSketch } from '../valueEngine';
import {
  addToSketch,
  assignTier,
  computeTierCutoffs,
  computeTierCutoffsFromSketch,
  defaultConfig,
  emptySketch,
  tierOf
} from '../valueEngine';

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

describe('tier cut-offs from the net-value sketch (the scoring batch, bounded memory)', () => {
  const sketchOfValues = (values: number[]): ValueSketch => {
    const sketch = emptySketch();
    for (const value of values) addToSketch(sketch, value);
    return sketch;
  };

  it('cuts at the floor of the bucket that holds the value at each rank', () => {
    // descending 100…10 as in the exact case: ranks 2, 5, 8 hold 90, 60, 30; each cut-off is its bucket's floor
    const values = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    const cutoffs = computeTierCutoffsFromSketch(sketchOfValues(values), policy);
    expect(cutoffs.accountCount).toBe(10);
    expect(cutoffs.d1Minimum).toBeLessThanOrEqual(90);
    expect(cutoffs.d1Minimum).toBeGreaterThan(90 / 1.01);
    expect(cutoffs.d2Minimum).toBeLessThanOrEqual(60);
    expect(cutoffs.d2Minimum).toBeGreaterThan(60 / 1.01);
    expect(cutoffs.d3Minimum).toBeLessThanOrEqual(30);
    expect(cutoffs.d3Minimum).toBeGreaterThan(30 / 1.01);
    expect(values.map((value) => tierOf(value, cutoffs))).toEqual(
      values.map((value) => tierOf(value, computeTierCutoffs(values, policy)))
    );
  });

  it('walks zero and negative buckets, and is empty or absolute like the exact cut-offs', () => {
    const cutoffs = computeTierCutoffsFromSketch(sketchOfValues([-500, -20, 0, 0.001, 40]), policy);
    // n = 5: ranks 1, 3, 4 → 40, the zero bucket (0 and 0.001), −20
    expect(tierOf(40, cutoffs)).toBe('D1');
    expect(tierOf(0, cutoffs)).toBe('D2');
    expect(tierOf(-20, cutoffs)).toBe('D3');
    expect(tierOf(-500, cutoffs)).toBe('D4');
    expect(computeTierCutoffsFromSketch(emptySketch(), policy)).toEqual(computeTierCutoffs([], policy));
    const absolute = { ...policy, method: 'absolute' as const };
    expect(computeTierCutoffsFromSketch(sketchOfValues([1]), absolute)).toEqual(computeTierCutoffs([1], absolute));
  });

  it('leaves D1 empty above every value when its share rounds to no account', () => {
    const cutoffs = computeTierCutoffsFromSketch(sketchOfValues([3, 7]), policy);
    expect(tierOf(7, cutoffs)).toBe('D2');
  });

  it('differs from the exact tier only within one bucket (1 %) of an exact cut-off', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e7, noNaN: true, noDefaultInfinity: true }), {
          minLength: 1,
          maxLength: 300
        }),
        (values) => {
          const exact = computeTierCutoffs(values, policy);
          const approximate = computeTierCutoffsFromSketch(sketchOfValues(values), policy);
          const cutoffs = [exact.d1Minimum, exact.d2Minimum, exact.d3Minimum];
          for (const value of values) {
            if (tierOf(value, exact) !== tierOf(value, approximate)) {
              const near = cutoffs.some(
                (cutoff) => Math.abs(value - cutoff) <= 0.0101 * Math.max(Math.abs(cutoff), Math.abs(value)) + 0.02
              );
              expect(near).toBe(true);
            }
          }
        }
      ),
      { numRuns: 300 }
    );
  });
});
