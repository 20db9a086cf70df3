/**
 * A mergeable sketch of a distribution of money values, for Pareto curves, top-share and Gini in bounded memory.
 * Fixed log-scale buckets: a value v with |v| ≥ 0.01 goes to bucket b = floor(ln(|v| / 0.01) / ln(1.01)) (capped at
 * {@link SKETCH_MAX_BUCKET}, ≈ 1.3 × 10^13), positives and negatives in separate lists; |v| < 0.01 goes to the zero
 * bucket. Each bucket keeps its count and its exact sum, so merging is adding lists and every total is exact.
 * Error bound: inside a bucket values differ from the bucket mean by at most 1 %, so a share of the total read from
 * the sketch is within 1 % (relative) of the exact share, and the Gini coefficient within 0.01 (absolute).
 */
import { safeDivide } from './numbers';

/** Lowest magnitude that gets a log bucket. */
export const SKETCH_MINIMUM = 0.01;
/** Ratio between consecutive bucket bounds (1 % relative width). */
export const SKETCH_BASE = 1.01;
/** ln(1.01). */
export const SKETCH_LOG_BASE = 0.009950330853168083;
/** Highest bucket index (0.01 × 1.01^3500 ≈ 1.3 × 10^13). */
export const SKETCH_MAX_BUCKET = 3500;

/**
 * Counts and sums per log bucket. Each side keeps dense lists covering only the buckets from its lowest to its highest
 * used bucket: list index i is bucket `offset + i` (small in memory, in JSON and in Apex heap).
 */
export interface ValueSketch {
  count: number;
  sum: number;
  zeroCount: number;
  zeroSum: number;
  /** Bucket index of `positiveCounts[0]` / `positiveSums[0]`. */
  positiveOffset: number;
  /** Bucket index of `negativeCounts[0]` / `negativeSums[0]`. */
  negativeOffset: number;
  positiveCounts: number[];
  positiveSums: number[];
  negativeCounts: number[];
  negativeSums: number[];
}

/** A point of a Pareto (cumulative concentration) curve: the top `accountShare` of accounts hold `valueShare`. */
export interface ParetoPoint {
  accountShare: number;
  valueShare: number;
}

/** An empty sketch. */
export function emptySketch(): ValueSketch {
  return {
    count: 0,
    sum: 0,
    zeroCount: 0,
    zeroSum: 0,
    positiveOffset: 0,
    negativeOffset: 0,
    positiveCounts: [],
    positiveSums: [],
    negativeCounts: [],
    negativeSums: []
  };
}

/** 1 / {@link SKETCH_LOG_BASE}. */
const SKETCH_BUCKETS_PER_LOG = 100.49917080713053;
/** −ln({@link SKETCH_MINIMUM}). */
const SKETCH_LOG_OF_INVERSE_MINIMUM = 4.605170185988091;
/** A position read within this distance of a bucket bound is recomputed by the bucket's definition. */
const SKETCH_BOUND_MARGIN = 0.000000001;
/** 1 − {@link SKETCH_BOUND_MARGIN}. */
const SKETCH_BOUND_MARGIN_BELOW_ONE = 0.999999999;

/**
 * Bucket index of a magnitude ≥ {@link SKETCH_MINIMUM}: floor(ln(magnitude / 0.01) / ln(1.01)) capped at
 * {@link SKETCH_MAX_BUCKET} ({@link definedSketchBucket}). Computed as (ln(magnitude) − ln(0.01)) × (1 / ln(1.01)),
 * without the two divisions (a division waits several times as long as a multiplication): not the same roundings, but
 * the two positions differ by less than 1e-11 (each logarithm within a few units in the last place), so wherever the
 * position is farther than 1e-9 from a bucket bound both give the same bucket. Nearer (about one value in 10^9), below
 * bucket 0 and for a magnitude that is not a finite positive number the definition decides: every magnitude gets
 * exactly the bucket of the definition (a test checks the doubles around every bound).
 */
export function sketchBucket(magnitude: number): number {
  const position = (Math.log(magnitude) + SKETCH_LOG_OF_INVERSE_MINIMUM) * SKETCH_BUCKETS_PER_LOG;
  const index = Math.floor(position);
  const within = position - index;
  if (within > SKETCH_BOUND_MARGIN && within < SKETCH_BOUND_MARGIN_BELOW_ONE && index >= 0) {
    return index < SKETCH_MAX_BUCKET ? index : SKETCH_MAX_BUCKET;
  }
  return definedSketchBucket(magnitude);
}

/** The definition of a magnitude's bucket: floor(ln(magnitude / 0.01) / ln(1.01)), from 0 to {@link SKETCH_MAX_BUCKET}. */
function definedSketchBucket(magnitude: number): number {
  const index = Math.floor(Math.log(magnitude / SKETCH_MINIMUM) / SKETCH_LOG_BASE);
  return Math.min(SKETCH_MAX_BUCKET, Math.max(0, index));
}

/**
 * Makes the lists `counts` / `sums`, whose first entry is bucket `offset`, cover `bucket` (zeros added before or after);
 * returns the new offset.
 */
function cover(counts: number[], sums: number[], offset: number, bucket: number): number {
  if (counts.length === 0) {
    counts.push(0);
    sums.push(0);
    return bucket;
  }
  if (bucket < offset) {
    const shift = offset - bucket;
    const length = counts.length;
    for (let i = 0; i < shift; i++) {
      counts.push(0);
      sums.push(0);
    }
    for (let i = length - 1; i >= 0; i--) {
      counts[i + shift] = counts[i];
      sums[i + shift] = sums[i];
    }
    for (let i = 0; i < shift; i++) {
      counts[i] = 0;
      sums[i] = 0;
    }
    return bucket;
  }
  while (offset + counts.length <= bucket) {
    counts.push(0);
    sums.push(0);
  }
  return offset;
}

/** Largest magnitude the sketch adds (10^15; larger values count at ±10^15) so its sums stay finite. */
export const SKETCH_VALUE_LIMIT = 1000000000000000;

/** Adds `value` to `sketch` in place (a non-finite value is ignored, a larger one bounded to ±10^15). */
export function addToSketch(sketch: ValueSketch, rawValue: number): void {
  if (!Number.isFinite(rawValue)) {
    return;
  }
  const bounded = rawValue > 0 ? SKETCH_VALUE_LIMIT : -SKETCH_VALUE_LIMIT;
  addWithinLimit(sketch, rawValue > -SKETCH_VALUE_LIMIT && rawValue < SKETCH_VALUE_LIMIT ? rawValue : bounded);
}

/** Adds `value` (finite, within ±{@link SKETCH_VALUE_LIMIT}) to `sketch` in place. */
function addWithinLimit(sketch: ValueSketch, value: number): void {
  sketch.count = sketch.count + 1;
  sketch.sum = sketch.sum + value;
  const magnitude = Math.abs(value);
  if (magnitude < SKETCH_MINIMUM) {
    sketch.zeroCount = sketch.zeroCount + 1;
    sketch.zeroSum = sketch.zeroSum + value;
    return;
  }
  const bucket = sketchBucket(magnitude);
  const positive = value > 0;
  const counts = positive ? sketch.positiveCounts : sketch.negativeCounts;
  const sums = positive ? sketch.positiveSums : sketch.negativeSums;
  let at = bucket - (positive ? sketch.positiveOffset : sketch.negativeOffset);
  if (at < 0 || at >= counts.length) {
    at = bucket - coverSide(sketch, positive, bucket);
  }
  counts[at] = counts[at] + 1;
  sums[at] = sums[at] + value;
}

/** Makes one side of `sketch` (positive or negative) cover `bucket`; returns that side's new offset. */
function coverSide(sketch: ValueSketch, positive: boolean, bucket: number): number {
  if (positive) {
    sketch.positiveOffset = cover(sketch.positiveCounts, sketch.positiveSums, sketch.positiveOffset, bucket);
    return sketch.positiveOffset;
  }
  sketch.negativeOffset = cover(sketch.negativeCounts, sketch.negativeSums, sketch.negativeOffset, bucket);
  return sketch.negativeOffset;
}

/** Adds the lists of one side of `source` into `target`'s; returns `target`'s new offset. */
function mergeSide(
  targetCounts: number[],
  targetSums: number[],
  targetOffset: number,
  sourceCounts: number[],
  sourceSums: number[],
  sourceOffset: number
): number {
  if (sourceCounts.length === 0) {
    return targetOffset;
  }
  let offset = cover(targetCounts, targetSums, targetOffset, sourceOffset);
  offset = cover(targetCounts, targetSums, offset, sourceOffset + sourceCounts.length - 1);
  for (let i = 0; i < sourceCounts.length; i++) {
    const at = sourceOffset + i - offset;
    targetCounts[at] = targetCounts[at] + sourceCounts[i];
    targetSums[at] = targetSums[at] + (sourceSums[i] ?? 0);
  }
  return offset;
}

/** Adds every value of `source` to `target` in place (the batch's merge: O(buckets of source)). */
export function mergeIntoSketch(target: ValueSketch, source: ValueSketch): void {
  target.count = target.count + source.count;
  target.sum = target.sum + source.sum;
  target.zeroCount = target.zeroCount + source.zeroCount;
  target.zeroSum = target.zeroSum + source.zeroSum;
  target.positiveOffset = mergeSide(
    target.positiveCounts,
    target.positiveSums,
    target.positiveOffset,
    source.positiveCounts,
    source.positiveSums,
    source.positiveOffset
  );
  target.negativeOffset = mergeSide(
    target.negativeCounts,
    target.negativeSums,
    target.negativeOffset,
    source.negativeCounts,
    source.negativeSums,
    source.negativeOffset
  );
}

/** The sketch of the union of two sketches' values (neither input is changed). */
export function mergeSketches(first: ValueSketch, second: ValueSketch): ValueSketch {
  const merged = emptySketch();
  mergeIntoSketch(merged, first);
  mergeIntoSketch(merged, second);
  return merged;
}

/** Sum of the positive values. */
export function sketchPositiveSum(sketch: ValueSketch): number {
  let total = sketch.zeroSum > 0 ? sketch.zeroSum : 0;
  for (let i = 0; i < sketch.positiveSums.length; i++) {
    total = total + sketch.positiveSums[i];
  }
  return total;
}

/**
 * Buckets in descending value order as parallel lists (count, sum): positive buckets from the highest, the zero
 * bucket, then negative buckets from the smallest magnitude.
 */
function descendingBuckets(sketch: ValueSketch, counts: number[], sums: number[]): void {
  for (let b = sketch.positiveCounts.length - 1; b >= 0; b--) {
    if (sketch.positiveCounts[b] > 0) {
      counts.push(sketch.positiveCounts[b]);
      sums.push(sketch.positiveSums[b] ?? 0);
    }
  }
  if (sketch.zeroCount > 0) {
    counts.push(sketch.zeroCount);
    sums.push(sketch.zeroSum);
  }
  for (let b = 0; b < sketch.negativeCounts.length; b++) {
    if (sketch.negativeCounts[b] > 0) {
      counts.push(sketch.negativeCounts[b]);
      sums.push(sketch.negativeSums[b] ?? 0);
    }
  }
}

/** The denominator of shares: the total when positive, else the sum of the positive values, else 0. */
function shareBase(sketch: ValueSketch): number {
  return sketch.sum > 0 ? sketch.sum : sketchPositiveSum(sketch);
}

/**
 * Share of the total held by the top `accountShare` (0–1) of accounts, values inside a bucket counted at the bucket
 * mean. For net value (negatives allowed) the curve may exceed 1 before coming back to 1 (the "whale curve").
 * 0 for an empty sketch or a non-positive base.
 */
export function sketchTopShare(sketch: ValueSketch, accountShare: number): number {
  const base = shareBase(sketch);
  if (sketch.count === 0 || base <= 0 || !Number.isFinite(accountShare)) {
    return 0;
  }
  const counts: number[] = [];
  const sums: number[] = [];
  descendingBuckets(sketch, counts, sums);
  const target = Math.min(1, Math.max(0, accountShare)) * sketch.count;
  let taken = 0;
  let value = 0;
  for (let i = 0; i < counts.length; i++) {
    if (taken + counts[i] <= target) {
      taken = taken + counts[i];
      value = value + sums[i];
    } else {
      value = value + (target - taken) * safeDivide(sums[i], counts[i], 0);
      taken = target;
      break;
    }
  }
  return safeDivide(value, base, 0);
}

/** Pareto curve at account shares 0, 0.1, …, 1 (11 points). */
export function sketchParetoCurve(sketch: ValueSketch): ParetoPoint[] {
  const points: ParetoPoint[] = [];
  for (let i = 0; i <= 10; i++) {
    points.push({ accountShare: i / 10, valueShare: sketchTopShare(sketch, i / 10) });
  }
  return points;
}

/**
 * Gini coefficient of the non-negative part of the values (negatives count as 0), from the Lorenz curve of the
 * buckets: G = 1 − Σ (Fₖ − Fₖ₋₁)(Lₖ + Lₖ₋₁), ascending. Equals Σᵢⱼ |xᵢ − xⱼ| / (2 n² μ) when values inside a bucket
 * are equal; within 0.01 otherwise. 0 for an empty sketch or a zero total.
 */
export function sketchGini(sketch: ValueSketch): number {
  const total = sketchPositiveSum(sketch);
  if (sketch.count === 0 || total <= 0) {
    return 0;
  }
  const counts: number[] = [];
  const sums: number[] = [];
  descendingBuckets(sketch, counts, sums);
  let cumulativeSum = 0;
  let area = 0;
  for (let i = counts.length - 1; i >= 0; i--) {
    const positive = sums[i] > 0 ? sums[i] : 0;
    const previousShare = safeDivide(cumulativeSum, total, 0);
    cumulativeSum = cumulativeSum + positive;
    area = area + safeDivide(counts[i], sketch.count, 0) * (previousShare + safeDivide(cumulativeSum, total, 0));
  }
  return Math.min(1, Math.max(0, 1 - area));
}
