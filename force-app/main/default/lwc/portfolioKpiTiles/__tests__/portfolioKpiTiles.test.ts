import { createElement } from 'lwc';
import PortfolioKpiTiles, { formatKpi, formatKpiChange } from 'c/portfolioKpiTiles';
import portfolioSummary from '../../portfolioOverview/__tests__/data/portfolioSummary.json';

// The two labels whose placeholders the tests read (the stand-in of any other label is its name).
jest.mock(
  '@salesforce/label/c.Portfolio_Kpi_From_Sketch',
  () => ({ __esModule: true, default: 'Estimate, within {0}' }),
  { virtual: true }
);
jest.mock('@salesforce/label/c.Portfolio_Kpi_Points', () => ({ __esModule: true, default: '{0} pts' }), {
  virtual: true
});

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
    expect(top20!.textContent).toContain('Estimate, within 1%');
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

  it('says last month’s value with the change, and the Gini’s sketch bound as an absolute 0.01', async () => {
    const element = createTiles([
      { kpi: 'net_value', unit: 'money', value: 1100000, previous: 1112000, hasPrevious: true, exact: true },
      { kpi: 'accounts', unit: 'count', value: 46, previous: 46, hasPrevious: true, exact: true },
      { kpi: 'gini_revenue', unit: 'index', value: 0.61, previous: 0, hasPrevious: false, exact: false },
      { kpi: 'top20_revenue_share', unit: 'share', value: 0.68, previous: 0, hasPrevious: false, exact: false }
    ]);
    await Promise.resolve();
    const text = (kpi: string): string => element.shadowRoot!.querySelector(`li[data-kpi="${kpi}"]`)!.textContent;
    expect(text('net_value')).toContain('c.Portfolio_Kpi_Previous_Change');
    expect(text('accounts')).toContain('c.Portfolio_Kpi_Previous');
    expect(text('accounts')).not.toContain('c.Portfolio_Kpi_Previous_Change');
    expect(text('gini_revenue')).toContain('Estimate, within 0.01');
    expect(text('top20_revenue_share')).toContain('Estimate, within 1%');
    await expect(element).toBeAccessible();
  });

  it('signs the change in the KPI’s unit: money compact, shares in points, indexes with two decimals', () => {
    expect(formatKpiChange('money', -12000)).toMatch(/^−\u2060\D*12(\.0)?K$/);
    expect(formatKpiChange('share', 0.015)).toBe('+\u20601.5 pts');
    expect(formatKpiChange('index', -0.021)).toBe('−\u20600.02');
    expect(formatKpiChange('count', 3)).toBe('+\u20603');
  });

  it('formats each unit: shares as percents, indexes with two decimals, money compact', () => {
    expect(formatKpi('share', 0.155)).toBe('16%');
    expect(formatKpi('index', 0.1234)).toBe('0.12');
    expect(formatKpi('count', 1234)).toBe('1,234');
    expect(formatKpi('money', 1500000)).toMatch(/1\.5M/);
  });
});
