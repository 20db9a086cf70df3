/**
 * Request and response shapes of the controller API (the contract's types). Written in the engine subset: the
 * generator turns them into the Apex class CVP_ApiTypes (one inner class per interface, @AuraEnabled fields) and
 * into the CvpApi namespace of types/lwc/apex.d.ts.
 */

/** One line of the value breakdown shown in the customer value panel. */
export interface ValueBreakdownLine {
  /** Stable key of the component (`net_value`, `potential`, …). */
  component: string;
  /** Points contributed to the score. */
  points: number;
  /** Underlying amount, in the org currency (0 when not an amount). */
  amount: number;
}

/** What the customer value panel shows for one account: stored result and fresh recomputation. */
export interface AccountValueResponse {
  accountId: string;
  /** Tier `D1`…`D4`. */
  tier: string;
  score: number;
  netValue: number;
  costToServe: number;
  churnProbability: number;
  recommendedAction: string;
  /** ISO date of the stored snapshot, absent when the account was never scored. */
  scoredOn?: string;
  breakdown: ValueBreakdownLine[];
  flags: string[];
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
