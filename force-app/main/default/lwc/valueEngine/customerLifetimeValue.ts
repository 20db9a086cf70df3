/**
 * Customer lifetime value over a finite horizon from BG/NBD (purchases) × Gamma-Gamma (spend per purchase), discounted
 * at an annual rate — Fader, Hardie & Lee (2005). The time unit of the model, of the customer summary and of the horizon
 * are all explicit and converted; nothing assumes weeks. Engine subset (docs/ENGINE_SUBSET.md).
 */
import type { BgNbdCustomer, BgNbdParameters } from './bgnbd';
import {
  bgNbdConditionalExpectationPath,
  bgNbdConditionalExpectedTransactionsEstimate,
  bgNbdProbabilityAliveEstimate
} from './bgnbd';
import { daysBetween, isIsoDate } from './dates';
import type { GammaGammaCustomer, GammaGammaParameters } from './gammaGamma';
import { gammaGammaExpectedSpend, gammaGammaExpectedSpendEstimate } from './gammaGamma';
import type { ClvTimeUnit, PredictiveDuration, PredictiveEstimate } from './predictiveCommon';
import {
  PREDICTIVE_DAYS_PER_YEAR,
  PREDICTIVE_GRADIENT_STEP,
  predictiveDaysPerUnit,
  predictiveDurationIn,
  predictiveForwardDeltaEstimate,
  predictiveParameterVaries
} from './predictiveCommon';

/** Upper bound on the number of monthly discounting steps over a horizon (Apex CPU budget): ten years. */
export const CLV_MAX_STEPS = 120;

/**
 * Upper bound on the discounting steps of the shifted evaluations that give the CLV interval its gradient (issue 10):
 * the gradient of ln CLV is taken on this coarser grid (the same one for the unshifted reference), which is the grid
 * itself up to a 12-month horizon — the stored CLV's — and changes a longer horizon's interval width by a fraction of
 * a percent, while the estimate keeps its monthly steps.
 */
export const CLV_GRADIENT_MAX_STEPS = 12;

/** Months of won purchases the calibration summary looks back over (the org's RevenueSelector and the workbench). */
export const CLV_PURCHASE_HISTORY_MONTHS = 60;

/** Horizon of the stored CLV in months (the org's scoring job and the workbench's stored run). */
export const CLV_HORIZON_MONTHS = 12;

/** A customer for CLV: calibration summary (in `timeUnit`) and mean repeat spend. */
export interface ClvCustomer {
  frequency: number;
  recency: number;
  age: number;
  timeUnit: ClvTimeUnit;
  meanSpend: number;
}

/**
 * An account's won-purchase history as the org's RevenueSelector.PurchaseSummary aggregates it (and the local adapter
 * mirrors): first and last purchase day (ISO dates), distinct purchase days and the total amount purchased.
 */
export interface ClvPurchaseSummary {
  firstPurchase: string;
  lastPurchase: string;
  purchaseDays: number;
  totalAmount: number;
}

/** Whether the history holds at least one purchase (an account that never purchased has no prediction). */
export function clvHasPurchases(summary: ClvPurchaseSummary): boolean {
  return isIsoDate(summary.firstPurchase) && summary.purchaseDays >= 1;
}

/**
 * The calibration summary of a purchase history in the model's time unit, for Apex and the workbench alike:
 * frequency = repeat purchase days, recency = first → last purchase, age = first purchase → today (never below the
 * recency: a purchase dated after `today` must not make the customer younger than its history), mean spend = total
 * amount per purchase day.
 */
export function clvCustomerFromPurchases(
  summary: ClvPurchaseSummary,
  today: string,
  timeUnit: ClvTimeUnit
): ClvCustomer {
  const daysPerUnit = predictiveDaysPerUnit(timeUnit);
  const purchaseDays = Math.max(summary.purchaseDays, 1);
  const recency = daysBetween(summary.firstPurchase, summary.lastPurchase) / daysPerUnit;
  const age = daysBetween(summary.firstPurchase, today) / daysPerUnit;
  return {
    frequency: purchaseDays - 1,
    recency: recency,
    age: Math.max(age, recency),
    timeUnit: timeUnit,
    meanSpend: summary.totalAmount / purchaseDays
  };
}

/** Horizon (e.g. 52 week, 12 month), annual discount rate (0.08 = 8 %/year) and margin rate applied to spend. */
export interface ClvOptions {
  horizon: PredictiveDuration;
  annualDiscountRate: number;
  marginRate: number;
}

/** Everything predicted for one customer, each with its uncertainty. */
export interface ClvPrediction {
  probabilityAlive: PredictiveEstimate;
  expectedTransactions: PredictiveEstimate;
  expectedSpend: PredictiveEstimate;
  value: PredictiveEstimate;
}

function clvBgNbdCustomer(customer: ClvCustomer): BgNbdCustomer {
  return { frequency: customer.frequency, recency: customer.recency, age: customer.age, timeUnit: customer.timeUnit };
}

function clvGammaGammaCustomer(customer: ClvCustomer): GammaGammaCustomer {
  return { frequency: customer.frequency, meanSpend: customer.meanSpend };
}

/**
 * Discounted expected number of purchases over the horizon: Σₖ (E[X(tₖ)|…] − E[X(tₖ₋₁)|…]) · (1+d)^(−tₖ in years),
 * with one step per calendar month of the horizon (a shorter horizon is one step; at most `maxSteps`: CLV_MAX_STEPS,
 * or CLV_GRADIENT_MAX_STEPS for the interval's gradient), i.e. each month's expected purchases are discounted from the
 * end of that month. Returns [value, converged 1/0].
 */
function clvDiscountedTransactions(
  bg: BgNbdParameters,
  customer: BgNbdCustomer,
  options: ClvOptions,
  maxSteps: number
): number[] {
  const horizonInModel = predictiveDurationIn(options.horizon, bg.timeUnit);
  if (horizonInModel <= 0) {
    return [0, 1];
  }
  const months = predictiveDurationIn(options.horizon, 'month');
  const steps = Math.min(Math.max(Math.ceil(months - 1e-9), 1), maxSteps);
  const rate = Number.isFinite(options.annualDiscountRate)
    ? Math.min(Math.max(options.annualDiscountRate, -0.99), 100)
    : 0;
  const logDiscount = Math.log(1 + rate);
  const yearsPerModelUnit = predictiveDaysPerUnit(bg.timeUnit) / PREDICTIVE_DAYS_PER_YEAR;
  const stepLength = horizonInModel / steps;
  const path = bgNbdConditionalExpectationPath(bg, customer, horizonInModel, steps);
  let previous = 0;
  let total = 0;
  for (let k = 1; k <= steps; k++) {
    const t = k === steps ? horizonInModel : k * stepLength;
    const increment = Math.max(path[k - 1] - previous, 0);
    previous = Math.max(path[k - 1], previous);
    total = total + increment * Math.exp(-logDiscount * t * yearsPerModelUnit);
  }
  const converged = path[steps];
  return [total, converged];
}

function clvMargin(options: ClvOptions): number {
  return Number.isFinite(options.marginRate) ? options.marginRate : 0;
}

function clvFinite(value: number): number {
  return Number.isFinite(value) ? value : 0;
}

/** Expected CLV (margin × expected spend × discounted expected purchases) over the horizon. */
export function clvExpectedValue(
  bg: BgNbdParameters,
  gg: GammaGammaParameters,
  customer: ClvCustomer,
  options: ClvOptions
): number {
  const transactions = clvDiscountedTransactions(bg, clvBgNbdCustomer(customer), options, CLV_MAX_STEPS)[0];
  const spend = gammaGammaExpectedSpend(gg, clvGammaGammaCustomer(customer));
  return clvFinite(clvMargin(options) * spend * transactions);
}

function clvShiftedBgNbd(bg: BgNbdParameters, index: number, logStep: number): BgNbdParameters {
  const factor = Math.exp(logStep);
  return {
    r: index === 0 ? bg.r * factor : bg.r,
    alpha: index === 1 ? bg.alpha * factor : bg.alpha,
    a: index === 2 ? bg.a * factor : bg.a,
    b: index === 3 ? bg.b * factor : bg.b,
    timeUnit: bg.timeUnit
  };
}

function clvShiftedGammaGamma(gg: GammaGammaParameters, index: number, logStep: number): GammaGammaParameters {
  const factor = Math.exp(logStep);
  return {
    p: index === 0 ? gg.p * factor : gg.p,
    q: index === 1 ? gg.q * factor : gg.q,
    gamma: index === 2 ? gg.gamma * factor : gg.gamma
  };
}

/**
 * Block-diagonal 7 × 7 covariance of (ln r, ln α, ln a, ln b, ln p, ln q, ln γ): the two models are fitted separately
 * and assumed independent (FHL 2005). A missing block counts as zero; both missing → undefined (no interval).
 */
export function clvJointLogCovariance(bg: BgNbdParameters, gg: GammaGammaParameters): number[] | undefined {
  const bgCov = bg.logCovariance?.length === 16 ? bg.logCovariance : undefined;
  const ggCov = gg.logCovariance?.length === 9 ? gg.logCovariance : undefined;
  if (bgCov === undefined && ggCov === undefined) {
    return undefined;
  }
  const joint: number[] = [];
  for (let i = 0; i < 7; i++) {
    for (let j = 0; j < 7; j++) {
      let cell = 0;
      if (i < 4 && j < 4 && bgCov !== undefined) {
        cell = bgCov[i * 4 + j];
      } else if (i >= 4 && j >= 4 && ggCov !== undefined) {
        cell = ggCov[(i - 4) * 3 + (j - 4)];
      }
      joint.push(cell);
    }
  }
  return joint;
}

/**
 * Expected CLV with its 95 % interval (delta method on the log scale over the seven log-parameters, forward
 * differences). CLV factorises as margin × spend(p, q, γ) × discounted purchases(r, α, a, b), so each shifted
 * evaluation recomputes one factor only, and a parameter without covariance is not shifted at all (issue 10: the
 * discounted purchases sum up to 120 ₂F₁ evaluations, the Apex batch's heaviest work).
 */
export function clvExpectedValueEstimate(
  bg: BgNbdParameters,
  gg: GammaGammaParameters,
  customer: ClvCustomer,
  options: ClvOptions
): PredictiveEstimate {
  const bgCustomer = clvBgNbdCustomer(customer);
  const ggCustomer = clvGammaGammaCustomer(customer);
  const base = clvDiscountedTransactions(bg, bgCustomer, options, CLV_MAX_STEPS);
  const spend = gammaGammaExpectedSpend(gg, ggCustomer);
  const margin = clvMargin(options);
  const sign = margin < 0 ? -1 : 1;
  // Work with |CLV| (a negative margin flips the sign of every evaluation) and flip the interval back at the end.
  const magnitude = Math.abs(margin);
  const point = clvFinite(magnitude * spend * base[0]);
  const covariance = clvJointLogCovariance(bg, gg);
  let bgVaries = false;
  for (let i = 0; i < 4; i++) {
    if (predictiveParameterVaries(covariance, 7, i)) {
      bgVaries = true;
    }
  }
  // The BG/NBD gradient on the coarser grid: its unshifted reference on that grid too (the point when they coincide).
  let coarse = base[0];
  if (bgVaries && predictiveDurationIn(options.horizon, 'month') > CLV_GRADIENT_MAX_STEPS + 1e-9) {
    coarse = clvDiscountedTransactions(bg, bgCustomer, options, CLV_GRADIENT_MAX_STEPS)[0];
  }
  const reference = clvFinite(magnitude * spend * coarse);
  const up: number[] = [];
  for (let i = 0; i < 7; i++) {
    if (!predictiveParameterVaries(covariance, 7, i)) {
      up.push(reference);
    } else if (i < 4) {
      const shifted = clvShiftedBgNbd(bg, i, PREDICTIVE_GRADIENT_STEP);
      up.push(
        clvFinite(
          magnitude * spend * clvDiscountedTransactions(shifted, bgCustomer, options, CLV_GRADIENT_MAX_STEPS)[0]
        )
      );
    } else {
      // Spend does not depend on the grid: its shift scales the reference (the ratio is that of the point).
      const upGg = gammaGammaExpectedSpend(clvShiftedGammaGamma(gg, i - 4, PREDICTIVE_GRADIENT_STEP), ggCustomer);
      up.push(clvFinite(magnitude * upGg * coarse));
    }
  }
  const estimate = predictiveForwardDeltaEstimate(point, reference, up, covariance, 'log', base[1] === 1);
  if (sign > 0) {
    return estimate;
  }
  return {
    estimate: -estimate.estimate,
    lower: -estimate.upper,
    upper: -estimate.lower,
    standardError: estimate.standardError,
    converged: estimate.converged
  };
}

/** One call per customer (the Apex batch's unit of work): P(alive), purchases, spend and CLV, each with its interval. */
export function clvPredictCustomer(
  bg: BgNbdParameters,
  gg: GammaGammaParameters,
  customer: ClvCustomer,
  options: ClvOptions
): ClvPrediction {
  const bgCustomer = clvBgNbdCustomer(customer);
  return {
    probabilityAlive: bgNbdProbabilityAliveEstimate(bg, bgCustomer),
    expectedTransactions: bgNbdConditionalExpectedTransactionsEstimate(bg, bgCustomer, options.horizon),
    expectedSpend: gammaGammaExpectedSpendEstimate(gg, clvGammaGammaCustomer(customer)),
    value: clvExpectedValueEstimate(bg, gg, customer, options)
  };
}
