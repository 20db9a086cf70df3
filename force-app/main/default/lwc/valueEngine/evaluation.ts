/**
 * The per-account pipeline: facts → quality check → money value → churn → score → tier → flags → action.
 * Cut-offs are computed once per portfolio ({@link tierCutoffs}); {@link evaluatePortfolio} does both passes.
 */
import type { ValueConfig } from './config';
import { totalCostToServe } from './costToServe';
import type { AccountFlag, RecommendedAction, Tier } from './domain';
import { churnProbabilityFromSignals, churnSignalsOnDay } from './earlyWarning';
import { dayNumberOf } from './dates';
import type { AccountFacts, DataFinding } from './facts';
import { ABSURD_AMOUNT, ABSURD_PAYMENT_DELAY_DAYS, prepareFacts } from './facts';
import { recommendAction } from './flagsAndActions';
import { clamp } from './numbers';
import { influenceOf, loyaltyIndex, netValueIndex, potentialOf, scoreFromIndexes, strategicFitOf } from './scoring';
import type { TierCutoffs } from './tiers';
import { assignTier, computeTierCutoffs } from './tiers';
import { marginRateFor } from './value';

/** Everything the engine derives for one account. All numbers are finite. */
export interface AccountEvaluation {
  accountId: string;
  industry: string;
  revenue: number;
  revenuePrevious: number;
  marginRate: number;
  grossMargin: number;
  costToServe: number;
  netValue: number;
  revenueTrend: number;
  churnProbability: number;
  /** 0–100. */
  potential: number;
  /** 0–100. */
  influence: number;
  /** 0–1. */
  strategicFit: number;
  /** 0–1. */
  loyalty: number;
  /** 0–100. */
  score: number;
  tier: Tier;
  computedTier: Tier;
  tierOverridden: boolean;
  strategic: boolean;
  flags: AccountFlag[];
  action: RecommendedAction;
  separationBlocked: boolean;
  warnings: string[];
  findings: DataFinding[];
}

/** Evaluates one account against portfolio cut-offs at `today` (ISO date). Never throws; problems are in `findings`. */
export function evaluateAccount(
  facts: AccountFacts,
  config: ValueConfig,
  cutoffs: TierCutoffs,
  today: string
): AccountEvaluation {
  return evaluateAccountOnDay(facts, config, cutoffs, dayNumberOf(today));
}

/**
 * {@link evaluateAccount} with today as a day number ({@link dayNumberOf}): the batch parses today once per chunk
 * instead of once per account.
 */
export function evaluateAccountOnDay(
  facts: AccountFacts,
  config: ValueConfig,
  cutoffs: TierCutoffs,
  todayDay: number
): AccountEvaluation {
  const raw: AccountFacts = facts ?? {};
  const prepared = prepareFacts(raw);
  const findings = prepared.findings;
  const rate = marginRateFor(
    prepared.marginRateOverride,
    prepared.productFamily,
    config.marginRates,
    config.settings.defaultMarginRate
  );
  const grossMargin = prepared.revenueCurrent * rate;
  const cost = totalCostToServe(
    config.drivers,
    raw.driverQuantities,
    prepared.paymentDelayAbsurd,
    prepared.accountId,
    findings
  );
  const netValue = grossMargin - cost;
  const signals = churnSignalsOnDay(prepared, todayDay);
  const churn = churnProbabilityFromSignals(config.churnModel, signals);
  const potential = potentialOf(prepared, signals.revenueTrend);
  const influence = influenceOf(prepared);
  const fit = strategicFitOf(prepared.industry, prepared.country, prepared.employees, config.targetPositioning);
  const loyalty = loyaltyIndex(churn, signals.tenureYears, prepared.satisfaction);
  const score = scoreFromIndexes(
    {
      netValue: netValueIndex(netValue, config.tierPolicy.d1Threshold),
      potential: potential / 100,
      influence: influence / 100,
      strategicFit: fit,
      loyalty: loyalty
    },
    config.scoreWeights
  );
  const assignment = assignTier(netValue, cutoffs, prepared.tierOverride, prepared.tierOverrideReason);
  const decision = recommendAction(
    {
      tier: assignment.tier,
      netValue: netValue,
      potential: potential,
      influence: influence,
      churnProbability: churn,
      strategic: prepared.strategic,
      dataIncomplete: findings.length > 0
    },
    config.settings
  );
  return {
    accountId: prepared.accountId,
    industry: prepared.industry,
    revenue: prepared.revenueCurrent,
    revenuePrevious: prepared.revenuePrevious,
    marginRate: rate,
    grossMargin: grossMargin,
    costToServe: cost,
    netValue: netValue,
    revenueTrend: signals.revenueTrend,
    churnProbability: churn,
    potential: potential,
    influence: influence,
    strategicFit: clamp(fit, 0, 1),
    loyalty: loyalty,
    score: score,
    tier: assignment.tier,
    computedTier: assignment.computedTier,
    tierOverridden: assignment.overridden,
    strategic: prepared.strategic,
    flags: decision.flags,
    action: decision.action,
    separationBlocked: decision.separationBlocked,
    warnings: signals.warnings,
    findings: findings
  };
}

/** A money fact as the quality check keeps it: missing, non-finite, negative or absurd → 0 (see prepareFacts). */
function keptAmount(value: number | undefined): number {
  if (value === undefined || value == null || !Number.isFinite(value) || value < 0 || value > ABSURD_AMOUNT) {
    return 0;
  }
  return value;
}

/**
 * Net value of one account from its facts (first pass of a portfolio: the cut-offs need every net value). The same
 * figure as {@link evaluateAccount}'s, computed without the full quality report (findings are discarded).
 */
export function netValueOfFacts(facts: AccountFacts, config: ValueConfig): number {
  const raw: AccountFacts = facts ?? {};
  const override = raw.marginRateOverride;
  const rate = marginRateFor(
    override === undefined || override == null ? -1 : override,
    raw.productFamily ?? '',
    config.marginRates,
    config.settings.defaultMarginRate
  );
  const delay = raw.maxPaymentDelayDays;
  const paymentDelayAbsurd = delay !== undefined && delay != null && delay > ABSURD_PAYMENT_DELAY_DAYS;
  const cost = totalCostToServe(config.drivers, raw.driverQuantities, paymentDelayAbsurd, raw.accountId ?? '', []);
  return keptAmount(raw.revenueCurrent) * rate - cost;
}

/** A whole portfolio evaluated: the cut-offs computed from it and each account's evaluation (input order). */
export interface PortfolioEvaluation {
  cutoffs: TierCutoffs;
  evaluations: AccountEvaluation[];
}

/** Evaluates every account: pass 1 computes net values and the cut-offs, pass 2 evaluates each account. */
export function evaluatePortfolio(factsList: AccountFacts[], config: ValueConfig, today: string): PortfolioEvaluation {
  const list = factsList ?? [];
  const netValues: number[] = [];
  for (let i = 0; i < list.length; i++) {
    netValues.push(netValueOfFacts(list[i], config));
  }
  const cutoffs = computeTierCutoffs(netValues, config.tierPolicy);
  const evaluations: AccountEvaluation[] = [];
  for (let i = 0; i < list.length; i++) {
    evaluations.push(evaluateAccount(list[i], config, cutoffs, today));
  }
  return { cutoffs: cutoffs, evaluations: evaluations };
}
