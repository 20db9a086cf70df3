/**
 * The rep's pages in a real browser (Debian's Chromium, playwright-core) against the workbench: the same components
 * that deploy, the local server answering the API contract. Each test saves a screenshot of every page it visits in
 * .test-results/screenshots/ (git-ignored) — look at them as a rep would.
 */
import type { Page } from 'playwright-core';

export interface BrowserTestContext {
  /** A fresh page (own cookies) on the workbench. */
  page: Page;
  url: string;
  /** Saves a full-page screenshot named after the test and `step`. */
  shoot: (step: string) => Promise<void>;
}

export interface BrowserTest {
  name: string;
  run: (context: BrowserTestContext) => Promise<void>;
}

/** The sample account the tests open: the first strategic customer of data/Account.json. */
export const ACCOUNT = 'AccountRef1';
const TIER_PATTERN = /\bD[1-4]\b/;

export class AssertionFailed extends Error {}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new AssertionFailed(message);
}

/** A number as a component shows it in English or French ("12.5 pts", "12,5 pts", "−3"). */
export function shownNumber(text: string): number {
  const cleaned = text
    .replace(/\u2212/g, '-')
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.');
  const match = /-?\d+(\.\d+)?/.exec(cleaned);
  if (match === null) throw new AssertionFailed(`no number in "${text}"`);
  return Number(match[0]);
}

async function openRecord(page: Page, url: string, query = ''): Promise<void> {
  await page.goto(`${url}/lightning/r/Account/${ACCOUNT}/view${query}`);
  await page.waitForSelector('body[data-workbench-ready]');
}

const headerTier = (page: Page) => page.locator('[data-id="header-badge"] c-value-badge [data-id="tier"]');
const headerScore = (page: Page) =>
  page.locator('[data-id="header-badge"] c-value-badge [data-id="score"] [aria-hidden="true"]');

/** The panel's "Why" bars, once loaded: the points of each component and the total line. */
async function breakdown(page: Page): Promise<{ points: number[]; total: string }> {
  const bars = page.locator('c-customer-value-panel c-value-score-bars');
  await bars.locator('[data-id="points"]').first().waitFor();
  const points = (await bars.locator('[data-id="points"]').allInnerTexts()).map(shownNumber);
  return { points, total: await bars.locator('[data-id="total"]').innerText() };
}

async function callApex(
  page: Page,
  method: string,
  params: Record<string, unknown>
): Promise<{ status: number; body: unknown }> {
  return page.evaluate(
    async ({ method, params }) => {
      const response = await fetch(`/api/apex/CustomerValueController/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(params)
      });
      return { status: response.status, body: await response.json() };
    },
    { method, params }
  );
}

interface StoredResult {
  stored: { scored: boolean; result: { tier: string; score: number; tierOverridden: boolean } };
}

export const BROWSER_TESTS: BrowserTest[] = [
  {
    name: 'accounts list shows every sample account with its value badge',
    async run({ page, url, shoot }) {
      await page.goto(`${url}/lightning/o/Account/list?lang=en&user=sales`);
      await page.waitForSelector('body[data-workbench-ready]');
      const rows = page.locator('tr[data-account-id]');
      check((await rows.count()) >= 40, `expected the 46 sample accounts, saw ${await rows.count()} rows`);
      const badges = page.locator('[data-id="value-cell"] c-value-badge [data-id="tier"]');
      const rowCount = await rows.count();
      // Each badge loads its own value: wait until every row shows one.
      for (let waited = 0; (await badges.count()) < rowCount && waited < 15_000; waited += 100) {
        await page.waitForTimeout(100);
      }
      await shoot('list');
      const tiers = await badges.allInnerTexts();
      check(tiers.length === rowCount, `a badge per row: ${tiers.length} badges for ${rowCount} rows`);
      check(
        tiers.every((text) => TIER_PATTERN.test(text)),
        `every badge names its tier: ${tiers.join(' | ')}`
      );
    }
  },
  {
    name: 'an account shows its tier and score as the API answers them, and the breakdown adds up to the score',
    async run({ page, url, shoot }) {
      await openRecord(page, url, '?lang=en&user=sales');
      await headerTier(page).waitFor();
      const { points, total } = await breakdown(page);
      await shoot('record-en');
      const api = (await callApex(page, 'getAccountValue', { accountId: ACCOUNT })).body as StoredResult;
      const tierText = await headerTier(page).innerText();
      check(tierText.includes(api.stored.result.tier), `header tier "${tierText}" is ${api.stored.result.tier}`);
      const score = shownNumber(await headerScore(page).innerText());
      check(
        score === Math.round(api.stored.result.score),
        `header score ${score} is ${api.stored.result.score} rounded`
      );
      const sum = points.reduce((a, b) => a + b, 0);
      check(points.length === 5, `five score components, saw ${points.length}`);
      // The bars are rounded for display so that they add up to the score shown beside the tier.
      const tolerance = 0.051 * points.length;
      check(Math.abs(sum - shownNumber(total)) < tolerance, `bars ${points.join(' + ')} = ${sum}, total "${total}"`);
      check(Math.abs(sum - score) < tolerance, `bars ${points.join(' + ')} = ${sum} add up to the score ${score}`);
    }
  },
  {
    name: 'in French the shell, the badge and the panel speak French, with no label missing',
    async run({ page, url, shoot }) {
      await openRecord(page, url, '?user=sales');
      await headerTier(page).waitFor();
      const english = await headerTier(page).innerText();
      await page.selectOption('#workbench-language', 'fr');
      await page.waitForURL(/lang=fr/);
      await page.waitForSelector('body[data-workbench-ready]');
      await headerTier(page).waitFor();
      await breakdown(page);
      await shoot('record-fr');
      check((await page.getAttribute('html', 'lang')) === 'fr', 'the page is in French');
      const french = await headerTier(page).innerText();
      check(french !== english && TIER_PATTERN.test(french), `French tier name "${french}" differs from "${english}"`);
      const text = await page.locator('body').innerText();
      const missing = text.match(/\[[A-Z][A-Za-z0-9]*_[A-Za-z0-9_]+\]/g);
      check(missing === null, `labels missing on the page: ${String(missing)}`);
      check(text.includes('Comptes'), 'the navigation bar says "Comptes"');
    }
  },
  {
    name: 'a manager overrides a tier with a reason and the badge shows it after a reload',
    async run({ page, url, shoot }) {
      await openRecord(page, url, '?lang=en&user=manager');
      await headerTier(page).waitFor();
      const before = await headerTier(page).innerText();
      const target = before.includes('D3') ? 'D2' : 'D3';
      const override = page.locator('c-value-tier-override');
      await override.locator('[data-id="open"] button').click();
      await override.getByRole('combobox').click();
      await override.getByRole('option', { name: new RegExp(target) }).click();
      await override.locator('textarea').fill('Key reference account in the region (browser test)');
      await shoot('override-form');
      await override.locator('button.slds-button_brand').click();
      await override.locator('textarea').waitFor({ state: 'detached' });
      await page.reload();
      await page.waitForSelector('body[data-workbench-ready]');
      await headerTier(page).waitFor();
      await shoot('override-after-reload');
      const after = await headerTier(page).innerText();
      check(after.includes(target), `after the override the badge shows ${target}: "${after}"`);
      const api = (await callApex(page, 'getAccountValue', { accountId: ACCOUNT })).body as StoredResult;
      check(api.stored.result.tierOverridden, 'the stored result says the tier is overridden');
    }
  },
  {
    name: 'a sales rep sees no override control, and the server refuses the override',
    async run({ page, url, shoot }) {
      await openRecord(page, url, '?lang=en&user=sales');
      await breakdown(page);
      await shoot('record-sales');
      check((await page.locator('c-value-tier-override').count()) === 0, 'no override control for a sales rep');
      const refused = await callApex(page, 'overrideTier', { accountId: ACCOUNT, tier: 'D4', reason: 'not allowed' });
      check(refused.status >= 400, `the server refuses a sales rep's override (status ${refused.status})`);
      const message = (refused.body as { message?: string }).message ?? '';
      check(message !== '', 'the refusal carries a message');
    }
  },
  {
    name: 'while the value loads the panel shows a stencil, and an Apex error shows one message with a retry',
    async run({ page, url, shoot }) {
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route('**/api/apex/CustomerValueController/getAccountValue', async (route) => {
        await held;
        await route.fulfill({
          status: 500,
          contentType: 'application/json',
          body: JSON.stringify({
            message: 'Simulated outage of the value service',
            exceptionType: 'System.CalloutException'
          })
        });
      });
      await openRecord(page, url, '?lang=en&user=sales');
      await page.locator('c-customer-value-panel c-value-panel-stencil').waitFor();
      await shoot('loading');
      release();
      await page.getByText('Simulated outage of the value service').first().waitFor();
      await shoot('error');
      check(
        (await page.locator('c-customer-value-panel c-error-panel').count()) === 1,
        'one error panel in the customer value panel'
      );
    }
  },
  {
    name: 'an unknown account and an empty search are said plainly',
    async run({ page, url, shoot }) {
      await page.goto(`${url}/lightning/r/Account/NoSuchAccount/view?lang=fr`);
      await page.waitForSelector('body[data-workbench-ready]');
      await shoot('not-found-fr');
      check(await page.locator('[data-id="record-not-found"]').isVisible(), 'a not-found notice');
      await page.goto(`${url}/lightning/o/Account/list?lang=en&q=zzzz-nobody`);
      await page.waitForSelector('body[data-workbench-ready]');
      await shoot('list-empty');
      check((await page.locator('tr[data-account-id]').count()) === 0, 'no rows for a search that matches nothing');
    }
  }
];
