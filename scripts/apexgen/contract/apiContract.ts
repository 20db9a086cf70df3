/**
 * The controller API contract: the methods the LWCs may call, with their Apex signature. Request/response types live
 * in the engine module force-app/main/default/lwc/valueEngine/apiTypes.ts (built by accountValueView.ts). From this file the generator produces types/lwc/apex.d.ts, and the contract check compares it with
 * the hand-written controllers in force-app/main/default/classes/.
 */

/** An Apex parameter type: a primitive, `Id`, or a type of apiTypes.ts (qualified as CVP_ApiTypes.<Name> in Apex). */
export type ContractType = string;

export interface ContractParam {
  name: string;
  type: ContractType;
}

export interface ContractMethod {
  /** Apex controller class (hand-written, force-app/main/default/classes/<controller>.cls). */
  controller: string;
  method: string;
  /** `@AuraEnabled(cacheable=true)`: required for @wire. */
  cacheable: boolean;
  params: ContractParam[];
  /** Return type: a type of apiTypes.ts, a primitive, or `List<…>` of those. */
  returns: ContractType;
}

export const API_CONTRACT: readonly ContractMethod[] = [
  {
    controller: 'CustomerValueController',
    method: 'getAccountValue',
    cacheable: true,
    params: [{ name: 'accountId', type: 'Id' }],
    returns: 'AccountValueResponse'
  },
  {
    controller: 'CustomerValueController',
    method: 'getValueHistory',
    cacheable: true,
    params: [{ name: 'accountId', type: 'Id' }],
    returns: 'ValueHistoryResponse'
  },
  {
    // Managers only (custom permission Customer_Value_Override_Tier); tier '' removes the override. Not cacheable:
    // the panel calls it imperatively, then refreshApex on getAccountValue.
    controller: 'CustomerValueController',
    method: 'overrideTier',
    cacheable: false,
    params: [
      { name: 'accountId', type: 'Id' },
      { name: 'tier', type: 'String' },
      { name: 'reason', type: 'String' }
    ],
    returns: 'TierOverrideResponse'
  },
  {
    controller: 'PortfolioController',
    method: 'getPortfolioSummary',
    cacheable: true,
    params: [],
    returns: 'PortfolioSummaryResponse'
  },
  {
    controller: 'PortfolioController',
    method: 'getPortfolioHistory',
    cacheable: true,
    params: [],
    returns: 'PortfolioHistoryResponse'
  },
  {
    // Keyset paging (no OFFSET): the request carries the cursor of the page shown.
    controller: 'PortfolioController',
    method: 'getPortfolioAccounts',
    cacheable: true,
    params: [{ name: 'request', type: 'PortfolioListRequest' }],
    returns: 'PortfolioListPage'
  },
  {
    // Value Settings (admins only: custom permission Customer_Value_Edit_Settings, checked by the controller).
    controller: 'ValueSettingsController',
    method: 'getValueSettings',
    cacheable: false,
    params: [],
    returns: 'ValueSettingsResponse'
  },
  {
    // A page of one stratum's accounts with their latest facts, for the what-if (the LWC samples the strata).
    controller: 'ValueSettingsController',
    method: 'getWhatIfAccounts',
    cacheable: false,
    params: [
      { name: 'stratum', type: 'String' },
      { name: 'afterId', type: 'String' },
      { name: 'pageSize', type: 'Integer' }
    ],
    returns: 'WhatIfAccountsResponse'
  },
  {
    // Validates the edited configuration (ValueConfig JSON), audits each change and deploys the Custom Metadata.
    controller: 'ValueSettingsController',
    method: 'saveValueSettings',
    cacheable: false,
    params: [{ name: 'configJson', type: 'String' }],
    returns: 'SettingsSaveResponse'
  },
  {
    controller: 'ValueSettingsController',
    method: 'getDeploymentStatus',
    cacheable: false,
    params: [{ name: 'deploymentId', type: 'String' }],
    returns: 'SettingsDeploymentStatus'
  },
  {
    // "Re-score now" on the Value Settings page: starts a scoring run, or says why not.
    controller: 'ScoringRunController',
    method: 'scoreNow',
    cacheable: false,
    params: [],
    returns: 'String'
  },
  {
    controller: 'PortfolioController',
    method: 'getPortfolioObjectives',
    cacheable: true,
    params: [],
    returns: 'PortfolioObjectivesResponse'
  },
  {
    // The separation wizard: an Account Id (its open plan, or a new one to assess) or a Separation_Plan__c Id (resume).
    // Not cacheable: the wizard reloads after every save.
    controller: 'SeparationController',
    method: 'getSeparationPlan',
    cacheable: false,
    params: [{ name: 'recordId', type: 'Id' }],
    returns: 'SeparationPlanResponse'
  },
  {
    // One step of the wizard: `save`, or an action of the engine's state machine; refused on an older version.
    controller: 'SeparationController',
    method: 'updateSeparationPlan',
    cacheable: false,
    params: [{ name: 'input', type: 'SeparationActionInput' }],
    returns: 'SeparationPlanResponse'
  },
  {
    controller: 'RetentionPlayController',
    method: 'getRetentionPlay',
    cacheable: false,
    params: [{ name: 'accountId', type: 'Id' }],
    returns: 'RetentionPlayResponse'
  },
  {
    // `start`, `approve_concession` / `reject_concession` (Customer_Value_Approve_Concession), `record_outcome`.
    controller: 'RetentionPlayController',
    method: 'updateRetentionPlay',
    cacheable: false,
    params: [{ name: 'input', type: 'RetentionPlayInput' }],
    returns: 'RetentionPlayResponse'
  }
];
