/**
 * What every chart of the app does around Chart.js, written once: it draws when its data and its canvas are there
 * (Chart.js from c/chartJsLoader), draws again when the data change, offers the table alternative one click away,
 * falls back to that table (saying so) when Chart.js cannot load, and releases the chart when it leaves the page.
 * A chart component extends it, says whether it has data and builds its Chart.js configuration; its template shows
 * the canvas while `showChart`, the table otherwise, the toggle labelled `toggleLabel` calling `handleToggle`, and
 * `chartUnavailableLabel` when `chartFailed`.
 */
import { LightningElement } from 'lwc';
import type { ChartConstructor, ChartInstance } from 'c/chartJsLoader';
import { loadChartJs } from 'c/chartJsLoader';
import showTableLabel from '@salesforce/label/c.Panel_Show_Table';
import showChartLabel from '@salesforce/label/c.Panel_Show_Chart';
import chartUnavailableLabel from '@salesforce/label/c.Panel_Chart_Unavailable';

export default abstract class ChartElement extends LightningElement {
  /** The user chose the table alternative. */
  showTable = false;
  /** Chart.js could not load: the table shows instead, with a sentence that says so. */
  chartFailed = false;
  private chart?: ChartInstance;

  readonly chartUnavailableLabel = chartUnavailableLabel;

  /** Whether there is anything to draw. */
  protected abstract get hasChartData(): boolean;

  /** The Chart.js configuration (type, data, options) of the data now; built when drawn, Chart.js writes into it. */
  protected abstract chartConfiguration(): object;

  get showChart(): boolean {
    return !this.showTable && !this.chartFailed;
  }

  get toggleLabel(): string {
    return this.showTable ? showChartLabel : showTableLabel;
  }

  renderedCallback(): void {
    this.drawWhenReady();
  }

  disconnectedCallback(): void {
    this.destroyChart();
  }

  handleToggle(): void {
    this.showTable = !this.showTable;
    this.destroyChart();
  }

  /**
   * The data changed: the chart drawn goes and the new data are drawn. Not left to the next render, which does not
   * come when nothing the template reads changed (a new configuration alone, handed down by a parent's re-render).
   */
  protected chartDataChanged(): void {
    this.destroyChart();
    if (this.isConnected) this.drawWhenReady();
  }

  /** Draws once Chart.js is there, unless a chart is drawn, the table shows or there is nothing to draw. */
  private drawWhenReady(): void {
    if (!this.showChart || this.chart || !this.hasChartData) return;
    loadChartJs(this).then(
      (Chart) => {
        this.drawChart(Chart);
      },
      () => {
        this.chartFailed = true;
      }
    );
  }

  private destroyChart(): void {
    this.chart?.destroy();
    this.chart = undefined;
  }

  /** Not once the component has left the page: nothing would release that chart (Chart.js keeps every instance). */
  private drawChart(Chart: ChartConstructor): void {
    const canvas = this.template?.querySelector('canvas');
    if (this.chart || !canvas || !this.hasChartData || !this.isConnected) return;
    this.chart = new Chart(canvas, this.chartConfiguration());
  }
}
