/**
 * The money behind net value: gross margin minus the cost to serve of each cost component (support, sales activity,
 * …; the drivers of one component added up), most costly first, so a rep sees where the margin goes.
 */
import { LightningElement, api } from 'lwc';
import { costComponentName, formatLabel } from 'c/valueLabels';
import { formatMoney } from 'c/valueFormat';
import grossMarginLabel from '@salesforce/label/c.Panel_Gross_Margin';
import costToServeLabel from '@salesforce/label/c.Panel_Cost_To_Serve';
import netValueLabel from '@salesforce/label/c.Panel_Net_Value';
import netValueDetail from '@salesforce/label/c.Panel_Net_Value_Detail';

export default class ValueCostDrivers extends LightningElement {
  @api money?: CvpApi.MoneyBreakdown;

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

  /** Cost per cost component (several drivers can share one), most costly first. */
  get drivers(): { key: string; name: string; cost: string }[] {
    const byComponent = new Map<string, number>();
    for (const line of this.money?.drivers ?? []) {
      byComponent.set(line.component, (byComponent.get(line.component) ?? 0) + line.cost);
    }
    return [...byComponent.entries()]
      .filter(([, cost]) => cost !== 0)
      .sort((a, b) => b[1] - a[1])
      .map(([component, cost]) => ({
        key: component,
        name: costComponentName(component),
        cost: formatMoney(-cost)
      }));
  }
}
