/**
 * mulberry32: a small, fast, seeded uniform generator on [0, 1), identical on every machine. One copy for the sample
 * data, the workbench's synthetic portfolio, the models' simulations and cross-validation folds, so that a seed means
 * the same sequence everywhere.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
