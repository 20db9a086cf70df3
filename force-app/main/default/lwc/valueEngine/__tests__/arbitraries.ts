/**
 * fast-check arbitraries for the engine's inputs, including bad data (NaN, ±Infinity, negatives, missing fields,
 * invalid dates). `engineArgumentArbitraries` maps each exported function name to an arbitrary of its argument
 * list: the property tests and the transpiler's differential test (TypeScript vs generated Apex) both use it.
 */
import fc from 'fast-check';
import type {
  AccountFacts,
  AccountFlag,
  RecommendedAction,
  AlertInput,
  ChurnModel,
  TargetCriterion,
  DataFinding,
  LetterTemplate,
  MarginRate,
  PortfolioItem,
  ReferralPartner,
  ReferralProfile,
  SeparationActionRequest,
  SeparationPlanState,
  ValueConfig
} from '../valueEngine';
import {
  CONTRACT_TYPE_VALUES,
  LANGUAGE_VALUES,
  SEPARATION_ACTION_VALUES,
  SEPARATION_OUTCOME_VALUES,
  SEPARATION_PATH_VALUES,
  SEPARATION_STATUS_VALUES,
  TIER_VALUES,
  buildPortfolioAggregate,
  defaultConfig,
  defaultLetterTemplates,
  emptySketch,
  fromDayNumber,
  addToSketch,
  computeChurnSignals,
  computeTierCutoffs,
  costPlanOf,
  evaluateAccount,
  marginPlanOf,
  evaluateAccountInto,
  newEvaluationWorkspace,
  accountFiguresOnDay,
  churnTermsOf,
  scoreWeightingOf,
  targetFitOf,
  prepareFacts,
  TIER_METHOD_VALUES,
  RETENTION_PLAY_VALUES
} from '../valueEngine';

/** Special numbers that break naive code. */
export const specialNumber = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, 0, -0);

/** Any number, including NaN, ±Infinity, negatives and huge values. */
export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.double({ min: -1e6, max: 1e7, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 500 }) },
  { weight: 1, arbitrary: specialNumber },
  { weight: 1, arbitrary: fc.double() }
);

/** A plausible money amount (finite, non-negative). */
export const amount: fc.Arbitrary<number> = fc.double({ min: 0, max: 1e7, noNaN: true, noDefaultInfinity: true });

/** A valid ISO date between 1990 and 2040. */
export const validIsoDate: fc.Arbitrary<string> = fc
  .integer({ min: 7305, max: 25567 })
  .map((day) => fromDayNumber(day));

/** A date string that may be invalid. */
export const anyDate: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: validIsoDate },
  { weight: 1, arbitrary: fc.constantFrom('', '2024-02-30', '2023-13-01', 'not a date', '24-01-01', '2024/01/01') }
);

/** A date as a day number (days since 1970-01-01) that may be invalid: fractional, out of range, not finite. */
export const anyDayNumber: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 7305, max: 25567 }) },
  { weight: 1, arbitrary: fc.constantFrom(-354285, 2932896, -354286, 2932897, 0.5) },
  { weight: 1, arbitrary: anyNumber }
);

/** Driver quantities keyed by the default driver names, with bad values. */
export const driverQuantities: fc.Arbitrary<Record<string, number>> = fc.dictionary(
  fc.constantFrom(
    'Support_Case_High',
    'Support_Case_Medium',
    'Support_Case_Low',
    'Complaint',
    'Sales_Visit',
    'Meeting_Time',
    'Sales_Task',
    'Payment_Delay',
    'Discount_Given',
    'Credit_Note',
    'Operational_Complexity',
    'Unknown_Driver'
  ),
  anyNumber
);

/** The default configuration's driver names, in its order. */
const DEFAULT_DRIVER_NAMES: string[] = defaultConfig().drivers.map((driver) => driver.name);

/** Names of a driver-quantity list: the default drivers' (aligned), or some of them shuffled and an unknown one. */
export const driverNamesArbitrary: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(DEFAULT_DRIVER_NAMES.join(',')) },
  {
    weight: 1,
    arbitrary: fc.shuffledSubarray([...DEFAULT_DRIVER_NAMES, 'Unknown_Driver']).map((names) => names.join(','))
  }
);

/** A driver-quantity list with bad values: as long as the default drivers, or of any length. */
export const driverQuantityListArbitrary: fc.Arbitrary<number[]> = fc.oneof(
  { weight: 3, arbitrary: fc.array(anyNumber, { minLength: 11, maxLength: 11 }) },
  { weight: 1, arbitrary: fc.array(anyNumber, { maxLength: 12 }) }
);

/** Partial account facts with bad values anywhere. */
export const accountFacts: fc.Arbitrary<AccountFacts> = fc.record(
  {
    accountId: fc.oneof(fc.constantFrom('', '001A'), fc.string({ maxLength: 8 })),
    name: fc.string({ maxLength: 12 }),
    industry: fc.constantFrom('', 'Technology', 'Manufacturing', 'Retail', 'Banking'),
    country: fc.constantFrom('', 'FR', 'BE', 'DE', 'US'),
    employees: anyNumber,
    productFamily: fc.constantFrom('', 'Services', 'Hardware', 'Software'),
    contractType: fc.constantFrom('', 'any', 'framework', 'subscription', 'one_off', 'weird'),
    revenueCurrent: anyNumber,
    revenuePrevious: anyNumber,
    marginRateOverride: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), anyNumber),
    driverQuantities: driverQuantities,
    driverNames: driverNamesArbitrary,
    driverQuantityList: driverQuantityListArbitrary,
    maxPaymentDelayDays: fc.oneof(fc.integer({ min: 0, max: 5000 }), anyNumber),
    weightedPipeline: anyNumber,
    whitespaceShare: anyNumber,
    futurePotential: fc.boolean(),
    predictedClv: anyNumber,
    referralsMade: anyNumber,
    referralRevenue: anyNumber,
    isReference: fc.boolean(),
    promoterScore: anyNumber,
    earlyAdopter: fc.boolean(),
    vip: fc.boolean(),
    strategic: fc.boolean(),
    casesCurrent: anyNumber,
    casesPrevious: anyNumber,
    complaints: anyNumber,
    satisfaction: anyNumber,
    lastOrderDate: anyDate,
    relationshipStartDate: anyDate,
    contractEndDate: anyDate,
    lastContactDate: anyDate,
    lastOrderDay: anyDayNumber,
    relationshipStartDay: anyDayNumber,
    contractEndDay: anyDayNumber,
    lastContactDay: anyDayNumber,
    contractNoticeMonths: anyNumber,
    tierOverride: fc.constantFrom('', 'D1', 'D2', 'D3', 'D4', 'D9'),
    tierOverrideReason: fc.string({ maxLength: 10 })
  },
  { requiredKeys: [] }
);

/** Clean, plausible facts (for properties that need meaningful numbers). */
export const cleanAccountFacts: fc.Arbitrary<AccountFacts> = fc.record({
  accountId: fc.string({ minLength: 1, maxLength: 8 }),
  industry: fc.constantFrom('Technology', 'Manufacturing', 'Retail'),
  country: fc.constantFrom('FR', 'BE', 'DE'),
  employees: fc.integer({ min: 1, max: 20000 }),
  revenueCurrent: amount,
  revenuePrevious: amount,
  driverQuantities: fc.dictionary(
    fc.constantFrom('Support_Case_High', 'Sales_Visit', 'Complaint'),
    fc.integer({ min: 0, max: 50 })
  ),
  weightedPipeline: amount,
  satisfaction: fc.integer({ min: 0, max: 10 }),
  lastOrderDate: validIsoDate,
  relationshipStartDate: validIsoDate
});

/** A configuration: the default one with random score weights, tier method, shares and cost of capital. */
export const valueConfig: fc.Arbitrary<ValueConfig> = fc
  .record({
    weights: fc.array(fc.oneof(fc.integer({ min: 0, max: 50 }), anyNumber), { minLength: 5, maxLength: 5 }),
    absolute: fc.boolean(),
    d1Share: fc.double({ min: 0, max: 0.5, noNaN: true }),
    costOfCapital: fc.oneof(fc.constant(0.08), anyNumber)
  })
  .map((spec) => {
    const config = defaultConfig();
    config.settings.costOfCapital = spec.costOfCapital;
    config.scoreWeights = {
      netValue: spec.weights[0],
      potential: spec.weights[1],
      influence: spec.weights[2],
      strategicFit: spec.weights[3],
      loyalty: spec.weights[4]
    };
    config.tierPolicy.method = spec.absolute ? 'absolute' : 'percentile';
    config.tierPolicy.d1Share = spec.d1Share;
    config.tierPolicy.d4Share = 1 - spec.d1Share - config.tierPolicy.d2Share - config.tierPolicy.d3Share;
    return config;
  });

/** Target positioning criteria: every dimension (and an unknown one), weights that count or not, ranges in any order. */
export const targetCriteria: fc.Arbitrary<TargetCriterion[]> = fc.array(
  fc.record({
    dimension: fc.constantFrom('Industry', 'Country', 'Employees', 'Size'),
    value: fc.constantFrom('', 'Technology', 'Retail', 'FR', 'BE'),
    minimum: fc.integer({ min: -10, max: 6000 }),
    maximum: fc.integer({ min: -10, max: 6000 }),
    weight: fc.oneof(fc.constantFrom(0, 1, 0.5), fc.double({ min: -1, max: 3, noNaN: true }), specialNumber)
  }),
  { maxLength: 6 }
);

/** A churn model with bad coefficients, means and deviations. */
export const churnModel: fc.Arbitrary<ChurnModel> = fc.record({
  intercept: anyNumber,
  features: fc.array(
    fc.record({
      name: fc.constantFrom(
        'revenue_trend',
        'case_trend',
        'complaints',
        'days_since_last_order',
        'satisfaction',
        'renewal_due'
      ),
      coefficient: anyNumber,
      mean: anyNumber,
      standardDeviation: anyNumber
    }),
    { maxLength: 6 }
  )
});

/** Feature values for {@link churnModel}. */
export const featureValues: fc.Arbitrary<Record<string, number>> = fc.dictionary(
  fc.constantFrom(
    'revenue_trend',
    'case_trend',
    'complaints',
    'days_since_last_order',
    'satisfaction',
    'renewal_due',
    'x'
  ),
  anyNumber
);

/** A portfolio item with bad values. */
export const portfolioItem: fc.Arbitrary<PortfolioItem> = fc.record({
  revenue: anyNumber,
  revenuePrevious: anyNumber,
  grossMargin: anyNumber,
  costToServe: anyNumber,
  netValue: anyNumber,
  tier: fc.constantFrom(...TIER_VALUES),
  strategic: fc.boolean(),
  industry: fc.constantFrom('', 'Technology', 'Retail', 'Banking'),
  strategicFit: anyNumber
});

/** A referral partner. */
export const referralPartner: fc.Arbitrary<ReferralPartner> = fc.record({
  id: fc.string({ maxLength: 4 }),
  name: fc.constantFrom('Alpha', 'Beta', 'Gamma', 'alpha', ''),
  industries: fc.subarray(['Technology', 'Retail', 'Banking']),
  regions: fc.subarray(['EMEA', 'NA', 'APAC']),
  sizes: fc.subarray(['small', 'medium', 'large']),
  needs: fc.subarray(['support', 'integration', 'low_price', 'training']),
  hasAgreement: fc.boolean()
});

/** A referral profile. */
export const referralProfile: fc.Arbitrary<ReferralProfile> = fc.record({
  industry: fc.constantFrom('', 'Technology', 'Retail'),
  region: fc.constantFrom('', 'EMEA', 'NA'),
  size: fc.constantFrom('', 'small', 'large'),
  needs: fc.array(fc.constantFrom('', 'support', 'integration', 'training'), { maxLength: 4 })
});

/** A separation plan state (any status). */
export const separationState: fc.Arbitrary<SeparationPlanState> = fc.record({
  status: fc.constantFrom(...(SEPARATION_STATUS_VALUES as SeparationPlanState['status'][])),
  blocked: fc.boolean(),
  guardrailOverridden: fc.boolean(),
  overrideReason: fc.constantFrom('', 'reason'),
  path: fc.constantFrom('', ...SEPARATION_PATH_VALUES),
  partnerId: fc.constantFrom('', 'P1'),
  partnerHasAgreement: fc.boolean(),
  customerConsent: fc.boolean(),
  noticeMonths: fc.oneof(fc.integer({ min: 0, max: 18 }), anyNumber),
  noticeDate: anyDate,
  noticeEndDate: anyDate,
  effectiveDate: anyDate,
  approvedBy: fc.constantFrom('', 'M1'),
  outcome: fc.constantFrom('', ...SEPARATION_OUTCOME_VALUES)
});

/** A separation action request. */
export const separationRequest: fc.Arbitrary<SeparationActionRequest> = fc.record(
  {
    action: fc.constantFrom(...SEPARATION_ACTION_VALUES, 'explode'),
    actorId: fc.constantFrom('U1', 'M1', ''),
    actorIsManager: fc.boolean(),
    date: anyDate,
    reason: fc.constantFrom('', '  ', 'Customer asked'),
    path: fc.constantFrom('', 'nowhere', ...SEPARATION_PATH_VALUES),
    partnerId: fc.constantFrom('', 'P1'),
    partnerHasAgreement: fc.boolean(),
    customerConsent: fc.boolean(),
    noticeMonths: anyNumber,
    outcome: fc.constantFrom('', 'lost', ...SEPARATION_OUTCOME_VALUES)
  },
  { requiredKeys: ['action', 'actorId', 'actorIsManager', 'date'] }
);

/** An alert input. */
export const alertInput: fc.Arbitrary<AlertInput> = fc.record(
  {
    current: fc.record({ churnProbability: anyNumber, tier: fc.constantFrom(...TIER_VALUES), revenueTrend: anyNumber }),
    previous: fc.record({ churnProbability: anyNumber, tier: fc.constantFrom(...TIER_VALUES), revenueTrend: anyNumber })
  },
  { requiredKeys: ['current'] }
);

/** Merge-field values (including HTML to be escaped). */
export const mergeFields: fc.Arbitrary<Record<string, string>> = fc.dictionary(
  fc.constantFrom(
    'contactName',
    'accountName',
    'reason',
    'noticeMonths',
    'effectiveDate',
    'alternativeOffer',
    'partnerName'
  ),
  fc.oneof(fc.string({ maxLength: 10 }), fc.constant('<script>&"\'')),
  { maxKeys: 7 }
);

/** A letter template: a default one, or a random text with merge fields. */
export const letterTemplate: fc.Arbitrary<LetterTemplate> = fc.oneof(
  fc.constantFrom(...defaultLetterTemplates()),
  fc.record({
    path: fc.constantFrom(...(SEPARATION_PATH_VALUES as LetterTemplate['path'][])),
    language: fc.constantFrom(...(LANGUAGE_VALUES as LetterTemplate['language'][])),
    subject: fc.string({ maxLength: 20 }),
    body: fc
      .array(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('{{reason}}', '{{', '}}', '\n\n', '{{ x }}')), {
        maxLength: 8
      })
      .map((parts) => parts.join('')),
    talkingPoints: fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 })
  })
);

const sketchOf = fc.array(anyNumber, { maxLength: 30 }).map((values) => {
  const sketch = emptySketch();
  for (const value of values) addToSketch(sketch, value);
  return sketch;
});

const objectiveActuals = fc.record({
  customersRetained: anyNumber,
  existingRevenue: anyNumber,
  upsellRevenue: anyNumber,
  retentionRate: anyNumber,
  netRevenueRetention: anyNumber,
  grossRevenueRetention: anyNumber
});

const aggregateOf = fc
  .array(portfolioItem, { maxLength: 20 })
  .map((items) => buildPortfolioAggregate(items, 25000, 5000));

const tierName = fc.constantFrom('D1', 'D2', 'D3', 'D4', 'D7', '');

function evaluateAccountForArbitrary(facts: AccountFacts, config: ValueConfig, today: string) {
  return evaluateAccount(facts, config, computeTierCutoffs([0, 1, 2], config.tierPolicy), today);
}

/** Prepared facts (the quality-checked form of {@link accountFacts}). */
export const preparedFacts = accountFacts.map((facts) => prepareFacts(facts));

/** Churn signals of prepared facts at a date. */
export const churnSignalsArbitrary = fc
  .tuple(preparedFacts, anyDate)
  .map(([facts, today]) => computeChurnSignals(facts, today));

/** Tier cut-offs, possibly unordered or non-finite. */
export const tierCutoffsArbitrary = fc.record({
  method: fc.constantFrom(...(TIER_METHOD_VALUES as ('percentile' | 'absolute')[])),
  d1Minimum: anyNumber,
  d2Minimum: anyNumber,
  d3Minimum: anyNumber,
  accountCount: fc.nat()
});

/** A workspace of the "into" functions: fresh, or left as an earlier account's evaluation left it. */
export const evaluationWorkspace = fc.tuple(accountFacts, valueConfig, fc.boolean()).map(([facts, config, used]) => {
  const workspace = newEvaluationWorkspace(config);
  if (used) {
    evaluateAccountInto(workspace, facts, computeTierCutoffs([0, 1, 2], config.tierPolicy), 20000);
  }
  return workspace;
});

/** A day number of today, possibly invalid. */
const todayDayNumber = fc.oneof(fc.integer({ min: 0, max: 30000 }), anyNumber);

/** Account figures as an earlier account left them. */
const accountFiguresArbitrary = fc
  .tuple(preparedFacts, amount, valueConfig, todayDayNumber)
  .map(([prepared, cost, config, today]) => accountFiguresOnDay(prepared, cost, config, today));

/** Inputs of the flags and the recommended action. */
export const actionInputs = fc.record({
  tier: fc.constantFrom(...(TIER_VALUES as ('D1' | 'D2' | 'D3' | 'D4')[])),
  netValue: anyNumber,
  potential: anyNumber,
  influence: anyNumber,
  churnProbability: anyNumber,
  strategic: fc.boolean(),
  dataIncomplete: fc.boolean()
});

/** Score component indexes (any numbers: the engine clamps them). */
export const scoreIndexes = fc.record({
  netValue: anyNumber,
  potential: anyNumber,
  influence: anyNumber,
  strategicFit: anyNumber,
  loyalty: anyNumber
});

const driverArbitrary = fc
  .tuple(fc.nat({ max: 10 }), anyNumber)
  .map(([index, unitCost]) => ({ ...defaultConfig().drivers[index], unitCost: unitCost }));

/** A configuration whose drivers are random (any unit cost, repeated or missing drivers). */
const configWithRandomDrivers = fc
  .tuple(valueConfig, fc.array(driverArbitrary, { maxLength: 11 }))
  .map(([config, drivers]) => ({ ...config, drivers: drivers }));

/** Margin rates: the default ones, or random ones (invalid rates, repeated or empty families). */
const marginRatesArbitrary: fc.Arbitrary<MarginRate[]> = fc.oneof(
  fc.constant(defaultConfig().marginRates),
  fc.array(
    fc.record({
      name: fc.constantFrom('Default', 'Services', 'Other'),
      productFamily: fc.constantFrom('', 'Services', 'Hardware'),
      rate: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), anyNumber)
    }),
    { maxLength: 5 }
  )
);

/** A margin plan of such rates and any default rate. */
const marginPlanArbitrary = fc.tuple(marginRatesArbitrary, anyNumber).map(([rates, rate]) => marginPlanOf(rates, rate));

/** The money-figure arguments after the target record: revenue, override, product family, cost to serve. */
const moneyRecord = fc.record({
  marginRate: anyNumber,
  grossMargin: anyNumber,
  costToServe: anyNumber,
  netValue: anyNumber
});
const productFamilyArbitrary = fc.constantFrom('', 'Services', 'Hardware', 'Food');

/** An empty findings report of an account. */
const findingsReport = fc
  .string({ maxLength: 4 })
  .map((accountId) => ({ accountId: accountId, findings: [] as DataFinding[] }));

/** Argument lists per exported function (name → arbitrary of the argument array). */
const flagName = fc.constantFrom(
  'most_valued_customer',
  'high_potential',
  'at_risk',
  'strategic',
  'data_incomplete',
  'x'
);
export const valueResultArbitrary = fc.record({
  tier: tierName,
  computedTier: tierName,
  tierOverridden: fc.boolean(),
  score: anyNumber,
  revenue: anyNumber,
  grossMargin: anyNumber,
  costToServe: anyNumber,
  netValue: anyNumber,
  churnProbability: anyNumber,
  flags: fc.array(flagName, { maxLength: 5 }),
  recommendedAction: fc.constantFrom('', 'protect', 'develop', 'retain', 'standardize', 'transform', 'separate')
});
export const tierOverrideInfoArbitrary = fc.record({
  active: fc.boolean(),
  tier: tierName,
  reason: fc.string({ maxLength: 12 }),
  overriddenBy: fc.string({ maxLength: 8 }),
  overriddenAt: fc.constantFrom('', '2025-05-02T09:00:00Z')
});
export const storedAccountValueArbitrary = fc.record({
  scored: fc.boolean(),
  scoredOn: anyDate,
  result: valueResultArbitrary,
  probabilityAlive: anyNumber,
  clvKnown: fc.boolean(),
  clv: anyNumber,
  clvLower: anyNumber,
  clvUpper: anyNumber,
  tierOverride: tierOverrideInfoArbitrary
});
export const accountValueInputArbitrary = fc.record(
  { facts: accountFacts, stored: storedAccountValueArbitrary, cutoffs: tierCutoffsArbitrary },
  { requiredKeys: ['facts', 'stored'] }
);
export const valueHistoryPointArbitrary = fc.record({
  periodEnd: anyDate,
  score: anyNumber,
  tier: tierName,
  netValue: anyNumber,
  tierChanged: fc.boolean()
});

/** A configuration path, property or section name as random text. */
const configName = fc.string({ maxLength: 12 });
export const engineArgumentArbitraries: Record<string, fc.Arbitrary<unknown[]>> = {
  safeDivide: fc.tuple(anyNumber, anyNumber, fc.double({ noNaN: true, noDefaultInfinity: true })),
  clamp: fc.tuple(
    anyNumber,
    fc.double({ min: -1e9, max: 0, noNaN: true }),
    fc.double({ min: 0, max: 1e9, noNaN: true })
  ),
  finiteOr: fc.tuple(anyNumber, fc.double({ noNaN: true, noDefaultInfinity: true })),
  roundTo: fc.tuple(anyNumber, anyNumber),
  formatNumber: fc.tuple(anyNumber, anyNumber),
  logistic: fc.tuple(anyNumber),
  isIsoDate: fc.tuple(anyDate),
  toDayNumber: fc.tuple(anyDate),
  fromDayNumber: fc.tuple(fc.integer({ min: -100000, max: 2900000 })),
  daysBetween: fc.tuple(anyDate, anyDate),
  addDays: fc.tuple(anyDate, anyNumber),
  addMonths: fc.tuple(anyDate, anyNumber),
  monthsBetween: fc.tuple(anyDate, anyDate),
  yearsBetween: fc.tuple(anyDate, anyDate),
  sortNumbersAscending: fc.tuple(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 40 })),
  orderByNumberDescending: fc.tuple(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 40 })),
  sortStringsAscending: fc.tuple(fc.array(fc.string({ maxLength: 4 }), { maxLength: 40 })),
  validateConfig: fc.tuple(valueConfig),
  prepareFacts: fc.tuple(accountFacts),
  computeAccountValue: fc.tuple(accountFacts, valueConfig),
  churnProbability: fc.tuple(churnModel, featureValues),
  computeTierCutoffs: fc.tuple(
    fc.array(anyNumber, { maxLength: 40 }),
    valueConfig.map((config) => config.tierPolicy)
  ),
  computeTierCutoffsFromSketch: fc.tuple(
    sketchOf,
    valueConfig.map((config) => config.tierPolicy)
  ),
  evaluatePortfolio: fc.tuple(fc.array(accountFacts, { maxLength: 8 }), valueConfig, anyDate),
  evaluatePortfolioOnDay: fc.tuple(
    fc.array(accountFacts, { maxLength: 8 }),
    valueConfig,
    fc.oneof(fc.integer({ min: 0, max: 30000 }), anyNumber)
  ),
  explainScore: fc.tuple(accountFacts, valueConfig, tierCutoffsArbitrary, anyDate),
  decideAlert: fc.tuple(
    alertInput,
    valueConfig.map((config) => config.settings)
  ),
  retentionPlanFor: fc.tuple(tierName, anyDate, valueConfig),
  checkConcession: fc.tuple(tierName, anyNumber, anyNumber, anyNumber, valueConfig),
  summarizePortfolio: fc.tuple(aggregateOf),
  mergePortfolioAggregates: fc.tuple(aggregateOf, aggregateOf),
  sketchGini: fc.tuple(sketchOf),
  sketchTopShare: fc.tuple(sketchOf, anyNumber),
  computeNotice: fc.tuple(
    fc.constant(defaultConfig().noticePolicies),
    fc.constantFrom('FR', 'BE', ''),
    fc.constantFrom(...CONTRACT_TYPE_VALUES),
    anyDate,
    anyDate,
    anyNumber
  ),
  applySeparationAction: fc.tuple(separationState, separationRequest),
  rankReferralPartners: fc.tuple(fc.array(referralPartner, { maxLength: 8 }), referralProfile),
  renderLetter: fc.tuple(letterTemplate, mergeFields),
  milderSeparationPaths: fc.tuple(fc.constantFrom('', 'price_increase', 'referral', 'end_relationship', 'other')),
  companySizeBand: fc.tuple(anyNumber),
  sizeBandsBetween: fc.tuple(anyNumber, anyNumber),
  defaultLetterLanguage: fc.tuple(fc.constantFrom('FR', 'be', ' LU', 'DE', '', 'CA')),
  letterPlainText: fc.tuple(
    fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('<p>a &amp; b<br>c</p><p>&lt;d&gt; &#39;e&#39; &quot;f&quot;</p>', '<p></p>', '&amp;amp;')
    )
  ),
  isWinBackWorthIt: fc.tuple(
    fc.constantFrom('protect', 'develop', 'retain', 'standardize', 'transform', 'separate', '')
  ),
  nextSatisfactionSurvey: fc.tuple(anyDate, anyDate, anyDate),
  isFiniteNumber: fc.tuple(anyNumber),
  dayNumberOf: fc.tuple(anyDate),
  daysInMonth: fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 })),
  isLeapYear: fc.tuple(fc.integer({ min: 1000, max: 9999 })),
  isOnOrBefore: fc.tuple(anyDate, anyDate),
  orderByNumberAscending: fc.tuple(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 40 })),
  orderByStringAscending: fc.tuple(fc.array(fc.string({ maxLength: 4 }), { maxLength: 40 })),
  reorderByNumberDescending: fc
    .array(fc.integer({ min: -5, max: 5 }), { maxLength: 30 })
    .chain((keys) => fc.tuple(fc.constant(keys), fc.shuffledSubarray([...keys.keys()], { minLength: keys.length }))),
  selectKthSmallestInPlace: fc.tuple(
    fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 40 }),
    fc.integer({ min: -2, max: 50 })
  ),
  isOneOf: fc.tuple(fc.string({ maxLength: 4 }), fc.array(fc.string({ maxLength: 4 }), { maxLength: 4 })),
  isTier: fc.tuple(tierName),
  tierRank: fc.tuple(tierName),
  defaultConfig: fc.constant([]),
  costOfDriver: fc.tuple(driverArbitrary, anyNumber, anyNumber),
  costToServeBreakdown: fc.tuple(configWithRandomDrivers, driverQuantities, fc.boolean(), fc.string({ maxLength: 4 })),
  driverQuantity: fc.tuple(driverArbitrary, driverQuantities, fc.boolean(), findingsReport),
  totalCostToServe: fc.tuple(configWithRandomDrivers, driverQuantities, fc.boolean(), findingsReport),
  costPlanOf: fc.tuple(configWithRandomDrivers),
  driverListAligned: fc.tuple(
    configWithRandomDrivers.map((config) => costPlanOf(config)),
    fc.oneof(driverNamesArbitrary, fc.constant(undefined)),
    driverQuantityListArbitrary
  ),
  totalCostOfFacts: fc.tuple(
    configWithRandomDrivers.map((config) => costPlanOf(config)),
    accountFacts,
    fc.boolean(),
    findingsReport
  ),
  costToServeBreakdownOfFacts: fc.tuple(
    configWithRandomDrivers,
    accountFacts,
    fc.boolean(),
    fc.string({ maxLength: 4 })
  ),
  marginPlanOf: fc.tuple(marginRatesArbitrary, anyNumber),
  marginRateOfPlan: fc.tuple(marginPlanArbitrary, anyNumber, productFamilyArbitrary),
  moneyFiguresOfPlanInto: fc.tuple(moneyRecord, amount, anyNumber, productFamilyArbitrary, amount, marginPlanArbitrary),
  isMissingNumber: fc.tuple(fc.oneof(anyNumber, fc.constant(undefined))),
  isMissingText: fc.tuple(fc.oneof(fc.string({ maxLength: 4 }), fc.constant(undefined))),
  cleanRevenue: fc.tuple(
    fc.oneof(anyNumber, fc.constant(undefined)),
    fc.constantFrom('revenueCurrent', 'revenuePrevious'),
    findingsReport
  ),
  cleanMarginRateOverride: fc.tuple(fc.oneof(anyNumber, fc.constant(undefined)), findingsReport),
  isPaymentDelayAbsurd: fc.tuple(fc.oneof(anyNumber, fc.constant(undefined))),
  moneyFiguresOf: fc.tuple(
    fc.record({
      revenue: amount,
      marginRateOverride: anyNumber,
      productFamily: fc.constantFrom('', 'Services', 'Hardware', 'Food'),
      costToServe: amount
    }),
    valueConfig
  ),
  moneyOfPrepared: fc.tuple(preparedFacts, amount, valueConfig),
  accountFiguresOnDay: fc.tuple(
    preparedFacts,
    amount,
    valueConfig,
    fc.oneof(fc.integer({ min: 0, max: 30000 }), anyNumber)
  ),
  marginRateFor: fc.tuple(
    anyNumber,
    fc.constantFrom('', 'Services', 'Hardware', 'Food'),
    fc.constant(defaultConfig().marginRates),
    anyNumber
  ),
  valueOfPrepared: fc.tuple(preparedFacts, accountFacts, valueConfig),
  componentPoints: fc.tuple(anyNumber, anyNumber, anyNumber),
  influenceOf: fc.tuple(preparedFacts),
  loyaltyIndex: fc.tuple(anyNumber, anyNumber, anyNumber),
  netValueIndex: fc.tuple(anyNumber, anyNumber),
  positiveOrZero: fc.tuple(anyNumber),
  potentialOf: fc.tuple(preparedFacts, anyNumber),
  scoreFromIndexes: fc.tuple(
    scoreIndexes,
    valueConfig.map((config) => config.scoreWeights)
  ),
  strategicFitOf: fc.tuple(
    fc.constantFrom('', 'Technology', 'Retail'),
    fc.constantFrom('', 'FR', 'BE', 'US'),
    anyNumber,
    fc.constant(defaultConfig().targetPositioning)
  ),
  totalWeight: fc.tuple(valueConfig.map((config) => config.scoreWeights)),
  targetFitOf: fc.tuple(targetCriteria),
  strategicFitWith: fc.tuple(
    fc.oneof(fc.constant(targetFitOf(defaultConfig().targetPositioning)), targetCriteria.map(targetFitOf)),
    fc.constantFrom('', 'Technology', 'Retail'),
    fc.constantFrom('', 'FR', 'BE', 'US'),
    anyNumber
  ),
  churnFeatureValues: fc.tuple(churnSignalsArbitrary),
  churnProbabilityFromSignals: fc.tuple(churnModel, churnSignalsArbitrary),
  computeChurnSignals: fc.tuple(preparedFacts, anyDate),
  churnSignalsOnDay: fc.tuple(preparedFacts, fc.oneof(fc.integer({ min: 0, max: 30000 }), anyNumber)),
  evaluateAccountOnDay: fc.tuple(
    accountFacts,
    valueConfig,
    tierCutoffsArbitrary,
    fc.oneof(fc.integer({ min: 0, max: 30000 }), anyNumber)
  ),
  revenueTrend: fc.tuple(anyNumber, anyNumber),
  assignTier: fc.tuple(anyNumber, tierCutoffsArbitrary, tierName, fc.string({ maxLength: 6 })),
  assignTierInto: fc.tuple(
    fc.record({
      tier: tierName,
      computedTier: tierName,
      overridden: fc.boolean(),
      overrideReason: fc.string({ maxLength: 6 })
    }),
    anyNumber,
    tierCutoffsArbitrary,
    tierName,
    fc.string({ maxLength: 6 })
  ),
  tierOf: fc.tuple(anyNumber, tierCutoffsArbitrary),
  accountFlags: fc.tuple(
    actionInputs,
    valueConfig.map((config) => config.settings)
  ),
  recommendAction: fc.tuple(
    actionInputs,
    valueConfig.map((config) => config.settings)
  ),
  evaluateAccount: fc.tuple(accountFacts, valueConfig, tierCutoffsArbitrary, anyDate),
  netValueOfFacts: fc.tuple(accountFacts, valueConfig),
  // The workspace keeps the configuration it is given (with any NaN it holds): a configuration of finite numbers here.
  newEvaluationWorkspace: fc.constant(null).map(() => [defaultConfig()]),
  evaluateAccountInto: fc.tuple(evaluationWorkspace, accountFacts, tierCutoffsArbitrary, todayDayNumber),
  netValueOfFactsInto: fc.tuple(evaluationWorkspace, accountFacts),
  evaluateAccountWithCostInto: fc.tuple(
    evaluationWorkspace,
    accountFacts,
    tierCutoffsArbitrary,
    todayDayNumber,
    fc.oneof(amount, anyNumber)
  ),
  firstPassCostToServe: evaluationWorkspace.map((workspace) => [workspace]),
  keepEvaluation: evaluationWorkspace.map((workspace) => [workspace]),
  scoreWeightingOf: fc.tuple(valueConfig.map((config) => config.scoreWeights)),
  scoreWithWeighting: fc.tuple(
    scoreIndexes,
    valueConfig.map((config) => scoreWeightingOf(config.scoreWeights))
  ),
  churnTermsOf: fc.tuple(churnModel),
  churnProbabilityOfTerms: fc.tuple(
    churnModel.map((model) => churnTermsOf(model)),
    churnSignalsArbitrary
  ),
  accountFiguresInto: fc.tuple(accountFiguresArbitrary, preparedFacts, amount, valueConfig, todayDayNumber),
  emptyPreparedFacts: fc.constant([]),
  emptyChurnSignals: fc.constant([]),
  prepareFactsInto: fc.tuple(preparedFacts, accountFacts),
  prepareFactsReportingInto: fc.tuple(
    preparedFacts,
    accountFacts,
    fc.record({ accountId: fc.string({ maxLength: 4 }), findings: fc.constant([]) })
  ),
  churnSignalsInto: fc.tuple(churnSignalsArbitrary, preparedFacts, todayDayNumber),
  moneyFiguresInto: fc.tuple(moneyRecord, amount, anyNumber, productFamilyArbitrary, amount, valueConfig),
  recommendActionInto: fc.tuple(
    fc.record({
      flags: fc.array(fc.constantFrom<AccountFlag>('at_risk', 'strategic', 'data_incomplete'), { maxLength: 3 }),
      action: fc.constantFrom<RecommendedAction>('protect', 'separate'),
      separationBlocked: fc.boolean(),
      reasonKey: fc.string({ maxLength: 6 })
    }),
    actionInputs,
    valueConfig.map((config) => config.settings)
  ),
  playPolicyFor: fc.tuple(tierName, fc.constant(defaultConfig().retentionPlays)),
  playTasks: fc.tuple(
    fc.constantFrom(...(RETENTION_PLAY_VALUES as ('director_visit' | 'rep_visit' | 'care_call' | 'letter')[]))
  ),
  addToSketch: fc.tuple(sketchOf, anyNumber),
  emptySketch: fc.constant([]),
  mergeIntoSketch: fc.tuple(sketchOf, sketchOf),
  mergeSketches: fc.tuple(sketchOf, sketchOf),
  sketchBucket: fc.tuple(fc.double({ min: 0.01, max: 1e20, noNaN: true })),
  sketchParetoCurve: fc.tuple(sketchOf),
  sketchPositiveSum: fc.tuple(sketchOf),
  addEvaluationToAggregate: fc
    .tuple(aggregateOf, accountFacts, valueConfig, anyDate)
    .map(([aggregate, facts, config, today]) => [aggregate, evaluateAccountForArbitrary(facts, config, today)]),
  addItemToAggregate: fc.tuple(aggregateOf, portfolioItem),
  buildPortfolioAggregate: fc.tuple(fc.array(portfolioItem, { maxLength: 20 }), anyNumber, anyNumber),
  emptyPortfolioAggregate: fc.tuple(anyNumber, anyNumber),
  emptyPortfolioAggregateFor: fc.tuple(valueConfig),
  herfindahlIndex: fc.tuple(fc.dictionary(fc.string({ maxLength: 4 }), anyNumber)),
  mergeIntoPortfolioAggregate: fc.tuple(aggregateOf, aggregateOf),
  objectiveActualsOf: fc.tuple(aggregateOf),
  yearElapsedShare: fc.tuple(fc.oneof(fc.integer({ min: 1990, max: 2040 }), anyNumber), anyDate),
  objectivePace: fc.tuple(
    fc.record(
      {
        year: fc.oneof(fc.integer({ min: 2020, max: 2030 }), anyNumber),
        today: anyDate,
        targets: fc.record(
          {
            customersRetained: anyNumber,
            existingRevenue: anyNumber,
            upsellRevenue: anyNumber,
            retentionRate: anyNumber
          },
          { requiredKeys: [] }
        ),
        actual: objectiveActuals,
        opening: objectiveActuals
      },
      { requiredKeys: ['year', 'today', 'targets', 'actual'] }
    )
  ),
  objectivesProgress: fc.tuple(
    aggregateOf,
    fc.record({ customersRetained: anyNumber, existingCustomerRevenue: anyNumber, upsellRevenue: anyNumber })
  ),
  fallbackNoticePolicy: fc.constant([]),
  findNoticePolicy: fc.tuple(
    fc.constant(defaultConfig().noticePolicies),
    fc.constantFrom('FR', 'BE', '', '*'),
    fc.constantFrom(...CONTRACT_TYPE_VALUES)
  ),
  isPartialRupture: fc.tuple(
    fc.record({ priceIncrease: anyNumber, serviceReduction: anyNumber }),
    fc.constant(defaultConfig().noticePolicies[0])
  ),
  policyNoticeMonths: fc.tuple(fc.constantFrom(...defaultConfig().noticePolicies), anyNumber),
  allowedSeparationActions: fc.tuple(fc.constantFrom(...SEPARATION_STATUS_VALUES, 'nowhere')),
  newSeparationPlan: fc.tuple(fc.boolean()),
  anonymizationDueDate: fc.tuple(anyDate, anyNumber),
  nextSeparationStatus: fc.tuple(
    fc.constantFrom(...SEPARATION_STATUS_VALUES, 'nowhere'),
    fc.constantFrom(...SEPARATION_ACTION_VALUES, 'explode')
  ),
  partnerScore: fc.tuple(referralPartner, referralProfile),
  defaultLetterTemplates: fc.constant([]),
  escapeHtml: fc.tuple(fc.string({ maxLength: 20 })),
  findLetterTemplate: fc.tuple(
    fc.constant(defaultLetterTemplates()),
    fc.constantFrom('', ...SEPARATION_PATH_VALUES),
    fc.constantFrom('', 'en', 'fr', 'de')
  ),
  mergeFieldsOf: fc.tuple(fc.string({ maxLength: 30 })),
  mergeText: fc.tuple(fc.string({ maxLength: 30 }), mergeFields, fc.constant([])),
  renderDefaultLetter: fc.tuple(
    fc.constantFrom('', ...SEPARATION_PATH_VALUES),
    fc.constantFrom('', 'en', 'fr'),
    mergeFields
  ),
  neverScored: fc.constant([]),
  noTierOverride: fc.constant([]),
  accountValueView: fc.tuple(accountValueInputArbitrary, valueConfig, anyDate),
  valueHistoryView: fc.tuple(fc.string({ maxLength: 6 }), fc.array(valueHistoryPointArbitrary, { maxLength: 16 })),
  tierOverrideProblem: fc.tuple(tierName, fc.oneof(fc.string({ maxLength: 12 }), fc.constant('x'.repeat(256)))),
  customMetadataFields: fc.constant([]),
  customMetadataFieldOf: fc.tuple(
    fc.oneof(fc.constantFrom('drivers.unitCost', 'tierPolicy.d4Share', 'settings.escalateTiers', 'x.y', ''), configName)
  ),
  customMetadataFieldOfProblem: fc.tuple(
    fc.oneof(fc.constantFrom('', 'unitCost', 'name', 'value', 'minimum'), configName),
    fc.constantFrom('', 'cvp_config_missing', 'cvp_config_shares_not_one', 'cvp_config_minimum_above_cap', 'x')
  ),
  customMetadataTypeOf: fc.tuple(
    fc.oneof(fc.constantFrom('settings', 'drivers', 'churnModel', 'targetPositioning', ''), configName)
  ),
  customMetadataRecordOf: fc.tuple(
    fc.oneof(fc.constantFrom('settings', 'scoreWeights', 'drivers', 'modelParameters', ''), configName),
    fc.oneof(fc.constantFrom('Default', 'Support_Case_High', ''), configName)
  ),
  customMetadataRecordPathOf: fc.tuple(
    fc.oneof(fc.constantFrom('settings', 'scoreWeights', 'drivers', 'churnModel', 'targetPositioning', ''), configName),
    fc.oneof(fc.constantFrom('intercept', 'coefficient', 'potential', 'unitCost', ''), configName),
    fc.integer({ min: 0, max: 40 })
  ),
  customMetadataScoreWeightOf: fc.tuple(
    fc.oneof(fc.constantFrom('net_value', 'potential', 'strategic_fit', 'loyalty', 'charisma', ''), configName)
  )
};
