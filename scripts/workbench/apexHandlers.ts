/**
 * The local server's side of the API contract (scripts/apexgen/contract/apiContract.ts): one handler per contract
 * method, keyed `<Controller>.<method>`, answering with the contract's response shapes from the TypeScript engine —
 * what the Apex controllers answer in the org. A jest test holds the table and the contract equal.
 */
import type {
  AccountValueResponse,
  PortfolioSummaryResponse,
  StoredAccountValue,
  TierOverrideResponse,
  ValueHistoryResponse
} from '../apexgen/contract/apiTypes';
import type { AccountEvaluation } from '../../force-app/main/default/lwc/valueEngine/valueEngine';
import {
  accountValueView,
  addEvaluationToAggregate,
  emptyPortfolioAggregateFor,
  neverScored,
  noTierOverride,
  summarizePortfolio,
  tierOverrideProblem,
  valueHistoryView
} from '../../force-app/main/default/lwc/valueEngine/valueEngine';
import type { WorkbenchPortfolio } from './portfolio';
import type { WorkbenchUser } from './users';

/** An error the handler raises as Apex would: `AuraHandledException` → 400 with its message, others → 500. */
export class ApexError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly exceptionType = 'System.AuraHandledException'
  ) {
    super(message);
  }
}

export interface HandlerContext {
  user: WorkbenchUser;
  portfolio: WorkbenchPortfolio;
}

export type ApexHandler = (params: Record<string, unknown>, context: HandlerContext) => unknown;

function stringParam(params: Record<string, unknown>, name: string): string {
  const value = params[name];
  if (typeof value !== 'string' || value === '') throw new ApexError(400, `Missing parameter ${name}`);
  return value;
}

/** The custom permission the org's CustomerValueController checks before an override. */
export const OVERRIDE_TIER_PERMISSION = 'Customer_Value_Override_Tier';

/**
 * What the "last scoring run" stored, in the workbench: the evaluation made at start-up (the store's overrides
 * applied), as the org's controller reads it from the Account fields. CLV is not part of the sample data yet.
 */
function storedOf(evaluation: AccountEvaluation, portfolio: HandlerContext['portfolio']): StoredAccountValue {
  const stored = neverScored();
  stored.scored = true;
  stored.scoredOn = portfolio.today;
  stored.result = {
    tier: evaluation.tier,
    computedTier: evaluation.computedTier,
    tierOverridden: evaluation.tierOverridden,
    score: evaluation.score,
    revenue: evaluation.revenue,
    grossMargin: evaluation.grossMargin,
    costToServe: evaluation.costToServe,
    netValue: evaluation.netValue,
    churnProbability: evaluation.churnProbability,
    flags: [...evaluation.flags],
    recommendedAction: evaluation.action
  };
  const facts = portfolio.facts(evaluation.accountId);
  stored.tierOverride =
    facts?.tierOverride !== undefined && evaluation.tierOverridden
      ? {
          active: true,
          tier: facts.tierOverride,
          reason: facts.tierOverrideReason ?? '',
          overriddenBy: '',
          overriddenAt: ''
        }
      : noTierOverride();
  return stored;
}

function accountValue(params: Record<string, unknown>, { portfolio }: HandlerContext): AccountValueResponse {
  const accountId = stringParam(params, 'accountId');
  const evaluation = portfolio.evaluation(accountId);
  const facts = portfolio.facts(accountId);
  if (evaluation === undefined || facts === undefined) {
    throw new ApexError(400, `No account with Id ${accountId}, or no access to it`);
  }
  return accountValueView(
    { facts, stored: storedOf(evaluation, portfolio), cutoffs: portfolio.tierCutoffs },
    portfolio.config,
    portfolio.today
  );
}

function valueHistory(params: Record<string, unknown>, { portfolio }: HandlerContext): ValueHistoryResponse {
  const accountId = stringParam(params, 'accountId');
  if (portfolio.evaluation(accountId) === undefined) {
    throw new ApexError(400, `No account with Id ${accountId}, or no access to it`);
  }
  // The sample data has no snapshots yet: an empty trend, as in an org before the second scoring run.
  return valueHistoryView(accountId, []);
}

function overrideTier(params: Record<string, unknown>, { portfolio, user }: HandlerContext): TierOverrideResponse {
  const accountId = stringParam(params, 'accountId');
  const tier = typeof params.tier === 'string' ? params.tier : '';
  const reason = typeof params.reason === 'string' ? params.reason : '';
  const problem = tierOverrideProblem(tier, reason);
  if (problem !== '') throw new ApexError(400, problem);
  if (portfolio.evaluation(accountId) === undefined) {
    throw new ApexError(400, `No account with Id ${accountId}, or no access to it`);
  }
  const at = new Date().toISOString();
  const entry = tier === '' ? undefined : { tier, reason: reason.trim(), userId: user.id, at };
  portfolio.overrideTier(accountId, entry);
  return {
    accountId,
    tierOverride:
      entry === undefined
        ? noTierOverride()
        : { active: true, tier, reason: entry.reason, overriddenBy: user.name, overriddenAt: at }
  };
}

function portfolioSummary(_params: Record<string, unknown>, { portfolio }: HandlerContext): PortfolioSummaryResponse {
  const aggregate = emptyPortfolioAggregateFor(portfolio.config);
  for (const evaluation of portfolio.evaluations) addEvaluationToAggregate(aggregate, evaluation);
  const summary = summarizePortfolio(aggregate);
  return {
    asOf: portfolio.today,
    accounts: summary.count,
    totalNetValue: summary.netValue,
    gini: summary.netValueGini,
    tiers: summary.tiers.map((tier) => ({ tier: tier.tier, accounts: tier.count, netValue: tier.netValue }))
  };
}

/** Handler of each contract method, and the custom permission the org's controller checks before running it. */
export const APEX_HANDLERS: Record<string, { handle: ApexHandler; requiredPermission?: string }> = {
  'CustomerValueController.getAccountValue': { handle: accountValue },
  'CustomerValueController.getValueHistory': { handle: valueHistory },
  'CustomerValueController.overrideTier': { handle: overrideTier, requiredPermission: OVERRIDE_TIER_PERMISSION },
  'PortfolioController.getPortfolioSummary': { handle: portfolioSummary }
};

/** Contract methods without a local handler, and handlers no contract method asks for (both must be empty). */
export function handlerCoverage(
  contract: readonly { controller: string; method: string }[],
  handlers: Readonly<Record<string, unknown>>
): { missing: string[]; extra: string[] } {
  const wanted = new Set(contract.map((entry) => `${entry.controller}.${entry.method}`));
  return {
    missing: [...wanted].filter((key) => !(key in handlers)).sort(),
    extra: Object.keys(handlers)
      .filter((key) => !wanted.has(key))
      .sort()
  };
}

/** Runs a contract method for a user; a missing custom permission is refused as the controller refuses it. */
export function callApex(
  controller: string,
  method: string,
  params: Record<string, unknown>,
  context: HandlerContext
): unknown {
  const entry = APEX_HANDLERS[`${controller}.${method}`];
  if (entry === undefined) throw new ApexError(404, `No Apex method ${controller}.${method} in the API contract`);
  if (entry.requiredPermission !== undefined && !context.user.customPermissions.includes(entry.requiredPermission)) {
    throw new ApexError(403, `${context.user.name} lacks the custom permission ${entry.requiredPermission}`);
  }
  return entry.handle(params, context);
}
