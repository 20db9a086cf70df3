/**
 * The admin's Value Settings page in the browser against the workbench: the live what-if, an invalid value, saving into
 * the workbench store and the other pages following, French, and the no-access state. Screenshots in
 * .test-results/screenshots/ — look at them as an admin would.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { BrowserTest } from './browserTests';

const SCREENSHOTS = join(__dirname, '..', '..', '..', '.test-results', 'screenshots');

/** What the admin sees without scrolling (1280 × 900), beside the full-page screenshots. */
async function shootViewport(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `settings-${name}-viewport.png`) });
}

class SettingsAssertionFailed extends Error {}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new SettingsAssertionFailed(message);
}

const TIERS = ['D1', 'D2', 'D3', 'D4'];

async function openSettings(page: Page, address: string): Promise<void> {
  await page.goto(address);
  await page.waitForSelector('body[data-workbench-ready]');
}

async function openSettingsPage(page: Page, url: string, query: string): Promise<void> {
  await openSettings(page, `${url}/lightning/n/Value_Settings${query}`);
  await page.locator('c-value-what-if-preview [data-id="tier-matrix"]').waitFor();
}

/** The matrix as numbers: moves[from][to]. */
async function matrix(page: Page): Promise<number[][]> {
  const moves: number[][] = [];
  for (const from of TIERS) {
    const row: number[] = [];
    for (const to of TIERS) {
      const text = await page.locator(`c-value-what-if-preview [data-cell="${from}-${to}"]`).innerText();
      row.push(Number(text.replace(/[^\d]/g, '')));
    }
    moves.push(row);
  }
  return moves;
}

/** Accounts moving down toward D4 (below the diagonal's right), and into D4. */
function downward(moves: number[][]): { down: number; intoD4: number; up: number } {
  let down = 0;
  let up = 0;
  moves.forEach((row, from) => {
    row.forEach((count, to) => {
      if (to > from) down += count;
      if (to < from) up += count;
    });
  });
  return { down, intoD4: moves[0][3] + moves[1][3] + moves[2][3], up };
}

/** The unit cost input of a value driver, found by its record name as the page shows it. */
function driverInput(page: Page, words: string) {
  return page.locator('[data-section="drivers"] [data-field]', { hasText: words }).locator('input');
}

async function typeInto(page: Page, locator: ReturnType<Page['locator']>, text: string): Promise<void> {
  await locator.fill(text);
  // The what-if runs after a 60 ms pause in typing.
  await page.waitForTimeout(300);
}

/** The Portfolio tab's summary as the API answers it: total net value and net value per tier. */
async function portfolioSummary(page: Page): Promise<{ total: number; byTier: Record<string, number> }> {
  return page.evaluate(async () => {
    const response = await fetch('/api/apex/PortfolioController/getPortfolioSummary', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}'
    });
    const body = (await response.json()) as { totalNetValue: number; tiers: { tier: string; netValue: number }[] };
    return {
      total: body.totalNetValue,
      byTier: Object.fromEntries(body.tiers.map((tier) => [tier.tier, tier.netValue]))
    };
  });
}

/** The net value tile of the Portfolio tab, as shown. */
async function portfolioTabNetValue(page: Page, url: string): Promise<string> {
  await page.goto(`${url}/lightning/n/Portfolio?lang=en&user=admin`);
  await page.waitForSelector('body[data-workbench-ready]');
  const tile = page.locator('c-portfolio-overview li[data-kpi="net_value"] [data-id="kpi-value"]');
  await tile.waitFor();
  return tile.innerText();
}

export const SETTINGS_BROWSER_TESTS: BrowserTest[] = [
  {
    name: 'Value Settings: raising the unit cost of high-priority support cases moves accounts toward D4 in the matrix',
    async run({ page, url, shoot }) {
      await openSettingsPage(page, url, '?lang=en&user=admin');
      await shoot('loaded');
      const before = downward(await matrix(page));
      check(before.down === 0 && before.up === 0, 'nothing moves before an edit');
      const started = Date.now();
      await typeInto(page, driverInput(page, 'Support cases, high priority'), '4000');
      const after = downward(await matrix(page));
      await shoot('high-case-cost-raised');
      await shootViewport(page, 'high-case-cost-raised');
      check(after.down > 0, `accounts move down a tier (${after.down})`);
      check(after.intoD4 > 0, `some move into D4 (${after.intoD4})`);
      // With percentile tiers the shares stay: the accounts with many urgent cases go down (their score falls too, so
      // they lead the list), others take their places.
      const movers = await page
        .locator('c-value-what-if-preview [data-id="top-movers"] tbody tr td:first-of-type')
        .allInnerTexts();
      check(
        movers.length > 0 && movers[0].includes('↓'),
        `the account that moves most moves down: ${movers.slice(0, 3).join(', ')}`
      );
      check(
        (await page.locator('c-value-what-if-preview [data-id="top-movers"] tbody tr').count()) > 0,
        'the accounts that move most are listed'
      );
      const href = await page.locator('c-value-what-if-preview [data-id="top-movers"] a').first().getAttribute('href');
      check(href?.startsWith('/lightning/r/Account/') === true, `a mover links to its account (${href})`);
      check(Date.now() - started < 5000, 'the preview follows the edit at once');
      const basis = await page.locator('c-value-what-if-preview [data-id="preview-basis"]').innerText();
      check(/Based on \d+ accounts/.test(basis), `the preview says what it is based on: ${basis}`);
    }
  },
  {
    name: 'Value Settings: a negative weight shows the field’s error and disables Save',
    async run({ page, url, shoot }) {
      await openSettingsPage(page, url, '?lang=en&user=admin');
      await typeInto(page, page.locator('input[data-path="scoreWeights.potential"]'), '-10');
      await shoot('negative-weight');
      await shootViewport(page, 'negative-weight');
      const error = page.locator('[data-error="scoreWeights.potential"]');
      check(await error.isVisible(), 'the error shows next to the field');
      check((await error.innerText()).trim().length > 0, 'and says what is wrong');
      check(
        await page.locator('lightning-button[data-id="save"] button').isDisabled(),
        'Save is disabled while an error remains'
      );
      await typeInto(page, page.locator('input[data-path="scoreWeights.potential"]'), '20');
      check(!(await error.isVisible()), 'the error goes as soon as the value is fixed');
    }
  },
  {
    name: 'Value Settings: Save writes the workbench store, and the portfolio and the account pages show the new tiers',
    async run({ page, url, shoot }) {
      await openSettingsPage(page, url, '?lang=en&user=admin');
      const summaryBefore = await portfolioSummary(page);
      const netValueBefore = await portfolioTabNetValue(page, url);
      await openSettingsPage(page, url, '?lang=en&user=admin');
      await typeInto(page, driverInput(page, 'Support cases, high priority'), '4000');
      const moverLink = page.locator('c-value-what-if-preview [data-id="top-movers"] tbody tr').first();
      const moverHref = (await moverLink.locator('a').getAttribute('href')) ?? '';
      const moverTier = (await moverLink.locator('td').first().innerText()).trim();
      await page.locator('lightning-button[data-id="save"] button').click();
      const status = page.locator('[data-id="deployment-status"]');
      await page.locator('c-value-settings [data-id="deployment-status"]', { hasText: 'Deployed' }).waitFor();
      await shoot('saved');
      await shootViewport(page, 'saved');
      check((await status.innerText()).includes('Nadia Moreau'), 'the status names who saved');
      const summaryAfter = await portfolioSummary(page);
      check(
        summaryAfter.total < summaryBefore.total && summaryAfter.byTier.D4 < summaryBefore.byTier.D4,
        `the portfolio is re-scored: net value ${summaryBefore.total} → ${summaryAfter.total}, ` +
          `D4 ${summaryBefore.byTier.D4} → ${summaryAfter.byTier.D4}`
      );
      // The Portfolio tab shows the re-scored portfolio.
      const netValueAfter = await portfolioTabNetValue(page, url);
      await shoot('portfolio-tab');
      check(
        netValueAfter !== netValueBefore,
        `the Portfolio tab's net value follows (${netValueBefore} → ${netValueAfter})`
      );
      // The account that moved most shows its new tier on its own page.
      await page.goto(`${url}${moverHref}?lang=en&user=admin`);
      await page.waitForSelector('body[data-workbench-ready]');
      const tier = page.locator('[data-id="header-badge"] c-value-badge [data-id="tier"]');
      await tier.waitFor();
      await shoot('moved-account');
      // The cell reads "D2 – Develop ↓ D4 – Unprofitable": the new tier is the last one named.
      const newTier = [...moverTier.matchAll(/D[1-4]/g)].pop()?.[0] ?? '?';
      check((await tier.innerText()).includes(newTier), `the moved account shows ${newTier} (${moverTier})`);
      // Reloaded, the page starts from the saved configuration: nothing moves any more.
      await openSettingsPage(page, url, '?lang=en&user=admin');
      check(
        (await driverInput(page, 'Support cases, high priority').inputValue()) === '4000',
        'the saved unit cost is the one in force'
      );
      check(downward(await matrix(page)).down === 0, 'the saved configuration is the new baseline');
    }
  },
  {
    name: 'Value Settings in French, and a sales rep gets the no-access state',
    async run({ page, url, shoot }) {
      await openSettingsPage(page, url, '?lang=fr&user=admin');
      await shoot('fr');
      await shootViewport(page, 'fr');
      const text = (await page.locator('c-value-settings').innerText()).toLowerCase();
      check(text.includes('paramètres de valeur'), 'the title is French');
      check(text.includes('inducteurs de coût et coûts unitaires'), 'the sections are French');
      check(text.includes('mouvements de segment'), 'the preview is French');
      check(text.includes('enregistrer') && text.includes('recalculer maintenant'), 'the footer is French');
      check(
        text.includes('demandes de support, priorité haute') && text.includes('eur par demande'),
        'the value drivers and their units are French'
      );
      check(
        !text.includes('support case high') && !text.includes('france default') && !text.includes('country:'),
        'no record name is shown in place of a French name'
      );
      const missing = text.match(/\[[A-Z][A-Za-z0-9]*_[A-Za-z0-9_]+\]/g);
      check(missing === null, `labels missing on the page: ${String(missing)}`);
      await openSettings(page, `${url}/lightning/n/Value_Settings?lang=en&user=sales`);
      await page.locator('c-value-settings [data-id="no-access"]').waitFor();
      await shoot('no-access');
      check(
        (await page.locator('c-value-settings [data-section]').count()) === 0,
        'no setting is shown to a sales rep'
      );
    }
  }
];
