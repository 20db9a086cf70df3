/**
 * The per-account pipeline: facts → quality check → money value → churn → score → tier → flags → action.
 * Cut-offs are computed once per portfolio ({@link tierCutoffs}); {@link evaluatePortfolio} does both passes.
 * {@link accountFiguresOnDay} computes every per-account figure once; the evaluation and the explanation both read it.
 */
import type { ValueConfig } from './config';
import type { CostPlan } from './costToServe';
import { costPlanOf, totalCostOfFacts } from './costToServe';
import type { AccountFlag, RecommendedAction, Tier } from './domain';
import type { ChurnSignals } from './earlyWarning';
import type { ChurnTerms } from './earlyWarning';
import { churnProbabilityOfTerms, churnSignalsInto, churnTermsOf, emptyChurnSignals } from './earlyWarning';
import { dayNumberOf } from './dates';
import type { AccountFacts, DataFinding, FindingsReport, PreparedFacts } from './facts';
import {
  cleanMarginRateOverride,
  cleanRevenue,
  emptyPreparedFacts,
  isPaymentDelayAbsurd,
  prepareFactsReportingInto
} from './facts';
import type { ActionDecision, ActionInputs } from './flagsAndActions';
import { recommendActionInto } from './flagsAndActions';
import type { ScoreIndexes, ScoreWeighting, TargetFit } from './scoring';
import {
  influenceOf,
  loyaltyIndex,
  netValueIndex,
  potentialOf,
  scoreWeightingOf,
  scoreWithWeighting,
  strategicFitWith,
  targetFitOf
} from './scoring';
import type { TierAssignment, TierCutoffs } from './tiers';
import { assignTierInto, computeTierCutoffs } from './tiers';
import type { MarginPlan, MoneyFigures } from './value';
import { marginPlanOf, moneyFiguresOfPlanInto } from './value';

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
  const figures = emptyAccountFigures();
  accountFiguresInto(figures, prepared, costToServe, config, todayDay);
  return figures;
}

/** An account-figures record at its empty values, for {@link accountFiguresInto}. */
function emptyAccountFigures(): AccountFigures {
  return {
    money: { marginRate: 0, grossMargin: 0, costToServe: 0, netValue: 0 },
    signals: emptyChurnSignals(),
    churnProbability: 0,
    potential: 0,
    influence: 0,
    strategicFit: 0,
    loyalty: 0,
    indexes: { netValue: 0, potential: 0, influence: 0, strategicFit: 0, loyalty: 0 },
    score: 0
  };
}

/**
 * {@link accountFiguresOnDay} into a caller-owned record, overwritten whole with its money, signals and indexes
 * records: the batch's hot path re-uses one per chunk.
 */
export function accountFiguresInto(
  target: AccountFigures,
  prepared: PreparedFacts,
  costToServe: number,
  config: ValueConfig,
  todayDay: number
): void {
  figuresInto(
    target,
    prepared,
    costToServe,
    config,
    todayDay,
    scoreWeightingOf(config.scoreWeights),
    churnTermsOf(config.churnModel),
    targetFitOf(config.targetPositioning),
    marginPlanOf(config.marginRates, config.settings.defaultMarginRate)
  );
}

/** {@link accountFiguresInto} with the weights, the churn model's terms and the positioning compiled once per run. */
function figuresInto(
  target: AccountFigures,
  prepared: PreparedFacts,
  costToServe: number,
  config: ValueConfig,
  todayDay: number,
  weighting: ScoreWeighting,
  churnTerms: ChurnTerms,
  targetFit: TargetFit,
  marginPlan: MarginPlan
): void {
  const money = target.money;
  moneyFiguresOfPlanInto(
    money,
    prepared.revenueCurrent,
    prepared.marginRateOverride,
    prepared.productFamily,
    costToServe,
    marginPlan
  );
  const signals = target.signals;
  churnSignalsInto(signals, prepared, todayDay);
  const churn = churnProbabilityOfTerms(churnTerms, signals);
  const potential = potentialOf(prepared, signals.revenueTrend);
  const influence = influenceOf(prepared);
  const fit = strategicFitWith(targetFit, prepared.industry, prepared.country, prepared.employees);
  const loyalty = loyaltyIndex(churn, signals.tenureYears, prepared.satisfaction);
  const indexes = target.indexes;
  indexes.netValue = netValueIndex(money.netValue, config.tierPolicy.d1Threshold);
  indexes.potential = potential / 100;
  indexes.influence = influence / 100;
  indexes.strategicFit = fit;
  indexes.loyalty = loyalty;
  target.churnProbability = churn;
  target.potential = potential;
  target.influence = influence;
  target.strategicFit = fit;
  target.loyalty = loyalty;
  target.score = scoreWithWeighting(indexes, weighting);
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
 * Caller-owned records that {@link evaluateAccountInto} and {@link netValueOfFactsInto} overwrite account after account,
 * so a chunk allocates no per-account record (V8 boxes each number field of each new object; Apex counts heap). The
 * result is `evaluation` (or `figures.money` for the net value), valid until the next call with the same workspace.
 */
export interface EvaluationWorkspace {
  /** The configuration the workspace evaluates with, and what is derived from it once (not to be changed after). */
  config: ValueConfig;
  weighting: ScoreWeighting;
  churnTerms: ChurnTerms;
  targetFit: TargetFit;
  /** The drivers' cost rules and the margin rates, compiled once from the configuration (first pass, cost to serve). */
  costPlan: CostPlan;
  marginPlan: MarginPlan;
  prepared: PreparedFacts;
  /** Where the cost-to-serve rules report the drivers' findings (the prepared facts' findings list). */
  report: FindingsReport;
  figures: AccountFigures;
  assignment: TierAssignment;
  actionInputs: ActionInputs;
  decision: ActionDecision;
  evaluation: AccountEvaluation;
}

/**
 * A workspace for {@link evaluateAccountInto} and {@link netValueOfFactsInto} with `config`: one per chunk (or per
 * loop); the score's weights, the churn model's terms and the target positioning are compiled here once, not per
 * account.
 */
export function newEvaluationWorkspace(config: ValueConfig): EvaluationWorkspace {
  return {
    config: config,
    weighting: scoreWeightingOf(config.scoreWeights),
    churnTerms: churnTermsOf(config.churnModel),
    targetFit: targetFitOf(config.targetPositioning),
    costPlan: costPlanOf(config),
    marginPlan: marginPlanOf(config.marginRates, config.settings.defaultMarginRate),
    prepared: emptyPreparedFacts(),
    report: { accountId: '', findings: [] },
    figures: emptyAccountFigures(),
    assignment: { tier: 'D4', computedTier: 'D4', overridden: false, overrideReason: '' },
    actionInputs: {
      tier: 'D4',
      netValue: 0,
      potential: 0,
      influence: 0,
      churnProbability: 0,
      strategic: false,
      dataIncomplete: false
    },
    decision: { flags: [], action: 'standardize', separationBlocked: false, reasonKey: '' },
    evaluation: emptyAccountEvaluation()
  };
}

/** An evaluation record at its empty values, for a workspace (and for each evaluation {@link keepEvaluation} hands out). */
function emptyAccountEvaluation(): AccountEvaluation {
  return {
    accountId: '',
    industry: '',
    revenue: 0,
    revenuePrevious: 0,
    marginRate: 0,
    grossMargin: 0,
    costToServe: 0,
    netValue: 0,
    revenueTrend: 0,
    churnProbability: 0,
    potential: 0,
    influence: 0,
    strategicFit: 0,
    loyalty: 0,
    score: 0,
    tier: 'D4',
    computedTier: 'D4',
    tierOverridden: false,
    strategic: false,
    flags: [],
    action: 'standardize',
    separationBlocked: false,
    warnings: [],
    findings: []
  };
}

/**
 * Hands the caller the evaluation the last {@link evaluateAccountInto} left in `workspace`, to keep: the workspace
 * takes a new evaluation record and new flags, warnings and findings lists, so nothing it evaluates after changes the
 * kept one. A portfolio evaluated with one workspace (its configuration compiled once) keeps each account's evaluation
 * this way instead of compiling the configuration again for a new workspace per account.
 */
export function keepEvaluation(workspace: EvaluationWorkspace): AccountEvaluation {
  const kept = workspace.evaluation;
  workspace.evaluation = emptyAccountEvaluation();
  workspace.decision.flags = [];
  workspace.figures.signals.warnings = [];
  workspace.prepared.findings = [];
  workspace.report.findings = workspace.prepared.findings;
  return kept;
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
  const workspace = newEvaluationWorkspace(config);
  evaluateAccountInto(workspace, facts, cutoffs, todayDay);
  return workspace.evaluation;
}

/**
 * {@link evaluateAccountOnDay} into `workspace.evaluation`, overwritten whole: the per-account pipeline, in one place.
 * The records and lists are the workspace's, overwritten by the next account: {@link keepEvaluation} hands the
 * evaluation over to keep.
 */
export function evaluateAccountInto(
  workspace: EvaluationWorkspace,
  facts: AccountFacts,
  cutoffs: TierCutoffs,
  todayDay: number
): void {
  evaluateAccountWithCostInto(workspace, facts, cutoffs, todayDay, -1);
}

/**
 * {@link evaluateAccountInto} reusing the cost to serve that the first pass computed for the same facts and
 * configuration ({@link netValueOfFactsInto}'s `figures.money.costToServe`) when that pass found nothing to report —
 * the drivers' findings are only known by computing the cost; a negative `knownCostToServe` (unknown) computes it. A
 * portfolio evaluated in one process (the workbench, the what-if) then reads each driver once per account, not twice.
 */
export function evaluateAccountWithCostInto(
  workspace: EvaluationWorkspace,
  facts: AccountFacts,
  cutoffs: TierCutoffs,
  todayDay: number,
  knownCostToServe: number
): void {
  const config = workspace.config;
  const raw: AccountFacts = facts ?? {};
  const prepared = workspace.prepared;
  const report = workspace.report;
  // The report now names this account and holds its findings list, where the cost-to-serve rules add theirs.
  prepareFactsReportingInto(prepared, raw, report);
  const findings = prepared.findings;
  const cost =
    Number.isFinite(knownCostToServe) && knownCostToServe >= 0
      ? knownCostToServe
      : totalCostOfFacts(workspace.costPlan, raw, prepared.paymentDelayAbsurd, report);
  const figures = workspace.figures;
  figuresInto(
    figures,
    prepared,
    cost,
    config,
    todayDay,
    workspace.weighting,
    workspace.churnTerms,
    workspace.targetFit,
    workspace.marginPlan
  );
  const money = figures.money;
  const assignment = workspace.assignment;
  assignTierInto(assignment, money.netValue, cutoffs, prepared.tierOverride, prepared.tierOverrideReason);
  const inputs = workspace.actionInputs;
  inputs.tier = assignment.tier;
  inputs.netValue = money.netValue;
  inputs.potential = figures.potential;
  inputs.influence = figures.influence;
  inputs.churnProbability = figures.churnProbability;
  inputs.strategic = prepared.strategic;
  inputs.dataIncomplete = findings.length > 0;
  const decision = workspace.decision;
  recommendActionInto(decision, inputs, config.settings);
  const evaluation = workspace.evaluation;
  evaluation.accountId = prepared.accountId;
  evaluation.industry = prepared.industry;
  evaluation.revenue = prepared.revenueCurrent;
  evaluation.revenuePrevious = prepared.revenuePrevious;
  evaluation.marginRate = money.marginRate;
  evaluation.grossMargin = money.grossMargin;
  evaluation.costToServe = money.costToServe;
  evaluation.netValue = money.netValue;
  evaluation.revenueTrend = figures.signals.revenueTrend;
  evaluation.churnProbability = figures.churnProbability;
  evaluation.potential = figures.potential;
  evaluation.influence = figures.influence;
  evaluation.strategicFit = figures.strategicFit;
  evaluation.loyalty = figures.loyalty;
  evaluation.score = figures.score;
  evaluation.tier = assignment.tier;
  evaluation.computedTier = assignment.computedTier;
  evaluation.tierOverridden = assignment.overridden;
  evaluation.strategic = prepared.strategic;
  evaluation.flags = decision.flags;
  evaluation.action = decision.action;
  evaluation.separationBlocked = decision.separationBlocked;
  evaluation.warnings = figures.signals.warnings;
  evaluation.findings = findings;
}

/**
 * Net value of one account from its facts (first pass of a portfolio: the cut-offs need every net value). The same
 * figure as {@link evaluateAccount}'s — the same cleaning rules and the same money rule — without preparing the facts
 * the net value does not read (findings are discarded).
 */
export function netValueOfFacts(facts: AccountFacts, config: ValueConfig): number {
  const money: MoneyFigures = { marginRate: 0, grossMargin: 0, costToServe: 0, netValue: 0 };
  moneyOfFactsInto(
    money,
    { accountId: '', findings: [] },
    facts,
    costPlanOf(config),
    marginPlanOf(config.marginRates, config.settings.defaultMarginRate)
  );
  return money.netValue;
}

/**
 * {@link netValueOfFacts} into `workspace.figures.money` (margin rate, gross margin, cost to serve, net value): the
 * first pass of a chunk allocates nothing per account. Its findings stay in `workspace.report.findings` until the next
 * call: without any, the cost to serve can be given to {@link evaluateAccountWithCostInto} ({@link firstPassCostToServe}).
 */
export function netValueOfFactsInto(workspace: EvaluationWorkspace, facts: AccountFacts): void {
  const report = workspace.report;
  if (report.findings.length > 0) {
    report.findings = [];
  }
  moneyOfFactsInto(workspace.figures.money, report, facts, workspace.costPlan, workspace.marginPlan);
}

/**
 * The cost to serve the last {@link netValueOfFactsInto} left in `workspace` as the second pass may reuse it: −1
 * (unknown: compute it again, with its findings) when the first pass found something to report.
 */
export function firstPassCostToServe(workspace: EvaluationWorkspace): number {
  return workspace.report.findings.length > 0 ? -1 : workspace.figures.money.costToServe;
}

/** The first pass's money figures of raw facts under the workspace's plans, into `target` (findings go to `report`). */
function moneyOfFactsInto(
  target: MoneyFigures,
  report: FindingsReport,
  facts: AccountFacts,
  costPlan: CostPlan,
  marginPlan: MarginPlan
): void {
  const raw: AccountFacts = facts ?? {};
  report.accountId = raw.accountId ?? '';
  const cost = totalCostOfFacts(costPlan, raw, isPaymentDelayAbsurd(raw.maxPaymentDelayDays), report);
  moneyFiguresOfPlanInto(
    target,
    cleanRevenue(raw.revenueCurrent, 'revenueCurrent', report),
    cleanMarginRateOverride(raw.marginRateOverride, report),
    raw.productFamily ?? '',
    cost,
    marginPlan
  );
}

/** A whole portfolio evaluated: the cut-offs computed from it and each account's evaluation (input order). */
export interface PortfolioEvaluation {
  cutoffs: TierCutoffs;
  evaluations: AccountEvaluation[];
}

/** Evaluates every account: pass 1 computes net values and the cut-offs, pass 2 evaluates each account. */
export function evaluatePortfolio(factsList: AccountFacts[], config: ValueConfig, today: string): PortfolioEvaluation {
  return evaluatePortfolioOnDay(factsList, config, dayNumberOf(today));
}

/**
 * {@link evaluatePortfolio} with today as a day number: both passes in one workspace (the configuration compiled once),
 * pass 2 reusing pass 1's cost to serve and keeping each evaluation ({@link keepEvaluation}); the what-if re-scores its
 * baseline with it on each edit.
 */
export function evaluatePortfolioOnDay(
  factsList: AccountFacts[],
  config: ValueConfig,
  todayDay: number
): PortfolioEvaluation {
  const list = factsList ?? [];
  const netValues: number[] = [];
  const costs: number[] = [];
  const firstPass = newEvaluationWorkspace(config);
  for (let i = 0; i < list.length; i++) {
    netValueOfFactsInto(firstPass, list[i]);
    netValues.push(firstPass.figures.money.netValue);
    costs.push(firstPassCostToServe(firstPass));
  }
  const cutoffs = computeTierCutoffs(netValues, config.tierPolicy);
  const evaluations: AccountEvaluation[] = [];
  for (let i = 0; i < list.length; i++) {
    evaluateAccountWithCostInto(firstPass, list[i], cutoffs, todayDay, costs[i]);
    evaluations.push(keepEvaluation(firstPass));
  }
  return { cutoffs: cutoffs, evaluations: evaluations };
}
