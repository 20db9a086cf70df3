/** `cvp doctor` against a fake org built from this project's own metadata: clean when all is there, one line per break. */
import { join } from 'node:path';
import { readCustomMetadataRecords } from '../../../local/customMetadataRecords';
import { projectFields } from '../projectMetadata';
import type { FakeField } from './fakeSalesforce';
import { restError } from './fakeSalesforce';
import type { Kit } from './orgTestKit';
import { startKit } from './orgTestKit';

const CMDT = readCustomMetadataRecords(join(__dirname, '../../../../force-app/main/default/customMetadata'));

interface OrgState {
  describe: Map<string, FakeField[]>;
  permissionSets: string[];
  cron: { State: string }[];
  runs: { Status__c: string; Started_At__c: string | null; Error_Message__c: string | null }[];
  cmdt: Map<string, Record<string, unknown>[]>;
}

/** An org where everything the product needs is in place. */
function healthyOrg(): OrgState {
  const describe = new Map<string, FakeField[]>();
  for (const [object, fields] of projectFields())
    describe.set(object, [{ name: 'Id' }, ...fields.map((name) => ({ name }))]);
  describe.set('Case', [
    {
      name: 'Type',
      picklistValues: [
        { value: 'Problem', active: true },
        { value: 'Complaint', active: true }
      ]
    }
  ]);
  describe.set('Order', [{ name: 'TotalAmount' }, { name: 'IsReductionOrder' }]);
  const cmdt = new Map<string, Record<string, unknown>[]>();
  for (const [type, records] of CMDT) {
    cmdt.set(
      `${type}__mdt`,
      records.map((r) => ({
        DeveloperName: r.developerName,
        MasterLabel: r.label,
        ...Object.fromEntries(Object.entries(r.values).map(([k, v]) => [k, v ?? null]))
      }))
    );
  }
  return {
    describe,
    permissionSets: ['Customer_Value_Admin'],
    cron: [{ State: 'WAITING' }],
    runs: [{ Status__c: 'completed', Started_At__c: '2026-12-07T02:00:00.000+0000', Error_Message__c: null }],
    cmdt
  };
}

function serve(kit: Kit, state: OrgState): void {
  kit.org.describe = state.describe;
  kit.org.restQuery = (soql) => {
    if (soql.includes('FROM PermissionSetAssignment'))
      return state.permissionSets.map((Name) => ({ PermissionSet: { Name } }));
    if (soql.includes('FROM CronTrigger')) return state.cron;
    if (soql.includes('FROM Portfolio_Snapshot__c')) return state.runs;
    const type = /FROM (\w+__mdt)$/.exec(soql)?.[1];
    return type === undefined ? [] : (state.cmdt.get(type) ?? []);
  };
}

describe('cvp doctor', () => {
  let kit: Kit;
  beforeEach(async () => {
    kit = await startKit();
  });
  afterEach(async () => {
    await kit.org.stop();
  });

  it('finds no problem in an org that has everything, after describing every object the project deploys', async () => {
    serve(kit, healthyOrg());
    const result = await kit.run('doctor', '--target-org', 'cvp');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.match(/^ok /gm)).toHaveLength(7);
    expect(result.stdout).toContain('No problem found.');
    const described = kit.org.requestsTo('GET', /\/describe$/).map((r) => /sobjects\/(\w+)\//.exec(r.path)?.[1]);
    expect(new Set(described)).toEqual(new Set([...projectFields().keys(), 'Case', 'Order']));
    expect(described).toHaveLength(new Set(described).size); // each object described once
    const permissionQuery = kit.org
      .requestsTo('GET', /\/query$/)
      .find((r) => r.query.get('q')?.includes('PermissionSetAssignment'));
    expect(permissionQuery?.query.get('q')).toBe(
      "SELECT PermissionSet.Name FROM PermissionSetAssignment WHERE Assignee.Username = 'admin@cvp.example'"
    );
  });

  it('prints one line per problem, each with its fix, and exits 1', async () => {
    const state = healthyOrg();
    state.describe.set(
      'Account',
      (state.describe.get('Account') ?? []).filter((f) => f.name !== 'Churn_Probability__c')
    );
    state.describe.delete('Scoring_Issue__c');
    state.describe.set('Case', [{ name: 'Type', picklistValues: [{ value: 'Problem', active: true }] }]);
    state.describe.set('Order', [{ name: 'TotalAmount' }]);
    state.permissionSets = ['Some_Other_Set'];
    state.cron = [];
    state.runs = [
      {
        Status__c: 'failed',
        Started_At__c: '2026-12-07T02:00:00.000+0000',
        Error_Message__c: 'Score_Weight.Loyalty: Points__c missing'
      }
    ];
    const settings = state.cmdt.get('Value_Setting__mdt') ?? [];
    state.cmdt.set(
      'Value_Setting__mdt',
      settings.map((row) => ({ ...row, Default_Margin_Rate__c: 7 }))
    );
    serve(kit, state);
    const result = await kit.run('doctor', '--target-org', 'cvp');
    expect(result.code).toBe(1);
    const problems = result.stdout.split('\n').filter((line) => line.startsWith('PROBLEM'));
    expect(problems).toEqual([
      'PROBLEM  fields: Account: Churn_Probability__c not deployed (or not visible to you) — fix: sf project deploy start --source-dir force-app --target-org cvp, then sf org assign permset --name Customer_Value_Admin --target-org cvp',
      'PROBLEM  objects: Scoring_Issue__c is not deployed (or not visible to you) — fix: sf project deploy start --source-dir force-app --target-org cvp',
      'PROBLEM  permission sets: admin@cvp.example has none of Customer_Value_Admin, Customer_Value_Manager, Customer_Value_Sales — fix: sf org assign permset --name Customer_Value_Admin --target-org cvp',
      'PROBLEM  Case type: the Case Type picklist has no Complaint value (the complaint cost driver and count read it) — fix: Setup → Object Manager → Case → Fields → Type → New: Complaint',
      'PROBLEM  reduction orders: reduction orders are not enabled: the Credit_Note value driver reads them — fix: Setup → Order Settings → Enable Reduction Orders (or deactivate the Credit_Note value driver)',
      'PROBLEM  scoring job: "Customer value scoring (nightly)" is not scheduled — fix: sf apex run --file scripts/apex/scheduleNightly.apex --target-org <scoring integration user>',
      'PROBLEM  last scoring run: the last run (2026-12-07T02:00:00.000+0000) failed: Score_Weight.Loyalty: Points__c missing — fix: fix what the message names, then sf apex run --file scripts/apex/scoreNow.apex --target-org <scoring integration user>',
      expect.stringMatching(
        /^PROBLEM {2}configuration: settings\.defaultMarginRate: .+ — fix: Setup → Custom Metadata Types/
      )
    ]);
    expect(result.stdout).toContain('8 problem(s).');
  });

  it('names an org older than the project API version, and a scoring run that stopped (--json)', async () => {
    serve(kit, {
      ...healthyOrg(),
      runs: [{ Status__c: 'completed', Started_At__c: '2026-11-30T02:00:00.000+0000', Error_Message__c: null }]
    });
    const original = kit.deps.session;
    kit.deps.session = (target) => original(target).then((s) => ({ ...s, apiVersion: '60.0' }));
    const result = await kit.run('doctor', '--target-org', 'cvp', '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { ok: boolean; problems: { check: string; problem: string }[] };
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.check)).toEqual(['API version', 'last scoring run']);
    expect(report.problems[0].problem).toBe("the org's newest API version is 60.0, the project deploys with 66.0");
    expect(report.problems[1].problem).toContain('the last run started 2026-11-30, more than two days ago');
    expect(kit.org.requests.every((r) => r.path.startsWith('/services/data/v60.0/'))).toBe(true);
  });

  it('reports a check the org refuses to answer as a problem and goes on with the others', async () => {
    serve(kit, healthyOrg());
    kit.org.fail(
      (r) => r.query.get('q')?.includes('FROM CronTrigger') === true,
      restError(400, 'INVALID_TYPE', "sObject type 'CronTrigger' is not supported.")
    );
    const result = await kit.run('doctor', '--target-org', 'cvp');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "PROBLEM  scoring job and last run: could not be checked: sObject type 'CronTrigger' is not supported. (INVALID_TYPE) — fix: run cvp doctor as a user with the Customer_Value_Admin permission set"
    );
    expect(result.stdout).toContain('ok       configuration (validateConfig)');
    expect(result.stdout).toContain('1 problem(s).');
  });

  it('stops on an expired session that cannot be refreshed, instead of reporting every check as a problem', async () => {
    serve(kit, healthyOrg());
    kit.org.expireSession();
    kit.refreshFails = true;
    const original = kit.deps.session;
    kit.deps.session = (target) => original(target).then((s) => ({ ...s, accessToken: 'token-1' }));
    const result = await kit.run('doctor', '--target-org', 'cvp');
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('PROBLEM');
    expect(result.stderr).toContain('fix: sf org login web --alias cvp');
  });
});
