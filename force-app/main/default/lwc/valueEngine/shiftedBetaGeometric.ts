/**
 * Shifted-beta-geometric (sBG) model of contractual retention — Fader & Hardie (2007), "How to project customer
 * retention", Journal of Interactive Marketing 21(1); DERL from Fader & Hardie (2010), "Customer-base valuation in a
 * contractual setting: the perils of ignoring heterogeneity", Marketing Science 29(1). Time is counted in contract
 * periods of `periodUnit`. Engine subset (docs/ENGINE_SUBSET.md).
 */
import { predictiveLogBeta, predictiveSafeExp, predictiveScaledHypergeometric2F1 } from './specialFunctions';
import type { ClvTimeUnit, PredictiveEstimate } from './predictiveCommon';
import {
  PREDICTIVE_DAYS_PER_YEAR,
  PREDICTIVE_GRADIENT_STEP,
  predictiveDaysPerUnit,
  predictiveDeltaEstimate
} from './predictiveCommon';

/** Fitted sBG parameters: the churn probability θ ~ Beta(α, β) across customers. */
export interface SbgParameters {
  alpha: number;
  beta: number;
  /** Length of one contract period (renewal cycle). */
  periodUnit: ClvTimeUnit;
  /** Row-major 2 × 2 covariance of (ln α, ln β), from the fit's inverse Hessian; optional. */
  logCovariance?: number[];
}

function sbgClamp(value: number): number {
  if (!Number.isFinite(value)) {
    return Number.isNaN(value) ? 1 : 1e8;
  }
  return Math.min(Math.max(value, 1e-8), 1e8);
}

function sbgPeriods(value: number): number {
  if (!Number.isFinite(value)) {
    return Number.isNaN(value) ? 0 : 1e9;
  }
  return Math.min(Math.max(value, 0), 1e9);
}

function sbgShiftParameter(params: SbgParameters, index: number, logStep: number): SbgParameters {
  const factor = Math.exp(logStep);
  return {
    alpha: index === 0 ? params.alpha * factor : params.alpha,
    beta: index === 1 ? params.beta * factor : params.beta,
    periodUnit: params.periodUnit,
    logCovariance: params.logCovariance
  };
}

/** Survival S(t) = B(α, β + t) / B(α, β): share of a cohort still active after t periods (t ≥ 0). */
export function sbgSurvival(params: SbgParameters, periods: number): number {
  const alpha = sbgClamp(params.alpha);
  const beta = sbgClamp(params.beta);
  const t = sbgPeriods(periods);
  const value = predictiveSafeExp(predictiveLogBeta(alpha, beta + t) - predictiveLogBeta(alpha, beta));
  return Math.min(Math.max(value, 0), 1);
}

/** Retention rate r(t) = S(t)/S(t−1) = (β + t − 1)/(α + β + t − 1), for period t ≥ 1. */
export function sbgRetentionRate(params: SbgParameters, period: number): number {
  const alpha = sbgClamp(params.alpha);
  const beta = sbgClamp(params.beta);
  const t = Math.max(sbgPeriods(period), 1);
  return (beta + t - 1) / (alpha + beta + t - 1);
}

/** P(T = t) = B(α + 1, β + t − 1)/B(α, β): probability of churning at the end of period t ≥ 1. */
export function sbgProbabilityOfChurnAt(params: SbgParameters, period: number): number {
  const alpha = sbgClamp(params.alpha);
  const beta = sbgClamp(params.beta);
  const t = Math.max(sbgPeriods(period), 1);
  const value = predictiveSafeExp(predictiveLogBeta(alpha + 1, beta + t - 1) - predictiveLogBeta(alpha, beta));
  return Math.min(Math.max(value, 0), 1);
}

/**
 * Log-likelihood of a cohort's survivor counts n₀, n₁, …, n_k (n₀ = cohort size):
 * Σₜ (nₜ₋₁ − nₜ) ln P(T = t) + n_k ln S(k). Invalid counts (negative, increasing) contribute nothing.
 */
export function sbgLogLikelihood(params: SbgParameters, survivors: number[]): number {
  let total = 0;
  const n = survivors.length;
  for (let t = 1; t < n; t++) {
    const lost = survivors[t - 1] - survivors[t];
    if (lost > 0) {
      const p = Math.max(sbgProbabilityOfChurnAt(params, t), 1e-300);
      total = total + lost * Math.log(p);
    }
  }
  if (n > 1 && survivors[n - 1] > 0) {
    const s = Math.max(sbgSurvival(params, n - 1), 1e-300);
    total = total + survivors[n - 1] * Math.log(s);
  }
  return total;
}

/** Discount rate per contract period equivalent to an annual rate (compounded). */
export function sbgPeriodDiscountRate(params: SbgParameters, annualDiscountRate: number): number {
  const annual = Number.isFinite(annualDiscountRate) ? Math.min(Math.max(annualDiscountRate, -0.99), 100) : 0;
  const years = predictiveDaysPerUnit(params.periodUnit) / PREDICTIVE_DAYS_PER_YEAR;
  return Math.exp(years * Math.log(1 + annual)) - 1;
}

function sbgDerlSeries(params: SbgParameters, renewals: number, annualDiscountRate: number): number[] {
  const alpha = sbgClamp(params.alpha);
  const beta = sbgClamp(params.beta);
  const n = sbgPeriods(renewals) + 1;
  const d = sbgPeriodDiscountRate(params, annualDiscountRate);
  if (d <= 1e-12) {
    // Undiscounted residual lifetime: finite only for α > 1, E = (β + n − 1)/(α − 1).
    if (alpha <= 1) {
      return [1e9, 0];
    }
    return [(beta + n - 1) / (alpha - 1), 1];
  }
  const ratio = (beta + n - 1) / (alpha + beta + n - 1);
  const series = predictiveScaledHypergeometric2F1(1, beta + n, alpha + beta + n, 1 / (1 + d), 0);
  return [ratio * series.value, series.converged ? 1 : 0];
}

/**
 * Discounted expected residual lifetime (DERL, in contract periods) of a customer who has made `renewals` renewals and
 * is about to decide on the next: B(α, β+n)/B(α, β+n−1) · ₂F₁(1, β+n; α+β+n; 1/(1+d)), n = renewals + 1, d the
 * per-period discount rate derived from the annual rate. Multiply by the margin per period for the residual value.
 */
export function sbgDiscountedExpectedResidualLifetime(
  params: SbgParameters,
  renewals: number,
  annualDiscountRate: number
): number {
  return sbgDerlSeries(params, renewals, annualDiscountRate)[0];
}

/** S(t) with its 95 % interval (delta method on the logit scale). */
export function sbgSurvivalEstimate(params: SbgParameters, periods: number): PredictiveEstimate {
  const up: number[] = [];
  const down: number[] = [];
  for (let i = 0; i < 2; i++) {
    up.push(sbgSurvival(sbgShiftParameter(params, i, PREDICTIVE_GRADIENT_STEP), periods));
    down.push(sbgSurvival(sbgShiftParameter(params, i, -PREDICTIVE_GRADIENT_STEP), periods));
  }
  return predictiveDeltaEstimate(sbgSurvival(params, periods), up, down, params.logCovariance, 'logit', true);
}

/** r(t) with its 95 % interval (delta method on the logit scale). */
export function sbgRetentionRateEstimate(params: SbgParameters, period: number): PredictiveEstimate {
  const up: number[] = [];
  const down: number[] = [];
  for (let i = 0; i < 2; i++) {
    up.push(sbgRetentionRate(sbgShiftParameter(params, i, PREDICTIVE_GRADIENT_STEP), period));
    down.push(sbgRetentionRate(sbgShiftParameter(params, i, -PREDICTIVE_GRADIENT_STEP), period));
  }
  return predictiveDeltaEstimate(sbgRetentionRate(params, period), up, down, params.logCovariance, 'logit', true);
}

/** DERL with its 95 % interval (delta method on the log scale). */
export function sbgDiscountedExpectedResidualLifetimeEstimate(
  params: SbgParameters,
  renewals: number,
  annualDiscountRate: number
): PredictiveEstimate {
  const point = sbgDerlSeries(params, renewals, annualDiscountRate);
  const up: number[] = [];
  const down: number[] = [];
  for (let i = 0; i < 2; i++) {
    up.push(
      sbgDiscountedExpectedResidualLifetime(
        sbgShiftParameter(params, i, PREDICTIVE_GRADIENT_STEP),
        renewals,
        annualDiscountRate
      )
    );
    down.push(
      sbgDiscountedExpectedResidualLifetime(
        sbgShiftParameter(params, i, -PREDICTIVE_GRADIENT_STEP),
        renewals,
        annualDiscountRate
      )
    );
  }
  return predictiveDeltaEstimate(point[0], up, down, params.logCovariance, 'log', point[1] === 1);
}

/** P(T = t) with its 95 % interval (delta method on the logit scale). */
export function sbgProbabilityOfChurnAtEstimate(params: SbgParameters, period: number): PredictiveEstimate {
  const up: number[] = [];
  const down: number[] = [];
  for (let i = 0; i < 2; i++) {
    up.push(sbgProbabilityOfChurnAt(sbgShiftParameter(params, i, PREDICTIVE_GRADIENT_STEP), period));
    down.push(sbgProbabilityOfChurnAt(sbgShiftParameter(params, i, -PREDICTIVE_GRADIENT_STEP), period));
  }
  return predictiveDeltaEstimate(
    sbgProbabilityOfChurnAt(params, period),
    up,
    down,
    params.logCovariance,
    'logit',
    true
  );
}
