import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { readLabels } from '../customLabels';

const root = join(__dirname, '..', '..', '..');
const metadataFolder = join(root, 'force-app', 'main', 'default');

function preview(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'scripts', 'local', 'preview.ts'), ...args],
    {
      cwd: root,
      encoding: 'utf8'
    }
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('readLabels', () => {
  it('reads English from the Custom Labels and French from the translation, with parameters', () => {
    expect(readLabels(metadataFolder, 'en').get('Tier_D4_Name')).toBe('D4 – Unprofitable');
    expect(readLabels(metadataFolder, 'fr').get('Portfolio_Preview_Title', { count: 3, date: '2026-11-30' })).toBe(
      'Customer Value Portfolio — 3 comptes au 2026-11-30'
    );
  });

  it('shows a missing label by its name instead of failing', () => {
    expect(readLabels(metadataFolder, 'fr').get('No_Such_Label')).toBe('[No_Such_Label]');
  });
});

describe('npm start (the terminal preview)', () => {
  it('scores the sample data and prints every tier, the KPIs and the accounts in French', () => {
    const { status, stdout } = preview('--lang', 'fr');
    expect(status).toBe(0);
    for (const text of ['D1 – À protéger', 'D4 – Non rentable', 'Qualité du portefeuille', 'Action recommandée']) {
      expect(stdout).toContain(text);
    }
    expect(stdout).not.toContain('[');
  }, 30_000);

  it('refuses an unknown language with a message naming the option, without a stack trace', () => {
    const { status, stderr } = preview('--lang', 'de');
    expect(status).toBe(1);
    expect(stderr.trim()).toBe('--lang must be en or fr, not "de"');
  }, 30_000);
});
