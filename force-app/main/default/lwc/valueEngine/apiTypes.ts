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

/** Accounts and value per tier, for the portfolio tab. */
export interface TierSummary {
  tier: string;
  accounts: number;
  netValue: number;
}

export interface PortfolioSummaryResponse {
  /** ISO date of the portfolio snapshot. */
  asOf: string;
  accounts: number;
  totalNetValue: number;
  gini: number;
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
  /** Points of the potential, influence and strategic-fit components of the score. */
  potentialPoints: number;
  influencePoints: number;
  strategicFitPoints: number;
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
  /** Why the milder steps before the path are not chosen (the rep's words). */
  reason: string;
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
  reason: string;
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
  /** ISO date of the notice (send_notice) or of the effective end (make_effective); `''` = today. */
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
