/**
 * The explanation of a value score: each component's index, points, maximum points and money, and the top reasons as
 * label keys with parameters (numbers rendered by the engine; the words live in Custom Labels).
 * Money per component: net_value → net value; potential → weighted pipeline; influence → revenue from referrals;
 * strategic_fit → 0 (not a money figure); loyalty → revenue expected to stay (revenue × (1 − churn probability)).
 * The money lines (gross margin, then each driver's cost as a negative amount) sum to the net value. Every figure comes
 * from {@link accountFiguresOnDay}, as the evaluation's do: the explanation and the evaluation cannot drift apart.
 */
import type { ValueConfig } from './config';
import { costToServeBreakdownOfFacts } from './costToServe';
import { dayNumberOf } from './dates';
import type { ScoreComponent, Tier } from './domain';
import { FALLING_REVENUE_TREND } from './earlyWarning';
import { accountFiguresOnDay } from './evaluation';
import type { AccountFacts } from './facts';
import { prepareFacts } from './facts';
import { formatNumber, safeDivide } from './numbers';
import { componentPoints, positiveOrZero, totalWeight } from './scoring';
import type { TierCutoffs } from './tiers';
import { assignTier } from './tiers';
import { orderByNumberDescending } from './sorting';

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

/** One line of the net value: the gross margin (positive) or one driver's cost to serve (negative). */
export interface MoneyLine {
  /** `gross_margin`, or the value driver's name. */
  name: string;
  /** `''` for the gross margin, else the driver's cost component. */
  component: string;
  amount: number;
}

/**
 * The score with its breakdown, its top reasons (at most {@link MAX_REASONS}, strongest first), the tier (as the
 * evaluation assigns it) and the money lines of the net value (gross margin, then the drivers that cost something).
 */
export interface ScoreExplanation {
  accountId: string;
  score: number;
  tier: Tier;
  netValue: number;
  contributions: ScoreContribution[];
  moneyLines: MoneyLine[];
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

/** Explains the value score of one account against the portfolio's cut-offs at `today` (ISO date). */
export function explainScore(
  facts: AccountFacts,
  config: ValueConfig,
  cutoffs: TierCutoffs,
  today: string
): ScoreExplanation {
  const raw: AccountFacts = facts ?? {};
  const prepared = prepareFacts(raw);
  const costs = costToServeBreakdownOfFacts(config, raw, prepared.paymentDelayAbsurd, prepared.accountId);
  const figures = accountFiguresOnDay(prepared, costs.total, config, dayNumberOf(today));
  const grossMargin = figures.money.grossMargin;
  const netValue = figures.money.netValue;
  const signals = figures.signals;
  const churn = figures.churnProbability;
  const potential = figures.potential;
  const influence = figures.influence;
  const fit = figures.strategicFit;
  const indexes = figures.indexes;
  const weights = config.scoreWeights;
  const total = totalWeight(weights);
  const contributions: ScoreContribution[] = [
    contribution('net_value', weights.netValue, indexes.netValue, total, netValue),
    contribution('potential', weights.potential, indexes.potential, total, prepared.weightedPipeline),
    contribution('influence', weights.influence, indexes.influence, total, prepared.referralRevenue),
    contribution('strategic_fit', weights.strategicFit, indexes.strategicFit, total, 0),
    contribution('loyalty', weights.loyalty, indexes.loyalty, total, prepared.revenueCurrent * (1 - churn))
  ];
  const moneyLines: MoneyLine[] = [{ name: 'gross_margin', component: '', amount: grossMargin }];
  for (let i = 0; i < costs.byDriver.length; i++) {
    if (costs.byDriver[i].cost > 0) {
      moneyLines.push({
        name: costs.byDriver[i].driver,
        component: costs.byDriver[i].component,
        amount: -costs.byDriver[i].cost
      });
    }
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
    score: figures.score,
    tier: assignTier(netValue, cutoffs, prepared.tierOverride, prepared.tierOverrideReason).tier,
    netValue: netValue,
    contributions: contributions,
    moneyLines: moneyLines,
    reasons: reasons
  };
}
