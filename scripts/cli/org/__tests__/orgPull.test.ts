/** `cvp org pull` and `cvp clv fit --target-org` against the fake org: the requests sent, the file written, every error. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REQUEST_LIMIT, restError, SERVICE_UNAVAILABLE } from './fakeSalesforce';
import type { Kit } from './orgTestKit';
import { startKit } from './orgTestKit';

const ORDERS_HEADER = '"Id","AccountId","EffectiveDate","TotalAmount"';

function orderRows(count: number): string[] {
  const rows: string[] = [];
  for (let i = 0; i < count; i++) {
    const account = `001${String(i % 7).padStart(12, '0')}`;
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 12)).padStart(2, '0');
    rows.push(`"801${String(i).padStart(12, '0')}","${account}","2025-${month}-${day}","${(i % 5) * 10 + 5}.5"`);
  }
  return rows;
}

describe('cvp org pull', () => {
  let kit: Kit;
  let dir: string;
  beforeEach(async () => {
    kit = await startKit();
    kit.org.bulkAnswer = () => ({ header: ORDERS_HEADER, rows: orderRows(250) });
    kit.org.pageSize = 100;
    dir = mkdtempSync(join(tmpdir(), 'cvp-pull-'));
  });
  afterEach(async () => {
    await kit.org.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates a Bulk API 2.0 query job, polls it, and streams every result page into one CSV', async () => {
    const out = join(dir, 'orders.csv');
    const result = await kit.run(
      'org',
      'pull',
      '--target-org',
      'cvp',
      '--source',
      'orders',
      '--since',
      '2025-01-01',
      '--out',
      out,
      '--json'
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const created = kit.org.requestsTo('POST', /\/jobs\/query$/);
    expect(created).toHaveLength(1);
    expect(created[0].headers.authorization).toBe('Bearer token-1');
    expect(JSON.parse(created[0].body)).toEqual({
      operation: 'query',
      query:
        "SELECT Id, AccountId, EffectiveDate, TotalAmount FROM Order WHERE StatusCode = 'Activated' AND AccountId != null AND EffectiveDate >= 2025-01-01",
      contentType: 'CSV',
      columnDelimiter: 'COMMA',
      lineEnding: 'LF'
    });
    const jobId = [...kit.org.queryJobs.keys()][0];
    expect(kit.org.requestsTo('GET', new RegExp(`/jobs/query/${jobId}$`))).toHaveLength(2);
    expect(kit.sleeps).toEqual([7]);
    const pages = kit.org.requestsTo('GET', /\/results$/);
    expect(pages.map((p) => p.query.get('locator'))).toEqual([null, '100', '200']);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe(ORDERS_HEADER);
    expect(lines.slice(1)).toEqual(orderRows(250));
    expect(JSON.parse(result.stdout)).toMatchObject({ source: 'orders', rows: 250, jobId, out });
  });

  it('pulls won opportunities by close date and names the columns to fit them with', async () => {
    kit.org.bulkAnswer = () => ({
      header: '"Id","AccountId","CloseDate","Amount"',
      rows: ['"0061","0011","2025-03-04","10"']
    });
    const out = join(dir, 'opps.csv');
    const result = await kit.run('org', 'pull', '--target-org', 'cvp', '--source', 'opportunities', '--out', out);
    expect(result.code).toBe(0);
    expect((JSON.parse(kit.org.requestsTo('POST', /\/jobs\/query$/)[0].body) as { query: string }).query).toBe(
      'SELECT Id, AccountId, CloseDate, Amount FROM Opportunity WHERE IsWon = true AND AccountId != null'
    );
    expect(result.stdout).toContain('Pulled 1 opportunities from cvp');
    expect(result.stdout).toContain('--customer AccountId --date CloseDate --amount Amount');
  });

  it('refuses a bad --source or --since before reaching the org (exit 2)', async () => {
    const badSource = await kit.run('org', 'pull', '--target-org', 'cvp', '--source', 'cases', '--out', 'x.csv');
    expect(badSource.code).toBe(2);
    expect(badSource.stderr).toContain('--source: "cases" is not one of orders, opportunities');
    const badSince = await kit.run(
      'org',
      'pull',
      '--target-org',
      'cvp',
      '--source',
      'orders',
      '--since',
      "2025-01-01' OR Id != null",
      '--out',
      'x.csv'
    );
    expect(badSince.code).toBe(2);
    expect(badSince.stderr).toContain('is not a date YYYY-MM-DD');
    expect(kit.org.requests).toHaveLength(0);
  });

  it("uses the Salesforce CLI's default org without --target-org, and says how to set one when there is none", async () => {
    kit.defaultOrg = 'cvp-default';
    const result = await kit.run('org', 'pull', '--source', 'orders', '--out', join(dir, 'd.csv'));
    expect(result.code).toBe(0);
    expect(kit.asked).toEqual(['cvp-default']);
    expect(result.stdout).toContain('from cvp-default');
    kit.defaultOrg = undefined;
    const none = await kit.run('org', 'pull', '--source', 'orders', '--out', join(dir, 'e.csv'));
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(
      'org pull: --target-org is required (or set a default: sf config set target-org=ALIAS)'
    );
  });

  it('refreshes an expired session through the Salesforce CLI login and carries on', async () => {
    kit.org.expireSession();
    const original = kit.deps.session;
    let first = true;
    kit.deps.session = (target) => {
      // the first login hands out the stale token (as a cached sf login would), the refresh the live one
      const stale = first;
      first = false;
      return original(target).then((s) => (stale ? { ...s, accessToken: 'token-1' } : s));
    };
    const result = await kit.run(
      'org',
      'pull',
      '--target-org',
      'cvp',
      '--source',
      'orders',
      '--out',
      join(dir, 'b.csv')
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const posts = kit.org.requestsTo('POST', /\/jobs\/query$/);
    expect(posts.map((p) => p.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
    expect(kit.sessions).toBe(2);
    expect(readFileSync(join(dir, 'b.csv'), 'utf8').split('\n')).toHaveLength(252);
  });

  it('says how to log in again when the session expired and cannot be refreshed', async () => {
    kit.org.expireSession();
    kit.refreshFails = true;
    const original = kit.deps.session;
    kit.deps.session = (target) => original(target).then((s) => ({ ...s, accessToken: 'token-1' }));
    const out = join(dir, 'orders.csv');
    const result = await kit.run('org', 'pull', '--target-org', 'cvp', '--source', 'orders', '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the session of cvp has expired and could not be refreshed');
    expect(result.stderr).toContain('fix: sf org login web --alias cvp');
    expect(existsSync(out)).toBe(false);
  });

  it('reports INVALID_FIELD with the org message and the deployment fix, without retrying', async () => {
    kit.org.fail(
      (r) => r.method === 'POST' && r.path.endsWith('/jobs/query'),
      restError(400, 'INVALID_FIELD', "No such column 'TotalAmount' on entity 'Order'."),
      5
    );
    const result = await kit.run(
      'org',
      'pull',
      '--target-org',
      'cvp',
      '--source',
      'orders',
      '--out',
      join(dir, 'o.csv')
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("org pull: No such column 'TotalAmount' on entity 'Order'.");
    expect(result.stderr).toContain('fix: deploy the project');
    expect(kit.org.requestsTo('POST', /\/jobs\/query$/)).toHaveLength(1);
    expect(kit.sleeps).toEqual([]);
  });

  it('reports a failed Bulk job and leaves no partial file', async () => {
    kit.org.finalState = 'Failed';
    const out = join(dir, 'orders.csv');
    const result = await kit.run('org', 'pull', '--target-org', 'cvp', '--source', 'orders', '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Bulk API query job 750\w+ failed: InternalServerError/);
    expect(result.stderr).toContain('fix: Setup → Bulk Data Load Jobs');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.part`)).toBe(false);
    expect(kit.org.requestsTo('GET', /\/results$/)).toHaveLength(0);
  });

  it('retries REQUEST_LIMIT_EXCEEDED and 503 with a doubling back-off, then succeeds', async () => {
    kit.org.fail((r) => r.method === 'POST' && r.path.endsWith('/jobs/query'), REQUEST_LIMIT, 2);
    kit.org.fail((r) => r.path.endsWith('/results'), SERVICE_UNAVAILABLE, 1);
    const out = join(dir, 'orders.csv');
    const result = await kit.run('org', 'pull', '--target-org', 'cvp', '--source', 'orders', '--out', out);
    expect(result.code).toBe(0);
    expect(kit.org.requestsTo('POST', /\/jobs\/query$/)).toHaveLength(3);
    expect(kit.org.requestsTo('GET', /\/results$/).map((p) => p.query.get('locator'))).toEqual([
      null,
      null,
      '100',
      '200'
    ]);
    // 100, 200 for the two limits; the poll interval (7); 100 for the 503
    expect(kit.sleeps).toEqual([100, 200, 7, 100]);
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(251);
  });

  it.each([
    [
      'REQUEST_LIMIT_EXCEEDED',
      REQUEST_LIMIT,
      'the org refuses more API requests (TotalRequests Limit exceeded.)',
      'fix: wait for the limit to reset'
    ],
    ['a 503', SERVICE_UNAVAILABLE, 'Salesforce did not answer (ERROR_HTTP_503)', 'fix: try again later']
  ])('gives up on %s that lasts after the last attempt, saying why and what to do', async (_, answer, why, fix) => {
    kit.org.fail(() => true, answer, 10);
    const result = await kit.run(
      'org',
      'pull',
      '--target-org',
      'cvp',
      '--source',
      'orders',
      '--out',
      join(dir, 'o.csv')
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(why);
    expect(result.stderr).toContain(fix);
    expect(kit.org.requests).toHaveLength(4);
    expect(kit.sleeps).toEqual([100, 200, 400]);
  });
});

describe('cvp clv fit --target-org', () => {
  let kit: Kit;
  let log: string[];
  beforeEach(async () => {
    kit = await startKit();
    // the CLI tests' transaction log (120 accounts), as the Bulk API would answer it
    log = readFileSync(join(__dirname, '../../__tests__/fixtures/transactions.csv'), 'utf8').trim().split('\n');
    kit.org.bulkAnswer = () => ({
      header: ORDERS_HEADER,
      rows: log.slice(1).map((line) =>
        line
          .split(',')
          .map((cell) => `"${cell}"`)
          .join(',')
      )
    });
  });
  afterEach(async () => {
    await kit.org.stop();
  });

  it('pulls the orders and fits them in one go', async () => {
    const result = await kit.run(
      'clv',
      'fit',
      '--target-org',
      'cvp',
      '--calibration-end',
      '2024-06-30',
      '--holdout-end',
      '2024-12-31',
      '--period',
      'week',
      '--json'
    );
    expect(result.stderr).toContain('orders.csv as comma-separated, decimal point, dates YYYY-MM-DD, UTF-8');
    expect(result.code).toBe(0);
    const fit = JSON.parse(result.stdout) as {
      bgnbd: { customers: number; diagnostics: { converged: boolean } };
      transactions: { rows: number };
      holdout: { totalActual: number };
    };
    expect(fit.transactions.rows).toBe(log.length - 1);
    expect(fit.bgnbd.customers).toBe(120);
    expect(fit.bgnbd.diagnostics.converged).toBe(true);
    expect(fit.holdout.totalActual).toBeGreaterThan(0);
    expect(kit.org.requestsTo('POST', /\/jobs\/query$/)).toHaveLength(1);
  });

  it('refuses --transactions together with --target-org', async () => {
    const result = await kit.run('clv', 'fit', '--target-org', 'cvp', '--transactions', 'x.csv');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--transactions and --target-org exclude each other');
  });
});
