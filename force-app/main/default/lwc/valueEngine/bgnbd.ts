/**
 * BG/NBD model of non-contractual repeat buying — Fader, Hardie & Lee (2005), "Counting your customers the easy way:
 * an alternative to the Pareto/NBD model", Marketing Science 24(2). Engine subset (docs/ENGINE_SUBSET.md); all
 * computations in log space so extreme inputs (x = 1000, T = 0, t_x = T, huge T) stay finite.
 */
import {
  PREDICTIVE_CONNECTION_MAX_ERROR,
  predictiveEpsilonSeries,
  predictiveLogBeta,
  predictiveLogGamma,
  predictiveSafeExp,
  predictiveScaledHypergeometric2F1WithComplement,
  predictiveSeriesInZFirst
} from './specialFunctions';
import type { ClvTimeUnit, PredictiveDuration, PredictiveEstimate } from './predictiveCommon';
import {
  PREDICTIVE_GRADIENT_STEP,
  predictiveDeltaEstimate,
  predictiveDurationIn,
  predictiveForwardDeltaEstimate,
  predictiveParameterVaries
} from './predictiveCommon';

/** Fitted BG/NBD parameters; α is a rate per `timeUnit`. */
export interface BgNbdParameters {
  r: number;
  alpha: number;
  a: number;
  b: number;
  /** The unit of time in which the model was fitted (α is per this unit). */
  timeUnit: ClvTimeUnit;
  /** Row-major 4 × 4 covariance of (ln r, ln α, ln a, ln b), from the fit's inverse Hessian; optional. */
  logCovariance?: number[];
}

/** A customer's calibration summary: x repeat purchases, recency t_x and age T, in `timeUnit`. */
export interface BgNbdCustomer {
  frequency: number;
  recency: number;
  age: number;
  timeUnit: ClvTimeUnit;
}

/** A customer summary converted to the model's time unit and made consistent (0 ≤ t_x ≤ T, x ≥ 0). */
interface BgNbdCleanCustomer {
  x: number;
  tx: number;
  age: number;
}

/** Largest n accepted by bgNbdProbabilityOfPurchases (its loop runs n times). */
export const BG_NBD_MAX_PURCHASES = 10000;
const BG_NBD_MIN_PARAMETER = 1e-8;
const BG_NBD_MAX_PARAMETER = 1e8;

function bgNbdClampParameter(value: number): number {
  if (!Number.isFinite(value)) {
    return Number.isNaN(value) ? 1 : BG_NBD_MAX_PARAMETER;
  }
  return Math.min(Math.max(value, BG_NBD_MIN_PARAMETER), BG_NBD_MAX_PARAMETER);
}

function bgNbdCleanParameters(params: BgNbdParameters): BgNbdParameters {
  return {
    r: bgNbdClampParameter(params.r),
    alpha: bgNbdClampParameter(params.alpha),
    a: bgNbdClampParameter(params.a),
    b: bgNbdClampParameter(params.b),
    timeUnit: params.timeUnit,
    logCovariance: params.logCovariance
  };
}

function bgNbdCleanCustomer(params: BgNbdParameters, customer: BgNbdCustomer): BgNbdCleanCustomer {
  // x counts purchases: a whole number (a fractional x would make b + x − 1 negative for small b).
  let x = Number.isFinite(customer.frequency) ? Math.max(Math.round(customer.frequency), 0) : 0;
  x = Math.min(x, 1e9);
  const age = predictiveDurationIn({ value: customer.age, unit: customer.timeUnit }, params.timeUnit);
  let tx = predictiveDurationIn({ value: customer.recency, unit: customer.timeUnit }, params.timeUnit);
  tx = Math.min(tx, age);
  return { x: x, tx: tx, age: age };
}

/** Returns the parameters with log-parameter `index` (0 r, 1 α, 2 a, 3 b) moved by `logStep`. */
function bgNbdShiftParameter(params: BgNbdParameters, index: number, logStep: number): BgNbdParameters {
  const factor = Math.exp(logStep);
  return {
    r: index === 0 ? params.r * factor : params.r,
    alpha: index === 1 ? params.alpha * factor : params.alpha,
    a: index === 2 ? params.a * factor : params.a,
    b: index === 3 ? params.b * factor : params.b,
    timeUnit: params.timeUnit,
    logCovariance: params.logCovariance
  };
}

/**
 * ln of the odds that the customer has died: ln[a/(b+x−1)] + (r+x) ln[(α+T)/(α+t_x)] for x > 0.
 * P(alive) = 1 / (1 + exp(this)).
 */
function bgNbdLogDeathOdds(params: BgNbdParameters, c: BgNbdCleanCustomer): number {
  return (
    Math.log(params.a) -
    Math.log(params.b + c.x - 1) +
    (params.r + c.x) * (Math.log(params.alpha + c.age) - Math.log(params.alpha + c.tx))
  );
}

function bgNbdAliveFromCleanCustomer(params: BgNbdParameters, c: BgNbdCleanCustomer): number {
  if (c.x <= 0) {
    return 1;
  }
  const logOdds = bgNbdLogDeathOdds(params, c);
  if (logOdds > 0) {
    const e = predictiveSafeExp(-logOdds);
    return e / (1 + e);
  }
  return 1 / (1 + predictiveSafeExp(logOdds));
}

/** P(alive | x, t_x, T) — FHL 2005 eq. (11). Equals 1 for a customer without repeat purchases. */
export function bgNbdProbabilityAlive(params: BgNbdParameters, customer: BgNbdCustomer): number {
  const p = bgNbdCleanParameters(params);
  return bgNbdAliveFromCleanCustomer(p, bgNbdCleanCustomer(p, customer));
}

/**
 * Log-likelihood contribution of one customer, FHL 2005 eq. (6), computed in log space:
 * ln L = A₁ + A₂ + ln(e^A₃ + δ_{x>0} e^A₄).
 */
export function bgNbdLogLikelihood(params: BgNbdParameters, customer: BgNbdCustomer): number {
  const p = bgNbdCleanParameters(params);
  const c = bgNbdCleanCustomer(p, customer);
  const a1 = predictiveLogGamma(p.r + c.x) - predictiveLogGamma(p.r) + p.r * Math.log(p.alpha);
  const a2 = predictiveLogBeta(p.a, p.b + c.x) - predictiveLogBeta(p.a, p.b);
  const a3 = -(p.r + c.x) * Math.log(p.alpha + c.age);
  if (c.x <= 0) {
    return a1 + a2 + a3;
  }
  const a4 = Math.log(p.a) - Math.log(p.b + c.x - 1) - (p.r + c.x) * Math.log(p.alpha + c.tx);
  const top = Math.max(a3, a4);
  return a1 + a2 + top + Math.log(predictiveSafeExp(a3 - top) + predictiveSafeExp(a4 - top));
}

/** (a+b−1)/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))], clamped to [0, r t/α]; [value, converged 1/0]. */
function bgNbdAliveExpectationRaw(r: number, alpha: number, a: number, b: number, t: number): number[] {
  const z = t / (alpha + t);
  // 1 − z as α/(α + t), not 1 − z rounded: z is close to 1 for long horizons and (1 − z)^r needs 1 − z to full accuracy.
  const series = predictiveScaledHypergeometric2F1WithComplement(r, b, a + b - 1, z, alpha / (alpha + t), r);
  const value = ((a + b - 1) / (a - 1)) * (1 - series.value);
  // The expectation is bounded by r t / α (no dropout); clamp rounding noise into [0, r t / α].
  const bound = (r * t) / alpha;
  let clean = Number.isFinite(value) ? value : 0;
  clean = Math.min(Math.max(clean, 0), bound);
  return [clean, series.converged ? 1 : 0];
}

/**
 * Largest distance of the nodes from a = 1 in bgNbdAliveExpectation. The raw formula divides 1 − S by a − 1, so it
 * amplifies the rounding of the ₂F₁ value S by 1/(a − 1): 1e-3 keeps that near 1e-10, and the cubic through the nodes
 * then errs by about (1e-3)⁴ times the fourth derivative in a.
 */
const BG_NBD_UNIT_A_SPACING = 1e-3;

/** Expected purchases in (0, t] of a customer known to be alive, with posterior (r, α, a, b) — value and convergence. */
function bgNbdAliveExpectation(r: number, alpha: number, a: number, b: number, t: number): number[] {
  if (t <= 0) {
    return [0, 1];
  }
  // ₂F₁(r, b; a + b − 1; z) has a pole at a = 1 − b: the nodes stay well inside that distance.
  const spacing = Math.min(BG_NBD_UNIT_A_SPACING, b / 300);
  if (Math.abs(a - 1) >= spacing) {
    return bgNbdAliveExpectationRaw(r, alpha, a, b, t);
  }
  // Where ₂F₁ would be summed as a series in z anyway, that series with the factor a − 1 taken out analytically
  // (Euler's transformation puts it in the second parameter) gives the value at and near a = 1 directly, one series
  // instead of four ₂F₁ (issue 10: this case dominated the Apex work of clvPredictCustomer).
  const z = t / (alpha + t);
  const w = alpha / (alpha + t);
  if (predictiveSeriesInZFirst(r, b, a + b - 1, z, w)) {
    const epsilon = a - 1;
    const series = predictiveEpsilonSeries(b + epsilon - r, epsilon, b + epsilon, z, Math.log(w));
    if (series[1] === 1 && series[3] <= PREDICTIVE_CONNECTION_MAX_ERROR) {
      return [Math.min(Math.max((b + epsilon) * series[0], 0), (r * t) / alpha), 1];
    }
  }
  // (a + b − 1)/(a − 1) · [1 − …] is 0/0 at a = 1 (a removable singularity): interpolate the smooth function of a by the
  // cubic through a = 1 ± spacing and 1 ± 2·spacing (averaging the two sides 1e-4 away erred by about 1e-7).
  const u = (a - 1) / spacing;
  let value = 0;
  let converged = 1;
  for (let j = -2; j <= 2; j++) {
    if (j !== 0) {
      const node = bgNbdAliveExpectationRaw(r, alpha, 1 + j * spacing, b, t);
      let weight = 1;
      for (let i = -2; i <= 2; i++) {
        if (i !== 0 && i !== j) {
          weight = (weight * (u - i)) / (j - i);
        }
      }
      value = value + weight * node[0];
      converged = converged * node[1];
    }
  }
  return [Math.min(Math.max(value, 0), (r * t) / alpha), converged];
}

function bgNbdConditionalFromClean(p: BgNbdParameters, c: BgNbdCleanCustomer, t: number): number[] {
  const alive = bgNbdAliveFromCleanCustomer(p, c);
  const expectation = bgNbdAliveExpectation(p.r + c.x, p.alpha + c.age, p.a, p.b + c.x, t);
  return [alive * expectation[0], expectation[1]];
}

/**
 * E[X(t) | x, t_x, T] — expected purchases in the next `duration`, FHL 2005 eq. (10), written as
 * P(alive) × (a+b'−1)/(a−1) · [1 − (α'/(α'+t))^r' ₂F₁(r', b'; a+b'−1; t/(α'+t))] with the posterior
 * r' = r+x, α' = α+T, b' = b+x.
 */
export function bgNbdConditionalExpectedTransactions(
  params: BgNbdParameters,
  customer: BgNbdCustomer,
  duration: PredictiveDuration
): number {
  const p = bgNbdCleanParameters(params);
  const t = predictiveDurationIn(duration, p.timeUnit);
  return bgNbdConditionalFromClean(p, bgNbdCleanCustomer(p, customer), t)[0];
}

/** E[X(t)] for a randomly chosen new customer, FHL 2005 eq. (9). */
export function bgNbdExpectedTransactions(params: BgNbdParameters, duration: PredictiveDuration): number {
  const p = bgNbdCleanParameters(params);
  const t = predictiveDurationIn(duration, p.timeUnit);
  return bgNbdAliveExpectation(p.r, p.alpha, p.a, p.b, t)[0];
}

/** P(X(t) = n) for a randomly chosen customer over `duration`, FHL 2005 eq. (8). n is rounded into [0, BG_NBD_MAX_PURCHASES]. */
export function bgNbdProbabilityOfPurchases(
  params: BgNbdParameters,
  duration: PredictiveDuration,
  purchases: number
): number {
  const p = bgNbdCleanParameters(params);
  const t = predictiveDurationIn(duration, p.timeUnit);
  const n = Number.isFinite(purchases) ? Math.min(Math.max(Math.round(purchases), 0), BG_NBD_MAX_PURCHASES) : 0;
  const logBetaAB = predictiveLogBeta(p.a, p.b);
  const logShare = Math.log(p.alpha) - Math.log(p.alpha + t);
  const logRest = t <= 0 ? -1e300 : Math.log(t) - Math.log(p.alpha + t);
  let first =
    predictiveLogBeta(p.a, p.b + n) -
    logBetaAB +
    predictiveLogGamma(p.r + n) -
    predictiveLogGamma(p.r) -
    predictiveLogGamma(n + 1) +
    p.r * logShare;
  if (n > 0) {
    first = first + n * logRest;
  }
  let value = predictiveSafeExp(first);
  if (n > 0) {
    // Σ_{j<n} Γ(r+j)/(Γ(r) j!) (α/(α+t))^r (t/(α+t))^j, each log term from the previous one (one logarithm pair
    // per term instead of three log-gammas: n reaches BG_NBD_MAX_PURCHASES, and the Apex batch pays per term).
    let partial = 0;
    let logTerm = p.r * logShare;
    for (let j = 0; j < n; j++) {
      if (j > 0) {
        logTerm = logTerm + Math.log(p.r + j - 1) - Math.log(j) + logRest;
      }
      partial = partial + predictiveSafeExp(logTerm);
    }
    const remainder = Math.max(1 - partial, 0);
    const weight = predictiveSafeExp(predictiveLogBeta(p.a + 1, p.b + n - 1) - logBetaAB);
    value = value + weight * remainder;
  }
  return Math.min(Math.max(value, 0), 1);
}

/** P(alive) with its 95 % interval (delta method on the logit scale). */
export function bgNbdProbabilityAliveEstimate(params: BgNbdParameters, customer: BgNbdCustomer): PredictiveEstimate {
  const point = bgNbdProbabilityAlive(params, customer);
  const up: number[] = [];
  const down: number[] = [];
  for (let i = 0; i < 4; i++) {
    if (predictiveParameterVaries(params.logCovariance, 4, i)) {
      up.push(bgNbdProbabilityAlive(bgNbdShiftParameter(params, i, PREDICTIVE_GRADIENT_STEP), customer));
      down.push(bgNbdProbabilityAlive(bgNbdShiftParameter(params, i, -PREDICTIVE_GRADIENT_STEP), customer));
    } else {
      up.push(point);
      down.push(point);
    }
  }
  return predictiveDeltaEstimate(point, up, down, params.logCovariance, 'logit', true);
}

/**
 * E[X(t) | x, t_x, T] with its 95 % interval (delta method on the log scale, forward differences: each evaluation
 * sums ₂F₁ series; parameters without covariance are not shifted).
 */
export function bgNbdConditionalExpectedTransactionsEstimate(
  params: BgNbdParameters,
  customer: BgNbdCustomer,
  duration: PredictiveDuration
): PredictiveEstimate {
  const p = bgNbdCleanParameters(params);
  const t = predictiveDurationIn(duration, p.timeUnit);
  const point = bgNbdConditionalFromClean(p, bgNbdCleanCustomer(p, customer), t);
  const up: number[] = [];
  for (let i = 0; i < 4; i++) {
    if (predictiveParameterVaries(params.logCovariance, 4, i)) {
      up.push(
        bgNbdConditionalExpectedTransactions(bgNbdShiftParameter(p, i, PREDICTIVE_GRADIENT_STEP), customer, duration)
      );
    } else {
      up.push(point[0]);
    }
  }
  return predictiveForwardDeltaEstimate(point[0], point[0], up, params.logCovariance, 'log', point[1] === 1);
}

/**
 * Internal, for the CLV module: [E[X(t₁)|…], …, E[X(tₙ)|…], converged 1/0] at tₖ = k · horizon / steps (in the model's
 * unit; the last one is the horizon itself), with the parameters and the customer cleaned and P(alive) computed once.
 */
export function bgNbdConditionalExpectationPath(
  params: BgNbdParameters,
  customer: BgNbdCustomer,
  horizon: number,
  steps: number
): number[] {
  // A whole number of steps, at least one (the CLV module passes 1 … CLV_MAX_STEPS), over a finite horizon.
  const count = Number.isFinite(steps) ? Math.min(Math.max(Math.floor(steps), 1), 10000) : 1;
  const end = Number.isFinite(horizon) ? horizon : 0;
  const p = bgNbdCleanParameters(params);
  const c = bgNbdCleanCustomer(p, customer);
  const alive = bgNbdAliveFromCleanCustomer(p, c);
  const stepLength = end / count;
  const path: number[] = [];
  let converged = 1;
  for (let k = 1; k <= count; k++) {
    const t = k === count ? end : k * stepLength;
    const expectation = bgNbdAliveExpectation(p.r + c.x, p.alpha + c.age, p.a, p.b + c.x, Math.max(t, 0));
    path.push(alive * expectation[0]);
    if (expectation[1] !== 1) {
      converged = 0;
    }
  }
  path.push(converged);
  return path;
}

/** E[X(t)] for a new customer with its 95 % interval (delta method on the log scale). */
export function bgNbdExpectedTransactionsEstimate(
  params: BgNbdParameters,
  duration: PredictiveDuration
): PredictiveEstimate {
  const point = bgNbdExpectedTransactions(params, duration);
  const up: number[] = [];
  const down: number[] = [];
  for (let i = 0; i < 4; i++) {
    if (predictiveParameterVaries(params.logCovariance, 4, i)) {
      up.push(bgNbdExpectedTransactions(bgNbdShiftParameter(params, i, PREDICTIVE_GRADIENT_STEP), duration));
      down.push(bgNbdExpectedTransactions(bgNbdShiftParameter(params, i, -PREDICTIVE_GRADIENT_STEP), duration));
    } else {
      up.push(point);
      down.push(point);
    }
  }
  return predictiveDeltaEstimate(point, up, down, params.logCovariance, 'log', true);
}

/** P(X(t) = n) with its 95 % interval (delta method on the logit scale). */
export function bgNbdProbabilityOfPurchasesEstimate(
  params: BgNbdParameters,
  duration: PredictiveDuration,
  purchases: number
): PredictiveEstimate {
  const point = bgNbdProbabilityOfPurchases(params, duration, purchases);
  const up: number[] = [];
  const down: number[] = [];
  for (let i = 0; i < 4; i++) {
    if (predictiveParameterVaries(params.logCovariance, 4, i)) {
      up.push(
        bgNbdProbabilityOfPurchases(bgNbdShiftParameter(params, i, PREDICTIVE_GRADIENT_STEP), duration, purchases)
      );
      down.push(
        bgNbdProbabilityOfPurchases(bgNbdShiftParameter(params, i, -PREDICTIVE_GRADIENT_STEP), duration, purchases)
      );
    } else {
      up.push(point);
      down.push(point);
    }
  }
  return predictiveDeltaEstimate(point, up, down, params.logCovariance, 'logit', true);
}
