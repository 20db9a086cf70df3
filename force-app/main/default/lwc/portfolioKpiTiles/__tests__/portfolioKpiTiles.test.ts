import { createElement } from 'lwc';
import PortfolioKpiTiles, { formatKpi } from 'c/portfolioKpiTiles';
import portfolioSummary from '../../portfolioOverview/__tests__/data/portfolioSummary.json';

function createTiles(kpis: unknown[]): HTMLElement {
  const element = createElement('c-portfolio-kpi-tiles', { is: PortfolioKpiTiles });
  Object.assign(element, { kpis, sketchErrorBound: 0.01 });
  document.body.appendChild(element);
  return element;
}

describe('c-portfolio-kpi-tiles', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('shows one tile per KPI with its name, value and last month, and is accessible', async () => {
    const element = createTiles(portfolioSummary.kpis);
    await Promise.resolve();
    const tiles = element.shadowRoot!.querySelectorAll('li[data-kpi]');
    expect(tiles).toHaveLength(12);
    const names = [...element.shadowRoot!.querySelectorAll('[data-id="kpi-name"]')].map((each) => each.textContent);
    expect(names).toContain('c.Portfolio_Value_Destroying_Share');
    expect(names).toContain('c.Portfolio_Gross_Revenue_Retention');
    expect(names.every((name) => name.startsWith('c.'))).toBe(true);
    const accounts = element.shadowRoot!.querySelector('li[data-kpi="accounts"] [data-id="kpi-value"]');
    expect(accounts!.textContent).toBe(String(portfolioSummary.accounts));
    const top20 = element.shadowRoot!.querySelector('li[data-kpi="top20_revenue_share"]');
    expect(top20!.textContent).toContain('c.Portfolio_Kpi_From_Sketch');
    await expect(element).toBeAccessible();
  });

  it('opens a KPI’s definition in one click and closes it in another', async () => {
    const element = createTiles(portfolioSummary.kpis);
    await Promise.resolve();
    const button = element.shadowRoot!.querySelector<HTMLElement>('li[data-kpi="homogeneity"] lightning-button-icon')!;
    expect(element.shadowRoot!.querySelector('[data-id="kpi-definition"]')).toBeNull();
    button.click();
    await Promise.resolve();
    const definition = element.shadowRoot!.querySelector('li[data-kpi="homogeneity"] [data-id="kpi-definition"]');
    expect(definition!.textContent).toContain('c.Portfolio_Def_Homogeneity');
    expect(button.getAttribute('aria-expanded') ?? (button as unknown as { ariaExpanded: string }).ariaExpanded).toBe(
      'true'
    );
    await expect(element).toBeAccessible();
    button.click();
    await Promise.resolve();
    expect(element.shadowRoot!.querySelector('[data-id="kpi-definition"]')).toBeNull();
  });

  it('formats each unit: shares as percents, indexes with two decimals, money compact', () => {
    expect(formatKpi('share', 0.155)).toBe('16%');
    expect(formatKpi('index', 0.1234)).toBe('0.12');
    expect(formatKpi('count', 1234)).toBe('1,234');
    expect(formatKpi('money', 1500000)).toMatch(/1\.5M/);
  });
});
