/**
 * Top card of the customer value panel: one sentence that sums the customer up, the recommended action as the primary
 * button, and net value with its trend over the last 12 months. The button fires `startplay` (the retention play
 * feature handles it); until that feature is switched on it is disabled and says why.
 */
import { LightningElement, api } from 'lwc';
import { actionDescription, actionName, engineText, formatLabel, tierShortName } from 'c/valueLabels';
import { formatMoney, formatSignedPercent } from 'c/valueFormat';
import summarySentence from '@salesforce/label/c.Panel_Summary_Sentence';
import revenueGrowing from '@salesforce/label/c.Panel_Revenue_Growing';
import revenueStable from '@salesforce/label/c.Panel_Revenue_Stable';
import revenueFalling from '@salesforce/label/c.Panel_Revenue_Falling';
import netValueUp from '@salesforce/label/c.Panel_Net_Value_Up';
import netValueDown from '@salesforce/label/c.Panel_Net_Value_Down';
import netValueFlat from '@salesforce/label/c.Panel_Net_Value_Flat';
import playNotAvailable from '@salesforce/label/c.Panel_Play_Not_Available';
import netValueLabel from '@salesforce/label/c.Panel_Net_Value';
import recommendedActionLabel from '@salesforce/label/c.Panel_Recommended_Action';

/** A revenue trend within ±5 % reads as stable. */
const STABLE_TREND = 0.05;

export default class ValueSummaryCard extends LightningElement {
  @api value?: CvpApi.AccountValueResponse;
  /** Score history, oldest first: the first point's net value is the trend's baseline. */
  @api history: CvpApi.ValueHistoryPoint[] = [];
  /** True once the retention play feature handles `startplay`. */
  @api playsEnabled = false;

  readonly netValueLabel = netValueLabel;
  readonly recommendedActionLabel = recommendedActionLabel;
  readonly playNotAvailable = playNotAvailable;

  get sentence(): string {
    const value = this.value;
    if (!value) return '';
    return formatLabel(
      summarySentence,
      tierShortName(value.live.tier),
      this.revenueWords,
      engineText(value.play.reasonKey)
    );
  }

  get revenueWords(): string {
    const trend = this.value?.riskSignals.find((signal) => signal.signal === 'revenue_trend');
    if (!trend?.known) return revenueStable;
    if (trend.amount > STABLE_TREND) return formatLabel(revenueGrowing, formatSignedPercent(trend.amount));
    if (trend.amount < -STABLE_TREND) return formatLabel(revenueFalling, formatSignedPercent(trend.amount));
    return revenueStable;
  }

  get actionLabel(): string {
    return actionName(this.value?.play.action ?? '');
  }

  get actionHelp(): string {
    return actionDescription(this.value?.play.action ?? '');
  }

  get hasAction(): boolean {
    return (this.value?.play.action ?? '') !== '';
  }

  get actionDisabled(): boolean {
    return !this.playsEnabled;
  }

  get netValue(): string {
    return formatMoney(this.value?.live.netValue ?? 0);
  }

  /** A value-destroying customer's net value reads in red (the minus sign says it too). */
  get netValueClass(): string {
    return (this.value?.live.netValue ?? 0) < 0
      ? 'slds-text-heading_medium slds-text-color_error'
      : 'slds-text-heading_medium';
  }

  /** Net value now against the oldest point of the 12-month history; nothing when there is no history. */
  get netValueTrend(): { icon: string; text: string; variant: string } | undefined {
    const baseline = this.history.length > 0 ? this.history[0] : undefined;
    if (!this.value || !baseline) return undefined;
    const change = this.value.live.netValue - baseline.netValue;
    const tolerance = Math.abs(baseline.netValue) * STABLE_TREND;
    if (change > tolerance) return { icon: 'utility:arrowup', text: netValueUp, variant: 'success' };
    if (change < -tolerance) return { icon: 'utility:arrowdown', text: netValueDown, variant: 'error' };
    return { icon: 'utility:right', text: netValueFlat, variant: '' };
  }

  handleAction(): void {
    const value = this.value;
    if (!value) return;
    this.dispatchEvent(
      new CustomEvent('startplay', {
        bubbles: true,
        composed: true,
        detail: { accountId: value.accountId, action: value.play.action, play: value.play.play }
      })
    );
  }
}
