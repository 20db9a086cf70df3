/**
 * Gamma-Gamma model of spend per purchase — Fader, Hardie & Lee (2005), "RFM and CLV: using iso-value curves for
 * customer base analysis", Journal of Marketing Research 42(4); and Fader & Hardie (2013), "The Gamma-Gamma model of
 * monetary value". Engine subset (docs/ENGINE_SUBSET.md).
 */
import { predictiveLogGamma } from './specialFunctions';
import type { PredictiveEstimate } from './predictiveCommon';
import { PREDICTIVE_GRADIENT_STEP, predictiveDeltaEstimate } from './predictiveCommon';

/** Fitted Gamma-Gamma parameters (γ is in currency units). */
export interface GammaGammaParameters {
  p: number;
  q: number;
  gamma: number;
  /** Row-major 3 × 3 covariance of (ln p, ln q, ln γ), from the fit's inverse Hessian; optional. */
  logCovariance?: number[];
}

/** A customer's repeat purchases x and the mean value z̄ of those repeat purchases. */
export interface GammaGammaCustomer {
  frequency: number;
  meanSpend: number;
}

function gammaGammaClamp(value: number): number {
  if (!Number.isFinite(value)) {
    return Number.isNaN(value) ? 1 : 1e8;
  }
  return Math.min(Math.max(value, 1e-8), 1e8);
}

function gammaGammaShiftParameter(params: GammaGammaParameters, index: number, logStep: number): GammaGammaParameters {
  const factor = Math.exp(logStep);
  return {
    p: index === 0 ? params.p * factor : params.p,
    q: index === 1 ? params.q * factor : params.q,
    gamma: index === 2 ? params.gamma * factor : params.gamma,
    logCovariance: params.logCovariance
  };
}

/**
 * E[Z | x, z̄] = p(γ + x z̄) / (p x + q − 1): a weighted mean of the population mean pγ/(q−1) and the customer's own
 * mean z̄. Returns 0 when the population mean does not exist (q ≤ 1 for a customer with x = 0) or inputs are invalid.
 */
export function gammaGammaExpectedSpend(params: GammaGammaParameters, customer: GammaGammaCustomer): number {
  const p = gammaGammaClamp(params.p);
  const q = gammaGammaClamp(params.q);
  const gamma = gammaGammaClamp(params.gamma);
  const x = Number.isFinite(customer.frequency) ? Math.max(customer.frequency, 0) : 0;
  const zbar = Number.isFinite(customer.meanSpend) && x > 0 ? Math.max(customer.meanSpend, 0) : 0;
  const denominator = p * x + q - 1;
  if (denominator <= 1e-12) {
    return x > 0 ? zbar : 0;
  }
  const value = (p * (gamma + x * zbar)) / denominator;
  return Number.isFinite(value) ? value : 0;
}

/**
 * Log-likelihood contribution of one customer with x ≥ 1 repeat purchases of mean z̄ > 0:
 * ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln z̄ + px ln x − (px+q) ln(γ + x z̄). Returns 0 otherwise
 * (customers without repeat purchases carry no information on spend).
 */
export function gammaGammaLogLikelihood(params: GammaGammaParameters, customer: GammaGammaCustomer): number {
  const p = gammaGammaClamp(params.p);
  const q = gammaGammaClamp(params.q);
  const gamma = gammaGammaClamp(params.gamma);
  const x = Number.isFinite(customer.frequency) ? customer.frequency : 0;
  const zbar = Number.isFinite(customer.meanSpend) ? customer.meanSpend : 0;
  if (x < 1 || zbar <= 0) {
    return 0;
  }
  const px = p * x;
  return (
    predictiveLogGamma(px + q) -
    predictiveLogGamma(px) -
    predictiveLogGamma(q) +
    q * Math.log(gamma) +
    (px - 1) * Math.log(zbar) +
    px * Math.log(x) -
    (px + q) * Math.log(gamma + x * zbar)
  );
}

/** Expected spend per purchase with its 95 % interval (delta method on the log scale). */
export function gammaGammaExpectedSpendEstimate(
  params: GammaGammaParameters,
  customer: GammaGammaCustomer
): PredictiveEstimate {
  const up: number[] = [];
  const down: number[] = [];
  for (let i = 0; i < 3; i++) {
    up.push(gammaGammaExpectedSpend(gammaGammaShiftParameter(params, i, PREDICTIVE_GRADIENT_STEP), customer));
    down.push(gammaGammaExpectedSpend(gammaGammaShiftParameter(params, i, -PREDICTIVE_GRADIENT_STEP), customer));
  }
  return predictiveDeltaEstimate(
    gammaGammaExpectedSpend(params, customer),
    up,
    down,
    params.logCovariance,
    'log',
    true
  );
}
