import { join } from 'node:path';
import type { ValueConfig } from '../../../force-app/main/default/lwc/valueEngine/valueEngine';
import { mappedConfigFromRecords } from '../../local/configFromCustomMetadata';
import { readCustomMetadataRecords } from '../../local/customMetadataRecords';
import { settingsChanges, StructureChangedError } from '../settingsChanges';

const recordsFolder = join(__dirname, '..', '..', '..', 'force-app', 'main', 'default', 'customMetadata');

/** The repository's records, as the workbench reads them. */
const records = readCustomMetadataRecords(recordsFolder);
const { config, recordByPath } = mappedConfigFromRecords(records);

function copy(): ValueConfig {
  return JSON.parse(JSON.stringify(config)) as ValueConfig;
}

describe('the workbench audit of a Value Settings save', () => {
  it('names each changed field by its Custom Metadata record and field, with the values before and after', () => {
    const after = copy();
    const highCases = after.drivers.findIndex((driver) => driver.name === 'Support_Case_High');
    const d4 = after.retentionPlays.findIndex((play) => play.tier === 'D4');
    after.drivers[highCases].unitCost = 900;
    after.scoreWeights.potential = 25;
    after.settings.escalateTiers = ['D1'];
    after.retentionPlays[d4].followUpDays = 45;
    expect(settingsChanges(config, after, recordByPath)).toEqual([
      {
        path: 'settings.escalateTiers',
        record: 'Value_Setting.Default',
        field: 'Escalate_Alert_Tiers__c',
        before: 'D1;D2',
        after: 'D1'
      },
      {
        path: 'scoreWeights.potential',
        record: 'Score_Weight.Potential',
        field: 'Points__c',
        before: '20',
        after: '25'
      },
      {
        path: `drivers[${highCases}].unitCost`,
        record: 'Value_Driver.Support_Case_High',
        field: 'Unit_Cost__c',
        before: '150',
        after: '900'
      },
      {
        path: `retentionPlays[${d4}].followUpDays`,
        record: 'Retention_Play.D4',
        field: 'Follow_Up_Days__c',
        before: '30',
        after: '45'
      }
    ]);
    expect(settingsChanges(config, copy(), recordByPath)).toEqual([]);
  });

  it('names a record by its DeveloperName, as the org does, not by what the record holds', () => {
    const renamed = new Map(
      [...records].map(([type, list]) => [
        type,
        list.map((record) =>
          record.values.Tier__c === 'D4' || record.values.Dimension__c === 'Employees'
            ? { ...record, developerName: `Renamed_${record.developerName}` }
            : record
        )
      ])
    );
    const mapped = mappedConfigFromRecords(renamed);
    const after = JSON.parse(JSON.stringify(mapped.config)) as ValueConfig;
    const d4 = after.retentionPlays.findIndex((play) => play.tier === 'D4');
    const employees = after.targetPositioning.findIndex((criterion) => criterion.dimension === 'Employees');
    after.retentionPlays[d4].play = 'care_call';
    after.targetPositioning[employees].weight = 3;

    const named = settingsChanges(mapped.config, after, mapped.recordByPath).map((change) => change.record);

    expect(named).toEqual(['Retention_Play.Renamed_D4', 'Target_Positioning.Renamed_Employees_50_5000']);
  });

  it('refuses a save that adds, removes or renames a record', () => {
    const fewer = copy();
    fewer.drivers.pop();
    expect(() => settingsChanges(config, fewer, recordByPath)).toThrow(StructureChangedError);
    const renamed = copy();
    renamed.marginRates[1].name = 'Other';
    expect(() => settingsChanges(config, renamed, recordByPath)).toThrow(StructureChangedError);
  });
});
