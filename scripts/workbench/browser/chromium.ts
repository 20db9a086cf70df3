/**
 * Debian's Chromium for the browser tests (TOOLCHAIN.md): where it is, how to install it, how to launch it headless.
 * Tests never skip without it: `npm test` and `npm run test:browser` stop at once with the install command.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';

export const CHROMIUM_INSTALL_COMMAND = 'sudo apt-get install -y chromium';

/** `CHROMIUM_PATH` when set (only it: a wrong path is an error, not a fallback), else Debian's /usr/bin/chromium. */
export function findChromium(environment: NodeJS.ProcessEnv = process.env): string | undefined {
  const path =
    environment.CHROMIUM_PATH !== undefined && environment.CHROMIUM_PATH !== ''
      ? environment.CHROMIUM_PATH
      : '/usr/bin/chromium';
  return existsSync(path) ? path : undefined;
}

/** The message `npm test` prints when Chromium is missing. */
export function missingChromiumMessage(): string {
  return `Chromium is required for the browser tests and was not found at /usr/bin/chromium (or CHROMIUM_PATH). Install Debian's package: ${CHROMIUM_INSTALL_COMMAND}`;
}

/** Headless Chromium with TOOLCHAIN.md's flags; Playwright gives it a fresh temporary profile (user-data-dir). */
export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  });
}
