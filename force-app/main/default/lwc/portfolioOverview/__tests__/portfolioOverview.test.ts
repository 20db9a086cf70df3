import { createElement } from 'lwc';
import PortfolioOverview, { shareAt } from 'c/portfolioOverview';
import getPortfolioSummary from '@salesforce/apex/PortfolioController.getPortfolioSummary';
import getPortfolioHistory from '@salesforce/apex/PortfolioController.getPortfolioHistory';
import getPortfolioAccounts from '@salesforce/apex/PortfolioController.getPortfolioAccounts';
import getPortfolioObjectives from '@salesforce/apex/PortfolioController.getPortfolioObjectives';
import portfolioSummary from './data/portfolioSummary.json';
import portfolioHistory from './data/portfolioHistory.json';
import portfolioPage from './data/portfolioPage.json';

// A manager: the Customer_Value_View_Portfolio custom permission is granted.
jest.mock('@salesforce/customPermission/Customer_Value_View_Portfolio', () => ({ __esModule: true, default: true }));

const summaryMock = getPortfolioSummary as unknown as jest.Mock;
const historyMock = getPortfolioHistory as unknown as jest.Mock;
const accountsMock = getPortfolioAccounts as unknown as jest.Mock;
const objectivesMock = getPortfolioObjectives as unknown as jest.Mock;
const objectives = { year: 2026, objectives: [] };

interface DrawnChart {
  canvas: HTMLCanvasElement;
  config: { type: string; data?: { datasets: { data: number[] }[] } };
  destroyed: boolean;
}
class FakeChart {
  static configs: { type: string }[] = [];
  static drawn: DrawnChart[] = [];
  private readonly record: DrawnChart;
  constructor(canvas: HTMLCanvasElement, config: DrawnChart['config']) {
    FakeChart.configs.push(config);
    this.record = { canvas, config, destroyed: false };
    FakeChart.drawn.push(this.record);
  }
  destroy(): void {
    this.record.destroyed = true;
  }
}

function createOverview(): HTMLElement {
  const element = createElement('c-portfolio-overview', { is: PortfolioOverview });
  document.body.appendChild(element);
  return element;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 6; i++) await Promise.resolve();
}

function query(element: HTMLElement, selector: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(selector);
}

// The whole tab under axe takes a few seconds on a busy machine.
jest.setTimeout(30_000);

describe('c-portfolio-overview for a manager', () => {
  beforeEach(() => {
    (window as unknown as { Chart?: unknown }).Chart = FakeChart;
    accountsMock.mockResolvedValue(portfolioPage);
    objectivesMock.mockResolvedValue(objectives);
  });
  afterEach(() => {
    document.body.replaceChildren();
    FakeChart.configs = [];
    FakeChart.drawn = [];
    delete (window as unknown as { Chart?: unknown }).Chart;
    jest.clearAllMocks();
  });

  it('shows a spinner while the portfolio loads', () => {
    summaryMock.mockReturnValue(new Promise(() => undefined));
    historyMock.mockReturnValue(new Promise(() => undefined));
    const element = createOverview();
    expect(query(element, '[data-id="loading"]')).not.toBeNull();
    expect(query(element, 'c-portfolio-kpi-tiles')).toBeNull();
  });

  it('hands the KPIs, four charts with their tables and the list their figures, and is accessible', async () => {
    summaryMock.mockResolvedValue(portfolioSummary);
    historyMock.mockResolvedValue(portfolioHistory);
    const element = createOverview();
    await settle();

    const tiles = query(element, 'c-portfolio-kpi-tiles') as HTMLElement & { kpis: unknown[] };
    expect(tiles.kpis).toHaveLength(12);
    const charts = element.shadowRoot!.querySelectorAll('c-portfolio-chart');
    expect(charts).toHaveLength(4);
    const tierChart = charts[0] as HTMLElement & { rows: { header: string; cells: string[] }[] };
    // Four tiers and the total; the tier counts add up to the accounts.
    expect(tierChart.rows).toHaveLength(5);
    const counts = tierChart.rows.slice(0, 4).map((row) => Number(row.cells[0]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(portfolioSummary.accounts);
    expect(tierChart.rows[4].cells[0]).toBe(String(portfolioSummary.accounts));
    const mix = charts[3] as HTMLElement & { rows: unknown[] };
    expect(mix.rows).toHaveLength(portfolioHistory.points.length);
    const quadrants = element.shadowRoot!.querySelectorAll('[data-id="quadrant-count"]');
    const quadrantTotal = [...quadrants].reduce((sum, each) => sum + Number(each.textContent), 0);
    expect(quadrantTotal).toBe(portfolioSummary.accounts);
    const objectivesPanel = query(element, 'c-portfolio-objectives') as HTMLElement & { objectives: unknown };
    expect(objectivesPanel.objectives).toEqual(objectives);
    const list = query(element, 'c-portfolio-account-list') as HTMLElement & { owners: unknown[] };
    expect(list.owners).toEqual(portfolioSummary.owners);
    expect(query(element, '[data-id="as-of"]')!.textContent).toContain('c.Portfolio_As_Of');
    await expect(element).toBeAccessible();
  });

  it('redraws the tier chart in the measure chosen and leaves every other chart drawn', async () => {
    summaryMock.mockResolvedValue(portfolioSummary);
    historyMock.mockResolvedValue(portfolioHistory);
    const element = createOverview();
    await settle();
    const canvases = [...element.shadowRoot!.querySelectorAll('c-portfolio-chart')].map((chart) =>
      chart.shadowRoot!.querySelector('canvas')
    );
    const live = (): DrawnChart[] => FakeChart.drawn.filter((chart) => !chart.destroyed);
    expect(live().map((chart) => chart.canvas)).toEqual(canvases);

    query(element, '[data-id="measure"]')!.dispatchEvent(new CustomEvent('change', { detail: { value: 'revenue' } }));
    await settle();
    // One chart per canvas, each on the page: the mix chart below, whose own figures did not change, is drawn too.
    expect(live()).toHaveLength(4);
    expect(new Set(live().map((chart) => chart.canvas))).toEqual(new Set(canvases));
    const tierChart = live().find((chart) => chart.canvas === canvases[0])!;
    expect(tierChart.config.data!.datasets[0].data).toEqual(portfolioSummary.tiers.map((tier) => tier.revenue));
  });

  it('says plainly that no scoring run has completed yet', async () => {
    summaryMock.mockResolvedValue({ ...portfolioSummary, accounts: 0, asOf: '', kpis: [], sample: [] });
    historyMock.mockResolvedValue({ points: [] });
    const element = createOverview();
    await settle();
    expect(query(element, '[data-id="empty"]')!.textContent).toContain('c.Portfolio_Empty');
    expect(query(element, 'c-portfolio-chart')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('shows one error panel with a retry that reloads', async () => {
    summaryMock.mockRejectedValueOnce({ status: 500, body: { message: 'Simulated outage' } });
    historyMock.mockResolvedValue(portfolioHistory);
    const element = createOverview();
    await settle();
    const panel = query(element, 'c-error-panel') as HTMLElement & { errors: unknown };
    expect(panel.errors).toEqual({ status: 500, body: { message: 'Simulated outage' } });
    await expect(element).toBeAccessible();

    summaryMock.mockResolvedValue(portfolioSummary);
    panel.dispatchEvent(new CustomEvent('retry'));
    await settle();
    expect(summaryMock).toHaveBeenCalledTimes(2);
    expect(query(element, 'c-portfolio-kpi-tiles')).not.toBeNull();
  });

  it('treats a refusal by the server as no access', async () => {
    summaryMock.mockRejectedValue({ status: 403, body: { message: 'You do not have access.' } });
    historyMock.mockRejectedValue({ status: 403, body: { message: 'You do not have access.' } });
    const element = createOverview();
    await settle();
    expect(query(element, '[data-id="no-access"]')!.textContent).toBe('c.Portfolio_No_Access');
    expect(query(element, 'c-error-panel')).toBeNull();
  });

  it('reads the top 20 % share on a Pareto curve between its points', () => {
    const curve = [
      { accountShare: 0, valueShare: 0 },
      { accountShare: 0.1, valueShare: 0.5 },
      { accountShare: 0.3, valueShare: 0.7 },
      { accountShare: 1, valueShare: 1 }
    ];
    expect(shareAt(curve, 0.2)).toBeCloseTo(0.6, 10);
    expect(shareAt(curve, 0.1)).toBeCloseTo(0.5, 10);
    expect(shareAt([], 0.2)).toBe(0);
  });
});
