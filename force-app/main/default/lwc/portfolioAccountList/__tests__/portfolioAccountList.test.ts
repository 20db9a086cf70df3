import { createElement } from 'lwc';
import PortfolioAccountList, { listRequest, emptyFilters, toCsv } from 'c/portfolioAccountList';
import getPortfolioAccounts from '@salesforce/apex/PortfolioController.getPortfolioAccounts';
import portfolioPage from '../../portfolioOverview/__tests__/data/portfolioPage.json';
import portfolioSummary from '../../portfolioOverview/__tests__/data/portfolioSummary.json';

const accountsMock = getPortfolioAccounts as unknown as jest.Mock;
interface Request {
  request: CvpApi.PortfolioListRequest;
}

function createList(): HTMLElement {
  const element = createElement('c-portfolio-account-list', { is: PortfolioAccountList });
  Object.assign(element, {
    owners: portfolioSummary.owners,
    industries: portfolioSummary.industries,
    countries: portfolioSummary.countries
  });
  document.body.appendChild(element);
  return element;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 6; i++) await Promise.resolve();
}

function query(element: HTMLElement, selector: string): HTMLElement {
  return element.shadowRoot!.querySelector<HTMLElement>(selector)!;
}

function lastRequest(): CvpApi.PortfolioListRequest {
  const calls = accountsMock.mock.calls as Request[][];
  return calls[calls.length - 1][0].request;
}

describe('c-portfolio-account-list', () => {
  beforeEach(() => {
    accountsMock.mockReset();
  });
  afterEach(() => {
    document.body.replaceChildren();
    jest.clearAllMocks();
  });

  it('loads the first page, links each row to its account and is accessible', async () => {
    accountsMock.mockResolvedValue(portfolioPage);
    const element = createList();
    await settle();

    expect(lastRequest()).toMatchObject({
      cursorId: '',
      backward: false,
      pageSize: 50,
      sortBy: 'churn',
      descending: true
    });
    const table = query(element, 'lightning-datatable') as HTMLElement & {
      data: { accountUrl: string; tier: string }[];
    };
    expect(table.data).toHaveLength(portfolioPage.rows.length);
    expect(table.data[0].accountUrl).toBe(`/lightning/r/Account/${portfolioPage.rows[0].accountId}/view`);
    expect(table.data[0].tier).toBe(`c.Tier_${portfolioPage.rows[0].tier}_Name`);
    expect(query(element, '[data-id="page-text"]').textContent).toBe('c.Portfolio_Page_Of');
    await expect(element).toBeAccessible();
  });

  it('pages forward after the last row and back before the first, with their sort values as cursors', async () => {
    const rows = portfolioPage.rows;
    accountsMock.mockResolvedValue({ ...portfolioPage, hasNext: true, hasPrevious: false });
    const element = createList();
    await settle();
    query(element, '[data-id="next"]').click();
    await settle();
    expect(lastRequest()).toMatchObject({
      cursorId: rows[rows.length - 1].accountId,
      cursorValue: rows[rows.length - 1].sortValue,
      backward: false
    });
    query(element, '[data-id="previous"]').click();
    await settle();
    expect(lastRequest()).toMatchObject({
      cursorId: rows[0].accountId,
      cursorValue: rows[0].sortValue,
      backward: true
    });
  });

  it('filters by tier with a checkbox button, shows it as a pill, and removing the pill clears it', async () => {
    accountsMock.mockResolvedValue(portfolioPage);
    const element = createList();
    await settle();
    const d4 = element.shadowRoot!.querySelector<HTMLInputElement>('[data-id="filter-tiers"] input[value="D4"]')!;
    d4.checked = true;
    d4.dispatchEvent(new CustomEvent('change'));
    await settle();
    expect(lastRequest()).toMatchObject({ tiers: ['D4'], cursorId: '' });
    const pills = query(element, 'lightning-pill-container') as HTMLElement & { items: { name: string }[] };
    expect(pills.items.map((pill) => pill.name)).toEqual(['tier:D4']);
    pills.dispatchEvent(new CustomEvent('itemremove', { detail: { item: { name: 'tier:D4' } } }));
    await settle();
    expect(lastRequest().tiers).toEqual([]);
  });

  it('writes each checkbox group as a fieldset with its legend, tiers in tier order and flags in the order chosen', async () => {
    accountsMock.mockResolvedValue(portfolioPage);
    const element = createList();
    await settle();
    const toggle = async (group: string, value: string, checked: boolean): Promise<void> => {
      const input = query(element, `[data-id="filter-${group}"] input[value="${value}"]`) as HTMLInputElement;
      input.checked = checked;
      input.dispatchEvent(new CustomEvent('change'));
      await settle();
    };
    const groups = [...element.shadowRoot!.querySelectorAll('fieldset[data-id^="filter-"]')];
    expect(groups.map((group) => group.querySelector('legend')!.textContent)).toEqual([
      'c.Portfolio_Tier',
      'c.Portfolio_Flags'
    ]);
    const labels = [...element.shadowRoot!.querySelectorAll<HTMLLabelElement>('[data-id="filter-flags"] label')];
    expect(labels.map((label) => label.textContent)).toEqual([
      'c.Flag_Most_Valued_Customer',
      'c.Flag_High_Potential',
      'c.Flag_Strategic',
      'c.Flag_Data_Incomplete'
    ]);
    for (const label of labels) expect(label.control).toBe(label.parentElement!.querySelector('input'));

    await toggle('tiers', 'D4', true);
    await toggle('tiers', 'D1', true);
    await toggle('flags', 'strategic', true);
    await toggle('flags', 'high_potential', true);
    expect(lastRequest()).toMatchObject({ tiers: ['D1', 'D4'], flags: ['strategic', 'high_potential'] });
    const pills = query(element, 'lightning-pill-container') as HTMLElement & { items: { name: string }[] };
    expect(pills.items.map((pill) => pill.name)).toEqual([
      'tier:D1',
      'tier:D4',
      'flag:strategic',
      'flag:high_potential'
    ]);

    await toggle('tiers', 'D4', false);
    await toggle('flags', 'strategic', false);
    expect(lastRequest()).toMatchObject({ tiers: ['D1'], flags: ['high_potential'] });
    // Filters set from outside (a chart's tier, a preset) show as checked buttons.
    (element as HTMLElement & { showFilters(filters: object): void }).showFilters({
      tiers: ['D2'],
      flags: ['strategic']
    });
    await settle();
    const checked = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')];
    expect(checked.map((input) => input.value)).toEqual(['D2', 'strategic']);
    await expect(element).toBeAccessible();
  });

  it('sorts on the server when a column header asks', async () => {
    accountsMock.mockResolvedValue(portfolioPage);
    const element = createList();
    await settle();
    query(element, 'lightning-datatable').dispatchEvent(
      new CustomEvent('sort', { detail: { fieldName: 'costToServe', sortDirection: 'asc' } })
    );
    await settle();
    expect(lastRequest()).toMatchObject({ sortBy: 'cost_to_serve', descending: false, cursorId: '' });
  });

  it('says so when no account matches, and shows an error with a retry', async () => {
    accountsMock.mockResolvedValueOnce({ rows: [], hasNext: false, hasPrevious: false, totalKnown: false, total: 0 });
    const element = createList();
    await settle();
    expect(query(element, '[data-id="list-empty"]').textContent).toBe('c.Portfolio_List_Empty');
    await expect(element).toBeAccessible();
    accountsMock.mockRejectedValueOnce({ body: { message: 'Unknown sort or filter key: x' } });
    query(element, '[data-id="preset-d4"]').click();
    await settle();
    expect(lastRequest()).toMatchObject({ tiers: ['D4'], sortBy: 'net_value', descending: false });
    expect(query(element, 'c-error-panel')).not.toBeNull();
    await expect(element).toBeAccessible();
  });

  it('exports the filtered list page by page as CSV', async () => {
    const more = { ...portfolioPage, hasNext: true };
    const last = { ...portfolioPage, hasNext: false };
    accountsMock.mockResolvedValueOnce(last).mockResolvedValueOnce(more).mockResolvedValueOnce(last);
    const clicks: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      clicks.push(decodeURIComponent(this.href));
    });
    const element = createList();
    await settle();
    query(element, '[data-id="export"]').click();
    await settle();
    expect(accountsMock).toHaveBeenCalledTimes(3);
    expect(lastRequest()).toMatchObject({
      pageSize: 2000,
      cursorId: portfolioPage.rows[portfolioPage.rows.length - 1].accountId
    });
    expect(clicks).toHaveLength(1);
    expect(clicks[0].split('\r\n').filter((line) => line !== '')).toHaveLength(1 + 2 * portfolioPage.rows.length);
    click.mockRestore();
  });

  it('builds requests and CSV cells as the contract and spreadsheets expect', () => {
    const row = portfolioPage.rows[0];
    expect(listRequest(emptyFilters(), 'score', false, 50, { row, backward: true })).toEqual({
      ...emptyFilters(),
      sortBy: 'score',
      descending: false,
      pageSize: 50,
      cursorId: row.accountId,
      cursorValue: row.sortValue,
      backward: true
    });
    const csv = toCsv([{ ...row, name: 'Dupont, "Fils" & Cie', flags: [] }]);
    expect(csv.split('\r\n')[1]).toContain('"Dupont, ""Fils"" & Cie"');
  });
});
