/**
 * The enumerations shared by the engine and the metadata (docs/DOMAIN_VALUES.md): each union's strings are the
 * picklist API names. Each has a `…_VALUES` list and an `is…` validator for untrusted input.
 */
import { isMissingText } from './numbers';

/** Tier: D1 Protect · D2 Develop · D3 Maintain · D4 Unprofitable (no value created: net value below one cent). */
export type Tier = 'D1' | 'D2' | 'D3' | 'D4';
export const TIER_VALUES: readonly string[] = ['D1', 'D2', 'D3', 'D4'];

/** Recommended action for an account. */
export type RecommendedAction = 'protect' | 'develop' | 'retain' | 'standardize' | 'transform' | 'separate';
export const RECOMMENDED_ACTION_VALUES: readonly string[] = [
  'protect',
  'develop',
  'retain',
  'standardize',
  'transform',
  'separate'
];

/** Cost-to-serve component a value driver belongs to. */
export type CostComponent =
  'support' | 'sales_activity' | 'payment_delay' | 'discount' | 'returns' | 'complaints' | 'complexity' | 'custom';
export const COST_COMPONENT_VALUES: readonly string[] = [
  'support',
  'sales_activity',
  'payment_delay',
  'discount',
  'returns',
  'complaints',
  'complexity',
  'custom'
];

/** Aggregate applied by a value driver's query. */
export type AggregateFunction = 'COUNT' | 'SUM' | 'AVG' | 'MAX';
export const AGGREGATE_FUNCTION_VALUES: readonly string[] = ['COUNT', 'SUM', 'AVG', 'MAX'];

/** Operator of a value driver's filter. */
export type FilterOperator = 'equals' | 'not_equals';
export const FILTER_OPERATOR_VALUES: readonly string[] = ['equals', 'not_equals'];

/** Component of the value score. */
export type ScoreComponent = 'net_value' | 'potential' | 'influence' | 'strategic_fit' | 'loyalty';
export const SCORE_COMPONENT_VALUES: readonly string[] = [
  'net_value',
  'potential',
  'influence',
  'strategic_fit',
  'loyalty'
];

/** How tiers are cut: by portfolio percentile of net value or by absolute thresholds. */
export type TierMethod = 'percentile' | 'absolute';
export const TIER_METHOD_VALUES: readonly string[] = ['percentile', 'absolute'];

/** Where revenue comes from. */
export type RevenueSource = 'opportunity' | 'order';
export const REVENUE_SOURCE_VALUES: readonly string[] = ['opportunity', 'order'];

/** Basis of a notice policy. */
export type NoticeBasis = 'per_year_of_relationship' | 'fixed';
export const NOTICE_BASIS_VALUES: readonly string[] = ['per_year_of_relationship', 'fixed'];

/** Contract type a notice policy applies to (`any` matches every type). */
export type ContractType = 'any' | 'framework' | 'subscription' | 'one_off';
export const CONTRACT_TYPE_VALUES: readonly string[] = ['any', 'framework', 'subscription', 'one_off'];

/** Retention play scaled to value. */
export type RetentionPlay = 'director_visit' | 'rep_visit' | 'care_call' | 'letter';
export const RETENTION_PLAY_VALUES: readonly string[] = ['director_visit', 'rep_visit', 'care_call', 'letter'];

/** Graduated separation path. */
export type SeparationPath =
  'price_increase' | 'service_reduction' | 'standard_offer' | 'referral' | 'end_relationship';
export const SEPARATION_PATH_VALUES: readonly string[] = [
  'price_increase',
  'service_reduction',
  'standard_offer',
  'referral',
  'end_relationship'
];

/** Status of a separation plan. */
export type SeparationStatus =
  | 'draft'
  | 'assessed'
  | 'path_chosen'
  | 'pending_approval'
  | 'approved'
  | 'rejected'
  | 'notified'
  | 'effective'
  | 'closed'
  | 'cancelled';
export const SEPARATION_STATUS_VALUES: readonly string[] = [
  'draft',
  'assessed',
  'path_chosen',
  'pending_approval',
  'approved',
  'rejected',
  'notified',
  'effective',
  'closed',
  'cancelled'
];

/** Action on a separation plan (also the type of the event it records). */
export type SeparationAction =
  | 'assess'
  | 'choose_path'
  | 'override_guardrail'
  | 'submit_for_approval'
  | 'approve'
  | 'reject'
  | 'revise'
  | 'send_notice'
  | 'make_effective'
  | 'close'
  | 'cancel';
export const SEPARATION_ACTION_VALUES: readonly string[] = [
  'assess',
  'choose_path',
  'override_guardrail',
  'submit_for_approval',
  'approve',
  'reject',
  'revise',
  'send_notice',
  'make_effective',
  'close',
  'cancel'
];

/** Outcome of a closed separation plan. */
export type SeparationOutcome = 'transformed' | 'referred' | 'ended' | 'retained';
export const SEPARATION_OUTCOME_VALUES: readonly string[] = ['transformed', 'referred', 'ended', 'retained'];

/** Status of a referral to a partner. */
export type ReferralStatus = 'proposed' | 'consented' | 'handed_off' | 'accepted' | 'declined';
export const REFERRAL_STATUS_VALUES: readonly string[] = [
  'proposed',
  'consented',
  'handed_off',
  'accepted',
  'declined'
];

/** Account flag. */
export type AccountFlag = 'most_valued_customer' | 'high_potential' | 'at_risk' | 'strategic' | 'data_incomplete';
export const ACCOUNT_FLAG_VALUES: readonly string[] = [
  'most_valued_customer',
  'high_potential',
  'at_risk',
  'strategic',
  'data_incomplete'
];

/** Predictive model a parameter belongs to. */
export type ModelName = 'bgnbd' | 'gamma_gamma' | 'sbg' | 'churn_logistic';
export const MODEL_NAME_VALUES: readonly string[] = ['bgnbd', 'gamma_gamma', 'sbg', 'churn_logistic'];

/** Language of letters and talking points. */
export type Language = 'en' | 'fr';
export const LANGUAGE_VALUES: readonly string[] = ['en', 'fr'];

/** True when `value` is a tier. */
export function isTier(value: string | undefined): boolean {
  return !isMissingText(value) && TIER_VALUES.includes(value);
}

/** True when `value` is one of `allowed` (generic check used for every enumeration). */
export function isOneOf(value: string | undefined, allowed: readonly string[]): boolean {
  return !isMissingText(value) && allowed.includes(value);
}

/** Rank of a tier: D1 → 1 … D4 → 4; anything else → 4 (the most conservative). */
export function tierRank(tier: string | undefined): number {
  if (tier === 'D1') {
    return 1;
  }
  if (tier === 'D2') {
    return 2;
  }
  if (tier === 'D3') {
    return 3;
  }
  return 4;
}
