import { join } from 'node:path';
import { defaultConfig, prepareFacts } from '../../../force-app/main/default/lwc/valueEngine/valueEngine';
import type { SampleRecord } from '../sampleDataRecords';
import { readSampleRecords } from '../sampleDataRecords';
import { SAMPLE_DATA_AS_OF, buildSampleFacts } from '../sampleDataFacts';

const TODAY = '2026-11-30';

function record(objectName: string, referenceId: string, fields: Record<string, unknown>): SampleRecord {
  return { objectName, referenceId, fields };
}

function byObject(records: SampleRecord[]): Map<string, SampleRecord[]> {
  const map = new Map<string, SampleRecord[]>();
  for (const each of records) map.set(each.objectName, [...(map.get(each.objectName) ?? []), each]);
  return map;
}

describe('buildSampleFacts', () => {
  const account = record('Account', 'A1', {
    Name: 'Ateliers',
    BillingCountry: 'Belgium',
    Operational_Complexity__c: 4,
    Late_Payment_Exposure__c: 36500,
    Margin_Rate_Override__c: 30,
    Net_Promoter_Score__c: 20
  });
  const records = [
    account,
    record('Account', 'A2', { Name: 'Referred', Referred_By_Account__c: 'A1' }),
    record('Opportunity', 'O1', {
      AccountId: 'A1',
      StageName: 'Closed Won',
      CloseDate: '2026-03-01',
      Amount: 1000,
      Discount_Amount__c: 50
    }),
    record('Opportunity', 'O2', { AccountId: 'A1', StageName: 'Closed Won', CloseDate: '2025-06-01', Amount: 400 }),
    record('Opportunity', 'O3', { AccountId: 'A1', StageName: 'Closed Won', CloseDate: '2024-06-01', Amount: 9999 }),
    record('Opportunity', 'O4', {
      AccountId: 'A1',
      StageName: 'Proposal/Price Quote',
      Probability: 25,
      CloseDate: '2027-01-01',
      Amount: 800
    }),
    record('Opportunity', 'O5', { AccountId: 'A2', StageName: 'Closed Won', CloseDate: '2026-10-01', Amount: 300 }),
    record('Case', 'C1', { AccountId: 'A1', Priority: 'High', Type: 'Complaint' }),
    record('Case', 'C2', { AccountId: 'A1', Priority: 'Low', Type: 'Question' }),
    record('Event', 'E1', { WhatId: 'A1', ActivityDateTime: '2026-11-02T09:00:00.000Z', DurationInMinutes: 90 }),
    record('Event', 'E2', { WhatId: 'A1', ActivityDateTime: '2025-01-02T09:00:00.000Z', DurationInMinutes: 30 }),
    record('Satisfaction_Survey__c', 'S1', { Account__c: 'A1', Recommend_Score__c: 6 }),
    record('Satisfaction_Survey__c', 'S2', { Account__c: 'A1', Recommend_Score__c: 9 })
  ];
  const facts = buildSampleFacts(byObject(records), defaultConfig(), TODAY);
  const first = facts[0];

  it('splits won revenue into the current and the previous 12-month windows and ignores older deals', () => {
    expect(first.revenueCurrent).toBe(1000);
    expect(first.revenuePrevious).toBe(400);
    expect(first.lastOrderDate).toBe('2026-03-01');
  });

  it('weights open pipeline by probability', () => {
    expect(first.weightedPipeline).toBe(200);
  });

  it('aggregates every driver as its Custom Metadata record says, filters and window included, listed in the configuration order with one names text', () => {
    expect(first.driverNames).toBe(
      defaultConfig()
        .drivers.map((driver) => driver.name)
        .join(',')
    );
    expect(facts[1].driverNames).toBe(first.driverNames);
    const quantities = Object.fromEntries(
      (first.driverNames ?? '').split(',').map((name, index) => [name, first.driverQuantityList?.[index]])
    );
    expect(quantities).toMatchObject({
      Support_Case_High: 1,
      Support_Case_Low: 1,
      Support_Case_Medium: 0,
      Complaint: 1,
      Sales_Visit: 1,
      Meeting_Time: 90,
      Discount_Given: 50,
      Payment_Delay: 36500,
      Operational_Complexity: 4,
      Credit_Note: 0
    });
  });

  it('counts referrals made and the revenue the referred accounts bring', () => {
    expect(first.referralsMade).toBe(1);
    expect(first.referralRevenue).toBe(300);
  });

  it('converts percent fields to shares, averages survey answers and maps the country to its ISO code', () => {
    expect(first.marginRateOverride).toBeCloseTo(0.3, 12);
    expect(first.promoterScore).toBe(7.5);
    expect(first.country).toBe('BE');
    expect(first.lastContactDate).toBe('2026-11-02');
  });

  it('leaves the previous case count unknown instead of inventing zero', () => {
    expect(first.casesCurrent).toBe(2);
    expect(first.casesPrevious).toBeUndefined();
  });
});

describe('the bundled sample data set', () => {
  const records = readSampleRecords(join(__dirname, '..', '..', '..', 'data', 'sample-plan.json'));
  const facts = buildSampleFacts(records, defaultConfig(), SAMPLE_DATA_AS_OF);

  it('resolves every child record to an account of the data set', () => {
    const accountIds = new Set((records.get('Account') ?? []).map((each) => each.referenceId));
    for (const objectName of ['Opportunity', 'Case', 'Event', 'Task']) {
      for (const child of records.get(objectName) ?? []) {
        const parent = child.fields.AccountId ?? child.fields.WhatId;
        expect(accountIds.has(String(parent))).toBe(true);
      }
    }
  });

  it('gives the engine facts with revenue for most accounts and no invalid value', () => {
    expect(facts.length).toBeGreaterThan(30);
    expect(facts.filter((each) => (each.revenueCurrent ?? 0) > 0).length).toBeGreaterThan(facts.length / 2);
    const problems = facts
      .flatMap((each) => prepareFacts(each).findings)
      .filter((finding) => finding.problem !== 'missing');
    expect(problems).toEqual([]);
  });
});
