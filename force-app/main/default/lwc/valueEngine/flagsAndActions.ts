/**
 * Flags and the recommended action, with the guardrail: never "separate" an account with high potential, high
 * influence (Most Valued Customer) or a strategic flag — such a D4 account is to be transformed instead.
 */
import type { ValueSettings } from './config';
import type { AccountFlag, RecommendedAction, Tier } from './domain';

/** What the flags and the action are decided from. */
export interface ActionInputs {
  tier: Tier;
  netValue: number;
  potential: number;
  influence: number;
  churnProbability: number;
  strategic: boolean;
  dataIncomplete: boolean;
}

/** Flags, the recommended action, whether separation is blocked by the guardrail, and why (label key). */
export interface ActionDecision {
  flags: AccountFlag[];
  action: RecommendedAction;
  separationBlocked: boolean;
  reasonKey: string;
}

/** Flags of an account, in the order most_valued_customer, high_potential, at_risk, strategic, data_incomplete. */
export function accountFlags(inputs: ActionInputs, settings: ValueSettings): AccountFlag[] {
  const flags: AccountFlag[] = [];
  addAccountFlags(flags, inputs, settings);
  return flags;
}

/** Appends the flags of {@link accountFlags} to `flags`. */
function addAccountFlags(flags: AccountFlag[], inputs: ActionInputs, settings: ValueSettings): void {
  addFlags(
    flags,
    inputs.influence >= settings.mvcInfluenceThreshold,
    inputs.potential >= settings.highPotentialThreshold,
    inputs.churnProbability >= settings.atRiskChurnProbability,
    inputs.strategic,
    inputs.dataIncomplete
  );
}

/** Appends the flags that hold, in the order most_valued_customer, high_potential, at_risk, strategic, data_incomplete. */
function addFlags(
  flags: AccountFlag[],
  influential: boolean,
  highPotential: boolean,
  atRisk: boolean,
  strategic: boolean,
  dataIncomplete: boolean
): void {
  if (influential) {
    flags.push('most_valued_customer');
  }
  if (highPotential) {
    flags.push('high_potential');
  }
  if (atRisk) {
    flags.push('at_risk');
  }
  if (strategic) {
    flags.push('strategic');
  }
  if (dataIncomplete) {
    flags.push('data_incomplete');
  }
}

/**
 * Recommended action: D1 protect (retain when at risk); D2 develop (retain when at risk); D3 retain when at risk with
 * positive net value, develop with high potential, else standardize; D4 transform when guarded (high potential,
 * influential or strategic), separate when its net value is negative, else standardize.
 */
export function recommendAction(inputs: ActionInputs, settings: ValueSettings): ActionDecision {
  const decision: ActionDecision = { flags: [], action: 'standardize', separationBlocked: false, reasonKey: '' };
  recommendActionInto(decision, inputs, settings);
  return decision;
}

/**
 * {@link recommendAction} into a caller-owned record, overwritten whole (with a new flags list when the one it holds
 * is not empty).
 */
export function recommendActionInto(target: ActionDecision, inputs: ActionInputs, settings: ValueSettings): void {
  if (target.flags.length > 0) {
    target.flags = [];
  }
  const highPotential = inputs.potential >= settings.highPotentialThreshold;
  const influential = inputs.influence >= settings.mvcInfluenceThreshold;
  const atRisk = inputs.churnProbability >= settings.atRiskChurnProbability;
  addFlags(target.flags, influential, highPotential, atRisk, inputs.strategic, inputs.dataIncomplete);
  const guarded = highPotential || influential || inputs.strategic;
  let action: RecommendedAction = 'standardize';
  let reasonKey = 'cvp_action_reason_standardize';
  if (inputs.tier === 'D1') {
    action = atRisk ? 'retain' : 'protect';
    reasonKey = atRisk ? 'cvp_action_reason_top_tier_at_risk' : 'cvp_action_reason_top_tier';
  } else if (inputs.tier === 'D2') {
    action = atRisk ? 'retain' : 'develop';
    reasonKey = atRisk ? 'cvp_action_reason_develop_at_risk' : 'cvp_action_reason_develop';
  } else if (inputs.tier === 'D3') {
    if (atRisk && inputs.netValue > 0) {
      action = 'retain';
      reasonKey = 'cvp_action_reason_maintain_at_risk';
    } else if (highPotential) {
      action = 'develop';
      reasonKey = 'cvp_action_reason_maintain_high_potential';
    }
  } else if (guarded) {
    action = 'transform';
    reasonKey = 'cvp_action_reason_guardrail';
  } else if (inputs.netValue < 0) {
    action = 'separate';
    reasonKey = 'cvp_action_reason_value_destroying';
  }
  target.action = action;
  target.separationBlocked = guarded;
  target.reasonKey = reasonKey;
}
