/**
 * Notice periods (préavis). A policy per country (`*` = any) and contract type (`any` = every type):
 * per year of relationship — months = ceil(years × monthsPerYear), years = whole calendar months of relationship / 12, then at least the minimum and at most the cap;
 * fixed — the policy's months. The contract's own clause wins when longer. French default: 1 month per year,
 * minimum 1, cap 18 (Code de commerce L442-1 II: 18 months are always sufficient).
 * When the relationship start is unknown, the policy's cap (fixed: its months) — the notice that is always sufficient,
 * never the minimum; `problems` says why.
 * A price increase at or above the policy's threshold, or a service reduction at or above it, is a partial rupture
 * that needs notice too.
 */
import type { NoticePolicy } from './config';
import { addMonths, isIsoDate, monthsBetween } from './dates';

/** The notice an account is owed and its effective end. */
export interface NoticeResult {
  policyName: string;
  months: number;
  /** Months the policy alone gives (before the contract clause); its cap when the relationship start is unknown. */
  policyMonths: number;
  contractClauseApplied: boolean;
  relationshipYears: number;
  noticeDate: string;
  /** noticeDate + months (end-of-month clamping); `''` when the notice date is invalid. */
  effectiveEndDate: string;
  problems: string[];
}

/** The change a separation path makes, for the partial-rupture rule. */
export interface RelationshipChange {
  /** Price increase as a share (0.12 = +12 %). */
  priceIncrease: number;
  /** Share of the service removed (0.3 = 30 % less). */
  serviceReduction: number;
}

function specificity(policy: NoticePolicy, country: string, contractType: string): number {
  const countryMatches = policy.country === country && country !== '';
  const countryAny = policy.country === '*';
  const typeMatches = policy.contractType === contractType && contractType !== 'any';
  const typeAny = policy.contractType === 'any';
  if (!(countryMatches || countryAny) || !(typeMatches || typeAny)) {
    return -1;
  }
  return (countryMatches ? 2 : 0) + (typeMatches ? 1 : 0);
}

/**
 * The most specific policy for a country and contract type: exact country and type, then exact country, then any
 * country with the exact type, then the catch-all. Among equals, the first listed. `undefined` fields when none
 * matches (`name` is `''`; the caller falls back to {@link fallbackNoticePolicy}).
 */
export function findNoticePolicy(policies: NoticePolicy[], country: string, contractType: string): NoticePolicy {
  const list = policies ?? [];
  let best = -1;
  let bestSpecificity = -1;
  for (let i = 0; i < list.length; i++) {
    const value = specificity(list[i], country ?? '', contractType ?? 'any');
    if (value > bestSpecificity) {
      best = i;
      bestSpecificity = value;
    }
  }
  return best >= 0 ? list[best] : fallbackNoticePolicy();
}

/** The policy used when none is configured: the engine's default (1 month per year, minimum 1, cap 12). */
export function fallbackNoticePolicy(): NoticePolicy {
  return {
    name: '',
    country: '*',
    contractType: 'any',
    basis: 'per_year_of_relationship',
    monthsPerYear: 1,
    fixedMonths: 0,
    minimumMonths: 1,
    capMonths: 12,
    partialRuptureThreshold: 0.1
  };
}

function nonNegative(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/** Months of notice a policy gives for `relationshipYears` (whole months, rounded up). */
export function policyNoticeMonths(policy: NoticePolicy, relationshipYears: number): number {
  if (policy.basis === 'fixed') {
    return Math.ceil(nonNegative(policy.fixedMonths));
  }
  const minimum = Math.ceil(nonNegative(policy.minimumMonths));
  const cap = Math.max(minimum, Math.ceil(nonNegative(policy.capMonths)));
  const raw = Math.ceil(nonNegative(relationshipYears) * nonNegative(policy.monthsPerYear) - 0.000001);
  return Math.min(cap, Math.max(minimum, raw));
}

/** The longest notice a policy gives: its cap (at least its minimum), or its months when fixed. */
function policyCapMonths(policy: NoticePolicy): number {
  if (policy.basis === 'fixed') {
    return Math.ceil(nonNegative(policy.fixedMonths));
  }
  return Math.max(Math.ceil(nonNegative(policy.minimumMonths)), Math.ceil(nonNegative(policy.capMonths)));
}

/**
 * Notice owed when notice is given on `noticeDate` to a relationship that began on `relationshipStartDate`, under
 * the policy for `country` and `contractType`, given the contract's own clause in months (0 when none). An unknown
 * relationship start gives the policy's cap (18 months in France: always sufficient under L442-1 II).
 */
export function computeNotice(
  policies: NoticePolicy[],
  country: string,
  contractType: string,
  relationshipStartDate: string,
  noticeDate: string,
  contractNoticeMonths: number
): NoticeResult {
  const problems: string[] = [];
  const policy = findNoticePolicy(policies, country, contractType);
  const startKnown = isIsoDate(relationshipStartDate);
  if (!startKnown) {
    problems.push('cvp_notice_missing_relationship_start');
  }
  if (!isIsoDate(noticeDate)) {
    problems.push('cvp_notice_invalid_notice_date');
  }
  const years = monthsBetween(relationshipStartDate, noticeDate) / 12;
  const fromPolicy = startKnown ? policyNoticeMonths(policy, years) : policyCapMonths(policy);
  const clause = Math.ceil(nonNegative(contractNoticeMonths));
  const months = Math.max(fromPolicy, clause);
  return {
    policyName: policy.name,
    months: months,
    policyMonths: fromPolicy,
    contractClauseApplied: clause > fromPolicy,
    relationshipYears: years,
    noticeDate: isIsoDate(noticeDate) ? noticeDate : '',
    effectiveEndDate: isIsoDate(noticeDate) ? addMonths(noticeDate, months) : '',
    problems: problems
  };
}

/** True when the change is a partial rupture under `policy` (price increase or service cut at or above its threshold). */
export function isPartialRupture(change: RelationshipChange, policy: NoticePolicy): boolean {
  const threshold = Number.isFinite(policy.partialRuptureThreshold) ? policy.partialRuptureThreshold : 0.1;
  const price = Number.isFinite(change.priceIncrease) ? change.priceIncrease : 0;
  const service = Number.isFinite(change.serviceReduction) ? change.serviceReduction : 0;
  return price >= threshold || service >= threshold;
}
