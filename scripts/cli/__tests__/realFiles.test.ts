/**
 * `cvp` on the files and command lines real users have (issue 15 §2): French exports, Excel's BOM, binary files,
 * absurd values, fits that do not converge, credit notes, negative option values, unwritable outputs, --version,
 * `clv predict --json`, and the command run from outside the project.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runCli } from '../cvpMain';
import { frenchCopy } from './exportCopies';

const root = join(__dirname, '../../..');
const fixtures = join(__dirname, 'fixtures');
const cdnow = join(root, 'scripts/models/__tests__/fixtures/cdnow_summary.csv');

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

function cvp(...argv: string[]): Outcome {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cvp-real-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

jest.setTimeout(60_000);

describe('file formats', () => {
  const transactions = readFileSync(join(fixtures, 'transactions.csv'), 'utf8');
  const columns = ['--customer', 'account', '--date', 'order_date', '--amount', 'amount', '--period', 'week'];

  it('reads a French export as it reads the same log in ISO and decimal points, and says which format it read', () => {
    const iso = cvp(
      'clv',
      'fit',
      '--transactions',
      file('iso.csv', transactions),
      ...columns,
      '--calibration-end',
      '2024-09-30',
      '--json'
    );
    const french = cvp(
      'clv',
      'fit',
      '--transactions',
      file('fr.csv', frenchCopy(transactions)),
      ...columns,
      '--calibration-end',
      '30/09/2024',
      '--json'
    );
    expect(iso.code).toBe(0);
    expect(french.code).toBe(0);
    expect(french.stderr).toContain('as semicolon-separated, decimal comma, dates DD/MM/YYYY, UTF-8 with BOM');
    expect(iso.stderr).toContain('as comma-separated, decimal point, dates YYYY-MM-DD, UTF-8');
    const summaryOf = (o: Outcome): unknown => (JSON.parse(o.stdout) as { summary: unknown }).summary;
    expect(summaryOf(french)).toEqual(summaryOf(iso));
  });

  it('takes the format from the command line, and refuses a bad format option as a usage error', () => {
    const us = file('us.csv', 'account,order_date,amount\nA,02/03/2024,10\nA,02/05/2024,12\nB,02/04/2024,5\n');
    const guessed = cvp('clv', 'fit', '--transactions', us, ...columns, '--calibration-end', '2024-03-01');
    expect(guessed.code).toBe(2);
    expect(guessed.stderr).toContain('--date-format: ');
    expect(guessed.stderr).toContain('can be read day-first or month-first');
    const told = cvp(
      'clv',
      'fit',
      '--transactions',
      us,
      ...columns,
      '--calibration-end',
      '2024-03-01',
      '--date-format',
      'MM/DD/YYYY',
      '--json'
    );
    expect(told.stderr).toContain('dates MM/DD/YYYY');
    expect((JSON.parse(told.stdout) as { summary: { id: string; x: number }[] }).summary).toEqual([
      expect.objectContaining({ id: 'A', x: 1 }),
      expect.objectContaining({ id: 'B', x: 0 })
    ]);
    expect(cvp('clv', 'fit', '--summary', cdnow, '--delimiter', '|').code).toBe(2);
    expect(cvp('clv', 'fit', '--summary', cdnow, '--date-format', 'DD-MM').stderr).toContain('is not one of');
  });

  it('refuses a binary file in one line that prints none of its bytes', () => {
    const binary = file(
      'photo.csv',
      Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x1b, 0x5b, 0x32, 0x4a])
    );
    const outcome = cvp('clv', 'fit', '--summary', binary);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toBe(
      `cvp: error: ${binary}: not a text file (a NUL byte at byte 5); expected a CSV export (UTF-8, UTF-16 or Windows-1252)\n`
    );
  });
});

describe('absurd values and credit notes', () => {
  it('rejects x = 1e300 and zbar = 1e308 with the row and the column', () => {
    const x = cvp('clv', 'fit', '--summary', file('x.csv', 'id,x,t_x,T\n1,2,3,10\n2,1e300,3,10\n'));
    expect(x.code).toBe(1);
    expect(x.stderr).toContain('line 3, column x: x = 1e+300 repeat purchases is not plausible');
    const zbar = cvp('clv', 'fit', '--summary', file('z.csv', 'id,x,t_x,T,zbar\n1,2,3,10,1e308\n'));
    expect(zbar.code).toBe(1);
    expect(zbar.stderr).toContain('line 2, column zbar: mean spend 1e+308 is not plausible');
    const amount = cvp(
      'clv',
      'fit',
      '--transactions',
      file('a.csv', 'c,d,amount\nA,2024-01-01,1e300\n'),
      '--customer',
      'c',
      '--date',
      'd',
      '--amount',
      'amount',
      '--period',
      'week',
      '--calibration-end',
      '2024-02-01'
    );
    expect(amount.stderr).toContain('line 2, column amount: amount 1e+300 is not plausible');
  });

  it('counts credit notes against spend, not purchases, and accepts its own summary back', () => {
    const log = [
      'c,d,amount',
      'A,2024-01-01,100',
      'A,2024-02-01,50',
      'A,2024-02-10,-80', // refund day: not a purchase, -80 from repeat spend
      'B,2024-01-05,40',
      'B,2024-01-20,30',
      'B,2024-01-20,-30', // same-day credit note: a purchase of 0
      'C,2024-01-07,-20', // refunds only: left out
      'D,2024-01-03,10',
      'D,2024-03-01,25',
      'E,2024-01-09,5',
      'E,2024-02-15,8',
      'E,2024-03-10,9'
    ].join('\n');
    const out = join(dir, 'summary-out.csv');
    const fit = cvp(
      'clv',
      'fit',
      '--transactions',
      file('credit.csv', log),
      '--customer',
      'c',
      '--date',
      'd',
      '--amount',
      'amount',
      '--period',
      'week',
      '--calibration-end',
      '2024-03-31',
      '--summary-out',
      out,
      '--json'
    );
    const result = JSON.parse(fit.stdout) as {
      summary: { id: string; x: number; monetary: number }[];
      transactions: { creditNotes: number; refundDays: number; refundOnlyCustomers: number };
    };
    expect(result.transactions).toMatchObject({ creditNotes: 3, refundDays: 2, refundOnlyCustomers: 1 });
    const byId = new Map(result.summary.map((c) => [c.id, c]));
    expect(byId.get('A')).toMatchObject({ x: 1, monetary: 0 });
    expect(byId.get('B')).toMatchObject({ x: 1, monetary: 0 });
    expect(byId.has('C')).toBe(false);
    expect(byId.get('E')).toMatchObject({ x: 2, monetary: 8.5 });
    const again = cvp('clv', 'fit', '--summary', out);
    // Accepted: no input error (exit 1); whether 12 rows make a converging fit is not the point here.
    expect(again.stderr).not.toContain('error');
    expect(again.code).not.toBe(1);
  });
});

describe('convergence', () => {
  const zero = (): string => file('zero.csv', 'id,x,t_x,T\n1,0,0,10\n2,0,0,20\n3,0,0,30\n4,0,0,5\n');

  it('exits 3 when the fit does not converge, and predict refuses those parameters unless told', () => {
    const fit = cvp('clv', 'fit', '--summary', zero(), '--json');
    expect(fit.code).toBe(3);
    expect(fit.stderr).toContain('the BG/NBD fit did not converge');
    const params = file('unconverged.json', fit.stdout);
    const summary = join(fixtures, 'summary_small.csv');
    const refused = cvp('clv', 'predict', '--params', params, '--summary', summary, '--horizon', '52');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('the BG/NBD fit did not converge');
    const allowed = cvp(
      'clv',
      'predict',
      '--params',
      params,
      '--summary',
      summary,
      '--horizon',
      '52',
      '--allow-unconverged'
    );
    expect(allowed.code).toBe(0);
    const rows = allowed.stdout.trim().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.endsWith(',false'))).toBe(true);
    expect(cvp('retention', 'fit', '--survivors', '1000,1000,1000,1000').code).toBe(3);
  });

  it('predicts as JSON from converged parameters, each row converged', () => {
    const fit = cvp('clv', 'fit', '--summary', cdnow, '--json');
    expect(fit.code).toBe(0);
    const params = file('cdnow.json', fit.stdout);
    const predicted = cvp(
      'clv',
      'predict',
      '--params',
      params,
      '--summary',
      join(fixtures, 'summary_small.csv'),
      '--horizon',
      '52',
      '--json'
    );
    const result = JSON.parse(predicted.stdout) as {
      parametersConverged: boolean;
      customers: { id: string; probabilityAlive: { estimate: number }; converged: boolean }[];
    };
    expect(result.parametersConverged).toBe(true);
    expect(result.customers.length).toBeGreaterThan(0);
    for (const c of result.customers) {
      expect(c.probabilityAlive.estimate).toBeGreaterThan(0);
      expect(c.probabilityAlive.estimate).toBeLessThanOrEqual(1);
    }
  });
});

describe('command line', () => {
  it('reads a negative option value and says what is wrong with it (exit 2)', () => {
    const outcome = cvp('clv', 'predict', '--params', 'p.json', '--summary', cdnow, '--horizon', '-3');
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('--horizon: "-3" is not valid (a positive number of periods)');
    expect(outcome.stderr).not.toContain('ambiguous');
    expect(cvp('retention', 'fit', '--survivors', '1000,abc,3').code).toBe(2);
  });

  it('reports an unwritable --summary-out as an input error (exit 1), not an internal one', () => {
    const outcome = cvp(
      'clv',
      'fit',
      '--transactions',
      join(fixtures, 'transactions.csv'),
      '--customer',
      'account',
      '--date',
      'order_date',
      '--period',
      'week',
      '--calibration-end',
      '2024-09-30',
      '--summary-out',
      join(dir, 'missing', 'out.csv')
    );
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain(`${join(dir, 'missing', 'out.csv')}: no such directory`);
  });

  it('prints its version from package.json, also when run from outside the project', async () => {
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    expect(cvp('--version').stdout).toBe(`cvp ${version}\n`);
    const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'scripts/cli/cvp.js'), '--version'], {
      cwd: tmpdir()
    });
    expect(stdout).toBe(`cvp ${version}\n`);
  });
});
