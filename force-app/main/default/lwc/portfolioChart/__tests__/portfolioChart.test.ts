import { createElement } from 'lwc';
import { loadChartJs } from 'c/chartJsLoader';
import PortfolioChart from 'c/portfolioChart';

jest.mock('c/chartJsLoader', () => ({ loadChartJs: jest.fn() }));

const configs: object[] = [];
class FakeChart {
  destroy = jest.fn();
  constructor(_canvas: HTMLCanvasElement, config: object) {
    configs.push(config);
  }
}
const rows = [
  { key: 'D1', header: 'D1', cells: ['9', '€1'] },
  { key: 'D2', header: 'D2', cells: ['14', '€2'] }
];

function createChart(): HTMLElement {
  const element = createElement('c-portfolio-chart', { is: PortfolioChart });
  Object.assign(element, {
    heading: 'Tiers',
    summary: 'Accounts per tier: D1 9, D2 14',
    caption: 'Accounts per tier',
    columns: ['Tier', 'Accounts', 'Revenue'],
    rows,
    config: { type: 'bar', data: {} }
  });
  document.body.appendChild(element);
  return element;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 4; i++) await Promise.resolve();
}

describe('c-portfolio-chart', () => {
  beforeEach(() => {
    (loadChartJs as jest.Mock).mockResolvedValue(FakeChart);
  });
  afterEach(() => {
    document.body.replaceChildren();
    configs.length = 0;
    jest.clearAllMocks();
  });

  it('draws its configuration with Chart.js and names the canvas with its summary', async () => {
    const element = createChart();
    await settle();
    expect(loadChartJs).toHaveBeenCalledTimes(1);
    expect(configs).toEqual([{ type: 'bar', data: {} }]);
    expect(element.shadowRoot!.querySelector('canvas')!.getAttribute('aria-label')).toBe(
      'Accounts per tier: D1 9, D2 14'
    );
    await expect(element).toBeAccessible();
  });

  it('hands Chart.js a writable copy of its configuration, callbacks kept', async () => {
    const callback = (): string => 'tick';
    const element = createChart();
    Object.assign(element, { config: Object.freeze({ type: 'bar', options: Object.freeze({ callback }) }) });
    await settle();
    const drawn = configs[configs.length - 1] as { options: { callback: unknown } };
    expect(Object.isFrozen(drawn)).toBe(false);
    expect(drawn.options.callback).toBe(callback);
  });

  it('switches to the table alternative with the same figures', async () => {
    const element = createChart();
    await settle();
    element.shadowRoot!.querySelector<HTMLElement>('[data-id="toggle"]')!.click();
    await settle();
    const body = element.shadowRoot!.querySelectorAll('tbody tr');
    expect(body).toHaveLength(2);
    expect(body[1].querySelector('th')!.textContent).toBe('D2');
    expect([...body[1].querySelectorAll('td')].map((cell) => cell.textContent)).toEqual(['14', '€2']);
    await expect(element).toBeAccessible();
  });

  it('falls back to the table, saying so, when Chart.js cannot load', async () => {
    (loadChartJs as jest.Mock).mockRejectedValueOnce(new Error('blocked'));
    const element = createChart();
    await settle();
    expect(element.shadowRoot!.querySelector('canvas')).toBeNull();
    expect(element.shadowRoot!.querySelector('[data-id="chart-unavailable"]')).not.toBeNull();
    expect(element.shadowRoot!.querySelectorAll('tbody tr')).toHaveLength(2);
  });
});
