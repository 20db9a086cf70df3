/**
 * The admin configuration (Custom Metadata in the org), its defaults (docs/DOMAIN_VALUES.md) and its validation.
 */
import type {
  AggregateFunction,
  ContractType,
  CostComponent,
  FilterOperator,
  ModelName,
  NoticeBasis,
  RetentionPlay,
  RevenueSource,
  Tier,
  TierMethod
} from './domain';
import {
  AGGREGATE_FUNCTION_VALUES,
  CONTRACT_TYPE_VALUES,
  COST_COMPONENT_VALUES,
  FILTER_OPERATOR_VALUES,
  MODEL_NAME_VALUES,
  NOTICE_BASIS_VALUES,
  RETENTION_PLAY_VALUES,
  REVENUE_SOURCE_VALUES,
  TIER_METHOD_VALUES,
  TIER_VALUES,
  isOneOf
} from './domain';
import { finiteOr, isMissingNumber } from './numbers';

/** Value_Setting__mdt: window, revenue source, rates and thresholds. */
export interface ValueSettings {
  windowMonths: number;
  revenueSource: RevenueSource;
  defaultMarginRate: number;
  /** Annual cost of capital: the only rate payment-delay drivers are priced at (their unit cost is not used). */
  costOfCapital: number;
  /** Influence (0–100) from which an account is a Most Valued Customer. */
  mvcInfluenceThreshold: number;
  /** Potential (0–100) from which an account has high potential. */
  highPotentialThreshold: number;
  /** Churn probability from which an account is flagged at risk. */
  atRiskChurnProbability: number;
  /** Churn probability whose upward crossing raises an alert. */
  alertChurnThreshold: number;
  /** Tiers whose alerts escalate to the sales direction. */
  escalateTiers: Tier[];
  /** Months after the last contact before personal data is anonymised. */
  dataRetentionMonths: number;
}

/** Score_Weight__mdt: points out of 100 per score component. */
export interface ScoreWeights {
  netValue: number;
  potential: number;
  influence: number;
  strategicFit: number;
  loyalty: number;
}

/**
 * Tier_Policy__mdt: percentile shares (top first) of the accounts that create value, or absolute net-value thresholds.
 * Whatever the method, an account that creates no value (net value below one cent) is D4; the default shares
 * (20 / 30 / 50 / 0) leave D4 to those alone.
 */
export interface TierPolicy {
  method: TierMethod;
  d1Share: number;
  d2Share: number;
  d3Share: number;
  d4Share: number;
  d1Threshold: number;
  d2Threshold: number;
  d3Threshold: number;
}

/**
 * Value_Driver__mdt: a cost driver = quantity × unit cost. The quantity comes from the facts (`driverQuantities[name]`).
 * Two components have their own formula: `payment_delay` (quantity = Σ days late × amount; cost = quantity ×
 * `settings.costOfCapital` / 365 — its unit cost is not used) and `complexity` (quantity = rating 1–5; cost =
 * (rating − 1) × unit cost).
 */
export interface ValueDriver {
  name: string;
  component: CostComponent;
  sourceObject: string;
  dateField: string;
  aggregate: AggregateFunction;
  field: string;
  filterField: string;
  filterOperator: FilterOperator;
  filterValue: string;
  unitCost: number;
}

/** Margin_Rate__mdt: the org default when `productFamily` is empty, otherwise the rate of a product family. */
export interface MarginRate {
  name: string;
  productFamily: string;
  rate: number;
}

/** Notice_Policy__mdt: notice per country (`*` = any) and contract type. */
export interface NoticePolicy {
  name: string;
  country: string;
  contractType: ContractType;
  basis: NoticeBasis;
  monthsPerYear: number;
  fixedMonths: number;
  minimumMonths: number;
  capMonths: number;
  /** Price increase (share, 0.10 = 10 %) from which a change is a partial rupture needing notice. */
  partialRuptureThreshold: number;
}

/** Retention_Play__mdt: play, follow-up and concession caps of a tier. */
export interface RetentionPlayPolicy {
  tier: Tier;
  play: RetentionPlay;
  followUpDays: number;
  /** Concession cap as a share of the account's revenue. */
  concessionRevenueShare: number;
  /** Concession cap as a share of the account's gross margin. */
  concessionMarginShare: number;
}

/** One churn-model feature: logistic coefficient on the standardised value (x − mean) / standardDeviation. */
export interface ChurnFeature {
  name: string;
  coefficient: number;
  mean: number;
  standardDeviation: number;
}

/** Logistic churn model, exactly as produced by the model-fitting tool. */
export interface ChurnModel {
  intercept: number;
  features: ChurnFeature[];
}

/** Model_Parameter__mdt: one named parameter of a predictive model (the churn model is held in `churnModel`). */
export interface ModelParameterSetting {
  model: ModelName;
  name: string;
  value: number;
}

/**
 * Target_Positioning__mdt: one criterion. `dimension` is `Industry`, `Country` (matched on `value`) or `Employees`
 * (matched on `minimum`–`maximum`).
 */
export interface TargetCriterion {
  dimension: string;
  value: string;
  minimum: number;
  maximum: number;
  weight: number;
}

/** The whole configuration the engine reads. */
export interface ValueConfig {
  settings: ValueSettings;
  scoreWeights: ScoreWeights;
  tierPolicy: TierPolicy;
  drivers: ValueDriver[];
  marginRates: MarginRate[];
  noticePolicies: NoticePolicy[];
  retentionPlays: RetentionPlayPolicy[];
  churnModel: ChurnModel;
  modelParameters: ModelParameterSetting[];
  targetPositioning: TargetCriterion[];
}

/** A configuration problem: where (`path`, e.g. `drivers[2].unitCost`) and what (a label key). */
export interface ConfigProblem {
  path: string;
  labelKey: string;
}

function driver(
  name: string,
  component: CostComponent,
  sourceObject: string,
  dateField: string,
  aggregate: AggregateFunction,
  field: string,
  filterField: string,
  filterValue: string,
  unitCost: number
): ValueDriver {
  return {
    name: name,
    component: component,
    sourceObject: sourceObject,
    dateField: dateField,
    aggregate: aggregate,
    field: field,
    filterField: filterField,
    filterOperator: 'equals',
    filterValue: filterValue,
    unitCost: unitCost
  };
}

function churnFeature(name: string, coefficient: number, mean: number, standardDeviation: number): ChurnFeature {
  return { name: name, coefficient: coefficient, mean: mean, standardDeviation: standardDeviation };
}

function modelParameter(model: ModelName, name: string, value: number): ModelParameterSetting {
  return { model: model, name: name, value: value };
}

/** The default configuration: the same numbers as the Custom Metadata default records (docs/DOMAIN_VALUES.md). */
export function defaultConfig(): ValueConfig {
  return {
    settings: {
      windowMonths: 12,
      revenueSource: 'opportunity',
      defaultMarginRate: 0.35,
      costOfCapital: 0.08,
      mvcInfluenceThreshold: 60,
      highPotentialThreshold: 70,
      atRiskChurnProbability: 0.5,
      alertChurnThreshold: 0.5,
      escalateTiers: ['D1', 'D2'],
      dataRetentionMonths: 36
    },
    scoreWeights: { netValue: 40, potential: 20, influence: 15, strategicFit: 10, loyalty: 15 },
    tierPolicy: {
      method: 'percentile',
      d1Share: 0.2,
      d2Share: 0.3,
      d3Share: 0.5,
      d4Share: 0,
      d1Threshold: 100000,
      d2Threshold: 25000,
      d3Threshold: 0
    },
    drivers: [
      driver('Support_Case_High', 'support', 'Case', 'CreatedDate', 'COUNT', 'Id', 'Priority', 'High', 150),
      driver('Support_Case_Medium', 'support', 'Case', 'CreatedDate', 'COUNT', 'Id', 'Priority', 'Medium', 60),
      driver('Support_Case_Low', 'support', 'Case', 'CreatedDate', 'COUNT', 'Id', 'Priority', 'Low', 25),
      driver('Complaint', 'complaints', 'Case', 'CreatedDate', 'COUNT', 'Id', 'Type', 'Complaint', 250),
      driver('Sales_Visit', 'sales_activity', 'Event', 'ActivityDate', 'COUNT', 'Id', '', '', 180),
      driver('Meeting_Time', 'sales_activity', 'Event', 'ActivityDate', 'SUM', 'DurationInMinutes', '', '', 1.5),
      driver('Sales_Task', 'sales_activity', 'Task', 'ActivityDate', 'COUNT', 'Id', '', '', 12),
      // Priced at settings.costOfCapital (the one source of that rate): a payment-delay unit cost is not used.
      driver('Payment_Delay', 'payment_delay', 'Account', '', 'SUM', 'Late_Payment_Exposure__c', '', '', 0),
      driver('Discount_Given', 'discount', 'Opportunity', 'CloseDate', 'SUM', 'Discount_Amount__c', 'IsWon', 'true', 1),
      driver('Credit_Note', 'returns', 'Order', 'EffectiveDate', 'COUNT', 'Id', 'IsReductionOrder', 'true', 90),
      driver('Operational_Complexity', 'complexity', 'Account', '', 'MAX', 'Operational_Complexity__c', '', '', 400)
    ],
    marginRates: [
      { name: 'Default', productFamily: '', rate: 0.35 },
      { name: 'Services', productFamily: 'Services', rate: 0.55 },
      { name: 'Hardware', productFamily: 'Hardware', rate: 0.22 }
    ],
    noticePolicies: [
      {
        name: 'France_Default',
        country: 'FR',
        contractType: 'any',
        basis: 'per_year_of_relationship',
        monthsPerYear: 1,
        fixedMonths: 0,
        minimumMonths: 1,
        capMonths: 18,
        partialRuptureThreshold: 0.1
      },
      {
        name: 'Default',
        country: '*',
        contractType: 'any',
        basis: 'per_year_of_relationship',
        monthsPerYear: 1,
        fixedMonths: 0,
        minimumMonths: 1,
        capMonths: 12,
        partialRuptureThreshold: 0.1
      }
    ],
    retentionPlays: [
      { tier: 'D1', play: 'director_visit', followUpDays: 7, concessionRevenueShare: 0.15, concessionMarginShare: 0.5 },
      { tier: 'D2', play: 'rep_visit', followUpDays: 14, concessionRevenueShare: 0.1, concessionMarginShare: 0.4 },
      { tier: 'D3', play: 'care_call', followUpDays: 21, concessionRevenueShare: 0.05, concessionMarginShare: 0.3 },
      { tier: 'D4', play: 'letter', followUpDays: 30, concessionRevenueShare: 0, concessionMarginShare: 0 }
    ],
    churnModel: {
      intercept: -2,
      features: [
        churnFeature('revenue_trend', -1.2, 0, 0.3),
        churnFeature('case_trend', 0.6, 0, 1),
        churnFeature('complaints', 0.5, 0.5, 1),
        churnFeature('days_since_last_order', 0.8, 90, 60),
        churnFeature('satisfaction', -0.7, 7, 2),
        churnFeature('renewal_due', 0.9, 0, 1)
      ]
    },
    modelParameters: [
      modelParameter('bgnbd', 'r', 0.243),
      modelParameter('bgnbd', 'alpha', 4.414),
      modelParameter('bgnbd', 'a', 0.793),
      modelParameter('bgnbd', 'b', 2.426),
      modelParameter('gamma_gamma', 'p', 6.25),
      modelParameter('gamma_gamma', 'q', 3.74),
      modelParameter('gamma_gamma', 'gamma', 15.44),
      modelParameter('sbg', 'alpha', 0.668),
      modelParameter('sbg', 'beta', 3.806)
    ],
    targetPositioning: [
      { dimension: 'Industry', value: 'Technology', minimum: 0, maximum: 0, weight: 1 },
      { dimension: 'Industry', value: 'Manufacturing', minimum: 0, maximum: 0, weight: 1 },
      { dimension: 'Country', value: 'FR', minimum: 0, maximum: 0, weight: 1 },
      { dimension: 'Country', value: 'BE', minimum: 0, maximum: 0, weight: 0.5 },
      { dimension: 'Employees', value: '', minimum: 50, maximum: 5000, weight: 1 }
    ]
  };
}

function problem(problems: ConfigProblem[], path: string, labelKey: string): void {
  problems.push({ path: path, labelKey: labelKey });
}

function checkRange(problems: ConfigProblem[], path: string, value: number, minimum: number, maximum: number): void {
  if (isMissingNumber(value) || !Number.isFinite(value)) {
    problem(problems, path, 'cvp_config_not_a_number');
  } else if (value < minimum || value > maximum) {
    problem(problems, path, 'cvp_config_out_of_range');
  }
}

function checkEnum(problems: ConfigProblem[], path: string, value: string, allowed: readonly string[]): void {
  if (!isOneOf(value, allowed)) {
    problem(problems, path, 'cvp_config_unknown_value');
  }
}

const BIG = 1e15;

function validateSettings(settings: ValueSettings | undefined, problems: ConfigProblem[]): void {
  if (settings == null) {
    problem(problems, 'settings', 'cvp_config_missing');
    return;
  }
  checkRange(problems, 'settings.windowMonths', settings.windowMonths, 1, 120);
  checkEnum(problems, 'settings.revenueSource', settings.revenueSource, REVENUE_SOURCE_VALUES);
  checkRange(problems, 'settings.defaultMarginRate', settings.defaultMarginRate, 0, 1);
  checkRange(problems, 'settings.costOfCapital', settings.costOfCapital, 0, 1);
  checkRange(problems, 'settings.mvcInfluenceThreshold', settings.mvcInfluenceThreshold, 0, 100);
  checkRange(problems, 'settings.highPotentialThreshold', settings.highPotentialThreshold, 0, 100);
  checkRange(problems, 'settings.atRiskChurnProbability', settings.atRiskChurnProbability, 0, 1);
  checkRange(problems, 'settings.alertChurnThreshold', settings.alertChurnThreshold, 0, 1);
  checkRange(problems, 'settings.dataRetentionMonths', settings.dataRetentionMonths, 0, 1200);
  const tiers = settings.escalateTiers ?? [];
  for (let i = 0; i < tiers.length; i++) {
    checkEnum(problems, `settings.escalateTiers[${i}]`, tiers[i], TIER_VALUES);
  }
}

function validateWeights(weights: ScoreWeights | undefined, problems: ConfigProblem[]): void {
  if (weights == null) {
    problem(problems, 'scoreWeights', 'cvp_config_missing');
    return;
  }
  checkRange(problems, 'scoreWeights.netValue', weights.netValue, 0, 100);
  checkRange(problems, 'scoreWeights.potential', weights.potential, 0, 100);
  checkRange(problems, 'scoreWeights.influence', weights.influence, 0, 100);
  checkRange(problems, 'scoreWeights.strategicFit', weights.strategicFit, 0, 100);
  checkRange(problems, 'scoreWeights.loyalty', weights.loyalty, 0, 100);
  const total =
    finiteOr(weights.netValue, 0) +
    finiteOr(weights.potential, 0) +
    finiteOr(weights.influence, 0) +
    finiteOr(weights.strategicFit, 0) +
    finiteOr(weights.loyalty, 0);
  if (total <= 0) {
    problem(problems, 'scoreWeights', 'cvp_config_weights_total_zero');
  }
}

function validateTierPolicy(policy: TierPolicy | undefined, problems: ConfigProblem[]): void {
  if (policy == null) {
    problem(problems, 'tierPolicy', 'cvp_config_missing');
    return;
  }
  checkEnum(problems, 'tierPolicy.method', policy.method, TIER_METHOD_VALUES);
  checkRange(problems, 'tierPolicy.d1Share', policy.d1Share, 0, 1);
  checkRange(problems, 'tierPolicy.d2Share', policy.d2Share, 0, 1);
  checkRange(problems, 'tierPolicy.d3Share', policy.d3Share, 0, 1);
  checkRange(problems, 'tierPolicy.d4Share', policy.d4Share, 0, 1);
  const shares =
    finiteOr(policy.d1Share, 0) +
    finiteOr(policy.d2Share, 0) +
    finiteOr(policy.d3Share, 0) +
    finiteOr(policy.d4Share, 0);
  if (Math.abs(shares - 1) > 0.000001) {
    problem(problems, 'tierPolicy', 'cvp_config_shares_not_one');
  }
  checkRange(problems, 'tierPolicy.d1Threshold', policy.d1Threshold, -BIG, BIG);
  checkRange(problems, 'tierPolicy.d2Threshold', policy.d2Threshold, -BIG, BIG);
  checkRange(problems, 'tierPolicy.d3Threshold', policy.d3Threshold, -BIG, BIG);
  const d1 = finiteOr(policy.d1Threshold, 0);
  const d2 = finiteOr(policy.d2Threshold, 0);
  const d3 = finiteOr(policy.d3Threshold, 0);
  if (d1 < d2 || d2 < d3) {
    problem(problems, 'tierPolicy', 'cvp_config_thresholds_not_descending');
  }
}

function validateDrivers(drivers: ValueDriver[] | undefined, problems: ConfigProblem[]): void {
  const list = drivers ?? [];
  const seen: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    const path = `drivers[${i}]`;
    if ((item.name ?? '').trim() === '') {
      problem(problems, path + '.name', 'cvp_config_missing');
    } else if (seen.includes(item.name)) {
      problem(problems, path + '.name', 'cvp_config_duplicate');
    } else {
      seen.push(item.name);
    }
    checkEnum(problems, path + '.component', item.component, COST_COMPONENT_VALUES);
    checkEnum(problems, path + '.aggregate', item.aggregate, AGGREGATE_FUNCTION_VALUES);
    if ((item.filterField ?? '') !== '') {
      checkEnum(problems, path + '.filterOperator', item.filterOperator, FILTER_OPERATOR_VALUES);
    }
    checkRange(problems, path + '.unitCost', item.unitCost, 0, BIG);
  }
}

function validatePolicies(config: ValueConfig, problems: ConfigProblem[]): void {
  const rates = config.marginRates ?? [];
  let hasDefault = false;
  for (let i = 0; i < rates.length; i++) {
    checkRange(problems, `marginRates[${i}].rate`, rates[i].rate, 0, 1);
    if ((rates[i].productFamily ?? '') === '') {
      hasDefault = true;
    }
  }
  if (!hasDefault && rates.length > 0) {
    problem(problems, 'marginRates', 'cvp_config_no_default_margin_rate');
  }
  const notices = config.noticePolicies ?? [];
  for (let i = 0; i < notices.length; i++) {
    const path = `noticePolicies[${i}]`;
    const policy = notices[i];
    checkEnum(problems, path + '.contractType', policy.contractType, CONTRACT_TYPE_VALUES);
    checkEnum(problems, path + '.basis', policy.basis, NOTICE_BASIS_VALUES);
    checkRange(problems, path + '.monthsPerYear', policy.monthsPerYear, 0, 120);
    checkRange(problems, path + '.fixedMonths', policy.fixedMonths, 0, 120);
    checkRange(problems, path + '.minimumMonths', policy.minimumMonths, 0, 120);
    checkRange(problems, path + '.capMonths', policy.capMonths, 0, 120);
    checkRange(problems, path + '.partialRuptureThreshold', policy.partialRuptureThreshold, 0, 10);
    if (finiteOr(policy.minimumMonths, 0) > finiteOr(policy.capMonths, 0)) {
      problem(problems, path, 'cvp_config_minimum_above_cap');
    }
  }
  const plays = config.retentionPlays ?? [];
  for (let t = 0; t < TIER_VALUES.length; t++) {
    let found = false;
    for (let i = 0; i < plays.length; i++) {
      if (plays[i].tier === TIER_VALUES[t]) {
        found = true;
      }
    }
    if (!found) {
      problem(problems, `retentionPlays.${TIER_VALUES[t]}`, 'cvp_config_missing');
    }
  }
  for (let i = 0; i < plays.length; i++) {
    const path = `retentionPlays[${i}]`;
    checkEnum(problems, path + '.tier', plays[i].tier, TIER_VALUES);
    checkEnum(problems, path + '.play', plays[i].play, RETENTION_PLAY_VALUES);
    checkRange(problems, path + '.followUpDays', plays[i].followUpDays, 0, 3650);
    checkRange(problems, path + '.concessionRevenueShare', plays[i].concessionRevenueShare, 0, 1);
    checkRange(problems, path + '.concessionMarginShare', plays[i].concessionMarginShare, 0, 1);
  }
}

function validateModels(config: ValueConfig, problems: ConfigProblem[]): void {
  const model = config.churnModel;
  if (model == null) {
    problem(problems, 'churnModel', 'cvp_config_missing');
  } else {
    checkRange(problems, 'churnModel.intercept', model.intercept, -BIG, BIG);
    const features = model.features ?? [];
    for (let i = 0; i < features.length; i++) {
      const path = `churnModel.features[${i}]`;
      checkRange(problems, path + '.coefficient', features[i].coefficient, -BIG, BIG);
      checkRange(problems, path + '.mean', features[i].mean, -BIG, BIG);
      const deviation = features[i].standardDeviation;
      if (!Number.isFinite(deviation) || deviation <= 0) {
        problem(problems, path + '.standardDeviation', 'cvp_config_not_positive');
      }
    }
  }
  const parameters = config.modelParameters ?? [];
  for (let i = 0; i < parameters.length; i++) {
    checkEnum(problems, `modelParameters[${i}].model`, parameters[i].model, MODEL_NAME_VALUES);
    checkRange(problems, `modelParameters[${i}].value`, parameters[i].value, -BIG, BIG);
  }
  const criteria = config.targetPositioning ?? [];
  for (let i = 0; i < criteria.length; i++) {
    const path = `targetPositioning[${i}]`;
    const criterion = criteria[i];
    checkEnum(problems, path + '.dimension', criterion.dimension, TARGET_DIMENSION_VALUES);
    checkRange(problems, path + '.weight', criterion.weight, 0, BIG);
    if (criterion.dimension === 'Employees' && !(finiteOr(criterion.minimum, 0) <= finiteOr(criterion.maximum, -1))) {
      problem(problems, path, 'cvp_config_minimum_above_maximum');
    }
  }
}

/** Dimensions a target-positioning criterion may use. */
export const TARGET_DIMENSION_VALUES: readonly string[] = ['Industry', 'Country', 'Employees'];

/**
 * Every problem of `config` (path + label key), in a stable order; an empty list means valid. Never throws: a missing
 * section is itself a problem.
 */
export function validateConfig(config: ValueConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  if (config == null) {
    problem(problems, '', 'cvp_config_missing');
    return problems;
  }
  validateSettings(config.settings, problems);
  validateWeights(config.scoreWeights, problems);
  validateTierPolicy(config.tierPolicy, problems);
  validateDrivers(config.drivers, problems);
  validatePolicies(config, problems);
  validateModels(config, problems);
  return problems;
}
