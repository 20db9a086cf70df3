import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { CHROMIUM_INSTALL_COMMAND, findChromium } from '../browser/chromium';

const root = join(__dirname, '..', '..', '..');

describe('Chromium for the browser tests', () => {
  it('is the one CHROMIUM_PATH names, with no fallback when that path is wrong', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
    expect(findChromium({ CHROMIUM_PATH: '/nowhere/chromium' })).toBeUndefined();
  });

  it('missing, npm test stops at once with the command that installs it (never skips)', () => {
    const started = Date.now();
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'checks', 'all.ts')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CHROMIUM_PATH: '/nowhere/chromium' }
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(CHROMIUM_INSTALL_COMMAND);
    expect(run.stdout.trim()).toBe('0 passed, 1 failed');
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);
});
