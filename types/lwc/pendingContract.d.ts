// TEMPORARY (components branch): the contract engineer's apiTypes.ts in progress, until apex.d.ts is regenerated.
declare namespace CvpPending {
  interface LabelledText {
    labelKey: string;
    params: Record<string, string>;
  }

  /** One scoring result of an account: the stored one (last scoring run) or the live one (today's data). */
  interface ValueResult {
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
  interface TierOverrideInfo {
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
  interface StoredAccountValue {
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
    override: TierOverrideInfo;
  }

  /** One line of the "Why" breakdown: a score component, its points (the bars add up to the score) and its money. */
  interface ValueComponentLine {
    /** `net_value` · `potential` · `influence` · `strategic_fit` · `loyalty`. */
    component: string;
    points: number;
    maxPoints: number;
    /** Money behind the component (net value, weighted pipeline, referral revenue, 0, revenue kept). */
    amount: number;
  }

  /** One value driver's share of the cost to serve. */
  interface CostDriverLine {
    /** Value_Driver__mdt record name. */
    driver: string;
    /** Cost component (`support`, `payment_delay`, …). */
    component: string;
    quantity: number;
    cost: number;
  }

  /** The money behind net value: revenue × margin rate = gross margin, minus each cost-to-serve driver. */
  interface MoneyBreakdown {
    revenue: number;
    marginRate: number;
    grossMargin: number;
    costToServe: number;
    netValue: number;
    drivers: CostDriverLine[];
  }

  /** A churn risk signal with the date its figure was seen. */
  interface RiskSignal {
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
  interface ClvForecast {
    known: boolean;
    estimate: number;
    lower: number;
    upper: number;
    /** −1 when unknown. */
    probabilityAlive: number;
  }

  /** The recommended action with the retention play it starts and why. */
  interface RecommendedPlay {
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
  interface DataQualityFinding {
    field: string;
    problem: string;
  }

  /** A difference between the stored result and the live recomputation. */
  interface ValueChange {
    /** `tier` · `score` · `net_value` · `cost_to_serve` · `churn_probability` · `recommended_action` · `flags`. */
    measure: string;
    /** Stored and live values as text (numbers rendered by the engine, tiers and actions as keys). */
    before: string;
    after: string;
    /** live − stored for numbers, 0 otherwise. */
    delta: number;
  }

  /** What the customer value panel shows for one account, in one cacheable call. */
  interface AccountValueResponse {
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
  interface ValueHistoryPoint {
    /** ISO date of the period end. */
    periodEnd: string;
    score: number;
    tier: string;
    netValue: number;
    /** True when the tier differs from the previous point's (marked on the line). */
    tierChanged: boolean;
  }

  /** The score and tier trend of an account from its snapshots, oldest first. */
  interface ValueHistoryResponse {
    accountId: string;
    points: ValueHistoryPoint[];
  }

  /** The result of a tier override: what is in force now. */
  interface TierOverrideResponse {
    accountId: string;
    override: TierOverrideInfo;
  }
}

declare module '@salesforce/apex/CustomerValueController.getValueHistory' {
  const getValueHistory: CvpApi.ApexMethod<{ accountId: string; months: number }, CvpPending.ValueHistoryResponse>;
  export default getValueHistory;
}

declare module '@salesforce/apex/CustomerValueController.overrideTier' {
  const overrideTier: (params: {
    accountId: string;
    tier: string;
    reason: string;
  }) => Promise<CvpPending.TierOverrideResponse>;
  export default overrideTier;
}
