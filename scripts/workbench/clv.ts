/**
 * The predictive part of the workbench's stored run: P(alive) and the 12-month CLV with its 95 % interval, as the org's
 * scoring job stores them (ClvService): the sample account's won-purchase history (the local adapter's mirror of
 * RevenueSelector.purchasesThrough) → the engine's calibration summary → clvPredictCustomer with the Model_Parameter
 * Custom Metadata. Computed on an account's first request and cached (start-up stays fast for large portfolios).
 */
import type {
  ClvOptions,
  ClvPurchaseSummary,
  ValueConfig
} from '../../force-app/main/default/lwc/valueEngine/valueEngine';
import {
  bgNbdParametersFromSettings,
  CLV_HORIZON_MONTHS,
  clvCustomerFromPurchases,
  clvHasPurchases,
  clvPredictCustomer,
  gammaGammaParametersFromSettings
} from '../../force-app/main/default/lwc/valueEngine/valueEngine';

/** What the stored run holds of the prediction (StoredAccountValue's fields). */
export interface StoredClv {
  probabilityAlive: number;
  clvKnown: boolean;
  clv: number;
  clvLower: number;
  clvUpper: number;
}

/** An account without purchases: no prediction (the org leaves the fields empty). */
export const UNKNOWN_CLV: StoredClv = { probabilityAlive: -1, clvKnown: false, clv: 0, clvLower: 0, clvUpper: 0 };

export class WorkbenchClv {
  private readonly cache = new Map<string, StoredClv>();
  private readonly options: ClvOptions;

  constructor(
    private readonly config: ValueConfig,
    private readonly summaries: Map<string, ClvPurchaseSummary>,
    private readonly today: string
  ) {
    this.options = {
      horizon: { value: CLV_HORIZON_MONTHS, unit: 'month' },
      annualDiscountRate: config.settings.costOfCapital,
      marginRate: config.settings.defaultMarginRate
    };
  }

  /** The stored prediction of a sample account (computed once). */
  forAccount(accountId: string): StoredClv {
    let stored = this.cache.get(accountId);
    if (stored === undefined) {
      stored = this.predict(this.summaries.get(accountId));
      this.cache.set(accountId, stored);
    }
    return stored;
  }

  private predict(summary: ClvPurchaseSummary | undefined): StoredClv {
    if (summary === undefined || !clvHasPurchases(summary)) return UNKNOWN_CLV;
    const purchases = bgNbdParametersFromSettings(this.config.modelParameters);
    const spend = gammaGammaParametersFromSettings(this.config.modelParameters);
    const customer = clvCustomerFromPurchases(summary, this.today, purchases.timeUnit);
    const prediction = clvPredictCustomer(purchases, spend, customer, this.options);
    const alive = prediction.probabilityAlive.estimate;
    const value = prediction.value;
    if (![alive, value.estimate, value.lower, value.upper].every(Number.isFinite)) return UNKNOWN_CLV;
    return {
      probabilityAlive: alive,
      clvKnown: true,
      clv: value.estimate,
      clvLower: value.lower,
      clvUpper: value.upper
    };
  }
}
