/**
 * The local adapter's facts builder: from the sample data set's records to the engine's AccountFacts, computing the
 * same aggregates the org's selectors compute with grouped SOQL (docs/DATA_MODEL.md, "Engine facts ↔ Account fields").
 * Fields Salesforce sets itself on import are derived as the org would: CreatedDate = the import day (`today`),
 * Event.ActivityDate = the date of ActivityDateTime, Opportunity.IsWon/IsClosed from the stage.
 */
import type { AccountFacts, ValueConfig, ValueDriver } from '../../force-app/main/default/lwc/valueEngine/valueEngine';
import { addMonths } from '../../force-app/main/default/lwc/valueEngine/valueEngine';
import type { SampleRecord } from './sampleDataRecords';

const WON_STAGE = 'Closed Won';
const LOST_STAGE = 'Closed Lost';

/** The sample data's fixed as-of date (data/generate-sample-data.ts writes windows ending on it). */
export const SAMPLE_DATA_AS_OF = '2026-11-30';

function stringField(record: SampleRecord, name: string): string | undefined {
  const value = record.fields[name];
  return typeof value === 'string' ? value : undefined;
}

function numberField(record: SampleRecord, name: string): number | undefined {
  const value = record.fields[name];
  return typeof value === 'number' ? value : undefined;
}

function booleanField(record: SampleRecord, name: string): boolean {
  return record.fields[name] === true;
}

/** A field value as the org would return it, deriving the system fields the import does not carry. */
function orgValue(record: SampleRecord, field: string, today: string): unknown {
  if (field in record.fields) return record.fields[field];
  const stage = stringField(record, 'StageName');
  switch (field) {
    case 'CreatedDate':
      return today;
    case 'ActivityDate':
      return stringField(record, 'ActivityDateTime')?.slice(0, 10);
    case 'IsWon':
      return stage === WON_STAGE;
    case 'IsClosed':
      return stage === WON_STAGE || stage === LOST_STAGE;
    case 'Id':
      return record.referenceId;
    default:
      return undefined;
  }
}

/** The account a child record belongs to (AccountId, WhatId or a custom Account__c lookup). */
function parentAccountOf(record: SampleRecord): string | undefined {
  return stringField(record, 'AccountId') ?? stringField(record, 'WhatId') ?? stringField(record, 'Account__c');
}

function inWindow(date: unknown, windowStart: string, today: string): boolean {
  return typeof date === 'string' && date.slice(0, 10) > windowStart && date.slice(0, 10) <= today;
}

function matchesFilter(record: SampleRecord, driver: ValueDriver, today: string): boolean {
  if (driver.filterField === '') return true;
  const equal = String(orgValue(record, driver.filterField, today)) === driver.filterValue;
  return driver.filterOperator === 'not_equals' ? !equal : equal;
}

/** One driver's quantity for one account: the aggregate the org computes with one grouped SOQL query per driver. */
function driverQuantity(
  driver: ValueDriver,
  account: SampleRecord,
  children: SampleRecord[],
  windowStart: string,
  today: string
): number {
  const rows =
    driver.sourceObject === 'Account'
      ? [account]
      : children.filter(
          (record) =>
            record.objectName === driver.sourceObject &&
            (driver.dateField === '' || inWindow(orgValue(record, driver.dateField, today), windowStart, today)) &&
            matchesFilter(record, driver, today)
        );
  if (driver.aggregate === 'COUNT') return rows.length;
  const values = rows
    .map((record) => orgValue(record, driver.field, today))
    .filter((value): value is number => typeof value === 'number');
  if (values.length === 0) return 0;
  switch (driver.aggregate) {
    case 'SUM':
      return values.reduce((sum, value) => sum + value, 0);
    case 'AVG':
      return values.reduce((sum, value) => sum + value, 0) / values.length;
    case 'MAX':
      return Math.max(...values);
  }
}

function average(values: number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function latest(dates: (string | undefined)[]): string | undefined {
  let newest: string | undefined;
  for (const date of dates) if (date !== undefined && (newest === undefined || date > newest)) newest = date;
  return newest;
}

/** AccountFacts for every account of the data set, as of `today`, with the windows of `config`. */
export function buildSampleFacts(
  recordsByObject: Map<string, SampleRecord[]>,
  config: ValueConfig,
  today: string
): AccountFacts[] {
  const windowStart = addMonths(today, -config.settings.windowMonths);
  const previousStart = addMonths(windowStart, -config.settings.windowMonths);
  const childrenByAccount = new Map<string, SampleRecord[]>();
  for (const [objectName, records] of recordsByObject) {
    if (objectName === 'Account') continue;
    for (const record of records) {
      const parent = parentAccountOf(record);
      if (parent === undefined) continue;
      const list = childrenByAccount.get(parent) ?? [];
      list.push(record);
      childrenByAccount.set(parent, list);
    }
  }
  const accounts = recordsByObject.get('Account') ?? [];
  // One names text for every account: the engine reads each quantity list by position (as AccountFactsBuilder builds it).
  const driverNames = config.drivers.map((driver) => driver.name).join(',');
  const wonRevenue = (children: SampleRecord[], from: string, to: string): number =>
    children
      .filter((record) => record.objectName === 'Opportunity' && stringField(record, 'StageName') === WON_STAGE)
      .filter((record) => inWindow(stringField(record, 'CloseDate'), from, to))
      .reduce((sum, record) => sum + (numberField(record, 'Amount') ?? 0), 0);
  const revenueByAccount = new Map<string, number>();
  for (const account of accounts) {
    revenueByAccount.set(
      account.referenceId,
      wonRevenue(childrenByAccount.get(account.referenceId) ?? [], windowStart, today)
    );
  }

  return accounts.map((account) => {
    const children = childrenByAccount.get(account.referenceId) ?? [];
    const opportunities = children.filter((record) => record.objectName === 'Opportunity');
    const won = opportunities.filter((record) => stringField(record, 'StageName') === WON_STAGE);
    const open = opportunities.filter((record) => orgValue(record, 'IsClosed', today) === false);
    const cases = children.filter((record) => record.objectName === 'Case');
    const surveys = children.filter((record) => record.objectName === 'Satisfaction_Survey__c');
    const referred = accounts.filter((other) => stringField(other, 'Referred_By_Account__c') === account.referenceId);
    const driverQuantityList = config.drivers.map((driver) =>
      driverQuantity(driver, account, children, windowStart, today)
    );
    const recommendScores = surveys
      .map((survey) => numberField(survey, 'Recommend_Score__c'))
      .filter((score): score is number => score !== undefined);
    const satisfactionScores = surveys
      .map((survey) => numberField(survey, 'Satisfaction_Score__c'))
      .filter((score): score is number => score !== undefined);
    const netPromoter = numberField(account, 'Net_Promoter_Score__c');
    const marginOverride = numberField(account, 'Margin_Rate_Override__c');
    const whitespace = numberField(account, 'Whitespace_Percent__c');
    return {
      accountId: account.referenceId,
      name: stringField(account, 'Name'),
      industry: stringField(account, 'Industry'),
      country: stringField(account, 'BillingCountryCode') ?? countryCode(stringField(account, 'BillingCountry')),
      employees: numberField(account, 'NumberOfEmployees'),
      contractType: stringField(account, 'Contract_Type__c'),
      revenueCurrent: revenueByAccount.get(account.referenceId) ?? 0,
      revenuePrevious: wonRevenue(children, previousStart, windowStart),
      marginRateOverride: marginOverride === undefined ? undefined : marginOverride / 100,
      driverNames,
      driverQuantityList,
      maxPaymentDelayDays: numberField(account, 'Max_Payment_Delay_Days__c'),
      weightedPipeline: open.reduce(
        (sum, record) => sum + ((numberField(record, 'Amount') ?? 0) * (numberField(record, 'Probability') ?? 0)) / 100,
        0
      ),
      whitespaceShare: whitespace === undefined ? undefined : whitespace / 100,
      futurePotential: booleanField(account, 'Has_Future_Potential__c'),
      referralsMade: referred.length,
      referralRevenue: referred.reduce((sum, other) => sum + (revenueByAccount.get(other.referenceId) ?? 0), 0),
      isReference: booleanField(account, 'Is_Reference_Customer__c'),
      promoterScore: average(recommendScores) ?? (netPromoter === undefined ? undefined : (netPromoter + 100) / 20),
      earlyAdopter: booleanField(account, 'Is_Early_Adopter__c'),
      vip: booleanField(account, 'Is_VIP__c'),
      strategic: booleanField(account, 'Is_Strategic_Account__c'),
      casesCurrent: cases.length,
      // Imported Cases carry no CreatedDate history: the previous window is unknown, not zero (no fake rising trend).
      casesPrevious: undefined,
      complaints: cases.filter((record) => stringField(record, 'Type') === 'Complaint').length,
      // The answered surveys feed the score (AccountFactsBuilder): their average wins over the Account field.
      satisfaction: average(satisfactionScores) ?? numberField(account, 'Satisfaction_Score__c'),
      lastOrderDate: latest(
        won.map((record) => stringField(record, 'CloseDate')).filter((date) => date !== undefined && date <= today)
      ),
      relationshipStartDate: stringField(account, 'Relationship_Start_Date__c'),
      contractEndDate: stringField(account, 'Contract_End_Date__c'),
      lastContactDate: latest(
        children
          .filter((record) => record.objectName === 'Event' || record.objectName === 'Task')
          .map((record) => orgValue(record, 'ActivityDate', today) as string | undefined)
          .filter((date) => date !== undefined && date <= today)
      ),
      contractNoticeMonths: numberField(account, 'Contract_Notice_Months__c'),
      tierOverride: stringField(account, 'Tier_Override__c'),
      tierOverrideReason: stringField(account, 'Tier_Override_Reason__c')
    };
  });
}

/** ISO country code of the Billing Country names the sample data uses (the org stores the code with State and Country picklists). */
const COUNTRY_CODES: Record<string, string> = {
  France: 'FR',
  Belgium: 'BE',
  Switzerland: 'CH',
  Germany: 'DE',
  Spain: 'ES',
  Italy: 'IT',
  Luxembourg: 'LU',
  'United Kingdom': 'GB',
  Netherlands: 'NL',
  Sweden: 'SE',
  Canada: 'CA'
};

function countryCode(name: string | undefined): string | undefined {
  return name === undefined ? undefined : (COUNTRY_CODES[name] ?? name);
}
