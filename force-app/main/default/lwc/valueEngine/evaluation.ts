/**
 * The per-account pipeline: facts → quality check → money value → churn → score → tier → flags → action.
 * Cut-offs are computed once per portfolio ({@link tierCutoffs}); {@link evaluatePortfolio} does both passes.
 * {@link accountFiguresOnDay} computes every per-account figure once; the evaluation and the explanation both read it.
 */
import type { ValueConfig } from './config';
import { totalCostToServe } from './costToServe';
import type { AccountFlag, RecommendedAction, Tier } from './domain';
import type { ChurnSignals } from './earlyWarning';
import { churnProbabilityFromSignals, churnSignalsOnDay } from './earlyWarning';
import { dayNumberOf } from './dates';
import type { AccountFacts, DataFinding, FindingsReport, PreparedFacts } from './facts';
import { cleanMarginRateOverride, cleanRevenue, isPaymentDelayAbsurd, prepareFacts } from './facts';
import { recommendAction } from './flagsAndActions';
import type { ScoreIndexes } from './scoring';
import { influenceOf, loyaltyIndex, netValueIndex, potentialOf, scoreFromIndexes, strategicFitOf } from './scoring';
import type { TierCutoffs } from './tiers';
import { assignTier, computeTierCutoffs } from './tiers';
import type { MoneyFigures } from './value';
import { moneyFiguresOf, moneyOfPrepared } from './value';

/** Every figure of one account that the evaluation and the explanation show, computed once. */
export interface AccountFigures {
  money: MoneyFigures;
  signals: ChurnSignals;
  churnProbability: number;
  /** 0–100. */
  potential: number;
  /** 0–100. */
  influence: number;
  /** 0–1. */
  strategicFit: number;
  /** 0–1. */
  loyalty: number;
  /** The five component indexes the score weighs. */
  indexes: ScoreIndexes;
  /** 0–100. */
  score: number;
}

/**
 * The figures of one account from its prepared facts and its cost to serve (computed by the caller, with or without
 * the per-driver breakdown, by the same driver rules), on a day number ({@link dayNumberOf}).
 */
export function accountFiguresOnDay(
  prepared: PreparedFacts,
  costToServe: number,
  config: ValueConfig,
  todayDay: number
): AccountFigures {
  const money = moneyOfPrepared(prepared, costToServe, config);
  const signals = churnSignalsOnDay(prepared, todayDay);
  const churn = churnProbabilityFromSignals(config.churnModel, signals);
  const potential = potentialOf(prepared, signals.revenueTrend);
  const influence = influenceOf(prepared);
  const fit = strategicFitOf(prepared.industry, prepared.country, prepared.employees, config.targetPositioning);
  const loyalty = loyaltyIndex(churn, signals.tenureYears, prepared.satisfaction);
  const indexes: ScoreIndexes = {
    netValue: netValueIndex(money.netValue, config.tierPolicy.d1Threshold),
    potential: potential / 100,
    influence: influence / 100,
    strategicFit: fit,
    loyalty: loyalty
  };
  return {
    money: money,
    signals: signals,
    churnProbability: churn,
    potential: potential,
    influence: influence,
    strategicFit: fit,
    loyalty: loyalty,
    indexes: indexes,
    score: scoreFromIndexes(indexes, config.scoreWeights)
  };
}

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
  const report: FindingsReport = { accountId: prepared.accountId, findings: findings };
  const cost = totalCostToServe(config, raw.driverQuantities, prepared.paymentDelayAbsurd, report);
  const figures = accountFiguresOnDay(prepared, cost, config, todayDay);
  const money = figures.money;
  const assignment = assignTier(money.netValue, cutoffs, prepared.tierOverride, prepared.tierOverrideReason);
  const decision = recommendAction(
    {
      tier: assignment.tier,
      netValue: money.netValue,
      potential: figures.potential,
      influence: figures.influence,
      churnProbability: figures.churnProbability,
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
    marginRate: money.marginRate,
    grossMargin: money.grossMargin,
    costToServe: money.costToServe,
    netValue: money.netValue,
    revenueTrend: figures.signals.revenueTrend,
    churnProbability: figures.churnProbability,
    potential: figures.potential,
    influence: figures.influence,
    strategicFit: figures.strategicFit,
    loyalty: figures.loyalty,
    score: figures.score,
    tier: assignment.tier,
    computedTier: assignment.computedTier,
    tierOverridden: assignment.overridden,
    strategic: prepared.strategic,
    flags: decision.flags,
    action: decision.action,
    separationBlocked: decision.separationBlocked,
    warnings: figures.signals.warnings,
    findings: findings
  };
}

/**
 * Net value of one account from its facts (first pass of a portfolio: the cut-offs need every net value). The same
 * figure as {@link evaluateAccount}'s — the same cleaning rules and the same money rule — without preparing the facts
 * the net value does not read (findings are discarded).
 */
export function netValueOfFacts(facts: AccountFacts, config: ValueConfig): number {
  const raw: AccountFacts = facts ?? {};
  const report: FindingsReport = { accountId: raw.accountId ?? '', findings: [] };
  const cost = totalCostToServe(config, raw.driverQuantities, isPaymentDelayAbsurd(raw.maxPaymentDelayDays), report);
  const money = moneyFiguresOf(
    {
      revenue: cleanRevenue(raw.revenueCurrent, 'revenueCurrent', report),
      marginRateOverride: cleanMarginRateOverride(raw.marginRateOverride, report),
      productFamily: raw.productFamily ?? '',
      costToServe: cost
    },
    config
  );
  return money.netValue;
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
