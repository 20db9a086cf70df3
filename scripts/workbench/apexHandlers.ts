/**
 * The local server's side of the API contract (scripts/apexgen/contract/apiContract.ts): one handler per contract
 * method, keyed `<Controller>.<method>`, answering with the contract's shapes built by the same engine module the Apex
 * controllers call (valueEngine/accountValueView.ts). A jest test holds the table and the contract equal.
 */
import type {
  AccountValueResponse,
  PortfolioHistoryResponse,
  PortfolioListPage,
  PortfolioListRequest,
  PortfolioObjectivesResponse,
  PortfolioSummaryResponse,
  SettingsDeploymentStatus,
  SettingsSaveResponse,
  RetentionPlayInput,
  RetentionPlayResponse,
  SeparationActionInput,
  SeparationPlanResponse,
  TierOverrideResponse,
  ValueHistoryResponse,
  ValueSettingsResponse,
  WhatIfAccountsResponse
} from '../apexgen/contract/apiTypes';
import type { ValueConfig } from '../../force-app/main/default/lwc/valueEngine/valueEngine';
import {
  accountValueView,
  emptySeparationActionInput,
  tierOverrideProblem,
  validateConfig,
  valueHistoryView
} from '../../force-app/main/default/lwc/valueEngine/valueEngine';
import { settingsChanges, StructureChangedError } from './settingsChanges';
import type { WorkbenchPortfolio } from './portfolio';
import { PortfolioTab } from './portfolioTab';
import type { SeparationContext } from './separation';
import { SeparationRefusal, WorkbenchSeparations } from './separation';
import type { WorkbenchUser } from './users';

/** The custom permission the org's CustomerValueController checks before an override. */
export const OVERRIDE_TIER_PERMISSION = 'Customer_Value_Override_Tier';
/** The custom permission the org's PortfolioController checks (managers and admins). */
export const VIEW_PORTFOLIO_PERMISSION = 'Customer_Value_View_Portfolio';
/** The custom permission the org's ValueSettingsController checks on every method. */
export const EDIT_SETTINGS_PERMISSION = 'Customer_Value_Edit_Settings';

/** An error the handler raises as Apex would: `AuraHandledException` → its message; status for the local transport. */
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
  /** Custom Labels in the session's language (error messages, as the controller's AuraHandledExceptions). */
  labels: Readonly<Record<string, string>>;
  /** Custom Labels in another language (letters and scripts in the customer's language); the session's when absent. */
  labelsIn?: (language: string) => Readonly<Record<string, string>>;
  /** The session's language. */
  language?: string;
}

export type ApexHandler = (params: Record<string, unknown>, context: HandlerContext) => unknown;

/** The engine's override problems → the Custom Label the user reads. */
const OVERRIDE_PROBLEM_LABELS: Record<string, string> = {
  cvp_override_err_invalid_tier: 'Error_Invalid_Field',
  cvp_override_err_reason_required: 'Error_Override_Reason_Required',
  cvp_override_err_reason_too_long: 'Error_Invalid_Field'
};

function stringParam(params: Record<string, unknown>, name: string, required = true): string {
  const value = params[name];
  if (value === undefined || value === null) {
    if (required) throw new ApexError(400, `Missing parameter ${name}`, 'System.IllegalArgumentException');
    return '';
  }
  if (typeof value !== 'string') throw new ApexError(400, `Parameter ${name} must be a string`, 'System.TypeException');
  return value;
}

function knownAccount(params: Record<string, unknown>, { portfolio, labels }: HandlerContext): string {
  const accountId = stringParam(params, 'accountId');
  if (portfolio.facts(accountId) === undefined) {
    throw new ApexError(400, labels.Error_No_Access ?? `No account with Id ${accountId}`);
  }
  return accountId;
}

function accountValue(params: Record<string, unknown>, context: HandlerContext): AccountValueResponse {
  const { portfolio } = context;
  const accountId = knownAccount(params, context);
  return accountValueView(
    { facts: portfolio.facts(accountId) ?? {}, stored: portfolio.stored(accountId), cutoffs: portfolio.tierCutoffs },
    portfolio.config,
    portfolio.today
  );
}

function valueHistory(params: Record<string, unknown>, context: HandlerContext): ValueHistoryResponse {
  const accountId = knownAccount(params, context);
  return valueHistoryView(accountId, context.portfolio.history(accountId));
}

function overrideTier(params: Record<string, unknown>, context: HandlerContext): TierOverrideResponse {
  const accountId = knownAccount(params, context);
  const tier = stringParam(params, 'tier', false);
  const reason = stringParam(params, 'reason', false);
  const problem = tierOverrideProblem(tier, reason);
  if (problem !== '') throw new ApexError(400, context.labels[OVERRIDE_PROBLEM_LABELS[problem] ?? ''] ?? problem);
  context.portfolio.overrideTier(
    accountId,
    tier === ''
      ? undefined
      : {
          tier,
          reason: reason.trim(),
          userId: context.user.id,
          userName: context.user.name,
          at: new Date().toISOString()
        }
  );
  return { accountId, tierOverride: context.portfolio.stored(accountId).tierOverride };
}

const portfolioTabs = new WeakMap<WorkbenchPortfolio, PortfolioTab>();

/** The Portfolio tab's figures of a workbench portfolio (built once, rebuilt after an override). */
export function portfolioTab(portfolio: WorkbenchPortfolio): PortfolioTab {
  let tab = portfolioTabs.get(portfolio);
  if (tab === undefined) {
    tab = new PortfolioTab(portfolio);
    portfolioTabs.set(portfolio, tab);
  }
  return tab;
}

function portfolioSummary(_params: Record<string, unknown>, { portfolio }: HandlerContext): PortfolioSummaryResponse {
  return portfolioTab(portfolio).summaryView();
}

function portfolioHistory(_params: Record<string, unknown>, { portfolio }: HandlerContext): PortfolioHistoryResponse {
  return portfolioTab(portfolio).historyView();
}

function portfolioObjectives(
  _params: Record<string, unknown>,
  { portfolio }: HandlerContext
): PortfolioObjectivesResponse {
  return portfolioTab(portfolio).objectivesView();
}

/** The request as Aura deserialises it into CVP_ApiTypes.PortfolioListRequest: absent fields are empty. */
export function listRequestOf(value: unknown): PortfolioListRequest {
  if (value === null || typeof value !== 'object') {
    throw new ApexError(400, 'Missing parameter request', 'System.IllegalArgumentException');
  }
  const raw = value as Record<string, unknown>;
  const text = (name: string): string => (typeof raw[name] === 'string' ? raw[name] : '');
  const texts = (name: string): string[] =>
    Array.isArray(raw[name]) ? raw[name].filter((each): each is string => typeof each === 'string') : [];
  const numeric = (name: string, fallback: number): number =>
    typeof raw[name] === 'number' && Number.isFinite(raw[name]) ? raw[name] : fallback;
  return {
    tiers: texts('tiers'),
    ownerId: text('ownerId'),
    industry: text('industry'),
    country: text('country'),
    risk: text('risk'),
    flags: texts('flags'),
    sortBy: text('sortBy'),
    descending: raw.descending === true,
    pageSize: numeric('pageSize', 50),
    cursorId: text('cursorId'),
    cursorValue: numeric('cursorValue', 0),
    backward: raw.backward === true
  };
}

function portfolioAccounts(params: Record<string, unknown>, { portfolio }: HandlerContext): PortfolioListPage {
  try {
    return portfolioTab(portfolio).listPage(listRequestOf(params.request));
  } catch (error) {
    if (error instanceof ApexError) throw error;
    throw new ApexError(400, (error as Error).message);
  }
}

const TIERS = ['D1', 'D2', 'D3', 'D4'];
const MAX_PAGE_SIZE = 1000;

function deploymentStatus(context: HandlerContext, deploymentId?: string): SettingsDeploymentStatus {
  const changes = context.portfolio.settingChanges.filter((change) =>
    deploymentId === undefined ? true : change.deploymentId === deploymentId
  );
  const last = changes[changes.length - 1];
  if (last === undefined) {
    return { deploymentId: '', status: 'none', message: '', savedBy: '', savedAt: '', changeCount: 0 };
  }
  const same = changes.filter((change) => change.deploymentId === last.deploymentId);
  // The store is written at once: a workbench "deployment" has always succeeded.
  return {
    deploymentId: last.deploymentId,
    status: 'succeeded',
    message: '',
    savedBy: last.userName,
    savedAt: last.at,
    changeCount: same.length
  };
}

function valueSettings(_params: Record<string, unknown>, context: HandlerContext): ValueSettingsResponse {
  const { portfolio } = context;
  const counts = new Map<string, number>();
  for (const evaluation of portfolio.evaluations) counts.set(evaluation.tier, (counts.get(evaluation.tier) ?? 0) + 1);
  return {
    configJson: JSON.stringify(portfolio.config),
    today: portfolio.today,
    strata: TIERS.map((tier) => ({ stratum: tier, accounts: counts.get(tier) ?? 0 })),
    lastDeployment: deploymentStatus(context)
  };
}

function whatIfAccounts(params: Record<string, unknown>, { portfolio }: HandlerContext): WhatIfAccountsResponse {
  const stratum = stringParam(params, 'stratum');
  const afterId = stringParam(params, 'afterId', false);
  const requested = typeof params.pageSize === 'number' ? params.pageSize : MAX_PAGE_SIZE;
  const size = Math.max(1, Math.min(Math.floor(requested), MAX_PAGE_SIZE));
  // Keyset paging on (Sample_Key__c, Id), as the org's query: the page starts after the previous page's last account.
  const start = portfolio.positionAfter(stratum, afterId);
  const page = portfolio.idsInTier(stratum).slice(start, start + size);
  return {
    accounts: page.map((accountId) => ({
      accountId,
      name: portfolio.row(accountId)?.Name ?? accountId,
      stratum,
      factsJson: JSON.stringify(portfolio.facts(accountId) ?? {})
    })),
    nextAfterId: page.length < size ? '' : page[page.length - 1]
  };
}

function saveSettings(params: Record<string, unknown>, context: HandlerContext): SettingsSaveResponse {
  const { portfolio, labels, user } = context;
  let edited: ValueConfig;
  try {
    edited = JSON.parse(stringParam(params, 'configJson')) as ValueConfig;
  } catch {
    throw new ApexError(400, labels.Settings_Structure_Changed ?? 'Invalid configuration');
  }
  const problems = validateConfig(edited).map((problem) => ({ path: problem.path, labelKey: problem.labelKey }));
  if (problems.length > 0) {
    return { accepted: false, problems, changes: [], deployment: deploymentStatus(context) };
  }
  let changes;
  try {
    changes = settingsChanges(portfolio.config, edited, portfolio.recordByPath);
  } catch (error) {
    if (error instanceof StructureChangedError)
      throw new ApexError(400, labels.Settings_Structure_Changed ?? error.message);
    throw error;
  }
  if (changes.length === 0) return { accepted: true, problems, changes, deployment: deploymentStatus(context) };
  const at = new Date().toISOString();
  const deploymentId = `WB-${Date.now().toString(36)}`;
  portfolio.saveSettings(
    edited,
    changes.map((change) => ({ ...change, deploymentId, userId: user.id, userName: user.name, at }))
  );
  // The Portfolio tab's figures were computed with the configuration before: recompute them on the next request.
  portfolioTabs.delete(portfolio);
  return { accepted: true, problems, changes, deployment: deploymentStatus(context, deploymentId) };
}

function scoreNow(_params: Record<string, unknown>, { portfolio, labels }: HandlerContext): string {
  portfolio.rescore();
  portfolioTabs.delete(portfolio);
  const runId = `RUN-${portfolio.today.replace(/-/g, '')}-WB`;
  return (labels.Scoring_Run_Started ?? 'Scoring run {0} started').replace('{0}', runId);
}

const separationsByPortfolio = new WeakMap<WorkbenchPortfolio, WorkbenchSeparations>();

function separations({ portfolio }: HandlerContext): WorkbenchSeparations {
  let found = separationsByPortfolio.get(portfolio);
  if (found === undefined) {
    found = new WorkbenchSeparations(portfolio, portfolio.store);
    separationsByPortfolio.set(portfolio, found);
  }
  return found;
}

function separationContext(context: HandlerContext): SeparationContext {
  return {
    user: context.user,
    language: context.language ?? 'en',
    labelsIn: context.labelsIn ?? (() => context.labels)
  };
}

/** The service's refusals as the controller's AuraHandledExceptions. */
function refused<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof SeparationRefusal) throw new ApexError(error.status, error.message);
    throw error;
  }
}

function objectParam<T>(params: Record<string, unknown>, name: string, defaults: T): T {
  const value = params[name];
  if (value === null || typeof value !== 'object') {
    throw new ApexError(400, `Missing parameter ${name}`, 'System.IllegalArgumentException');
  }
  return { ...defaults, ...(value as Partial<T>) };
}

const EMPTY_SEPARATION_INPUT: SeparationActionInput = emptySeparationActionInput();

const EMPTY_PLAY_INPUT: RetentionPlayInput = {
  accountId: '',
  playRunId: '',
  version: '',
  action: '',
  language: '',
  concession: 0,
  comment: '',
  outcome: ''
};

function separationPlan(params: Record<string, unknown>, context: HandlerContext): SeparationPlanResponse {
  const recordId = stringParam(params, 'recordId');
  const plan = context.portfolio.store.plans[recordId];
  if (plan === undefined) knownAccount({ accountId: recordId }, context);
  return refused(() => separations(context).plan(recordId, separationContext(context)));
}

function updateSeparationPlan(params: Record<string, unknown>, context: HandlerContext): SeparationPlanResponse {
  const input = objectParam(params, 'input', EMPTY_SEPARATION_INPUT);
  knownAccount({ accountId: input.accountId }, context);
  return refused(() => separations(context).update(input, separationContext(context)));
}

function retentionPlay(params: Record<string, unknown>, context: HandlerContext): RetentionPlayResponse {
  const accountId = knownAccount(params, context);
  return refused(() => separations(context).play(accountId, separationContext(context)));
}

function updateRetentionPlay(params: Record<string, unknown>, context: HandlerContext): RetentionPlayResponse {
  const input = objectParam(params, 'input', EMPTY_PLAY_INPUT);
  knownAccount({ accountId: input.accountId }, context);
  return refused(() => separations(context).updatePlay(input, separationContext(context)));
}

/** Handler of each contract method, and the custom permission the org's controller checks before running it. */
export const APEX_HANDLERS: Record<string, { handle: ApexHandler; requiredPermission?: string }> = {
  'CustomerValueController.getAccountValue': { handle: accountValue },
  'CustomerValueController.getValueHistory': { handle: valueHistory },
  'CustomerValueController.overrideTier': { handle: overrideTier, requiredPermission: OVERRIDE_TIER_PERMISSION },
  'PortfolioController.getPortfolioSummary': {
    handle: portfolioSummary,
    requiredPermission: VIEW_PORTFOLIO_PERMISSION
  },
  'PortfolioController.getPortfolioHistory': {
    handle: portfolioHistory,
    requiredPermission: VIEW_PORTFOLIO_PERMISSION
  },
  'PortfolioController.getPortfolioAccounts': {
    handle: portfolioAccounts,
    requiredPermission: VIEW_PORTFOLIO_PERMISSION
  },
  'ValueSettingsController.getValueSettings': { handle: valueSettings, requiredPermission: EDIT_SETTINGS_PERMISSION },
  'ValueSettingsController.getWhatIfAccounts': { handle: whatIfAccounts, requiredPermission: EDIT_SETTINGS_PERMISSION },
  'ValueSettingsController.saveValueSettings': { handle: saveSettings, requiredPermission: EDIT_SETTINGS_PERMISSION },
  'ValueSettingsController.getDeploymentStatus': {
    handle: (params, context) => deploymentStatus(context, stringParam(params, 'deploymentId')),
    requiredPermission: EDIT_SETTINGS_PERMISSION
  },
  // The org's ScoringRunController needs the admin's object access (Customer_Value_Admin); here the same users.
  'ScoringRunController.scoreNow': { handle: scoreNow, requiredPermission: EDIT_SETTINGS_PERMISSION },
  'PortfolioController.getPortfolioObjectives': {
    handle: portfolioObjectives,
    requiredPermission: VIEW_PORTFOLIO_PERMISSION
  },
  'SeparationController.getSeparationPlan': { handle: separationPlan },
  'SeparationController.updateSeparationPlan': { handle: updateSeparationPlan },
  'RetentionPlayController.getRetentionPlay': { handle: retentionPlay },
  'RetentionPlayController.updateRetentionPlay': { handle: updateRetentionPlay }
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
    throw new ApexError(403, context.labels.Error_No_Access ?? `Missing custom permission ${entry.requiredPermission}`);
  }
  return entry.handle(params, context);
}
