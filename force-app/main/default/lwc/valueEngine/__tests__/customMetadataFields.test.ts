import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValueConfig } from '../valueEngine';
import {
  customMetadataFieldOf,
  customMetadataFieldOfProblem,
  customMetadataFields,
  customMetadataRecordOf,
  customMetadataRecordPathOf,
  customMetadataScoreWeightOf,
  customMetadataTypeOf,
  defaultConfig,
  SCORE_COMPONENT_VALUES,
  validateConfig
} from '../valueEngine';

const OBJECTS = join(__dirname, '..', '..', '..', 'objects');

/** The property a problem path names, as ValueConfigLoader reads it (`drivers[2].unitCost` → `unitCost`). */
function propertyOf(path: string): string {
  const last = path.split('.').pop() ?? '';
  return path.includes('.') ? last.split('[')[0] : '';
}

describe('customMetadataFields', () => {
  it('names a field that exists on the Custom Metadata type of its section, for every mapped property', () => {
    const missing = customMetadataFields()
      .filter((mapped) => mapped.field !== 'DeveloperName')
      .map((mapped) => `${customMetadataTypeOf(mapped.section)}/fields/${mapped.field}.field-meta.xml`)
      .filter((file) => !existsSync(join(OBJECTS, file)));
    expect(missing).toEqual([]);
  });

  it('gives every mapped field the kind of its type: text for Text and Picklist fields, number for Number fields', () => {
    const wrong = customMetadataFields()
      .filter((mapped) => mapped.field !== 'DeveloperName')
      .map((mapped) => {
        const file = join(OBJECTS, customMetadataTypeOf(mapped.section), 'fields', `${mapped.field}.field-meta.xml`);
        const type = /<type>([^<]+)<\/type>/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
        return { path: `${mapped.section}.${mapped.property}`, type, kind: mapped.kind };
      })
      .filter(({ type, kind }) => kind !== (type === 'Number' || type === 'Percent' ? 'number' : 'text'));
    expect(wrong).toEqual([]);
    const developerName = customMetadataFields().find((mapped) => mapped.field === 'DeveloperName');
    expect(developerName?.kind).toBe('text');
  });

  it('lists the fields the Value Settings page edits first, once each, in the page order', () => {
    const fields = customMetadataFields();
    const edited = fields.filter((mapped) => mapped.edited);
    expect(fields.slice(0, edited.length)).toEqual(edited);
    const paths = edited.map((mapped) => `${mapped.section}.${mapped.property}`);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.slice(0, 2)).toEqual(['settings.defaultMarginRate', 'settings.costOfCapital']);
    expect(customMetadataFieldOf('noticePolicies.capMonths')).toBe('Maximum_Months__c');
    expect(customMetadataFieldOf('noticePolicies.unknown')).toBe('');
  });

  it('names the field of every problem a broken configuration has, from its path', () => {
    const config: ValueConfig = defaultConfig();
    config.settings.defaultMarginRate = 7;
    config.drivers[2].unitCost = -1;
    config.tierPolicy.d1Share = 0.9;
    const named = validateConfig(config).map(
      (problem) => `${problem.path} → ${customMetadataFieldOfProblem(propertyOf(problem.path), problem.labelKey)}`
    );
    expect(named).toEqual([
      'settings.defaultMarginRate → Default_Margin_Rate__c',
      'tierPolicy → D1_Share__c … D4_Share__c',
      'drivers[2].unitCost → Unit_Cost__c'
    ]);
  });

  it('names the type of a section, and says Custom Metadata for an unknown one', () => {
    expect(customMetadataTypeOf('retentionPlays')).toBe('Retention_Play__mdt');
    expect(customMetadataTypeOf('modelParameters')).toBe('Model_Parameter__mdt');
    expect(customMetadataTypeOf('Drivers')).toBe('Custom Metadata');
  });

  it('names a record by the type of its section and its DeveloperName, as the shipped record files are named', () => {
    const files = new Set(readdirSync(join(__dirname, '..', '..', '..', 'customMetadata')));
    const sections = [...new Set(customMetadataFields().map((mapped) => mapped.section))];
    const names = sections.map((section) => customMetadataRecordOf(section, 'Default'));
    expect(names).toContain('Value_Setting.Default');
    expect(names.filter((name) => ![...files].some((file) => file.startsWith(name.split('.')[0] + '.')))).toEqual([]);
    expect(files.has(`${customMetadataRecordOf('drivers', 'Support_Case_High')}.md-meta.xml`)).toBe(true);
    expect(customMetadataRecordOf('Drivers', 'Support_Case_High')).toBe('');
  });

  it('gives every mapped property the path of the record that holds it: the section, the property or the item', () => {
    const paths = customMetadataFields().map((mapped) =>
      customMetadataRecordPathOf(mapped.section, mapped.property, 2)
    );
    expect(paths.filter((path) => path === '')).toEqual([]);
    expect(customMetadataRecordPathOf('tierPolicy', 'd1Share', 2)).toBe('tierPolicy');
    expect(customMetadataRecordPathOf('scoreWeights', 'loyalty', 2)).toBe('scoreWeights.loyalty');
    expect(customMetadataRecordPathOf('targetPositioning', 'weight', 2)).toBe('targetPositioning[2]');
    expect(customMetadataRecordPathOf('churnModel', 'mean', 2)).toBe('churnModel.features[2]');
    expect(customMetadataRecordPathOf('churnModel', 'intercept', 2)).toBe('churnModel');
    expect(customMetadataRecordPathOf('Drivers', 'unitCost', 2)).toBe('');
  });

  it('names the record of every problem path of a broken configuration by a record path that prefixes it', () => {
    const config: ValueConfig = defaultConfig();
    config.drivers[2].unitCost = -1;
    config.scoreWeights.loyalty = -1;
    config.retentionPlays[1].followUpDays = -3;
    const paths = validateConfig(config).map((problem) => problem.path);
    expect(paths).toEqual(expect.arrayContaining(['drivers[2].unitCost', 'scoreWeights.loyalty']));
    const unprefixed = paths.filter((path) => {
      const section = path.split(/[.[]/)[0];
      const index = Number(/\[(\d+)\]/.exec(path)?.[1] ?? 0);
      return !path.startsWith(customMetadataRecordPathOf(section, propertyOf(path), index));
    });
    expect(unprefixed).toEqual([]);
  });

  it('maps each Component__c picklist value of Score_Weight__mdt to a different score weight, and nothing else', () => {
    const file = join(OBJECTS, 'Score_Weight__mdt', 'fields', 'Component__c.field-meta.xml');
    const picklist = [...readFileSync(file, 'utf8').matchAll(/<value>\s*<fullName>([^<]+)<\/fullName>/g)].map(
      (match) => match[1]
    );
    expect([...picklist].sort()).toEqual([...SCORE_COMPONENT_VALUES].sort());
    const properties = picklist.map((component) => customMetadataScoreWeightOf(component));
    expect([...properties].sort()).toEqual(Object.keys(defaultConfig().scoreWeights).sort());
    expect(customMetadataScoreWeightOf('charisma')).toBe('');
    expect(customMetadataScoreWeightOf('netValue')).toBe('');
  });
});
