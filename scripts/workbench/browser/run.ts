/**
 * `npm run test:browser`: starts the workbench on a free port with a fresh store, runs the browser tests in Debian's
 * Chromium, saves screenshots in .test-results/screenshots/, and ends with `N passed, N failed`. Without Chromium it
 * stops at once with the install command (never skips). The tests that need 100 000 accounts run against a second
 * workbench started with `--accounts 100000`. `-- --only <text>` runs the tests whose name contains the text (several
 * texts separated by `|`: a test whose name contains any of them).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserTest } from './browserTests';
import { BROWSER_TESTS } from './browserTests';
import { LARGE_PORTFOLIO_BROWSER_TESTS, PORTFOLIO_BROWSER_TESTS } from './portfolioBrowserTests';
import { SEPARATION_BROWSER_TESTS } from './separationTests';
import { SETTINGS_BROWSER_TESTS } from './settingsBrowserTests';
import { findChromium, launchChromium, missingChromiumMessage } from './chromium';
import { startWorkbench } from './workbenchProcess';

const ROOT = join(__dirname, '..', '..', '..');
export const SCREENSHOTS = join(ROOT, '.test-results', 'screenshots');

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

async function main(): Promise<void> {
  const chromiumPath = findChromium();
  if (chromiumPath === undefined) {
    console.error(missingChromiumMessage());
    process.exitCode = 1;
    return;
  }
  const scratch = mkdtempSync(join(tmpdir(), 'cvp-browser-'));
  rmSync(SCREENSHOTS, { recursive: true, force: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const onlyIndex = process.argv.indexOf('--only');
  const only = (onlyIndex >= 0 ? (process.argv[onlyIndex + 1] ?? '') : '').split('|');
  const selected = (tests: BrowserTest[]): BrowserTest[] =>
    tests.filter((test) => only.some((text) => test.name.includes(text)));
  const suites: { args: string[]; tests: BrowserTest[] }[] = [
    { args: [], tests: selected([...BROWSER_TESTS, ...PORTFOLIO_BROWSER_TESTS, ...SEPARATION_BROWSER_TESTS]) },
    // Value Settings saves a new configuration into its store: its own workbench, so that the other screens are
    // tested (and photographed) on the default configuration whatever the order.
    { args: [], tests: selected(SETTINGS_BROWSER_TESTS) },
    { args: ['--accounts', '100000'], tests: selected(LARGE_PORTFOLIO_BROWSER_TESTS) }
  ];
  const browser = await launchChromium(chromiumPath);
  let passed = 0;
  let failed = 0;
  let index = 0;
  try {
    for (const [suiteIndex, suite] of suites.entries()) {
      if (suite.tests.length === 0) continue;
      const workbench = await startWorkbench(['--store', join(scratch, `store-${suiteIndex}`), ...suite.args]);
      try {
        for (const test of suite.tests) {
          index++;
          const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
          const page = await context.newPage();
          page.setDefaultTimeout(15_000);
          const errors: string[] = [];
          page.on('pageerror', (error) => errors.push(error.message));
          const prefix = `${String(index).padStart(2, '0')}-${slug(test.name)}`;
          const shoot = async (step: string): Promise<void> => {
            await page.screenshot({ path: join(SCREENSHOTS, `${prefix}-${step}.png`), fullPage: true });
          };
          const started = performance.now();
          try {
            await test.run({ page, url: workbench.url, shoot });
            if (errors.length > 0) throw new Error(`uncaught errors in the page: ${errors.join('; ')}`);
            passed++;
            console.log(`✔ ${test.name} (${Math.round(performance.now() - started)} ms)`);
          } catch (error) {
            failed++;
            await shoot('failure').catch(() => undefined);
            console.log(`✘ ${test.name}\n    ${(error as Error).message.split('\n').join('\n    ')}`);
          } finally {
            await context.close();
          }
        }
      } finally {
        await workbench.stop();
      }
    }
  } finally {
    await browser.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`Screenshots: ${SCREENSHOTS}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
