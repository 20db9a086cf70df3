/**
 * The workbench's twin of ValueSettingsService's comparison: the fields the Value Settings page edits, each compared
 * between the configuration in force and the saved one, named by its Custom Metadata record and field as the org's
 * audit (Value_Setting_Change__c) names them. Adapter code, like scripts/local/configFromCustomMetadata.ts: the value
 * rules stay in the engine.
 */
import type { ValueConfig } from '../../force-app/main/default/lwc/valueEngine/valueEngine';

export class StructureChangedError extends Error {}

export interface SettingsChangeLine {
  path: string;
  record: string;
  field: string;
  before: string;
  after: string;
}

/** `section.key` → Custom Metadata field, as ValueSettingsService.FIELD_OF. */
const FIELD_OF: Record<string, string> = {
  'settings.defaultMarginRate': 'Default_Margin_Rate__c',
  'settings.costOfCapital': 'Cost_Of_Capital_Rate__c',
  'settings.mvcInfluenceThreshold': 'Most_Valued_Influence_Threshold__c',
  'settings.highPotentialThreshold': 'High_Potential_Threshold__c',
  'settings.atRiskChurnProbability': 'At_Risk_Churn_Probability__c',
  'settings.alertChurnThreshold': 'Alert_Churn_Threshold__c',
  'settings.escalateTiers': 'Escalate_Alert_Tiers__c',
  'scoreWeights.netValue': 'Points__c',
  'scoreWeights.potential': 'Points__c',
  'scoreWeights.influence': 'Points__c',
  'scoreWeights.strategicFit': 'Points__c',
  'scoreWeights.loyalty': 'Points__c',
  'tierPolicy.method': 'Method__c',
  'tierPolicy.d1Share': 'D1_Share__c',
  'tierPolicy.d2Share': 'D2_Share__c',
  'tierPolicy.d3Share': 'D3_Share__c',
  'tierPolicy.d4Share': 'D4_Share__c',
  'tierPolicy.d1Threshold': 'D1_Min_Net_Value__c',
  'tierPolicy.d2Threshold': 'D2_Min_Net_Value__c',
  'tierPolicy.d3Threshold': 'D3_Min_Net_Value__c',
  'drivers.unitCost': 'Unit_Cost__c',
  'marginRates.rate': 'Rate__c',
  'noticePolicies.basis': 'Basis__c',
  'noticePolicies.monthsPerYear': 'Months_Per_Year__c',
  'noticePolicies.fixedMonths': 'Fixed_Months__c',
  'noticePolicies.minimumMonths': 'Minimum_Months__c',
  'noticePolicies.capMonths': 'Maximum_Months__c',
  'noticePolicies.partialRuptureThreshold': 'Partial_Rupture_Price_Increase__c',
  'retentionPlays.play': 'Play__c',
  'retentionPlays.followUpDays': 'Follow_Up_Days__c',
  'retentionPlays.concessionRevenueShare': 'Concession_Cap_Revenue_Share__c',
  'retentionPlays.concessionMarginShare': 'Concession_Cap_Margin_Share__c',
  'targetPositioning.value': 'Value__c',
  'targetPositioning.minimum': 'Min_Value__c',
  'targetPositioning.maximum': 'Max_Value__c',
  'targetPositioning.weight': 'Weight__c'
};

const WEIGHT_RECORDS: Record<string, string> = {
  netValue: 'Net_Value',
  potential: 'Potential',
  influence: 'Influence',
  strategicFit: 'Strategic_Fit',
  loyalty: 'Loyalty'
};

type Item = Record<string, unknown>;

function text(value: unknown): string {
  if (Array.isArray(value)) return value.map((each) => text(each)).join(';');
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

function recordOf(section: string, item: Item): string {
  switch (section) {
    case 'drivers':
      return `Value_Driver.${text(item.name)}`;
    case 'marginRates':
      return `Margin_Rate.${text(item.name)}`;
    case 'noticePolicies':
      return `Notice_Policy.${text(item.name)}`;
    case 'retentionPlays':
      return `Retention_Play.${text(item.tier)}`;
    default: {
      const dimension = text(item.dimension);
      const what = dimension === 'Employees' ? `${text(item.minimum)}_${text(item.maximum)}` : text(item.value);
      return `Target_Positioning.${dimension}_${what}`;
    }
  }
}

/** Every edited field whose value differs, in the page's order; a list that gains, loses or renames a record throws. */
export function settingsChanges(current: ValueConfig, edited: ValueConfig): SettingsChangeLine[] {
  const before = current as unknown as Record<string, unknown>;
  const after = edited as unknown as Record<string, unknown>;
  const changes: SettingsChangeLine[] = [];
  for (const [key, field] of Object.entries(FIELD_OF)) {
    const [section, name] = key.split('.');
    if (section === 'settings' || section === 'tierPolicy' || section === 'scoreWeights') {
      const old = (before[section] ?? {}) as Item;
      const now = (after[section] ?? {}) as Item;
      if (text(old[name]) !== text(now[name])) {
        const record =
          section === 'settings'
            ? 'Value_Setting.Default'
            : section === 'tierPolicy'
              ? 'Tier_Policy.Default'
              : `Score_Weight.${WEIGHT_RECORDS[name]}`;
        changes.push({ path: key, record, field, before: text(old[name]), after: text(now[name]) });
      }
      continue;
    }
    const oldList = (before[section] ?? []) as Item[];
    const newList = (after[section] ?? []) as Item[];
    if (oldList.length !== newList.length) throw new StructureChangedError(`${section}: records added or removed`);
    oldList.forEach((old, i) => {
      const now = newList[i];
      if (text(old.name) !== text(now.name) || text(old.tier) !== text(now.tier)) {
        throw new StructureChangedError(`${section}[${i}]: record renamed`);
      }
      if (text(old[name]) !== text(now[name])) {
        changes.push({
          path: `${section}[${i}].${name}`,
          record: recordOf(section, old),
          field,
          before: text(old[name]),
          after: text(now[name])
        });
      }
    });
  }
  return changes;
}
