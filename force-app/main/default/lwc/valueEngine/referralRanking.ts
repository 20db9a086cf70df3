/**
 * Ranking referral partners for an account: partners without an agreement are excluded; the others score
 * 3 × industry match + 2 × region match + 1 × size match + 4 × share of the account's needs the partner serves
 * (0–10). Ties are broken by partner name, then id (code-unit order): the ranking is deterministic.
 */
import { safeDivide } from './numbers';
import { orderByStringAscending, reorderByNumberDescending } from './sorting';

/** A referral partner from the catalogue. */
export interface ReferralPartner {
  id: string;
  name: string;
  industries: string[];
  regions: string[];
  sizes: string[];
  needs: string[];
  hasAgreement: boolean;
}

/** What the ranking matches on for the account. */
export interface ReferralProfile {
  industry: string;
  region: string;
  size: string;
  needs: string[];
}

/** One ranked partner with its score and what matched. */
export interface RankedPartner {
  partnerId: string;
  name: string;
  score: number;
  industryMatch: boolean;
  regionMatch: boolean;
  sizeMatch: boolean;
  needsMatched: number;
}

function containsText(list: string[] | undefined, value: string): boolean {
  if (list == null || value === '') {
    return false;
  }
  return list.includes(value);
}

/** Company size band of an account, matched against the bands a partner serves: `small` < 50, `medium` < 250, `large`. */
export function companySizeBand(employees: number): string {
  const value = Number.isFinite(employees) && employees > 0 ? employees : 0;
  if (value < 50) {
    return 'small';
  }
  return value < 250 ? 'medium' : 'large';
}

/**
 * The size bands a partner serving `minimum`–`maximum` employees covers (each band overlapping the range); a missing
 * (non-finite) minimum counts 0, a missing maximum has no upper bound.
 */
export function sizeBandsBetween(minimum: number, maximum: number): string[] {
  const low = Number.isFinite(minimum) ? minimum : 0;
  const bounded = Number.isFinite(maximum);
  const bands: string[] = [];
  if (low <= 49 && (!bounded || maximum >= 0)) {
    bands.push('small');
  }
  if (low <= 249 && (!bounded || maximum >= 50)) {
    bands.push('medium');
  }
  if (!bounded || maximum >= 250) {
    bands.push('large');
  }
  return bands;
}

/** Score of one partner for a profile (0–10). */
export function partnerScore(partner: ReferralPartner, profile: ReferralProfile): RankedPartner {
  const industryMatch = containsText(partner.industries, profile.industry ?? '');
  const regionMatch = containsText(partner.regions, profile.region ?? '');
  const sizeMatch = containsText(partner.sizes, profile.size ?? '');
  const needs = profile.needs ?? [];
  let matched = 0;
  let distinct = 0;
  const seen: string[] = [];
  for (let i = 0; i < needs.length; i++) {
    if (needs[i] === '' || seen.includes(needs[i])) {
      continue;
    }
    seen.push(needs[i]);
    distinct = distinct + 1;
    if (containsText(partner.needs, needs[i])) {
      matched = matched + 1;
    }
  }
  const score =
    (industryMatch ? 3 : 0) + (regionMatch ? 2 : 0) + (sizeMatch ? 1 : 0) + 4 * safeDivide(matched, distinct, 0);
  return {
    partnerId: partner.id ?? '',
    name: partner.name ?? '',
    score: score,
    industryMatch: industryMatch,
    regionMatch: regionMatch,
    sizeMatch: sizeMatch,
    needsMatched: matched
  };
}

/** Partners with an agreement, best first (score descending, then name, then id ascending). */
export function rankReferralPartners(partners: ReferralPartner[], profile: ReferralProfile): RankedPartner[] {
  const eligible: RankedPartner[] = [];
  const list = partners ?? [];
  for (let i = 0; i < list.length; i++) {
    if (list[i].hasAgreement ?? false) {
      eligible.push(partnerScore(list[i], profile));
    }
  }
  const ids: string[] = [];
  for (let i = 0; i < eligible.length; i++) {
    ids.push(eligible[i].partnerId);
  }
  const byId = orderByStringAscending(ids);
  const names: string[] = [];
  for (let i = 0; i < byId.length; i++) {
    names.push(eligible[byId[i]].name);
  }
  const byName = orderByStringAscending(names);
  const scores: number[] = [];
  const tieOrder: number[] = [];
  for (let i = 0; i < eligible.length; i++) {
    scores.push(eligible[i].score);
    tieOrder.push(byId[byName[i]]);
  }
  const order = reorderByNumberDescending(scores, tieOrder);
  const ranked: RankedPartner[] = [];
  for (let i = 0; i < order.length; i++) {
    ranked.push(eligible[order[i]]);
  }
  return ranked;
}
