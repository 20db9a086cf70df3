/**
 * Chart.js for every chart of a page: the static resource `chartjs` (the npm package's UMD build, which defines
 * `window.Chart`) is loaded once per page, by whichever chart asks first, and every chart gets the same constructor.
 * A load that fails, or a script that defines no `Chart`, rejects every chart waiting for it (each then shows its table
 * alternative) and is forgotten, so that a chart drawn later tries again.
 */
import type { LightningElement } from 'lwc';
import { loadScript } from 'lightning/platformResourceLoader';
import chartJs from '@salesforce/resourceUrl/chartjs';

/** The part of a Chart.js chart the components use. */
export interface ChartInstance {
  destroy(): void;
}
export type ChartConstructor = new (canvas: HTMLCanvasElement, config: object) => ChartInstance;

let loading: Promise<ChartConstructor> | undefined;

/** Chart.js's constructor, loaded from the static resource the first time a chart asks for it on this page. */
export function loadChartJs(component: LightningElement): Promise<ChartConstructor> {
  if (loading === undefined) {
    const started = loadScript(component, chartJs).then(() => {
      const Chart = (window as unknown as { Chart?: ChartConstructor }).Chart;
      if (Chart === undefined) throw new Error(`${chartJs} defined no Chart`);
      return Chart;
    });
    loading = started;
    started.catch(() => {
      if (loading === started) loading = undefined;
    });
  }
  return loading;
}
