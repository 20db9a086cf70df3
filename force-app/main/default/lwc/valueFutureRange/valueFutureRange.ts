/**
 * Future value: the customer lifetime value forecast with its 95 % interval drawn as a range on a scale from zero
 * (or the lower bound when negative) to a little past the upper bound, so the spread is seen, not just read.
 */
import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/valueLabels';
import { formatMoney } from 'c/valueFormat';
import futureValueLabel from '@salesforce/label/c.Panel_Future_Value';
import clvLabel from '@salesforce/label/c.Panel_Customer_Lifetime_Value';
import intervalLabel from '@salesforce/label/c.Panel_Clv_Interval';
import notAvailable from '@salesforce/label/c.Panel_Clv_Not_Available';
import noInterval from '@salesforce/label/c.Panel_Clv_No_Interval';

/** Room right of the upper bound, as a share of the scale. */
const HEADROOM = 1.1;

export default class ValueFutureRange extends LightningElement {
  @api clv?: CvpApi.ClvForecast;

  readonly futureValueLabel = futureValueLabel;
  readonly clvLabel = clvLabel;
  readonly notAvailable = notAvailable;
  readonly noInterval = noInterval;

  get isKnown(): boolean {
    return this.clv?.known === true;
  }

  /**
   * A range collapsed to one point means the model parameters carry no covariance (no interval could be computed):
   * a band of zero width would claim a certainty the forecast does not have, so it is said in words instead.
   */
  get hasInterval(): boolean {
    const clv = this.clv;
    return clv !== undefined && clv.upper > clv.lower;
  }

  get estimate(): string {
    return formatMoney(this.clv?.estimate ?? 0);
  }

  get intervalText(): string {
    const clv = this.clv;
    return clv ? formatLabel(intervalLabel, formatMoney(clv.lower), formatMoney(clv.upper)) : '';
  }

  private position(amount: number): number {
    const clv = this.clv;
    if (!clv) return 0;
    const low = Math.min(0, clv.lower);
    const high = Math.max(clv.upper, clv.estimate, 1) * HEADROOM;
    return Math.max(0, Math.min(100, (100 * (amount - low)) / (high - low)));
  }

  get bandStyle(): string {
    const left = this.position(this.clv?.lower ?? 0);
    const right = this.position(this.clv?.upper ?? 0);
    return `left: ${left.toFixed(1)}%; width: ${Math.max(right - left, 0.5).toFixed(1)}%`;
  }

  get markerStyle(): string {
    return `left: ${this.position(this.clv?.estimate ?? 0).toFixed(1)}%`;
  }
}
