/**
 * "Why" bars: one horizontal bar per score component, its points and the money behind it. The points shown are
 * whole numbers rounded so that they add up to the score shown (largest remainder), and each bar's length is its
 * points out of 100, so the bars add up to the score on screen too.
 */
import { LightningElement, api } from 'lwc';
import { formatLabel, scoreComponentName } from 'c/valueLabels';
import { formatMoney } from 'c/valueFormat';
import whyLabel from '@salesforce/label/c.Panel_Why';
import totalLabel from '@salesforce/label/c.Panel_Why_Total';
import barLabel from '@salesforce/label/c.Panel_Why_Bar';
import moneyBehindLabel from '@salesforce/label/c.Panel_Money_Behind';
import componentLabel from '@salesforce/label/c.Panel_Component';
import pointsHeaderLabel from '@salesforce/label/c.Panel_Points_Header';

/** Components whose money figure means nothing (strategic fit is a 0–1 match, not an amount). */
const NO_MONEY = new Set(['strategic_fit']);

/**
 * Rounds each value to a whole number so that the rounded values add up to the rounded total (largest remainder
 * method): the bars and the total on screen always agree.
 */
export function roundToTotal(values: readonly number[]): number[] {
  const total = Math.round(values.reduce((sum, value) => sum + value, 0));
  const floors = values.map((value) => Math.floor(value));
  let missing = total - floors.reduce((sum, value) => sum + value, 0);
  const byRemainder = values
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (missing <= 0) break;
    floors[index] += 1;
    missing -= 1;
  }
  return floors;
}

interface BarRow {
  key: string;
  name: string;
  points: number;
  barStyle: string;
  barLabel: string;
  money: string;
}

export default class ValueScoreBars extends LightningElement {
  @api components: CvpApi.ValueComponentLine[] = [];

  readonly whyLabel = whyLabel;
  readonly moneyBehindLabel = moneyBehindLabel;
  readonly componentLabel = componentLabel;
  readonly pointsHeader = pointsHeaderLabel;

  get rows(): BarRow[] {
    const points = roundToTotal(this.components.map((line) => line.points));
    return this.components.map((line, index) => {
      const name = scoreComponentName(line.component);
      return {
        key: line.component,
        name,
        points: points[index],
        barStyle: `width: ${Math.max(0, Math.min(100, points[index]))}%`,
        barLabel: formatLabel(barLabel, name, points[index], Math.round(line.maxPoints)),
        money: NO_MONEY.has(line.component) ? '' : formatMoney(line.amount)
      };
    });
  }

  get totalText(): string {
    return formatLabel(
      totalLabel,
      this.rows.reduce((sum, row) => sum + row.points, 0)
    );
  }
}
