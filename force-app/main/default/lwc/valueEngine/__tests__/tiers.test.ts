import fc from 'fast-check';
import type { ValueSketch } from '../valueEngine';
import {
  addToSketch,
  assignTier,
  computeTierCutoffs,
  computeTierCutoffsFromSketch,
  defaultConfig,
  emptySketch,
  SKETCH_MINIMUM,
  tierOf,
  VALUE_CREATION_MINIMUM
} from '../valueEngine';

const policy = defaultConfig().tierPolicy;

describe('tiers', () => {
  it('cuts the accounts creating value by percentile of net value, 20/30/50, and leaves D4 to the others', () => {
    // descending 100…10: D1 = top 2 (≥ 90), D2 = next 3 (≥ 60), D3 = every other account creating value (≥ 0.01)
    const cutoffs = computeTierCutoffs([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], policy);
    expect(cutoffs).toEqual({ method: 'percentile', d1Minimum: 90, d2Minimum: 60, d3Minimum: 0.01, accountCount: 10 });
    expect([100, 90, 80, 60, 50, 30, 10, 0.01, 0.009, 0, -5].map((value) => tierOf(value, cutoffs))).toEqual([
      'D1',
      'D1',
      'D2',
      'D2',
      'D3',
      'D3',
      'D3',
      'D3',
      'D4',
      'D4',
      'D4'
    ]);
  });

  it('puts every account creating no value in D4 whatever the shares, and ranks only the others', () => {
    // 10 accounts, 4 of them at or below zero: the shares rank the 6 others (D1 round(1.2) = 1, D2 round(3) = 3 → 2)
    const values = [-300, -20, 0, 0.004, 5, 15, 25, 35, 45, 55];
    const cutoffs = computeTierCutoffs(values, policy);
    expect(cutoffs).toEqual({ method: 'percentile', d1Minimum: 55, d2Minimum: 35, d3Minimum: 0.01, accountCount: 10 });
    expect(values.map((value) => tierOf(value, cutoffs))).toEqual([
      'D4',
      'D4',
      'D4',
      'D4',
      'D3',
      'D3',
      'D3',
      'D2',
      'D2',
      'D1'
    ]);
    // even a policy that gives D1 every account ranks none of those creating no value above D4
    const allD1 = { ...policy, d1Share: 1, d2Share: 0, d3Share: 0, d4Share: 0 };
    expect(tierOf(0, computeTierCutoffs(values, allD1))).toBe('D4');
    expect(tierOf(5, computeTierCutoffs(values, allD1))).toBe('D1');
  });

  it('keeps a D4 share of the accounts creating value when the policy asks for one', () => {
    // 20/30/30/20 of the 10 accounts creating value: D3 cut-off at rank 8 (30), 20 and 10 go to D4 with the -5
    const cutoffs = computeTierCutoffs([-5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100], {
      ...policy,
      d3Share: 0.3,
      d4Share: 0.2
    });
    expect(cutoffs.d3Minimum).toBe(30);
    expect([30, 20, -5].map((value) => tierOf(value, cutoffs))).toEqual(['D3', 'D4', 'D4']);
  });

  it('puts ties at a cut-off into the higher tier and skips non-finite values', () => {
    const cutoffs = computeTierCutoffs([5, 5, 5, 5, 5, Number.NaN], policy);
    expect(cutoffs.accountCount).toBe(5);
    expect(tierOf(5, cutoffs)).toBe('D1');
    expect(tierOf(Number.NaN, cutoffs)).toBe('D4');
  });

  it('leaves a tier empty when its share rounds to no account', () => {
    // m = 2: D1 round(0.4) = 0 accounts → cut-off above the maximum (7 + 7 = 14)
    const cutoffs = computeTierCutoffs([3, 7], policy);
    expect(cutoffs.d1Minimum).toBe(14);
    expect(tierOf(7, cutoffs)).toBe('D2');
    // no account creating value: every cut-off one cent, so an account that comes to create value is not D4
    expect(computeTierCutoffs([], policy).d1Minimum).toBe(VALUE_CREATION_MINIMUM);
    expect(computeTierCutoffs([-3, 0], policy)).toEqual({
      method: 'percentile',
      d1Minimum: 0.01,
      d2Minimum: 0.01,
      d3Minimum: 0.01,
      accountCount: 2
    });
  });

  it('uses the absolute thresholds when the policy says so, never below one cent', () => {
    const cutoffs = computeTierCutoffs([1, 2, 3], { ...policy, method: 'absolute' });
    expect(cutoffs).toEqual({
      method: 'absolute',
      d1Minimum: 100000,
      d2Minimum: 25000,
      d3Minimum: 0.01,
      accountCount: 0
    });
    expect(tierOf(100000, cutoffs)).toBe('D1');
    expect(tierOf(24999, cutoffs)).toBe('D3');
    expect(tierOf(0, cutoffs)).toBe('D4');
    expect(tierOf(-0.01, cutoffs)).toBe('D4');
    const negative = computeTierCutoffs([], { ...policy, method: 'absolute', d3Threshold: -5000 });
    expect(tierOf(-100, negative)).toBe('D4');
  });

  it('holds the value-creation minimum to the sketch zero bucket, so exact and sketch cut-offs agree at one cent', () => {
    expect(VALUE_CREATION_MINIMUM).toBe(SKETCH_MINIMUM);
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
    // descending 100…10 as in the exact case: ranks 2, 5 hold 90, 60; each cut-off is its bucket's floor; D3 one cent
    const values = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    const cutoffs = computeTierCutoffsFromSketch(sketchOfValues(values), policy);
    expect(cutoffs.accountCount).toBe(10);
    expect(cutoffs.d1Minimum).toBeLessThanOrEqual(90);
    expect(cutoffs.d1Minimum).toBeGreaterThan(90 / 1.01);
    expect(cutoffs.d2Minimum).toBeLessThanOrEqual(60);
    expect(cutoffs.d2Minimum).toBeGreaterThan(60 / 1.01);
    expect(cutoffs.d3Minimum).toBe(VALUE_CREATION_MINIMUM);
    expect(values.map((value) => tierOf(value, cutoffs))).toEqual(
      values.map((value) => tierOf(value, computeTierCutoffs(values, policy)))
    );
  });

  it('ranks the positive buckets only: the zero and negative buckets are D4, and is empty or absolute like the exact cut-offs', () => {
    const values = [-500, -20, 0, 0.001, 40, 400, 4000];
    const cutoffs = computeTierCutoffsFromSketch(sketchOfValues(values), policy);
    // m = 3 accounts creating value: ranks round(0.6) = 1 (4000), round(1.5) = 2 (400), 3 = m (one cent)
    expect(values.map((value) => tierOf(value, cutoffs))).toEqual(['D4', 'D4', 'D4', 'D4', 'D3', 'D2', 'D1']);
    expect(values.map((value) => tierOf(value, computeTierCutoffs(values, policy)))).toEqual(
      values.map((value) => tierOf(value, cutoffs))
    );
    expect(computeTierCutoffsFromSketch(emptySketch(), policy)).toEqual(computeTierCutoffs([], policy));
    expect(computeTierCutoffsFromSketch(sketchOfValues([-4, 0]), policy)).toEqual(computeTierCutoffs([-4, 0], policy));
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
