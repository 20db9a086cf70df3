/**
 * The Portfolio tab (a Lightning app page) for sales managers: where the value is, where it is destroyed, and what
 * needs a decision. KPI tiles, the tier distribution, the value × cost-to-serve matrix, the Pareto curves, the tier
 * mix month by month (Chart.js, each with its table alternative) and the drill-down list. Figures come from the latest
 * scoring run's portfolio snapshot (PortfolioController): the page's cost does not grow with the number of accounts.
 * States: loading, no access (managers only: custom permission Customer_Value_View_Portfolio), error with retry,
 * no scoring run yet, data.
 */
import { LightningElement } from 'lwc';
import getPortfolioSummary from '@salesforce/apex/PortfolioController.getPortfolioSummary';
import getPortfolioHistory from '@salesforce/apex/PortfolioController.getPortfolioHistory';
import getPortfolioObjectives from '@salesforce/apex/PortfolioController.getPortfolioObjectives';
import hasPortfolioAccess from '@salesforce/customPermission/Customer_Value_View_Portfolio';
import { isNoAccessError } from 'c/customerValuePanel';
import { formatLabel, tierName } from 'c/valueLabels';
import { formatDate, formatMoney, formatMoneyCompact, formatMonth, formatNumber, formatPercent } from 'c/valueFormat';
import titleLabel from '@salesforce/label/c.Tab_Portfolio';
import asOfLabel from '@salesforce/label/c.Portfolio_As_Of';
import sketchNoteLabel from '@salesforce/label/c.Portfolio_Sketch_Note';
import noAccessLabel from '@salesforce/label/c.Portfolio_No_Access';
import emptyLabel from '@salesforce/label/c.Portfolio_Empty';
import errorTitle from '@salesforce/label/c.Portfolio_Error_Title';
import loadingLabel from '@salesforce/label/c.Common_Loading';
import tierLabel from '@salesforce/label/c.Portfolio_Tier';
import accountsLabel from '@salesforce/label/c.Portfolio_Accounts';
import accountLabel from '@salesforce/label/c.Portfolio_Account';
import revenueLabel from '@salesforce/label/c.Panel_Revenue';
import netValueLabel from '@salesforce/label/c.Panel_Net_Value';
import grossMarginLabel from '@salesforce/label/c.Panel_Gross_Margin';
import costLabel from '@salesforce/label/c.Panel_Cost_To_Serve';
import monthLabel from '@salesforce/label/c.Panel_Month';
import totalLabel from '@salesforce/label/c.Portfolio_Total';
import tiersTitle from '@salesforce/label/c.Portfolio_Tiers_Title';
import tiersSummaryLabel from '@salesforce/label/c.Portfolio_Tiers_Summary';
import tiersCaption from '@salesforce/label/c.Portfolio_Tiers_Caption';
import measureLabel from '@salesforce/label/c.Portfolio_Measure';
import matrixTitle from '@salesforce/label/c.Portfolio_Matrix_Title';
import matrixSummaryLabel from '@salesforce/label/c.Portfolio_Matrix_Summary';
import matrixCaption from '@salesforce/label/c.Portfolio_Matrix_Caption';
import matrixThresholdsLabel from '@salesforce/label/c.Portfolio_Matrix_Thresholds';
import highValueLowCostLabel from '@salesforce/label/c.Portfolio_Quadrant_High_Value_Low_Cost';
import highValueHighCostLabel from '@salesforce/label/c.Portfolio_Quadrant_High_Value_High_Cost';
import lowValueLowCostLabel from '@salesforce/label/c.Portfolio_Quadrant_Low_Value_Low_Cost';
import lowValueHighCostLabel from '@salesforce/label/c.Portfolio_Quadrant_Low_Value_High_Cost';
import paretoTitle from '@salesforce/label/c.Portfolio_Pareto_Title';
import paretoSummaryLabel from '@salesforce/label/c.Portfolio_Pareto_Summary';
import paretoCaption from '@salesforce/label/c.Portfolio_Pareto_Caption';
import accountShareLabel from '@salesforce/label/c.Portfolio_Account_Share';
import mixTitle from '@salesforce/label/c.Portfolio_Mix_Title';
import mixSummaryLabel from '@salesforce/label/c.Portfolio_Mix_Summary';
import mixCaption from '@salesforce/label/c.Portfolio_Mix_Caption';
import mixEmptyLabel from '@salesforce/label/c.Portfolio_Mix_Empty';

const TIERS = ['D1', 'D2', 'D3', 'D4'];
/** The badge's tier hues (a chart never relies on colour alone: legends, names and tables say the tier). */
const TIER_COLOURS: Readonly<Record<string, string>> = {
  D1: '#2e844a',
  D2: '#0176d3',
  D3: '#939393',
  D4: '#ba0517'
};
const QUADRANT_LABELS: Readonly<Record<string, string>> = {
  high_value_low_cost: highValueLowCostLabel,
  high_value_high_cost: highValueHighCostLabel,
  low_value_low_cost: lowValueLowCostLabel,
  low_value_high_cost: lowValueHighCostLabel
};

type Measure = 'accounts' | 'revenue' | 'netValue';

interface ChartRow {
  key: string;
  header: string;
  cells: string[];
}

/** The share of the total held by the top `share` of accounts, read on a Pareto curve (linear between points). */
export function shareAt(curve: readonly CvpApi.ParetoPointView[], share: number): number {
  for (let i = 1; i < curve.length; i++) {
    const [a, b] = [curve[i - 1], curve[i]];
    if (share <= b.accountShare) {
      const span = b.accountShare - a.accountShare;
      return span <= 0
        ? b.valueShare
        : a.valueShare + ((share - a.accountShare) / span) * (b.valueShare - a.valueShare);
    }
  }
  return curve.length > 0 ? curve[curve.length - 1].valueShare : 0;
}

export default class PortfolioOverview extends LightningElement {
  summary?: CvpApi.PortfolioSummaryResponse;
  history: CvpApi.PortfolioHistoryPoint[] = [];
  objectives?: CvpApi.PortfolioObjectivesResponse;
  objectivesError: unknown;
  error: unknown;
  historyError: unknown;
  loaded = false;
  measure: Measure = 'accounts';

  readonly hasAccess = hasPortfolioAccess === true;
  readonly titleLabel = titleLabel;
  readonly noAccessLabel = noAccessLabel;
  readonly emptyLabel = emptyLabel;
  readonly errorTitle = errorTitle;
  readonly loadingLabel = loadingLabel;
  readonly tiersTitle = tiersTitle;
  readonly tiersCaption = tiersCaption;
  readonly measureLabel = measureLabel;
  readonly matrixTitle = matrixTitle;
  readonly matrixCaption = matrixCaption;
  readonly paretoTitle = paretoTitle;
  readonly paretoCaption = paretoCaption;
  readonly mixTitle = mixTitle;
  readonly mixCaption = mixCaption;
  readonly mixEmptyLabel = mixEmptyLabel;
  readonly tierColumns = [tierLabel, accountsLabel, revenueLabel, netValueLabel];
  readonly matrixColumns = [accountLabel, tierLabel, grossMarginLabel, costLabel, netValueLabel];
  readonly paretoColumns = [accountShareLabel, revenueLabel, netValueLabel];
  readonly mixColumns = [monthLabel, ...TIERS.map(tierName), totalLabel];

  connectedCallback(): void {
    void this.load();
  }

  private async load(): Promise<void> {
    if (!this.hasAccess) {
      this.loaded = true;
      return;
    }
    this.loaded = false;
    const [summary, history, objectives] = await Promise.allSettled([
      getPortfolioSummary({}),
      getPortfolioHistory({}),
      getPortfolioObjectives({})
    ]);
    if (objectives.status === 'fulfilled') {
      this.objectives = objectives.value;
      this.objectivesError = undefined;
    } else {
      this.objectives = undefined;
      this.objectivesError = objectives.reason;
    }
    if (summary.status === 'fulfilled') {
      this.summary = summary.value;
      this.error = undefined;
    } else {
      this.summary = undefined;
      this.error = summary.reason;
    }
    if (history.status === 'fulfilled') {
      this.history = history.value.points;
      this.historyError = undefined;
    } else {
      this.history = [];
      this.historyError = history.reason;
    }
    this.loaded = true;
  }

  handleRetry(): void {
    void this.load();
  }

  get isLoading(): boolean {
    return !this.loaded;
  }

  get noAccess(): boolean {
    return this.loaded && (!this.hasAccess || isNoAccessError(this.error));
  }

  get hasError(): boolean {
    return this.loaded && !this.noAccess && this.error !== undefined;
  }

  get isEmpty(): boolean {
    return this.loaded && !this.noAccess && !this.hasError && (this.summary?.accounts ?? 0) === 0;
  }

  get hasData(): boolean {
    return this.loaded && !this.noAccess && !this.hasError && (this.summary?.accounts ?? 0) > 0;
  }

  get asOfText(): string {
    const summary = this.summary;
    return summary ? formatLabel(asOfLabel, formatDate(summary.asOf), formatNumber(summary.accounts)) : '';
  }

  get sketchNote(): string {
    return formatLabel(sketchNoteLabel, formatPercent(this.summary?.sketchErrorBound ?? 0.01));
  }

  // Tier distribution

  get measureOptions(): { label: string; value: Measure }[] {
    return [
      { label: accountsLabel, value: 'accounts' },
      { label: revenueLabel, value: 'revenue' },
      { label: netValueLabel, value: 'netValue' }
    ];
  }

  handleMeasure(event: CustomEvent<{ value: Measure }>): void {
    this.measure = event.detail.value;
  }

  private get tiers(): CvpApi.TierSummary[] {
    return this.summary?.tiers ?? [];
  }

  get tierConfig(): object {
    const measure = this.measure;
    const label = this.measureOptions.find((option) => option.value === measure)?.label ?? '';
    const money = measure !== 'accounts';
    return {
      type: 'bar',
      data: {
        labels: this.tiers.map((tier) => tierName(tier.tier)),
        datasets: [
          {
            label,
            data: this.tiers.map((tier) => tier[measure]),
            backgroundColor: this.tiers.map((tier) => TIER_COLOURS[tier.tier] ?? '#747474')
          }
        ]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: false } },
        scales: {
          y: {
            title: { display: true, text: label },
            ticks: { callback: (value: number): string => (money ? formatMoneyCompact(value) : formatNumber(value)) }
          }
        }
      }
    };
  }

  get tierSummary(): string {
    return formatLabel(
      tiersSummaryLabel,
      ...this.tiers.map((tier) => `${tierName(tier.tier)}: ${formatNumber(tier.accounts)}`),
      formatNumber(this.summary?.accounts ?? 0)
    );
  }

  get tierRows(): ChartRow[] {
    const rows = this.tiers.map((tier) => ({
      key: tier.tier,
      header: tierName(tier.tier),
      cells: [formatNumber(tier.accounts), formatMoney(tier.revenue), formatMoney(tier.netValue)]
    }));
    const sum = (pick: (tier: CvpApi.TierSummary) => number): number =>
      this.tiers.reduce((total, tier) => total + pick(tier), 0);
    rows.push({
      key: 'total',
      header: totalLabel,
      cells: [
        formatNumber(sum((tier) => tier.accounts)),
        formatMoney(sum((tier) => tier.revenue)),
        formatMoney(sum((tier) => tier.netValue))
      ]
    });
    return rows;
  }

  // Value × cost-to-serve matrix

  get quadrants(): { key: string; label: string; count: string; cssClass: string }[] {
    const order = ['high_value_high_cost', 'high_value_low_cost', 'low_value_high_cost', 'low_value_low_cost'];
    return order.map((key) => {
      const quadrant = this.summary?.quadrants.find((each) => each.quadrant === key);
      return {
        key,
        label: QUADRANT_LABELS[key] ?? key,
        count: formatNumber(quadrant?.accounts ?? 0),
        cssClass: `slds-box slds-box_small slds-text-align_center quadrant quadrant_${key}`
      };
    });
  }

  get matrixThresholds(): string {
    return formatLabel(
      matrixThresholdsLabel,
      formatMoney(this.summary?.valueThreshold ?? 0),
      formatMoney(this.summary?.costThreshold ?? 0),
      formatNumber(this.summary?.sample.length ?? 0)
    );
  }

  get matrixConfig(): object {
    const sample = this.summary?.sample ?? [];
    return {
      type: 'scatter',
      data: {
        datasets: TIERS.map((tier) => ({
          label: tierName(tier),
          data: sample
            .filter((point) => point.tier === tier)
            .map((point) => ({ x: point.costToServe, y: point.grossMargin, name: point.name })),
          backgroundColor: TIER_COLOURS[tier],
          // A cross is drawn by its border only: without the tier's colour it would be the default faint grey.
          borderColor: TIER_COLOURS[tier],
          borderWidth: tier === 'D4' ? 2 : 1,
          pointStyle: ['circle', 'rect', 'triangle', 'crossRot'][TIERS.indexOf(tier)],
          pointRadius: 4
        }))
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        // The legend shows each tier's marker shape, so the tiers are told apart without colour.
        plugins: { legend: { labels: { usePointStyle: true, boxHeight: 8 } } },
        scales: {
          x: {
            title: { display: true, text: costLabel },
            ticks: { callback: (value: number): string => formatMoneyCompact(value) }
          },
          y: {
            title: { display: true, text: grossMarginLabel },
            ticks: { callback: (value: number): string => formatMoneyCompact(value) }
          }
        }
      }
    };
  }

  get matrixSummary(): string {
    return formatLabel(matrixSummaryLabel, ...this.quadrants.map((quadrant) => `${quadrant.label}: ${quadrant.count}`));
  }

  get matrixRows(): ChartRow[] {
    return (this.summary?.sample ?? []).map((point) => ({
      key: point.accountId,
      header: point.name,
      cells: [
        tierName(point.tier),
        formatMoney(point.grossMargin),
        formatMoney(point.costToServe),
        formatMoney(point.netValue)
      ]
    }));
  }

  // Pareto curves

  get paretoConfig(): object {
    const curve = (points: readonly CvpApi.ParetoPointView[]): { x: number; y: number }[] =>
      points.map((point) => ({ x: point.accountShare * 100, y: point.valueShare * 100 }));
    return {
      type: 'line',
      data: {
        datasets: [
          {
            label: revenueLabel,
            data: curve(this.summary?.revenuePareto ?? []),
            borderColor: '#0176d3',
            backgroundColor: '#0176d3',
            pointStyle: 'circle'
          },
          {
            label: netValueLabel,
            data: curve(this.summary?.netValuePareto ?? []),
            borderColor: '#2e844a',
            backgroundColor: '#2e844a',
            borderDash: [6, 4],
            pointStyle: 'rect'
          }
        ]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        parsing: false,
        scales: {
          x: {
            type: 'linear',
            min: 0,
            max: 100,
            title: { display: true, text: accountShareLabel },
            ticks: { callback: (value: number): string => formatPercent(value / 100) }
          },
          y: { ticks: { callback: (value: number): string => formatPercent(value / 100) } }
        }
      }
    };
  }

  get paretoSummary(): string {
    return formatLabel(
      paretoSummaryLabel,
      formatPercent(shareAt(this.summary?.revenuePareto ?? [], 0.2)),
      formatPercent(shareAt(this.summary?.netValuePareto ?? [], 0.2))
    );
  }

  get paretoRows(): ChartRow[] {
    const revenue = this.summary?.revenuePareto ?? [];
    const netValue = this.summary?.netValuePareto ?? [];
    return revenue.map((point, index) => ({
      key: `p${index}`,
      header: formatPercent(point.accountShare),
      cells: [formatPercent(point.valueShare), netValue[index] ? formatPercent(netValue[index].valueShare) : '']
    }));
  }

  // Tier mix month by month

  get hasHistory(): boolean {
    return this.history.length > 0;
  }

  get hasObjectivesError(): boolean {
    return this.objectivesError !== undefined;
  }

  get hasHistoryError(): boolean {
    return this.historyError !== undefined;
  }

  get mixConfig(): object {
    return {
      type: 'bar',
      data: {
        labels: this.history.map((point) => formatMonth(point.periodEnd)),
        datasets: TIERS.map((tier) => ({
          label: tierName(tier),
          data: this.history.map((point) => point.tiers.find((each) => each.tier === tier)?.accounts ?? 0),
          backgroundColor: TIER_COLOURS[tier]
        }))
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { stacked: true }, y: { stacked: true, title: { display: true, text: accountsLabel } } }
      }
    };
  }

  get mixSummary(): string {
    const first = this.history.at(0);
    const last = this.history.at(-1);
    const d4 = (point: CvpApi.PortfolioHistoryPoint | undefined): string =>
      formatNumber(point?.tiers.find((tier) => tier.tier === 'D4')?.accounts ?? 0);
    return formatLabel(
      mixSummaryLabel,
      first ? formatMonth(first.periodEnd) : '',
      last ? formatMonth(last.periodEnd) : '',
      d4(first),
      d4(last)
    );
  }

  get mixRows(): ChartRow[] {
    return this.history.map((point) => ({
      key: point.periodEnd,
      header: formatMonth(point.periodEnd),
      cells: [
        ...TIERS.map((tier) => formatNumber(point.tiers.find((each) => each.tier === tier)?.accounts ?? 0)),
        formatNumber(point.accounts)
      ]
    }));
  }
}
