/**
 * One chart of the Portfolio tab with its table alternative: Chart.js draws the figures it is given (the lifecycle and
 * the table toggle are c/chartElement's); the same figures are one click away as a table, which is also what shows when
 * Chart.js cannot load. The canvas carries a sentence that sums the chart up for screen readers.
 */
import { api } from 'lwc';
import ChartElement from 'c/chartElement';

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

export default class PortfolioChart extends ChartElement {
  /** Heading of the chart (h3). */
  @api heading = '';
  /** What the chart shows, in one sentence (the canvas's accessible name). */
  @api summary = '';
  /** Caption and column headers of the table alternative. */
  @api caption = '';
  @api columns: string[] = [];
  /** Chart height in rem. */
  @api height = 14;

  private tableRows: ChartTableRow[] = [];
  private chartConfig?: object;

  /** The Chart.js configuration (type, data, options); a new one redraws. */
  @api
  get config(): object | undefined {
    return this.chartConfig;
  }
  set config(value: object | undefined) {
    this.chartConfig = value;
    this.chartDataChanged();
  }

  @api
  get rows(): ChartTableRow[] {
    return this.tableRows;
  }
  set rows(value: ChartTableRow[] | undefined) {
    this.tableRows = value ?? [];
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

  protected get hasChartData(): boolean {
    return this.chartConfig !== undefined;
  }

  protected chartConfiguration(): object {
    return plainCopy(this.chartConfig) as object;
  }
}
