import { createElement } from 'lwc';
import { loadChartJs } from 'c/chartJsLoader';
import SampleChart from './sampleChart/sampleChart';

jest.mock('c/chartJsLoader', () => ({ loadChartJs: jest.fn() }));

interface DrawnChart {
  canvas: HTMLCanvasElement;
  values: number[];
  destroy: jest.Mock;
}
const drawn: DrawnChart[] = [];
class FakeChart {
  destroy = jest.fn();
  constructor(canvas: HTMLCanvasElement, config: { data: { datasets: { data: number[] }[] } }) {
    drawn.push({ canvas, values: config.data.datasets[0].data, destroy: this.destroy });
  }
}

type SampleElement = HTMLElement & { values: number[] };

function createSample(values: number[]): SampleElement {
  const element = createElement('c-sample-chart', { is: SampleChart }) as SampleElement;
  element.values = values;
  document.body.appendChild(element);
  return element;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 6; i++) await Promise.resolve();
}

function query(element: HTMLElement, selector: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(selector);
}

/** The charts drawn and not destroyed. */
function liveCharts(): DrawnChart[] {
  return drawn.filter((chart) => chart.destroy.mock.calls.length === 0);
}

function toggleLabel(element: HTMLElement): string {
  return (query(element, '[data-id="toggle"]') as HTMLElement & { label: string }).label;
}

async function toggle(element: HTMLElement): Promise<void> {
  query(element, '[data-id="toggle"]')!.click();
  await settle();
}

describe('c-chart-element', () => {
  beforeEach(() => {
    (loadChartJs as jest.Mock).mockResolvedValue(FakeChart);
  });
  afterEach(() => {
    document.body.replaceChildren();
    drawn.length = 0;
    jest.clearAllMocks();
  });

  it('draws its data once on its own canvas, however often it renders', async () => {
    const element = createSample([3, 5]) as SampleElement & { heading: string };
    await settle();
    element.heading = 'Values';
    await settle();
    expect(query(element, 'h3')!.textContent).toBe('Values');
    expect(drawn).toHaveLength(1);
    expect(drawn[0].canvas).toBe(query(element, 'canvas'));
    expect(drawn[0].values).toEqual([3, 5]);
    expect(drawn[0].destroy).not.toHaveBeenCalled();
  });

  it('loads nothing and draws nothing while it has no data', async () => {
    createSample([]);
    await settle();
    expect(loadChartJs).not.toHaveBeenCalled();
    expect(drawn).toHaveLength(0);
  });

  it('draws the data of the moment Chart.js is ready, not of the moment it was asked for', async () => {
    const element = createSample([1]);
    element.values = [2, 4];
    await settle();
    expect(drawn.map((chart) => chart.values)).toEqual([[2, 4]]);
  });

  it('draws new data at once and releases the old chart, even when nothing its template reads changed', async () => {
    const element = createSample([3, 5]);
    await settle();
    element.values = [8];
    await settle();
    expect(drawn.map((chart) => chart.values)).toEqual([[3, 5], [8]]);
    expect(drawn[0].destroy).toHaveBeenCalledTimes(1);
    expect(liveCharts()).toHaveLength(1);
    expect(liveCharts()[0].canvas).toBe(query(element, 'canvas'));
  });

  it('draws data that arrive once it is on the page', async () => {
    const element = createSample([]);
    await settle();
    element.values = [1, 2];
    await settle();
    expect(drawn.map((chart) => chart.values)).toEqual([[1, 2]]);
  });

  it('draws nothing for new data while the table shows, and draws them when the chart is asked for', async () => {
    const element = createSample([3, 5]);
    await settle();
    await toggle(element);
    element.values = [9];
    await settle();
    expect(liveCharts()).toHaveLength(0);
    await toggle(element);
    expect(liveCharts().map((chart) => chart.values)).toEqual([[9]]);
  });

  it('switches to the table and back: the chart is released, then drawn again on the new canvas', async () => {
    const element = createSample([3, 5]);
    await settle();
    expect(toggleLabel(element)).toBe('c.Panel_Show_Table');
    await toggle(element);
    expect(query(element, 'canvas')).toBeNull();
    expect(query(element, '[data-id="table"]')).not.toBeNull();
    expect(toggleLabel(element)).toBe('c.Panel_Show_Chart');
    expect(liveCharts()).toHaveLength(0);
    await toggle(element);
    expect(liveCharts()).toHaveLength(1);
    expect(liveCharts()[0].canvas).toBe(query(element, 'canvas'));
    expect(drawn).toHaveLength(2);
  });

  it('shows the table, saying Chart.js is unavailable, when it cannot load', async () => {
    (loadChartJs as jest.Mock).mockRejectedValueOnce(new Error('blocked'));
    const element = createSample([3, 5]);
    await settle();
    expect(query(element, 'canvas')).toBeNull();
    expect(query(element, '[data-id="chart-unavailable"]')!.textContent).toBe('c.Panel_Chart_Unavailable');
    expect(query(element, '[data-id="table"]')).not.toBeNull();
    expect(drawn).toHaveLength(0);
  });

  it('releases its chart when it leaves the page', async () => {
    const element = createSample([3, 5]);
    await settle();
    element.remove();
    expect(drawn).toHaveLength(1);
    expect(drawn[0].destroy).toHaveBeenCalledTimes(1);
  });

  it('draws nothing once it has left the page before Chart.js is ready, and draws when it comes back', async () => {
    const element = createSample([3, 5]);
    element.remove();
    await settle();
    expect(drawn).toHaveLength(0);
    document.body.appendChild(element);
    await settle();
    expect(liveCharts().map((chart) => chart.values)).toEqual([[3, 5]]);
  });
});
