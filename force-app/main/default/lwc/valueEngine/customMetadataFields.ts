/**
 * Where the configuration lives in the org: each configuration path (`section.property`, e.g.
 * `settings.defaultMarginRate`, `drivers.unitCost`) and the Custom Metadata field that holds it, written once. The
 * Apex names the record and field of a configuration problem (ValueConfigLoader) and audits saved changes
 * (ValueSettingsService) with the generated CVP_CustomMetadataFields; the workbench's audit (settingsChanges.ts) with
 * this module.
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
}

function fieldEntry(section: string, property: string, field: string, edited: boolean): CustomMetadataField {
  return { section: section, property: property, field: field, edited: edited };
}

/**
 * Every mapped property: first those the Value Settings page edits, in the page's (and the audit's) order, then those
 * only a configuration problem names.
 */
export function customMetadataFields(): CustomMetadataField[] {
  return [
    fieldEntry('settings', 'defaultMarginRate', 'Default_Margin_Rate__c', true),
    fieldEntry('settings', 'costOfCapital', 'Cost_Of_Capital_Rate__c', true),
    fieldEntry('settings', 'mvcInfluenceThreshold', 'Most_Valued_Influence_Threshold__c', true),
    fieldEntry('settings', 'highPotentialThreshold', 'High_Potential_Threshold__c', true),
    fieldEntry('settings', 'atRiskChurnProbability', 'At_Risk_Churn_Probability__c', true),
    fieldEntry('settings', 'alertChurnThreshold', 'Alert_Churn_Threshold__c', true),
    fieldEntry('settings', 'escalateTiers', 'Escalate_Alert_Tiers__c', true),
    fieldEntry('scoreWeights', 'netValue', 'Points__c', true),
    fieldEntry('scoreWeights', 'potential', 'Points__c', true),
    fieldEntry('scoreWeights', 'influence', 'Points__c', true),
    fieldEntry('scoreWeights', 'strategicFit', 'Points__c', true),
    fieldEntry('scoreWeights', 'loyalty', 'Points__c', true),
    fieldEntry('tierPolicy', 'method', 'Method__c', true),
    fieldEntry('tierPolicy', 'd1Share', 'D1_Share__c', true),
    fieldEntry('tierPolicy', 'd2Share', 'D2_Share__c', true),
    fieldEntry('tierPolicy', 'd3Share', 'D3_Share__c', true),
    fieldEntry('tierPolicy', 'd4Share', 'D4_Share__c', true),
    fieldEntry('tierPolicy', 'd1Threshold', 'D1_Min_Net_Value__c', true),
    fieldEntry('tierPolicy', 'd2Threshold', 'D2_Min_Net_Value__c', true),
    fieldEntry('tierPolicy', 'd3Threshold', 'D3_Min_Net_Value__c', true),
    fieldEntry('drivers', 'unitCost', 'Unit_Cost__c', true),
    fieldEntry('marginRates', 'rate', 'Rate__c', true),
    fieldEntry('noticePolicies', 'basis', 'Basis__c', true),
    fieldEntry('noticePolicies', 'monthsPerYear', 'Months_Per_Year__c', true),
    fieldEntry('noticePolicies', 'fixedMonths', 'Fixed_Months__c', true),
    fieldEntry('noticePolicies', 'minimumMonths', 'Minimum_Months__c', true),
    fieldEntry('noticePolicies', 'capMonths', 'Maximum_Months__c', true),
    fieldEntry('noticePolicies', 'partialRuptureThreshold', 'Partial_Rupture_Price_Increase__c', true),
    fieldEntry('retentionPlays', 'play', 'Play__c', true),
    fieldEntry('retentionPlays', 'followUpDays', 'Follow_Up_Days__c', true),
    fieldEntry('retentionPlays', 'concessionRevenueShare', 'Concession_Cap_Revenue_Share__c', true),
    fieldEntry('retentionPlays', 'concessionMarginShare', 'Concession_Cap_Margin_Share__c', true),
    fieldEntry('targetPositioning', 'value', 'Value__c', true),
    fieldEntry('targetPositioning', 'minimum', 'Min_Value__c', true),
    fieldEntry('targetPositioning', 'maximum', 'Max_Value__c', true),
    fieldEntry('targetPositioning', 'weight', 'Weight__c', true),
    fieldEntry('settings', 'windowMonths', 'Window_Months__c', false),
    fieldEntry('settings', 'revenueSource', 'Revenue_Source__c', false),
    fieldEntry('settings', 'dataRetentionMonths', 'Data_Retention_Months__c', false),
    fieldEntry('drivers', 'name', 'DeveloperName', false),
    fieldEntry('drivers', 'component', 'Component__c', false),
    fieldEntry('drivers', 'aggregate', 'Aggregate_Function__c', false),
    fieldEntry('drivers', 'filterOperator', 'Filter_Operator__c', false),
    fieldEntry('noticePolicies', 'contractType', 'Contract_Type__c', false),
    fieldEntry('retentionPlays', 'tier', 'Tier__c', false),
    fieldEntry('churnModel', 'intercept', 'Value__c', false),
    fieldEntry('churnModel', 'coefficient', 'Value__c', false),
    fieldEntry('churnModel', 'mean', 'Mean__c', false),
    fieldEntry('churnModel', 'standardDeviation', 'Standard_Deviation__c', false),
    fieldEntry('modelParameters', 'model', 'Model__c', false),
    fieldEntry('modelParameters', 'value', 'Value__c', false),
    fieldEntry('targetPositioning', 'dimension', 'Dimension__c', false)
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
