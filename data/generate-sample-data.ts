/**
 * Generates the sample data set in `sf data import tree` format (data/*.json + data/sample-plan.json).
 *
 *   npx tsx data/generate-sample-data.ts            # writes the committed files
 *   npx tsx data/generate-sample-data.ts --check    # fails when the committed files differ from a fresh generation
 *
 * Deterministic: a seeded PRNG and a fixed as-of date (AS_OF), so the output only changes when this script changes.
 * The portfolio is built from archetypes (strategic, develop, maintain, value-destroying, at-risk, small-but-influential,
 * future potential) so that every tier, flag and recommended action shows up once the engine scores it.
 * Only fields that exist are written: standard fields plus the inputs defined in force-app/main/default/objects.
 * Engine outputs (score, tier, flags, explanation) are never written: the scoring run computes them.
 * Cases' CreatedDate cannot be set on insert (audit field), so every case lands on the import date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { ARCHETYPES, COMPANIES, OPEN_STAGES } from './sampleDataTables';
import { mulberry32 } from '../scripts/shared/mulberry32';

/** The date the data set is built around: two 12-month windows end here. */
const AS_OF = '2026-11-30';
const SEED = 20261130;
/** `sf data import tree` accepts at most 200 records per file. */
const MAX_RECORDS_PER_FILE = 200;

type FieldValue = string | number | boolean;
interface SampleRecord {
  attributes: { type: string; referenceId: string };
  [field: string]: FieldValue | { type: string; referenceId: string };
}
interface PlanEntry {
  sobject: string;
  saveRefs: boolean;
  resolveRefs: boolean;
  files: string[];
}

const random = mulberry32(SEED);
const between = (low: number, high: number): number => low + (high - low) * random();
const integer = (low: number, high: number): number => Math.floor(between(low, high + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const chance = (probability: number): boolean => random() < probability;
const round = (value: number, step: number): number => Math.round(value / step) * step;

function addDays(isoDate: string, days: number): string {
  const date = new Date(isoDate + 'T00:00:00Z');
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const reference = (type: string, index: number): { type: string; referenceId: string } => ({
  type,
  referenceId: `${type.replace(/__c$/, '').replace(/_/g, '')}Ref${index}`
});

interface Generated {
  accounts: SampleRecord[];
  referredAccounts: SampleRecord[];
  opportunities: SampleRecord[];
  cases: SampleRecord[];
  events: SampleRecord[];
  tasks: SampleRecord[];
  surveys: SampleRecord[];
  partners: SampleRecord[];
}

/** Spreads `total` over `count` deals of random sizes in the 365 days ending `windowEnd`. */
function wonDeals(
  accountRef: string,
  name: string,
  total: number,
  dealSize: [number, number],
  windowEnd: string,
  discountShare: [number, number],
  out: SampleRecord[]
): void {
  let remaining = total;
  while (remaining > dealSize[0] / 2) {
    const amount = Math.min(remaining, round(between(dealSize[0], dealSize[1]), 50));
    remaining -= amount;
    const closeDate = addDays(windowEnd, -integer(0, 364));
    out.push({
      attributes: reference('Opportunity', out.length + 1),
      Name: `${name} – ${closeDate.slice(0, 7)}`,
      AccountId: `@${accountRef}`,
      StageName: 'Closed Won',
      CloseDate: closeDate,
      Amount: amount,
      Discount_Amount__c: round(amount * between(discountShare[0], discountShare[1]), 10)
    });
  }
}

function generate(): Generated {
  const result: Generated = {
    accounts: [],
    referredAccounts: [],
    opportunities: [],
    cases: [],
    events: [],
    tasks: [],
    surveys: [],
    partners: []
  };
  const previousWindowEnd = addDays(AS_OF, -365);
  let nameIndex = 0;
  const influentialRefs: string[] = [];

  for (const archetype of ARCHETYPES) {
    for (let n = 0; n < archetype.count; n++) {
      const index = nameIndex + 1;
      const company = COMPANIES[nameIndex++];
      const name = company.name;
      const ref = `AccountRef${index}`;
      const years = integer(archetype.yearsAsCustomer[0], archetype.yearsAsCustomer[1]);
      const start = addDays(AS_OF, -years * 365 - integer(0, 300));
      const contractType = pick(['framework', 'subscription', 'one_off']);
      const revenueNow = round(between(archetype.revenueNow[0], archetype.revenueNow[1]), 100);
      const revenuePrevious = round(
        revenueNow * between(archetype.previousFactor[0], archetype.previousFactor[1]),
        100
      );
      const satisfaction = Math.round(between(archetype.satisfaction[0], archetype.satisfaction[1]) * 10) / 10;
      const account: SampleRecord = {
        attributes: { type: 'Account', referenceId: ref },
        Name: name,
        Type: 'Customer - Direct',
        Industry: company.industry,
        NumberOfEmployees: integer(archetype.employees[0], archetype.employees[1]),
        BillingCity: company.city,
        BillingCountry: company.country,
        Relationship_Start_Date__c: start,
        Contract_Type__c: contractType,
        Contract_End_Date__c: addDays(AS_OF, archetype.name === 'at_risk' ? integer(20, 80) : integer(60, 700)),
        Operational_Complexity__c: integer(archetype.complexity[0], archetype.complexity[1]),
        Late_Payment_Exposure__c: round(
          revenueNow * between(archetype.latePaymentDays[0], archetype.latePaymentDays[1]) * 0.4,
          100
        ),
        Satisfaction_Score__c: satisfaction,
        Net_Promoter_Score__c: integer(archetype.nps[0], archetype.nps[1]),
        Last_Satisfaction_Survey_Date__c: addDays(AS_OF, -integer(20, 300)),
        Is_Strategic_Account__c: archetype.name === 'strategic' && n < 2,
        Is_Reference_Customer__c: archetype.name === 'strategic' ? chance(0.6) : archetype.name === 'influential_small',
        Is_Early_Adopter__c: archetype.name === 'influential_small' || (archetype.name === 'develop' && chance(0.2)),
        Is_VIP__c: archetype.name === 'influential_small' && n === 0,
        Has_Future_Potential__c: archetype.name === 'future_potential',
        Whitespace_Percent__c: integer(
          5,
          archetype.name === 'develop' || archetype.name === 'future_potential' ? 70 : 30
        ),
        Max_Payment_Delay_Days__c: Math.round(archetype.latePaymentDays[1] * between(1.2, 2))
      };
      if (contractType !== 'one_off' && chance(0.4)) account.Contract_Notice_Months__c = pick([3, 6, 12]);
      if (archetype.name === 'strategic' && chance(0.5)) account.Margin_Rate_Override__c = pick([28, 30, 32]);
      if (archetype.name === 'value_destroying' && chance(0.4)) account.Margin_Rate_Override__c = pick([18, 20, 25]);
      if (archetype.name === 'influential_small') influentialRefs.push(ref);
      result.accounts.push(account);

      wonDeals(ref, name, revenueNow, archetype.dealSize, AS_OF, archetype.discountShare, result.opportunities);
      wonDeals(
        ref,
        name,
        revenuePrevious,
        archetype.dealSize,
        previousWindowEnd,
        archetype.discountShare,
        result.opportunities
      );
      let pipeline = round(between(archetype.openPipeline[0], archetype.openPipeline[1]), 500);
      while (pipeline >= 1000) {
        const amount = Math.min(pipeline, round(between(archetype.dealSize[0], archetype.dealSize[1] * 1.5), 500));
        pipeline -= amount;
        const stage = pick(OPEN_STAGES);
        result.opportunities.push({
          attributes: reference('Opportunity', result.opportunities.length + 1),
          Name: `${name} – pipeline ${result.opportunities.length + 1}`,
          AccountId: `@${ref}`,
          StageName: stage.stage,
          Probability: stage.probability,
          CloseDate: addDays(AS_OF, integer(15, 200)),
          Amount: amount
        });
      }
      if (chance(0.5)) {
        result.opportunities.push({
          attributes: reference('Opportunity', result.opportunities.length + 1),
          Name: `${name} – lost deal`,
          AccountId: `@${ref}`,
          StageName: 'Closed Lost',
          CloseDate: addDays(AS_OF, -integer(10, 500)),
          Amount: round(between(archetype.dealSize[0], archetype.dealSize[1]), 100)
        });
      }

      const caseCount = integer(archetype.casesPerYear[0], archetype.casesPerYear[1]);
      for (let c = 0; c < caseCount; c++) {
        const complaint = chance(archetype.complaintShare);
        const priority = chance(archetype.highPriorityShare) ? 'High' : chance(0.5) ? 'Medium' : 'Low';
        result.cases.push({
          attributes: reference('Case', result.cases.length + 1),
          AccountId: `@${ref}`,
          Subject: complaint
            ? `Complaint: ${pick(['late delivery', 'invoice error', 'damaged goods', 'rude contact'])}`
            : pick(['Order question', 'Product issue', 'Delivery change', 'Access request', 'Billing question']),
          Priority: priority,
          Type: complaint ? 'Complaint' : pick(['Problem', 'Question', 'Feature Request']),
          Status: chance(0.8) ? 'Closed' : 'New',
          Origin: pick(['Phone', 'Email', 'Web'])
        });
      }

      const visits = integer(archetype.visitsPerYear[0], archetype.visitsPerYear[1]);
      for (let v = 0; v < visits; v++) {
        const day = addDays(AS_OF, -integer(1, 360));
        const minutes = pick([30, 60, 90, 120]);
        result.events.push({
          attributes: reference('Event', result.events.length + 1),
          WhatId: `@${ref}`,
          Subject: pick(['Account review', 'Customer visit', 'Quarterly business review', 'Site visit']),
          ActivityDateTime: `${day}T${String(integer(8, 16)).padStart(2, '0')}:00:00.000Z`,
          DurationInMinutes: minutes
        });
      }
      const tasks = integer(archetype.tasksPerYear[0], archetype.tasksPerYear[1]);
      for (let t = 0; t < tasks; t++) {
        result.tasks.push({
          attributes: reference('Task', result.tasks.length + 1),
          WhatId: `@${ref}`,
          Subject: pick(['Call', 'Send quote', 'Follow-up email', 'Prepare proposal']),
          ActivityDate: addDays(AS_OF, -integer(1, 360)),
          Status: 'Completed',
          Priority: 'Normal'
        });
      }

      const responded = addDays(AS_OF, -integer(20, 300));
      result.surveys.push({
        attributes: reference('Satisfaction_Survey__c', result.surveys.length + 1),
        Account__c: `@${ref}`,
        Survey_Type__c: years <= 1 ? 'onboarding' : 'annual',
        Sent_Date__c: addDays(responded, -integer(3, 20)),
        Response_Date__c: responded,
        Satisfaction_Score__c: satisfaction,
        Recommend_Score__c: Math.max(0, Math.min(10, Math.round(satisfaction + between(-1.5, 1.5))))
      });
    }
  }

  // Customers the influential small accounts referred to us: their revenue counts toward the referrer's influence.
  const referred: [string, string, string, string][] = [
    ['Atelier Rivière Numérique', 'Technology', 'France', 'Lyon'],
    ['Biscuiterie Leroy', 'Food & Beverage', 'Belgium', 'Tournai'],
    ['Cabinet Dentaire Lemaire', 'Healthcare', 'France', 'Amiens'],
    ['Garage Moderne Thibault', 'Transportation', 'France', 'Orléans']
  ];
  referred.forEach(([name, industry, country, city], i) => {
    const index = result.accounts.length + i + 1;
    const ref = `AccountRef${index}`;
    result.referredAccounts.push({
      attributes: { type: 'Account', referenceId: ref },
      Name: name,
      Type: 'Customer - Direct',
      Industry: industry,
      NumberOfEmployees: integer(10, 120),
      BillingCity: city,
      BillingCountry: country,
      Relationship_Start_Date__c: addDays(AS_OF, -integer(200, 700)),
      Contract_Type__c: 'framework',
      Operational_Complexity__c: 1,
      Referred_By_Account__c: `@${influentialRefs[i % influentialRefs.length]}`
    });
    wonDeals(ref, name, round(between(15000, 60000), 100), [3000, 12000], AS_OF, [0.02, 0.05], result.opportunities);
  });

  const partners: [string, string, string, string, number, number, string][] = [
    [
      'Proxi Services',
      'competitor',
      'Retail;Food & Beverage;Hospitality',
      'FR;BE',
      1,
      50,
      'small orders; self-service ordering; local delivery'
    ],
    [
      'Benelux Supply Partners',
      'partner',
      'Manufacturing;Construction',
      'BE;NL;LU',
      20,
      500,
      'bulk supply; framework agreements'
    ],
    ['Santé Équipement', 'competitor', 'Healthcare', 'FR', 10, 2000, 'regulated products; 24/7 support'],
    ['Alpine Digital', 'partner', 'Technology;Media;Consulting', 'CH;FR', 5, 300, 'custom development; small projects'],
    [
      'LogiTrans Europe',
      'competitor',
      'Transportation',
      'FR;BE;DE',
      50,
      5000,
      'fleet services; long-distance logistics'
    ]
  ];
  partners.forEach(([name, type, industries, regions, min, max, needs], i) => {
    result.partners.push({
      attributes: reference('Referral_Partner__c', i + 1),
      Name: name,
      Partner_Type__c: type,
      Industries_Served__c: industries,
      Regions_Served__c: regions,
      Min_Employees__c: min,
      Max_Employees__c: max,
      Needs_Served__c: needs,
      Contact_Name__c: pick(['Claire Dubois', 'Marc Janssens', 'Sophie Martin', 'Luc Peeters', 'Anne Rochat']),
      Contact_Email__c: `referrals@${name.toLowerCase().replace(/[^a-z]+/g, '')}.example`,
      Agreement_In_Place__c: i % 2 === 0,
      Is_Active__c: true
    });
    const partner = result.partners[i];
    if (partner.Agreement_In_Place__c === true) partner.Agreement_Date__c = addDays(AS_OF, -integer(100, 900));
  });
  return result;
}

/** Splits records into files of at most MAX_RECORDS_PER_FILE, named `<base>.json` or `<base>-<n>.json`. */
function chunk(base: string, records: SampleRecord[]): { file: string; records: SampleRecord[] }[] {
  const chunks: { file: string; records: SampleRecord[] }[] = [];
  const parts = Math.max(1, Math.ceil(records.length / MAX_RECORDS_PER_FILE));
  for (let i = 0; i < parts; i++) {
    chunks.push({
      file: parts === 1 ? `${base}.json` : `${base}-${i + 1}.json`,
      records: records.slice(i * MAX_RECORDS_PER_FILE, (i + 1) * MAX_RECORDS_PER_FILE)
    });
  }
  return chunks;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const prettierOptions = (await resolveConfig(join(__dirname, 'sample-plan.json'))) ?? {};
  const data = generate();
  const outputs = new Map<string, string>();
  const plan: PlanEntry[] = [];
  const add = (
    sobject: string,
    base: string,
    records: SampleRecord[],
    saveRefs: boolean,
    resolveRefs: boolean
  ): void => {
    const files = chunk(base, records);
    for (const part of files) outputs.set(part.file, JSON.stringify({ records: part.records }, null, 2) + '\n');
    plan.push({ sobject, saveRefs, resolveRefs, files: files.map((part) => part.file) });
  };
  add('Referral_Partner__c', 'Referral_Partner__c', data.partners, false, false);
  add('Account', 'Account', data.accounts, true, false);
  add('Account', 'Account-referred', data.referredAccounts, true, true);
  add('Opportunity', 'Opportunity', data.opportunities, false, true);
  add('Case', 'Case', data.cases, false, true);
  add('Event', 'Event', data.events, false, true);
  add('Task', 'Task', data.tasks, false, true);
  add('Satisfaction_Survey__c', 'Satisfaction_Survey__c', data.surveys, false, true);
  outputs.set('sample-plan.json', JSON.stringify(plan, null, 2) + '\n');

  let stale = 0;
  for (const [file, raw] of outputs) {
    const path = join(__dirname, file);
    // Formatted as the repository's Prettier config would, so `prettier --check` and `--check` here agree.
    const text = await format(raw, { ...prettierOptions, filepath: path });
    if (check) {
      let current = '';
      try {
        current = readFileSync(path, 'utf8');
      } catch {
        current = '';
      }
      if (current !== text) {
        console.error(`stale: data/${file}`);
        stale++;
      }
    } else {
      writeFileSync(path, text);
    }
  }
  const counts = plan.map((entry) => `${entry.sobject} ${entry.files.join('+')}`).join(', ');
  if (check && stale > 0) {
    console.error(`${stale} file(s) differ: run npx tsx data/generate-sample-data.ts`);
    process.exitCode = 1;
  } else {
    console.log(`${check ? 'up to date' : 'written'}: ${counts}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
