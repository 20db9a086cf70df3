/**
 * The top reasons for the score as sentences: each engine label key rendered with its parameters. The engine sends
 * numbers as plain text and cost drivers by record name; they are shown here in the user's locale, money with its
 * currency, a driver by its cost component.
 */
import { LightningElement, api } from 'lwc';
import { costComponentName, engineText } from 'c/valueLabels';
import { formatMoney, formatNumber } from 'c/valueFormat';
import topReasonsLabel from '@salesforce/label/c.Panel_Top_Reasons';

/** Parameters that carry an amount of money. */
const MONEY_PARAMS = new Set(['netValue', 'cost']);
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** Parameters in the rep's words: numbers in the locale, money with its currency, a cost driver by its component. */
function localized(
  params: Readonly<Record<string, string>>,
  drivers: readonly CvpApi.CostDriverLine[]
): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const [name, text] of Object.entries(params)) {
    const driver = name === 'driver' ? drivers.find((line) => line.driver === text) : undefined;
    if (driver) shown[name] = costComponentName(driver.component).toLowerCase();
    else if (!PLAIN_NUMBER.test(text)) shown[name] = text;
    else shown[name] = MONEY_PARAMS.has(name) ? formatMoney(Number(text)) : formatNumber(Number(text));
  }
  return shown;
}

export default class ValueTopReasons extends LightningElement {
  @api reasons: CvpApi.LabelledText[] = [];
  /** The cost drivers, to name the `driver` parameter by its cost component. */
  @api drivers: CvpApi.CostDriverLine[] = [];

  readonly topReasonsLabel = topReasonsLabel;

  get hasReasons(): boolean {
    return this.reasons.length > 0;
  }

  get sentences(): { key: string; text: string }[] {
    return this.reasons.map((reason, index) => ({
      key: `${index}-${reason.labelKey}`,
      text: engineText(reason.labelKey, localized(reason.params, this.drivers))
    }));
  }
}
