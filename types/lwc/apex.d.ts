// GENERATED FILE — DO NOT EDIT. Source: scripts/apexgen/contract/apiContract.ts and apiTypes.ts (npm run build:apex).
// Each @salesforce/apex import is both a Promise-returning function (imperative call) and a wire adapter (@wire).

declare namespace CvpApi {
  /** An Apex method as LWC sees it: call it imperatively, or use it with @wire. */
  type ApexMethod<Params extends Record<string, unknown>, Result> = ((params: Params) => Promise<Result>) &
    import('lwc').WireAdapterConstructor<Params, { data?: Result; error?: unknown }>;

  interface LabelledText {
    labelKey: string;
    params: Record<string, string>;
  }

  interface ValueResult {
    tier: string;
    computedTier: string;
    tierOverridden: boolean;
    score: number;
    revenue: number;
    grossMargin: number;
    costToServe: number;
    netValue: number;
    churnProbability: number;
    flags: string[];
    recommendedAction: string;
  }

  interface TierOverrideInfo {
    active: boolean;
    tier: string;
    reason: string;
    overriddenBy: string;
    overriddenAt: string;
  }

  interface StoredAccountValue {
    scored: boolean;
    scoredOn: string;
    result: CvpApi.ValueResult;
    probabilityAlive: number;
    clvKnown: boolean;
    clv: number;
    clvLower: number;
    clvUpper: number;
    tierOverride: CvpApi.TierOverrideInfo;
  }

  interface ValueComponentLine {
    component: string;
    points: number;
    maxPoints: number;
    amount: number;
  }

  interface CostDriverLine {
    driver: string;
    component: string;
    quantity: number;
    cost: number;
  }

  interface MoneyBreakdown {
    revenue: number;
    marginRate: number;
    grossMargin: number;
    costToServe: number;
    netValue: number;
    drivers: CvpApi.CostDriverLine[];
  }

  interface RiskSignal {
    signal: string;
    active: boolean;
    amount: number;
    known: boolean;
    labelKey: string;
    seenOn: string;
  }

  interface ClvForecast {
    known: boolean;
    estimate: number;
    lower: number;
    upper: number;
    probabilityAlive: number;
  }

  interface RecommendedPlay {
    action: string;
    reasonKey: string;
    play: string;
    tasks: string[];
    followUpDate: string;
    separationBlocked: boolean;
  }

  interface DataQualityFinding {
    field: string;
    problem: string;
  }

  interface ValueChange {
    measure: string;
    before: string;
    after: string;
    delta: number;
  }

  interface AccountValueResponse {
    accountId: string;
    computedOn: string;
    stored: CvpApi.StoredAccountValue;
    live: CvpApi.ValueResult;
    liveTierBasis: string;
    changes: CvpApi.ValueChange[];
    components: CvpApi.ValueComponentLine[];
    money: CvpApi.MoneyBreakdown;
    reasons: CvpApi.LabelledText[];
    riskSignals: CvpApi.RiskSignal[];
    clv: CvpApi.ClvForecast;
    play: CvpApi.RecommendedPlay;
    findings: CvpApi.DataQualityFinding[];
  }

  interface ValueHistoryPoint {
    periodEnd: string;
    score: number;
    tier: string;
    netValue: number;
    tierChanged: boolean;
  }

  interface ValueHistoryResponse {
    accountId: string;
    points: CvpApi.ValueHistoryPoint[];
  }

  interface TierOverrideResponse {
    accountId: string;
    tierOverride: CvpApi.TierOverrideInfo;
  }

  interface TierSummary {
    tier: string;
    accounts: number;
    revenue: number;
    netValue: number;
  }

  interface PortfolioKpi {
    kpi: string;
    unit: string;
    value: number;
    exact: boolean;
    hasPrevious: boolean;
    previous: number;
  }

  interface QuadrantSummary {
    quadrant: string;
    accounts: number;
  }

  interface ParetoPointView {
    accountShare: number;
    valueShare: number;
  }

  interface MatrixPoint {
    accountId: string;
    name: string;
    tier: string;
    grossMargin: number;
    costToServe: number;
    netValue: number;
  }

  interface FilterOption {
    value: string;
    text: string;
  }

  interface PortfolioSummaryResponse {
    asOf: string;
    accounts: number;
    totalNetValue: number;
    gini: number;
    kpis: CvpApi.PortfolioKpi[];
    tiers: CvpApi.TierSummary[];
    quadrants: CvpApi.QuadrantSummary[];
    valueThreshold: number;
    costThreshold: number;
    revenuePareto: CvpApi.ParetoPointView[];
    netValuePareto: CvpApi.ParetoPointView[];
    sample: CvpApi.MatrixPoint[];
    sketchErrorBound: number;
    owners: CvpApi.FilterOption[];
    industries: CvpApi.FilterOption[];
    countries: CvpApi.FilterOption[];
  }

  interface PortfolioHistoryPoint {
    periodEnd: string;
    accounts: number;
    netValue: number;
    tiers: CvpApi.TierSummary[];
  }

  interface SeparationAssessment {
    accountName: string;
    tier: string;
    score: number;
    revenue: number;
    grossMargin: number;
    costToServe: number;
    netValue: number;
    potential: number;
    influence: number;
    strategicFit: number;
    churnProbability: number;
    reputationRisk: boolean;
    flags: string[];
    recommendedAction: string;
    guardrailReasons: string[];
    contractType: string;
    contractEndDate: string;
    contractNoticeMonths: number;
    relationshipStartDate: string;
    country: string;
  }

  interface SeparationNotice {
    months: number;
    policyMonths: number;
    policyName: string;
    capMonths: number;
    minimumMonths: number;
    relationshipStartKnown: boolean;
    relationshipYears: number;
    contractClauseApplied: boolean;
    contractNoticeMonths: number;
    partialRupture: boolean;
    partialRuptureThreshold: number;
    noticeDate: string;
    effectiveEndDate: string;
  }

  interface RankedReferralPartner {
    partnerId: string;
    name: string;
    rank: number;
    score: number;
    industryMatch: boolean;
    regionMatch: boolean;
    sizeMatch: boolean;
    needsMatched: number;
    contactName: string;
  }

  interface SeparationLetter {
    language: string;
    subject: string;
    body: string;
    talkingPoints: string[];
    missingFields: string[];
    edited: boolean;
    editable: boolean;
  }

  interface SeparationEventLine {
    action: string;
    fromStatus: string;
    toStatus: string;
    actorName: string;
    occurredAt: string;
    comment: string;
  }

  interface SeparationPlanResponse {
    accountId: string;
    planId: string;
    version: string;
    status: string;
    allowedActions: string[];
    userIsManager: boolean;
    assessment: CvpApi.SeparationAssessment;
    guardrailBlocked: boolean;
    guardrailOverridden: boolean;
    overrideReason: string;
    path: string;
    reason: string;
    pathRationale: string;
    newPrice: number;
    priceIncrease: number;
    serviceReduction: number;
    serviceChange: string;
    alternativeOffer: string;
    notice: CvpApi.SeparationNotice;
    letter: CvpApi.SeparationLetter;
    partners: CvpApi.RankedReferralPartner[];
    partnerId: string;
    customerConsent: boolean;
    approvedBy: string;
    approvalComment: string;
    effectiveDate: string;
    tasks: string[];
    outcome: string;
    anonymizeAfter: string;
    events: CvpApi.SeparationEventLine[];
  }

  interface SeparationActionInput {
    accountId: string;
    planId: string;
    version: string;
    action: string;
    reason: string;
    pathRationale: string;
    path: string;
    newPrice: number;
    priceIncrease: number;
    serviceReduction: number;
    serviceChange: string;
    alternativeOffer: string;
    letterLanguage: string;
    letterBody: string;
    partnerId: string;
    customerConsent: boolean;
    actionDate: string;
    outcome: string;
  }

  interface RetentionPlayResponse {
    accountId: string;
    playRunId: string;
    version: string;
    status: string;
    tier: string;
    play: string;
    tasks: string[];
    followUpDate: string;
    language: string;
    scriptSubject: string;
    script: string;
    concessionCap: number;
    concessionRequested: number;
    concessionApprovalNeeded: boolean;
    concessionApproved: boolean;
    concessionApprovedBy: string;
    userIsManager: boolean;
    outcome: string;
    winBack: string;
    winBackReasonKey: string;
  }

  interface RetentionPlayInput {
    accountId: string;
    playRunId: string;
    version: string;
    action: string;
    language: string;
    concession: number;
    comment: string;
    outcome: string;
  }

  interface PortfolioHistoryResponse {
    points: CvpApi.PortfolioHistoryPoint[];
  }

  interface PortfolioListRequest {
    tiers: string[];
    ownerId: string;
    industry: string;
    country: string;
    risk: string;
    flags: string[];
    sortBy: string;
    descending: boolean;
    pageSize: number;
    cursorId: string;
    cursorValue: number;
    backward: boolean;
  }

  interface PortfolioAccountRow {
    accountId: string;
    name: string;
    ownerName: string;
    industry: string;
    country: string;
    tier: string;
    score: number;
    netValue: number;
    costToServe: number;
    churnProbability: number;
    flags: string[];
    sortValue: number;
  }

  interface PortfolioListPage {
    rows: CvpApi.PortfolioAccountRow[];
    hasNext: boolean;
    hasPrevious: boolean;
    totalKnown: boolean;
    total: number;
  }

  interface SettingsStratum {
    stratum: string;
    accounts: number;
  }

  interface SettingsDeploymentStatus {
    deploymentId: string;
    status: string;
    message: string;
    savedBy: string;
    savedAt: string;
    changeCount: number;
  }

  interface ValueSettingsResponse {
    configJson: string;
    today: string;
    strata: CvpApi.SettingsStratum[];
    lastDeployment: CvpApi.SettingsDeploymentStatus;
  }

  interface WhatIfAccountFacts {
    accountId: string;
    name: string;
    stratum: string;
    factsJson: string;
  }

  interface WhatIfAccountsResponse {
    accounts: CvpApi.WhatIfAccountFacts[];
    nextAfterId: string;
  }

  interface SettingsProblem {
    path: string;
    labelKey: string;
  }

  interface SettingsChange {
    path: string;
    record: string;
    field: string;
    before: string;
    after: string;
  }

  interface SettingsSaveResponse {
    accepted: boolean;
    problems: CvpApi.SettingsProblem[];
    changes: CvpApi.SettingsChange[];
    deployment: CvpApi.SettingsDeploymentStatus;
  }

  interface ObjectiveMeasureView {
    measure: string;
    target: number;
    actual: number;
    projected: number;
    progress: number;
    willMiss: boolean;
  }

  interface ObjectiveProgressView {
    objectiveId: string;
    name: string;
    holder: string;
    paceStatus: string;
    willMiss: boolean;
    lastComputedAt: string;
    measures: CvpApi.ObjectiveMeasureView[];
  }

  interface PortfolioObjectivesResponse {
    year: number;
    objectives: CvpApi.ObjectiveProgressView[];
  }
}

declare module '@salesforce/apex/CustomerValueController.getAccountValue' {
  /** CustomerValueController.getAccountValue (cacheable: usable with @wire). */
  const getAccountValue: CvpApi.ApexMethod<{ accountId: string }, CvpApi.AccountValueResponse>;
  export default getAccountValue;
}

declare module '@salesforce/apex/CustomerValueController.getValueHistory' {
  /** CustomerValueController.getValueHistory (cacheable: usable with @wire). */
  const getValueHistory: CvpApi.ApexMethod<{ accountId: string }, CvpApi.ValueHistoryResponse>;
  export default getValueHistory;
}

declare module '@salesforce/apex/CustomerValueController.overrideTier' {
  /** CustomerValueController.overrideTier. */
  const overrideTier: CvpApi.ApexMethod<
    { accountId: string; tier: string; reason: string },
    CvpApi.TierOverrideResponse
  >;
  export default overrideTier;
}

declare module '@salesforce/apex/PortfolioController.getPortfolioAccounts' {
  /** PortfolioController.getPortfolioAccounts (cacheable: usable with @wire). */
  const getPortfolioAccounts: CvpApi.ApexMethod<{ request: CvpApi.PortfolioListRequest }, CvpApi.PortfolioListPage>;
  export default getPortfolioAccounts;
}

declare module '@salesforce/apex/PortfolioController.getPortfolioHistory' {
  /** PortfolioController.getPortfolioHistory (cacheable: usable with @wire). */
  const getPortfolioHistory: CvpApi.ApexMethod<Record<string, never>, CvpApi.PortfolioHistoryResponse>;
  export default getPortfolioHistory;
}

declare module '@salesforce/apex/PortfolioController.getPortfolioObjectives' {
  /** PortfolioController.getPortfolioObjectives (cacheable: usable with @wire). */
  const getPortfolioObjectives: CvpApi.ApexMethod<Record<string, never>, CvpApi.PortfolioObjectivesResponse>;
  export default getPortfolioObjectives;
}

declare module '@salesforce/apex/PortfolioController.getPortfolioSummary' {
  /** PortfolioController.getPortfolioSummary (cacheable: usable with @wire). */
  const getPortfolioSummary: CvpApi.ApexMethod<Record<string, never>, CvpApi.PortfolioSummaryResponse>;
  export default getPortfolioSummary;
}

declare module '@salesforce/apex/RetentionPlayController.getRetentionPlay' {
  /** RetentionPlayController.getRetentionPlay. */
  const getRetentionPlay: CvpApi.ApexMethod<{ accountId: string }, CvpApi.RetentionPlayResponse>;
  export default getRetentionPlay;
}

declare module '@salesforce/apex/RetentionPlayController.updateRetentionPlay' {
  /** RetentionPlayController.updateRetentionPlay. */
  const updateRetentionPlay: CvpApi.ApexMethod<{ input: CvpApi.RetentionPlayInput }, CvpApi.RetentionPlayResponse>;
  export default updateRetentionPlay;
}

declare module '@salesforce/apex/ScoringRunController.scoreNow' {
  /** ScoringRunController.scoreNow. */
  const scoreNow: CvpApi.ApexMethod<Record<string, never>, string>;
  export default scoreNow;
}

declare module '@salesforce/apex/SeparationController.getSeparationPlan' {
  /** SeparationController.getSeparationPlan. */
  const getSeparationPlan: CvpApi.ApexMethod<{ recordId: string }, CvpApi.SeparationPlanResponse>;
  export default getSeparationPlan;
}

declare module '@salesforce/apex/SeparationController.updateSeparationPlan' {
  /** SeparationController.updateSeparationPlan. */
  const updateSeparationPlan: CvpApi.ApexMethod<{ input: CvpApi.SeparationActionInput }, CvpApi.SeparationPlanResponse>;
  export default updateSeparationPlan;
}

declare module '@salesforce/apex/ValueSettingsController.getDeploymentStatus' {
  /** ValueSettingsController.getDeploymentStatus. */
  const getDeploymentStatus: CvpApi.ApexMethod<{ deploymentId: string }, CvpApi.SettingsDeploymentStatus>;
  export default getDeploymentStatus;
}

declare module '@salesforce/apex/ValueSettingsController.getValueSettings' {
  /** ValueSettingsController.getValueSettings. */
  const getValueSettings: CvpApi.ApexMethod<Record<string, never>, CvpApi.ValueSettingsResponse>;
  export default getValueSettings;
}

declare module '@salesforce/apex/ValueSettingsController.getWhatIfAccounts' {
  /** ValueSettingsController.getWhatIfAccounts. */
  const getWhatIfAccounts: CvpApi.ApexMethod<
    { stratum: string; afterId: string; pageSize: number },
    CvpApi.WhatIfAccountsResponse
  >;
  export default getWhatIfAccounts;
}

declare module '@salesforce/apex/ValueSettingsController.saveValueSettings' {
  /** ValueSettingsController.saveValueSettings. */
  const saveValueSettings: CvpApi.ApexMethod<{ configJson: string }, CvpApi.SettingsSaveResponse>;
  export default saveValueSettings;
}
