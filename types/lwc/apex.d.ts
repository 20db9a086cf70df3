// GENERATED FILE — DO NOT EDIT. Source: scripts/apexgen/contract/apiContract.ts and apiTypes.ts (npm run build:apex).
// Each @salesforce/apex import is both a Promise-returning function (imperative call) and a wire adapter (@wire).

declare namespace CvpApi {
  /** An Apex method as LWC sees it: call it imperatively, or use it with @wire. */
  type ApexMethod<Params extends Record<string, unknown>, Result> = ((params: Params) => Promise<Result>) &
    import('lwc').WireAdapterConstructor<Params, { data?: Result; error?: unknown }>;

  interface ValueBreakdownLine {
    component: string;
    points: number;
    amount: number;
  }

  interface AccountValueResponse {
    accountId: string;
    tier: string;
    score: number;
    netValue: number;
    costToServe: number;
    churnProbability: number;
    recommendedAction: string;
    scoredOn?: string;
    breakdown: CvpApi.ValueBreakdownLine[];
    flags: string[];
  }

  interface TierSummary {
    tier: string;
    accounts: number;
    netValue: number;
  }

  interface PortfolioSummaryResponse {
    asOf: string;
    accounts: number;
    totalNetValue: number;
    gini: number;
    tiers: CvpApi.TierSummary[];
  }
}

declare module '@salesforce/apex/CustomerValueController.getAccountValue' {
  /** CustomerValueController.getAccountValue (cacheable: usable with @wire). */
  const getAccountValue: CvpApi.ApexMethod<{ accountId: string }, CvpApi.AccountValueResponse>;
  export default getAccountValue;
}

declare module '@salesforce/apex/PortfolioController.getPortfolioSummary' {
  /** PortfolioController.getPortfolioSummary (cacheable: usable with @wire). */
  const getPortfolioSummary: CvpApi.ApexMethod<Record<string, never>, CvpApi.PortfolioSummaryResponse>;
  export default getPortfolioSummary;
}
