/**
 * The Portfolio tab's headline figures: one tile per KPI with its value, last month's value and the change, and its
 * definition one click away (the words of docs/ENGINE.md). A figure read from the value sketch says so.
 */
import { LightningElement, api } from 'lwc';
import { formatLabel } from 'c/valueLabels';
import { formatMoneyCompact, formatNumber, formatPercent } from 'c/valueFormat';
import accountsLabel from '@salesforce/label/c.Portfolio_Accounts';
import revenueLabel from '@salesforce/label/c.Panel_Revenue';
import netValueLabel from '@salesforce/label/c.Panel_Net_Value';
import valueDestroyingLabel from '@salesforce/label/c.Portfolio_Value_Destroying_Share';
import top20Label from '@salesforce/label/c.Portfolio_Top20_Revenue_Share';
import giniLabel from '@salesforce/label/c.Portfolio_Revenue_Gini';
import strategicLabel from '@salesforce/label/c.Portfolio_Strategic_Share';
import homogeneityLabel from '@salesforce/label/c.Portfolio_Homogeneity';
import coherenceLabel from '@salesforce/label/c.Portfolio_Target_Coherence';
import retentionLabel from '@salesforce/label/c.Portfolio_Retention_Rate';
import nrrLabel from '@salesforce/label/c.Portfolio_Net_Revenue_Retention';
import grrLabel from '@salesforce/label/c.Portfolio_Gross_Revenue_Retention';
import accountsDefinition from '@salesforce/label/c.Portfolio_Def_Accounts';
import revenueDefinition from '@salesforce/label/c.Portfolio_Def_Revenue';
import netValueDefinition from '@salesforce/label/c.Portfolio_Def_Net_Value';
import valueDestroyingDefinition from '@salesforce/label/c.Portfolio_Def_Value_Destroying_Share';
import top20Definition from '@salesforce/label/c.Portfolio_Def_Top20_Revenue_Share';
import giniDefinition from '@salesforce/label/c.Portfolio_Def_Gini_Revenue';
import strategicDefinition from '@salesforce/label/c.Portfolio_Def_Strategic_Share';
import homogeneityDefinition from '@salesforce/label/c.Portfolio_Def_Homogeneity';
import coherenceDefinition from '@salesforce/label/c.Portfolio_Def_Target_Coherence';
import retentionDefinition from '@salesforce/label/c.Portfolio_Def_Retention_Rate';
import nrrDefinition from '@salesforce/label/c.Portfolio_Def_Net_Revenue_Retention';
import grrDefinition from '@salesforce/label/c.Portfolio_Def_Gross_Revenue_Retention';
import previousLabel from '@salesforce/label/c.Portfolio_Kpi_Previous';
import previousChangeLabel from '@salesforce/label/c.Portfolio_Kpi_Previous_Change';
import pointsLabel from '@salesforce/label/c.Portfolio_Kpi_Points';
import noPreviousLabel from '@salesforce/label/c.Portfolio_Kpi_No_Previous';
import sketchLabel from '@salesforce/label/c.Portfolio_Kpi_From_Sketch';
import definitionLabel from '@salesforce/label/c.Portfolio_Kpi_Definition';

const KPI_TEXT: Readonly<Record<string, { name: string; definition: string }>> = {
  accounts: { name: accountsLabel, definition: accountsDefinition },
  revenue: { name: revenueLabel, definition: revenueDefinition },
  net_value: { name: netValueLabel, definition: netValueDefinition },
  value_destroying_share: { name: valueDestroyingLabel, definition: valueDestroyingDefinition },
  top20_revenue_share: { name: top20Label, definition: top20Definition },
  gini_revenue: { name: giniLabel, definition: giniDefinition },
  strategic_share: { name: strategicLabel, definition: strategicDefinition },
  homogeneity: { name: homogeneityLabel, definition: homogeneityDefinition },
  target_coherence: { name: coherenceLabel, definition: coherenceDefinition },
  retention_rate: { name: retentionLabel, definition: retentionDefinition },
  net_revenue_retention: { name: nrrLabel, definition: nrrDefinition },
  gross_revenue_retention: { name: grrLabel, definition: grrDefinition }
};

/** A KPI value in its unit: money compact, shares as percents, indexes with two decimals. */
export function formatKpi(unit: string, value: number): string {
  if (unit === 'money') return formatMoneyCompact(value);
  if (unit === 'share') return formatPercent(value);
  if (unit === 'index') return formatNumber(value, 2);
  return formatNumber(value);
}

/** The change since last month in the KPI's unit, signed: "+€12K", "+1.5 pts" (shares), "−0.02", "+3". */
export function formatKpiChange(unit: string, delta: number): string {
  // A word joiner after the sign: a line never breaks between the sign and the amount.
  const sign = delta > 0 ? '+\u2060' : delta < 0 ? '−\u2060' : '';
  const size = Math.abs(delta);
  if (unit === 'money') return sign + formatMoneyCompact(size);
  if (unit === 'share') return formatLabel(pointsLabel, sign + formatNumber(size * 100, 1));
  if (unit === 'index') return sign + formatNumber(size, 2);
  return sign + formatNumber(size);
}

/** Last month's value, with the change when there is one. */
function comparisonOf(kpi: CvpApi.PortfolioKpi): string {
  if (!kpi.hasPrevious) return noPreviousLabel;
  const previous = formatKpi(kpi.unit, kpi.previous);
  const delta = kpi.value - kpi.previous;
  return delta === 0
    ? formatLabel(previousLabel, previous)
    : formatLabel(previousChangeLabel, previous, formatKpiChange(kpi.unit, delta));
}

interface TileView {
  kpi: string;
  name: string;
  value: string;
  comparison: string;
  trendIcon: string;
  definition: string;
  open: boolean;
  expanded: string;
  sketchNote: string;
}

export default class PortfolioKpiTiles extends LightningElement {
  @api kpis: CvpApi.PortfolioKpi[] = [];
  /** Error bound of the sketch (0.01): relative for shares, absolute for the Gini coefficient. */
  @api sketchErrorBound = 0.01;

  private openKpis: string[] = [];
  readonly definitionLabel = definitionLabel;

  get tiles(): TileView[] {
    return this.kpis.map((kpi) => {
      const text = KPI_TEXT[kpi.kpi] ?? { name: kpi.kpi, definition: '' };
      const delta = kpi.value - kpi.previous;
      return {
        kpi: kpi.kpi,
        name: text.name,
        value: formatKpi(kpi.unit, kpi.value),
        comparison: comparisonOf(kpi),
        trendIcon: !kpi.hasPrevious || delta === 0 ? '' : delta > 0 ? 'utility:arrowup' : 'utility:arrowdown',
        definition: text.definition,
        open: this.openKpis.includes(kpi.kpi),
        expanded: this.openKpis.includes(kpi.kpi) ? 'true' : 'false',
        sketchNote: kpi.exact ? '' : formatLabel(sketchLabel, this.boundOf(kpi.unit))
      };
    });
  }

  /**
   * The sketch's error bound as the tile can be read: relative for shares ("1%"), absolute for an index such as the
   * Gini coefficient ("0.01", docs/ENGINE.md "Portfolio aggregate and sketch").
   */
  private boundOf(unit: string): string {
    return unit === 'index' ? formatNumber(this.sketchErrorBound, 2) : formatPercent(this.sketchErrorBound);
  }

  handleDefinition(event: Event): void {
    const kpi = (event.currentTarget as HTMLElement).dataset.kpi ?? '';
    this.openKpis = this.openKpis.includes(kpi)
      ? this.openKpis.filter((each) => each !== kpi)
      : [...this.openKpis, kpi];
  }
}
