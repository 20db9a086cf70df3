/**
 * A mergeable sketch of a distribution of money values, for Pareto curves, top-share and Gini in bounded memory.
 * Fixed log-scale buckets: a value v with |v| ≥ 0.01 goes to bucket b = floor(ln(|v| / 0.01) / ln(1.01)) (capped at
 * {@link SKETCH_MAX_BUCKET}, ≈ 1.3 × 10^13), positives and negatives in separate maps; |v| < 0.01 goes to the zero
 * bucket. Each bucket keeps its count and its exact sum, so merging is adding maps and every total is exact.
 * Error bound: inside a bucket values differ from the bucket mean by at most 1 %, so a share of the total read from
 * the sketch is within 1 % (relative) of the exact share, and the Gini coefficient within 0.01 (absolute).
 */
import { safeDivide } from './numbers';
import { orderByNumberAscending, orderByNumberDescending } from './sorting';

/** Lowest magnitude that gets a log bucket. */
export const SKETCH_MINIMUM = 0.01;
/** Ratio between consecutive bucket bounds (1 % relative width). */
export const SKETCH_BASE = 1.01;
/** ln(1.01). */
export const SKETCH_LOG_BASE = 0.009950330853168083;
/** Highest bucket index (0.01 × 1.01^3500 ≈ 1.3 × 10^13). */
export const SKETCH_MAX_BUCKET = 3500;

/** Counts and sums per log bucket, keyed by the bucket index as text. */
export interface ValueSketch {
  count: number;
  sum: number;
  zeroCount: number;
  zeroSum: number;
  positiveCounts: Record<string, number>;
  positiveSums: Record<string, number>;
  negativeCounts: Record<string, number>;
  negativeSums: Record<string, number>;
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
    positiveCounts: {},
    positiveSums: {},
    negativeCounts: {},
    negativeSums: {}
  };
}

/** Bucket index of a magnitude ≥ {@link SKETCH_MINIMUM}. */
export function sketchBucket(magnitude: number): number {
  const index = Math.floor(Math.log(magnitude / SKETCH_MINIMUM) / SKETCH_LOG_BASE);
  return Math.min(SKETCH_MAX_BUCKET, Math.max(0, index));
}

/** Adds `value` to `sketch` in place (a non-finite value is ignored). */
export function addToSketch(sketch: ValueSketch, value: number): void {
  if (!Number.isFinite(value)) {
    return;
  }
  sketch.count = sketch.count + 1;
  sketch.sum = sketch.sum + value;
  const magnitude = Math.abs(value);
  if (magnitude < SKETCH_MINIMUM) {
    sketch.zeroCount = sketch.zeroCount + 1;
    sketch.zeroSum = sketch.zeroSum + value;
    return;
  }
  const key = String(sketchBucket(magnitude));
  if (value > 0) {
    sketch.positiveCounts[key] = (sketch.positiveCounts[key] ?? 0) + 1;
    sketch.positiveSums[key] = (sketch.positiveSums[key] ?? 0) + value;
  } else {
    sketch.negativeCounts[key] = (sketch.negativeCounts[key] ?? 0) + 1;
    sketch.negativeSums[key] = (sketch.negativeSums[key] ?? 0) + value;
  }
}

function mergeMaps(first: Record<string, number>, second: Record<string, number>): Record<string, number> {
  const merged: Record<string, number> = {};
  for (const key of Object.keys(first)) {
    merged[key] = first[key];
  }
  for (const key of Object.keys(second)) {
    merged[key] = (merged[key] ?? 0) + second[key];
  }
  return merged;
}

/** The sketch of the union of two sketches' values (neither input is changed). */
export function mergeSketches(first: ValueSketch, second: ValueSketch): ValueSketch {
  return {
    count: first.count + second.count,
    sum: first.sum + second.sum,
    zeroCount: first.zeroCount + second.zeroCount,
    zeroSum: first.zeroSum + second.zeroSum,
    positiveCounts: mergeMaps(first.positiveCounts, second.positiveCounts),
    positiveSums: mergeMaps(first.positiveSums, second.positiveSums),
    negativeCounts: mergeMaps(first.negativeCounts, second.negativeCounts),
    negativeSums: mergeMaps(first.negativeSums, second.negativeSums)
  };
}

/** Sum of the positive values. */
export function sketchPositiveSum(sketch: ValueSketch): number {
  let total = sketch.zeroSum > 0 ? sketch.zeroSum : 0;
  for (const key of Object.keys(sketch.positiveSums)) {
    total = total + sketch.positiveSums[key];
  }
  return total;
}

/**
 * Buckets in descending value order as parallel lists (count, sum): positive buckets from the highest, the zero
 * bucket, then negative buckets from the smallest magnitude.
 */
function bucketIndexes(counts: Record<string, number>): number[] {
  const indexes: number[] = [];
  for (const key of Object.keys(counts)) {
    if (counts[key] > 0) {
      indexes.push(Number(key));
    }
  }
  return indexes;
}

function descendingBuckets(sketch: ValueSketch, counts: number[], sums: number[]): void {
  const positive = bucketIndexes(sketch.positiveCounts);
  const positiveOrder = orderByNumberDescending(positive);
  for (let i = 0; i < positiveOrder.length; i++) {
    const key = String(positive[positiveOrder[i]]);
    counts.push(sketch.positiveCounts[key]);
    sums.push(sketch.positiveSums[key] ?? 0);
  }
  if (sketch.zeroCount > 0) {
    counts.push(sketch.zeroCount);
    sums.push(sketch.zeroSum);
  }
  const negative = bucketIndexes(sketch.negativeCounts);
  const negativeOrder = orderByNumberAscending(negative);
  for (let i = 0; i < negativeOrder.length; i++) {
    const key = String(negative[negativeOrder[i]]);
    counts.push(sketch.negativeCounts[key]);
    sums.push(sketch.negativeSums[key] ?? 0);
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
