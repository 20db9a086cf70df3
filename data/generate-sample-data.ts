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

/** mulberry32: small, fast, good enough for sample data, and identical on every machine. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = createRandom(SEED);
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

/** Archetypes: yearly revenue in each window, deal size, service load and the manual inputs an account team sets. */
interface Archetype {
  name: string;
  count: number;
  revenueNow: [number, number];
  /** Previous-window revenue as a multiple of the current one (trend). */
  previousFactor: [number, number];
  dealSize: [number, number];
  casesPerYear: [number, number];
  highPriorityShare: number;
  complaintShare: number;
  visitsPerYear: [number, number];
  tasksPerYear: [number, number];
  discountShare: [number, number];
  complexity: [number, number];
  latePaymentDays: [number, number];
  satisfaction: [number, number];
  nps: [number, number];
  yearsAsCustomer: [number, number];
  employees: [number, number];
  openPipeline: [number, number];
}

const ARCHETYPES: Archetype[] = [
  {
    name: 'strategic',
    count: 6,
    revenueNow: [220000, 600000],
    previousFactor: [0.85, 1.0],
    dealSize: [25000, 80000],
    casesPerYear: [4, 10],
    highPriorityShare: 0.2,
    complaintShare: 0.03,
    visitsPerYear: [6, 12],
    tasksPerYear: [10, 20],
    discountShare: [0.02, 0.05],
    complexity: [2, 3],
    latePaymentDays: [0, 5],
    satisfaction: [7.5, 9.5],
    nps: [30, 70],
    yearsAsCustomer: [6, 15],
    employees: [800, 5000],
    openPipeline: [60000, 200000]
  },
  {
    name: 'develop',
    count: 10,
    revenueNow: [60000, 160000],
    previousFactor: [0.6, 0.9],
    dealSize: [8000, 30000],
    casesPerYear: [2, 6],
    highPriorityShare: 0.15,
    complaintShare: 0.05,
    visitsPerYear: [3, 6],
    tasksPerYear: [6, 12],
    discountShare: [0.03, 0.07],
    complexity: [1, 3],
    latePaymentDays: [0, 10],
    satisfaction: [7, 9],
    nps: [10, 50],
    yearsAsCustomer: [2, 8],
    employees: [100, 2000],
    openPipeline: [20000, 80000]
  },
  {
    name: 'maintain',
    count: 11,
    revenueNow: [12000, 45000],
    previousFactor: [0.9, 1.1],
    dealSize: [2000, 9000],
    casesPerYear: [1, 5],
    highPriorityShare: 0.15,
    complaintShare: 0.05,
    visitsPerYear: [1, 3],
    tasksPerYear: [2, 6],
    discountShare: [0.03, 0.08],
    complexity: [1, 2],
    latePaymentDays: [0, 15],
    satisfaction: [6, 8.5],
    nps: [-10, 30],
    yearsAsCustomer: [2, 10],
    employees: [20, 400],
    openPipeline: [0, 10000]
  },
  {
    name: 'value_destroying',
    count: 7,
    revenueNow: [8000, 30000],
    previousFactor: [0.9, 1.2],
    dealSize: [1500, 6000],
    casesPerYear: [14, 30],
    highPriorityShare: 0.45,
    complaintShare: 0.2,
    visitsPerYear: [5, 10],
    tasksPerYear: [15, 30],
    discountShare: [0.12, 0.25],
    complexity: [4, 5],
    latePaymentDays: [30, 75],
    satisfaction: [3.5, 6],
    nps: [-60, -10],
    yearsAsCustomer: [3, 14],
    employees: [30, 600],
    openPipeline: [0, 5000]
  },
  {
    name: 'at_risk',
    count: 4,
    revenueNow: [20000, 70000],
    previousFactor: [1.6, 2.4],
    dealSize: [4000, 15000],
    casesPerYear: [6, 12],
    highPriorityShare: 0.35,
    complaintShare: 0.15,
    visitsPerYear: [1, 3],
    tasksPerYear: [3, 8],
    discountShare: [0.05, 0.1],
    complexity: [2, 3],
    latePaymentDays: [5, 25],
    satisfaction: [3, 5.5],
    nps: [-50, 0],
    yearsAsCustomer: [4, 12],
    employees: [100, 1500],
    openPipeline: [0, 8000]
  },
  {
    name: 'influential_small',
    count: 2,
    revenueNow: [6000, 15000],
    previousFactor: [0.9, 1.1],
    dealSize: [1500, 4000],
    casesPerYear: [1, 3],
    highPriorityShare: 0.1,
    complaintShare: 0,
    visitsPerYear: [1, 2],
    tasksPerYear: [2, 4],
    discountShare: [0, 0.03],
    complexity: [1, 2],
    latePaymentDays: [0, 3],
    satisfaction: [8.5, 10],
    nps: [60, 100],
    yearsAsCustomer: [3, 9],
    employees: [10, 60],
    openPipeline: [0, 5000]
  },
  {
    name: 'future_potential',
    count: 2,
    revenueNow: [3000, 9000],
    previousFactor: [0.3, 0.6],
    dealSize: [1000, 3000],
    casesPerYear: [1, 3],
    highPriorityShare: 0.1,
    complaintShare: 0,
    visitsPerYear: [1, 3],
    tasksPerYear: [2, 5],
    discountShare: [0.05, 0.1],
    complexity: [1, 2],
    latePaymentDays: [0, 10],
    satisfaction: [7, 9],
    nps: [20, 60],
    yearsAsCustomer: [1, 2],
    employees: [5, 40],
    openPipeline: [30000, 90000]
  }
];

/**
 * The customers, each with the country, city and industry its name implies, so a rep recognises a French and Belgian
 * customer base (the Namur pharmacy is in Namur and in healthcare). The archetypes take the names in order
 * (6 strategic, 10 develop, 11 maintain, …).
 */
const COMPANIES: { name: string; country: string; city: string; industry: string }[] = [
  { name: 'Ateliers Lumière', country: 'France', city: 'Lyon', industry: 'Manufacturing' },
  { name: 'Boulangeries Dufresne', country: 'France', city: 'Nantes', industry: 'Food & Beverage' },
  { name: 'Brasserie des Flandres', country: 'Belgium', city: 'Gand', industry: 'Food & Beverage' },
  { name: 'Cabinet Moreau Conseil', country: 'France', city: 'Paris', industry: 'Consulting' },
  { name: 'Chocolaterie Van Damme', country: 'Belgium', city: 'Bruges', industry: 'Food & Beverage' },
  { name: 'Clinique du Parc', country: 'France', city: 'Lyon', industry: 'Healthcare' },
  { name: 'Compagnie Fluviale du Rhône', country: 'France', city: 'Lyon', industry: 'Transportation' },
  { name: 'Constructions Lefebvre', country: 'France', city: 'Lille', industry: 'Construction' },
  { name: 'Coopérative Laitière du Jura', country: 'France', city: 'Lons-le-Saunier', industry: 'Food & Beverage' },
  { name: 'Domaine des Trois Chênes', country: 'France', city: 'Beaune', industry: 'Food & Beverage' },
  { name: 'Éditions Vautrin', country: 'France', city: 'Paris', industry: 'Media' },
  { name: 'Électricité Garnier', country: 'France', city: 'Rennes', industry: 'Construction' },
  { name: 'Fromagerie Bellevue', country: 'Belgium', city: 'Namur', industry: 'Food & Beverage' },
  { name: 'Gare & Logistique SA', country: 'Belgium', city: 'Charleroi', industry: 'Transportation' },
  { name: 'Groupe Hospitalier Saint-Luc', country: 'Belgium', city: 'Bruxelles', industry: 'Healthcare' },
  { name: 'Précision Savoie', country: 'France', city: 'Annecy', industry: 'Manufacturing' },
  { name: 'Hôtel Le Grand Cerf', country: 'Belgium', city: 'Liège', industry: 'Hospitality' },
  { name: 'Imprimerie Rousseau', country: 'France', city: 'Tours', industry: 'Media' },
  { name: 'Industries Marchand', country: 'France', city: 'Reims', industry: 'Manufacturing' },
  { name: 'Laboratoires Aubert', country: 'France', city: 'Montpellier', industry: 'Healthcare' },
  { name: 'Liège Mécanique', country: 'Belgium', city: 'Liège', industry: 'Manufacturing' },
  { name: 'Ardenne Data Services', country: 'Belgium', city: 'Arlon', industry: 'Technology' },
  { name: 'Maison Perrin', country: 'France', city: 'Dijon', industry: 'Retail' },
  { name: 'Menuiserie Girard', country: 'France', city: 'Angers', industry: 'Construction' },
  { name: 'Métallerie du Nord', country: 'France', city: 'Valenciennes', industry: 'Manufacturing' },
  { name: 'Mutuelle des Artisans', country: 'France', city: 'Toulouse', industry: 'Consulting' },
  { name: 'Composants du Nord', country: 'France', city: 'Lille', industry: 'Manufacturing' },
  { name: 'Optique Lambert', country: 'Belgium', city: 'Mons', industry: 'Retail' },
  { name: 'Papeterie Chevalier', country: 'France', city: 'Grenoble', industry: 'Retail' },
  { name: 'Pharmacie Centrale de Namur', country: 'Belgium', city: 'Namur', industry: 'Healthcare' },
  { name: 'Plasturgie Bonnet', country: 'France', city: 'Oyonnax', industry: 'Manufacturing' },
  { name: 'Quincaillerie Fournier', country: 'France', city: 'Bordeaux', industry: 'Retail' },
  { name: 'Robotique Valois', country: 'France', city: 'Compiègne', industry: 'Technology' },
  { name: 'Savonnerie de Marseille', country: 'France', city: 'Marseille', industry: 'Manufacturing' },
  { name: 'Sofitrans Logistique', country: 'France', city: 'Le Havre', industry: 'Transportation' },
  { name: 'Start-up Nébuleuse', country: 'France', city: 'Paris', industry: 'Technology' },
  { name: 'Studio Pixel', country: 'Belgium', city: 'Bruxelles', industry: 'Media' },
  { name: 'Technopole Grenoble', country: 'France', city: 'Grenoble', industry: 'Technology' },
  { name: 'Textiles Roubaix', country: 'France', city: 'Roubaix', industry: 'Manufacturing' },
  { name: 'Verrerie Blanchard', country: 'Belgium', city: 'Charleroi', industry: 'Manufacturing' },
  { name: 'Vins & Terroirs Bordeaux', country: 'France', city: 'Bordeaux', industry: 'Food & Beverage' },
  { name: 'Zénith Logiciels', country: 'France', city: 'Nantes', industry: 'Technology' }
];

const OPEN_STAGES: { stage: string; probability: number }[] = [
  { stage: 'Qualification', probability: 10 },
  { stage: 'Value Proposition', probability: 50 },
  { stage: 'Proposal/Price Quote', probability: 75 },
  { stage: 'Negotiation/Review', probability: 90 }
];

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
