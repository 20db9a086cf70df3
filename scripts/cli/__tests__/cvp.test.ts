/**
 * The `cvp` command, spawned as a user runs it (`node scripts/cli/cvp.js …`, the npx launcher) on fixture files:
 * good files give results and exit 0; bad files give one clear line naming the row and column, a non-zero exit code,
 * and never a stack trace.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runCli } from '../cvpMain';

const run = promisify(execFile);
const root = join(__dirname, '../../..');
const fixtures = join(__dirname, 'fixtures');
const cdnow = join(root, 'scripts/models/__tests__/fixtures/cdnow_summary.csv');

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function cvp(...args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(root, 'scripts/cli/cvp.js'), ...args], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

function fixture(name: string): string {
  return join(fixtures, name);
}

function expectCleanError(outcome: Outcome, code: number, message: string): void {
  expect(outcome.code).toBe(code);
  expect(outcome.stderr).toContain(message);
  expect(outcome.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

jest.setTimeout(60_000);

describe('cvp clv', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cvp-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('fits CDNOW from a summary file (--json) and predicts from the stored parameters', async () => {
    const fit = await cvp('clv', 'fit', '--summary', cdnow, '--json');
    expect(fit.code).toBe(0);
    const result = JSON.parse(fit.stdout) as {
      bgnbd: { parameters: { r: number; alpha: number; a: number; b: number }; logLikelihood: number };
      gammaGamma: { parameters: { p: number; q: number; gamma: number } };
    };
    expect(result.bgnbd.parameters.r).toBeCloseTo(0.243, 2);
    expect(result.bgnbd.logLikelihood).toBeCloseTo(-9582.4, 0);
    expect(result.gammaGamma.parameters.p).toBeCloseTo(6.25, 1);
    const params = join(dir, 'params.json');
    writeFileSync(params, fit.stdout);
    const predict = await cvp(
      'clv',
      'predict',
      '--params',
      params,
      '--summary',
      cdnow,
      '--horizon',
      '39',
      '--discount',
      '0.1'
    );
    expect(predict.code).toBe(0);
    const lines = predict.stdout.trim().split('\n');
    expect(lines).toHaveLength(2358);
    expect(lines[0]).toBe(
      'id,x,t_x,T,p_alive,p_alive_low,p_alive_high,expected_purchases,purchases_low,purchases_high,expected_spend,spend_low,spend_high,clv,clv_low,clv_high,converged'
    );
    const first = lines[1].split(',');
    expect(first[0]).toBe('1');
    expect(Number(first[7])).toBeCloseTo(1.226, 2);
    expect(Number(first[8])).toBeLessThan(Number(first[7]));
    expect(Number(first[9])).toBeGreaterThan(Number(first[7]));
    expect(predict.stderr).toContain('2357 customers');
  });

  it('fits from a transaction log with a holdout check and writes the summary', async () => {
    const summaryOut = join(dir, 'summary.csv');
    const outcome = await cvp(
      'clv',
      'fit',
      '--transactions',
      fixture('transactions.csv'),
      '--customer',
      'account',
      '--date',
      'order_date',
      '--amount',
      'amount',
      '--calibration-end',
      '2024-06-30',
      '--holdout-end',
      '2024-12-31',
      '--period',
      'week',
      '--summary-out',
      summaryOut
    );
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('Customers: 120');
    expect(outcome.stdout).toContain('merged into same-day purchases');
    expect(outcome.stdout).toMatch(/Holdout check over 26\.29 weeks: predicted [\d.]+ vs actual \d+ repeat purchases/);
    expect(outcome.stdout).toContain('calibration x');
    expect(readFileSync(summaryOut, 'utf8').split('\n')[0]).toBe('id,x,t_x,T,monetary');
  });

  it.each([
    ['summary_missing_column.csv', 'missing column t_x (recency)'],
    ['summary_non_numeric.csv', 'line 3, column x: "two" is not a number'],
    ['summary_negative_T.csv', 'line 3, column T: negative T = -1'],
    ['summary_tx_greater_than_T.csv', 'line 2, column t_x: t_x = 40 is greater than T = 38.86'],
    ['summary_duplicate_ids.csv', 'line 3, column ID: duplicate id "1" (first on line 2)'],
    ['empty.csv', 'the file is empty'],
    ['does_not_exist.csv', 'does_not_exist.csv: no such file']
  ])('rejects %s with a clear message and exit code 1', async (file, message) => {
    expectCleanError(await cvp('clv', 'fit', '--summary', fixture(file)), 1, message);
  });

  it('rejects a bad date in a transaction log, naming row and column', async () => {
    const outcome = await cvp(
      'clv',
      'fit',
      '--transactions',
      fixture('transactions_bad_date.csv'),
      '--customer',
      'account',
      '--date',
      'order_date',
      '--calibration-end',
      '2024-06-30',
      '--period',
      'week'
    );
    expectCleanError(outcome, 1, 'line 3, column order_date: "2024-31-01" is not a date (YYYY-MM-DD)');
  });

  it('usage errors exit 2', async () => {
    expectCleanError(await cvp('clv', 'fit', '--sumary', 'x.csv'), 2, "Unknown option '--sumary'");
    expectCleanError(await cvp('clv', 'predict', '--summary', cdnow), 2, '--params is required');
    expectCleanError(await cvp('clv', 'fly'), 2, 'unknown command "clv fly"');
  });
});

describe('cvp retention and churn', () => {
  it('fits the Fader–Hardie high-end cohort', async () => {
    const outcome = await cvp('retention', 'fit', '--survivors', '1000,869,743,653,593,551,517,491', '--json');
    expect(outcome.code).toBe(0);
    const result = JSON.parse(outcome.stdout) as {
      parameters: { alpha: number; beta: number };
      logLikelihood: number;
      projection: unknown[];
    };
    expect(result.parameters.alpha).toBeCloseTo(0.668, 3);
    expect(result.parameters.beta).toBeCloseTo(3.806, 3);
    expect(result.projection).toHaveLength(13);
    expectCleanError(await cvp('retention', 'fit', '--survivors', '1000,1100,900'), 2, 'survivors cannot increase');
  });

  it('trains on an export with blanks and Yes/No labels, and rejects an unknown label', async () => {
    const outcome = await cvp(
      'churn',
      'train',
      '--csv',
      fixture('churn_export.csv'),
      '--label',
      'Churned',
      '--id',
      'Account Id'
    );
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('Imputed blanks: Revenue Trend 16, Region 7');
    expect(outcome.stdout).toMatch(/Cross-validated AUC \(5 stratified folds\): 0\.\d{3} ± 0\.\d{3}/);
    expect(outcome.stdout).toContain('Parameters to store (engine ChurnModel):');
    expectCleanError(
      await cvp('churn', 'train', '--csv', fixture('churn_bad_label.csv'), '--label', 'Churned'),
      1,
      'line 3, column Churned: label "Maybe" is not one of 1/0, yes/no, true/false'
    );
  });
});

describe('runCli in process', () => {
  function capture(argv: string[]): Outcome {
    let stdout = '';
    let stderr = '';
    const code = runCli(argv, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
    return { code, stdout, stderr };
  }

  it('prints help, subcommand usage and option errors', () => {
    expect(capture([]).code).toBe(2);
    expect(capture(['--help']).stdout).toContain('Usage: cvp <command>');
    expect(capture(['churn', 'train', '--help']).stdout).toContain('--label COL');
    expect(capture(['clv', 'fit']).stderr).toContain('give exactly one of --summary FILE or --transactions FILE');
    expect(capture(['clv', 'fit', '--transactions', 'x.csv']).stderr).toContain('--period week|day|month is required');
    expect(capture(['clv', 'fit', '--summary', cdnow, '--period', 'fortnight']).stderr).toContain(
      'is not one of day, week, month, year'
    );
    expect(capture(['clv', 'fit', '--summary', cdnow, 'extra']).stderr).toContain('unexpected argument "extra"');
    expect(capture(['retention', 'fit', '--survivors', '1000,900,800', '--project', '-1']).stderr).toContain(
      '--project'
    );
    expect(capture(['retention', 'fit', '--survivors', '1000,x']).stderr).toContain('value 2 "x" is not a number');
    expect(capture(['retention', 'fit', '--survivors', '1000,900']).stderr).toContain('at least three');
    expect(capture(['retention', 'fit', '--survivors', '0,0,0']).stderr).toContain('must be positive');
    expect(capture(['retention', 'fit', '--survivors', '1000,2.5,1']).stderr).toContain('whole number');
    expect(capture(['retention', 'fit', '--survivors', '1000,869,743']).stdout).toContain('warning: alpha');
    expect(capture(['clv', 'fit', '--summary', fixtures]).stderr).toContain('is a directory');
  });

  it('maps a model error to the flag of its parameter and exit code 2 (fixed on the command line)', () => {
    const churn = join(fixtures, 'churn_export.csv');
    const label = capture(['churn', 'train', '--csv', churn, '--label', 'Gone']);
    expect(label.code).toBe(2);
    expect(label.stderr).toMatch(/^cvp: error: --label: .*churn_export\.csv: missing column "Gone"/m);
  });

  it('summary-only fit without spend, text output; predict validates parameter files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cvp-'));
    try {
      // Three customers make no converging BG/NBD fit: the report is printed for inspection, and the exit code says so.
      const text = capture(['clv', 'fit', '--summary', fixture('summary_small.csv'), '--period', 'week']);
      expect(text.code).toBe(3);
      expect(text.stderr).toContain('the BG/NBD fit did not converge');
      expect(text.stdout).toContain('Gamma-Gamma: not fitted');
      const bare = join(dir, 'bare.json');
      writeFileSync(bare, JSON.stringify({ bgnbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, timeUnit: 'week' } }));
      const predicted = capture([
        'clv',
        'predict',
        '--params',
        bare,
        '--summary',
        fixture('summary_small.csv'),
        '--horizon',
        '52'
      ]);
      expect(predicted.code).toBe(0);
      expect(predicted.stdout.split('\n')[0]).not.toContain('clv');
      expect(predicted.stderr).toContain('spend and CLV omitted');
      const full = join(dir, 'full.json');
      writeFileSync(
        full,
        JSON.stringify({
          bgnbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, timeUnit: 'week' },
          gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 }
        })
      );
      const noMonetary = capture([
        'clv',
        'predict',
        '--params',
        full,
        '--summary',
        fixture('summary_small.csv'),
        '--horizon',
        '52'
      ]);
      expect(noMonetary.stderr).toContain('need gammaGamma parameters and a monetary column');
      expect(noMonetary.stdout).not.toContain('expected_spend');
      const broken = join(dir, 'broken.json');
      writeFileSync(broken, '{ not json');
      expect(capture(['clv', 'predict', '--params', broken, '--summary', cdnow, '--horizon', '1']).stderr).toContain(
        'not valid JSON'
      );
      writeFileSync(broken, JSON.stringify({ bgnbd: { r: -1, alpha: 1, a: 1, b: 1 } }));
      expect(capture(['clv', 'predict', '--params', broken, '--summary', cdnow, '--horizon', '1']).stderr).toContain(
        'bgnbd.r must be a positive number'
      );
      writeFileSync(broken, JSON.stringify({ other: 1 }));
      expect(capture(['clv', 'predict', '--params', broken, '--summary', cdnow, '--horizon', '1']).stderr).toContain(
        'missing "bgnbd"'
      );
      writeFileSync(broken, JSON.stringify({ bgnbd: { r: 1, alpha: 1, a: 1, b: 1, timeUnit: 'hour' } }));
      expect(capture(['clv', 'predict', '--params', broken, '--summary', cdnow, '--horizon', '1']).stderr).toContain(
        'timeUnit "hour"'
      );
      writeFileSync(
        broken,
        JSON.stringify({ bgnbd: { r: 1, alpha: 1, a: 1, b: 1 }, gammaGamma: { p: 0, q: 1, gamma: 1 } })
      );
      expect(capture(['clv', 'predict', '--params', broken, '--summary', cdnow, '--horizon', '1']).stderr).toContain(
        'gammaGamma.p'
      );
      expect(capture(['clv', 'predict', '--params', bare, '--summary', cdnow, '--horizon', 'soon']).stderr).toContain(
        '--horizon'
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('retention and churn text reports', () => {
    const retention = capture([
      'retention',
      'fit',
      '--survivors',
      '1000,631,468,382,326,289,262,241',
      '--project',
      '10'
    ]);
    expect(retention.stdout).toContain('alpha      0.70408');
    expect(retention.stdout).toContain('* projected beyond the data');
    const churn = capture([
      'churn',
      'train',
      '--csv',
      fixture('churn_export.csv'),
      '--label',
      'Churned',
      '--json',
      '--folds',
      '4'
    ]);
    expect((JSON.parse(churn.stdout) as { folds: number }).folds).toBe(4);
  });

  it('transaction fits in process: text report with holdout table, JSON with summary and holdout', () => {
    const args = [
      'clv',
      'fit',
      '--transactions',
      fixture('transactions.csv'),
      '--customer',
      'account',
      '--date',
      'order_date',
      '--amount',
      'amount',
      '--calibration-end',
      '2024-06-30',
      '--period',
      'week'
    ];
    const text = capture([...args, '--holdout-end', '2024-12-31']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('… 110 more');
    expect(text.stdout).toContain('7+');
    const json = JSON.parse(capture([...args, '--holdout-end', '2024-12-31', '--json']).stdout) as {
      summary: unknown[];
      holdout: { totalActual: number; byFrequency: unknown[] };
      transactions: { rows: number };
    };
    expect(json.summary).toHaveLength(120);
    expect(json.transactions.rows).toBe(590);
    expect(json.holdout.totalActual).toBeGreaterThan(0);
    const noHoldout = capture(args);
    expect(noHoldout.stdout).not.toContain('Holdout check');
  });

  it('churn and retention text and JSON reports in process', () => {
    const churn = capture([
      'churn',
      'train',
      '--csv',
      fixture('churn_export.csv'),
      '--label',
      'Churned',
      '--id',
      'Account Id'
    ]);
    expect(churn.code).toBe(0);
    expect(churn.stdout).toContain('Region=West');
    expect(churn.stdout).toContain('Hosmer–Lemeshow');
    const retention = capture(['retention', 'fit', '--survivors', '1000,869,743,653', '--json', '--discount', '0.05']);
    const parsed = JSON.parse(retention.stdout) as {
      discountedExpectedResidualLifetime: { annualDiscountRate: number };
    };
    expect(parsed.discountedExpectedResidualLifetime.annualDiscountRate).toBe(0.05);
  });
});
