/**
 * The real `cvp` entry (node scripts/cli/cvp.js) with the real login lookup: the Salesforce CLI's library, in an empty
 * home folder, finds no login and the command says how to make one. Nothing leaves the machine.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(__dirname, '../../../..');

async function cvp(home: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, HOME: home, SF_DISABLE_TELEMETRY: 'true', SF_SKIP_NEW_VERSION_CHECK: 'true' };
  try {
    const { stdout, stderr } = await run(process.execPath, [join(root, 'scripts/cli/cvp.js'), ...args], {
      cwd: root,
      env
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

jest.setTimeout(60_000);

describe('cvp org commands from the command line', () => {
  let home: string;
  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), 'cvp-home-'));
  });
  afterAll(() => {
    rmSync(home, { recursive: true, force: true });
  });

  it('says how to log in when the Salesforce CLI holds no login for --target-org (exit 1, no stack trace)', async () => {
    const result = await cvp(
      home,
      'org',
      'pull',
      '--target-org',
      'nobody',
      '--source',
      'orders',
      '--out',
      join(home, 'o.csv')
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cvp: error: --target-org nobody: No authorization information found for nobody.');
    expect(result.stderr).toContain('fix: sf org login web --alias nobody');
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('lists the org commands in --help', async () => {
    const result = await cvp(home, '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Org commands (the Salesforce CLI login of --target-org):');
    expect(result.stdout).toContain('cvp params push --params FILE [--target-org ALIAS] [--dry-run] [--json]');
  });
});
