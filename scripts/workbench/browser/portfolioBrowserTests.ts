/**
 * The manager's Portfolio tab in a real browser against the workbench: figures that add up, the D4 filter, French,
 * access refused to a sales rep, the loading / empty / error states, and keyset paging through 100 000 synthetic
 * accounts (`largeWorkbench`: run against `npm start -- --accounts 100000`). Screenshots of every state are saved.
 */
import type { Page } from 'playwright-core';
import type { BrowserTest } from './browserTests';
import { AssertionFailed, shownNumber } from './browserTests';

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new AssertionFailed(message);
}

async function openPortfolio(page: Page, url: string, query: string): Promise<void> {
  await page.goto(`${url}/lightning/n/Portfolio${query}`);
  await page.waitForSelector('body[data-workbench-ready]');
}

/** Waits for the tiles and for the list's first page. */
async function portfolioReady(page: Page): Promise<void> {
  await page.locator('c-portfolio-kpi-tiles [data-id="kpi-value"]').first().waitFor();
  await listReady(page);
}

async function listReady(page: Page): Promise<void> {
  await page.locator('c-portfolio-account-list lightning-datatable tbody tr').first().waitFor();
  await page.locator('c-portfolio-account-list lightning-spinner').waitFor({ state: 'detached' });
}

/** A count tile's whole number, whatever the locale's grouping ("100,046", "100 046"). */
async function kpiCount(page: Page, kpi: string): Promise<number> {
  return Number((await page.locator(`li[data-kpi="${kpi}"] [data-id="kpi-value"]`).innerText()).replace(/\D/g, ''));
}

async function listRowsText(page: Page): Promise<string[]> {
  return page.locator('c-portfolio-account-list lightning-datatable tbody tr').allInnerTexts();
}

interface ListPage {
  rows: { accountId: string; sortValue: number; tier: string }[];
  hasNext: boolean;
  hasPrevious: boolean;
}

/** Every page of the list through the contract (the page's session), forward from the first, then backward. */
async function pageThrough(
  page: Page,
  url: string,
  pageSize: number
): Promise<{ forward: string[][]; backward: string[][] }> {
  const call = async (request: Record<string, unknown>): Promise<ListPage> => {
    const response = await page.request.post(`${url}/api/apex/PortfolioController/getPortfolioAccounts`, {
      data: { request: { tiers: [], flags: [], sortBy: 'net_value', descending: true, pageSize, ...request } }
    });
    if (!response.ok()) throw new AssertionFailed(`list page refused: status ${response.status()}`);
    return (await response.json()) as ListPage;
  };
  const forward: string[][] = [];
  let current = await call({});
  for (;;) {
    forward.push(current.rows.map((row) => row.accountId));
    if (!current.hasNext) break;
    const last = current.rows[current.rows.length - 1];
    current = await call({ cursorId: last.accountId, cursorValue: last.sortValue });
  }
  const backward: string[][] = [current.rows.map((row) => row.accountId)];
  while (current.hasPrevious) {
    const first = current.rows[0];
    current = await call({ cursorId: first.accountId, cursorValue: first.sortValue, backward: true });
    backward.unshift(current.rows.map((row) => row.accountId));
  }
  return { forward, backward };
}

export const PORTFOLIO_BROWSER_TESTS: BrowserTest[] = [
  {
    name: 'portfolio: a manager sees the KPIs, and the tier counts add up to the account count',
    async run({ page, url, shoot }) {
      await openPortfolio(page, url, '?lang=en&user=manager');
      await portfolioReady(page);
      await shoot('portfolio-en');
      const accounts = await kpiCount(page, 'accounts');
      check(accounts > 0, `the accounts tile shows the portfolio: ${accounts}`);
      check((await page.locator('c-portfolio-kpi-tiles li[data-kpi]').count()) === 12, 'twelve KPI tiles');
      await page.locator('[data-id="tiers"] [data-id="toggle"] button').click();
      const rows = page.locator('[data-id="tiers"] [data-id="chart-table"] tbody tr');
      await rows.first().waitFor();
      const counts = (await rows.allInnerTexts()).map((text) => shownNumber(text.split('\t')[1] ?? text));
      check(counts.length === 5, `four tiers and a total, saw ${counts.length} rows`);
      const sum = counts.slice(0, 4).reduce((a, b) => a + b, 0);
      check(sum === accounts, `tier counts ${counts.slice(0, 4).join(' + ')} = ${sum} add up to ${accounts} accounts`);
      check(counts[4] === accounts, `the total row says ${counts[4]}`);
      const quadrants = (await page.locator('[data-id="quadrant-count"]').allInnerTexts()).map(shownNumber);
      check(
        quadrants.reduce((a, b) => a + b, 0) === accounts,
        `the matrix's quadrants ${quadrants.join(' + ')} add up to ${accounts}`
      );
      const objectives = await page.locator('c-portfolio-objectives li[data-objective]').count();
      check(objectives > 0, 'the retention objectives of the year are listed');
      const firstStatus = await page
        .locator('c-portfolio-objectives li[data-objective] [data-id="status"]')
        .first()
        .innerText();
      check(firstStatus.includes('Will miss'), `the objectives that will miss the year come first: "${firstStatus}"`);
      await page.locator('li[data-kpi="homogeneity"] lightning-button-icon button').click();
      const definition = await page.locator('li[data-kpi="homogeneity"] [data-id="kpi-definition"]').innerText();
      check(definition.includes('Herfindahl'), `the definition is one click away: "${definition}"`);
      await page.locator('[data-id="tiers"]').scrollIntoViewIfNeeded();
      await shoot('portfolio-en-tables');
    }
  },
  {
    name: 'portfolio: filtering D4 lists only D4 accounts, and a row opens its account',
    async run({ page, url, shoot }) {
      await openPortfolio(page, url, '?lang=en&user=manager');
      await portfolioReady(page);
      await page.locator('[data-id="filter-tiers"] label', { hasText: 'D4' }).click();
      await page.locator('c-portfolio-account-list lightning-pill').first().waitFor();
      await listReady(page);
      await page.locator('c-portfolio-account-list').scrollIntoViewIfNeeded();
      await shoot('portfolio-d4');
      const rows = await listRowsText(page);
      check(rows.length > 0, 'some D4 accounts');
      const others = rows.filter((text) => !/\bD4\b/.test(text) || /\bD[1-3]\b/.test(text));
      check(others.length === 0, `only D4 rows, but: ${others.slice(0, 3).join(' | ')}`);
      const pageText = await page.locator('c-portfolio-account-list [data-id="page-text"]').innerText();
      const d4Count = shownNumber(pageText.split('·')[1] ?? '0');
      check(d4Count >= rows.length, `the page says ${d4Count} D4 accounts for ${rows.length} rows`);
      const link = page.locator('c-portfolio-account-list lightning-datatable tbody tr a').first();
      const name = await link.innerText();
      await link.click();
      await page.waitForURL(/\/lightning\/r\/Account\/[^/]+\/view/);
      await page.waitForSelector('body[data-workbench-ready]');
      const title = await page.locator('[data-id="record-name"]').innerText();
      check(title === name, `the row opens its account: "${title}" for "${name}"`);
    }
  },
  {
    name: 'portfolio: in French the tab, its charts and the list speak French',
    async run({ page, url, shoot }) {
      await openPortfolio(page, url, '?lang=fr&user=manager');
      await portfolioReady(page);
      await shoot('portfolio-fr');
      const text = await page.locator('main').innerText();
      const missing = text.match(/\[[A-Z][A-Za-z0-9]*_[A-Za-z0-9_]+\]|\bc\.[A-Z]\w+/g);
      check(missing === null, `labels missing on the page: ${String(missing)}`);
      for (const words of [
        'Portefeuille',
        'Répartition par niveau',
        'Courbes de Pareto',
        'Objectifs de fidélisation',
        'Exporter en CSV'
      ]) {
        check(text.includes(words), `the page says "${words}"`);
      }
      await page.locator('[data-id="mix"] [data-id="toggle"] button').click();
      await page.locator('[data-id="mix"] [data-id="chart-table"]').scrollIntoViewIfNeeded();
      await shoot('portfolio-fr-mix-table');
    }
  },
  {
    name: 'portfolio: a sales rep is told the tab is for managers, and the server refuses the figures',
    async run({ page, url, shoot }) {
      await openPortfolio(page, url, '?lang=en&user=sales');
      await page.locator('c-portfolio-overview [data-id="no-access"]').waitFor();
      await shoot('portfolio-sales-no-access');
      const status = await page.evaluate(async () => {
        const response = await fetch('/api/apex/PortfolioController/getPortfolioSummary', { method: 'POST' });
        return response.status;
      });
      check(status === 403, `the server refuses a sales rep (status ${status})`);
      check((await page.locator('c-portfolio-account-list').count()) === 0, 'no list for a sales rep');
    }
  },
  {
    name: 'portfolio: loading, empty and error states are designed',
    async run({ page, url, shoot }) {
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route('**/api/apex/PortfolioController/getPortfolioSummary', async (route) => {
        await held;
        await route.fulfill({
          status: 500,
          contentType: 'application/json',
          body: JSON.stringify({ message: 'Simulated outage of the portfolio service' })
        });
      });
      await openPortfolio(page, url, '?lang=en&user=manager');
      await page.locator('c-portfolio-overview [data-id="loading"]').waitFor();
      await shoot('portfolio-loading');
      release();
      await page.getByText('Simulated outage of the portfolio service').waitFor();
      await shoot('portfolio-error');
      await page.unroute('**/api/apex/PortfolioController/getPortfolioSummary');
      await page.route('**/api/apex/PortfolioController/getPortfolioSummary', async (route) => {
        const response = await route.fetch();
        const body = (await response.json()) as Record<string, unknown>;
        await route.fulfill({ response, json: { ...body, accounts: 0, asOf: '', kpis: [] } });
      });
      await openPortfolio(page, url, '?lang=fr&user=manager');
      await page.locator('c-portfolio-overview [data-id="empty"]').waitFor();
      await shoot('portfolio-empty-fr');
    }
  }
];

export const LARGE_PORTFOLIO_BROWSER_TESTS: BrowserTest[] = [
  {
    name: 'portfolio with 100 000 accounts: keyset paging forward and back returns each account once',
    async run({ page, url, shoot }) {
      await openPortfolio(page, url, '?lang=en&user=manager');
      await portfolioReady(page);
      const accounts = await kpiCount(page, 'accounts');
      check(accounts >= 100_000, `the synthetic portfolio is there: ${accounts}`);
      const first = await listRowsText(page);
      await page.locator('c-portfolio-account-list [data-id="next"] button').click();
      await page.locator('c-portfolio-account-list [data-id="page-text"]', { hasText: /Page 2\b/ }).waitFor();
      await listReady(page);
      const second = await listRowsText(page);
      check(second[0] !== first[0], 'Next shows another page');
      await page.locator('c-portfolio-account-list [data-id="previous"] button').click();
      await page.locator('c-portfolio-account-list [data-id="page-text"]', { hasText: /Page 1\b/ }).waitFor();
      await listReady(page);
      const back = await listRowsText(page);
      check(back.join('\n') === first.join('\n'), 'Previous shows the first page again, row for row');
      await shoot('portfolio-100k');
      const { forward, backward } = await pageThrough(page, url, 2000);
      const ids = forward.flat();
      check(ids.length === accounts, `forward: ${ids.length} rows for ${accounts} accounts`);
      check(new Set(ids).size === accounts, `forward: each account once (${new Set(ids).size} distinct)`);
      check(
        JSON.stringify(backward) === JSON.stringify(forward),
        'backward from the last page gives the same pages in the same order'
      );
    }
  }
];
