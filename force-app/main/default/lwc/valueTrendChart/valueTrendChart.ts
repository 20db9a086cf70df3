/**
 * 12-month trend of the value score with tier bands: Chart.js (c/chartElement) draws the line, each month's background
 * takes its tier's colour, and a tier change is marked on the line. The same figures are one click away as a table,
 * which is also what shows when the chart cannot load.
 */
import { api } from 'lwc';
import ChartElement from 'c/chartElement';
import { formatLabel, tierName } from 'c/valueLabels';
import { formatMonth } from 'c/valueFormat';
import trendLabel from '@salesforce/label/c.Panel_Trend_12_Months';
import captionLabel from '@salesforce/label/c.Panel_Trend_Table_Caption';
import monthLabel from '@salesforce/label/c.Panel_Month';
import scoreLabel from '@salesforce/label/c.Panel_Value_Score';
import tierLabel from '@salesforce/label/c.Portfolio_Tier';
import emptyLabel from '@salesforce/label/c.Panel_Trend_Empty';
import tierChangedLabel from '@salesforce/label/c.Panel_Tier_Changed';
import bandsLabel from '@salesforce/label/c.Panel_Trend_Bands';

interface ChartArea {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
interface DrawnChart {
  ctx: CanvasRenderingContext2D;
  chartArea: ChartArea;
  scales: { x: { getPixelForValue(index: number): number } };
}

/** Tier band colours (translucent), the same hues as the badge's chips. */
const TIER_BAND_COLOURS: Readonly<Record<string, string>> = {
  D1: 'rgba(46, 132, 74, 0.14)',
  D2: 'rgba(1, 118, 211, 0.12)',
  D3: 'rgba(116, 116, 116, 0.10)',
  D4: 'rgba(186, 5, 23, 0.12)'
};

/** Fills each month's column with its tier's colour, behind the line. */
function tierBandsPlugin(tiers: readonly string[]): object {
  return {
    id: 'cvpTierBands',
    beforeDatasetsDraw(chart: DrawnChart): void {
      const { ctx, chartArea, scales } = chart;
      const step = tiers.length > 1 ? scales.x.getPixelForValue(1) - scales.x.getPixelForValue(0) : 0;
      ctx.save();
      tiers.forEach((tier, index) => {
        const centre = scales.x.getPixelForValue(index);
        const left = index === 0 ? chartArea.left : centre - step / 2;
        const right = index === tiers.length - 1 ? chartArea.right : centre + step / 2;
        ctx.fillStyle = TIER_BAND_COLOURS[tier] ?? 'transparent';
        ctx.fillRect(left, chartArea.top, right - left, chartArea.bottom - chartArea.top);
      });
      ctx.restore();
    }
  };
}

export default class ValueTrendChart extends ChartElement {
  private historyPoints: CvpApi.ValueHistoryPoint[] = [];

  readonly trendLabel = trendLabel;
  readonly captionLabel = captionLabel;
  readonly monthLabel = monthLabel;
  readonly scoreLabel = scoreLabel;
  readonly tierLabel = tierLabel;
  readonly emptyLabel = emptyLabel;
  readonly bandsLabel = bandsLabel;

  /** Monthly points, oldest first. */
  @api
  get points(): CvpApi.ValueHistoryPoint[] {
    return this.historyPoints;
  }
  set points(value: CvpApi.ValueHistoryPoint[] | undefined) {
    this.historyPoints = value ?? [];
    this.chartDataChanged();
  }

  get hasPoints(): boolean {
    return this.historyPoints.length > 0;
  }

  get rows(): { key: string; month: string; score: number; tier: string; changedText: string }[] {
    return this.historyPoints.map((point) => ({
      key: point.periodEnd,
      month: formatMonth(point.periodEnd),
      score: Math.round(point.score),
      tier: tierName(point.tier),
      changedText: point.tierChanged ? formatLabel(tierChangedLabel, tierName(point.tier)) : ''
    }));
  }

  /** The legend of the tier bands: each tier the year went through, its colour and its name. */
  get bandLegend(): { tier: string; name: string; swatchStyle: string }[] {
    const tiers = [...new Set(this.historyPoints.map((point) => point.tier))].sort();
    return tiers.map((tier) => ({
      tier,
      name: tierName(tier),
      swatchStyle: `background: ${TIER_BAND_COLOURS[tier] ?? 'transparent'}`
    }));
  }

  /** The chart's text alternative: the tier changes in words. */
  get chartSummary(): string {
    const changes = this.historyPoints
      .filter((point) => point.tierChanged)
      .map((point) => `${formatLabel(tierChangedLabel, tierName(point.tier))} (${formatMonth(point.periodEnd)})`);
    return [trendLabel, ...changes].join('. ');
  }

  protected get hasChartData(): boolean {
    return this.hasPoints;
  }

  protected chartConfiguration(): object {
    const points = this.historyPoints;
    return {
      type: 'line',
      data: {
        labels: points.map((point) => formatMonth(point.periodEnd)),
        datasets: [
          {
            label: scoreLabel,
            data: points.map((point) => point.score),
            borderColor: '#0176d3',
            backgroundColor: '#0176d3',
            pointStyle: points.map((point) => (point.tierChanged ? 'rectRot' : 'circle')),
            pointRadius: points.map((point) => (point.tierChanged ? 7 : 3)),
            tension: 0.2
          }
        ]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { min: 0, max: 100, title: { display: true, text: scoreLabel } } },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              afterLabel: (item: { dataIndex: number }): string => {
                const point = points[item.dataIndex];
                return point.tierChanged ? formatLabel(tierChangedLabel, tierName(point.tier)) : tierName(point.tier);
              }
            }
          }
        }
      },
      plugins: [tierBandsPlugin(points.map((point) => point.tier))]
    };
  }
}
