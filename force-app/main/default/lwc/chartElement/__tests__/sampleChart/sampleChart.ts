/**
 * The smallest chart on c/chartElement, for its tests: a bar per value. The values are not read by the template (as
 * c/portfolioChart's configuration is not), so that a redraw cannot ride on a re-render.
 */
import { api } from 'lwc';
import ChartElement from 'c/chartElement';

export default class SampleChart extends ChartElement {
  @api heading = '';
  private sampleValues: number[] = [];

  @api
  get values(): number[] {
    return this.sampleValues;
  }
  set values(value: number[] | undefined) {
    this.sampleValues = value ?? [];
    this.chartDataChanged();
  }

  protected get hasChartData(): boolean {
    return this.sampleValues.length > 0;
  }

  protected chartConfiguration(): object {
    return { type: 'bar', data: { datasets: [{ data: [...this.sampleValues] }] } };
  }
}
