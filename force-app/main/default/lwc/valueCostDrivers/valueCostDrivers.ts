/**
 * The money behind net value: gross margin minus each cost-to-serve driver. Drivers are listed most costly first and
 * named by their cost component, so a rep sees where the margin goes.
 */
import { LightningElement, api } from 'lwc';
import { costComponentName, formatLabel } from 'c/valueLabels';
import { formatMoney } from 'c/valueFormat';
import grossMarginLabel from '@salesforce/label/c.Panel_Gross_Margin';
import costToServeLabel from '@salesforce/label/c.Panel_Cost_To_Serve';
import netValueLabel from '@salesforce/label/c.Panel_Net_Value';
import netValueDetail from '@salesforce/label/c.Panel_Net_Value_Detail';

export default class ValueCostDrivers extends LightningElement {
  @api money?: CvpPending.MoneyBreakdown;

  readonly grossMarginLabel = grossMarginLabel;
  readonly costToServeLabel = costToServeLabel;
  readonly netValueLabel = netValueLabel;

  get summary(): string {
    const money = this.money;
    return money ? formatLabel(netValueDetail, formatMoney(money.grossMargin), formatMoney(money.costToServe)) : '';
  }

  get grossMargin(): string {
    return formatMoney(this.money?.grossMargin ?? 0);
  }

  get netValue(): string {
    return formatMoney(this.money?.netValue ?? 0);
  }

  get drivers(): { key: string; costKey: string; name: string; cost: string }[] {
    return [...(this.money?.drivers ?? [])]
      .filter((line) => line.cost !== 0)
      .sort((a, b) => b.cost - a.cost)
      .map((line) => ({
        key: line.driver,
        costKey: `${line.driver}-cost`,
        name: costComponentName(line.component),
        cost: formatMoney(-line.cost)
      }));
  }
}
