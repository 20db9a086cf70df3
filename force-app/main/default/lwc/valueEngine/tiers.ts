/**
 * Tiers D1–D4 by net value: cut-offs are computed once per portfolio (percentile method) or read from the policy
 * (absolute method); an account is D1 when its net value ≥ d1Minimum, else D2 when ≥ d2Minimum, else D3 when
 * ≥ d3Minimum, else D4. Whatever the method, an account that creates no value (net value below one cent:
 * {@link VALUE_CREATION_MINIMUM}) is D4 "Unprofitable", and the percentile shares rank only the accounts that create
 * value. A valid manual override wins and is reported as such.
 */
import type { TierPolicy } from './config';
import type { Tier, TierMethod } from './domain';
import { isTier } from './domain';
import { isMissingText } from './numbers';
import type { ValueSketch } from './portfolioSketch';
import { SKETCH_BASE, SKETCH_MINIMUM } from './portfolioSketch';
import { selectKthSmallestInPlace } from './sorting';

/**
 * The least net value that creates value: one cent (the sketch's zero bucket holds |v| below it). An account below it
 * generates nothing or destroys value, and is D4 whatever the percentiles or thresholds.
 */
export const VALUE_CREATION_MINIMUM = 0.01;

/** Net-value cut-offs of a portfolio (each at least {@link VALUE_CREATION_MINIMUM}). */
export interface TierCutoffs {
  method: TierMethod;
  d1Minimum: number;
  d2Minimum: number;
  d3Minimum: number;
  /** Number of finite net values of the portfolio (0 for the absolute method); the shares ranked those ≥ one cent. */
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
 * Cut-offs for `netValues`. Percentile: the accounts that create value (finite net value ≥ one cent) are ranked from
 * highest to lowest; with m of them the D1 cut-off is the value at rank round(m × d1Share) (the lowest value still in
 * D1), D2 at round(m × (d1 + d2)), D3 at round(m × (d1 + d2 + d3)) — one cent when that rank reaches m (no account
 * creating value is left below). An empty tier gets a cut-off above the maximum. Ties at a cut-off all go to the higher
 * tier. Absolute: the policy's thresholds, none below one cent.
 */
export function computeTierCutoffs(netValues: number[], policy: TierPolicy): TierCutoffs {
  if (policy.method === 'absolute') {
    return absoluteCutoffs(policy);
  }
  const creating: number[] = [];
  const values = netValues ?? [];
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    if (Number.isFinite(values[i])) {
      count++;
      if (values[i] >= VALUE_CREATION_MINIMUM) {
        creating.push(values[i]);
      }
    }
  }
  if (creating.length === 0) {
    return noValueCreated(count);
  }
  const ranks = cutoffRanks(creating.length, policy);
  return {
    method: 'percentile',
    d1Minimum: cutoffAtRank(creating, ranks[0]),
    d2Minimum: cutoffAtRank(creating, ranks[1]),
    d3Minimum: cutoffAtRank(creating, ranks[2]),
    accountCount: count
  };
}

/** Percentile cut-offs of a portfolio where no account creates value: every cut-off one cent. */
function noValueCreated(count: number): TierCutoffs {
  return {
    method: 'percentile',
    d1Minimum: VALUE_CREATION_MINIMUM,
    d2Minimum: VALUE_CREATION_MINIMUM,
    d3Minimum: VALUE_CREATION_MINIMUM,
    accountCount: count
  };
}

function absoluteCutoffs(policy: TierPolicy): TierCutoffs {
  const d1 = Math.max(finiteThreshold(policy.d1Threshold, 100000), VALUE_CREATION_MINIMUM);
  const d2 = Math.max(Math.min(finiteThreshold(policy.d2Threshold, 25000), d1), VALUE_CREATION_MINIMUM);
  const d3 = Math.max(Math.min(finiteThreshold(policy.d3Threshold, 0), d2), VALUE_CREATION_MINIMUM);
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
 * pass. The same ranks as {@link computeTierCutoffs}, among the positive buckets (the values ≥ one cent); each cut-off is
 * the lowest value of the sketch bucket holding the value at that rank, so the whole bucket goes to the higher tier (the
 * ties rule, widened to one bucket). An account's tier can therefore differ from the exact one only when its net value
 * lies within 1 % (one bucket) of a cut-off.
 */
export function computeTierCutoffsFromSketch(sketch: ValueSketch, policy: TierPolicy): TierCutoffs {
  if (policy.method === 'absolute') {
    return absoluteCutoffs(policy);
  }
  const count = sketch == null ? 0 : finiteThreshold(sketch.count, 0);
  let creating = 0;
  if (sketch != null) {
    for (let i = 0; i < sketch.positiveCounts.length; i++) {
      creating = creating + sketch.positiveCounts[i];
    }
  }
  if (count <= 0 || creating <= 0) {
    return noValueCreated(Math.max(0, count));
  }
  const ranks = cutoffRanks(creating, policy);
  return {
    method: 'percentile',
    d1Minimum: sketchCutoffAtRank(sketch, ranks[0], creating),
    d2Minimum: sketchCutoffAtRank(sketch, ranks[1], creating),
    d3Minimum: sketchCutoffAtRank(sketch, ranks[2], creating),
    accountCount: count
  };
}

/** Lowest value a positive bucket holds. */
function positiveBucketFloor(bucket: number): number {
  return SKETCH_MINIMUM * Math.pow(SKETCH_BASE, bucket);
}

/** Highest value the positive buckets may hold: the top of the highest non-empty one. */
function sketchCeiling(sketch: ValueSketch): number {
  for (let i = sketch.positiveCounts.length - 1; i >= 0; i--) {
    if (sketch.positiveCounts[i] > 0) {
      return positiveBucketFloor(sketch.positiveOffset + i + 1);
    }
  }
  return VALUE_CREATION_MINIMUM;
}

/**
 * Lowest value of the positive bucket holding the `rank`-th highest value; above the ceiling when rank is 0, one cent
 * when the rank reaches every one of the `creating` positive values.
 */
function sketchCutoffAtRank(sketch: ValueSketch, rank: number, creating: number): number {
  if (rank <= 0) {
    return aboveMaximum(sketchCeiling(sketch));
  }
  if (rank >= creating) {
    return VALUE_CREATION_MINIMUM;
  }
  let remaining = rank;
  for (let i = sketch.positiveCounts.length - 1; i >= 0; i--) {
    if (sketch.positiveCounts[i] > 0) {
      remaining = remaining - sketch.positiveCounts[i];
      if (remaining <= 0) {
        return Math.max(positiveBucketFloor(sketch.positiveOffset + i), VALUE_CREATION_MINIMUM);
      }
    }
  }
  return VALUE_CREATION_MINIMUM;
}

/**
 * Lowest value among the `rank` highest of `values` (values ≥ one cent, re-ordered in place); above the maximum when
 * rank is 0, one cent when the rank reaches every value.
 */
function cutoffAtRank(values: number[], rank: number): number {
  const count = values.length;
  if (rank <= 0) {
    return aboveMaximum(selectKthSmallestInPlace(values, count - 1));
  }
  if (rank >= count) {
    return VALUE_CREATION_MINIMUM;
  }
  return selectKthSmallestInPlace(values, count - rank);
}

/** Tier of `netValue` against `cutoffs`; an account that creates no value (or a non-finite net value) is D4. */
export function tierOf(netValue: number, cutoffs: TierCutoffs): Tier {
  if (!Number.isFinite(netValue) || netValue < VALUE_CREATION_MINIMUM) {
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
  const assignment: TierAssignment = { tier: 'D4', computedTier: 'D4', overridden: false, overrideReason: '' };
  assignTierInto(assignment, netValue, cutoffs, override, overrideReason);
  return assignment;
}

/** {@link assignTier} into a caller-owned record, overwritten whole: the workspace's, one per chunk. */
export function assignTierInto(
  target: TierAssignment,
  netValue: number,
  cutoffs: TierCutoffs,
  override: string,
  overrideReason: string
): void {
  const computed = tierOf(netValue, cutoffs);
  target.computedTier = computed;
  if (!isMissingText(override) && override !== '' && isTier(override)) {
    target.tier = override as Tier;
    target.overridden = true;
    target.overrideReason = overrideReason ?? '';
    return;
  }
  target.tier = computed;
  target.overridden = false;
  target.overrideReason = '';
}
