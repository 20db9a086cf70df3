/**
 * Where the configuration lives in the org: each configuration path (`section.property`, e.g.
 * `settings.defaultMarginRate`, `drivers.unitCost`), the Custom Metadata field that holds it and that field's kind, the
 * record of a section by its DeveloperName and the path each record is remembered under, the score weight property of
 * each Score_Weight__mdt component, written once. The Apex names
 * the record and field of a configuration problem (ValueConfigMapper, ValueConfigLoader, ValueDriverQuery), audits and
 * deploys saved changes (ValueSettingsService) with the generated CVP_CustomMetadataFields; the workbench's mapping
 * (scripts/local/configFromCustomMetadata.ts) and audit (settingsChanges.ts) with this module.
 */

/** One configuration property and the Custom Metadata field that holds it. */
export interface CustomMetadataField {
  /** The configuration section: `settings`, `tierPolicy`, `drivers`, … */
  section: string;
  /** The property inside the section (of the section itself, or of each of its records). */
  property: string;
  /** The field API name. */
  field: string;
  /** Whether the Value Settings page edits it (and the audit compares it). */
  edited: boolean;
  /** How the field holds the value (a save writes a number field as a number, a text field as text). */
  kind: CustomMetadataFieldKind;
}

/** `number`: a Number field; `text`: a Text or Picklist field (a list of values joined with `;`). */
export type CustomMetadataFieldKind = 'number' | 'text';

function numberField(section: string, property: string, field: string, edited: boolean): CustomMetadataField {
  return { section: section, property: property, field: field, edited: edited, kind: 'number' };
}

function textField(section: string, property: string, field: string, edited: boolean): CustomMetadataField {
  return { section: section, property: property, field: field, edited: edited, kind: 'text' };
}

/**
 * Every mapped property, with its field's kind: first those the Value Settings page edits, in the page's (and the audit's) order, then those
 * only a configuration problem names.
 */
export function customMetadataFields(): CustomMetadataField[] {
  return [
    numberField('settings', 'defaultMarginRate', 'Default_Margin_Rate__c', true),
    numberField('settings', 'costOfCapital', 'Cost_Of_Capital_Rate__c', true),
    numberField('settings', 'mvcInfluenceThreshold', 'Most_Valued_Influence_Threshold__c', true),
    numberField('settings', 'highPotentialThreshold', 'High_Potential_Threshold__c', true),
    numberField('settings', 'atRiskChurnProbability', 'At_Risk_Churn_Probability__c', true),
    numberField('settings', 'alertChurnThreshold', 'Alert_Churn_Threshold__c', true),
    textField('settings', 'escalateTiers', 'Escalate_Alert_Tiers__c', true),
    numberField('scoreWeights', 'netValue', 'Points__c', true),
    numberField('scoreWeights', 'potential', 'Points__c', true),
    numberField('scoreWeights', 'influence', 'Points__c', true),
    numberField('scoreWeights', 'strategicFit', 'Points__c', true),
    numberField('scoreWeights', 'loyalty', 'Points__c', true),
    textField('tierPolicy', 'method', 'Method__c', true),
    numberField('tierPolicy', 'd1Share', 'D1_Share__c', true),
    numberField('tierPolicy', 'd2Share', 'D2_Share__c', true),
    numberField('tierPolicy', 'd3Share', 'D3_Share__c', true),
    numberField('tierPolicy', 'd4Share', 'D4_Share__c', true),
    numberField('tierPolicy', 'd1Threshold', 'D1_Min_Net_Value__c', true),
    numberField('tierPolicy', 'd2Threshold', 'D2_Min_Net_Value__c', true),
    numberField('tierPolicy', 'd3Threshold', 'D3_Min_Net_Value__c', true),
    numberField('drivers', 'unitCost', 'Unit_Cost__c', true),
    numberField('marginRates', 'rate', 'Rate__c', true),
    textField('noticePolicies', 'basis', 'Basis__c', true),
    numberField('noticePolicies', 'monthsPerYear', 'Months_Per_Year__c', true),
    numberField('noticePolicies', 'fixedMonths', 'Fixed_Months__c', true),
    numberField('noticePolicies', 'minimumMonths', 'Minimum_Months__c', true),
    numberField('noticePolicies', 'capMonths', 'Maximum_Months__c', true),
    numberField('noticePolicies', 'partialRuptureThreshold', 'Partial_Rupture_Price_Increase__c', true),
    textField('retentionPlays', 'play', 'Play__c', true),
    numberField('retentionPlays', 'followUpDays', 'Follow_Up_Days__c', true),
    numberField('retentionPlays', 'concessionRevenueShare', 'Concession_Cap_Revenue_Share__c', true),
    numberField('retentionPlays', 'concessionMarginShare', 'Concession_Cap_Margin_Share__c', true),
    textField('targetPositioning', 'value', 'Value__c', true),
    numberField('targetPositioning', 'minimum', 'Min_Value__c', true),
    numberField('targetPositioning', 'maximum', 'Max_Value__c', true),
    numberField('targetPositioning', 'weight', 'Weight__c', true),
    numberField('settings', 'windowMonths', 'Window_Months__c', false),
    textField('settings', 'revenueSource', 'Revenue_Source__c', false),
    numberField('settings', 'dataRetentionMonths', 'Data_Retention_Months__c', false),
    textField('drivers', 'name', 'DeveloperName', false),
    textField('drivers', 'component', 'Component__c', false),
    textField('drivers', 'aggregate', 'Aggregate_Function__c', false),
    textField('drivers', 'filterOperator', 'Filter_Operator__c', false),
    textField('noticePolicies', 'contractType', 'Contract_Type__c', false),
    textField('retentionPlays', 'tier', 'Tier__c', false),
    numberField('churnModel', 'intercept', 'Value__c', false),
    numberField('churnModel', 'coefficient', 'Value__c', false),
    numberField('churnModel', 'mean', 'Mean__c', false),
    numberField('churnModel', 'standardDeviation', 'Standard_Deviation__c', false),
    textField('modelParameters', 'model', 'Model__c', false),
    numberField('modelParameters', 'value', 'Value__c', false),
    textField('targetPositioning', 'dimension', 'Dimension__c', false)
  ];
}

/**
 * The field of a configuration path `section.property` (e.g. `drivers.unitCost` → `Unit_Cost__c`); '' when the path
 * is not mapped.
 */
export function customMetadataFieldOf(path: string): string {
  const fields = customMetadataFields();
  for (const each of fields) {
    if (each.section + '.' + each.property === path) {
      return each.field;
    }
  }
  return '';
}

/**
 * The field the admin should look at for a configuration problem: the field of its property (the last name of the
 * problem's path, whatever the section: `unitCost` of `drivers[2].unitCost`), else the field of a problem about a
 * whole record or section (by its label key), else the score weights' `Points__c`.
 */
export function customMetadataFieldOfProblem(property: string, labelKey: string): string {
  const fields = customMetadataFields();
  for (const each of fields) {
    if (each.property === property) {
      return each.field;
    }
  }
  switch (labelKey) {
    case 'cvp_config_shares_not_one':
      return 'D1_Share__c … D4_Share__c';
    case 'cvp_config_thresholds_not_descending':
      return 'D1_Min_Net_Value__c … D3_Min_Net_Value__c';
    case 'cvp_config_weights_total_zero':
      return 'Points__c';
    case 'cvp_config_no_default_margin_rate':
      return 'Product_Family__c';
    case 'cvp_config_minimum_above_cap':
      return 'Minimum_Months__c';
    case 'cvp_config_minimum_above_maximum':
      return 'Min_Value__c';
    case 'cvp_config_missing':
      return 'DeveloperName';
    default:
      return 'Points__c';
  }
}

/** The Custom Metadata type that holds a section (named when the record itself is missing); `Custom Metadata` else. */
export function customMetadataTypeOf(section: string): string {
  switch (section) {
    case 'settings':
      return 'Value_Setting__mdt';
    case 'scoreWeights':
      return 'Score_Weight__mdt';
    case 'tierPolicy':
      return 'Tier_Policy__mdt';
    case 'drivers':
      return 'Value_Driver__mdt';
    case 'marginRates':
      return 'Margin_Rate__mdt';
    case 'noticePolicies':
      return 'Notice_Policy__mdt';
    case 'retentionPlays':
      return 'Retention_Play__mdt';
    case 'churnModel':
      return 'Model_Parameter__mdt';
    case 'modelParameters':
      return 'Model_Parameter__mdt';
    case 'targetPositioning':
      return 'Target_Positioning__mdt';
    default:
      return 'Custom Metadata';
  }
}

/**
 * The name of a record of a section as the audit, a failed run and a deploy name it: its type without the suffix, a
 * dot, its DeveloperName (`drivers`, `Support_Case_High` → `Value_Driver.Support_Case_High`); '' for an unknown section.
 */
export function customMetadataRecordOf(section: string, developerName: string): string {
  const type = customMetadataTypeOf(section);
  const suffix = type.indexOf('__');
  return suffix < 0 ? '' : type.substring(0, suffix) + '.' + developerName;
}

/**
 * The configuration path of the record that holds `section.property` (of the list item `index`), under which the
 * mappers remember which record each part of the configuration was read from: one record for the section (`settings`,
 * `tierPolicy`), one per property (`scoreWeights.potential`), one per list item (`drivers[2]`); the churn model's
 * intercept is one record (`churnModel`), each feature another (`churnModel.features[1]`). '' for an unknown section.
 */
export function customMetadataRecordPathOf(section: string, property: string, index: number): string {
  if (section === 'settings' || section === 'tierPolicy') {
    return section;
  }
  if (section === 'scoreWeights') {
    return section + '.' + property;
  }
  if (section === 'churnModel') {
    return property === 'intercept' ? section : `${section}.features[${index}]`;
  }
  return customMetadataRecordOf(section, '') === '' ? '' : `${section}[${index}]`;
}

/**
 * The score weight a Score_Weight__mdt record holds, by its Component__c value (`strategic_fit` → `strategicFit`, a
 * property of `scoreWeights`); '' for a component the engine does not score (a mapping problem naming its record).
 */
export function customMetadataScoreWeightOf(component: string): string {
  switch (component) {
    case 'net_value':
      return 'netValue';
    case 'potential':
      return 'potential';
    case 'influence':
      return 'influence';
    case 'strategic_fit':
      return 'strategicFit';
    case 'loyalty':
      return 'loyalty';
    default:
      return '';
  }
}
