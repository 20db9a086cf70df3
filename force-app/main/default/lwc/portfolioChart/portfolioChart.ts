/**
 * One chart of the Portfolio tab with its table alternative: Chart.js (c/chartJsLoader) draws the figures it is given; the same figures are one click away as a table, which is also what shows when Chart.js cannot load. The
 * canvas carries a sentence that sums the chart up for screen readers.
 */
import { LightningElement, api } from 'lwc';
import type { ChartConstructor, ChartInstance } from 'c/chartJsLoader';
import { loadChartJs } from 'c/chartJsLoader';
import showTableLabel from '@salesforce/label/c.Panel_Show_Table';
import showChartLabel from '@salesforce/label/c.Panel_Show_Chart';
import chartUnavailableLabel from '@salesforce/label/c.Panel_Chart_Unavailable';

/** A row of the table alternative: its header cell and the other cells, already formatted. */
export interface ChartTableRow {
  key: string;
  header: string;
  cells: string[];
}

interface CellView {
  key: string;
  text: string;
}

/**
 * A plain copy of a configuration handed down through @api (LWC makes it read-only; Chart.js writes into its
 * configuration): objects and arrays copied, functions (tick and tooltip callbacks) kept.
 */
export function plainCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainCopy);
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, each] of Object.entries(value)) copy[key] = plainCopy(each);
    return copy;
  }
  return value;
}

export default class PortfolioChart extends LightningElement {
  /** Heading of the chart (h3). */
  @api heading = '';
  /** What the chart shows, in one sentence (the canvas's accessible name). */
  @api summary = '';
  /** Caption and column headers of the table alternative. */
  @api caption = '';
  @api columns: string[] = [];
  /** Chart height in rem. */
  @api height = 14;

  showTable = false;
  chartFailed = false;
  private tableRows: ChartTableRow[] = [];
  private chartConfig?: object;
  private chart?: ChartInstance;

  readonly chartUnavailableLabel = chartUnavailableLabel;

  /** The Chart.js configuration (type, data, options); a new one redraws. */
  @api
  get config(): object | undefined {
    return this.chartConfig;
  }
  set config(value: object | undefined) {
    this.chartConfig = value;
    this.destroyChart();
  }

  @api
  get rows(): ChartTableRow[] {
    return this.tableRows;
  }
  set rows(value: ChartTableRow[] | undefined) {
    this.tableRows = value ?? [];
  }

  get showChart(): boolean {
    return !this.showTable && !this.chartFailed;
  }

  get toggleLabel(): string {
    return this.showTable ? showChartLabel : showTableLabel;
  }

  get canvasStyle(): string {
    return `height: ${this.height}rem`;
  }

  get headerCells(): CellView[] {
    return this.columns.map((text, index) => ({ key: `c${index}`, text }));
  }

  get bodyRows(): { key: string; header: string; cells: CellView[] }[] {
    return this.tableRows.map((row) => ({
      key: row.key,
      header: row.header,
      cells: row.cells.map((text, index) => ({ key: `${row.key}-${index}`, text }))
    }));
  }

  renderedCallback(): void {
    if (!this.showChart || this.chart || this.chartConfig === undefined) return;
    loadChartJs(this).then(
      (Chart) => {
        this.drawChart(Chart);
      },
      () => {
        this.chartFailed = true;
      }
    );
  }

  disconnectedCallback(): void {
    this.destroyChart();
  }

  handleToggle(): void {
    this.showTable = !this.showTable;
    this.destroyChart();
  }

  private destroyChart(): void {
    this.chart?.destroy();
    this.chart = undefined;
  }

  private drawChart(Chart: ChartConstructor): void {
    const canvas = this.template?.querySelector('canvas');
    if (this.chart || !canvas || this.chartConfig === undefined) return;
    this.chart = new Chart(canvas, plainCopy(this.chartConfig) as object);
  }
}
