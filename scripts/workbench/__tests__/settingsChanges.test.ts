import { defaultConfig } from '../../../force-app/main/default/lwc/valueEngine/valueEngine';
import { settingsChanges, StructureChangedError } from '../settingsChanges';

describe('the workbench audit of a Value Settings save', () => {
  it('names each changed field by its Custom Metadata record and field, with the values before and after', () => {
    const before = defaultConfig();
    const after = defaultConfig();
    after.drivers[0].unitCost = 900;
    after.scoreWeights.potential = 25;
    after.settings.escalateTiers = ['D1'];
    after.retentionPlays[3].followUpDays = 45;
    expect(settingsChanges(before, after)).toEqual([
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
        path: 'drivers[0].unitCost',
        record: 'Value_Driver.Support_Case_High',
        field: 'Unit_Cost__c',
        before: '150',
        after: '900'
      },
      {
        path: 'retentionPlays[3].followUpDays',
        record: 'Retention_Play.D4',
        field: 'Follow_Up_Days__c',
        before: '30',
        after: '45'
      }
    ]);
    expect(settingsChanges(before, defaultConfig())).toEqual([]);
  });

  it('refuses a save that adds, removes or renames a record', () => {
    const fewer = defaultConfig();
    fewer.drivers.pop();
    expect(() => settingsChanges(defaultConfig(), fewer)).toThrow(StructureChangedError);
    const renamed = defaultConfig();
    renamed.marginRates[1].name = 'Other';
    expect(() => settingsChanges(defaultConfig(), renamed)).toThrow(StructureChangedError);
  });
});
