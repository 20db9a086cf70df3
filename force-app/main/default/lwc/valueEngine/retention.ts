/**
 * Retention plays scaled to value (D1 director visit … D4 letter) and the concession guardrail: a retention
 * concession is capped at min(revenue share × revenue, margin share × max(gross margin, 0)); above it, approval is needed.
 */
import type { RetentionPlayPolicy, ValueConfig } from './config';
import { addDays, isIsoDate } from './dates';
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
