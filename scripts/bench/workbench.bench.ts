/**
 * Workbench benchmark (`npm run bench -- --only workbench`): cold start (the bundle cache deleted: LWC OSS build of
 * the shell, the project's components and lightning-base-components, then data and server), warm start (the cached
 * bundle), a start with 100 000 synthetic accounts, and the time a record page takes to be ready in Chromium (header
 * badge and the panel's breakdown shown; median of five loads). Budgets (issue 11): cold < 60 s, warm < 5 s, record
 * page < 1.5 s. With 100 000 accounts, the Portfolio tab (issue 12): the page ready in Chromium (KPI tiles and the list's
 * first page shown; median of five loads) < 2 s, and one drill-down list page (PortfolioController.getPortfolioAccounts,
 * 50 rows, keyset cursor; median of 40 pages walked forward, unfiltered and filtered) < 300 ms. With 100 000 accounts,
 * the Value Settings page until its what-if shows (the random sample of 10 000 — each tier's first accounts by
 * Sample_Key__c — read and re-scored; median of three loads; no budget, README "Value Settings"). Each start uses its own
 * temporary store.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, launchChromium } from '../workbench/browser/chromium';
import type { RunningWorkbench } from '../workbench/browser/workbenchProcess';
import { startWorkbench } from '../workbench/browser/workbenchProcess';
import { DIST_FOLDER } from '../workbench/paths';
import type { BenchFigure } from './benchTypes';

async function timedStart(args: string[], scratch: string, name: string): Promise<RunningWorkbench> {
  return startWorkbench([...args, '--store', join(scratch, name)], 300_000);
}

/**
 * Median time, in Chromium, from navigating to `pathOfRun(run)` until every selector in `readyWhen` shows. With
 * `warmUp`, the first load is not timed: it fills the browser's cache of SLDS and the bundle, as a user's first page of
 * the day does.
 */
async function pageReadyMs(
  url: string,
  pathOfRun: (run: number) => string,
  readyWhen: string[],
  runs: number,
  warmUp: boolean,
  timeoutMs = 30_000
): Promise<number | undefined> {
  const chromiumPath = findChromium();
  if (chromiumPath === undefined) return undefined;
  const browser = await launchChromium(chromiumPath);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const times: number[] = [];
    for (let run = 0; run < runs + (warmUp ? 1 : 0); run++) {
      const started = performance.now();
      await page.goto(`${url}${pathOfRun(run)}`);
      for (const selector of readyWhen) await page.locator(selector).first().waitFor({ timeout: timeoutMs });
      if (!warmUp || run > 0) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  } finally {
    await browser.close();
  }
}

/** The record page ready for a sales rep: header badge and the panel's breakdown shown (median of five warm loads). */
function recordPageReadyMs(url: string): Promise<number | undefined> {
  return pageReadyMs(
    url,
    (run) => `/lightning/r/Account/AccountRef${String(run + 1)}/view?lang=en&user=sales`,
    ['[data-id="header-badge"] c-value-badge [data-id="tier"]', 'c-customer-value-panel [data-id="points"]'],
    5,
    true
  );
}

/** The Portfolio tab ready for a manager: KPI tiles and the list's first page shown (median of five warm loads). */
function portfolioPageReadyMs(url: string): Promise<number | undefined> {
  return pageReadyMs(
    url,
    () => '/lightning/n/Portfolio?lang=en&user=manager',
    ['c-portfolio-kpi-tiles [data-id="kpi-value"]', 'c-portfolio-account-list lightning-datatable tbody tr'],
    5,
    true
  );
}

/** Median time until the Value Settings what-if shows its basis (the sample read and re-scored), as an admin. */
function settingsPageReadyMs(url: string): Promise<number | undefined> {
  return pageReadyMs(
    url,
    () => '/lightning/n/Value_Settings?lang=en&user=admin',
    ['c-value-what-if-preview [data-id="preview-basis"]'],
    3,
    false,
    120_000
  );
}

interface BenchListPage {
  rows: { accountId: string; sortValue: number }[];
  hasNext: boolean;
}

/** Median time of one list page over the HTTP contract endpoint, walking forward with the keyset cursor. */
async function listPageMs(url: string): Promise<number> {
  const times: number[] = [];
  const walks: Record<string, unknown>[] = [
    { sortBy: 'net_value', descending: true },
    { sortBy: 'churn', descending: true, tiers: ['D1', 'D2'], risk: 'at_risk' },
    { sortBy: 'score', descending: false, flags: ['strategic'] },
    { sortBy: 'cost_to_serve', descending: true, tiers: ['D4'] }
  ];
  for (const walk of walks) {
    let cursor: { cursorId: string; cursorValue: number } = { cursorId: '', cursorValue: 0 };
    for (let page = 0; page < 10; page++) {
      const started = performance.now();
      const response = await fetch(`${url}/api/apex/PortfolioController/getPortfolioAccounts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: 'wb_user=manager' },
        body: JSON.stringify({ request: { tiers: [], flags: [], pageSize: 50, ...walk, ...cursor } })
      });
      const body = (await response.json()) as BenchListPage;
      times.push(performance.now() - started);
      if (!response.ok || !body.hasNext) break;
      const last = body.rows[body.rows.length - 1];
      cursor = { cursorId: last.accountId, cursorValue: last.sortValue };
    }
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function bench(): Promise<BenchFigure[]> {
  const scratch = mkdtempSync(join(tmpdir(), 'cvp-workbench-bench-'));
  const figures: BenchFigure[] = [];
  try {
    rmSync(DIST_FOLDER, { recursive: true, force: true });
    const cold = await timedStart([], scratch, 'cold');
    await cold.stop();
    figures.push({ name: 'workbench.start.cold.seconds', value: cold.readyMs / 1000, unit: 's' });
    const warm = await timedStart([], scratch, 'warm');
    figures.push({ name: 'workbench.start.warm.seconds', value: warm.readyMs / 1000, unit: 's' });
    try {
      const ready = await recordPageReadyMs(warm.url);
      if (ready === undefined)
        console.error('Chromium not found: no record-page figure (sudo apt-get install -y chromium)');
      else figures.push({ name: 'workbench.recordPage.ready.ms', value: Math.round(ready), unit: 'ms' });
    } finally {
      await warm.stop();
    }
    const large = await timedStart(['--accounts', '100000'], scratch, 'large');
    figures.push({ name: 'workbench.start.warm100kAccounts.seconds', value: large.readyMs / 1000, unit: 's' });
    try {
      figures.push({
        name: 'workbench.portfolioListPage100k.ms',
        value: Math.round(await listPageMs(large.url)),
        unit: 'ms'
      });
      const ready = await portfolioPageReadyMs(large.url);
      if (ready !== undefined) {
        figures.push({ name: 'workbench.portfolioPage100k.ready.ms', value: Math.round(ready), unit: 'ms' });
      }
      const settings = await settingsPageReadyMs(large.url);
      if (settings !== undefined) {
        figures.push({ name: 'workbench.settingsPage100k.ready.ms', value: Math.round(settings), unit: 'ms' });
      }
    } finally {
      await large.stop();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return figures;
}
