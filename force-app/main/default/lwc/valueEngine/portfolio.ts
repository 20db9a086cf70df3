/**
 * The portfolio aggregate: exact counts and sums (per tier, per quadrant, per industry, retention figures) and two
 * value sketches (revenue, net value). It is mergeable — {@link mergePortfolioAggregates}(a, b) is the aggregate of
 * the union — so a batch carries it across chunks in bounded memory. {@link summarizePortfolio} turns it into KPIs.
 */
import type { ValueConfig } from './config';
import type { Tier } from './domain';
import { TIER_VALUES, tierRank } from './domain';
import type { AccountEvaluation } from './evaluation';
import { clamp, safeDivide } from './numbers';
import type { ParetoPoint, ValueSketch } from './portfolioSketch';
import {
  addToSketch,
  emptySketch,
  mergeIntoSketch,
  sketchGini,
  sketchParetoCurve,
  sketchTopShare
} from './portfolioSketch';
import { sortStringsAscending } from './sorting';

/** Strategic fit from which an account "matches the target positioning". */
export const TARGET_MATCH_MINIMUM = 0.5;
/** Cost to serve counts as high from this share of the value threshold (default 25 000 × 0.2 = 5 000). */
export const QUADRANT_COST_SHARE = 0.2;

/** One account as the aggregate sees it. */
export interface PortfolioItem {
  revenue: number;
  revenuePrevious: number;
  grossMargin: number;
  costToServe: number;
  netValue: number;
  tier: string;
  strategic: boolean;
  industry: string;
  strategicFit: number;
}

/** Mergeable portfolio aggregate. */
export interface PortfolioAggregate {
  /** Gross margin from which an account is "high value" (quadrants). */
  valueThreshold: number;
  /** Cost to serve from which an account is "high cost" (quadrants). */
  costThreshold: number;
  count: number;
  revenue: number;
  revenuePrevious: number;
  grossMargin: number;
  costToServe: number;
  netValue: number;
  /** Per tier, D1 to D4 (index = tier rank − 1). */
  tierCounts: number[];
  tierRevenue: number[];
  tierNetValue: number[];
  /** Per quadrant, in the order of {@link QUADRANT_VALUES}. */
  quadrantCounts: number[];
  /** Industries in the order they first came (an account without industry counts under ''), and the accounts of each. */
  industryNames: string[];
  industryCounts: number[];
  strategicCount: number;
  targetMatchCount: number;
  valueDestroyingCount: number;
  /** Accounts with revenue in the previous window, and those of them still buying. */
  existingCount: number;
  retainedCount: number;
  existingRevenueCurrent: number;
  existingRevenuePrevious: number;
  /** Σ min(current, previous) over existing accounts (gross revenue retention numerator). */
  existingRevenueKept: number;
  /** Σ max(0, current − previous) over existing accounts. */
  upsellRevenue: number;
  revenueSketch: ValueSketch;
  netValueSketch: ValueSketch;
}

/** Figures of one tier. */
export interface TierFigures {
  tier: string;
  count: number;
  revenue: number;
  netValue: number;
  accountShare: number;
}

/** Count of one quadrant of the value (gross margin) × cost-to-serve matrix. */
export interface QuadrantFigures {
  quadrant: string;
  count: number;
}

/**
 * The KPIs of a portfolio. Homogeneity of needs served = Herfindahl index of industries Σ pᵢ² (1 = a single
 * industry, 1/k = k industries evenly; accounts without industry form their own group).
 */
export interface PortfolioSummary {
  count: number;
  revenue: number;
  grossMargin: number;
  costToServe: number;
  netValue: number;
  tiers: TierFigures[];
  quadrants: QuadrantFigures[];
  revenuePareto: ParetoPoint[];
  netValuePareto: ParetoPoint[];
  top20RevenueShare: number;
  top20NetValueShare: number;
  revenueGini: number;
  netValueGini: number;
  strategicShare: number;
  homogeneity: number;
  targetCoherence: number;
  valueDestroyingShare: number;
  retentionRate: number;
  netRevenueRetention: number;
  grossRevenueRetention: number;
}

/** Targets of the year for customers retained, revenue from existing customers and up-sell revenue. */
export interface PortfolioObjectives {
  customersRetained: number;
  existingCustomerRevenue: number;
  upsellRevenue: number;
}

/** Progress of one objective: actual / target (0 when the target is not positive). */
export interface ObjectiveProgress {
  objective: string;
  target: number;
  actual: number;
  progress: number;
}

/** Quadrant names. */
export const QUADRANT_VALUES: readonly string[] = [
  'high_value_low_cost',
  'high_value_high_cost',
  'low_value_low_cost',
  'low_value_high_cost'
];

/** Largest magnitude an amount may add to the aggregate (10^15): sums of many accounts then stay finite. */
export const AGGREGATE_AMOUNT_LIMIT = 1000000000000000;

/** `value` when finite and within ±{@link AGGREGATE_AMOUNT_LIMIT} (small, so that it is inlined), else bounded. */
function finiteNumber(value: number): number {
  return value > -AGGREGATE_AMOUNT_LIMIT && value < AGGREGATE_AMOUNT_LIMIT ? value : boundedAmount(value);
}

/** 0 for a non-finite value, else `value` bounded to ±{@link AGGREGATE_AMOUNT_LIMIT}. */
function boundedAmount(value: number): number {
  if (!Number.isFinite(value)) {
    return 0;
  }
  return Math.min(AGGREGATE_AMOUNT_LIMIT, Math.max(-AGGREGATE_AMOUNT_LIMIT, value));
}

/** An empty aggregate with the quadrant thresholds. */
export function emptyPortfolioAggregate(valueThreshold: number, costThreshold: number): PortfolioAggregate {
  return {
    valueThreshold: finiteNumber(valueThreshold),
    costThreshold: finiteNumber(costThreshold),
    count: 0,
    revenue: 0,
    revenuePrevious: 0,
    grossMargin: 0,
    costToServe: 0,
    netValue: 0,
    tierCounts: [0, 0, 0, 0],
    tierRevenue: [0, 0, 0, 0],
    tierNetValue: [0, 0, 0, 0],
    quadrantCounts: [0, 0, 0, 0],
    industryNames: [],
    industryCounts: [],
    strategicCount: 0,
    targetMatchCount: 0,
    valueDestroyingCount: 0,
    existingCount: 0,
    retainedCount: 0,
    existingRevenueCurrent: 0,
    existingRevenuePrevious: 0,
    existingRevenueKept: 0,
    upsellRevenue: 0,
    revenueSketch: emptySketch(),
    netValueSketch: emptySketch()
  };
}

/** An empty aggregate for `config`: value threshold = the D2 absolute threshold, cost threshold = 20 % of it. */
export function emptyPortfolioAggregateFor(config: ValueConfig): PortfolioAggregate {
  const threshold = finiteNumber(config.tierPolicy.d2Threshold);
  return emptyPortfolioAggregate(threshold, threshold * QUADRANT_COST_SHARE);
}

/** Adds `count` accounts of `industry` to the aggregate's industry counts (the merge's; cold). */
function addIndustryCount(aggregate: PortfolioAggregate, industry: string, count: number): void {
  const at = aggregate.industryNames.indexOf(industry);
  if (at < 0) {
    aggregate.industryNames.push(industry);
    aggregate.industryCounts.push(count);
  } else {
    aggregate.industryCounts[at] = aggregate.industryCounts[at] + count;
  }
}

/**
 * Adds one evaluated account to `aggregate` in place — the batch's hot path, the one place that adds an account's
 * figures (an item is added as the evaluation it records, {@link addItemToAggregate}). Written for the JavaScript
 * engine as one compiled unit: it reads the evaluation's fields itself (a call passing six amounts would box each
 * one), bounds the amounts and finds the industry inline, and leaves V8's inlining budget to the two sketch additions.
 */
export function addEvaluationToAggregate(aggregate: PortfolioAggregate, evaluation: AccountEvaluation): void {
  const revenueRaw = evaluation.revenue;
  const previousRaw = evaluation.revenuePrevious;
  const grossMarginRaw = evaluation.grossMargin;
  const costRaw = evaluation.costToServe;
  const netValueRaw = evaluation.netValue;
  // finiteNumber, inline: the usual amount is kept at once
  const revenue =
    revenueRaw > -AGGREGATE_AMOUNT_LIMIT && revenueRaw < AGGREGATE_AMOUNT_LIMIT
      ? revenueRaw
      : boundedAmount(revenueRaw);
  const previous =
    previousRaw > -AGGREGATE_AMOUNT_LIMIT && previousRaw < AGGREGATE_AMOUNT_LIMIT
      ? previousRaw
      : boundedAmount(previousRaw);
  const grossMargin =
    grossMarginRaw > -AGGREGATE_AMOUNT_LIMIT && grossMarginRaw < AGGREGATE_AMOUNT_LIMIT
      ? grossMarginRaw
      : boundedAmount(grossMarginRaw);
  const cost = costRaw > -AGGREGATE_AMOUNT_LIMIT && costRaw < AGGREGATE_AMOUNT_LIMIT ? costRaw : boundedAmount(costRaw);
  const netValue =
    netValueRaw > -AGGREGATE_AMOUNT_LIMIT && netValueRaw < AGGREGATE_AMOUNT_LIMIT
      ? netValueRaw
      : boundedAmount(netValueRaw);
  aggregate.count = aggregate.count + 1;
  aggregate.revenue = aggregate.revenue + revenue;
  aggregate.revenuePrevious = aggregate.revenuePrevious + previous;
  aggregate.grossMargin = aggregate.grossMargin + grossMargin;
  aggregate.costToServe = aggregate.costToServe + cost;
  aggregate.netValue = aggregate.netValue + netValue;
  const tierIndex = tierRank(evaluation.tier) - 1;
  aggregate.tierCounts[tierIndex] = aggregate.tierCounts[tierIndex] + 1;
  aggregate.tierRevenue[tierIndex] = aggregate.tierRevenue[tierIndex] + revenue;
  aggregate.tierNetValue[tierIndex] = aggregate.tierNetValue[tierIndex] + netValue;
  const highValue = grossMargin >= aggregate.valueThreshold;
  const highCost = cost >= aggregate.costThreshold;
  const quadrant = highValue ? (highCost ? 1 : 0) : highCost ? 3 : 2;
  aggregate.quadrantCounts[quadrant] = aggregate.quadrantCounts[quadrant] + 1;
  // The industry's position: a scan of a short list (a handful to a few dozen industries), where a map keyed by the
  // industry cost a keyed access (and the map's growth) on every account; a new industry goes at the end.
  const industry = evaluation.industry ?? '';
  const names = aggregate.industryNames;
  const industryCounts = aggregate.industryCounts;
  let at = 0;
  while (at < names.length && names[at] !== industry) {
    at++;
  }
  if (at === names.length) {
    names.push(industry);
    industryCounts.push(0);
  }
  industryCounts[at] = industryCounts[at] + 1;
  if (evaluation.strategic) {
    aggregate.strategicCount = aggregate.strategicCount + 1;
  }
  const fit = evaluation.strategicFit;
  if (Number.isFinite(fit) && fit >= TARGET_MATCH_MINIMUM) {
    aggregate.targetMatchCount = aggregate.targetMatchCount + 1;
  }
  if (netValue < 0) {
    aggregate.valueDestroyingCount = aggregate.valueDestroyingCount + 1;
  }
  if (previous > 0) {
    aggregate.existingCount = aggregate.existingCount + 1;
    if (revenue > 0) {
      aggregate.retainedCount = aggregate.retainedCount + 1;
    }
    aggregate.existingRevenueCurrent = aggregate.existingRevenueCurrent + revenue;
    aggregate.existingRevenuePrevious = aggregate.existingRevenuePrevious + previous;
    aggregate.existingRevenueKept = aggregate.existingRevenueKept + Math.min(revenue, previous);
    aggregate.upsellRevenue = aggregate.upsellRevenue + Math.max(0, revenue - previous);
  }
  addToSketch(aggregate.revenueSketch, revenue);
  addToSketch(aggregate.netValueSketch, netValue);
}

/** The evaluation an item records: its figures, every other field empty (what the aggregate reads is the item's). */
function evaluationOfItem(item: PortfolioItem): AccountEvaluation {
  return {
    accountId: '',
    industry: item.industry,
    revenue: item.revenue,
    revenuePrevious: item.revenuePrevious,
    marginRate: 0,
    grossMargin: item.grossMargin,
    costToServe: item.costToServe,
    netValue: item.netValue,
    revenueTrend: 0,
    churnProbability: 0,
    potential: 0,
    influence: 0,
    strategicFit: item.strategicFit,
    loyalty: 0,
    score: 0,
    tier: item.tier as Tier,
    computedTier: item.tier as Tier,
    tierOverridden: false,
    strategic: item.strategic,
    flags: [],
    action: 'standardize',
    separationBlocked: false,
    warnings: [],
    findings: []
  };
}

/** Adds one item to `aggregate` in place. */
export function addItemToAggregate(aggregate: PortfolioAggregate, item: PortfolioItem): void {
  addEvaluationToAggregate(aggregate, evaluationOfItem(item));
}

/** The aggregate of a list of items (quadrant thresholds as given). */
export function buildPortfolioAggregate(
  items: PortfolioItem[],
  valueThreshold: number,
  costThreshold: number
): PortfolioAggregate {
  const aggregate = emptyPortfolioAggregate(valueThreshold, costThreshold);
  const list = items ?? [];
  for (let i = 0; i < list.length; i++) {
    addItemToAggregate(aggregate, list[i]);
  }
  return aggregate;
}

function addLists(target: number[], source: number[]): void {
  for (let i = 0; i < target.length && i < source.length; i++) {
    target[i] = target[i] + source[i];
  }
}

/** Adds the accounts of `source` to `target` in place (the batch's merge across chunks; thresholds of `target`). */
export function mergeIntoPortfolioAggregate(target: PortfolioAggregate, source: PortfolioAggregate): void {
  target.count = target.count + source.count;
  target.revenue = target.revenue + source.revenue;
  target.revenuePrevious = target.revenuePrevious + source.revenuePrevious;
  target.grossMargin = target.grossMargin + source.grossMargin;
  target.costToServe = target.costToServe + source.costToServe;
  target.netValue = target.netValue + source.netValue;
  addLists(target.tierCounts, source.tierCounts);
  addLists(target.tierRevenue, source.tierRevenue);
  addLists(target.tierNetValue, source.tierNetValue);
  addLists(target.quadrantCounts, source.quadrantCounts);
  for (let i = 0; i < source.industryNames.length; i++) {
    addIndustryCount(target, source.industryNames[i], source.industryCounts[i] ?? 0);
  }
  target.strategicCount = target.strategicCount + source.strategicCount;
  target.targetMatchCount = target.targetMatchCount + source.targetMatchCount;
  target.valueDestroyingCount = target.valueDestroyingCount + source.valueDestroyingCount;
  target.existingCount = target.existingCount + source.existingCount;
  target.retainedCount = target.retainedCount + source.retainedCount;
  target.existingRevenueCurrent = target.existingRevenueCurrent + source.existingRevenueCurrent;
  target.existingRevenuePrevious = target.existingRevenuePrevious + source.existingRevenuePrevious;
  target.existingRevenueKept = target.existingRevenueKept + source.existingRevenueKept;
  target.upsellRevenue = target.upsellRevenue + source.upsellRevenue;
  mergeIntoSketch(target.revenueSketch, source.revenueSketch);
  mergeIntoSketch(target.netValueSketch, source.netValueSketch);
}

/** The aggregate of the union of two aggregates' accounts (thresholds from `first`; inputs unchanged). */
export function mergePortfolioAggregates(first: PortfolioAggregate, second: PortfolioAggregate): PortfolioAggregate {
  const merged = emptyPortfolioAggregate(first.valueThreshold, first.costThreshold);
  mergeIntoPortfolioAggregate(merged, first);
  mergeIntoPortfolioAggregate(merged, second);
  return merged;
}

/** Herfindahl index Σ pᵢ² of `counts` (1 for one group, 0 when empty). */
export function herfindahlIndex(counts: Record<string, number>): number {
  let total = 0;
  const keys = sortStringsAscending(Object.keys(counts));
  for (let i = 0; i < keys.length; i++) {
    total = total + finiteNumber(counts[keys[i]]);
  }
  if (total <= 0) {
    return 0;
  }
  let index = 0;
  for (let i = 0; i < keys.length; i++) {
    const share = finiteNumber(counts[keys[i]]) / total;
    index = index + share * share;
  }
  return clamp(index, 0, 1);
}

/** The aggregate's industry counts by industry name. */
function industryCountsByName(aggregate: PortfolioAggregate): Record<string, number> {
  const counts: Record<string, number> = {};
  for (let i = 0; i < aggregate.industryNames.length; i++) {
    counts[aggregate.industryNames[i]] = aggregate.industryCounts[i] ?? 0;
  }
  return counts;
}

/** The KPIs of an aggregate. */
export function summarizePortfolio(aggregate: PortfolioAggregate): PortfolioSummary {
  const count = aggregate.count;
  const tiers: TierFigures[] = [];
  for (let i = 0; i < TIER_VALUES.length; i++) {
    const tierCount = aggregate.tierCounts[i] ?? 0;
    tiers.push({
      tier: TIER_VALUES[i],
      count: tierCount,
      revenue: aggregate.tierRevenue[i] ?? 0,
      netValue: aggregate.tierNetValue[i] ?? 0,
      accountShare: safeDivide(tierCount, count, 0)
    });
  }
  const quadrants: QuadrantFigures[] = [];
  for (let i = 0; i < QUADRANT_VALUES.length; i++) {
    quadrants.push({ quadrant: QUADRANT_VALUES[i], count: aggregate.quadrantCounts[i] ?? 0 });
  }
  return {
    count: count,
    revenue: aggregate.revenue,
    grossMargin: aggregate.grossMargin,
    costToServe: aggregate.costToServe,
    netValue: aggregate.netValue,
    tiers: tiers,
    quadrants: quadrants,
    revenuePareto: sketchParetoCurve(aggregate.revenueSketch),
    netValuePareto: sketchParetoCurve(aggregate.netValueSketch),
    top20RevenueShare: sketchTopShare(aggregate.revenueSketch, 0.2),
    top20NetValueShare: sketchTopShare(aggregate.netValueSketch, 0.2),
    revenueGini: sketchGini(aggregate.revenueSketch),
    netValueGini: sketchGini(aggregate.netValueSketch),
    strategicShare: safeDivide(aggregate.strategicCount, count, 0),
    homogeneity: herfindahlIndex(industryCountsByName(aggregate)),
    targetCoherence: safeDivide(aggregate.targetMatchCount, count, 0),
    valueDestroyingShare: safeDivide(aggregate.valueDestroyingCount, count, 0),
    retentionRate: safeDivide(aggregate.retainedCount, aggregate.existingCount, 0),
    netRevenueRetention: safeDivide(aggregate.existingRevenueCurrent, aggregate.existingRevenuePrevious, 0),
    grossRevenueRetention: safeDivide(aggregate.existingRevenueKept, aggregate.existingRevenuePrevious, 0)
  };
}

function progressOf(objective: string, target: number, actual: number): ObjectiveProgress {
  const goal = finiteNumber(target);
  return {
    objective: objective,
    target: goal,
    actual: actual,
    progress: goal > 0 ? safeDivide(actual, goal, 0) : 0
  };
}

/** Progress against the objectives: customers retained, revenue from existing customers, up-sell revenue. */
export function objectivesProgress(
  aggregate: PortfolioAggregate,
  objectives: PortfolioObjectives
): ObjectiveProgress[] {
  return [
    progressOf('customers_retained', objectives.customersRetained, aggregate.retainedCount),
    progressOf('existing_customer_revenue', objectives.existingCustomerRevenue, aggregate.existingRevenueCurrent),
    progressOf('upsell_revenue', objectives.upsellRevenue, aggregate.upsellRevenue)
  ];
}
