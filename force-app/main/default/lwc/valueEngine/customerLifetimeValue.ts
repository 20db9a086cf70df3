/**
 * Customer lifetime value over a finite horizon from BG/NBD (purchases) × Gamma-Gamma (spend per purchase), discounted
 * at an annual rate — Fader, Hardie & Lee (2005). The time unit of the model, of the customer summary and of the horizon
 * are all explicit and converted; nothing assumes weeks. Engine subset (docs/ENGINE_SUBSET.md).
 */
import type { BgNbdCustomer, BgNbdParameters } from './bgnbd';
import {
  bgNbdConditionalExpectationInModelUnit,
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
  predictiveDeltaEstimate,
  predictiveDurationIn
} from './predictiveCommon';

/** Upper bound on the number of monthly discounting steps over a horizon (Apex CPU budget): ten years. */
export const CLV_MAX_STEPS = 120;

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
 * with one step per calendar month of the horizon (a shorter horizon is one step; at most CLV_MAX_STEPS), i.e. each
 * month's expected purchases are discounted from the end of that month. Returns [value, converged 1/0].
 */
function clvDiscountedTransactions(bg: BgNbdParameters, customer: BgNbdCustomer, options: ClvOptions): number[] {
  const horizonInModel = predictiveDurationIn(options.horizon, bg.timeUnit);
  if (horizonInModel <= 0) {
    return [0, 1];
  }
  const months = predictiveDurationIn(options.horizon, 'month');
  const steps = Math.min(Math.max(Math.ceil(months - 1e-9), 1), CLV_MAX_STEPS);
  const rate = Number.isFinite(options.annualDiscountRate)
    ? Math.min(Math.max(options.annualDiscountRate, -0.99), 100)
    : 0;
  const logDiscount = Math.log(1 + rate);
  const yearsPerModelUnit = predictiveDaysPerUnit(bg.timeUnit) / PREDICTIVE_DAYS_PER_YEAR;
  const stepLength = horizonInModel / steps;
  let previous = 0;
  let total = 0;
  let converged = 1;
  for (let k = 1; k <= steps; k++) {
    const t = k === steps ? horizonInModel : k * stepLength;
    const expectation = bgNbdConditionalExpectationInModelUnit(bg, customer, t);
    if (expectation[1] !== 1) {
      converged = 0;
    }
    const increment = Math.max(expectation[0] - previous, 0);
    previous = Math.max(expectation[0], previous);
    total = total + increment * Math.exp(-logDiscount * t * yearsPerModelUnit);
  }
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
  const transactions = clvDiscountedTransactions(bg, clvBgNbdCustomer(customer), options)[0];
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
 * Expected CLV with its 95 % interval (delta method on the log scale over the seven log-parameters). CLV factorises
 * as margin × spend(p, q, γ) × discounted purchases(r, α, a, b), so each shifted evaluation recomputes one factor only.
 */
export function clvExpectedValueEstimate(
  bg: BgNbdParameters,
  gg: GammaGammaParameters,
  customer: ClvCustomer,
  options: ClvOptions
): PredictiveEstimate {
  const bgCustomer = clvBgNbdCustomer(customer);
  const ggCustomer = clvGammaGammaCustomer(customer);
  const base = clvDiscountedTransactions(bg, bgCustomer, options);
  const spend = gammaGammaExpectedSpend(gg, ggCustomer);
  const margin = clvMargin(options);
  const sign = margin < 0 ? -1 : 1;
  // Work with |CLV| (a negative margin flips the sign of every evaluation) and flip the interval back at the end.
  const magnitude = Math.abs(margin);
  const point = clvFinite(magnitude * spend * base[0]);
  const up: number[] = [];
  const down: number[] = [];
  for (let i = 0; i < 7; i++) {
    if (i < 4) {
      const upBg = clvDiscountedTransactions(clvShiftedBgNbd(bg, i, PREDICTIVE_GRADIENT_STEP), bgCustomer, options);
      const downBg = clvDiscountedTransactions(clvShiftedBgNbd(bg, i, -PREDICTIVE_GRADIENT_STEP), bgCustomer, options);
      up.push(clvFinite(magnitude * spend * upBg[0]));
      down.push(clvFinite(magnitude * spend * downBg[0]));
    } else {
      const upGg = gammaGammaExpectedSpend(clvShiftedGammaGamma(gg, i - 4, PREDICTIVE_GRADIENT_STEP), ggCustomer);
      const downGg = gammaGammaExpectedSpend(clvShiftedGammaGamma(gg, i - 4, -PREDICTIVE_GRADIENT_STEP), ggCustomer);
      up.push(clvFinite(magnitude * upGg * base[0]));
      down.push(clvFinite(magnitude * downGg * base[0]));
    }
  }
  const estimate = predictiveDeltaEstimate(point, up, down, clvJointLogCovariance(bg, gg), 'log', base[1] === 1);
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
