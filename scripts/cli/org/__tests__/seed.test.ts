/** `cvp seed` against the fake org: Bulk API 2.0 ingest jobs in the plan's order, references to inserted Ids, refusals. */
import { samplePlan, syntheticPlan } from '../seedData';
import type { Kit } from './orgTestKit';
import { startKit } from './orgTestKit';

const SCRATCH = { IsSandbox: false, TrialExpirationDate: '2026-12-30', OrganizationType: 'Developer Edition' };

function column(csv: string, name: string): string[] {
  const [header, ...rows] = csv.trim().split('\n');
  const index = header.split(',').indexOf(name);
  return rows.map((row) => row.split(',')[index]);
}

describe('cvp seed', () => {
  let kit: Kit;
  beforeEach(async () => {
    kit = await startKit();
    kit.org.restQuery = (soql) => (soql.includes('FROM Organization') ? [SCRATCH] : []);
  });
  afterEach(async () => {
    await kit.org.stop();
  });

  it('loads the sample data set in the plan order, each object one insert job, references as the inserted Ids', async () => {
    const result = await kit.run('seed', '--target-org', 'cvp');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const jobs = [...kit.org.ingestJobs.values()];
    expect(jobs.map((j) => j.object)).toEqual([
      'Referral_Partner__c',
      'Account',
      'Account',
      'Opportunity',
      'Case',
      'Event',
      'Task',
      'Satisfaction_Survey__c'
    ]);
    const created = kit.org
      .requestsTo('POST', /\/jobs\/ingest$/)
      .map((r) => JSON.parse(r.body) as Record<string, string>);
    expect(created[1]).toEqual({
      object: 'Account',
      operation: 'insert',
      contentType: 'CSV',
      columnDelimiter: 'COMMA',
      lineEnding: 'LF'
    });
    const uploads = kit.org.requestsTo('PUT', /\/jobs\/ingest\/\w+\/batches$/);
    expect(uploads).toHaveLength(8);
    expect(uploads.every((u) => u.headers['content-type'] === 'text/csv')).toBe(true);
    const closes = kit.org.requestsTo('PATCH', /\/jobs\/ingest\/\w+$/).map((r) => r.body);
    expect(new Set(closes)).toEqual(new Set(['{"state":"UploadComplete"}']));
    // the first sample opportunity belongs to the first sample account: its AccountId is that account's new Id
    const [accounts, referred, opportunities] = [jobs[1], jobs[2], jobs[3]];
    const firstAccountName = column(accounts.csv, 'Name')[0];
    expect(firstAccountName).toBe('Ateliers Lumière');
    expect(column(opportunities.csv, 'AccountId')[0]).toBe(accounts.ids[0]);
    const inserted = new Set([...accounts.ids, ...referred.ids]);
    expect(column(opportunities.csv, 'AccountId').every((id) => inserted.has(id))).toBe(true);
    expect(column(referred.csv, 'Referred_By_Account__c').every((id) => accounts.ids.includes(id))).toBe(true);
    expect(result.stdout).toMatch(/^Opportunity\s+647\s+1$/m);
    expect(result.stdout).toMatch(/^Account\s+46\s+2$/m);
  });

  it('loads N synthetic accounts made from the sample, the same for the same seed', async () => {
    const result = await kit.run('seed', '--target-org', 'cvp', '--accounts', '100', '--seed', '7', '--json');
    expect(result.code).toBe(0);
    const accountJobs = [...kit.org.ingestJobs.values()].filter((j) => j.object === 'Account');
    const names = accountJobs.flatMap((j) => column(j.csv, 'Name'));
    expect(names).toHaveLength(100);
    expect(new Set(names).size).toBe(100);
    expect(names[0]).toBe('Ateliers Lumière 1');
    const report = JSON.parse(result.stdout) as { loaded: { object: string; records: number }[] };
    expect(report.loaded.find((l) => l.object === 'Account')?.records).toBe(100);
    const again = syntheticPlan(samplePlan(), 100, 7);
    const other = syntheticPlan(samplePlan(), 100, 8);
    const amounts = (plan: typeof again): unknown[] =>
      plan.filter((s) => s.objectName === 'Opportunity').flatMap((s) => s.records.map((r) => r.fields.Amount));
    expect(amounts(again)).toEqual(amounts(syntheticPlan(samplePlan(), 100, 7)));
    expect(amounts(again)).not.toEqual(amounts(other));
    expect(amounts(again).length).toBeGreaterThan(1000);
  });

  it('refuses a production org before loading anything', async () => {
    kit.org.restQuery = () => [{ IsSandbox: false, TrialExpirationDate: null, OrganizationType: 'Enterprise Edition' }];
    const result = await kit.run('seed', '--target-org', 'prod');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'prod is a production org (Enterprise Edition): cvp seed loads demo data into scratch orgs and sandboxes only'
    );
    expect(result.stderr).toContain('fix: sf org create scratch');
    expect(kit.org.ingestJobs.size).toBe(0);
  });

  it('stops at refused rows, quoting the error Salesforce gave for them', async () => {
    kit.org.ingestFailures.set('Case', 2);
    const result = await kit.run('seed', '--target-org', 'cvp');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /2 of 318 Case records were refused \(job 750\w+\): REQUIRED_FIELD_MISSING:Required fields are missing: \[Name\]:Name --/
    );
    expect([...kit.org.ingestJobs.values()].map((j) => j.object)).not.toContain('Event');
  });

  it('reports a failed ingest job with its error message', async () => {
    kit.org.fail(
      (r) => r.method === 'GET' && /\/jobs\/ingest\/\w+$/.test(r.path),
      {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          id: '7500',
          state: 'Failed',
          errorMessage: 'InvalidBatch : Field name not found : Has_Future_Potential__c'
        })
      },
      1
    );
    const result = await kit.run('seed', '--target-org', 'cvp');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      '(Referral_Partner__c) failed: InvalidBatch : Field name not found : Has_Future_Potential__c'
    );
  });

  it('refuses --seed without --accounts and an absurd --accounts (exit 2)', async () => {
    expect((await kit.run('seed', '--target-org', 'cvp', '--seed', '3')).code).toBe(2);
    const zero = await kit.run('seed', '--target-org', 'cvp', '--accounts', '0');
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('--accounts: "0" is not valid');
    expect(kit.org.requests).toHaveLength(0);
  });
});
