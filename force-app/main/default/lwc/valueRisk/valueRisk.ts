/**
 * Risk: churn probability and P(alive) as plain percentages with what they mean, and the signals that moved them,
 * each with the date it was seen.
 */
import { LightningElement, api } from 'lwc';
import { engineText, formatLabel } from 'c/valueLabels';
import { formatDate, formatPercent } from 'c/valueFormat';
import riskLabel from '@salesforce/label/c.Panel_Risk';
import churnLabel from '@salesforce/label/c.Panel_Churn_Probability';
import churnMeaning from '@salesforce/label/c.Panel_Churn_Meaning';
import aliveLabel from '@salesforce/label/c.Panel_P_Alive';
import aliveMeaning from '@salesforce/label/c.Panel_P_Alive_Meaning';
import signalsLabel from '@salesforce/label/c.Panel_Risk_Signals';
import signalSeen from '@salesforce/label/c.Panel_Signal_Seen';
import contractEnd from '@salesforce/label/c.Panel_Signal_Contract_End';
import noSignals from '@salesforce/label/c.Panel_No_Risk_Signals';
import notAvailable from '@salesforce/label/c.Panel_Not_Available';

export default class ValueRisk extends LightningElement {
  @api churnProbability = 0;
  /** 0–1, or −1 when unknown. */
  @api probabilityAlive = -1;
  @api signals: CvpApi.RiskSignal[] = [];

  readonly riskLabel = riskLabel;
  readonly churnLabel = churnLabel;
  readonly churnMeaning = churnMeaning;
  readonly aliveLabel = aliveLabel;
  readonly aliveMeaning = aliveMeaning;
  readonly signalsLabel = signalsLabel;
  readonly noSignals = noSignals;

  get churnText(): string {
    return formatPercent(this.churnProbability);
  }

  get aliveText(): string {
    return this.probabilityAlive >= 0 ? formatPercent(this.probabilityAlive) : notAvailable;
  }

  get activeSignals(): { key: string; text: string; seen: string }[] {
    return this.signals
      .filter((signal) => signal.active && signal.labelKey !== '')
      .map((signal) => ({
        key: signal.signal,
        text: engineText(signal.labelKey),
        // The renewal signal's date is the contract end, ahead of today: said as such, not as "seen on".
        seen: signal.seenOn
          ? formatLabel(signal.signal === 'renewal_due' ? contractEnd : signalSeen, formatDate(signal.seenOn))
          : ''
      }));
  }

  get hasSignals(): boolean {
    return this.activeSignals.length > 0;
  }
}
