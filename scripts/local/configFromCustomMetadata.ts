/**
 * Builds the engine's ValueConfig from Custom Metadata records — the local twin of what the org's configuration selector
 * does with the same records. Conventions (shared with the Apex side): an empty text field is '', an empty number 0, an
 * empty filter operator `equals`; inactive records (Is_Active__c = false) are left out. The result is not trusted:
 * callers run the engine's validateConfig on it.
 */
import type {
  AggregateFunction,
  ChurnFeature,
  ContractType,
  CostComponent,
  FilterOperator,
  ModelName,
  NoticeBasis,
  RetentionPlay,
  RevenueSource,
  Tier,
  TierMethod,
  ValueConfig
} from '../../force-app/main/default/lwc/valueEngine/valueEngine';
import {
  customMetadataRecordOf,
  customMetadataRecordPathOf,
  customMetadataScoreWeightOf,
  customMetadataTypeOf
} from '../../force-app/main/default/lwc/valueEngine/valueEngine';
import type { CustomMetadataRecord, MetadataValue } from './customMetadataRecords';
import { readCustomMetadataRecords } from './customMetadataRecords';

function text(record: CustomMetadataRecord, field: string): string {
  const value: MetadataValue = record.values[field];
  return value === undefined ? '' : String(value);
}

function numberOf(record: CustomMetadataRecord, field: string): number {
  const value: MetadataValue = record.values[field];
  return typeof value === 'number' ? value : 0;
}

function isActive(record: CustomMetadataRecord): boolean {
  return record.values.Is_Active__c !== false;
}

function recordsOf(byType: Map<string, CustomMetadataRecord[]>, type: string): CustomMetadataRecord[] {
  return (byType.get(type) ?? []).filter(isActive);
}

function single(byType: Map<string, CustomMetadataRecord[]>, type: string): CustomMetadataRecord {
  const records = recordsOf(byType, type);
  const chosen = records.find((record) => record.developerName === 'Default') ?? records[0];
  if (!chosen) throw new Error(`No active ${type}__mdt record: the engine needs one (Setup → Custom Metadata Types)`);
  return chosen;
}

type ScoreWeightKey = keyof ValueConfig['scoreWeights'];

/** The score weight a Score_Weight record holds (the engine's customMetadataScoreWeightOf); undefined when unknown. */
function scoreWeightOf(record: CustomMetadataRecord): ScoreWeightKey | undefined {
  const key = customMetadataScoreWeightOf(text(record, 'Component__c'));
  return key === '' ? undefined : (key as ScoreWeightKey);
}

/** The configuration held by the records of `folder` (force-app/main/default/customMetadata in this project). */
export function configFromCustomMetadata(folder: string): ValueConfig {
  return configFromRecords(readCustomMetadataRecords(folder));
}

/** The configuration held by records grouped by type (read from source files, or queried from an org by `cvp doctor`). */
export function configFromRecords(byType: Map<string, CustomMetadataRecord[]>): ValueConfig {
  const setting = single(byType, 'Value_Setting');
  const tierPolicy = single(byType, 'Tier_Policy');

  const scoreWeights: ValueConfig['scoreWeights'] = {
    netValue: 0,
    potential: 0,
    influence: 0,
    strategicFit: 0,
    loyalty: 0
  };
  for (const record of recordsOf(byType, 'Score_Weight')) {
    const key = scoreWeightOf(record);
    if (key === undefined) {
      throw new Error(`Score_Weight.${record.developerName}: unknown component "${text(record, 'Component__c')}"`);
    }
    scoreWeights[key] = numberOf(record, 'Points__c');
  }

  const modelRecords = recordsOf(byType, 'Model_Parameter');
  const churnRecords = modelRecords.filter((record) => text(record, 'Model__c') === 'churn_logistic');
  const intercept = churnRecords.find((record) => text(record, 'Parameter__c') === 'intercept');
  const churnFeatures: ChurnFeature[] = churnRecords
    .filter((record) => record !== intercept)
    .map((record) => ({
      name: text(record, 'Parameter__c'),
      coefficient: numberOf(record, 'Value__c'),
      mean: numberOf(record, 'Mean__c'),
      standardDeviation: numberOf(record, 'Standard_Deviation__c')
    }));

  return {
    settings: {
      windowMonths: numberOf(setting, 'Window_Months__c'),
      revenueSource: text(setting, 'Revenue_Source__c') as RevenueSource,
      defaultMarginRate: numberOf(setting, 'Default_Margin_Rate__c'),
      costOfCapital: numberOf(setting, 'Cost_Of_Capital_Rate__c'),
      mvcInfluenceThreshold: numberOf(setting, 'Most_Valued_Influence_Threshold__c'),
      highPotentialThreshold: numberOf(setting, 'High_Potential_Threshold__c'),
      atRiskChurnProbability: numberOf(setting, 'At_Risk_Churn_Probability__c'),
      alertChurnThreshold: numberOf(setting, 'Alert_Churn_Threshold__c'),
      escalateTiers: text(setting, 'Escalate_Alert_Tiers__c')
        .split(';')
        .map((tier) => tier.trim())
        .filter((tier) => tier.length > 0) as Tier[],
      dataRetentionMonths: numberOf(setting, 'Data_Retention_Months__c')
    },
    scoreWeights,
    tierPolicy: {
      method: text(tierPolicy, 'Method__c') as TierMethod,
      d1Share: numberOf(tierPolicy, 'D1_Share__c'),
      d2Share: numberOf(tierPolicy, 'D2_Share__c'),
      d3Share: numberOf(tierPolicy, 'D3_Share__c'),
      d4Share: numberOf(tierPolicy, 'D4_Share__c'),
      d1Threshold: numberOf(tierPolicy, 'D1_Min_Net_Value__c'),
      d2Threshold: numberOf(tierPolicy, 'D2_Min_Net_Value__c'),
      d3Threshold: numberOf(tierPolicy, 'D3_Min_Net_Value__c')
    },
    drivers: recordsOf(byType, 'Value_Driver').map((record) => ({
      name: record.developerName,
      component: text(record, 'Component__c') as CostComponent,
      sourceObject: text(record, 'Source_Object__c'),
      dateField: text(record, 'Date_Field__c'),
      aggregate: text(record, 'Aggregate_Function__c') as AggregateFunction,
      field: text(record, 'Aggregate_Field__c'),
      filterField: text(record, 'Filter_Field__c'),
      filterOperator: (text(record, 'Filter_Operator__c') || 'equals') as FilterOperator,
      filterValue: text(record, 'Filter_Value__c'),
      unitCost: numberOf(record, 'Unit_Cost__c')
    })),
    marginRates: recordsOf(byType, 'Margin_Rate').map((record) => ({
      name: record.developerName,
      productFamily: text(record, 'Product_Family__c'),
      rate: numberOf(record, 'Rate__c')
    })),
    noticePolicies: recordsOf(byType, 'Notice_Policy').map((record) => ({
      name: record.developerName,
      country: text(record, 'Country__c'),
      contractType: text(record, 'Contract_Type__c') as ContractType,
      basis: text(record, 'Basis__c') as NoticeBasis,
      monthsPerYear: numberOf(record, 'Months_Per_Year__c'),
      fixedMonths: numberOf(record, 'Fixed_Months__c'),
      minimumMonths: numberOf(record, 'Minimum_Months__c'),
      capMonths: numberOf(record, 'Maximum_Months__c'),
      partialRuptureThreshold: numberOf(record, 'Partial_Rupture_Price_Increase__c')
    })),
    retentionPlays: recordsOf(byType, 'Retention_Play').map((record) => ({
      tier: text(record, 'Tier__c') as Tier,
      play: text(record, 'Play__c') as RetentionPlay,
      followUpDays: numberOf(record, 'Follow_Up_Days__c'),
      concessionRevenueShare: numberOf(record, 'Concession_Cap_Revenue_Share__c'),
      concessionMarginShare: numberOf(record, 'Concession_Cap_Margin_Share__c')
    })),
    churnModel: { intercept: intercept ? numberOf(intercept, 'Value__c') : 0, features: churnFeatures },
    modelParameters: modelRecords
      .filter((record) => text(record, 'Model__c') !== 'churn_logistic')
      .map((record) => ({
        model: text(record, 'Model__c') as ModelName,
        name: text(record, 'Parameter__c'),
        value: numberOf(record, 'Value__c')
      })),
    targetPositioning: recordsOf(byType, 'Target_Positioning').map((record) => ({
      dimension: text(record, 'Dimension__c'),
      value: text(record, 'Value__c'),
      minimum: numberOf(record, 'Min_Value__c'),
      maximum: numberOf(record, 'Max_Value__c'),
      weight: numberOf(record, 'Weight__c')
    }))
  };
}

/** The configuration and the record behind each part of it, as the org's ValueConfigMapper.MappedConfig. */
export interface MappedConfig {
  config: ValueConfig;
  /**
   * `Type.DeveloperName` of the record behind each record path (`settings`, `scoreWeights.potential`, `drivers[2]`),
   * both named by the engine (customMetadataRecordPathOf, customMetadataRecordOf).
   */
  recordByPath: Record<string, string>;
}

/** The sections held by one record per list item, in the configuration's order. */
const LIST_SECTIONS = ['drivers', 'marginRates', 'noticePolicies', 'retentionPlays', 'targetPositioning'];

/** The configuration held by records grouped by type, and which record each part of it was read from. */
export function mappedConfigFromRecords(byType: Map<string, CustomMetadataRecord[]>): MappedConfig {
  const config = configFromRecords(byType);
  const recordByPath: Record<string, string> = {};
  const remember = (section: string, property: string, index: number, record: CustomMetadataRecord): void => {
    recordByPath[customMetadataRecordPathOf(section, property, index)] = customMetadataRecordOf(
      section,
      record.developerName
    );
  };
  const typeOf = (section: string): string => customMetadataTypeOf(section).replace(/__mdt$/, '');
  remember('settings', '', 0, single(byType, typeOf('settings')));
  remember('tierPolicy', '', 0, single(byType, typeOf('tierPolicy')));
  for (const record of recordsOf(byType, typeOf('scoreWeights'))) {
    const key = scoreWeightOf(record);
    if (key !== undefined) remember('scoreWeights', key, 0, record);
  }
  for (const section of LIST_SECTIONS) {
    for (const [i, record] of recordsOf(byType, typeOf(section)).entries()) remember(section, '', i, record);
  }
  // The model parameters in configFromRecords' order: the churn model's intercept and features apart.
  const models = recordsOf(byType, typeOf('modelParameters'));
  const churn = models.filter((record) => text(record, 'Model__c') === 'churn_logistic');
  const intercept = churn.find((record) => text(record, 'Parameter__c') === 'intercept');
  if (intercept !== undefined) remember('churnModel', 'intercept', 0, intercept);
  const features = churn.filter((record) => record !== intercept);
  for (const [i, record] of features.entries()) remember('churnModel', 'coefficient', i, record);
  const others = models.filter((record) => text(record, 'Model__c') !== 'churn_logistic');
  for (const [i, record] of others.entries()) remember('modelParameters', '', i, record);
  return { config, recordByPath };
}
