/** `cvp doctor` against a fake org built from this project's own metadata: clean when all is there, one line per break. */
import { join } from 'node:path';
import { readCustomMetadataRecords } from '../../../local/customMetadataRecords';
import { projectFields } from '../projectMetadata';
import type { ExecuteAnonymousAnswer, FakeField } from './fakeSalesforce';
import { REQUEST_LIMIT, restError } from './fakeSalesforce';
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

const RECORD_MESSAGE_EN = 'Invalid value configuration: Value_Setting.Default, field Default_Margin_Rate__c: ';
const OUT_OF_RANGE_EN = 'The value is out of range.';

/** What the org answers when ValueConfigLoader.load() throws: its message, problems joined by " · ". */
function invalidConfiguration(body: string, messages: string[]): ExecuteAnonymousAnswer {
  expect(body).toBe('ValueConfigLoader.load();');
  return {
    line: 130,
    column: 1,
    compiled: true,
    success: false,
    compileProblem: null,
    exceptionStackTrace: 'Class.ValueConfigLoader.load: line 130, column 1\nAnonymousBlock: line 1, column 1',
    exceptionMessage: `ValueConfigLoader.InvalidConfigException: ${messages.join(' · ')}`
  };
}

/** An org whose Default_Margin_Rate__c is 7 (out of [0, 1]): invalid for the engine. */
function orgWithInvalidConfiguration(): OrgState {
  const state = healthyOrg();
  const settings = state.cmdt.get('Value_Setting__mdt') ?? [];
  state.cmdt.set(
    'Value_Setting__mdt',
    settings.map((row) => ({ ...row, Default_Margin_Rate__c: 7 }))
  );
  return state;
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
    expect(kit.org.requestsTo('GET', /executeAnonymous/)).toHaveLength(0); // a valid configuration runs no Apex
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
    kit.org.anonymousApex = (body) => invalidConfiguration(body, [`${RECORD_MESSAGE_EN}${OUT_OF_RANGE_EN}`]);
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
      'PROBLEM  configuration: Value_Setting__mdt.Default.Default_Margin_Rate__c: The value is out of range. — fix: Setup → Custom Metadata Types → Value_Setting__mdt: Manage Records → Default → Edit → Default_Margin_Rate__c'
    ]);
    expect(result.stdout).toContain('8 problem(s).');
    const anonymous = kit.org.requestsTo('GET', /\/tooling\/executeAnonymous\/$/);
    expect(anonymous.map((r) => r.query.get('anonymousBody'))).toEqual(['ValueConfigLoader.load();']);
  });

  it('names each configuration problem by the record and field the org names, in English or French', async () => {
    serve(kit, orgWithInvalidConfiguration());
    kit.org.anonymousApex = (body) =>
      invalidConfiguration(body, [
        `${RECORD_MESSAGE_EN}${OUT_OF_RANGE_EN}`,
        'Configuration de la valeur invalide : Value_Driver.Support_Case_High, champ Unit_Cost__c : La valeur est hors limites.',
        'Invalid value configuration: Model_Parameter.BGNBD_r, field Value__c: The value is out of range.',
        'Invalid value configuration: Value_Driver__mdt (drivers[2].unitCost), field Unit_Cost__c: The value is out of range.',
        'and 2 more problems'
      ]);
    const result = await kit.run('doctor', '--target-org', 'cvp', '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { problems: { check: string; problem: string; fix: string }[] };
    expect(report.problems).toEqual([
      {
        check: 'configuration',
        problem: 'Value_Setting__mdt.Default.Default_Margin_Rate__c: The value is out of range.',
        fix: 'Setup → Custom Metadata Types → Value_Setting__mdt: Manage Records → Default → Edit → Default_Margin_Rate__c'
      },
      {
        check: 'configuration',
        problem: 'Value_Driver__mdt.Support_Case_High.Unit_Cost__c: La valeur est hors limites.',
        fix: 'Setup → Custom Metadata Types → Value_Driver__mdt: Manage Records → Support_Case_High → Edit → Unit_Cost__c'
      },
      {
        check: 'configuration',
        problem: 'Model_Parameter__mdt.BGNBD_r.Value__c: The value is out of range.',
        fix: 'cvp params push --params fit.json --target-org cvp, or Setup → Custom Metadata Types → Model_Parameter__mdt: Manage Records → BGNBD_r → Edit → Value__c'
      },
      {
        check: 'configuration',
        problem:
          'Invalid value configuration: Value_Driver__mdt (drivers[2].unitCost), field Unit_Cost__c: The value is out of range.',
        fix: 'Setup → Custom Metadata Types: add or correct the records named, then run cvp doctor again'
      },
      {
        check: 'configuration',
        problem: 'and 2 more problems',
        fix: 'Setup → Custom Metadata Types: add or correct the records named, then run cvp doctor again'
      }
    ]);
  });

  it('names configuration problems by their engine paths when the org will not run anonymous Apex', async () => {
    serve(kit, orgWithInvalidConfiguration());
    // without Author Apex; any answer but a stopping one (session, limit, network) falls back to the engine's names
    kit.org.fail(
      (r) => r.path.endsWith('/tooling/executeAnonymous/'),
      restError(403, 'INSUFFICIENT_ACCESS', 'You do not have permission to run anonymous Apex')
    );
    const fallback = await kit.run('doctor', '--target-org', 'cvp');
    expect(fallback.code).toBe(1);
    expect(fallback.stdout).toContain(
      'PROBLEM  configuration: settings.defaultMarginRate: The value is out of range. — fix: Setup → Custom Metadata Types: correct the record behind this setting (or cvp params push for Model_Parameter); run cvp doctor as a user with Author Apex to have the org name the record and field'
    );
    // the org's deployed loader accepts what the engine here refuses (another version): the engine's names, too
    const accepted = await kit.run('doctor', '--target-org', 'cvp');
    expect(accepted.stdout).toContain('PROBLEM  configuration: settings.defaultMarginRate: The value is out of range.');
    kit.org.fail((r) => r.path.endsWith('/tooling/executeAnonymous/'), REQUEST_LIMIT, 5);
    const limited = await kit.run('doctor', '--target-org', 'cvp');
    expect(limited.stdout).not.toContain('PROBLEM  configuration');
    expect(limited.stderr).toContain('the org refuses more API requests');
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
