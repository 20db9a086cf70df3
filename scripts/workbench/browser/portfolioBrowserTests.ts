/**
 * The manager's Portfolio tab in a real browser against the workbench: figures that add up, the D4 filter, French,
 * every chart drawn (pixels on its canvas) after switching the tier measure, access refused to a sales rep, the
 * loading / empty / error states, and keyset paging through 100 000 synthetic accounts (`largeWorkbench`: run against
 * `npm start -- --accounts 100000`). Screenshots of every state are saved.
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

type Measure = 'accounts' | 'revenue' | 'netValue';

/** What one canvas of the tab holds, read in the page: Chart.js's chart on it and the pixels it painted. */
interface CanvasState {
  /** Chart.js has a chart on this canvas (`Chart.getChart`): none once a chart was destroyed and not drawn again. */
  charted: boolean;
  /** Each dataset's numbers (a scatter's points are not numbers: none). */
  values: number[][];
  /** The value axis's title. */
  yTitle: string;
  /** Pixels painted at all, whatever Chart.js says: none on a blank canvas. */
  paintedPixels: number;
  /** Pixels painted in one of the datasets' colours: the data drawn, not only the axes and grid. */
  dataPixels: number;
  /** For a bar chart whose bars each have their colour: the pixels of each bar's colour, in bar order. */
  barPixels: number[];
}

const CHARTS = ['tiers', 'matrix', 'pareto', 'mix'] as const;
/** A blank canvas has none; the smallest chart drawn (the matrix's scatter) has thousands. */
const MIN_DATA_PIXELS = 200;

/** Reads a canvas in the page: Chart.js's chart on it, and its pixels in each dataset colour (within 8 per channel). */
async function canvasState(page: Page, chart: string): Promise<CanvasState> {
  return page.locator(`c-portfolio-overview [data-id="${chart}"] c-portfolio-chart canvas`).evaluate((canvas) => {
    interface Dataset {
      data: unknown[];
      backgroundColor?: string | string[];
      borderColor?: string | string[];
    }
    interface DrawnChart {
      data: { datasets: Dataset[] };
      options: { scales?: { y?: { title?: { text?: string } } } };
    }
    const Chart = (globalThis as unknown as { Chart?: { getChart(canvas: unknown): DrawnChart | undefined } }).Chart;
    const drawn = Chart?.getChart(canvas);
    const element = canvas as unknown as {
      width: number;
      height: number;
      getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
    };
    const pixels = element.getContext('2d').getImageData(0, 0, element.width, element.height).data;
    // One pass over the pixels, counting those of each dataset colour (no named helper: the page gets this code as is).
    const datasets = drawn?.data.datasets ?? [];
    const colours = [
      ...new Set(datasets.flatMap((dataset) => [dataset.backgroundColor ?? [], dataset.borderColor ?? []].flat()))
    ].filter((colour) => /^#[0-9a-f]{6}$/i.test(colour));
    const channels = colours.map((colour) => [1, 3, 5].map((at) => parseInt(colour.slice(at, at + 2), 16)));
    const counts = colours.map(() => 0);
    let painted = 0;
    for (let at = 0; at < pixels.length; at += 4) {
      if (pixels[at + 3] > 0) painted++;
      if (pixels[at + 3] < 250) continue;
      const index = channels.findIndex((rgb) => rgb.every((channel, i) => Math.abs(pixels[at + i] - channel) <= 8));
      if (index >= 0) counts[index]++;
    }
    const bars = datasets.length === 1 && Array.isArray(datasets[0].backgroundColor) ? datasets[0].backgroundColor : [];
    return {
      charted: drawn !== undefined,
      values: datasets.map((dataset) => dataset.data.filter((value): value is number => typeof value === 'number')),
      yTitle: drawn?.options.scales?.y?.title?.text ?? '',
      paintedPixels: painted,
      dataPixels: counts.reduce((a, b) => a + b, 0),
      barPixels: bars.map((colour) => counts[colours.indexOf(colour)] ?? 0)
    };
  });
}

async function chartStates(page: Page): Promise<Record<(typeof CHARTS)[number], CanvasState>> {
  const states = await Promise.all(CHARTS.map((chart) => canvasState(page, chart)));
  return Object.fromEntries(CHARTS.map((chart, index) => [chart, states[index]])) as Record<
    (typeof CHARTS)[number],
    CanvasState
  >;
}

/** The tier figures as the API answers them to this page's user. */
async function tierFigures(page: Page): Promise<CvpTier[]> {
  return page.evaluate(async () => {
    const response = await fetch('/api/apex/PortfolioController/getPortfolioSummary', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}'
    });
    return ((await response.json()) as { tiers: CvpTier[] }).tiers;
  });
}

interface CvpTier {
  tier: string;
  accounts: number;
  revenue: number;
  netValue: number;
}

/** Polls the charts until `done` holds (the charts draw once Chart.js answers), at most 5 s; the last reading. */
async function chartsOnceDrawn(
  page: Page,
  done: (states: Record<(typeof CHARTS)[number], CanvasState>) => boolean
): Promise<Record<(typeof CHARTS)[number], CanvasState>> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const states = await chartStates(page);
    if (done(states) || Date.now() > deadline) return states;
    await page.waitForTimeout(100);
  }
}

const sameNumbers = (a: number[], b: number[]): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Switches the tier distribution's measure away from the count and back: after each switch every chart of the tab has
 * its Chart.js chart and painted its data (switching once left "Tier mix month by month" blank), and the tier chart
 * shows the figures of the measure chosen, bar heights included.
 */
function measureSwitchTest(lang: 'en' | 'fr'): BrowserTest {
  return {
    name: `portfolio: switching the tier measure (${lang}) draws the tiers in that measure and leaves every chart drawn`,
    async run({ page, url, shoot }) {
      await openPortfolio(page, url, `?lang=${lang}&user=manager`);
      await portfolioReady(page);
      check(
        (await page.locator('c-portfolio-overview c-portfolio-chart canvas').count()) === CHARTS.length,
        `the tab has ${CHARTS.length} charts`
      );
      const tiers = await tierFigures(page);
      const figures = (measure: Measure): number[] => tiers.map((tier) => tier[measure]);
      const accounts = await kpiCount(page, 'accounts');
      const counted = figures('accounts').reduce((a, b) => a + b, 0);
      check(counted === accounts, `the tiers' ${counted} accounts are the tile's ${accounts}`);
      check(
        !sameNumbers(figures('revenue'), figures('accounts')) && !sameNumbers(figures('netValue'), figures('revenue')),
        'each measure has its own figures (else a switch proves nothing)'
      );
      let mixBefore: number[][] | undefined;
      const measures: Measure[] = ['accounts', 'revenue', 'netValue', 'revenue', 'accounts'];
      for (const [step, measure] of measures.entries()) {
        const option = page.locator(`[data-id="measure"] input[value="${measure}"] + label`);
        if (step > 0) await option.click();
        const label = (await option.innerText()).trim();
        const expected = figures(measure);
        const states = await chartsOnceDrawn(
          page,
          (each) =>
            CHARTS.every(
              (chart) =>
                each[chart].charted &&
                each[chart].paintedPixels >= MIN_DATA_PIXELS &&
                each[chart].dataPixels >= MIN_DATA_PIXELS
            ) && sameNumbers(each.tiers.values[0] ?? [], expected)
        );
        const when = `after choosing ${label}`;
        for (const chart of CHARTS) {
          check(
            states[chart].paintedPixels >= MIN_DATA_PIXELS,
            `${when}: the ${chart} canvas is not blank (${states[chart].paintedPixels} pixels painted)`
          );
          check(states[chart].charted, `${when}: the ${chart} chart has a Chart.js chart on its canvas`);
          check(
            states[chart].dataPixels >= MIN_DATA_PIXELS,
            `${when}: the ${chart} chart painted its data (${states[chart].dataPixels} pixels in its colours)`
          );
        }
        const tierChart = states.tiers;
        check(
          sameNumbers(tierChart.values[0] ?? [], expected),
          `${when}: the tier chart shows ${String(tierChart.values[0])}, the API's ${measure} ${String(expected)}`
        );
        check(tierChart.yTitle === label, `${when}: the value axis says "${tierChart.yTitle}"`);
        const largestValue = Math.max(...expected.map(Math.abs));
        const largestBar = Math.max(...tierChart.barPixels);
        const drawnShares = tierChart.barPixels.map((pixels) => pixels / largestBar);
        const shares = expected.map((value) => Math.abs(value) / largestValue);
        check(
          tierChart.barPixels.length === expected.length &&
            shares.every((share, index) => Math.abs(share - drawnShares[index]) <= 0.05),
          `${when}: bar areas ${drawnShares.map((share) => share.toFixed(2)).join(' ')} follow the figures ` +
            shares.map((share) => share.toFixed(2)).join(' ')
        );
        mixBefore ??= states.mix.values;
        check(
          JSON.stringify(states.mix.values) === JSON.stringify(mixBefore),
          `${when}: the tier mix month by month still shows its account counts`
        );
        await page.locator('[data-id="tiers"]').scrollIntoViewIfNeeded();
        await shoot(`${step}-${measure}`);
      }
    }
  };
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
        'Répartition par segment, mois par mois',
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
  measureSwitchTest('en'),
  measureSwitchTest('fr'),
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
