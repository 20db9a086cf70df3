/**
 * The inputs of the engine's golden vectors, with hand-computed expectations where a case is checked by reasoning
 * (`hand`, and the computation in `note`). `npm run golden:update` (scripts/golden/update.ts, through goldenVectorBuild.ts)
 * runs each case, fails when a hand expectation disagrees with the engine, and writes goldenVectors.json.
 * Arguments are JSON: bad numbers are `null` (Apex null), never NaN.
 */
import type {
  AccountFacts,
  PortfolioItem,
  ReferralPartner,
  SeparationPlanState,
  TierCutoffs,
  ValueConfig
} from '../valueEngine';
import {
  addToSketch,
  buildPortfolioAggregate,
  defaultConfig,
  defaultLetterTemplates,
  emptyPortfolioAggregate,
  emptySketch,
  accountFiguresOnDay,
  costPlanOf,
  evaluateAccountInto,
  marginPlanOf,
  evaluateAccountOnDay,
  netValueOfFactsInto,
  newEvaluationWorkspace,
  prepareFacts,
  neverScored,
  newSeparationPlan,
  targetFitOf
} from '../valueEngine';

export interface GoldenCase {
  function: string;
  args: unknown[];
  /** The hand-computed result; for a function that returns nothing, its first argument's state after the call. */
  hand?: unknown;
  note?: string;
}

const cases: GoldenCase[] = [];
function add(name: string, args: unknown[], hand?: unknown, note?: string): void {
  cases.push({ function: name, args: args, hand: hand, note: note });
}

const config: ValueConfig = defaultConfig();
const absoluteConfig: ValueConfig = { ...config, tierPolicy: { ...config.tierPolicy, method: 'absolute' } };
const drivers = config.drivers;
const driver = (name: string) => drivers.find((item) => item.name === name)!;
const TODAY = '2025-06-30';
const RATE = config.settings.costOfCapital;

// numbers
add('safeDivide', [10, 4, 0], 2.5);
add('safeDivide', [10, 0, -1], -1, 'zero denominator → fallback');
add('safeDivide', [null, 2, 7], 7, 'null numerator → fallback');
add('safeDivide', [-9, 3, 0], -3);
add('clamp', [5, 0, 1], 1);
add('clamp', [-5, 0, 1], 0);
add('clamp', [0.3, 0, 1], 0.3);
add('isMissingNumber', [null], true);
add('isMissingNumber', [0], false, 'zero is a value');
add('isMissingText', [null], true);
add('isMissingText', [''], false, 'an empty string is present');
add('finiteOr', [null, 4], 4);
add('finiteOr', [-2, 4], -2);
add('isFiniteNumber', [0], true);
add('isFiniteNumber', [null], false);
add('roundTo', [2.345, 2], 2.35);
add('roundTo', [-2.5, 0], -3, 'half away from zero');
add('roundTo', [1234.5678, 1], 1234.6);
add('formatNumber', [1234.5, 2], '1234.50');
add('formatNumber', [-12.345, 1], '-12.3');
add('formatNumber', [0.05, 3], '0.050');
add('formatNumber', [7, 0], '7');
add('formatNumber', [-0.004, 2], '0.00', 'rounds to zero: no minus sign');
add('formatNumber', [999.995, 2], '1000.00');
add('logistic', [0], 0.5);
add('logistic', [-2], 1 / (1 + Math.exp(2)), '1 / (1 + e²)');
add('logistic', [2.6], 1 / (1 + Math.exp(-2.6)));

// dates
add('isLeapYear', [2000], true);
add('isLeapYear', [1900], false);
add('isLeapYear', [2024], true);
add('daysInMonth', [2024, 2], 29);
add('daysInMonth', [2023, 2], 28);
add('daysInMonth', [2023, 11], 30);
add('isIsoDate', ['2024-02-29'], true);
add('isIsoDate', ['2023-02-29'], false);
add('isIsoDate', ['2023-13-01'], false);
add('isIsoDate', ['2023/01/01'], false);
add('isIsoDate', [null], false);
add('dayNumberOf', ['1970-01-01'], 0);
add('dayNumberOf', ['1970-01-02'], 1);
add('dayNumberOf', ['2023-02-30'], -100000000, 'invalid → INVALID_DAY_NUMBER');
add('toDayNumber', ['2000-03-01'], 11017, '30 years (1970–1999: 7 leap years) = 10957 days + Jan 31 + Feb 29 = 11017');
add('toDayNumber', ['1969-12-31'], -1);
add('toDayNumber', ['bad'], 0);
add('fromDayNumber', [11017], '2000-03-01');
add('fromDayNumber', [-1], '1969-12-31');
add('fromDayNumber', [19723], '2024-01-01', '54 years from 1970 with 13 leap days: 54 × 365 + 13 = 19723');
add('daysBetween', ['2024-02-28', '2024-03-01'], 2, 'leap year: Feb 29 in between');
add('daysBetween', ['2023-02-28', '2023-03-01'], 1);
add('daysBetween', ['2024-03-01', '2024-02-28'], -2);
add('daysBetween', ['2024-11-01', '2025-06-30'], 241, '29 + 31 + 31 + 28 + 31 + 30 + 31 + 30 = 241');
add('daysBetween', ['x', '2024-01-01'], 0);
add('addDays', ['2024-12-31', 1], '2025-01-01');
add('addDays', ['2024-03-01', -1], '2024-02-29');
add('addDays', ['2025-06-30', 7], '2025-07-07');
add('addDays', ['bad', 7], '');
add('addMonths', ['2024-01-31', 1], '2024-02-29', 'clamped to the end of February');
add('addMonths', ['2023-01-31', 1], '2023-02-28');
add('addMonths', ['2024-03-31', -1], '2024-02-29');
add('addMonths', ['2024-11-15', 18], '2026-05-15');
add('addMonths', ['2025-03-31', 10], '2026-01-31');
add('addMonths', ['2025-08-31', 1], '2025-09-30');
add('addMonths', ['9999-12-01', 1], '', 'beyond year 9999');
add('monthsBetween', ['2020-01-15', '2021-01-14'], 11);
add('monthsBetween', ['2020-01-15', '2021-01-15'], 12);
add('monthsBetween', ['2021-01-15', '2020-01-15'], 0);
add('yearsBetween', ['2020-01-01', '2021-01-01'], 366 / 365.25);
add('yearsBetween', ['2021-01-01', '2020-01-01'], 0);
add('isOnOrBefore', ['2024-01-01', '2024-01-01'], true);
add('isOnOrBefore', ['2024-01-02', '2024-01-01'], false);

// sorting
add('sortNumbersAscending', [[10, 9, 100, -1, 2.5]], [-1, 2.5, 9, 10, 100], 'numeric, not lexicographic');
add('sortNumbersAscending', [[]], []);
add('orderByNumberAscending', [[3, 1, 3, 1]], [1, 3, 0, 2], 'stable');
add('orderByNumberDescending', [[3, 1, 3, 1]], [0, 2, 1, 3]);
add(
  'reorderByNumberDescending',
  [
    [5, 2, 9],
    [0, 1, 2]
  ],
  [2, 0, 1]
);
add('orderByStringAscending', [['b', 'a', 'b']], [1, 0, 2]);
add('sortStringsAscending', [['beta', 'Alpha', 'alpha', '']], ['', 'Alpha', 'alpha', 'beta'], 'code-unit order');
add('selectKthSmallestInPlace', [[5, 1, 4, 1, 5, 9, 2, 6], 3], 4, 'sorted 1 1 2 4 5 5 6 9 → index 3 = 4');
add('selectKthSmallestInPlace', [[7], 0], 7);

// domain
add('isTier', ['D3'], true);
add('isTier', ['d3'], false, 'case-sensitive');
add('isOneOf', ['referral', ['price_increase', 'referral']], true);
add('tierRank', ['D2'], 2);
add('tierRank', ['?'], 4);

// config
add('defaultConfig', []);
add('validateConfig', [config], []);
const brokenConfig: ValueConfig = JSON.parse(JSON.stringify(config)) as ValueConfig;
brokenConfig.settings.defaultMarginRate = 1.5;
brokenConfig.tierPolicy.d1Share = 0.5;
brokenConfig.drivers[1].unitCost = -3;
brokenConfig.churnModel.features[0].standardDeviation = 0;
add(
  'validateConfig',
  [brokenConfig],
  [
    { path: 'settings.defaultMarginRate', labelKey: 'cvp_config_out_of_range' },
    { path: 'tierPolicy', labelKey: 'cvp_config_shares_not_one' },
    { path: 'drivers[1].unitCost', labelKey: 'cvp_config_out_of_range' },
    { path: 'churnModel.features[0].standardDeviation', labelKey: 'cvp_config_not_positive' }
  ]
);
const nullWeights: ValueConfig = JSON.parse(JSON.stringify(config)) as ValueConfig;
(nullWeights.scoreWeights as unknown as Record<string, unknown>).loyalty = null;
add('validateConfig', [nullWeights], [{ path: 'scoreWeights.loyalty', labelKey: 'cvp_config_not_a_number' }]);

// facts
add('prepareFacts', [{ accountId: 'A1', revenueCurrent: 1000, revenuePrevious: 800 }]);
add('prepareFacts', [{}]);
add(
  'prepareFacts',
  [
    {
      accountId: 'A7',
      revenueCurrent: 1,
      revenuePrevious: 1,
      lastOrderDate: '2025-04-01',
      lastOrderDay: 20179,
      relationshipStartDay: -354286,
      contractEndDate: '2025-09-30',
      contractEndDay: 20361.5,
      lastContactDay: 2932896
    }
  ],
  undefined,
  'day numbers win over the text: 20179 kept; -354286 (before 1000-01-01) and 20361.5 are invalid_date findings'
);
add(
  'prepareFacts',
  [{ accountId: 'A6', revenueCurrent: 10, revenuePrevious: 10, marginRateOverride: -0.2, promoterScore: -1 }],
  undefined,
  'negative margin override → negative finding and no override (-1); negative promoter score → 0'
);
add('prepareFacts', [
  { accountId: 'A2', revenueCurrent: -5, revenuePrevious: null, maxPaymentDelayDays: 4000, marginRateOverride: 1.4 }
]);
add('prepareFacts', [
  {
    accountId: 'A3',
    revenueCurrent: 1,
    revenuePrevious: 1,
    lastOrderDate: '2024-02-30',
    tierOverride: 'D9',
    contractType: 'lease'
  }
]);
add('prepareFacts', [
  {
    accountId: 'A4',
    revenueCurrent: 1,
    revenuePrevious: 1,
    satisfaction: 11,
    promoterScore: 9,
    contractType: 'framework',
    tierOverride: 'D2'
  }
]);

// cost to serve and value
add('costOfDriver', [driver('Support_Case_High'), 2, RATE], 300, '2 × 150');
add('costOfDriver', [driver('Meeting_Time'), 120, RATE], 180, '120 min × 1.5');
add('costOfDriver', [driver('Payment_Delay'), 365000, RATE], 80, '365 000 × 0.08 / 365');
add('costOfDriver', [driver('Operational_Complexity'), 3, RATE], 800, '(3 − 1) × 400');
add('costOfDriver', [driver('Operational_Complexity'), 1, RATE], 0);
add('costOfDriver', [driver('Sales_Visit'), -2, RATE], 0);
add('costOfDriver', [driver('Credit_Note'), 3, RATE], 270, '3 × 90');
add(
  'costOfDriver',
  [{ ...driver('Payment_Delay'), unitCost: 5 }, 365000, 0.12],
  120,
  '365 000 × 0.12 / 365: the cost of capital, not the unit cost'
);
add('driverQuantity', [driver('Sales_Visit'), { Sales_Visit: 4 }, false, { accountId: 'A', findings: [] }], 4);
add('driverQuantity', [driver('Sales_Visit'), { Sales_Visit: -4 }, false, { accountId: 'A', findings: [] }], 0);
add(
  'driverQuantity',
  [driver('Payment_Delay'), { Payment_Delay: 5000 }, true, { accountId: 'A', findings: [] }],
  0,
  'absurd delay → ignored'
);
add(
  'driverQuantity',
  [driver('Operational_Complexity'), { Operational_Complexity: 9 }, false, { accountId: 'A', findings: [] }],
  5
);
const quantities = {
  Support_Case_High: 2,
  Meeting_Time: 120,
  Payment_Delay: 365000,
  Operational_Complexity: 3,
  Discount_Given: 500
};
add(
  'totalCostToServe',
  [config, quantities, false, { accountId: 'A1', findings: [] }],
  1860,
  '300 + 180 + 80 + 800 + 500'
);
add('totalCostToServe', [config, null, false, { accountId: 'A1', findings: [] }], 0);
add(
  'totalCostToServe',
  [config, { Support_Case_Low: 4, Complaint: 1, Sales_Task: 10 }, false, { accountId: 'A1', findings: [] }],
  470,
  '4 × 25 + 250 + 10 × 12'
);
add('costToServeBreakdown', [config, quantities, false, 'A1']);
add('costToServeBreakdown', [config, { Sales_Visit: null, Credit_Note: -1 }, false, 'A9']);
// The cost plan (compiled once per workspace) and the quantities as a list aligned with the configured drivers.
const plan = costPlanOf(config);
add('costPlanOf', [{ ...config, drivers: [], settings: { ...config.settings, costOfCapital: -1 } }], {
  names: [],
  namesKey: '',
  kinds: [],
  unitCosts: [],
  costOfCapital: 0
});
const names = config.drivers.map((d) => d.name);
const driverNames = names.join(',');
const reversedNames = names.slice().reverse().join(',');
const quantityList = names.map((name) => (quantities as Record<string, number>)[name] ?? 0);
add('driverListAligned', [plan, driverNames, quantityList], true, 'the configured names in their order');
add('driverListAligned', [plan, reversedNames, quantityList], false, 'another order');
add('driverListAligned', [plan, null, quantityList], false, 'a list without its names');
add('driverListAligned', [plan, driverNames, quantityList.slice(1)], false, 'a shorter list');
add(
  'totalCostOfFacts',
  [plan, { driverNames: driverNames, driverQuantityList: quantityList }, false, { accountId: 'A1', findings: [] }],
  1860,
  'the keyed quantities as an aligned list: 300 + 180 + 80 + 800 + 500'
);
add(
  'totalCostOfFacts',
  [
    plan,
    { driverNames: reversedNames, driverQuantityList: quantityList.slice().reverse() },
    false,
    { accountId: 'A1', findings: [] }
  ],
  1860,
  'names in another order (drivers changed since): read by name, the same 1 860'
);
add(
  'totalCostOfFacts',
  [
    plan,
    { driverNames: 'Support_Case_High,Gone,Sales_Visit', driverQuantityList: [2, 7, -1] },
    false,
    { accountId: 'A1', findings: [] }
  ],
  300,
  'by name: 2 × 150; an unknown name ignored; a negative visit count reported as driverQuantities.Sales_Visit'
);
add(
  'totalCostOfFacts',
  [
    plan,
    { driverNames: driverNames, driverQuantityList: quantityList, driverQuantities: { Sales_Visit: 10 } },
    false,
    { accountId: 'A1', findings: [] }
  ],
  1860,
  'the list wins over the keyed quantities'
);
add(
  'totalCostOfFacts',
  [plan, { driverQuantities: quantities }, true, { accountId: 'A1', findings: [] }],
  1780,
  'keyed; an absurd payment delay: 1 860 − 80'
);
add('totalCostOfFacts', [plan, {}, false, { accountId: 'A1', findings: [] }], 0, 'no quantities');
add(
  'totalCostOfFacts',
  [
    plan,
    {
      driverNames: driverNames,
      driverQuantityList: names.map((name) =>
        name === 'Operational_Complexity' ? 9 : name === 'Credit_Note' ? 2e13 : name === 'Sales_Visit' ? null : 1
      )
    },
    false,
    { accountId: 'A1', findings: [] }
  ],
  2099.5 + 0.08 / 365,
  'ones: 150 + 60 + 25 + 250 + 1.5 + 12 + 0.08 / 365 + 1; a missing visit count (0, silently); an absurd ' +
    'credit-note count (0); a complexity of 9 capped at 5: (5 − 1) × 400'
);
add('costToServeBreakdownOfFacts', [
  config,
  { driverNames: driverNames, driverQuantityList: names.map((name) => (name === 'Credit_Note' ? -1 : 0)) },
  false,
  'A9'
]);
add('cleanRevenue', [1000, 'revenueCurrent', { accountId: 'A', findings: [] }], 1000);
add('cleanRevenue', [null, 'revenueCurrent', { accountId: 'A', findings: [] }], 0, 'missing → 0 (reported)');
add('cleanRevenue', [-5, 'revenuePrevious', { accountId: 'A', findings: [] }], 0);
add('cleanRevenue', [2e13, 'revenueCurrent', { accountId: 'A', findings: [] }], 0, 'above 10^13: absurd');
add('cleanMarginRateOverride', [0.4, { accountId: 'A', findings: [] }], 0.4);
add('cleanMarginRateOverride', [null, { accountId: 'A', findings: [] }], -1, 'no override');
add('cleanMarginRateOverride', [-0.2, { accountId: 'A', findings: [] }], -1, 'negative: no override, not zero');
add('cleanMarginRateOverride', [1.5, { accountId: 'A', findings: [] }], -1);
add('isPaymentDelayAbsurd', [3650], false, 'ten years is still possible');
add('isPaymentDelayAbsurd', [3651], true);
add('isPaymentDelayAbsurd', [null], false);
add(
  'moneyFiguresOf',
  [{ revenue: 100000, marginRateOverride: -1, productFamily: 'Services', costToServe: 1860 }, config],
  { marginRate: 0.55, grossMargin: 55000, costToServe: 1860, netValue: 53140 },
  '100 000 × 0.55 − 1 860'
);
add(
  'moneyFiguresOf',
  [{ revenue: 5000, marginRateOverride: 0.5, productFamily: 'Services', costToServe: 4000 }, config],
  { marginRate: 0.5, grossMargin: 2500, costToServe: 4000, netValue: -1500 },
  'the override wins: 5 000 × 0.5 − 4 000'
);
add('marginRateFor', [0.5, 'Services', config.marginRates, 0.35], 0.5);
add('marginRateFor', [-1, 'Services', config.marginRates, 0.35], 0.55);
add('marginRateFor', [-1, 'Hardware', config.marginRates, 0.35], 0.22);
add('marginRateFor', [-1, 'Food', config.marginRates, 0.3], 0.35, 'the org record wins over the setting');
add('marginRateFor', [-1, 'Food', [], 0.3], 0.3);
add(
  'marginPlanOf',
  [config.marginRates, 0.3],
  { families: ['Services', 'Hardware'], rates: [0.55, 0.22], orgRate: 0.35 },
  'the org record wins over the setting'
);
add(
  'marginPlanOf',
  [
    [
      { name: 'Bad', productFamily: 'Services', rate: 1.5 },
      { name: 'Services', productFamily: 'Services', rate: 0.5 },
      { name: 'Later', productFamily: 'Services', rate: 0.4 },
      { name: 'Default', productFamily: '', rate: null }
    ],
    2
  ],
  { families: ['Services', 'Services'], rates: [0.5, 0.4], orgRate: 0 },
  'invalid rates skipped (the first valid family rate is looked up first); an invalid default: 0'
);
const marginPlan = marginPlanOf(config.marginRates, 0.35);
add('marginRateOfPlan', [marginPlan, 0.5, 'Services'], 0.5);
add('marginRateOfPlan', [marginPlan, -1, 'Services'], 0.55);
add('marginRateOfPlan', [marginPlan, -1, 'Hardware'], 0.22);
add('marginRateOfPlan', [marginPlan, -1, ''], 0.35);
add('marginRateOfPlan', [marginPlan, 1.2, 'Food'], 0.35);
const valued: AccountFacts = {
  accountId: 'A1',
  revenueCurrent: 100000,
  revenuePrevious: 80000,
  productFamily: 'Services',
  driverQuantities: quantities
};
add('computeAccountValue', [valued, config]);
add('computeAccountValue', [{ ...valued, marginRateOverride: 0.5 }, config]);
add('computeAccountValue', [
  { accountId: 'A2', revenueCurrent: 1000, revenuePrevious: 0, marginRateOverride: 2 },
  config
]);
add('computeAccountValue', [{}, config]);
add('computeAccountValue', [
  {
    accountId: 'A1',
    revenueCurrent: 100000,
    revenuePrevious: 80000,
    productFamily: 'Services',
    driverNames: driverNames,
    driverQuantityList: quantityList
  },
  config
]);

// scoring
add('netValueIndex', [50000, 100000], 0.5);
add('netValueIndex', [250000, 100000], 1);
add('netValueIndex', [-10, 100000], 0);
add('netValueIndex', [50000, 0], 0.5, 'default reference 100 000');
const preparedRich = {
  accountId: 'A',
  name: '',
  industry: 'Technology',
  country: 'BE',
  employees: 200,
  productFamily: '',
  contractType: 'any',
  revenueCurrent: 100000,
  revenuePrevious: 80000,
  marginRateOverride: -1,
  maxPaymentDelayDays: 0,
  paymentDelayAbsurd: false,
  weightedPipeline: 50000,
  whitespaceShare: 0.4,
  futurePotential: false,
  predictedClv: 150000,
  referralsMade: 2,
  referralRevenue: 10000,
  isReference: true,
  promoterScore: 9,
  earlyAdopter: false,
  vip: true,
  strategic: false,
  casesCurrent: 0,
  casesPrevious: 0,
  complaints: 0,
  satisfaction: 8,
  lastOrderDate: '',
  relationshipStartDate: '',
  contractEndDate: '',
  lastContactDate: '',
  lastOrderDay: -100000000,
  relationshipStartDay: -100000000,
  contractEndDay: -100000000,
  contractNoticeMonths: 0,
  tierOverride: '',
  tierOverrideReason: '',
  findings: []
};
add('potentialOf', [preparedRich, 0.25], 41.75, '100 × (0.35 × 0.5 + 0.25 × 0.25 + 0.2 × 0.4 + 0.2 × 0.5)');
add('potentialOf', [{ ...preparedRich, futurePotential: true }, 0.25], 80, 'future-potential floor');
add(
  'potentialOf',
  [{ ...preparedRich, revenueCurrent: 0, weightedPipeline: 10, whitespaceShare: 0, predictedClv: 0 }, 0],
  35
);
add('influenceOf', [preparedRich], 67, '20 + 2 + 20 + 15 + 10');
add(
  'influenceOf',
  [{ ...preparedRich, referralsMade: 9, earlyAdopter: true, referralRevenue: 1e6, promoterScore: 10 }],
  100,
  'capped'
);
add(
  'influenceOf',
  [{ ...preparedRich, referralsMade: 0, referralRevenue: 0, isReference: false, promoterScore: -1, vip: false }],
  0
);
add('strategicFitOf', ['Technology', 'FR', 200, config.targetPositioning], 1);
add('strategicFitOf', ['Technology', 'BE', 200, config.targetPositioning], 2.5 / 3, '(1 + 0.5 + 1) / 3');
add('strategicFitOf', ['Manufacturing', 'DE', 6000, config.targetPositioning], 1 / 3);
add('strategicFitOf', ['Retail', 'US', 10, config.targetPositioning], 0);
add('strategicFitOf', ['Technology', 'FR', 200, []], 0);
add('targetFitOf', [config.targetPositioning], {
  industryValues: ['Technology', 'Manufacturing'],
  industryRatios: [1, 1],
  countryValues: ['FR', 'BE'],
  countryRatios: [1, 0.5],
  employeeMinimums: [50],
  employeeMaximums: [5000],
  employeeRatios: [1],
  used: 3
});
add(
  'targetFitOf',
  [
    [
      { dimension: 'Country', value: 'FR', minimum: 0, maximum: 0, weight: 2 },
      { dimension: 'Country', value: 'DE', minimum: 0, maximum: 0, weight: 0 },
      { dimension: 'Country', value: '', minimum: 0, maximum: 0, weight: 4 },
      { dimension: 'Industry', value: 'Retail', minimum: 0, maximum: 0, weight: null }
    ]
  ],
  {
    industryValues: [],
    industryRatios: [],
    countryValues: ['FR'],
    countryRatios: [0.5],
    employeeMinimums: [],
    employeeMaximums: [],
    employeeRatios: [],
    used: 1
  },
  'a weight of 0 or none does not count; an empty country never matches but its weight is the largest: FR 2 / 4'
);
add('strategicFitWith', [targetFitOf(config.targetPositioning), 'Technology', 'BE', 200], 2.5 / 3, '(1 + 0.5 + 1) / 3');
add('strategicFitWith', [targetFitOf(config.targetPositioning), '', '', 0], 0, 'nothing known: no dimension matches');
add('strategicFitWith', [targetFitOf([]), 'Technology', 'FR', 200], 0, 'no positioning');
add(
  'strategicFitOf',
  [
    'Retail',
    'FR',
    200,
    [
      { dimension: 'Country', value: 'FR', minimum: 0, maximum: 0, weight: 2 },
      { dimension: 'Country', value: '', minimum: 0, maximum: 0, weight: 4 },
      { dimension: 'Industry', value: 'Retail', minimum: 0, maximum: 0, weight: null }
    ]
  ],
  0.5,
  'only the country counts (Retail has no weight): FR 2 over the largest country weight 4'
);
add('loyaltyIndex', [0.2, 2.5, 8], 0.725, '0.5 × 0.8 + 0.25 × 0.5 + 0.25 × 0.8');
add('loyaltyIndex', [0, 10, -1], 0.875, 'unknown satisfaction counts 0.5');
add('loyaltyIndex', [1, 0, 0], 0);
add('totalWeight', [config.scoreWeights], 100);
add('totalWeight', [{ netValue: 1, potential: -1, influence: null, strategicFit: 2, loyalty: 0 }], 3);
add('positiveOrZero', [-3], 0);
add('componentPoints', [40, 0.5, 100], 20);
add('componentPoints', [1, 1, 2], 50);
add('componentPoints', [1, 1, 0], 0, 'no weight at all');
add(
  'scoreFromIndexes',
  [
    { netValue: 0.5314, potential: 0.4175, influence: 0.67, strategicFit: 2.5 / 3, loyalty: 0.725 },
    config.scoreWeights
  ],
  58.864333333333335,
  '21.256 + 8.35 + 10.05 + 8.3333 + 10.875'
);
add(
  'scoreFromIndexes',
  [{ netValue: 1, potential: 1, influence: 1, strategicFit: 1, loyalty: 1 }, config.scoreWeights],
  100
);
add(
  'scoreFromIndexes',
  [{ netValue: 0, potential: 0, influence: 0, strategicFit: 0, loyalty: 0 }, config.scoreWeights],
  0
);
add(
  'scoreWeightingOf',
  [{ netValue: 1, potential: -1, influence: null, strategicFit: 2, loyalty: 0 }],
  { netValue: 1, potential: 0, influence: 0, strategicFit: 2, loyalty: 0, total: 3 },
  'weights counted once: negative and null count 0'
);
add(
  'scoreWithWeighting',
  [
    { netValue: 0.5, potential: 1, influence: 1, strategicFit: 0.25, loyalty: 1 },
    { netValue: 1, potential: 0, influence: 0, strategicFit: 2, loyalty: 0, total: 3 }
  ],
  100 / 3,
  '(1 × 0.5 + 2 × 0.25) × 100 / 3'
);

// early warning
add('revenueTrend', [70000, 100000], -0.3);
add('revenueTrend', [100, 0], 1, 'new customer');
add('revenueTrend', [0, 0], 0);
add('revenueTrend', [1e9, 1], 10, 'capped at +1000 %');
const signalFacts = {
  ...preparedRich,
  revenueCurrent: 70000,
  revenuePrevious: 100000,
  casesCurrent: 6,
  casesPrevious: 2,
  complaints: 2,
  satisfaction: 5,
  lastOrderDate: '2024-11-01',
  lastOrderDay: 20028,
  contractEndDate: '2025-08-01',
  contractEndDay: 20301,
  relationshipStartDate: '2015-06-30',
  relationshipStartDay: 16616
};
add('computeChurnSignals', [signalFacts, TODAY]);
add('computeChurnSignals', [preparedRich, 'not a date']);
add('churnSignalsOnDay', [signalFacts, 20269]);
add('churnSignalsOnDay', [signalFacts, -100000000]);
add('emptyChurnSignals', []);
add('churnSignalsInto', [
  {
    revenueTrend: 5,
    caseTrend: 5,
    complaints: 5,
    daysSinceLastOrder: 5,
    satisfaction: 5,
    renewalDue: 1,
    tenureYears: 5,
    warnings: ['cvp_warning_complaints']
  },
  signalFacts,
  20269
]);
add(
  'churnFeatureValues',
  [
    {
      revenueTrend: -0.3,
      caseTrend: 2,
      complaints: 2,
      daysSinceLastOrder: -1,
      satisfaction: 5,
      renewalDue: 1,
      tenureYears: 3,
      warnings: []
    }
  ],
  {
    revenue_trend: -0.3,
    case_trend: 2,
    complaints: 2,
    satisfaction: 5,
    renewal_due: 1
  }
);
add('churnProbability', [config.churnModel, {}], 1 / (1 + Math.exp(2)), 'all features at their mean: z = −2');
add(
  'churnProbability',
  [
    config.churnModel,
    { revenue_trend: -0.3, case_trend: 0, complaints: 2.5, days_since_last_order: 150, satisfaction: 5, renewal_due: 1 }
  ],
  1 / (1 + Math.exp(-2.6)),
  'z = −2 + 1.2 + 0 + 1 + 0.8 + 0.7 + 0.9 = 2.6'
);
add(
  'churnProbability',
  [config.churnModel, { days_since_last_order: 30 }],
  1 / (1 + Math.exp(2.8)),
  'z = −2 + 0.8 × (30 − 90) / 60 = −2.8'
);
add(
  'churnProbability',
  [{ intercept: 0, features: [{ name: 'x', coefficient: 3, mean: 0, standardDeviation: 0 }] }, { x: 5 }],
  0.5,
  'zero deviation → ignored'
);
add('churnProbability', [{ intercept: 100, features: [] }, {}], 1 / (1 + Math.exp(-30)), 'z clamped to 30');
add('churnProbability', [config.churnModel, { satisfaction: null }], 1 / (1 + Math.exp(2)), 'null value → mean');
add(
  'churnTermsOf',
  [
    {
      intercept: null,
      features: [
        { name: 'complaints', coefficient: 2, mean: 0.5, standardDeviation: 1 },
        { name: 'satisfaction', coefficient: 1, mean: 7, standardDeviation: 0 },
        { name: 'unknown_feature', coefficient: 1, mean: 3, standardDeviation: 2 }
      ]
    }
  ],
  {
    intercept: 0,
    terms: [
      { signal: 2, counts: true, coefficient: 2, mean: 0.5, standardDeviation: 1 },
      { signal: 4, counts: false, coefficient: 0, mean: 0, standardDeviation: 1 },
      { signal: -1, counts: true, coefficient: 1, mean: 3, standardDeviation: 2 }
    ]
  },
  'names looked up once; a zero deviation does not count (its numbers are not kept)'
);
add(
  'churnProbabilityOfTerms',
  [
    {
      intercept: 0,
      terms: [
        { signal: 2, counts: true, coefficient: 2, mean: 0.5, standardDeviation: 1 },
        { signal: 4, counts: false, coefficient: 1, mean: 7, standardDeviation: 0 },
        { signal: -1, counts: true, coefficient: 1, mean: 3, standardDeviation: 2 }
      ]
    },
    {
      revenueTrend: 0,
      caseTrend: 0,
      complaints: 1,
      daysSinceLastOrder: -1,
      satisfaction: 2,
      renewalDue: 0,
      tenureYears: 0,
      warnings: []
    }
  ],
  1 / (1 + Math.exp(-1)),
  'z = 2 × (1 − 0.5) / 1 = 1; satisfaction does not count; the unknown feature takes its mean'
);
add(
  'churnProbabilityFromSignals',
  [
    config.churnModel,
    {
      revenueTrend: 0,
      caseTrend: 0,
      complaints: 0.5,
      daysSinceLastOrder: -1,
      satisfaction: -1,
      renewalDue: 0,
      tenureYears: 0,
      warnings: []
    }
  ],
  1 / (1 + Math.exp(2))
);
const alertSettings = config.settings;
add(
  'decideAlert',
  [
    {
      current: { churnProbability: 0.6, tier: 'D1', revenueTrend: 0 },
      previous: { churnProbability: 0.4, tier: 'D1', revenueTrend: 0 }
    },
    alertSettings
  ],
  {
    alert: true,
    escalate: true,
    reasons: ['cvp_alert_churn_threshold_crossed']
  }
);
add(
  'decideAlert',
  [
    {
      current: { churnProbability: 0.7, tier: 'D3', revenueTrend: 0 },
      previous: { churnProbability: 0.6, tier: 'D3', revenueTrend: 0 }
    },
    alertSettings
  ],
  {
    alert: false,
    escalate: false,
    reasons: []
  }
);
add(
  'decideAlert',
  [
    {
      current: { churnProbability: 0.1, tier: 'D3', revenueTrend: -0.25 },
      previous: { churnProbability: 0.1, tier: 'D2', revenueTrend: 0.1 }
    },
    alertSettings
  ],
  {
    alert: true,
    escalate: true,
    reasons: ['cvp_alert_tier_drop', 'cvp_alert_revenue_bend']
  }
);
add('decideAlert', [{ current: { churnProbability: 0.9, tier: 'D4', revenueTrend: -0.5 } }, alertSettings], {
  alert: true,
  escalate: false,
  reasons: ['cvp_alert_churn_threshold_crossed', 'cvp_alert_revenue_bend']
});
add(
  'decideAlert',
  [
    {
      current: { churnProbability: 0.2, tier: 'D2', revenueTrend: -0.3 },
      previous: { churnProbability: 0.2, tier: 'D2', revenueTrend: -0.3 }
    },
    alertSettings
  ],
  {
    alert: false,
    escalate: false,
    reasons: []
  }
);

// tiers
const tenValues = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
add(
  'computeTierCutoffs',
  [tenValues, config.tierPolicy],
  { method: 'percentile', d1Minimum: 90, d2Minimum: 60, d3Minimum: 0.01, accountCount: 10 },
  'all 10 create value: top 2 / next 3 / every other one (D3 from one cent; D4 share 0)'
);
add(
  'computeTierCutoffs',
  [[-300, -20, 0, 0.004, 5, 15, 25, 35, 45, 55], config.tierPolicy],
  { method: 'percentile', d1Minimum: 55, d2Minimum: 35, d3Minimum: 0.01, accountCount: 10 },
  '6 of 10 create value (≥ 0.01): c1 = round(1.2) = 1 → 55; c2 = round(3) = 3 → 35; c3 = 6 = m → one cent'
);
add(
  'computeTierCutoffs',
  [[3, 7], config.tierPolicy],
  { method: 'percentile', d1Minimum: 14, d2Minimum: 7, d3Minimum: 0.01, accountCount: 2 },
  'm = 2: D1 empty (7 + 7), D2 round(1) = 1 account, D3 rank 2 = m → one cent'
);
add(
  'computeTierCutoffs',
  [[], config.tierPolicy],
  { method: 'percentile', d1Minimum: 0.01, d2Minimum: 0.01, d3Minimum: 0.01, accountCount: 0 },
  'no account: every cut-off one cent'
);
add(
  'computeTierCutoffs',
  [[1, 2], absoluteConfig.tierPolicy],
  { method: 'absolute', d1Minimum: 100000, d2Minimum: 25000, d3Minimum: 0.01, accountCount: 0 },
  'the D3 threshold 0 raised to one cent: creating no value is D4'
);
add(
  'computeTierCutoffs',
  [[-5, -4, -3, -2, -1], config.tierPolicy],
  { method: 'percentile', d1Minimum: 0.01, d2Minimum: 0.01, d3Minimum: 0.01, accountCount: 5 },
  'no account creates value: every cut-off one cent, all five D4'
);
const tenValuesSketch = emptySketch();
for (const value of tenValues) addToSketch(tenValuesSketch, value);
// Each cut-off is the floor of the bucket holding 90, 60, 30 (within 1 % below them): computed, checked in tiers.test.ts.
add('computeTierCutoffsFromSketch', [tenValuesSketch, config.tierPolicy]);
add('computeTierCutoffsFromSketch', [emptySketch(), absoluteConfig.tierPolicy]);
const mixedSketch = emptySketch();
for (const value of [-500, -20, 0, 0.001, 40, 75000, 120000]) addToSketch(mixedSketch, value);
// Ranks walk the positive buckets only; the zero and negative buckets are D4.
add('computeTierCutoffsFromSketch', [mixedSketch, config.tierPolicy]);
add('computeTierCutoffsFromSketch', [mixedSketch, absoluteConfig.tierPolicy]);
const negativeSketch = emptySketch();
for (const value of [-900, -40, -3, -0.5]) addToSketch(negativeSketch, value);
add('computeTierCutoffsFromSketch', [negativeSketch, config.tierPolicy]);
const cut = { method: 'percentile', d1Minimum: 90, d2Minimum: 60, d3Minimum: 30, accountCount: 10 };
add('tierOf', [95, cut], 'D1');
add('tierOf', [90, cut], 'D1', 'ties go up');
add(
  'tierOf',
  [0, { method: 'absolute', d1Minimum: -30, d2Minimum: -20, d3Minimum: -10, accountCount: 0 }],
  'D4',
  'a net value of 0 creates no value: D4 whatever the cut-offs'
);
add(
  'tierOf',
  [0.01, { method: 'percentile', d1Minimum: 90, d2Minimum: 60, d3Minimum: 0.01, accountCount: 10 }],
  'D3',
  'one cent creates value'
);
add('tierOf', [60, cut], 'D2');
add('tierOf', [45, cut], 'D3');
add('tierOf', [29.99, cut], 'D4');
add('assignTier', [-5, cut, 'D1', 'Key logo'], {
  tier: 'D1',
  computedTier: 'D4',
  overridden: true,
  overrideReason: 'Key logo'
});
add('assignTier', [95, cut, '', ''], { tier: 'D1', computedTier: 'D1', overridden: false, overrideReason: '' });
add('assignTier', [95, cut, 'D0', 'typo'], { tier: 'D1', computedTier: 'D1', overridden: false, overrideReason: '' });
add(
  'assignTierInto',
  [{ tier: 'D1', computedTier: 'D4', overridden: true, overrideReason: 'Key logo' }, 95, cut, '', ''],
  { tier: 'D1', computedTier: 'D1', overridden: false, overrideReason: '' },
  'the earlier override is not kept'
);
add(
  'assignTierInto',
  [{ tier: 'D1', computedTier: 'D1', overridden: false, overrideReason: '' }, -5, cut, 'D2', 'Partner'],
  { tier: 'D2', computedTier: 'D4', overridden: true, overrideReason: 'Partner' }
);

// flags and actions
const inputs = {
  tier: 'D4',
  netValue: -1000,
  potential: 10,
  influence: 10,
  churnProbability: 0.1,
  strategic: false,
  dataIncomplete: false
};
add(
  'accountFlags',
  [
    { ...inputs, influence: 60, potential: 70, churnProbability: 0.5, strategic: true, dataIncomplete: true },
    alertSettings
  ],
  ['most_valued_customer', 'high_potential', 'at_risk', 'strategic', 'data_incomplete']
);
add('accountFlags', [inputs, alertSettings], []);
add('recommendAction', [inputs, alertSettings], {
  flags: [],
  action: 'separate',
  separationBlocked: false,
  reasonKey: 'cvp_action_reason_value_destroying'
});
add('recommendAction', [{ ...inputs, potential: 80 }, alertSettings], {
  flags: ['high_potential'],
  action: 'transform',
  separationBlocked: true,
  reasonKey: 'cvp_action_reason_guardrail'
});
add('recommendAction', [{ ...inputs, influence: 75 }, alertSettings], {
  flags: ['most_valued_customer'],
  action: 'transform',
  separationBlocked: true,
  reasonKey: 'cvp_action_reason_guardrail'
});
add('recommendAction', [{ ...inputs, strategic: true }, alertSettings], {
  flags: ['strategic'],
  action: 'transform',
  separationBlocked: true,
  reasonKey: 'cvp_action_reason_guardrail'
});
add('recommendAction', [{ ...inputs, netValue: 5 }, alertSettings], {
  flags: [],
  action: 'standardize',
  separationBlocked: false,
  reasonKey: 'cvp_action_reason_standardize'
});
add('recommendAction', [{ ...inputs, tier: 'D1' }, alertSettings], {
  flags: [],
  action: 'protect',
  separationBlocked: false,
  reasonKey: 'cvp_action_reason_top_tier'
});
add('recommendAction', [{ ...inputs, tier: 'D1', churnProbability: 0.7 }, alertSettings], {
  flags: ['at_risk'],
  action: 'retain',
  separationBlocked: false,
  reasonKey: 'cvp_action_reason_top_tier_at_risk'
});
add('recommendAction', [{ ...inputs, tier: 'D2' }, alertSettings], {
  flags: [],
  action: 'develop',
  separationBlocked: false,
  reasonKey: 'cvp_action_reason_develop'
});
add('recommendAction', [{ ...inputs, tier: 'D2', churnProbability: 0.9 }, alertSettings], {
  flags: ['at_risk'],
  action: 'retain',
  separationBlocked: false,
  reasonKey: 'cvp_action_reason_develop_at_risk'
});
add('recommendAction', [{ ...inputs, tier: 'D3', netValue: 10 }, alertSettings], {
  flags: [],
  action: 'standardize',
  separationBlocked: false,
  reasonKey: 'cvp_action_reason_standardize'
});
add('recommendAction', [{ ...inputs, tier: 'D3', potential: 90 }, alertSettings], {
  flags: ['high_potential'],
  action: 'develop',
  separationBlocked: true,
  reasonKey: 'cvp_action_reason_maintain_high_potential'
});
add('recommendAction', [{ ...inputs, tier: 'D3', netValue: 10, churnProbability: 0.9 }, alertSettings], {
  flags: ['at_risk'],
  action: 'retain',
  separationBlocked: false,
  reasonKey: 'cvp_action_reason_maintain_at_risk'
});

add(
  'recommendActionInto',
  [
    { flags: ['at_risk'], action: 'protect', separationBlocked: false, reasonKey: 'x' },
    { ...inputs, tier: 'D3', potential: 90 },
    alertSettings
  ],
  {
    flags: ['high_potential'],
    action: 'develop',
    separationBlocked: true,
    reasonKey: 'cvp_action_reason_maintain_high_potential'
  },
  'the earlier flags are not kept'
);

// evaluation and explanation
const rich: AccountFacts = {
  accountId: 'A1',
  industry: 'Technology',
  country: 'BE',
  employees: 200,
  productFamily: 'Services',
  revenueCurrent: 100000,
  revenuePrevious: 80000,
  driverQuantities: quantities,
  weightedPipeline: 50000,
  whitespaceShare: 0.4,
  predictedClv: 150000,
  referralsMade: 2,
  referralRevenue: 10000,
  isReference: true,
  promoterScore: 9,
  vip: true,
  satisfaction: 8,
  lastOrderDate: '2025-04-01',
  relationshipStartDate: '2020-01-01'
};
const loser: AccountFacts = {
  accountId: 'A2',
  industry: 'Retail',
  country: 'US',
  revenueCurrent: 5000,
  revenuePrevious: 9000,
  driverQuantities: { Support_Case_High: 20, Complaint: 4 },
  complaints: 4,
  satisfaction: 3,
  lastOrderDate: '2024-10-01',
  relationshipStartDate: '2023-01-01'
};
const guarded: AccountFacts = { ...loser, accountId: 'A3', strategic: true };
const overridden: AccountFacts = { ...loser, accountId: 'A4', tierOverride: 'D1', tierOverrideReason: 'Key logo' };
const broken: AccountFacts = {
  accountId: 'A5',
  revenueCurrent: null as unknown as number,
  maxPaymentDelayDays: 5000,
  lastOrderDate: '2025-02-30'
};
const absoluteCut = { method: 'absolute', d1Minimum: 100000, d2Minimum: 25000, d3Minimum: 0, accountCount: 0 };
for (const facts of [rich, loser, guarded, overridden, broken, {}]) {
  add('evaluateAccount', [facts, config, absoluteCut, TODAY]);
  add('explainScore', [facts, config, absoluteCut, TODAY]);
  add('netValueOfFacts', [facts, config]);
}
// The rich account with its quantities as the producers build them (a list aligned with the drivers): the same net value.
const richAsListed: AccountFacts = { ...rich, driverNames: driverNames, driverQuantityList: quantityList };
delete richAsListed.driverQuantities;
add('netValueOfFacts', [richAsListed, config], 53140, '100 000 × 0.55 − 1 860');
add('valueOfPrepared', [preparedRich, rich, config]);
add(
  'moneyOfPrepared',
  [preparedRich, 1860, config],
  {
    marginRate: 0.35,
    grossMargin: 35000,
    costToServe: 1860,
    netValue: 33140
  },
  'no product family: the org rate 0.35; 100 000 × 0.35 − 1 860'
);
add('accountFiguresOnDay', [preparedRich, 1860, config, 20269]);
add('evaluateAccountOnDay', [rich, config, absoluteCut, 20269]);
add('evaluateAccountOnDay', [loser, config, absoluteCut, -100000000]);
// "into" forms: the caller's records are overwritten whole (a used workspace gives the same result as a new one)
const usedWorkspace = newEvaluationWorkspace(config);
evaluateAccountInto(usedWorkspace, loser, absoluteCut as TierCutoffs, 20269);
add('newEvaluationWorkspace', [config]);
add('evaluateAccountInto', [usedWorkspace, rich, absoluteCut, 20269]);
add('netValueOfFactsInto', [usedWorkspace, loser]);
const firstPass = newEvaluationWorkspace(config);
netValueOfFactsInto(firstPass, rich);
add('firstPassCostToServe', [firstPass], 1860, 'no finding: the first pass cost to serve is reused');
const firstPassWithFinding = newEvaluationWorkspace(config);
netValueOfFactsInto(firstPassWithFinding, broken);
add('firstPassCostToServe', [firstPassWithFinding], -1, 'a finding (revenue missing): unknown, computed again');
add('evaluateAccountWithCostInto', [usedWorkspace, rich, absoluteCut, 20269, 1860]);
const keptFrom = newEvaluationWorkspace(config);
evaluateAccountInto(keptFrom, loser, absoluteCut as TierCutoffs, 20269);
add('keepEvaluation', [keptFrom]);
add('emptyPreparedFacts', []);
add('prepareFactsInto', [prepareFacts(broken), rich]);
add('prepareFactsReportingInto', [prepareFacts(rich), broken, { accountId: 'earlier', findings: [] }]);
add('accountFiguresInto', [
  accountFiguresOnDay(prepareFacts(loser), 4000, config, 20269),
  preparedRich,
  1860,
  config,
  20269
]);
add(
  'moneyFiguresInto',
  [{ marginRate: 0.9, grossMargin: 1, costToServe: 2, netValue: 3 }, 100000, -1, '', 1860, config],
  { marginRate: 0.35, grossMargin: 35000, costToServe: 1860, netValue: 33140 },
  'no override, no family: the org rate 0.35; 100 000 × 0.35 − 1 860'
);
add(
  'moneyFiguresOfPlanInto',
  [{ marginRate: 0.9, grossMargin: 1, costToServe: 2, netValue: 3 }, 100000, -1, 'Hardware', 1860, marginPlan],
  { marginRate: 0.22, grossMargin: 22000, costToServe: 1860, netValue: 20140 },
  'the Hardware rate 0.22 from the plan; 100 000 × 0.22 − 1 860'
);
add('netValueOfFactsInto', [newEvaluationWorkspace(config), richAsListed]);
add('dayNumberOf', [TODAY], 20269, '2025-06-30: 20 089 (2025-01-01 = 55 × 365 + 14 leap days) + 180');
add('netValueOfFacts', [loser, config], -2250, '5 000 × 0.35 − (20 × 150 + 4 × 250)');
add('evaluatePortfolio', [[rich, loser, guarded, overridden, broken], config, TODAY]);
add('evaluatePortfolio', [[rich, loser], absoluteConfig, TODAY]);
add('evaluatePortfolio', [[], config, TODAY]);
add('evaluatePortfolioOnDay', [[rich, loser, broken], config, 20269]);

// retention
add(
  'playTasks',
  ['director_visit'],
  ['cvp_task_prepare_account_review', 'cvp_task_director_visit', 'cvp_task_follow_up_call']
);
add('playTasks', ['care_call'], ['cvp_task_care_call', 'cvp_task_follow_up_email']);
add('playTasks', ['letter'], ['cvp_task_send_retention_letter']);
add('playPolicyFor', ['D2', config.retentionPlays], config.retentionPlays[1]);
add('playPolicyFor', ['D2', []], {
  tier: 'D2',
  play: 'letter',
  followUpDays: 30,
  concessionRevenueShare: 0,
  concessionMarginShare: 0
});
add(
  'retentionPlanFor',
  ['D1', TODAY, config],
  {
    tier: 'D1',
    play: 'director_visit',
    tasks: ['cvp_task_prepare_account_review', 'cvp_task_director_visit', 'cvp_task_follow_up_call'],
    followUpDate: '2025-07-07'
  },
  '30 June + 7 days'
);
add('retentionPlanFor', ['D2', TODAY, config], {
  tier: 'D2',
  play: 'rep_visit',
  tasks: ['cvp_task_prepare_account_review', 'cvp_task_rep_visit', 'cvp_task_follow_up_call'],
  followUpDate: '2025-07-14'
});
add(
  'retentionPlanFor',
  ['D3', '2025-12-20', config],
  {
    tier: 'D3',
    play: 'care_call',
    tasks: ['cvp_task_care_call', 'cvp_task_follow_up_email'],
    followUpDate: '2026-01-10'
  },
  '20 Dec + 21 days'
);
add('retentionPlanFor', ['X', 'bad', config], {
  tier: 'D4',
  play: 'letter',
  tasks: ['cvp_task_send_retention_letter'],
  followUpDate: ''
});
add(
  'checkConcession',
  ['D1', 100000, 20000, 12000, config],
  { cap: 10000, revenueCap: 15000, marginCap: 10000, requested: 12000, approvalNeeded: true },
  'min(15 % × 100 000, 50 % × 20 000)'
);
add('checkConcession', ['D2', 100000, 50000, 10000, config], {
  cap: 10000,
  revenueCap: 10000,
  marginCap: 20000,
  requested: 10000,
  approvalNeeded: false
});
add(
  'checkConcession',
  ['D3', 40000, 10000, 2000, config],
  { cap: 2000, revenueCap: 2000, marginCap: 3000, requested: 2000, approvalNeeded: false },
  'min(5 % × 40 000, 30 % × 10 000)'
);
add('checkConcession', ['D4', 100000, 50000, 1, config], {
  cap: 0,
  revenueCap: 0,
  marginCap: 0,
  requested: 1,
  approvalNeeded: true
});
add('checkConcession', ['D1', 100000, -5, null, config], {
  cap: 0,
  revenueCap: 15000,
  marginCap: 0,
  requested: 0,
  approvalNeeded: false
});

// portfolio sketch
add('emptySketch', []);
add('sketchBucket', [0.01], 0);
add('sketchBucket', [0.0101], 1);
add('sketchBucket', [100], 925, 'floor(ln(10 000) / ln(1.01)) = floor(925.6)');
add('sketchBucket', [1e30], 3500, 'capped');
const sketchA = emptySketch();
const sketchB = emptySketch();
const sketchValues = [10, 20, 30, 40];
add(
  'sketchPositiveSum',
  [
    {
      count: 2,
      sum: 5,
      zeroCount: 0,
      zeroSum: 0,
      positiveOffset: 0,
      negativeOffset: 0,
      positiveCounts: [0, 1, 1],
      positiveSums: [0, 2, 3],
      negativeCounts: [],
      negativeSums: []
    }
  ],
  5
);
// the sketches of 10, 20, 30, 40 and of the whale 100, 50, 10, −20, −40 (each value alone in its bucket)
function sketchFrom(values: number[]) {
  const sketch = emptySketch();
  for (const value of values) addToSketch(sketch, value);
  return sketch;
}
const sketchOfFour = sketchFrom(sketchValues);
add('sketchTopShare', [sketchOfFour, 0.25], 0.4, 'top account 40 of 100');
add('sketchTopShare', [sketchOfFour, 0.5], 0.7);
add('sketchTopShare', [sketchOfFour, 0.125], 0.2, 'half of the top account');
add('sketchTopShare', [sketchA, 0.2], 0, 'empty');
add('sketchGini', [sketchOfFour], 0.25, 'Σ|xi − xj| = 200; 200 / (2 × 16 × 25)');
add('sketchGini', [sketchB], 0);
add('sketchParetoCurve', [sketchOfFour]);
const whale = sketchFrom([100, 50, 10, -20, -40]);
add('sketchTopShare', [whale, 0.6], 1.6, 'whale curve: 160 of a total of 100');
add('sketchParetoCurve', [whale]);
add('sketchGini', [whale]);
add('mergeSketches', [sketchOfFour, whale]);
add('computeTierCutoffsFromSketch', [sketchOfFour, config.tierPolicy]);
add('computeTierCutoffsFromSketch', [whale, config.tierPolicy]);
add('computeTierCutoffsFromSketch', [sketchFrom([-5, 0, 0.001, 12, 12.05, 3000, 250000]), config.tierPolicy]);
add(
  'computeTierCutoffsFromSketch',
  [emptySketch(), config.tierPolicy],
  undefined,
  'no account: every cut-off one cent'
);
add(
  'computeTierCutoffsFromSketch',
  [sketchOfFour, absoluteConfig.tierPolicy],
  undefined,
  'absolute policy: the policy minimums'
);

// portfolio
function item(extra: Partial<PortfolioItem>): PortfolioItem {
  return {
    revenue: 0,
    revenuePrevious: 0,
    grossMargin: 0,
    costToServe: 0,
    netValue: 0,
    tier: 'D3',
    strategic: false,
    industry: 'Retail',
    strategicFit: 0,
    ...extra
  };
}
const items: PortfolioItem[] = [
  item({
    revenue: 100000,
    revenuePrevious: 80000,
    grossMargin: 40000,
    costToServe: 2000,
    netValue: 38000,
    tier: 'D1',
    strategic: true,
    industry: 'Technology',
    strategicFit: 1
  }),
  item({
    revenue: 50000,
    revenuePrevious: 60000,
    grossMargin: 20000,
    costToServe: 6000,
    netValue: 14000,
    tier: 'D2',
    industry: 'Technology',
    strategicFit: 0.5
  }),
  item({ revenue: 0, revenuePrevious: 10000, grossMargin: 0, costToServe: 1000, netValue: -1000, tier: 'D4' }),
  item({ revenue: 10000, revenuePrevious: 0, grossMargin: 3000, costToServe: 8000, netValue: -5000, tier: 'D4' })
];
add('emptyPortfolioAggregate', [25000, 5000]);
add('emptyPortfolioAggregateFor', [config]);
add('buildPortfolioAggregate', [items, 25000, 5000]);
add('buildPortfolioAggregate', [[], 25000, 5000]);

// functions that update their first argument in place: `hand` is that argument after the call
const oneSketch = (extra: Partial<ReturnType<typeof emptySketch>>) => ({ ...emptySketch(), count: 1, ...extra });
add(
  'addToSketch',
  [emptySketch(), 0],
  oneSketch({ zeroCount: 1 }),
  '0 is below SKETCH_MINIMUM (0.01): the zero bucket'
);
add(
  'addToSketch',
  [emptySketch(), 100],
  oneSketch({ sum: 100, positiveOffset: 925, positiveCounts: [1], positiveSums: [100] }),
  'bucket floor(ln(100 / 0.01) / ln(1.01)) = 925 opens the positive lists at offset 925'
);
add(
  'addToSketch',
  [emptySketch(), -0.5],
  oneSketch({ sum: -0.5, negativeOffset: 393, negativeCounts: [1], negativeSums: [-0.5] }),
  'magnitude 0.5: bucket floor(ln(50) / ln(1.01)) = 393, on the negative side'
);
add('addToSketch', [sketchFrom([10]), null], sketchFrom([10]), 'a missing value (null) leaves the sketch unchanged');
add(
  'mergeIntoSketch',
  [sketchFrom([10]), sketchFrom([10.1])],
  { ...oneSketch({ sum: 20.1, positiveOffset: 694, positiveCounts: [1, 1], positiveSums: [10, 10.1] }), count: 2 },
  '10 is in bucket 694, 10.1 in bucket 695: the target list grows by one bucket'
);
add('mergeIntoSketch', [sketchFrom([10]), emptySketch()], sketchFrom([10]), 'merging an empty sketch changes nothing');
add(
  'addItemToAggregate',
  [emptyPortfolioAggregate(25000, 5000), items[0]],
  undefined,
  'one strategic D1 Technology account (margin 40 000 ≥ 25 000, cost 2 000 < 5 000): count 1, D1 count 1, quadrant 0 (high value, low cost), existing and retained'
);
add(
  'addItemToAggregate',
  [buildPortfolioAggregate(items.slice(0, 3), 25000, 5000), items[3]],
  buildPortfolioAggregate(items, 25000, 5000),
  'adding the fourth item to the aggregate of the first three gives the aggregate of all four'
);
add(
  'mergeIntoPortfolioAggregate',
  [buildPortfolioAggregate(items.slice(0, 2), 25000, 5000), buildPortfolioAggregate(items.slice(2), 25000, 5000)],
  buildPortfolioAggregate(items, 25000, 5000),
  'merging the aggregates of items 1–2 and 3–4 gives the aggregate of all four'
);
add(
  'addEvaluationToAggregate',
  [emptyPortfolioAggregate(25000, 5000), evaluateAccountOnDay(rich, config, absoluteCut as TierCutoffs, 20269)],
  undefined,
  'the evaluation of the rich account counted once: its revenue, margin, cost, net value and tier'
);
const aggregate = buildPortfolioAggregate(items, 25000, 5000);
add('summarizePortfolio', [aggregate]);
add('summarizePortfolio', [buildPortfolioAggregate([], 25000, 5000)]);
add('summarizePortfolio', [buildPortfolioAggregate(items.slice(0, 2), 1000, 1000)]);
add('mergePortfolioAggregates', [
  buildPortfolioAggregate(items.slice(0, 1), 25000, 5000),
  buildPortfolioAggregate(items.slice(1), 25000, 5000)
]);
add('herfindahlIndex', [{ Retail: 3 }], 1);
add('herfindahlIndex', [{ A: 1, B: 1, C: 1, D: 1 }], 0.25);
add('herfindahlIndex', [{ A: 3, B: 1 }], 0.625, '0.75² + 0.25²');
add('herfindahlIndex', [{}], 0);
add(
  'objectivesProgress',
  [aggregate, { customersRetained: 4, existingCustomerRevenue: 300000, upsellRevenue: 0 }],
  [
    { objective: 'customers_retained', target: 4, actual: 2, progress: 0.5 },
    { objective: 'existing_customer_revenue', target: 300000, actual: 150000, progress: 0.5 },
    { objective: 'upsell_revenue', target: 0, actual: 20000, progress: 0 }
  ],
  'existing = previous > 0: 3 accounts, 2 still buying; 100 000 + 50 000 + 0; up-sell 20 000'
);

// objectives
const actualsMid = {
  customersRetained: 38,
  existingRevenue: 950000,
  upsellRevenue: 60000,
  retentionRate: 0.95,
  netRevenueRetention: 1.02,
  grossRevenueRetention: 0.93
};
const openingMid = {
  customersRetained: 36,
  existingRevenue: 900000,
  upsellRevenue: 30000,
  retentionRate: 0.9,
  netRevenueRetention: 1,
  grossRevenueRetention: 0.92
};
add(
  'objectiveActualsOf',
  [aggregate],
  undefined,
  'retained 2 of 3 existing accounts, 150 000 from them, 20 000 up-sell'
);
add('yearElapsedShare', [2024, '2024-07-01'], 0.5, '183rd day of a 366-day year');
add('yearElapsedShare', [2025, '2025-12-31'], 1, 'the last day ends the year');
add('yearElapsedShare', [2025, '2024-06-01'], 0, 'before the year');
add('yearElapsedShare', [2025, '2026-02-01'], 1, 'after the year');
add('yearElapsedShare', [2025, 'bad'], -1, 'invalid day');
add('yearElapsedShare', [null, '2025-01-01'], -1, 'no year');
add(
  'objectivePace',
  [
    {
      year: 2024,
      today: '2024-07-01',
      targets: { customersRetained: 40, existingRevenue: 1000000, upsellRevenue: 100000 },
      actual: actualsMid,
      opening: openingMid
    }
  ],
  {
    status: 'will_miss',
    elapsedShare: 0.5,
    measures: [
      { measure: 'customers_retained', target: 40, actual: 38, projected: 40, progress: 0.95, willMiss: false },
      {
        measure: 'existing_revenue',
        target: 1000000,
        actual: 950000,
        projected: 1000000,
        progress: 0.95,
        willMiss: false
      },
      { measure: 'upsell_revenue', target: 100000, actual: 60000, projected: 90000, progress: 0.6, willMiss: true }
    ],
    willMiss: true
  },
  'half the year gone: 36 + 2 ÷ 0.5 = 40 (on target), 900 000 + 50 000 ÷ 0.5 = 1 000 000, 30 000 + 30 000 ÷ 0.5 = 90 000 < 100 000'
);
add(
  'objectivePace',
  [
    {
      year: 2024,
      today: '2024-07-01',
      targets: { customersRetained: 40, retentionRate: 0.9 },
      actual: { ...actualsMid, retentionRate: 0.98 },
      opening: { ...openingMid, customersRetained: 30 }
    }
  ],
  undefined,
  'retained 30 → 38 in half a year: 46 projected; retention rate 0.9 → 0.98: 1.06 projected, capped at 1: on pace'
);
add(
  'objectivePace',
  [{ year: 2024, today: '2024-07-01', targets: { customersRetained: 40 }, actual: actualsMid }],
  {
    status: 'will_miss',
    elapsedShare: 0.5,
    measures: [
      { measure: 'customers_retained', target: 40, actual: 38, projected: 38, progress: 0.95, willMiss: true }
    ],
    willMiss: true
  },
  'no opening figure: the pace is the current level, 38 < 40'
);
add(
  'objectivePace',
  [{ year: 2024, today: '2024-01-15', targets: { upsellRevenue: 50000 }, actual: actualsMid, opening: openingMid }],
  {
    status: 'on_pace',
    elapsedShare: 15 / 366,
    measures: [
      { measure: 'upsell_revenue', target: 50000, actual: 60000, projected: 60000, progress: 1.2, willMiss: false }
    ],
    willMiss: false
  },
  'day 15 (< 31): too early to extrapolate, the projection is the actual'
);
add(
  'objectivePace',
  [
    {
      year: 2023,
      today: '2024-03-01',
      targets: { existingRevenue: 1000000, upsellRevenue: 50000 },
      actual: actualsMid,
      opening: openingMid
    }
  ],
  {
    status: 'missed',
    elapsedShare: 1,
    measures: [
      {
        measure: 'existing_revenue',
        target: 1000000,
        actual: 950000,
        projected: 950000,
        progress: 0.95,
        willMiss: true
      },
      { measure: 'upsell_revenue', target: 50000, actual: 60000, projected: 60000, progress: 1.2, willMiss: false }
    ],
    willMiss: true
  },
  'the year is over: the actual is the result, one target missed'
);
add(
  'objectivePace',
  [{ year: 2023, today: '2024-03-01', targets: { upsellRevenue: 50000 }, actual: actualsMid }],
  {
    status: 'met',
    elapsedShare: 1,
    measures: [
      { measure: 'upsell_revenue', target: 50000, actual: 60000, projected: 60000, progress: 1.2, willMiss: false }
    ],
    willMiss: false
  },
  'the year is over and every target is met'
);
add(
  'objectivePace',
  [{ year: 2026, today: '2025-12-01', targets: { customersRetained: 40 }, actual: actualsMid, opening: openingMid }],
  {
    status: 'not_started',
    elapsedShare: 0,
    measures: [
      { measure: 'customers_retained', target: 40, actual: 38, projected: 38, progress: 0.95, willMiss: true }
    ],
    willMiss: false
  },
  'a future year has not started: nothing is missed yet'
);
add(
  'objectivePace',
  [
    {
      year: 2024,
      today: '2024-07-01',
      targets: { customersRetained: 0, existingRevenue: null, upsellRevenue: -5 },
      actual: actualsMid
    }
  ],
  { status: 'no_target', elapsedShare: 0.5, measures: [], willMiss: false },
  'zero, missing and negative targets are not tracked'
);

// notice
const policies = config.noticePolicies;
const france = policies[0];
add('findNoticePolicy', [policies, 'FR', 'framework'], france);
add('findNoticePolicy', [policies, 'DE', 'any'], policies[1]);
add(
  'findNoticePolicy',
  [[...policies, { ...france, name: 'FR_Sub', contractType: 'subscription' }], 'FR', 'subscription'],
  { ...france, name: 'FR_Sub', contractType: 'subscription' }
);
add('findNoticePolicy', [[], 'DE', 'any']);
add('fallbackNoticePolicy', []);
add('policyNoticeMonths', [france, 0.2], 1, 'minimum');
add('policyNoticeMonths', [france, 7], 7);
add('policyNoticeMonths', [france, 7 + 1 / 12], 8, 'rounded up');
add('policyNoticeMonths', [france, 30], 18, 'French cap');
add('policyNoticeMonths', [policies[1], 30], 12, 'default cap');
add('policyNoticeMonths', [{ ...france, basis: 'fixed', fixedMonths: 2.5 }, 30], 3);
add('policyNoticeMonths', [{ ...france, monthsPerYear: 2 }, 3.5], 7);
add(
  'computeNotice',
  [policies, 'FR', 'any', '2015-03-31', '2025-03-31', 0],
  {
    policyName: 'France_Default',
    months: 10,
    policyMonths: 10,
    contractClauseApplied: false,
    relationshipYears: 10,
    noticeDate: '2025-03-31',
    effectiveEndDate: '2026-01-31',
    problems: []
  },
  '120 months = 10 years → 10 months; 31 March + 10 months = 31 January'
);
add(
  'computeNotice',
  [policies, 'FR', 'any', '2020-09-30', '2025-09-30', 0],
  {
    policyName: 'France_Default',
    months: 5,
    policyMonths: 5,
    contractClauseApplied: false,
    relationshipYears: 5,
    noticeDate: '2025-09-30',
    effectiveEndDate: '2026-02-28',
    problems: []
  },
  'clamped to the end of February'
);
add(
  'computeNotice',
  [policies, 'FR', 'any', '2023-01-01', '2025-01-01', 6],
  {
    policyName: 'France_Default',
    months: 6,
    policyMonths: 2,
    contractClauseApplied: true,
    relationshipYears: 2,
    noticeDate: '2025-01-01',
    effectiveEndDate: '2025-07-01',
    problems: []
  },
  'the contract clause is longer'
);
add(
  'computeNotice',
  [policies, 'FR', 'any', '1990-01-01', '2025-01-15', 0],
  {
    policyName: 'France_Default',
    months: 18,
    policyMonths: 18,
    contractClauseApplied: false,
    relationshipYears: 35,
    noticeDate: '2025-01-15',
    effectiveEndDate: '2026-07-15',
    problems: []
  },
  '35 years, capped at 18 months'
);
add('computeNotice', [policies, 'US', 'subscription', '2000-01-01', '2025-01-15', 0], {
  policyName: 'Default',
  months: 12,
  policyMonths: 12,
  contractClauseApplied: false,
  relationshipYears: 25,
  noticeDate: '2025-01-15',
  effectiveEndDate: '2026-01-15',
  problems: []
});
add('computeNotice', [policies, 'FR', 'any', '', 'soon', null]);
add(
  'computeNotice',
  [policies, 'FR', 'any', '', '2025-01-15', 0],
  {
    policyName: 'France_Default',
    months: 18,
    policyMonths: 18,
    contractClauseApplied: false,
    relationshipYears: 0,
    noticeDate: '2025-01-15',
    effectiveEndDate: '2026-07-15',
    problems: ['cvp_notice_missing_relationship_start']
  },
  'relationship start unknown: the French cap (always sufficient), never the minimum'
);
add('isPartialRupture', [{ priceIncrease: 0.1, serviceReduction: 0 }, france], true, 'threshold reached');
add('isPartialRupture', [{ priceIncrease: 0.05, serviceReduction: 0 }, france], false);
add('isPartialRupture', [{ priceIncrease: 0, serviceReduction: 0.3 }, france], true);
add('isPartialRupture', [{ priceIncrease: null, serviceReduction: null }, france], false);

// separation plan
const draft = newSeparationPlan(false);
const blocked = newSeparationPlan(true);
const rep = { actorId: 'U1', actorIsManager: false, date: '2025-01-10' };
const manager = { actorId: 'M1', actorIsManager: true, date: '2025-01-12' };
function state(extra: Partial<SeparationPlanState>): SeparationPlanState {
  return { ...draft, ...extra };
}
add('newSeparationPlan', [true]);
add('anonymizationDueDate', ['2025-02-28', 36], '2028-02-28', 'last contact + 36 months');
add('anonymizationDueDate', ['2024-02-29', 12], '2025-02-28', 'clamped');
add('anonymizationDueDate', ['2024-05-01', null], '2024-05-01', 'no retention period');
add('anonymizationDueDate', ['never', 36], '');
add('nextSeparationStatus', ['draft', 'assess'], 'assessed');
add('nextSeparationStatus', ['draft', 'send_notice'], '');
add('nextSeparationStatus', ['rejected', 'revise'], 'path_chosen');
add('nextSeparationStatus', ['effective', 'cancel'], '');
add('nextSeparationStatus', ['approved', 'cancel'], 'cancelled');
add('allowedSeparationActions', ['draft'], ['assess', 'cancel']);
add('allowedSeparationActions', ['pending_approval'], ['approve', 'reject', 'cancel']);
add('allowedSeparationActions', ['closed'], []);
add('applySeparationAction', [draft, { ...rep, action: 'assess' }]);
add('applySeparationAction', [
  state({ status: 'assessed' }),
  { ...rep, action: 'choose_path', path: 'price_increase' }
]);
add('applySeparationAction', [
  { ...blocked, status: 'assessed' },
  { ...rep, action: 'choose_path', path: 'end_relationship' }
]);
add('applySeparationAction', [
  { ...blocked, status: 'assessed' },
  { ...rep, action: 'override_guardrail', reason: 'why' }
]);
add('applySeparationAction', [
  { ...blocked, status: 'assessed' },
  { ...manager, action: 'override_guardrail', reason: 'Losing money for 3 years' }
]);
add('applySeparationAction', [
  state({ status: 'path_chosen', path: 'referral', partnerId: 'P1', partnerHasAgreement: false }),
  { ...rep, action: 'submit_for_approval' }
]);
add('applySeparationAction', [
  state({ status: 'path_chosen', path: 'standard_offer' }),
  { ...rep, action: 'submit_for_approval' }
]);
add('applySeparationAction', [
  state({ status: 'path_chosen', path: 'standard_offer' }),
  { ...rep, action: 'send_notice', noticeMonths: 3 }
]);
add('applySeparationAction', [
  state({ status: 'pending_approval', path: 'standard_offer' }),
  { ...rep, action: 'approve' }
]);
add('applySeparationAction', [
  state({ status: 'pending_approval', path: 'standard_offer' }),
  { ...manager, action: 'approve' }
]);
add('applySeparationAction', [
  state({ status: 'pending_approval', path: 'standard_offer' }),
  { ...manager, action: 'reject' }
]);
add('applySeparationAction', [
  state({ status: 'approved', path: 'price_increase' }),
  { ...rep, action: 'send_notice', date: '2025-01-31', noticeMonths: 1 }
]);
add('applySeparationAction', [
  state({ status: 'approved', path: 'referral', partnerId: 'P1', partnerHasAgreement: true }),
  { ...rep, action: 'send_notice', noticeMonths: 2 }
]);
add('applySeparationAction', [
  state({ status: 'approved', path: 'referral', partnerId: 'P1', partnerHasAgreement: true }),
  { ...rep, action: 'send_notice', noticeMonths: 2, customerConsent: true }
]);
add('applySeparationAction', [
  state({ status: 'notified', noticeEndDate: '2025-07-15' }),
  { ...rep, action: 'make_effective', date: '2025-07-14' }
]);
add('applySeparationAction', [
  state({ status: 'notified', noticeEndDate: '2025-07-15' }),
  { ...rep, action: 'make_effective', date: '2025-07-15' }
]);
add('applySeparationAction', [state({ status: 'effective' }), { ...rep, action: 'close', outcome: 'referred' }]);
add('applySeparationAction', [state({ status: 'effective' }), { ...rep, action: 'close', outcome: 'vanished' }]);
add('applySeparationAction', [
  state({ status: 'assessed' }),
  { ...rep, action: 'cancel', reason: 'Customer improved' }
]);
add('applySeparationAction', [state({ status: 'assessed' }), { ...rep, action: 'teleport' }]);

// referral ranking
function partner(id: string, name: string, extra: Partial<ReferralPartner>): ReferralPartner {
  return { id: id, name: name, industries: [], regions: [], sizes: [], needs: [], hasAgreement: true, ...extra };
}
const profile = { industry: 'Retail', region: 'EMEA', size: 'small', needs: ['support', 'low_price'] };
add(
  'partnerScore',
  [partner('P1', 'Alpha', { industries: ['Retail'], regions: ['EMEA'], needs: ['support'] }), profile],
  {
    partnerId: 'P1',
    name: 'Alpha',
    score: 7,
    industryMatch: true,
    regionMatch: true,
    sizeMatch: false,
    needsMatched: 1
  },
  '3 + 2 + 0 + 4 × 1/2'
);
add(
  'partnerScore',
  [partner('P2', 'Beta', { sizes: ['small'], needs: ['support', 'low_price'] }), profile],
  {
    partnerId: 'P2',
    name: 'Beta',
    score: 5,
    industryMatch: false,
    regionMatch: false,
    sizeMatch: true,
    needsMatched: 2
  },
  '1 + 4'
);
add('rankReferralPartners', [
  [
    partner('P1', 'Alpha', { industries: ['Retail'] }),
    partner('P2', 'Beta', { industries: ['Retail'], regions: ['EMEA'], hasAgreement: false }),
    partner('P3', 'Gamma', { industries: ['Retail'], needs: ['support', 'low_price'] })
  ],
  profile
]);
add('rankReferralPartners', [
  [partner('Z9', 'Same', {}), partner('B2', 'Beta', {}), partner('A1', 'Same', {}), partner('C3', 'Alpha', {})],
  profile
]);
add('rankReferralPartners', [[], profile], []);
add(
  'partnerScore',
  [
    partner('P4', 'Delta', { industries: undefined, regions: ['EMEA'], sizes: ['large'], needs: ['low_price'] }),
    { industry: 'Retail', region: 'EMEA', size: 'small', needs: ['support', 'support', '', 'low_price'] }
  ],
  {
    partnerId: 'P4',
    name: 'Delta',
    score: 4,
    industryMatch: false,
    regionMatch: true,
    sizeMatch: false,
    needsMatched: 1
  },
  'no industry list → no match; size mismatch; needs: duplicate and empty skipped, 1 of 2 distinct → 0 + 2 + 0 + 4 × 1/2'
);
add(
  'partnerScore',
  [partner('P5', 'Echo', { industries: ['Retail'], regions: ['APAC'] }), { needs: [] }],
  {
    partnerId: 'P5',
    name: 'Echo',
    score: 0,
    industryMatch: false,
    regionMatch: false,
    sizeMatch: false,
    needsMatched: 0
  },
  'empty profile: no industry, region, size or needs → 0 (0/0 needs → 0)'
);
const tieRow = (id: string, name: string) => ({
  partnerId: id,
  name: name,
  score: 2,
  industryMatch: false,
  regionMatch: true,
  sizeMatch: false,
  needsMatched: 0
});
add(
  'rankReferralPartners',
  [
    [
      partner('P5', 'Echo', { regions: ['EMEA'] }),
      partner('P6', 'Foxtrot', { industries: ['Retail'], hasAgreement: undefined }),
      partner('P8', 'Delta', { regions: ['EMEA'] }),
      partner('P7', 'Delta', { regions: ['EMEA'], hasAgreement: false })
    ],
    profile
  ],
  [tieRow('P8', 'Delta'), tieRow('P5', 'Echo')],
  'no agreement (missing or false) → excluded; Delta and Echo tie at 2 (region only) → name ascending'
);

// letters
const fields = {
  contactName: 'Ms Martin',
  accountName: 'Acme & Sons',
  companyName: 'Northwind',
  senderName: 'J. Doe',
  reason: 'the support load is <three times> the average',
  noticeMonths: '8',
  effectiveDate: '2026-01-31',
  alternativeOffer: 'our standard plan',
  newPrice: '12 000 EUR',
  serviceChange: 'support by e-mail only',
  partnerName: 'Contoso'
};
add('escapeHtml', ['<a href="x">\'&\'</a>'], '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
add('escapeHtml', ['plain'], 'plain');
add('mergeFieldsOf', ['{{a}} {{b}} {{a}} {{}} {{c'], ['a', 'b']);
add('mergeText', ['Hi {{name}} & {{other}}', { name: '<b>' }, []], 'Hi &lt;b&gt; &amp; [other]');
add(
  'renderLetter',
  [
    {
      path: 'referral',
      language: 'en',
      subject: 'Hi {{contactName}}',
      body: 'A\nB {{partnerName}}\n\n{{ partnerName }} {{unclosed',
      talkingPoints: []
    },
    { contactName: ' ' }
  ],
  {
    subject: 'Hi [contactName]',
    html: '<p>A<br>B [partnerName]</p><p>[partnerName] {{unclosed</p>',
    missingFields: ['contactName', 'partnerName'],
    talkingPoints: []
  }
);
add('defaultLetterTemplates', []);
add('findLetterTemplate', [defaultLetterTemplates(), 'referral', 'de']);
for (const path of ['price_increase', 'service_reduction', 'standard_offer', 'referral', 'end_relationship']) {
  for (const language of ['en', 'fr']) {
    add('renderDefaultLetter', [path, language, fields]);
  }
}
add('renderDefaultLetter', ['end_relationship', 'fr', { reason: 'x' }]);

// account value view (the customer value panel's responses; hand checks in accountValueView.test.ts)
const storedD3 = {
  scored: true,
  scoredOn: '2025-05-31',
  result: {
    tier: 'D3',
    computedTier: 'D3',
    tierOverridden: false,
    score: 40,
    revenue: 90000,
    grossMargin: 40000,
    costToServe: 9000,
    netValue: 31000,
    churnProbability: 0.3,
    flags: ['at_risk'],
    recommendedAction: 'retain'
  },
  probabilityAlive: 0.74,
  clvKnown: true,
  clv: 81000,
  clvLower: 52000,
  clvUpper: 126000,
  tierOverride: {
    active: true,
    tier: 'D2',
    reason: 'Key logo',
    overriddenBy: 'Marie Curie',
    overriddenAt: '2025-05-02T09:00:00Z'
  }
};
add('neverScored', []);
add('noTierOverride', []);
add(
  'accountValueView',
  [{ facts: rich, stored: storedD3, cutoffs: absoluteCut }, config, TODAY],
  undefined,
  'stored vs live'
);
add('accountValueView', [{ facts: loser, stored: storedD3 }, config, TODAY], undefined, 'percentile, stored position');
add('accountValueView', [{ facts: overridden, stored: neverScored() }, config, TODAY], undefined, 'never scored');
add('accountValueView', [{ facts: broken, stored: storedD3 }, absoluteConfig, TODAY], undefined, 'bad data');
add(
  'valueHistoryView',
  [
    'A1',
    [
      { periodEnd: '2025-02-28', score: 41.256, tier: 'D2', netValue: 30000, tierChanged: false },
      { periodEnd: '2025-01-31', score: 38, tier: 'D3', netValue: 20000, tierChanged: true },
      { periodEnd: 'bad', score: 1, tier: 'D1', netValue: 1, tierChanged: false }
    ]
  ],
  {
    accountId: 'A1',
    points: [
      { periodEnd: '2025-01-31', score: 38, tier: 'D3', netValue: 20000, tierChanged: false },
      { periodEnd: '2025-02-28', score: 41.26, tier: 'D2', netValue: 30000, tierChanged: true }
    ]
  },
  'ordered, invalid date dropped, score to 2 decimals, tier change marked'
);
add('tierOverrideProblem', ['D1', 'Key logo'], '');
add('tierOverrideProblem', ['', 'Back to computed'], '');
add('tierOverrideProblem', ['D7', 'Key logo'], 'cvp_override_err_invalid_tier');
add('tierOverrideProblem', ['D2', ' '], 'cvp_override_err_reason_required');

// Issue 13: the separation and retention services' rules (Apex and the workbench call the same functions).
add(
  'milderSeparationPaths',
  ['referral'],
  ['price_increase', 'service_reduction', 'standard_offer'],
  'graduated order'
);
add('milderSeparationPaths', ['price_increase'], [], 'the mildest step');
add('milderSeparationPaths', ['sell_everything'], [], 'unknown path');
add('companySizeBand', [49], 'small');
add('companySizeBand', [50], 'medium');
add('companySizeBand', [250], 'large');
add('companySizeBand', [null], 'small', 'unknown size counts 0');
add('sizeBandsBetween', [0, 49], ['small']);
add('sizeBandsBetween', [40, 300], ['small', 'medium', 'large'], 'every band overlapping 40–300');
add('sizeBandsBetween', [100, null], ['medium', 'large'], 'no maximum: no upper bound');
add('sizeBandsBetween', [null, 60], ['small', 'medium'], 'no minimum: from 0');
add('defaultLetterLanguage', ['BE'], 'fr');
add('defaultLetterLanguage', [' fr '], 'fr', 'trimmed, case-insensitive');
add('defaultLetterLanguage', ['DE'], 'en');
add('defaultLetterLanguage', [''], 'en');
add(
  'letterPlainText',
  ['<p>Dear A &amp; B,<br>thanks</p><p>It&#39;s &lt;over&gt; &quot;now&quot;</p>'],
  'Dear A & B,\nthanks\n\nIt\'s <over> "now"',
  'paragraphs on a blank line, breaks kept, entities decoded (&amp; last)'
);
add('letterPlainText', [''], '');
add('isWinBackWorthIt', ['retain'], true);
add('isWinBackWorthIt', ['develop'], true);
add('isWinBackWorthIt', ['separate'], false);
add('isWinBackWorthIt', ['standardize'], false);
add(
  'nextSatisfactionSurvey',
  ['2026-01-31', '', '2026-06-01'],
  { due: true, surveyType: 'onboarding', dueDate: '2026-05-31' },
  'start + 4 months (end of month clamped), before today'
);
add(
  'nextSatisfactionSurvey',
  ['2026-03-01', '', '2026-06-30'],
  { due: false, surveyType: 'onboarding', dueDate: '2026-07-01' },
  'not yet'
);
add(
  'nextSatisfactionSurvey',
  ['2020-03-01', '2025-06-15', '2026-06-15'],
  { due: true, surveyType: 'annual', dueDate: '2026-06-15' },
  '12 months after the last one sent, due on the day'
);
add(
  'nextSatisfactionSurvey',
  ['', '', '2026-06-15'],
  { due: false, surveyType: '', dueDate: '' },
  'no start, no survey'
);
add('nextSatisfactionSurvey', ['2026-01-01', '', 'bad'], { due: false, surveyType: '', dueDate: '' });

// customMetadataFields
add('customMetadataFields', [], undefined, "the edited fields first, in the Value Settings page's order");
add('customMetadataFieldOf', ['drivers.unitCost'], 'Unit_Cost__c', "the audit names a driver's unit cost field");
add('customMetadataFieldOf', ['tierPolicy.d1Share'], 'D1_Share__c');
add('customMetadataFieldOf', ['settings.defaultMarginRate'], 'Default_Margin_Rate__c');
add('customMetadataFieldOf', ['scoreWeights.loyalty'], 'Points__c', 'each score weight is one record, field Points__c');
add('customMetadataFieldOf', ['unitCost'], '', 'a property without its section is not a path');
add('customMetadataFieldOfProblem', ['unitCost', 'cvp_config_out_of_range'], 'Unit_Cost__c', 'drivers[2].unitCost');
add('customMetadataFieldOfProblem', ['escalateTiers', 'cvp_config_unknown_value'], 'Escalate_Alert_Tiers__c');
add('customMetadataFieldOfProblem', ['coefficient', 'cvp_config_out_of_range'], 'Value__c', 'a churn feature');
add(
  'customMetadataFieldOfProblem',
  ['', 'cvp_config_shares_not_one'],
  'D1_Share__c … D4_Share__c',
  'a problem of the whole tier policy names its four shares'
);
add('customMetadataFieldOfProblem', ['', 'cvp_config_missing'], 'DeveloperName');
add('customMetadataFieldOfProblem', ['', 'cvp_config_not_a_number'], 'Points__c', 'a score weight (no property left)');
add('customMetadataTypeOf', ['drivers'], 'Value_Driver__mdt');
add('customMetadataTypeOf', ['churnModel'], 'Model_Parameter__mdt', 'the churn model is held by model parameters');
add('customMetadataTypeOf', ['nowhere'], 'Custom Metadata');
add(
  'customMetadataRecordOf',
  ['drivers', 'Support_Case_High'],
  'Value_Driver.Support_Case_High',
  'the audit names a driver by its type and DeveloperName'
);
add('customMetadataRecordOf', ['churnModel', 'Churn_Intercept'], 'Model_Parameter.Churn_Intercept');
add('customMetadataRecordOf', ['nowhere', 'Default'], '', 'no record for an unknown section');
add('customMetadataRecordPathOf', ['settings', 'costOfCapital', 0], 'settings', 'one record holds the section');
add('customMetadataRecordPathOf', ['scoreWeights', 'potential', 0], 'scoreWeights.potential', 'a record per weight');
add('customMetadataRecordPathOf', ['retentionPlays', 'play', 3], 'retentionPlays[3]', 'a record per list item');
add('customMetadataRecordPathOf', ['churnModel', 'intercept', 0], 'churnModel', "the churn model's intercept");
add('customMetadataRecordPathOf', ['churnModel', 'coefficient', 1], 'churnModel.features[1]', 'a churn feature');
add('customMetadataRecordPathOf', ['nowhere', 'unitCost', 2], '', 'no record for an unknown section');
add('customMetadataScoreWeightOf', ['strategic_fit'], 'strategicFit', 'the picklist value names the weight property');
add('customMetadataScoreWeightOf', ['net_value'], 'netValue');
add('customMetadataScoreWeightOf', ['Loyalty'], '', 'picklist values are case-sensitive: no weight');

export const goldenCases: GoldenCase[] = cases;
