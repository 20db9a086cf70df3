/**
 * Shared vocabulary of the predictive models: explicit time units, durations, and estimates with their uncertainty
 * (delta method on a transformed scale; see docs/MODELS.md). Engine subset (docs/ENGINE_SUBSET.md).
 */
import { predictiveSafeExp, predictiveSafeLog } from './specialFunctions';

/** The unit in which a model was fitted or a duration is expressed. */
export type ClvTimeUnit = 'day' | 'week' | 'month' | 'year';

/** Scale on which a delta-method interval is built (then mapped back): log for positive quantities, logit for probabilities. */
export type PredictiveScale = 'log' | 'logit' | 'identity';

/** A length of time with its unit — every predictive signature takes durations in this form. */
export interface PredictiveDuration {
  value: number;
  unit: ClvTimeUnit;
}

/** A prediction with its uncertainty: a 95 % interval and an approximate standard error on the natural scale. */
export interface PredictiveEstimate {
  estimate: number;
  lower: number;
  upper: number;
  standardError: number;
  /** False when a series hit its term bound; the estimate is then an approximation. */
  converged: boolean;
}

/** Two-sided 95 % normal quantile. */
export const PREDICTIVE_INTERVAL_Z = 1.959963984540054;
/** Step, in log-parameter space, of the finite differences (central, or forward for the costly ones) of the delta method. */
export const PREDICTIVE_GRADIENT_STEP = 1e-4;
/** Days in a month and a year (Julian year of 365.25 days). */
export const PREDICTIVE_DAYS_PER_MONTH = 30.4375;
export const PREDICTIVE_DAYS_PER_YEAR = 365.25;

/** Length of one unit in days. */
export function predictiveDaysPerUnit(unit: ClvTimeUnit): number {
  if (unit === 'week') {
    return 7;
  }
  if (unit === 'month') {
    return PREDICTIVE_DAYS_PER_MONTH;
  }
  if (unit === 'year') {
    return PREDICTIVE_DAYS_PER_YEAR;
  }
  return 1;
}

/** Converts a duration into a number of `unit` (negative or non-finite durations become 0). */
export function predictiveDurationIn(duration: PredictiveDuration, unit: ClvTimeUnit): number {
  const value = duration.value;
  if (!Number.isFinite(value) || value <= 0) {
    return 0;
  }
  const target = predictiveDaysPerUnit(unit);
  return (value * predictiveDaysPerUnit(duration.unit)) / target;
}

/** Whether a value is a valid time unit (input validation for data coming from metadata). */
export function predictiveIsTimeUnit(value: string): boolean {
  return value === 'day' || value === 'week' || value === 'month' || value === 'year';
}

/** Maps a value onto the interval's working scale. */
export function predictiveToScale(value: number, scale: PredictiveScale): number {
  if (scale === 'log') {
    return predictiveSafeLog(value);
  }
  if (scale === 'logit') {
    const p = Math.min(Math.max(value, 1e-15), 1 - 1e-15);
    return Math.log(p) - Math.log(1 - p);
  }
  return value;
}

/** Maps a value back from the working scale. */
export function predictiveFromScale(value: number, scale: PredictiveScale): number {
  if (scale === 'log') {
    return predictiveSafeExp(value);
  }
  if (scale === 'logit') {
    if (value >= 0) {
      return 1 / (1 + predictiveSafeExp(-value));
    }
    const e = predictiveSafeExp(value);
    return e / (1 + e);
  }
  return value;
}

/**
 * Whether log-parameter `index` can move an interval: its row or column of the n × n `logCovariance` holds a finite,
 * non-zero cell. The delta method multiplies that parameter's gradient by those cells only, so when this is false no
 * shifted evaluation is needed and the gradient is taken as 0 — the same variance, bit for bit (no covariance at all:
 * false for every parameter, and the interval collapses onto the estimate).
 */
export function predictiveParameterVaries(logCovariance: number[] | undefined, n: number, index: number): boolean {
  if (Math.floor(n) !== n || Math.floor(index) !== index || index < 0 || index >= n) {
    return false;
  }
  if (logCovariance?.length !== n * n) {
    return false;
  }
  for (let j = 0; j < n; j++) {
    const rowCell = logCovariance[index * n + j];
    const columnCell = logCovariance[j * n + index];
    if ((Number.isFinite(rowCell) && rowCell !== 0) || (Number.isFinite(columnCell) && columnCell !== 0)) {
      return true;
    }
  }
  return false;
}

/**
 * The interval from the gradient of h(f) over the log-parameters (`scale` is h): sd = √(gᵀ Σ g), [lower, upper] =
 * h⁻¹(h(f) ± z·sd), standard error ≈ |dh⁻¹| · sd. Non-finite cells or gradient entries count 0.
 */
function predictiveIntervalFromGradient(
  point: number,
  gradient: number[],
  logCovariance: number[],
  scale: PredictiveScale,
  converged: boolean
): PredictiveEstimate {
  const n = gradient.length;
  let variance = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const cell = logCovariance[i * n + j];
      if (Number.isFinite(cell) && Number.isFinite(gradient[i]) && Number.isFinite(gradient[j])) {
        variance = variance + gradient[i] * cell * gradient[j];
      }
    }
  }
  const spread = Math.sqrt(Math.max(variance, 0));
  const center = predictiveToScale(point, scale);
  const lower = predictiveFromScale(center - PREDICTIVE_INTERVAL_Z * spread, scale);
  const upper = predictiveFromScale(center + PREDICTIVE_INTERVAL_Z * spread, scale);
  let derivative = 1;
  if (scale === 'log') {
    derivative = point;
  } else if (scale === 'logit') {
    derivative = point * (1 - point);
  }
  return {
    estimate: point,
    lower: Math.min(lower, point),
    upper: Math.max(upper, point),
    standardError: Math.abs(derivative) * spread,
    converged: converged
  };
}

/**
 * Delta-method interval by central differences. `upValues[i]` / `downValues[i]` are the quantity evaluated with
 * log-parameter i moved by ± PREDICTIVE_GRADIENT_STEP; `logCovariance` is the row-major covariance matrix of the
 * log-parameters (from the inverse Hessian of the fit). The gradient is taken on `scale`, the interval is symmetric
 * there and mapped back. Without a usable covariance the interval collapses onto the estimate.
 */
export function predictiveDeltaEstimate(
  estimate: number,
  upValues: number[],
  downValues: number[],
  logCovariance: number[] | undefined,
  scale: PredictiveScale,
  converged: boolean
): PredictiveEstimate {
  const point = Number.isFinite(estimate) ? estimate : 0;
  const n = upValues.length;
  if (logCovariance?.length !== n * n || downValues.length !== n) {
    return { estimate: point, lower: point, upper: point, standardError: 0, converged: converged };
  }
  const gradient: number[] = [];
  for (let i = 0; i < n; i++) {
    const difference = predictiveToScale(upValues[i], scale) - predictiveToScale(downValues[i], scale);
    gradient.push(difference / (2 * PREDICTIVE_GRADIENT_STEP));
  }
  return predictiveIntervalFromGradient(point, gradient, logCovariance, scale, converged);
}

/**
 * Delta-method interval by forward differences, for the costly predictions (E[X(t) | …] and CLV, whose every
 * evaluation sums ₂F₁ series): `upValues[i]` is the quantity with log-parameter i moved by + PREDICTIVE_GRADIENT_STEP,
 * compared with `reference`, the same quantity unshifted and computed the same way (the estimate itself, or a coarser
 * evaluation when the shifted ones are coarser) — half the evaluations of central differences. The gradient's
 * truncation error is about step/2 · |h''/h'| (≈ 5e-5 relative for step 1e-4), far inside what the delta method itself
 * neglects. The interval is centred on `estimate`.
 */
export function predictiveForwardDeltaEstimate(
  estimate: number,
  reference: number,
  upValues: number[],
  logCovariance: number[] | undefined,
  scale: PredictiveScale,
  converged: boolean
): PredictiveEstimate {
  const point = Number.isFinite(estimate) ? estimate : 0;
  const n = upValues.length;
  if (logCovariance?.length !== n * n) {
    return { estimate: point, lower: point, upper: point, standardError: 0, converged: converged };
  }
  const base = predictiveToScale(Number.isFinite(reference) ? reference : 0, scale);
  const gradient: number[] = [];
  for (let i = 0; i < n; i++) {
    gradient.push((predictiveToScale(upValues[i], scale) - base) / PREDICTIVE_GRADIENT_STEP);
  }
  return predictiveIntervalFromGradient(point, gradient, logCovariance, scale, converged);
}
