/**
 * Seeded simulation of the models (Node only, for tests and validation; the engine has no randomness): draws from
 * Gamma and Beta distributions, BG/NBD customers, and multivariate-normal parameter draws for a parametric bootstrap.
 */
import type { CustomerSummary } from './modelFits';
import { mulberry32 } from '../shared/mulberry32';

/**
 * Deterministic uniform generator on the open interval (0, 1): mulberry32 shifted by half a step, so that draws fed to
 * logarithms are never 0 (exactly (u + 0.5) / 2³², as both terms are powers of two apart).
 */
export function seededRandom(seed: number): () => number {
  const next = mulberry32(seed);
  return () => next() + 0.5 / 4294967296;
}

/** Standard normal (Box–Muller). */
export function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(random())) * Math.cos(2 * Math.PI * random());
}

/** Gamma(shape, scale 1) — Marsaglia & Tsang, with the shape < 1 boost. */
export function gammaDraw(shape: number, random: () => number): number {
  if (shape < 1) return gammaDraw(shape + 1, random) * Math.pow(random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(random);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

export function betaDraw(a: number, b: number, random: () => number): number {
  const x = gammaDraw(a, random);
  const y = gammaDraw(b, random);
  return x / (x + y);
}

/** Simulates BG/NBD customers: first purchase at 0, repeat purchases at rate λ, dropout with probability p after each. */
export function simulateBgNbd(
  params: { r: number; alpha: number; a: number; b: number },
  ages: number[],
  seed: number
): CustomerSummary[] {
  const random = seededRandom(seed);
  return ages.map((T, i) => {
    const lambda = gammaDraw(params.r, random) / params.alpha;
    const p = betaDraw(params.a, params.b, random);
    let t = 0;
    let x = 0;
    let tx = 0;
    for (;;) {
      t += -Math.log(random()) / Math.max(lambda, 1e-300);
      if (t > T) break;
      x++;
      tx = t;
      if (random() < p) break;
    }
    return { id: String(i + 1), x, tx, T };
  });
}

/** Draws from N(mean, covariance) (row-major covariance, Cholesky factor). */
export function multivariateNormalDraws(mean: number[], covariance: number[], count: number, seed: number): number[][] {
  const n = mean.length;
  const l: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = covariance[i * n + j];
      for (let k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
      l[i][j] = i === j ? Math.sqrt(Math.max(sum, 0)) : l[j][j] === 0 ? 0 : sum / l[j][j];
    }
  }
  const random = seededRandom(seed);
  const draws: number[][] = [];
  for (let d = 0; d < count; d++) {
    const z = mean.map(() => normal(random));
    draws.push(mean.map((m, i) => m + l[i].reduce((s, v, k) => s + v * z[k], 0)));
  }
  return draws;
}
