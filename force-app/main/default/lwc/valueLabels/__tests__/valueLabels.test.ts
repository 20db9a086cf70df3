import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import {
  ENGINE_LABELS,
  actionName,
  costComponentName,
  driverName,
  engineText,
  findingText,
  flagName,
  formatCount,
  formatLabel,
  scoreComponentName,
  tierName
} from 'c/valueLabels';
import {
  ACCOUNT_FLAG_VALUES,
  COST_COMPONENT_VALUES,
  DATA_PROBLEM_VALUES,
  RECOMMENDED_ACTION_VALUES,
  SCORE_COMPONENT_VALUES,
  TIER_VALUES
} from 'c/valueEngine';
import brokenLabels from './data/brokenLabels.json';

const metadata = join(__dirname, '..', '..', '..');
const lwcFolder = join(metadata, 'lwc');
const engineFolder = join(lwcFolder, 'valueEngine');
const englishXml = readFileSync(join(metadata, 'labels', 'CustomLabels.labels-meta.xml'), 'utf8');
const frenchXml = readFileSync(join(metadata, 'translations', 'fr.translation-meta.xml'), 'utf8');

/** Every Custom Label a component's TypeScript imports (`@salesforce/label/c.X`), tests left out. */
function importedLabels(): string[] {
  const names = new Set<string>();
  for (const bundle of readdirSync(lwcFolder, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    const folder = join(lwcFolder, bundle.name);
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts'))) {
      for (const match of readFileSync(join(folder, file), 'utf8').matchAll(/'@salesforce\/label\/c\.(\w+)'/g)) {
        names.add(match[1]);
      }
    }
  }
  return [...names].sort();
}

/** Every `'cvp_…'` label key written in the engine's sources. */
function engineKeys(): string[] {
  const keys = new Set<string>();
  for (const file of readdirSync(engineFolder).filter((name) => name.endsWith('.ts'))) {
    for (const match of readFileSync(join(engineFolder, file), 'utf8').matchAll(/'(cvp_[a-z0-9_]+)'/g)) {
      keys.add(match[1]);
    }
  }
  return [...keys].sort();
}

/** Keys without an English Custom Label or without a French translation, one line each. */
function missingLabels(keys: readonly string[], englishXml: string, frenchXml: string): string[] {
  const english = new Set([...englishXml.matchAll(/<fullName>([^<]+)<\/fullName>/g)].map((match) => match[1]));
  const french = new Set([...frenchXml.matchAll(/<name>([^<]+)<\/name>/g)].map((match) => match[1]));
  const missing: string[] = [];
  for (const key of keys) {
    if (!english.has(key)) missing.push(`${key}: no English label`);
    if (!french.has(key)) missing.push(`${key}: no French label`);
  }
  return missing;
}

describe('c-value-labels', () => {
  it('maps every label key the engine emits to the Custom Label of the same name', () => {
    const keys = engineKeys();
    expect(keys.length).toBeGreaterThan(50);
    // The jest transformer turns `@salesforce/label/c.X` into the text "c.X": this proves each import's name.
    expect(keys.filter((key) => ENGINE_LABELS[key] !== `c.${key}`)).toEqual([]);
  });

  it('has an English label and a French translation for every engine key', () => {
    expect(missingLabels(Object.keys(ENGINE_LABELS), englishXml, frenchXml)).toEqual([]);
  });

  it('has an English label and a French translation for every label a component imports', () => {
    const imported = importedLabels();
    expect(imported).toContain('Panel_Title');
    expect(missingLabels(imported, englishXml, frenchXml)).toEqual([]);
  });

  it('the label check reports a key without a French or without any label (broken fixture)', () => {
    expect(missingLabels(brokenLabels.engineKeys, brokenLabels.english, brokenLabels.french)).toEqual([
      'cvp_reason_no_french: no French label',
      'cvp_reason_unlabelled: no English label',
      'cvp_reason_unlabelled: no French label'
    ]);
  });

  it('names every tier, action, flag, score component and cost component', () => {
    const unnamed = [
      ...TIER_VALUES.filter((tier) => tierName(tier) === tier),
      ...RECOMMENDED_ACTION_VALUES.filter((action) => actionName(action) === action),
      ...ACCOUNT_FLAG_VALUES.filter((flag) => flagName(flag) === flag),
      ...SCORE_COMPONENT_VALUES.filter((component) => scoreComponentName(component) === component),
      ...COST_COMPONENT_VALUES.filter((component) => costComponentName(component) === component)
    ];
    expect(unnamed).toEqual([]);
    expect(tierName('D9')).toBe('D9');
  });

  it('says every data problem plainly, cost drivers included', () => {
    for (const problem of DATA_PROBLEM_VALUES) {
      expect(findingText('revenueCurrent', problem)).not.toContain(problem);
    }
    expect(findingText('driverQuantities.Support_Cases', 'negative')).toBe('c.Finding_Negative');
    expect(findingText('revenueCurrent', 'unheard_of')).toBe('c.Data_Field_Revenue_Current: unheard_of');
  });

  it('names every value driver the project ships by a Custom Label, and an admin’s own driver in words', () => {
    const folder = join(__dirname, '..', '..', '..', 'customMetadata');
    const shipped = readdirSync(folder)
      .filter((file) => file.startsWith('Value_Driver.'))
      .map((file) => file.slice('Value_Driver.'.length, -'.md-meta.xml'.length));
    expect(shipped).toContain('Support_Case_High');
    expect(shipped.filter((name) => driverName(name) !== `c.Driver_${name}`)).toEqual([]);
    expect(driverName('Field_Service_Visit')).toBe('Field Service Visit');
  });

  it('counts in the singular or the plural as the user’s language wants', () => {
    expect(formatCount(1, 'one {0}', 'many {0}')).toBe('one 1');
    expect(formatCount(0, 'one {0}', 'many {0}')).toBe('many 0');
    expect(formatCount(1200, 'one {0} by {1}', 'many {0} by {1}', 'Nadia')).toBe('many 1,200 by Nadia');
  });

  it('fills named engine parameters and positional label parameters', () => {
    expect(engineText('not_a_key {netValue}', { netValue: '12' })).toBe('not_a_key 12');
    expect(engineText('kept {missing}', {})).toBe('kept {missing}');
    expect(formatLabel('{1} before {0}, {2}', 'a', 7)).toBe('7 before a, {2}');
  });
});
