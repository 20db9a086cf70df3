/**
 * `npm run test:browser`: starts the workbench on a free port with a fresh store, runs the browser tests in Debian's
 * Chromium, saves screenshots in .test-results/screenshots/, and ends with `N passed, N failed`. Without Chromium it
 * stops at once with the install command (never skips).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROWSER_TESTS } from './browserTests';
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
  const workbench = await startWorkbench(['--store', join(scratch, 'store')]);
  const browser = await launchChromium(chromiumPath);
  let passed = 0;
  let failed = 0;
  try {
    for (const [index, test] of BROWSER_TESTS.entries()) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const prefix = `${String(index + 1).padStart(2, '0')}-${slug(test.name)}`;
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
    await browser.close();
    await workbench.stop();
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
