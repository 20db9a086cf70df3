/**
 * The Gamma-Gamma log-likelihood (Fader, Hardie & Lee 2005; the engine's per-customer `gammaGammaLogLikelihood`) over
 * the repeat buyers, for fitting: value, analytic gradient and Hessian in the log-parameters (ln p, ln q, ln γ), in one
 * pass over typed arrays (Node only, not transpiled; the tests hold it equal to the engine's sum and to finite
 * differences).
 *
 * Per customer (x repeat purchases, mean repeat spend z, d = γ + x z):
 *   ln L = lnΓ(px + q) − lnΓ(px) − lnΓ(q) + q ln γ + (px − 1) ln z + px ln x − (px + q) ln d.
 * The log-gamma terms depend on x only (once per distinct x, weighted by its customers); the rest is
 * p Σ x (ln z + ln x − ln d) − Σ ln z − q Σ ln d, so a pass over the customers at a given γ needs only Σ x ln d, Σ ln d,
 * Σ x/d, Σ 1/d, Σ x/d², Σ 1/d² (one logarithm and one division a customer).
 */
import { predictiveLogGamma } from '../../force-app/main/default/lwc/valueEngine/predictive';
import { digamma, outOfBounds, trigamma } from './bgNbdLikelihood';

/** A repeat buyer as the likelihood reads it (x ≥ 1, z > 0). */
export interface GammaGammaProfile {
  x: number;
  monetary?: number;
}

export interface GammaGammaData {
  customers: number;
  x: Float64Array;
  z: Float64Array;
  /** Distinct x values and how many customers have each. */
  distinctX: Float64Array;
  weight: Float64Array;
  /** Σ ln z and Σ x (ln z + ln x): constants of the pass. */
  sumLogZ: number;
  sumXLogXZ: number;
}

/** The customers with x ≥ 1 and a positive mean repeat spend, in typed arrays. */
export function gammaGammaData(customers: readonly GammaGammaProfile[]): GammaGammaData {
  let n = 0;
  for (const c of customers) if (c.x >= 1 && (c.monetary ?? 0) > 0) n++;
  const x = new Float64Array(n);
  const z = new Float64Array(n);
  const counts = new Map<number, number>();
  let sumLogZ = 0;
  let sumXLogXZ = 0;
  let i = 0;
  for (const c of customers) {
    const spend = c.monetary ?? 0;
    if (!(c.x >= 1 && spend > 0)) continue;
    x[i] = c.x;
    z[i] = spend;
    i++;
    const logZ = Math.log(spend);
    sumLogZ += logZ;
    sumXLogXZ += c.x * (logZ + Math.log(c.x));
    counts.set(c.x, (counts.get(c.x) ?? 0) + 1);
  }
  return {
    customers: n,
    x,
    z,
    distinctX: Float64Array.from(counts.keys()),
    weight: Float64Array.from(counts.values()),
    sumLogZ,
    sumXLogXZ
  };
}

export interface GammaGammaLikelihoodDerivatives {
  logLikelihood: number;
  /** ∂ ln L / ∂(ln p, ln q, ln γ) (order ≥ 1). */
  gradient: Float64Array;
  /** Row-major 3 × 3 Hessian of ln L in the log-parameters (order 2). */
  hessian: Float64Array;
}

/** ln L at log-parameters theta (−∞ outside |ln θ| ≤ 18); with `order` 1 or 2 also its gradient, and Hessian. */
export function gammaGammaLikelihoodDerivatives(
  data: GammaGammaData,
  theta: readonly number[],
  order: 0 | 1 | 2
): GammaGammaLikelihoodDerivatives {
  const gradient = new Float64Array(3);
  const hessian = new Float64Array(9);
  if (outOfBounds([theta[0], theta[1], theta[2]])) {
    return { logLikelihood: Number.NEGATIVE_INFINITY, gradient, hessian };
  }
  const p = Math.exp(theta[0]);
  const q = Math.exp(theta[1]);
  const gamma = Math.exp(theta[2]);
  const { x, z, distinctX, weight } = data;
  const n = data.customers;
  // the pass over the customers
  let sumXLogD = 0;
  let sumLogD = 0;
  let sumXInvD = 0;
  let sumInvD = 0;
  let sumXInvD2 = 0;
  let sumInvD2 = 0;
  for (let i = 0; i < n; i++) {
    const xi = x[i];
    const d = gamma + xi * z[i];
    const logD = Math.log(d);
    sumXLogD += xi * logD;
    sumLogD += logD;
    if (order > 0) {
      const inv = 1 / d;
      sumXInvD += xi * inv;
      sumInvD += inv;
      if (order > 1) {
        const inv2 = inv * inv;
        sumXInvD2 += xi * inv2;
        sumInvD2 += inv2;
      }
    }
  }
  // the log-gamma terms, once per distinct x
  let logGammas = 0;
  let dP = 0;
  let dQ = 0;
  let dPP = 0;
  let dPQ = 0;
  let dQQ = 0;
  for (let k = 0; k < distinctX.length; k++) {
    const xk = distinctX[k];
    const w = weight[k];
    const px = p * xk;
    logGammas += w * (predictiveLogGamma(px + q) - predictiveLogGamma(px));
    if (order > 0) {
      const psiSum = digamma(px + q);
      dP += w * xk * (psiSum - digamma(px));
      dQ += w * psiSum;
      if (order > 1) {
        const triSum = trigamma(px + q);
        dPP += w * xk * xk * (triSum - trigamma(px));
        dPQ += w * xk * triSum;
        dQQ += w * triSum;
      }
    }
  }
  const logGamma = Math.log(gamma);
  const logLikelihood =
    logGammas -
    n * predictiveLogGamma(q) +
    n * q * logGamma +
    p * (data.sumXLogXZ - sumXLogD) -
    data.sumLogZ -
    q * sumLogD;
  if (order === 0) return { logLikelihood, gradient, hessian };
  // natural-scale derivatives
  const gp = dP + data.sumXLogXZ - sumXLogD;
  const gq = dQ - n * digamma(q) + n * logGamma - sumLogD;
  const gg = (n * q) / gamma - p * sumXInvD - q * sumInvD;
  const scale = [p, q, gamma];
  const natural = [gp, gq, gg];
  for (let i = 0; i < 3; i++) gradient[i] = scale[i] * natural[i];
  if (order === 2) {
    const hpp = dPP;
    const hpq = dPQ;
    const hqq = dQQ - n * trigamma(q);
    const hpg = -sumXInvD;
    const hqg = n / gamma - sumInvD;
    const hgg = (-n * q) / (gamma * gamma) + p * sumXInvD2 + q * sumInvD2;
    const h = [hpp, hpq, hpg, hpq, hqq, hqg, hpg, hqg, hgg];
    // chain rule for θᵢ = ln φᵢ: ∂²/∂θᵢ∂θⱼ = φᵢ φⱼ ∂²/∂φᵢ∂φⱼ + δᵢⱼ φᵢ ∂/∂φᵢ
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        hessian[3 * i + j] = scale[i] * scale[j] * h[3 * i + j] + (i === j ? scale[i] * natural[i] : 0);
      }
    }
  }
  return { logLikelihood, gradient, hessian };
}
