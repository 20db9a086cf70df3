import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkbenchStore } from '../store';

describe('the workbench store', () => {
  let folder: string;
  beforeEach(() => {
    folder = join(mkdtempSync(join(tmpdir(), 'wb-store-')), '.workbench');
  });
  afterEach(() => {
    rmSync(join(folder, '..'), { recursive: true, force: true });
  });

  const entry = {
    tier: 'D2',
    reason: 'Strategic partner',
    userId: '005A',
    userName: 'Julien Peeters',
    at: '2026-12-01T10:00:00.000Z'
  };

  it('keeps an override across a restart, written without a temporary file left behind', () => {
    new WorkbenchStore(folder).setOverride('AccountRef3', entry);
    expect(new WorkbenchStore(folder).overrides).toEqual({ AccountRef3: entry });
    expect(readdirSync(folder)).toEqual(['store.json']);
  });

  it('clears an override, and --reset clears everything', () => {
    const store = new WorkbenchStore(folder);
    store.setOverride('AccountRef3', entry);
    store.setOverride('AccountRef4', entry);
    store.setOverride('AccountRef3', undefined);
    expect(Object.keys(new WorkbenchStore(folder).overrides)).toEqual(['AccountRef4']);
    WorkbenchStore.reset(folder);
    expect(existsSync(folder)).toBe(false);
    expect(new WorkbenchStore(folder).overrides).toEqual({});
  });

  it('refuses a damaged store with a message that names the file and the way out', () => {
    new WorkbenchStore(folder).setOverride('AccountRef3', entry);
    writeFileSync(join(folder, 'store.json'), readFileSync(join(folder, 'store.json'), 'utf8').slice(0, 20));
    expect(() => new WorkbenchStore(folder)).toThrow(/store\.json is not valid JSON.*--reset/);
  });

  it('keeps the saved Value Settings and their audit across a restart, beside the overrides', () => {
    const change = {
      deploymentId: 'WB-1',
      path: 'drivers[0].unitCost',
      record: 'Value_Driver.Support_Case_High',
      field: 'Unit_Cost__c',
      before: '150',
      after: '900',
      userId: '005C',
      userName: 'Nadia Moreau',
      at: '2026-12-01T11:00:00.000Z'
    };
    const store = new WorkbenchStore(folder);
    store.setOverride('AccountRef3', entry);
    store.saveSettings({ scoreWeights: { netValue: 50 } }, [change]);
    store.saveSettings({ scoreWeights: { netValue: 60 } }, [{ ...change, before: '900', after: '1000' }]);
    const reread = new WorkbenchStore(folder);
    expect(reread.settings).toEqual({ scoreWeights: { netValue: 60 } });
    expect(reread.settingChanges.map((each) => each.after)).toEqual(['900', '1000']);
    expect(Object.keys(reread.overrides)).toEqual(['AccountRef3']);
  });
});
