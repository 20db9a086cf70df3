/**
 * The workbench's twin of ValueSettingsService's comparison: the fields the Value Settings page edits, each compared
 * between the configuration in force and the saved one, named by its Custom Metadata record and field as the org's
 * audit (Value_Setting_Change__c) names them. The fields come from the engine's customMetadataFields, the record of
 * each path from the records the configuration was read from (mappedConfigFromRecords: keyed and named by the
 * engine's customMetadataRecordPathOf and customMetadataRecordOf, as ValueConfigMapper keys and names them). Adapter
 * code, like scripts/local/configFromCustomMetadata.ts: the value rules stay in the engine.
 */
import type { ValueConfig } from '../../force-app/main/default/lwc/valueEngine/valueEngine';
import {
  customMetadataFields,
  customMetadataRecordPathOf
} from '../../force-app/main/default/lwc/valueEngine/valueEngine';

export class StructureChangedError extends Error {}

export interface SettingsChangeLine {
  path: string;
  record: string;
  field: string;
  before: string;
  after: string;
}

type Item = Record<string, unknown>;

function text(value: unknown): string {
  if (Array.isArray(value)) return value.map((each) => text(each)).join(';');
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

/**
 * Every edited field whose value differs, in the page's order; a list that gains, loses or renames a record throws.
 * `recordByPath` is the record behind each record path (MappedConfig.recordByPath of the records in force).
 */
export function settingsChanges(
  current: ValueConfig,
  edited: ValueConfig,
  recordByPath: Readonly<Partial<Record<string, string>>>
): SettingsChangeLine[] {
  const before = current as unknown as Record<string, unknown>;
  const after = edited as unknown as Record<string, unknown>;
  const changes: SettingsChangeLine[] = [];
  for (const { section, property: name, field, edited } of customMetadataFields()) {
    if (!edited) continue;
    // A section is an object (one record, or one per property) or a list (one record per item).
    if (!Array.isArray(before[section]) && !Array.isArray(after[section])) {
      const old = (before[section] ?? {}) as Item;
      const now = (after[section] ?? {}) as Item;
      const record = recordByPath[customMetadataRecordPathOf(section, name, 0)];
      if (record !== undefined && text(old[name]) !== text(now[name])) {
        changes.push({ path: `${section}.${name}`, record, field, before: text(old[name]), after: text(now[name]) });
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
          record: recordByPath[customMetadataRecordPathOf(section, name, i)] ?? '',
          field,
          before: text(old[name]),
          after: text(now[name])
        });
      }
    });
  }
  return changes;
}
