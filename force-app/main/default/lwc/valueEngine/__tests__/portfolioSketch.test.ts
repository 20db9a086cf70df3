import {
  addToSketch,
  emptySketch,
  mergeSketches,
  sketchBucket,
  sketchGini,
  sketchParetoCurve,
  sketchPositiveSum,
  sketchTopShare
} from '../valueEngine';

/** Deterministic pseudo-random generator (mulberry32) for reproducible distributions. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function exactTopShare(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => b - a);
  const total = values.reduce((sum, value) => sum + value, 0);
  const count = Math.round(share * values.length);
  return sorted.slice(0, count).reduce((sum, value) => sum + value, 0) / total;
}

function exactGini(values: number[]): number {
  const sorted = values.map((value) => Math.max(0, value)).sort((a, b) => a - b);
  const n = sorted.length;
  const total = sorted.reduce((sum, value) => sum + value, 0);
  let weighted = 0;
  sorted.forEach((value, index) => {
    weighted += (2 * (index + 1) - n - 1) * value;
  });
  return weighted / (n * total);
}

function sketchOf(values: number[]) {
  const sketch = emptySketch();
  for (const value of values) addToSketch(sketch, value);
  return sketch;
}

describe('portfolioSketch', () => {
  it('puts values into log buckets of 1 % width', () => {
    expect(sketchBucket(0.01)).toBe(0);
    expect(sketchBucket(0.0101)).toBe(1);
    expect(sketchBucket(1)).toBe(Math.floor(Math.log(100) / Math.log(1.01)));
    expect(sketchBucket(1e30)).toBe(3500);
  });

  it('gives every magnitude exactly the bucket of the definition floor(ln(m / 0.01) / ln(1.01)), bounds included', () => {
    const defined = (magnitude: number): number =>
      Math.min(3500, Math.max(0, Math.floor(Math.log(magnitude / 0.01) / 0.009950330853168083)));
    const bits = new Float64Array(1);
    const word = new BigUint64Array(bits.buffer);
    const misplaced: number[] = [];
    const check = (magnitude: number): void => {
      if (!Object.is(sketchBucket(magnitude), defined(magnitude))) misplaced.push(magnitude);
    };
    // The doubles around every bucket bound 0.01 × 1.01^b (two roundings of it), 24 units in the last place each way.
    for (let bucket = 0; bucket <= 3940; bucket++) {
      for (const bound of [0.01 * Math.pow(1.01, bucket), 0.01 * Math.exp(bucket * 0.009950330853168083)]) {
        bits[0] = bound;
        const middle = word[0];
        for (let step = -24n; step <= 24n; step++) {
          word[0] = middle + step;
          check(bits[0]);
        }
      }
    }
    const next = random(14);
    for (let i = 0; i < 200000; i++) check(Math.exp(-4.6 + next() * 39.2));
    for (const edge of [0, -0, -1, 0.005, 0.01, 1e15, 1e16, 1e300, 5e-324, Infinity, -Infinity, Number.NaN])
      check(edge);
    expect(misplaced).toEqual([]);
  });

  it('keeps counts and sums exact, negatives and near-zero values apart', () => {
    const sketch = sketchOf([100, 100.1, -50, 0.001, Number.NaN, 0]);
    expect(sketch.count).toBe(5);
    expect(sketch.sum).toBeCloseTo(150.101, 12);
    expect(sketch.zeroCount).toBe(2);
    expect(sketch.negativeCounts.filter((count) => count > 0)).toEqual([1]);
    expect(sketch.positiveCounts.filter((count) => count > 0)).toEqual([2]);
    expect(sketch.positiveCounts).toHaveLength(1);
    expect(sketch.positiveOffset).toBe(925);
    expect(sketchPositiveSum(sketch)).toBeCloseTo(200.101, 12);
  });

  it('computes exact shares and Gini when every value sits in its own bucket', () => {
    // values 10, 20, 30, 40: top 25 % holds 40/100; Gini = Σ|xi − xj| / (2 n² μ) = 200 / (2 × 16 × 25) = 0.25
    const sketch = sketchOf([10, 20, 30, 40]);
    expect(sketchTopShare(sketch, 0.25)).toBeCloseTo(0.4, 12);
    expect(sketchTopShare(sketch, 0.5)).toBeCloseTo(0.7, 12);
    expect(sketchGini(sketch)).toBeCloseTo(0.25, 12);
    expect(sketchGini(sketchOf([5, 5, 5]))).toBeCloseTo(0, 12);
  });

  it('draws a whale curve for net value that rises above 100 % before the value destroyers bring it back', () => {
    const curve = sketchParetoCurve(sketchOf([100, 50, 10, -20, -40]));
    expect(curve).toHaveLength(11);
    expect(curve[0]).toEqual({ accountShare: 0, valueShare: 0 });
    // top 60 % (3 accounts) hold 160 of a total of 100
    expect(curve[6].valueShare).toBeCloseTo(1.6, 12);
    expect(curve[10].valueShare).toBeCloseTo(1, 12);
  });

  it('extends its bucket lists downwards and upwards, and merges sketches with different ranges', () => {
    const sketch = sketchOf([100, 1, 10000]);
    expect(sketch.positiveOffset).toBe(sketchBucket(1));
    expect(sketch.positiveCounts).toHaveLength(sketchBucket(10000) - sketchBucket(1) + 1);
    const merged = mergeSketches(sketchOf([5, -3]), sketchOf([0.5, 5000, -3000]));
    expect(merged.count).toBe(5);
    expect(merged.positiveOffset).toBe(sketchBucket(0.5));
    expect(merged.negativeCounts.reduce((sum, count) => sum + count, 0)).toBe(2);
    expect(sketchTopShare(merged, 0.2)).toBeCloseTo(5000 / 2002.5, 12);
  });

  it('answers 0 for an empty sketch or a non-positive base', () => {
    expect(sketchTopShare(emptySketch(), 0.2)).toBe(0);
    expect(sketchGini(emptySketch())).toBe(0);
    expect(sketchTopShare(sketchOf([-5, -1]), 0.5)).toBe(0);
    expect(sketchTopShare(sketchOf([5]), Number.NaN)).toBe(0);
  });

  it('stays within 1 % of the exact top-20 % share and Gini on 100 000 log-normal accounts, merged from chunks', () => {
    const next = random(42);
    const values: number[] = [];
    let merged = emptySketch();
    for (let chunk = 0; chunk < 10; chunk++) {
      const sketch = emptySketch();
      for (let i = 0; i < 10000; i++) {
        const gaussian = Math.sqrt(-2 * Math.log(next() + 1e-12)) * Math.cos(2 * Math.PI * next());
        const value = Math.exp(9 + 1.5 * gaussian);
        values.push(value);
        addToSketch(sketch, value);
      }
      merged = mergeSketches(merged, sketch);
    }
    const topShare = sketchTopShare(merged, 0.2);
    const exactShare = exactTopShare(values, 0.2);
    expect(Math.abs(topShare - exactShare) / exactShare).toBeLessThan(0.01);
    const gini = sketchGini(merged);
    const exact = exactGini(values);
    expect(Math.abs(gini - exact)).toBeLessThan(0.01);
    expect(Math.abs(gini - exact) / exact).toBeLessThan(0.01);
    expect(merged.count).toBe(100000);
  });
});
