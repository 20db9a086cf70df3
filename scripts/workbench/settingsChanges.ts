/**
 * The workbench's twin of ValueSettingsService's comparison: the fields the Value Settings page edits, each compared
 * between the configuration in force and the saved one, named by its Custom Metadata record and field as the org's
 * audit (Value_Setting_Change__c) names them. The fields come from the engine's customMetadataFields (the Apex reads
 * the same list, generated). Adapter code, like scripts/local/configFromCustomMetadata.ts: the value rules stay in the
 * engine.
 */
import type { ValueConfig } from '../../force-app/main/default/lwc/valueEngine/valueEngine';
import { customMetadataFields } from '../../force-app/main/default/lwc/valueEngine/valueEngine';

export class StructureChangedError extends Error {}

export interface SettingsChangeLine {
  path: string;
  record: string;
  field: string;
  before: string;
  after: string;
}

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
  for (const { section, property: name, field, edited } of customMetadataFields()) {
    if (!edited) continue;
    const key = `${section}.${name}`;
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
