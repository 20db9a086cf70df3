/**
 * Request and response shapes of the controller API (the contract's types; methods in
 * scripts/apexgen/contract/apiContract.ts). They live in the engine folder so that an engine module
 * (accountValueView) builds the responses: the generated Apex controller and the workbench then return the same
 * figures from the same code. The generator turns this module into the Apex class CVP_ApiTypes (one inner class per
 * interface, @AuraEnabled fields) and into the CvpApi namespace of types/lwc/apex.d.ts. Self-contained on purpose: no
 * engine-internal type appears here, so the engine can change without changing the API.
 * Field names reach LWC as written: none may be an Apex reserved word (the generator would rename it; the build fails).
 * Conventions: money in the corporate currency; probabilities 0–1; dates ISO `YYYY-MM-DD` (`''` when unknown).
 */

/** A sentence as a Custom Label key with its parameters, already formatted by the engine (`{netValue}` → `-1234`). */
export interface LabelledText {
  labelKey: string;
  params: Record<string, string>;
}

/** One scoring result of an account: the stored one (last scoring run) or the live one (today's data). */
export interface ValueResult {
  /** Effective tier `D1`…`D4` (the override when one is set); `''` when never scored. */
  tier: string;
  /** Tier the engine computed, before any override. */
  computedTier: string;
  tierOverridden: boolean;
  /** 0–100. */
  score: number;
  revenue: number;
  grossMargin: number;
  costToServe: number;
  netValue: number;
  churnProbability: number;
  /** Flag keys in the order most_valued_customer, high_potential, at_risk, strategic, data_incomplete. */
  flags: string[];
  /** `protect` · `develop` · `retain` · `standardize` · `transform` · `separate` (`''` when never scored). */
  recommendedAction: string;
}

/** The manual tier override in force (managers only; audited). */
export interface TierOverrideInfo {
  active: boolean;
  /** `D1`…`D4`, `''` when none. */
  tier: string;
  reason: string;
  /** Name of the user who set it. */
  overriddenBy: string;
  /** ISO date-time (UTC) it was set. */
  overriddenAt: string;
}

/** What the last scoring run stored for an account (Account fields and the latest Value_Snapshot__c). */
export interface StoredAccountValue {
  /** False when the account was never scored: the other figures are then zeros and `''`. */
  scored: boolean;
  /** ISO date of the stored result (`''` when never scored). */
  scoredOn: string;
  result: ValueResult;
  /** BG/NBD P(alive) 0–1; −1 when unknown. */
  probabilityAlive: number;
  /** CLV over the configured horizon and its 95 % interval; `clvKnown` false when the run did not compute it. */
  clvKnown: boolean;
  clv: number;
  clvLower: number;
  clvUpper: number;
  tierOverride: TierOverrideInfo;
}

/** One line of the "Why" breakdown: a score component, its points (the bars add up to the score) and its money. */
export interface ValueComponentLine {
  /** `net_value` · `potential` · `influence` · `strategic_fit` · `loyalty`. */
  component: string;
  points: number;
  maxPoints: number;
  /** Money behind the component (net value, weighted pipeline, referral revenue, 0, revenue kept). */
  amount: number;
}

/** One value driver's share of the cost to serve. */
export interface CostDriverLine {
  /** Value_Driver__mdt record name. */
  driver: string;
  /** Cost component (`support`, `payment_delay`, …). */
  component: string;
  quantity: number;
  cost: number;
}

/** The money behind net value: revenue × margin rate = gross margin, minus each cost-to-serve driver. */
export interface MoneyBreakdown {
  revenue: number;
  marginRate: number;
  grossMargin: number;
  costToServe: number;
  netValue: number;
  drivers: CostDriverLine[];
}

/** A churn risk signal with the date its figure was seen. */
export interface RiskSignal {
  /** `revenue_trend` · `case_trend` · `complaints` · `renewal_due` · `recency` · `satisfaction`. */
  signal: string;
  /** True when the signal raises a warning. */
  active: boolean;
  /** The figure: trend as a fraction, complaints count, 1/0 renewal due, days since last order, satisfaction 0–10. */
  amount: number;
  /** False when the data behind it is missing (recency without orders, satisfaction without survey). */
  known: boolean;
  /** Warning label key when active (`cvp_warning_*`), `''` otherwise. */
  labelKey: string;
  /** ISO date the signal was seen: the last order, the contract end, or the day of the live computation. */
  seenOn: string;
}

/** The future value: CLV with its 95 % interval, and the probability that the customer still buys. */
export interface ClvForecast {
  known: boolean;
  estimate: number;
  lower: number;
  upper: number;
  /** −1 when unknown. */
  probabilityAlive: number;
}

/** The recommended action with the retention play it starts and why. */
export interface RecommendedPlay {
  action: string;
  /** Label key of the reason for the action (`cvp_action_reason_*`). */
  reasonKey: string;
  /** `director_visit` · `rep_visit` · `care_call` · `letter`. */
  play: string;
  /** Task label keys of the play, in order. */
  tasks: string[];
  /** ISO date of the play's follow-up when started today. */
  followUpDate: string;
  /** True when the guardrail forbids separation (high potential, influence or strategic). */
  separationBlocked: boolean;
}

/** A data-quality finding, said plainly: which field, what is wrong (`missing`, `negative`, `absurd`, …). */
export interface DataQualityFinding {
  field: string;
  problem: string;
}

/** A difference between the stored result and the live recomputation. */
export interface ValueChange {
  /** `tier` · `score` · `net_value` · `cost_to_serve` · `churn_probability` · `recommended_action` · `flags`. */
  measure: string;
  /** Stored and live values as text (numbers rendered by the engine, tiers and actions as keys). */
  before: string;
  after: string;
  /** live − stored for numbers, 0 otherwise. */
  delta: number;
}

/** What the customer value panel shows for one account, in one cacheable call. */
export interface AccountValueResponse {
  accountId: string;
  /** ISO date of the live computation ("today"). */
  computedOn: string;
  stored: StoredAccountValue;
  live: ValueResult;
  /**
   * How the live tier was found: `cutoffs` (the last run's portfolio cut-offs or the absolute thresholds) or `stored`
   * (percentile tiers without cut-offs: the portfolio position is the stored one until the next run).
   */
  liveTierBasis: string;
  /** Stored versus live; empty when nothing changed or the account was never scored. */
  changes: ValueChange[];
  /** Live breakdown of the score (points add up to `live.score`). */
  components: ValueComponentLine[];
  money: MoneyBreakdown;
  /** Top reasons, strongest first (at most three). */
  reasons: LabelledText[];
  riskSignals: RiskSignal[];
  clv: ClvForecast;
  play: RecommendedPlay;
  findings: DataQualityFinding[];
}

/** One period of the 12-month trend. */
export interface ValueHistoryPoint {
  /** ISO date of the period end. */
  periodEnd: string;
  score: number;
  tier: string;
  netValue: number;
  /** True when the tier differs from the previous point's (marked on the line). */
  tierChanged: boolean;
}

/** The score and tier trend of an account from its snapshots, oldest first. */
export interface ValueHistoryResponse {
  accountId: string;
  points: ValueHistoryPoint[];
}

/** The result of a tier override: what is in force now. */
export interface TierOverrideResponse {
  accountId: string;
  tierOverride: TierOverrideInfo;
}

/** Accounts, revenue and net value of one tier (exact sums of the scoring run). */
export interface TierSummary {
  /** `D1`…`D4`. */
  tier: string;
  accounts: number;
  revenue: number;
  netValue: number;
}

/**
 * A headline figure of the Portfolio tab, with the same figure at the end of the previous month. Shares, rates, the
 * Gini and homogeneity indexes are fractions (0.42, not 42).
 */
export interface PortfolioKpi {
  /**
   * `accounts` · `revenue` · `net_value` · `value_destroying_share` · `top20_revenue_share` · `gini_revenue` ·
   * `strategic_share` · `homogeneity` · `target_coherence` · `retention_rate` · `net_revenue_retention` ·
   * `gross_revenue_retention`.
   */
  kpi: string;
  /** `count` · `money` · `share` (a fraction shown as a percent) · `index` (0–1). */
  unit: string;
  value: number;
  /** False when the figure is read from the value sketch (within `sketchErrorBound`); true for exact sums and counts. */
  exact: boolean;
  /** False when no snapshot of an earlier month holds the figure. */
  hasPrevious: boolean;
  previous: number;
}

/** Accounts in one quadrant of the value × cost-to-serve matrix. */
export interface QuadrantSummary {
  /** `high_value_low_cost` · `high_value_high_cost` · `low_value_low_cost` · `low_value_high_cost`. */
  quadrant: string;
  accounts: number;
}

/** A point of a Pareto curve: the top `accountShare` of accounts hold `valueShare` of the total (fractions). */
export interface ParetoPointView {
  accountShare: number;
  valueShare: number;
}

/** One account of the matrix's scatter (a bounded sample). */
export interface MatrixPoint {
  accountId: string;
  name: string;
  tier: string;
  grossMargin: number;
  costToServe: number;
  netValue: number;
}

/** A choice of a drill-down filter. */
export interface FilterOption {
  value: string;
  /** What the user reads (`label` is an Apex reserved word). */
  text: string;
}

/** The Portfolio tab's figures, from the latest completed scoring run and a bounded sample — not from every account. */
export interface PortfolioSummaryResponse {
  /** ISO date of the portfolio snapshot (`''` before the first run). */
  asOf: string;
  accounts: number;
  totalNetValue: number;
  /** Net-value Gini (from the sketch). */
  gini: number;
  kpis: PortfolioKpi[];
  tiers: TierSummary[];
  quadrants: QuadrantSummary[];
  /** The matrix's lines: gross margin from which an account is high value, cost to serve from which it is high cost. */
  valueThreshold: number;
  costThreshold: number;
  revenuePareto: ParetoPointView[];
  netValuePareto: ParetoPointView[];
  /** At most 50 accounts per tier. */
  sample: MatrixPoint[];
  /** Relative error bound of every figure read from the sketch (0.01 = 1 %; the Gini within 0.01 absolute). */
  sketchErrorBound: number;
  owners: FilterOption[];
  industries: FilterOption[];
  countries: FilterOption[];
}

/** The portfolio at one month end (the last completed run of that month). */
export interface PortfolioHistoryPoint {
  /** ISO date of the run's as-of date. */
  periodEnd: string;
  accounts: number;
  netValue: number;
  tiers: TierSummary[];
}

/** The figures a separation is assessed on, and the guardrail's verdict. */
export interface SeparationAssessment {
  accountName: string;
  tier: string;
  score: number;
  revenue: number;
  grossMargin: number;
  costToServe: number;
  netValue: number;
  /** Potential and influence 0–100, strategic fit 0–1, churn probability 0–1. */
  potential: number;
  influence: number;
  strategicFit: number;
  churnProbability: number;
  /** True when an influential customer (most valued) could talk about the separation. */
  reputationRisk: boolean;
  flags: string[];
  recommendedAction: string;
  /** Flag keys that block separation (`high_potential`, `most_valued_customer`, `strategic`); empty when none. */
  guardrailReasons: string[];
  /** Contract constraints: type, end date (`''` unknown), own notice clause in months (0 when none). */
  contractType: string;
  contractEndDate: string;
  contractNoticeMonths: number;
  relationshipStartDate: string;
  country: string;
}

/** The notice owed, computed (never typed): the rule that gave it and the effective end date. */
export interface SeparationNotice {
  months: number;
  /** Months the policy alone gives; the cap when the relationship start is unknown. */
  policyMonths: number;
  policyName: string;
  capMonths: number;
  minimumMonths: number;
  /** False when the relationship start is unknown: the policy's cap applies (never the minimum). */
  relationshipStartKnown: boolean;
  relationshipYears: number;
  contractClauseApplied: boolean;
  contractNoticeMonths: number;
  /** True when the path's price increase or service cut reaches the policy's partial-rupture threshold. */
  partialRupture: boolean;
  partialRuptureThreshold: number;
  noticeDate: string;
  effectiveEndDate: string;
}

/** A referral partner ranked for the account, with what matched (the reasons for its rank). */
export interface RankedReferralPartner {
  partnerId: string;
  name: string;
  rank: number;
  /** 0–10: 3 × industry + 2 × region + 1 × size + 4 × share of the needs served. */
  score: number;
  industryMatch: boolean;
  regionMatch: boolean;
  sizeMatch: boolean;
  needsMatched: number;
  contactName: string;
}

/** The letter to the customer and the rep's talking points. */
export interface SeparationLetter {
  /** `en` · `fr`. */
  language: string;
  subject: string;
  /** Plain text, paragraphs separated by a blank line: the generated text, or the rep's edit. */
  body: string;
  talkingPoints: string[];
  /** Merge fields without a value (shown `[field]` in the text). */
  missingFields: string[];
  /** True when the rep edited the generated text. */
  edited: boolean;
  /** False once approved: the sent text is kept verbatim. */
  editable: boolean;
}

/** One immutable entry of the plan's audit trail (Separation_Event__c). */
export interface SeparationEventLine {
  action: string;
  fromStatus: string;
  toStatus: string;
  actorName: string;
  occurredAt: string;
  comment: string;
}

/** What the separation wizard shows for an account: the plan (saved or not yet), and every step's data. */
export interface SeparationPlanResponse {
  accountId: string;
  /** `''` until the first step is saved. */
  planId: string;
  /** The plan's version: a save must send it back; a save on an older version is refused. */
  version: string;
  /** Engine status (`draft` … `closed`, `rejected`, `cancelled`). */
  status: string;
  /** Actions the engine's state machine allows from the status. */
  allowedActions: string[];
  /** True when the user may approve, reject and override (custom permission). */
  userIsManager: boolean;
  assessment: SeparationAssessment;
  guardrailBlocked: boolean;
  guardrailOverridden: boolean;
  overrideReason: string;
  /** `price_increase` · `service_reduction` · `standard_offer` · `referral` · `end_relationship`, `''` when not chosen. */
  path: string;
  /** The honest reason, said in the letter. */
  reason: string;
  /** Why the milder steps before the path are not chosen (the rep's words). */
  pathRationale: string;
  newPrice: number;
  /** Price increase as a share (0.12 = +12 %). */
  priceIncrease: number;
  /** Share of the service removed. */
  serviceReduction: number;
  serviceChange: string;
  alternativeOffer: string;
  notice: SeparationNotice;
  letter: SeparationLetter;
  partners: RankedReferralPartner[];
  partnerId: string;
  customerConsent: boolean;
  approvedBy: string;
  approvalComment: string;
  effectiveDate: string;
  tasks: string[];
  outcome: string;
  anonymizeAfter: string;
  events: SeparationEventLine[];
}

/** A change to a separation plan: an engine action (or `save` to keep edits without a transition). */
export interface SeparationActionInput {
  accountId: string;
  planId: string;
  /** The version the user edited; `''` for a new plan. */
  version: string;
  /** `save` or a separation action (`assess`, `choose_path`, `override_guardrail`, `submit_for_approval`, …). */
  action: string;
  /** The honest reason (choose_path), the override's reason, the approval or rejection comment, the cancel reason. */
  reason: string;
  pathRationale: string;
  path: string;
  newPrice: number;
  priceIncrease: number;
  serviceReduction: number;
  serviceChange: string;
  alternativeOffer: string;
  letterLanguage: string;
  /** The rep's edited letter; `''` keeps the generated text. */
  letterBody: string;
  partnerId: string;
  customerConsent: boolean;
  /** ISO date: the planned notice date (choose_path, save), the notice (send_notice), the effective end (make_effective); `''` = today. */
  actionDate: string;
  outcome: string;
}

/** A retention play for an account: proposed (not started) or running, with its concession and outcome. */
export interface RetentionPlayResponse {
  accountId: string;
  /** `''` while only proposed. */
  playRunId: string;
  version: string;
  /** `proposed` (not started) · `in_progress` · `completed`. */
  status: string;
  tier: string;
  /** `director_visit` · `rep_visit` · `care_call` · `letter`. */
  play: string;
  /** Task label keys, in order. */
  tasks: string[];
  followUpDate: string;
  /** Call script or letter in the customer's language. */
  language: string;
  scriptSubject: string;
  script: string;
  concessionCap: number;
  concessionRequested: number;
  concessionApprovalNeeded: boolean;
  concessionApproved: boolean;
  concessionApprovedBy: string;
  userIsManager: boolean;
  /** `retained` · `lost`, `''` until recorded. */
  outcome: string;
  /** Win-back decision for a departing account: `worth_it` · `not_worth_it`, with its reason label key. */
  winBack: string;
  winBackReasonKey: string;
}

/** A change to a retention play: `start`, `approve_concession`, `reject_concession` or `record_outcome`. */
export interface RetentionPlayInput {
  accountId: string;
  playRunId: string;
  version: string;
  action: string;
  language: string;
  concession: number;
  comment: string;
  outcome: string;
}

/** The tier mix month by month, oldest first (at most 12 months). */
export interface PortfolioHistoryResponse {
  points: PortfolioHistoryPoint[];
}

/**
 * A page of the drill-down list. Keyset paging: the cursor is the sort value and Id of the last row shown (forward)
 * or of the first row shown (`backward`); an empty `cursorId` asks for the first page.
 */
export interface PortfolioListRequest {
  /** Tiers to keep (`D1`…`D4`); empty keeps all. */
  tiers: string[];
  /** Owner's user Id; `''` for every owner. */
  ownerId: string;
  industry: string;
  country: string;
  /** `at_risk` · `not_at_risk` · `''`. */
  risk: string;
  /** Flags every listed account carries (`most_valued_customer`, `high_potential`, `strategic`, `data_incomplete`). */
  flags: string[];
  /** `score` · `net_value` · `cost_to_serve` · `churn`. */
  sortBy: string;
  descending: boolean;
  /** 1–2 000 (the tab asks for 50; the CSV export for 2 000 at a time). */
  pageSize: number;
  cursorId: string;
  cursorValue: number;
  backward: boolean;
}

/** One row of the drill-down list: the stored result of the last scoring run. */
export interface PortfolioAccountRow {
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
  /** The row's value of the sort field (the next request's cursor). */
  sortValue: number;
}

export interface PortfolioListPage {
  rows: PortfolioAccountRow[];
  hasNext: boolean;
  hasPrevious: boolean;
  /** Accounts matching the filters, when known without counting every account (no filter, or tiers only). */
  totalKnown: boolean;
  total: number;
}

/** A stratum of the portfolio for the Value Settings what-if: the accounts holding a stored tier (`''` never scored). */
export interface SettingsStratum {
  stratum: string;
  accounts: number;
}

/** Where a Value Settings save stands: the Metadata API deployment it started and its outcome. */
export interface SettingsDeploymentStatus {
  /** Metadata API deployment job Id; `''` when nothing was saved yet. */
  deploymentId: string;
  /** `none` · `pending` · `succeeded` · `failed`. */
  status: string;
  /** The platform's error when it failed, `''` otherwise. */
  message: string;
  /** Name of the user who saved. */
  savedBy: string;
  /** ISO date-time (UTC) of the save. */
  savedAt: string;
  /** Changed fields of that save. */
  changeCount: number;
}

/** The Value Settings page: the configuration in force and what the what-if needs (admins only). */
export interface ValueSettingsResponse {
  /** The configuration in force, as the engine's ValueConfig serialised to JSON. */
  configJson: string;
  /** ISO date the what-if scores on. */
  today: string;
  /** Accounts per stored tier, the what-if's strata. */
  strata: SettingsStratum[];
  lastDeployment: SettingsDeploymentStatus;
}

/** One account for the what-if: its latest facts (from its latest value snapshot) as the engine's AccountFacts JSON. */
export interface WhatIfAccountFacts {
  accountId: string;
  name: string;
  stratum: string;
  factsJson: string;
}

/** A page of a stratum's accounts, in Id order. */
export interface WhatIfAccountsResponse {
  accounts: WhatIfAccountFacts[];
  /** Id to pass as `afterId` for the next page; `''` when the stratum has no more. */
  nextAfterId: string;
}

/** A configuration problem found by validateConfig: the path (`drivers[0].unitCost`) and its label key. */
export interface SettingsProblem {
  path: string;
  labelKey: string;
}

/** One saved change: the configuration path, the Custom Metadata record and field, the values before and after. */
export interface SettingsChange {
  path: string;
  record: string;
  field: string;
  before: string;
  after: string;
}

/** The answer to a save: refused with its problems, or accepted with the changes and the deployment started. */
export interface SettingsSaveResponse {
  accepted: boolean;
  problems: SettingsProblem[];
  changes: SettingsChange[];
  deployment: SettingsDeploymentStatus;
}

/** One measure of a retention objective: target, actual and the projection to 31 December (engine objectivePace). */
export interface ObjectiveMeasureView {
  /** `customers_retained` · `existing_revenue` · `upsell_revenue` · `retention_rate` (a fraction). */
  measure: string;
  target: number;
  actual: number;
  projected: number;
  /** actual ÷ target. */
  progress: number;
  willMiss: boolean;
}

/** A retention objective of the year with its progress and pace. */
export interface ObjectiveProgressView {
  objectiveId: string;
  name: string;
  /** The holder's name, or the team. */
  holder: string;
  /** Retention_Objective__c.Pace_Status__c: `no_target` · `not_started` · `on_pace` · `will_miss` · `met` · `missed`. */
  paceStatus: string;
  willMiss: boolean;
  /** ISO date-time (UTC) the scoring job last measured the actuals; `''` when never. */
  lastComputedAt: string;
  measures: ObjectiveMeasureView[];
}

/** The retention objectives of the current year (at most 200). */
export interface PortfolioObjectivesResponse {
  year: number;
  objectives: ObjectiveProgressView[];
}
