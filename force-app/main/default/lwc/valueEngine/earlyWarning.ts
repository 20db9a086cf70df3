/**
 * Early warning: the churn signals of an account, its churn probability from the logistic model, and the alert
 * decision against the previous snapshot.
 */
import type { ChurnModel, ValueSettings } from './config';
import { INVALID_DAY_NUMBER, dayNumberOf } from './dates';
import type { Tier } from './domain';
import { tierRank } from './domain';
import type { PreparedFacts } from './facts';
import { clamp, isMissingNumber, logistic, safeDivide } from './numbers';

/** Churn signals of one account; `-1` marks an unknown recency or satisfaction (the model then uses its mean). */
export interface ChurnSignals {
  /** (current − previous) / previous revenue, in [−1, 10]; 1 for a new customer, 0 without revenue. */
  revenueTrend: number;
  /** (current − previous) / max(previous, 1) support cases, in [−1, 100]. */
  caseTrend: number;
  complaints: number;
  daysSinceLastOrder: number;
  satisfaction: number;
  /** 1 when the contract ends within ±{@link RENEWAL_WINDOW_DAYS} of today, else 0. */
  renewalDue: number;
  /** Years of relationship at today (0 when unknown). */
  tenureYears: number;
  /** Label keys of the active warning signals, most serious first. */
  warnings: string[];
}

/** Days around the contract end during which the renewal is due. */
export const RENEWAL_WINDOW_DAYS = 90;
/** Revenue trend at or below which revenue is "falling" (−10 %). */
export const FALLING_REVENUE_TREND = -0.1;
/** Revenue trend at or below which the curve "bends down" and raises an alert (−20 %). */
export const REVENUE_ALERT_TREND = -0.2;
/** Case trend at or above which cases are "rising" (+50 %). */
export const RISING_CASES_TREND = 0.5;
/** Days without an order that count as a long silence. */
export const LONG_SILENCE_DAYS = 180;
/** Satisfaction (0–10) below which it is low. */
export const LOW_SATISFACTION = 6;

/** Revenue trend: (current − previous) / previous in [−1, 10]; a new customer (no previous revenue) counts 1. */
export function revenueTrend(revenueCurrent: number, revenuePrevious: number): number {
  if (!Number.isFinite(revenuePrevious) || revenuePrevious <= 0) {
    return Number.isFinite(revenueCurrent) && revenueCurrent > 0 ? 1 : 0;
  }
  // The usual case first: a quotient from −1 to 10 is what the guarded division and the clamp return.
  const trend = (revenueCurrent - revenuePrevious) / revenuePrevious;
  if (trend >= -1 && trend <= 10) {
    return trend;
  }
  return clamp(safeDivide(revenueCurrent - revenuePrevious, revenuePrevious, 0), -1, 10);
}

/** Churn signals of prepared facts at `today` (ISO date). */
export function computeChurnSignals(facts: PreparedFacts, today: string): ChurnSignals {
  return churnSignalsOnDay(facts, dayNumberOf(today));
}

/** Churn signals of prepared facts on a day number (`INVALID_DAY_NUMBER` when unknown): the batch parses today once. */
export function churnSignalsOnDay(facts: PreparedFacts, todayDay: number): ChurnSignals {
  const signals = emptyChurnSignals();
  churnSignalsInto(signals, facts, todayDay);
  return signals;
}

/** A churn-signals record at its empty values, for {@link churnSignalsInto}. */
export function emptyChurnSignals(): ChurnSignals {
  return {
    revenueTrend: 0,
    caseTrend: 0,
    complaints: 0,
    daysSinceLastOrder: 0,
    satisfaction: 0,
    renewalDue: 0,
    tenureYears: 0,
    warnings: []
  };
}

/**
 * {@link churnSignalsOnDay} into a caller-owned record, overwritten whole (with a new warnings list when the one it
 * holds is not empty).
 */
export function churnSignalsInto(target: ChurnSignals, facts: PreparedFacts, todayDay: number): void {
  const trend = revenueTrend(facts.revenueCurrent, facts.revenuePrevious);
  const casesBase = Math.max(facts.casesPrevious, 1);
  let caseTrend = (facts.casesCurrent - facts.casesPrevious) / casesBase;
  // A quotient from −1 to 100 is what the guarded division and the clamp return; anything else takes them.
  if (!(caseTrend >= -1 && caseTrend <= 100)) {
    caseTrend = clamp(safeDivide(facts.casesCurrent - facts.casesPrevious, casesBase, 0), -1, 100);
  }
  const todayValid = Number.isFinite(todayDay) && todayDay !== INVALID_DAY_NUMBER;
  let days = -1;
  if (facts.lastOrderDay !== INVALID_DAY_NUMBER && todayValid) {
    days = Math.max(0, todayDay - facts.lastOrderDay);
  }
  let renewalDue = 0;
  if (facts.contractEndDay !== INVALID_DAY_NUMBER && todayValid) {
    const untilEnd = facts.contractEndDay - todayDay;
    renewalDue = untilEnd >= -RENEWAL_WINDOW_DAYS && untilEnd <= RENEWAL_WINDOW_DAYS ? 1 : 0;
  }
  let tenureYears = 0;
  if (facts.relationshipStartDay !== INVALID_DAY_NUMBER && todayValid && todayDay > facts.relationshipStartDay) {
    tenureYears = (todayDay - facts.relationshipStartDay) / 365.25;
  }
  if (target.warnings.length > 0) {
    target.warnings = [];
  }
  const warnings = target.warnings;
  if (renewalDue === 1) {
    warnings.push('cvp_warning_renewal_due');
  }
  if (trend <= FALLING_REVENUE_TREND) {
    warnings.push('cvp_warning_revenue_falling');
  }
  if (facts.complaints > 0) {
    warnings.push('cvp_warning_complaints');
  }
  if (caseTrend >= RISING_CASES_TREND && facts.casesCurrent > 0) {
    warnings.push('cvp_warning_cases_rising');
  }
  if (facts.satisfaction >= 0 && facts.satisfaction < LOW_SATISFACTION) {
    warnings.push('cvp_warning_low_satisfaction');
  }
  if (days > LONG_SILENCE_DAYS) {
    warnings.push('cvp_warning_long_silence');
  }
  target.revenueTrend = trend;
  target.caseTrend = caseTrend;
  target.complaints = facts.complaints;
  target.daysSinceLastOrder = days;
  target.satisfaction = facts.satisfaction;
  target.renewalDue = renewalDue;
  target.tenureYears = tenureYears;
}

/** The model's feature values for `signals`, named as in the `churn_logistic` model; unknown ones are left out. */
export function churnFeatureValues(signals: ChurnSignals): Record<string, number> {
  const values: Record<string, number> = {};
  values.revenue_trend = signals.revenueTrend;
  values.case_trend = signals.caseTrend;
  values.complaints = signals.complaints;
  if (signals.daysSinceLastOrder >= 0) {
    values.days_since_last_order = signals.daysSinceLastOrder;
  }
  if (signals.satisfaction >= 0) {
    values.satisfaction = signals.satisfaction;
  }
  values.renewal_due = signals.renewalDue;
  return values;
}

function standardisedTerm(coefficient: number, value: number, mean: number, deviation: number): number {
  if (!Number.isFinite(coefficient) || !Number.isFinite(value) || !Number.isFinite(mean)) {
    return 0;
  }
  if (!Number.isFinite(deviation) || deviation <= 0) {
    return 0;
  }
  return (coefficient * (value - mean)) / deviation;
}

/**
 * Churn probability p = 1 / (1 + e^−z), z = intercept + Σ coefficient × (x − mean) / standardDeviation.
 * A feature missing from `featureValues` (or non-finite) takes its mean (contributes 0); a feature with a
 * non-positive standard deviation contributes 0; z is clamped to ±30. Always in (0, 1).
 */
export function churnProbability(model: ChurnModel, featureValues: Record<string, number>): number {
  if (model == null) {
    return logistic(0);
  }
  let z = Number.isFinite(model.intercept) ? model.intercept : 0;
  const features = model.features ?? [];
  const values: Record<string, number> = featureValues ?? {};
  for (let i = 0; i < features.length; i++) {
    const feature = features[i];
    const value = values[feature.name];
    if (isMissingNumber(value)) {
      continue;
    }
    z = z + standardisedTerm(feature.coefficient, value, feature.mean, feature.standardDeviation);
  }
  return logistic(z);
}

/** Churn probability straight from signals, without building the feature record (the batch's hot path). */
export function churnProbabilityFromSignals(model: ChurnModel, signals: ChurnSignals): number {
  return churnProbabilityOfTerms(churnTermsOf(model), signals);
}

/**
 * One feature of the churn model as the probability reads it, checked once per run: the signal it reads (a
 * {@link CHURN_SIGNAL_VALUES} position, −1 for a feature no signal gives) and whether its numbers count at all.
 */
export interface ChurnTerm {
  signal: number;
  counts: boolean;
  coefficient: number;
  mean: number;
  standardDeviation: number;
}

/** The churn model as the probability reads it: the intercept (0 when not finite) and each feature's term. */
export interface ChurnTerms {
  intercept: number;
  terms: ChurnTerm[];
}

/** The signals the logistic model's features may name, in the order {@link ChurnTerm.signal} counts them. */
export const CHURN_SIGNAL_VALUES: readonly string[] = [
  'revenue_trend',
  'case_trend',
  'complaints',
  'days_since_last_order',
  'satisfaction',
  'renewal_due'
];

/** The {@link ChurnTerms} of `model`: each feature's name looked up and its numbers checked once. */
export function churnTermsOf(model: ChurnModel): ChurnTerms {
  const terms: ChurnTerm[] = [];
  const features = model.features ?? [];
  for (let i = 0; i < features.length; i++) {
    const feature = features[i];
    const counts =
      Number.isFinite(feature.coefficient) &&
      Number.isFinite(feature.mean) &&
      Number.isFinite(feature.standardDeviation) &&
      feature.standardDeviation > 0;
    // A term that does not count contributes 0 whatever its numbers: they are kept only when they count.
    terms.push({
      signal: CHURN_SIGNAL_VALUES.indexOf(feature.name),
      counts: counts,
      coefficient: counts ? feature.coefficient : 0,
      mean: counts ? feature.mean : 0,
      standardDeviation: counts ? feature.standardDeviation : 1
    });
  }
  return { intercept: Number.isFinite(model.intercept) ? model.intercept : 0, terms: terms };
}

/**
 * {@link churnProbabilityFromSignals} with the model's terms checked once ({@link churnTermsOf}): z = intercept +
 * Σ coefficient × (x − mean) / standardDeviation over the terms that count; an unknown recency or satisfaction (−1),
 * or a feature no signal gives, takes its mean; a non-finite value contributes 0.
 */
export function churnProbabilityOfTerms(model: ChurnTerms, signals: ChurnSignals): number {
  let z = model.intercept;
  const terms = model.terms;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i];
    let value = term.mean;
    switch (term.signal) {
      case 0:
        value = signals.revenueTrend;
        break;
      case 1:
        value = signals.caseTrend;
        break;
      case 2:
        value = signals.complaints;
        break;
      case 3:
        value = signals.daysSinceLastOrder >= 0 ? signals.daysSinceLastOrder : term.mean;
        break;
      case 4:
        value = signals.satisfaction >= 0 ? signals.satisfaction : term.mean;
        break;
      case 5:
        value = signals.renewalDue;
        break;
      default:
        value = term.mean;
        break;
    }
    z =
      z +
      (term.counts && Number.isFinite(value) ? (term.coefficient * (value - term.mean)) / term.standardDeviation : 0);
  }
  return logistic(z);
}

/** What the alert decision compares: a snapshot's churn probability, tier and revenue trend. */
export interface AlertSnapshot {
  churnProbability: number;
  tier: string;
  revenueTrend: number;
}

/** The current snapshot and, when there is one, the previous. */
export interface AlertInput {
  current: AlertSnapshot;
  previous?: AlertSnapshot;
}

/** Whether to alert the owner, whether to escalate to the sales direction, and why (label keys). */
export interface AlertDecision {
  alert: boolean;
  escalate: boolean;
  reasons: string[];
}

function containsTier(tiers: Tier[], tier: string): boolean {
  for (let i = 0; i < tiers.length; i++) {
    if (tiers[i] === tier) {
      return true;
    }
  }
  return false;
}

function finiteProbability(value: number): number {
  return Number.isFinite(value) ? value : 0;
}

/**
 * Alert when the churn probability crosses the threshold upwards (or is above it with no previous snapshot), when the
 * tier drops, or when the revenue trend bends below −20 % (newly). Escalate when an alert concerns an account whose
 * current or previous tier is in `settings.escalateTiers`.
 */
export function decideAlert(input: AlertInput, settings: ValueSettings): AlertDecision {
  const reasons: string[] = [];
  const current = input.current;
  const previous = input.previous;
  const hasPrevious = previous != null;
  const threshold = settings.alertChurnThreshold;
  const churnNow = finiteProbability(current.churnProbability);
  if (churnNow >= threshold) {
    if (!hasPrevious || finiteProbability(previous.churnProbability) < threshold) {
      reasons.push('cvp_alert_churn_threshold_crossed');
    }
  }
  if (hasPrevious && tierRank(current.tier) > tierRank(previous.tier)) {
    reasons.push('cvp_alert_tier_drop');
  }
  const trendNow = Number.isFinite(current.revenueTrend) ? current.revenueTrend : 0;
  if (trendNow <= REVENUE_ALERT_TREND) {
    const trendBefore = hasPrevious && Number.isFinite(previous.revenueTrend) ? previous.revenueTrend : 0;
    if (!hasPrevious || trendBefore > REVENUE_ALERT_TREND) {
      reasons.push('cvp_alert_revenue_bend');
    }
  }
  const alert = reasons.length > 0;
  const tiers = settings.escalateTiers ?? [];
  let escalate = false;
  if (alert) {
    escalate = containsTier(tiers, current.tier) || (hasPrevious && containsTier(tiers, previous.tier));
  }
  return { alert: alert, escalate: escalate, reasons: reasons };
}
