/** `cvp params push` against the fake org: the change shown, the Metadata API deploy sent, and each failure. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { developerNameOf } from '../modelParameterRecords';
import { SERVICE_UNAVAILABLE, soapFault } from './fakeSalesforce';
import type { Kit } from './orgTestKit';
import { startKit } from './orgTestKit';

const ORG_RECORDS = [
  {
    DeveloperName: 'BGNBD_r',
    Model__c: 'bgnbd',
    Parameter__c: 'r',
    Value__c: 0.243,
    Mean__c: null,
    Standard_Deviation__c: null
  },
  {
    DeveloperName: 'BGNBD_alpha',
    Model__c: 'bgnbd',
    Parameter__c: 'alpha',
    Value__c: 4.414,
    Mean__c: null,
    Standard_Deviation__c: null
  },
  {
    DeveloperName: 'BGNBD_cov_r_r',
    Model__c: 'bgnbd',
    Parameter__c: 'cov_r_r',
    Value__c: 0.01,
    Mean__c: null,
    Standard_Deviation__c: null
  },
  {
    DeveloperName: 'Churn_intercept',
    Model__c: 'churn_logistic',
    Parameter__c: 'intercept',
    Value__c: -2,
    Mean__c: null,
    Standard_Deviation__c: null
  }
];

const FIT = {
  timeUnit: 'week',
  modelParameters: [
    { model: 'bgnbd', name: 'r', value: 0.2425 },
    { model: 'bgnbd', name: 'alpha', value: 4.414 },
    { model: 'bgnbd', name: 'time_unit_days', value: 7 }
  ]
};

describe('cvp params push', () => {
  let kit: Kit;
  let dir: string;
  let fitFile: string;
  beforeEach(async () => {
    kit = await startKit();
    kit.org.restQuery = (soql) => (soql.includes('FROM Model_Parameter__mdt') ? ORG_RECORDS : []);
    dir = mkdtempSync(join(tmpdir(), 'cvp-push-'));
    fitFile = join(dir, 'fit.json');
    writeFileSync(fitFile, JSON.stringify(FIT));
  });
  afterEach(async () => {
    await kit.org.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('--dry-run shows each record added, changed, unchanged or removed, and deploys nothing', async () => {
    const result = await kit.run('params', 'push', '--params', fitFile, '--target-org', 'cvp', '--dry-run');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const query = kit.org.requestsTo('GET', /\/query$/);
    expect(query[0].query.get('q')).toBe(
      'SELECT DeveloperName, Model__c, Parameter__c, Value__c, Mean__c, Standard_Deviation__c FROM Model_Parameter__mdt'
    );
    const lines = result.stdout.split('\n');
    expect(lines.find((l) => l.includes('BGNBD_r '))).toMatch(
      /^changed\s+Model_Parameter\.BGNBD_r\s+0\.243\s+0\.2425$/
    );
    expect(lines.find((l) => l.includes('BGNBD_alpha'))).toMatch(/^unchanged/);
    expect(lines.find((l) => l.includes('BGNBD_time_unit_days'))).toMatch(
      /^added\s+Model_Parameter\.BGNBD_time_unit_days\s+7$/
    );
    expect(lines.find((l) => l.includes('BGNBD_cov_r_r'))).toMatch(/^removed.*\(deleted\)$/);
    expect(result.stdout).not.toContain('Churn_intercept');
    expect(result.stdout).toContain('Dry run: 3 change(s) shown, nothing deployed.');
    expect(kit.org.requestsTo('POST', /\/services\/Soap\/m\//)).toHaveLength(0);
  });

  it('deploys the changed records and deletes the stale ones in one Metadata API deploy, then waits for it', async () => {
    const result = await kit.run('params', 'push', '--params', fitFile, '--target-org', 'cvp');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const soap = kit.org.requestsTo('POST', /\/services\/Soap\/m\/66\.0$/);
    expect(soap.map((r) => (r.body.includes('<deploy>') ? 'deploy' : 'checkDeployStatus'))).toEqual([
      'deploy',
      'checkDeployStatus',
      'checkDeployStatus'
    ]);
    expect(soap[0].body).toContain('<sessionId>token-1</sessionId>');
    expect(soap[0].body).toMatch(/<rollbackOnError>true<\/rollbackOnError>/);
    expect(soap[1].body).toMatch(/<includeDetails>true<\/includeDetails>/);
    const deployed = [...kit.org.deploys.values()][0].zip;
    expect([...deployed.keys()].sort()).toEqual([
      'customMetadata/Model_Parameter.BGNBD_r.md',
      'customMetadata/Model_Parameter.BGNBD_time_unit_days.md',
      'destructiveChanges.xml',
      'package.xml'
    ]);
    expect(deployed.get('package.xml')).toContain('<members>Model_Parameter.BGNBD_r</members>');
    expect(deployed.get('package.xml')).toContain('<name>CustomMetadata</name>');
    expect(deployed.get('destructiveChanges.xml')).toContain('<members>Model_Parameter.BGNBD_cov_r_r</members>');
    const r = deployed.get('customMetadata/Model_Parameter.BGNBD_r.md') ?? '';
    expect(r).toContain('<field>Value__c</field>\n    <value xsi:type="xsd:double">0.2425</value>');
    expect(r).toContain('<field>Model__c</field>\n    <value xsi:type="xsd:string">bgnbd</value>');
    expect(r).toContain('cvp params push fit.json, 2026-12-07');
    expect(result.stdout).toMatch(/Deployed 3 change\(s\) \(Metadata API deploy 0Af\w+: Succeeded\)/);
  });

  it('replaces the churn model whole from a churn train --json file', async () => {
    const churn = join(dir, 'churn.json');
    writeFileSync(
      churn,
      JSON.stringify({
        model: {
          intercept: -1.5,
          features: [{ name: 'days since last order', coefficient: 0.8, mean: 40, standardDeviation: 12 }]
        }
      })
    );
    const result = await kit.run('params', 'push', '--params', churn, '--target-org', 'cvp', '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { changes: { kind: string; developerName: string }[] };
    expect(report.changes.map((c) => `${c.kind} ${c.developerName}`)).toEqual([
      'added Churn_days_since_last_order',
      'changed Churn_intercept'
    ]);
    const file =
      [...kit.org.deploys.values()][0].zip.get('customMetadata/Model_Parameter.Churn_days_since_last_order.md') ?? '';
    expect(file).toContain('<field>Mean__c</field>\n    <value xsi:type="xsd:double">40</value>');
    expect(file).toContain(
      '<field>Parameter__c</field>\n    <value xsi:type="xsd:string">days since last order</value>'
    );
  });

  it('says there is nothing to push when the org already holds the values', async () => {
    kit.org.restQuery = () => [
      { ...ORG_RECORDS[0], Value__c: 0.2425 },
      ORG_RECORDS[1],
      {
        DeveloperName: 'BGNBD_time_unit_days',
        Model__c: 'bgnbd',
        Parameter__c: 'time_unit_days',
        Value__c: 7,
        Mean__c: null,
        Standard_Deviation__c: null
      }
    ];
    const result = await kit.run('params', 'push', '--params', fitFile, '--target-org', 'cvp');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Nothing to push');
    expect(kit.org.deploys.size).toBe(0);
  });

  it('reports a failed deploy with the component and its problem (exit 1)', async () => {
    kit.org.deployOutcome = {
      success: false,
      failures: [{ fullName: 'Model_Parameter.BGNBD_r', problem: 'Value__c: value outside of valid range' }]
    };
    const result = await kit.run('params', 'push', '--params', fitFile, '--target-org', 'cvp');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /deploy 0Af\w+ Failed: Model_Parameter\.BGNBD_r: Value__c: value outside of valid range/
    );
    expect(result.stderr).toContain('fix: fix the record named above');
  });

  it('refreshes an expired session on the SOAP call (INVALID_SESSION_ID fault) and retries a 503', async () => {
    kit.org.fail(
      (r) => r.body.includes('<deploy>'),
      soapFault('INVALID_SESSION_ID', 'Invalid Session ID found in SessionHeader'),
      1
    );
    kit.org.fail((r) => r.body.includes('<deploy>'), SERVICE_UNAVAILABLE, 1);
    const result = await kit.run('params', 'push', '--params', fitFile, '--target-org', 'cvp');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const deploys = kit.org.requestsTo('POST', /\/services\/Soap\/m\//).filter((r) => r.body.includes('<deploy>'));
    // the fault → a second session from the Salesforce CLI login → the deploy again → 503 → 100 ms → the deploy again
    expect(deploys).toHaveLength(3);
    expect(kit.sessions).toBe(2);
    expect(kit.sleeps).toEqual([100, 7]);
    expect(kit.org.deploys.size).toBe(1);
  });

  it('refuses a params file without model parameters, naming what it expects', async () => {
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '{"bgnbd": {}}');
    const result = await kit.run('params', 'push', '--params', empty, '--target-org', 'cvp');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no model parameters (expected the --json output of cvp clv fit');
    expect(kit.org.requests).toHaveLength(0);
  });
});

describe('developerNameOf', () => {
  it('makes valid DeveloperNames of any parameter name, at most 40 characters', () => {
    expect(developerNameOf('gamma_gamma', 'cov_p_q')).toBe('Gamma_Gamma_cov_p_q');
    expect(developerNameOf('churn_logistic', ' revenue  trend (12m) ')).toBe('Churn_revenue_trend_12m');
    const long = developerNameOf('churn_logistic', 'a_very_long_feature_name_that_goes_on_and_on');
    expect(long).toMatch(/^Churn_a_very_long_feature_name_[0-9a-f]{8}$/);
    expect(long.length).toBeLessThanOrEqual(40);
  });
});
