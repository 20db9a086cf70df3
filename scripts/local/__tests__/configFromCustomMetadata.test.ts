import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  customMetadataFields,
  customMetadataRecordPathOf,
  defaultConfig,
  validateConfig
} from '../../../force-app/main/default/lwc/valueEngine/valueEngine';
import type { ValueConfig } from '../../../force-app/main/default/lwc/valueEngine/valueEngine';
import { configFromCustomMetadata, mappedConfigFromRecords } from '../configFromCustomMetadata';
import { readCustomMetadataRecords } from '../customMetadataRecords';

const recordsFolder = join(__dirname, '..', '..', '..', 'force-app', 'main', 'default', 'customMetadata');

/** Lists in a canonical order: records are read alphabetically, defaultConfig() lists them in reading order. */
function canonical(config: ValueConfig): ValueConfig {
  const byText = (a: string, b: string): number => a.localeCompare(b);
  return {
    ...config,
    drivers: [...config.drivers].sort((a, b) => byText(a.name, b.name)),
    marginRates: [...config.marginRates].sort((a, b) => byText(a.name, b.name)),
    noticePolicies: [...config.noticePolicies].sort((a, b) => byText(a.name, b.name)),
    retentionPlays: [...config.retentionPlays].sort((a, b) => byText(a.tier, b.tier)),
    churnModel: {
      intercept: config.churnModel.intercept,
      features: [...config.churnModel.features].sort((a, b) => byText(a.name, b.name))
    },
    modelParameters: [...config.modelParameters].sort((a, b) => byText(`${a.model}.${a.name}`, `${b.model}.${b.name}`)),
    targetPositioning: [...config.targetPositioning].sort((a, b) =>
      byText(`${a.dimension}.${a.value}`, `${b.dimension}.${b.value}`)
    )
  };
}

function copyOfRecords(): string {
  const folder = mkdtempSync(join(tmpdir(), 'cvp-cmdt-'));
  cpSync(recordsFolder, folder, { recursive: true });
  return folder;
}

describe('configFromCustomMetadata', () => {
  it('reads from the default Custom Metadata records exactly the engine defaultConfig()', () => {
    expect(canonical(configFromCustomMetadata(recordsFolder))).toEqual(canonical(defaultConfig()));
  });

  it('gives a configuration the engine accepts without a problem', () => {
    expect(validateConfig(configFromCustomMetadata(recordsFolder))).toEqual([]);
  });

  describe('on edited records', () => {
    let folder: string;
    beforeEach(() => {
      folder = copyOfRecords();
    });
    afterEach(() => {
      rmSync(folder, { recursive: true, force: true });
    });

    it('sees a unit cost changed in a record, so the defaults comparison can fail', () => {
      const file = join(folder, 'Value_Driver.Support_Case_High.md-meta.xml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('>150<', '>175<'));
      const driver = configFromCustomMetadata(folder).drivers.find((each) => each.name === 'Support_Case_High');
      expect(driver?.unitCost).toBe(175);
      expect(canonical(configFromCustomMetadata(folder))).not.toEqual(canonical(defaultConfig()));
    });

    it('leaves out a record an admin deactivated', () => {
      const file = join(folder, 'Value_Driver.Sales_Task.md-meta.xml');
      const source = readFileSync(file, 'utf8');
      const deactivated = source.replace(
        /(<field>Is_Active__c<\/field>\s*<value xsi:type="xsd:boolean">)true/,
        '$1false'
      );
      expect(deactivated).not.toEqual(source);
      writeFileSync(file, deactivated);
      const names = configFromCustomMetadata(folder).drivers.map((each) => each.name);
      expect(names).not.toContain('Sales_Task');
      expect(names).toContain('Sales_Visit');
    });

    it('names the record and the value when a score weight has an unknown component', () => {
      const file = join(folder, 'Score_Weight.Loyalty.md-meta.xml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('>loyalty<', '>loyality<'));
      expect(() => configFromCustomMetadata(folder)).toThrow('Score_Weight.Loyalty: unknown component "loyality"');
    });

    it('lets validateConfig report a tier policy whose shares are out of range', () => {
      const file = join(folder, 'Tier_Policy.Default.md-meta.xml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace(
          /(<field>D1_Share__c<\/field>\s*<value xsi:type="xsd:double">)0\.2/,
          '$1' + '7'
        )
      );
      const paths = validateConfig(configFromCustomMetadata(folder)).map((problem) => problem.path);
      expect(paths.some((path) => path.startsWith('tierPolicy'))).toBe(true);
    });
  });

  it('names the record file behind every mapped part of the configuration, the churn model included', () => {
    const { config, recordByPath } = mappedConfigFromRecords(readCustomMetadataRecords(recordsFolder));
    const sized = config as unknown as Record<string, unknown>;
    const places = customMetadataFields().flatMap(({ section, property }) => {
      const list = section === 'churnModel' ? config.churnModel.features : sized[section];
      const count = Array.isArray(list) && !(section === 'churnModel' && property === 'intercept') ? list.length : 1;
      return Array.from({ length: count }, (_, i) => customMetadataRecordPathOf(section, property, i));
    });
    expect(places).toEqual(expect.arrayContaining(['settings', 'scoreWeights.loyalty', 'drivers[9]', 'churnModel']));
    const unnamed = places.filter((path) => !(path in recordByPath));
    expect(unnamed).toEqual([]);
    const missing = Object.values(recordByPath).filter(
      (record) => !existsSync(join(recordsFolder, `${record}.md-meta.xml`))
    );
    expect(missing).toEqual([]);
    expect(recordByPath.settings).toBe('Value_Setting.Default');
  });
});
