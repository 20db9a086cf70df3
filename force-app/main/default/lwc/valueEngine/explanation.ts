/**
 * The explanation of a value score: each component's index, points, maximum points and money, and the top reasons as
 * label keys with parameters (numbers rendered by the engine; the words live in Custom Labels).
 * Money per component: net_value → net value; potential → weighted pipeline; influence → revenue from referrals;
 * strategic_fit → 0 (not a money figure); loyalty → revenue expected to stay (revenue × (1 − churn probability)).
 */
import type { ValueConfig } from './config';
import { costToServeBreakdown } from './costToServe';
import type { ScoreComponent } from './domain';
import { churnProbabilityFromSignals, computeChurnSignals, FALLING_REVENUE_TREND } from './earlyWarning';
import type { AccountFacts } from './facts';
import { prepareFacts } from './facts';
import { formatNumber, safeDivide } from './numbers';
import {
  componentPoints,
  influenceOf,
  loyaltyIndex,
  netValueIndex,
  positiveOrZero,
  potentialOf,
  strategicFitOf,
  totalWeight
} from './scoring';
import { orderByNumberDescending } from './sorting';
import { marginRateFor } from './value';

/** One component's share of the score. */
export interface ScoreContribution {
  component: ScoreComponent;
  /** 0–1. */
  index: number;
  points: number;
  maxPoints: number;
  money: number;
}

/** A reason for the score: a label key, its parameters (already formatted), and its weight in points. */
export interface ScoreReason {
  labelKey: string;
  params: Record<string, string>;
  impact: number;
}

/** The score with its breakdown and its top reasons (at most {@link MAX_REASONS}, strongest first). */
export interface ScoreExplanation {
  accountId: string;
  score: number;
  contributions: ScoreContribution[];
  reasons: ScoreReason[];
}

/** How many reasons the explanation keeps. */
export const MAX_REASONS = 3;
/** Cost to serve above this share of the gross margin is a reason. */
export const HIGH_COST_SHARE = 0.5;

function contribution(
  component: ScoreComponent,
  weight: number,
  index: number,
  total: number,
  money: number
): ScoreContribution {
  return {
    component: component,
    index: index,
    points: componentPoints(weight, index, total),
    maxPoints: componentPoints(weight, 1, total),
    money: money
  };
}

function reason(labelKey: string, impact: number, name: string, value: string): ScoreReason {
  const params: Record<string, string> = {};
  if (name !== '') {
    params[name] = value;
  }
  return { labelKey: labelKey, params: params, impact: impact };
}

/** Explains the value score of one account at `today`. */
export function explainScore(facts: AccountFacts, config: ValueConfig, today: string): ScoreExplanation {
  const raw: AccountFacts = facts ?? {};
  const prepared = prepareFacts(raw);
  const rate = marginRateFor(
    prepared.marginRateOverride,
    prepared.productFamily,
    config.marginRates,
    config.settings.defaultMarginRate
  );
  const grossMargin = prepared.revenueCurrent * rate;
  const costs = costToServeBreakdown(
    config.drivers,
    raw.driverQuantities,
    prepared.paymentDelayAbsurd,
    prepared.accountId
  );
  const netValue = grossMargin - costs.total;
  const signals = computeChurnSignals(prepared, today);
  const churn = churnProbabilityFromSignals(config.churnModel, signals);
  const potential = potentialOf(prepared, signals.revenueTrend);
  const influence = influenceOf(prepared);
  const fit = strategicFitOf(prepared.industry, prepared.country, prepared.employees, config.targetPositioning);
  const loyalty = loyaltyIndex(churn, signals.tenureYears, prepared.satisfaction);
  const weights = config.scoreWeights;
  const total = totalWeight(weights);
  const contributions: ScoreContribution[] = [
    contribution(
      'net_value',
      weights.netValue,
      netValueIndex(netValue, config.tierPolicy.d1Threshold),
      total,
      netValue
    ),
    contribution('potential', weights.potential, potential / 100, total, prepared.weightedPipeline),
    contribution('influence', weights.influence, influence / 100, total, prepared.referralRevenue),
    contribution('strategic_fit', weights.strategicFit, fit, total, 0),
    contribution('loyalty', weights.loyalty, loyalty, total, prepared.revenueCurrent * (1 - churn))
  ];
  let score = 0;
  for (let i = 0; i < contributions.length; i++) {
    score = score + contributions[i].points;
  }
  const candidates: ScoreReason[] = [];
  const netMax = contributions[0].maxPoints;
  if (netValue < 0) {
    candidates.push(reason('cvp_reason_value_destroying', netMax, 'netValue', formatNumber(netValue, 0)));
  } else if (contributions[0].index >= 0.75) {
    candidates.push(
      reason('cvp_reason_high_net_value', contributions[0].points, 'netValue', formatNumber(netValue, 0))
    );
  }
  let largest = -1;
  for (let i = 0; i < costs.byDriver.length; i++) {
    if (costs.byDriver[i].cost > 0 && (largest < 0 || costs.byDriver[i].cost > costs.byDriver[largest].cost)) {
      largest = i;
    }
  }
  if (largest >= 0 && costs.total > HIGH_COST_SHARE * Math.max(grossMargin, 0)) {
    const share = safeDivide(costs.byDriver[largest].cost, costs.total, 0);
    const item = reason('cvp_reason_high_cost_to_serve', netMax * share, 'driver', costs.byDriver[largest].driver);
    item.params.cost = formatNumber(costs.byDriver[largest].cost, 0);
    candidates.push(item);
  }
  if (potential >= config.settings.highPotentialThreshold) {
    candidates.push(
      reason('cvp_reason_high_potential', contributions[1].points, 'potential', formatNumber(potential, 0))
    );
  }
  if (influence >= config.settings.mvcInfluenceThreshold) {
    candidates.push(reason('cvp_reason_influential', contributions[2].points, 'influence', formatNumber(influence, 0)));
  }
  if (fit >= 0.99 && positiveOrZero(weights.strategicFit) > 0) {
    candidates.push(reason('cvp_reason_target_fit', contributions[3].points, '', ''));
  }
  if (churn >= config.settings.atRiskChurnProbability) {
    candidates.push(
      reason(
        'cvp_reason_churn_risk',
        contributions[4].maxPoints - contributions[4].points,
        'probability',
        formatNumber(100 * churn, 0)
      )
    );
  }
  if (signals.revenueTrend <= FALLING_REVENUE_TREND) {
    candidates.push(
      reason(
        'cvp_reason_revenue_falling',
        contributions[1].maxPoints / 2,
        'trend',
        formatNumber(100 * signals.revenueTrend, 0)
      )
    );
  }
  const impacts: number[] = [];
  for (let i = 0; i < candidates.length; i++) {
    impacts.push(candidates[i].impact);
  }
  const order = orderByNumberDescending(impacts);
  const reasons: ScoreReason[] = [];
  for (let i = 0; i < order.length && i < MAX_REASONS; i++) {
    reasons.push(candidates[order[i]]);
  }
  return {
    accountId: prepared.accountId,
    score: Math.min(100, Math.max(0, score)),
    contributions: contributions,
    reasons: reasons
  };
}
