/**
 * The local server's side of the API contract (scripts/apexgen/contract/apiContract.ts): one handler per contract
 * method, keyed `<Controller>.<method>`, answering with the contract's response shapes from the TypeScript engine —
 * what the Apex controllers answer in the org. A jest test holds the table and the contract equal.
 */
import type { AccountValueResponse, PortfolioSummaryResponse } from '../apexgen/contract/apiTypes';
import {
  addEvaluationToAggregate,
  emptyPortfolioAggregateFor,
  explainScore,
  summarizePortfolio
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

function accountValue(params: Record<string, unknown>, { portfolio }: HandlerContext): AccountValueResponse {
  const accountId = stringParam(params, 'accountId');
  const evaluation = portfolio.evaluation(accountId);
  const facts = portfolio.facts(accountId);
  if (evaluation === undefined || facts === undefined) {
    throw new ApexError(400, `No account with Id ${accountId}, or no access to it`);
  }
  const explanation = explainScore(facts, portfolio.config, portfolio.today);
  return {
    accountId,
    tier: evaluation.tier,
    score: evaluation.score,
    netValue: evaluation.netValue,
    costToServe: evaluation.costToServe,
    churnProbability: evaluation.churnProbability,
    recommendedAction: evaluation.action,
    scoredOn: portfolio.today,
    breakdown: explanation.contributions.map((each) => ({
      component: each.component,
      points: each.points,
      amount: each.money
    })),
    flags: evaluation.flags
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
