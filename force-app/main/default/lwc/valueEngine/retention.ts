/**
 * Retention plays scaled to value (D1 director visit … D4 letter) and the concession guardrail: a retention
 * concession is capped at min(revenue share × revenue, margin share × max(gross margin, 0)); above it, approval is needed.
 */
import type { RetentionPlayPolicy, ValueConfig } from './config';
import { addDays, addMonths, isIsoDate, isOnOrBefore } from './dates';
import type { RetentionPlay, Tier } from './domain';
import { tierRank } from './domain';

/** The play for an account: what, which tasks (label keys), when to follow up. */
export interface RetentionPlan {
  tier: Tier;
  play: RetentionPlay;
  tasks: string[];
  followUpDate: string;
}

/** A concession checked against the cap. */
export interface ConcessionCheck {
  cap: number;
  revenueCap: number;
  marginCap: number;
  requested: number;
  approvalNeeded: boolean;
}

/** Task label keys of each play, in the order they are done. */
export function playTasks(play: RetentionPlay): string[] {
  if (play === 'director_visit') {
    return ['cvp_task_prepare_account_review', 'cvp_task_director_visit', 'cvp_task_follow_up_call'];
  }
  if (play === 'rep_visit') {
    return ['cvp_task_prepare_account_review', 'cvp_task_rep_visit', 'cvp_task_follow_up_call'];
  }
  if (play === 'care_call') {
    return ['cvp_task_care_call', 'cvp_task_follow_up_email'];
  }
  return ['cvp_task_send_retention_letter'];
}

function normalisedTier(tier: string): Tier {
  const rank = tierRank(tier);
  if (rank === 1) {
    return 'D1';
  }
  if (rank === 2) {
    return 'D2';
  }
  if (rank === 3) {
    return 'D3';
  }
  return 'D4';
}

/** The play policy of `tier` (an unknown tier is treated as D4; a missing policy gives a letter, 30 days, no concession). */
export function playPolicyFor(tier: string, plays: RetentionPlayPolicy[]): RetentionPlayPolicy {
  const wanted = normalisedTier(tier);
  const list = plays ?? [];
  for (let i = 0; i < list.length; i++) {
    if (list[i].tier === wanted) {
      return list[i];
    }
  }
  return { tier: wanted, play: 'letter', followUpDays: 30, concessionRevenueShare: 0, concessionMarginShare: 0 };
}

/** The retention plan for an account of `tier` started on `today` (follow-up date `''` when today is invalid). */
export function retentionPlanFor(tier: string, today: string, config: ValueConfig): RetentionPlan {
  const policy = playPolicyFor(tier, config.retentionPlays);
  const days =
    Number.isFinite(policy.followUpDays) && policy.followUpDays > 0 ? Math.floor(policy.followUpDays + 0.5) : 0;
  return {
    tier: policy.tier,
    play: policy.play,
    tasks: playTasks(policy.play),
    followUpDate: isIsoDate(today) ? addDays(today, days) : ''
  };
}

function share(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.min(value, 1) : 0;
}

function money(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/**
 * Checks a requested concession: cap = min(revenue share × revenue, margin share × gross margin), negatives and
 * non-finite inputs counting 0; approval is needed when the request exceeds the cap.
 */
export function checkConcession(
  tier: string,
  revenue: number,
  grossMargin: number,
  requested: number,
  config: ValueConfig
): ConcessionCheck {
  const policy = playPolicyFor(tier, config.retentionPlays);
  const revenueCap = share(policy.concessionRevenueShare) * money(revenue);
  const marginCap = share(policy.concessionMarginShare) * money(grossMargin);
  const cap = Math.min(revenueCap, marginCap);
  const asked = money(requested);
  return { cap: cap, revenueCap: revenueCap, marginCap: marginCap, requested: asked, approvalNeeded: asked > cap };
}

/** Recommended actions for which winning a departing customer back is worth the effort: value or potential justify it. */
export const WIN_BACK_ACTIONS: readonly string[] = ['protect', 'develop', 'retain'];

/**
 * Win-back is a decision, not a reflex [003]: worth the effort when the account's recommended action is to protect,
 * develop or retain it (top tiers, high potential, positive value at risk); not for an account to standardize,
 * transform or separate from.
 */
export function isWinBackWorthIt(action: string): boolean {
  return WIN_BACK_ACTIONS.includes(action ?? '');
}

/** Months from the start of a relationship to its onboarding satisfaction survey. */
export const ONBOARDING_SURVEY_MONTHS = 4;
/** Months between two satisfaction surveys after the onboarding one. */
export const ANNUAL_SURVEY_MONTHS = 12;

/** The next satisfaction survey of an account: its type (`onboarding` · `annual`, `''` when none), date, and whether it is due. */
export interface SurveyDue {
  due: boolean;
  surveyType: string;
  dueDate: string;
}

/**
 * Satisfaction surveys at 4 months after the start of the relationship, then yearly [003 ISS]: with no survey sent
 * yet, the onboarding survey at start + 4 months; after one, the annual survey 12 months after the last sent. Due when
 * its date is on or before `today`. No survey without a start date and without a previous survey, or with an invalid
 * `today`.
 */
export function nextSatisfactionSurvey(relationshipStartDate: string, lastSentDate: string, today: string): SurveyDue {
  if (!isIsoDate(today)) {
    return { due: false, surveyType: '', dueDate: '' };
  }
  if (isIsoDate(lastSentDate)) {
    const annual = addMonths(lastSentDate, ANNUAL_SURVEY_MONTHS);
    return { due: isOnOrBefore(annual, today), surveyType: 'annual', dueDate: annual };
  }
  if (!isIsoDate(relationshipStartDate)) {
    return { due: false, surveyType: '', dueDate: '' };
  }
  const onboarding = addMonths(relationshipStartDate, ONBOARDING_SURVEY_MONTHS);
  return { due: isOnOrBefore(onboarding, today), surveyType: 'onboarding', dueDate: onboarding };
}
