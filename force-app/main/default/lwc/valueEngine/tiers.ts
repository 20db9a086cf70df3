/**
 * Tiers D1–D4 by net value: cut-offs are computed once per portfolio (percentile method) or read from the policy
 * (absolute method); an account is D1 when its net value ≥ d1Minimum, else D2 when ≥ d2Minimum, else D3 when
 * ≥ d3Minimum, else D4. A valid manual override wins and is reported as such.
 */
import type { TierPolicy } from './config';
import type { Tier, TierMethod } from './domain';
import { isTier } from './domain';
import { isMissingText } from './numbers';
import type { ValueSketch } from './portfolioSketch';
import { SKETCH_BASE, SKETCH_MAX_BUCKET, SKETCH_MINIMUM, SKETCH_VALUE_LIMIT } from './portfolioSketch';
import { selectKthSmallestInPlace } from './sorting';

/** Net-value cut-offs of a portfolio. */
export interface TierCutoffs {
  method: TierMethod;
  d1Minimum: number;
  d2Minimum: number;
  d3Minimum: number;
  /** Number of finite net values the percentile cut-offs were computed from (0 for the absolute method). */
  accountCount: number;
}

/** The tier of an account and whether it comes from a manual override. */
export interface TierAssignment {
  tier: Tier;
  computedTier: Tier;
  overridden: boolean;
  overrideReason: string;
}

function aboveMaximum(value: number): number {
  const above = value + Math.max(1, Math.abs(value));
  return Number.isFinite(above) ? above : value;
}

function finiteThreshold(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}

/**
 * Cut-offs for `netValues`. Percentile: rank the finite values from highest to lowest; with n values the D1 cut-off is
 * the value at rank round(n × d1Share) (the lowest value still in D1), D2 at round(n × (d1 + d2)), D3 at
 * round(n × (d1 + d2 + d3)). An empty tier gets a cut-off above the maximum. Ties at a cut-off all go to the higher tier.
 * Absolute: the policy's thresholds.
 */
export function computeTierCutoffs(netValues: number[], policy: TierPolicy): TierCutoffs {
  if (policy.method === 'absolute') {
    return absoluteCutoffs(policy);
  }
  const finite: number[] = [];
  const values = netValues ?? [];
  for (let i = 0; i < values.length; i++) {
    if (Number.isFinite(values[i])) {
      finite.push(values[i]);
    }
  }
  const count = finite.length;
  if (count === 0) {
    return { method: 'percentile', d1Minimum: 0, d2Minimum: 0, d3Minimum: 0, accountCount: 0 };
  }
  const ranks = cutoffRanks(count, policy);
  return {
    method: 'percentile',
    d1Minimum: cutoffAtRank(finite, ranks[0]),
    d2Minimum: cutoffAtRank(finite, ranks[1]),
    d3Minimum: cutoffAtRank(finite, ranks[2]),
    accountCount: count
  };
}

function absoluteCutoffs(policy: TierPolicy): TierCutoffs {
  const d1 = finiteThreshold(policy.d1Threshold, 100000);
  const d2 = Math.min(finiteThreshold(policy.d2Threshold, 25000), d1);
  const d3 = Math.min(finiteThreshold(policy.d3Threshold, 0), d2);
  return { method: 'absolute', d1Minimum: d1, d2Minimum: d2, d3Minimum: d3, accountCount: 0 };
}

/** Ranks (from the highest value) of the D1, D2 and D3 cut-offs among `count` values: round(n × cumulative share). */
function cutoffRanks(count: number, policy: TierPolicy): number[] {
  const s1 = Math.max(0, finiteThreshold(policy.d1Share, 0.2));
  const s2 = Math.max(0, finiteThreshold(policy.d2Share, 0.3));
  const s3 = Math.max(0, finiteThreshold(policy.d3Share, 0.3));
  return [Math.floor(count * s1 + 0.5), Math.floor(count * (s1 + s2) + 0.5), Math.floor(count * (s1 + s2 + s3) + 0.5)];
}

/**
 * Cut-offs from a mergeable sketch of the net values — what the scoring batch computes in bounded memory after its first
 * pass. The same ranks as {@link computeTierCutoffs}; each cut-off is the lowest value of the sketch bucket holding the
 * value at that rank, so the whole bucket goes to the higher tier (the ties rule, widened to one bucket). An account's
 * tier can therefore differ from the exact one only when its net value lies within 1 % (one bucket) of a cut-off.
 */
export function computeTierCutoffsFromSketch(sketch: ValueSketch, policy: TierPolicy): TierCutoffs {
  if (policy.method === 'absolute') {
    return absoluteCutoffs(policy);
  }
  const count = sketch == null ? 0 : finiteThreshold(sketch.count, 0);
  if (count <= 0) {
    return { method: 'percentile', d1Minimum: 0, d2Minimum: 0, d3Minimum: 0, accountCount: 0 };
  }
  const ranks = cutoffRanks(count, policy);
  return {
    method: 'percentile',
    d1Minimum: sketchCutoffAtRank(sketch, ranks[0]),
    d2Minimum: sketchCutoffAtRank(sketch, ranks[1]),
    d3Minimum: sketchCutoffAtRank(sketch, ranks[2]),
    accountCount: count
  };
}

/** Lowest value a positive bucket holds. */
function positiveBucketFloor(bucket: number): number {
  return SKETCH_MINIMUM * Math.pow(SKETCH_BASE, bucket);
}

/** Lowest value a negative bucket holds (the capped last bucket reaches the sketch's value limit). */
function negativeBucketFloor(bucket: number): number {
  return bucket >= SKETCH_MAX_BUCKET ? -SKETCH_VALUE_LIMIT : -SKETCH_MINIMUM * Math.pow(SKETCH_BASE, bucket + 1);
}

/** Highest value a sketch may hold: the top of its highest non-empty bucket. */
function sketchCeiling(sketch: ValueSketch): number {
  for (let i = sketch.positiveCounts.length - 1; i >= 0; i--) {
    if (sketch.positiveCounts[i] > 0) {
      return positiveBucketFloor(sketch.positiveOffset + i + 1);
    }
  }
  if (sketch.zeroCount > 0) {
    return SKETCH_MINIMUM;
  }
  for (let i = 0; i < sketch.negativeCounts.length; i++) {
    if (sketch.negativeCounts[i] > 0) {
      return -SKETCH_MINIMUM * Math.pow(SKETCH_BASE, sketch.negativeOffset + i);
    }
  }
  return 0;
}

/** Lowest value of the bucket holding the `rank`-th highest value; above the ceiling when rank is 0. */
function sketchCutoffAtRank(sketch: ValueSketch, rank: number): number {
  if (rank <= 0) {
    return aboveMaximum(sketchCeiling(sketch));
  }
  let remaining = Math.min(rank, sketch.count);
  let floor = 0;
  for (let i = sketch.positiveCounts.length - 1; i >= 0; i--) {
    if (sketch.positiveCounts[i] > 0) {
      floor = positiveBucketFloor(sketch.positiveOffset + i);
      remaining = remaining - sketch.positiveCounts[i];
      if (remaining <= 0) {
        return floor;
      }
    }
  }
  if (sketch.zeroCount > 0) {
    floor = -SKETCH_MINIMUM;
    remaining = remaining - sketch.zeroCount;
    if (remaining <= 0) {
      return floor;
    }
  }
  for (let i = 0; i < sketch.negativeCounts.length; i++) {
    if (sketch.negativeCounts[i] > 0) {
      floor = negativeBucketFloor(sketch.negativeOffset + i);
      remaining = remaining - sketch.negativeCounts[i];
      if (remaining <= 0) {
        return floor;
      }
    }
  }
  return floor;
}

/** Lowest value among the `rank` highest of `values` (re-ordered in place); above the maximum when rank is 0. */
function cutoffAtRank(values: number[], rank: number): number {
  const count = values.length;
  if (rank <= 0) {
    return aboveMaximum(selectKthSmallestInPlace(values, count - 1));
  }
  return selectKthSmallestInPlace(values, count - Math.min(rank, count));
}

/** Tier of `netValue` against `cutoffs` (a non-finite net value is D4). */
export function tierOf(netValue: number, cutoffs: TierCutoffs): Tier {
  if (!Number.isFinite(netValue)) {
    return 'D4';
  }
  if (netValue >= cutoffs.d1Minimum) {
    return 'D1';
  }
  if (netValue >= cutoffs.d2Minimum) {
    return 'D2';
  }
  if (netValue >= cutoffs.d3Minimum) {
    return 'D3';
  }
  return 'D4';
}

/** Tier of an account, the manual override (when it is a valid tier) winning over the computed tier. */
export function assignTier(
  netValue: number,
  cutoffs: TierCutoffs,
  override: string,
  overrideReason: string
): TierAssignment {
  const computed = tierOf(netValue, cutoffs);
  if (!isMissingText(override) && isTier(override)) {
    return {
      tier: override as Tier,
      computedTier: computed,
      overridden: true,
      overrideReason: overrideReason ?? ''
    };
  }
  return { tier: computed, computedTier: computed, overridden: false, overrideReason: '' };
}
