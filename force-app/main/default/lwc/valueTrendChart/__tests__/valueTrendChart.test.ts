import { createElement } from 'lwc';
import { loadChartJs } from 'c/chartJsLoader';
import ValueTrendChart from 'c/valueTrendChart';

jest.mock('c/chartJsLoader', () => ({ loadChartJs: jest.fn() }));
import valueHistory from '../../customerValuePanel/__tests__/data/valueHistory.json';

interface ChartConfig {
  data: { labels: string[]; datasets: { data: number[]; pointStyle: string[] }[] };
  plugins: { id: string }[];
}
const charts: { config: ChartConfig; destroy: jest.Mock }[] = [];
class FakeChart {
  destroy = jest.fn();
  constructor(_canvas: HTMLCanvasElement, config: ChartConfig) {
    charts.push({ config, destroy: this.destroy });
  }
}

function createChart(points: unknown[]): HTMLElement {
  const element = createElement('c-value-trend-chart', { is: ValueTrendChart });
  Object.assign(element, { points });
  document.body.appendChild(element);
  return element;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 4; i++) await Promise.resolve();
}

describe('c-value-trend-chart', () => {
  beforeEach(() => {
    (loadChartJs as jest.Mock).mockResolvedValue(FakeChart);
  });

  afterEach(() => {
    document.body.replaceChildren();
    charts.length = 0;
    jest.clearAllMocks();
  });

  it('draws the 12 months from the Chart.js static resource, tier changes marked, bands behind', async () => {
    const element = createChart(valueHistory.points);
    await settle();

    expect(loadChartJs).toHaveBeenCalledTimes(1);
    expect(charts).toHaveLength(1);
    const { data, plugins } = charts[0].config;
    expect(data.labels).toHaveLength(12);
    expect(data.datasets[0].data[11]).toBe(78.6);
    expect(data.datasets[0].pointStyle.filter((style) => style === 'rectRot')).toHaveLength(1);
    expect(plugins.map((plugin) => plugin.id)).toEqual(['cvpTierBands']);
    expect(element.shadowRoot!.querySelector('canvas')!.getAttribute('aria-label')).toContain('c.Panel_Tier_Changed');
    const legend = element.shadowRoot!.querySelector('[data-id="band-legend"]')!;
    expect(legend.textContent).toContain('c.Tier_D1_Name');
    expect(legend.textContent).toContain('c.Tier_D2_Name');
    await expect(element).toBeAccessible();
  });

  it('switches to the table alternative with the same figures', async () => {
    const element = createChart(valueHistory.points);
    await settle();
    element.shadowRoot!.querySelector<HTMLElement>('[data-id="toggle"]')!.click();
    await settle();

    expect(charts[0].destroy).toHaveBeenCalled();
    const rows = element.shadowRoot!.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(12);
    expect(rows[11].querySelectorAll('td')[0].textContent).toBe('79');
    expect(rows[4].textContent).toContain('c.Tier_D1_Name');
    await expect(element).toBeAccessible();
  });

  it('falls back to the table, saying so, when Chart.js cannot load', async () => {
    (loadChartJs as jest.Mock).mockRejectedValueOnce(new Error('blocked'));
    const element = createChart(valueHistory.points);
    await settle();

    expect(element.shadowRoot!.querySelector('canvas')).toBeNull();
    expect(element.shadowRoot!.querySelector('[data-id="chart-unavailable"]')).not.toBeNull();
    expect(element.shadowRoot!.querySelectorAll('tbody tr')).toHaveLength(12);
  });

  it('says the trend starts with the first nightly scoring when there is no history', async () => {
    const element = createChart([]);
    await settle();

    expect(loadChartJs).not.toHaveBeenCalled();
    expect(element.shadowRoot!.querySelector('[data-id="empty"]')!.textContent).toBe('c.Panel_Trend_Empty');
    await expect(element).toBeAccessible();
  });
});
