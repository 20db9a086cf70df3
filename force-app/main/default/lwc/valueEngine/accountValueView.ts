/**
 * The customer value panel's responses, built once: the Apex controller (through the generated CVP_AccountValueView)
 * and the workbench's local server call these functions, so both return the same figures. Input: the facts of today,
 * the configuration, today and what the last scoring run stored; output: the contract shapes of apiTypes.ts.
 * CLV and P(alive) come from the stored run (the predictive tail is too heavy for an interactive call, see issue 10);
 * everything else is recomputed live and compared with the stored result.
 */
import type {
  AccountValueResponse,
  ClvForecast,
  CostDriverLine,
  DataQualityFinding,
  LabelledText,
  RiskSignal,
  StoredAccountValue,
  TierOverrideInfo,
  ValueChange,
  ValueComponentLine,
  ValueHistoryPoint,
  ValueHistoryResponse,
  ValueResult
} from './apiTypes';
import type { TierPolicy, ValueConfig } from './config';
import { costToServeBreakdownOfFacts } from './costToServe';
import { isIsoDate } from './dates';
import { isTier } from './domain';
import type { ChurnSignals } from './earlyWarning';
import { computeChurnSignals } from './earlyWarning';
import { evaluateAccount } from './evaluation';
import { explainScore } from './explanation';
import type { AccountFacts } from './facts';
import { prepareFacts } from './facts';
import { recommendAction } from './flagsAndActions';
import { finiteOr, formatNumber, roundTo } from './numbers';
import { retentionPlanFor } from './retention';
import { orderByStringAscending } from './sorting';
import type { TierCutoffs } from './tiers';
import { computeTierCutoffs } from './tiers';

/** What the panel's live recomputation starts from. */
export interface AccountValueInput {
  /** Today's facts of the account (AccountFactsBuilder in the org, the sample data in the workbench). */
  facts: AccountFacts;
  stored: StoredAccountValue;
  /** Tier cut-offs of the last scoring run, when known (percentile tiers need the whole portfolio). */
  cutoffs?: TierCutoffs;
}

/** Months of history the panel's trend shows. */
export const VALUE_HISTORY_MONTHS = 12;
/** Longest override reason (Tier_Override_Reason__c is Text(255)). */
export const OVERRIDE_REASON_MAX_LENGTH = 255;
/** A net value or cost change smaller than this (money) is not reported. */
export const MONEY_CHANGE_MINIMUM = 1;
/** A score change smaller than this (points) is not reported. */
export const SCORE_CHANGE_MINIMUM = 0.1;
/** A churn probability change smaller than this is not reported (half a percentage point). */
export const CHURN_CHANGE_MINIMUM = 0.005;

/** The empty result of an account never scored. */
function emptyValueResult(): ValueResult {
  return {
    tier: '',
    computedTier: '',
    tierOverridden: false,
    score: 0,
    revenue: 0,
    grossMargin: 0,
    costToServe: 0,
    netValue: 0,
    churnProbability: 0,
    flags: [],
    recommendedAction: ''
  };
}

/** No override in force. */
export function noTierOverride(): TierOverrideInfo {
  return { active: false, tier: '', reason: '', overriddenBy: '', overriddenAt: '' };
}

/** What is stored for an account never scored. */
export function neverScored(): StoredAccountValue {
  return {
    scored: false,
    scoredOn: '',
    result: emptyValueResult(),
    probabilityAlive: -1,
    clvKnown: false,
    clv: 0,
    clvLower: 0,
    clvUpper: 0,
    tierOverride: noTierOverride()
  };
}

function text(value: string | undefined): string {
  return value === undefined || value == null ? '' : value;
}

function cleanResult(result: ValueResult | undefined): ValueResult {
  if (result === undefined || result == null) {
    return emptyValueResult();
  }
  const flags: string[] = [];
  const given = result.flags ?? [];
  for (let i = 0; i < given.length; i++) {
    flags.push(text(given[i]));
  }
  return {
    tier: text(result.tier),
    computedTier: text(result.computedTier),
    tierOverridden: result.tierOverridden,
    score: finiteOr(result.score, 0),
    revenue: finiteOr(result.revenue, 0),
    grossMargin: finiteOr(result.grossMargin, 0),
    costToServe: finiteOr(result.costToServe, 0),
    netValue: finiteOr(result.netValue, 0),
    churnProbability: finiteOr(result.churnProbability, 0),
    flags: flags,
    recommendedAction: text(result.recommendedAction)
  };
}

function cleanOverride(info: TierOverrideInfo | undefined): TierOverrideInfo {
  if (info === undefined || info == null) {
    return noTierOverride();
  }
  const active = info.active && isTier(info.tier);
  return {
    active: active,
    tier: active ? text(info.tier) : '',
    reason: active ? text(info.reason) : '',
    overriddenBy: active ? text(info.overriddenBy) : '',
    overriddenAt: active ? text(info.overriddenAt) : ''
  };
}

/** The stored value with every number finite and every text present (what the response echoes). */
function cleanStoredValue(given: StoredAccountValue | undefined): StoredAccountValue {
  const stored: StoredAccountValue = given ?? neverScored();
  if (!stored.scored) {
    const empty = neverScored();
    // An override can exist on an account never scored: a manager may set it before the first run.
    empty.tierOverride = cleanOverride(stored.tierOverride);
    return empty;
  }
  const known = stored.clvKnown;
  return {
    scored: true,
    scoredOn: isIsoDate(stored.scoredOn) ? stored.scoredOn : '',
    result: cleanResult(stored.result),
    probabilityAlive: finiteOr(stored.probabilityAlive, -1),
    clvKnown: known,
    clv: known ? finiteOr(stored.clv, 0) : 0,
    clvLower: known ? finiteOr(stored.clvLower, 0) : 0,
    clvUpper: known ? finiteOr(stored.clvUpper, 0) : 0,
    tierOverride: cleanOverride(stored.tierOverride)
  };
}

/** Cut-offs that put every finite net value in `tier` (the stored portfolio position). */
function cutoffsPlacing(tier: string): TierCutoffs {
  // Above every finite net value (amounts are bounded far below): every account lands in `tier`.
  const unreachable = Math.pow(10, 300);
  const rank = tier === 'D1' ? 1 : tier === 'D2' ? 2 : tier === 'D3' ? 3 : 4;
  return {
    method: 'percentile',
    d1Minimum: rank <= 1 ? -unreachable : unreachable,
    d2Minimum: rank <= 2 ? -unreachable : unreachable,
    d3Minimum: rank <= 3 ? -unreachable : unreachable,
    accountCount: 0
  };
}

function absolutePolicy(policy: TierPolicy): TierPolicy {
  return {
    method: 'absolute',
    d1Share: policy.d1Share,
    d2Share: policy.d2Share,
    d3Share: policy.d3Share,
    d4Share: policy.d4Share,
    d1Threshold: policy.d1Threshold,
    d2Threshold: policy.d2Threshold,
    d3Threshold: policy.d3Threshold
  };
}

/**
 * The cut-offs of the live tier and how they were found: the given ones (`cutoffs`); the absolute thresholds for the
 * absolute method (`cutoffs`); for percentile tiers without cut-offs, the stored computed tier (`stored`), or the
 * absolute thresholds when the account was never scored (`absolute`).
 */
function liveCutoffs(input: AccountValueInput, stored: StoredAccountValue, config: ValueConfig): TierCutoffs {
  const given = input.cutoffs;
  if (given !== undefined && given != null) {
    return given;
  }
  if (config.tierPolicy.method === 'absolute') {
    return computeTierCutoffs([], config.tierPolicy);
  }
  if (stored.scored && isTier(stored.result.computedTier)) {
    return cutoffsPlacing(stored.result.computedTier);
  }
  return computeTierCutoffs([], absolutePolicy(config.tierPolicy));
}

function liveTierBasis(input: AccountValueInput, stored: StoredAccountValue, config: ValueConfig): string {
  const given = input.cutoffs;
  if ((given !== undefined && given != null) || config.tierPolicy.method === 'absolute') {
    return 'cutoffs';
  }
  return stored.scored && isTier(stored.result.computedTier) ? 'stored' : 'absolute';
}

function joined(values: string[]): string {
  let out = '';
  for (let i = 0; i < values.length; i++) {
    out = i === 0 ? values[i] : out + ',' + values[i];
  }
  return out;
}

function change(measure: string, before: string, after: string, delta: number): ValueChange {
  return { measure: measure, before: before, after: after, delta: delta };
}

/** The material differences between the stored result and the live one, in a fixed order. */
function valueChanges(stored: ValueResult, live: ValueResult): ValueChange[] {
  const changes: ValueChange[] = [];
  if (stored.tier !== live.tier) {
    changes.push(change('tier', stored.tier, live.tier, 0));
  }
  const score = live.score - stored.score;
  if (Math.abs(score) >= SCORE_CHANGE_MINIMUM) {
    changes.push(change('score', formatNumber(stored.score, 1), formatNumber(live.score, 1), score));
  }
  const net = live.netValue - stored.netValue;
  if (Math.abs(net) >= MONEY_CHANGE_MINIMUM) {
    changes.push(change('net_value', formatNumber(stored.netValue, 0), formatNumber(live.netValue, 0), net));
  }
  const cost = live.costToServe - stored.costToServe;
  if (Math.abs(cost) >= MONEY_CHANGE_MINIMUM) {
    changes.push(change('cost_to_serve', formatNumber(stored.costToServe, 0), formatNumber(live.costToServe, 0), cost));
  }
  const churn = live.churnProbability - stored.churnProbability;
  if (Math.abs(churn) >= CHURN_CHANGE_MINIMUM) {
    changes.push(
      change(
        'churn_probability',
        formatNumber(100 * stored.churnProbability, 0),
        formatNumber(100 * live.churnProbability, 0),
        churn
      )
    );
  }
  if (stored.recommendedAction !== live.recommendedAction) {
    changes.push(change('recommended_action', stored.recommendedAction, live.recommendedAction, 0));
  }
  const before = joined(stored.flags);
  const after = joined(live.flags);
  if (before !== after) {
    changes.push(change('flags', before, after, 0));
  }
  return changes;
}

function signal(
  name: string,
  warningKey: string,
  signals: ChurnSignals,
  amount: number,
  known: boolean,
  seenOn: string
): RiskSignal {
  const active = signals.warnings.includes(warningKey);
  return {
    signal: name,
    active: active,
    amount: amount,
    known: known,
    labelKey: active ? warningKey : '',
    seenOn: seenOn
  };
}

/** The six churn signals, each with its figure and the date it was seen (the event's date, else today). */
function riskSignals(facts: AccountFacts, today: string): RiskSignal[] {
  const prepared = prepareFacts(facts);
  const signals = computeChurnSignals(prepared, today);
  const day = isIsoDate(today) ? today : '';
  const orderDay = prepared.lastOrderDate !== '' ? prepared.lastOrderDate : day;
  const endDay = prepared.contractEndDate !== '' ? prepared.contractEndDate : day;
  return [
    signal('revenue_trend', 'cvp_warning_revenue_falling', signals, signals.revenueTrend, true, day),
    signal('case_trend', 'cvp_warning_cases_rising', signals, signals.caseTrend, true, day),
    signal('complaints', 'cvp_warning_complaints', signals, signals.complaints, true, day),
    signal(
      'renewal_due',
      'cvp_warning_renewal_due',
      signals,
      signals.renewalDue,
      prepared.contractEndDate !== '',
      endDay
    ),
    signal(
      'recency',
      'cvp_warning_long_silence',
      signals,
      signals.daysSinceLastOrder,
      signals.daysSinceLastOrder >= 0,
      orderDay
    ),
    signal(
      'satisfaction',
      'cvp_warning_low_satisfaction',
      signals,
      signals.satisfaction,
      signals.satisfaction >= 0,
      day
    )
  ];
}

/** Everything the customer value panel shows for one account: stored, live, why, risk, future value, action. */
export function accountValueView(input: AccountValueInput, config: ValueConfig, today: string): AccountValueResponse {
  const facts: AccountFacts = input.facts ?? {};
  const stored = cleanStoredValue(input.stored);
  const cutoffs = liveCutoffs(input, stored, config);
  const evaluation = evaluateAccount(facts, config, cutoffs, today);
  const explanation = explainScore(facts, config, cutoffs, today);
  const decision = recommendAction(
    {
      tier: evaluation.tier,
      netValue: evaluation.netValue,
      potential: evaluation.potential,
      influence: evaluation.influence,
      churnProbability: evaluation.churnProbability,
      strategic: evaluation.strategic,
      dataIncomplete: evaluation.findings.length > 0
    },
    config.settings
  );
  const flags: string[] = [];
  for (let i = 0; i < evaluation.flags.length; i++) {
    flags.push(evaluation.flags[i]);
  }
  const live: ValueResult = {
    tier: evaluation.tier,
    computedTier: evaluation.computedTier,
    tierOverridden: evaluation.tierOverridden,
    score: evaluation.score,
    revenue: evaluation.revenue,
    grossMargin: evaluation.grossMargin,
    costToServe: evaluation.costToServe,
    netValue: evaluation.netValue,
    churnProbability: evaluation.churnProbability,
    flags: flags,
    recommendedAction: evaluation.action
  };
  const components: ValueComponentLine[] = [];
  for (let i = 0; i < explanation.contributions.length; i++) {
    const c = explanation.contributions[i];
    components.push({ component: c.component, points: c.points, maxPoints: c.maxPoints, amount: c.money });
  }
  const reasons: LabelledText[] = [];
  for (let i = 0; i < explanation.reasons.length; i++) {
    reasons.push({ labelKey: explanation.reasons[i].labelKey, params: explanation.reasons[i].params });
  }
  const prepared = prepareFacts(facts);
  const costs = costToServeBreakdownOfFacts(config, facts, prepared.paymentDelayAbsurd, prepared.accountId);
  const drivers: CostDriverLine[] = [];
  for (let i = 0; i < costs.byDriver.length; i++) {
    const d = costs.byDriver[i];
    drivers.push({ driver: d.driver, component: d.component, quantity: d.quantity, cost: d.cost });
  }
  const findings: DataQualityFinding[] = [];
  for (let i = 0; i < evaluation.findings.length; i++) {
    findings.push({ field: evaluation.findings[i].field, problem: evaluation.findings[i].problem });
  }
  const clv: ClvForecast = {
    known: stored.clvKnown,
    estimate: stored.clv,
    lower: stored.clvLower,
    upper: stored.clvUpper,
    probabilityAlive: stored.probabilityAlive
  };
  const plan = retentionPlanFor(evaluation.tier, today, config);
  return {
    accountId: evaluation.accountId,
    computedOn: isIsoDate(today) ? today : '',
    stored: stored,
    live: live,
    liveTierBasis: liveTierBasis(input, stored, config),
    changes: stored.scored ? valueChanges(stored.result, live) : [],
    components: components,
    money: {
      revenue: evaluation.revenue,
      marginRate: evaluation.marginRate,
      grossMargin: evaluation.grossMargin,
      costToServe: evaluation.costToServe,
      netValue: evaluation.netValue,
      drivers: drivers
    },
    reasons: reasons,
    riskSignals: riskSignals(facts, today),
    clv: clv,
    play: {
      action: decision.action,
      reasonKey: decision.reasonKey,
      play: plan.play,
      tasks: plan.tasks,
      followUpDate: plan.followUpDate,
      separationBlocked: decision.separationBlocked
    },
    findings: findings
  };
}

/**
 * The trend from the snapshots: ordered by period end (oldest first; invalid dates dropped), the latest
 * {@link VALUE_HISTORY_MONTHS} kept, each point marked when its tier differs from the previous point's.
 */
export function valueHistoryView(accountId: string, points: ValueHistoryPoint[]): ValueHistoryResponse {
  const valid: ValueHistoryPoint[] = [];
  const keys: string[] = [];
  const list = points ?? [];
  for (let i = 0; i < list.length; i++) {
    if (list[i] !== undefined && list[i] != null && isIsoDate(list[i].periodEnd)) {
      valid.push(list[i]);
      keys.push(list[i].periodEnd);
    }
  }
  const order = orderByStringAscending(keys);
  const first = Math.max(0, order.length - VALUE_HISTORY_MONTHS);
  const out: ValueHistoryPoint[] = [];
  let previousTier = '';
  for (let i = first; i < order.length; i++) {
    const p = valid[order[i]];
    const tier = text(p.tier);
    out.push({
      periodEnd: p.periodEnd,
      score: roundTo(finiteOr(p.score, 0), 2),
      tier: tier,
      netValue: finiteOr(p.netValue, 0),
      tierChanged: i > first && tier !== previousTier
    });
    previousTier = tier;
  }
  return { accountId: text(accountId), points: out };
}

/**
 * Checks a tier override request; returns the label key of the first problem, `''` when valid. `tier` is `D1`…`D4`, or
 * `''` to remove the override; the reason is required (after trimming) and at most {@link OVERRIDE_REASON_MAX_LENGTH}.
 */
export function tierOverrideProblem(tier: string, reason: string): string {
  const wanted = text(tier);
  if (wanted !== '' && !isTier(wanted)) {
    return 'cvp_override_err_invalid_tier';
  }
  const why = text(reason).trim();
  if (why === '') {
    return 'cvp_override_err_reason_required';
  }
  if (why.length > OVERRIDE_REASON_MAX_LENGTH) {
    return 'cvp_override_err_reason_too_long';
  }
  return '';
}
