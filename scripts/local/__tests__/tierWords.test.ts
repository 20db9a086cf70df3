/**
 * Issue 12 §5, "words that mean one thing": on the sample portfolio under the default Custom Metadata policy, D4
 * "Unprofitable" holds exactly the accounts that create no value, and no tier's name reuses the words of a flag or a
 * KPI that counts something else; every tier picklist shows the tier's Custom Label, in English and in French.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AccountEvaluation } from '../../../force-app/main/default/lwc/valueEngine/valueEngine';
import { evaluatePortfolio, validateConfig } from '../../../force-app/main/default/lwc/valueEngine/valueEngine';
import { configFromCustomMetadata } from '../configFromCustomMetadata';
import { readLabels } from '../customLabels';
import { SAMPLE_DATA_AS_OF, buildSampleFacts } from '../sampleDataFacts';
import { readSampleRecords } from '../sampleDataRecords';

const root = join(__dirname, '..', '..', '..');
const metadataFolder = join(root, 'force-app', 'main', 'default');
const TIERS = ['D1', 'D2', 'D3', 'D4'];

function scoreSamplePortfolio(): AccountEvaluation[] {
  const config = configFromCustomMetadata(join(metadataFolder, 'customMetadata'));
  expect(validateConfig(config)).toEqual([]);
  const facts = buildSampleFacts(readSampleRecords(join(root, 'data', 'sample-plan.json')), config, SAMPLE_DATA_AS_OF);
  return evaluatePortfolio(facts, config, SAMPLE_DATA_AS_OF).evaluations;
}

describe('the default tier policy on the sample portfolio', () => {
  const evaluations = scoreSamplePortfolio();

  it('puts in D4 every account creating no value and no account with a positive net value', () => {
    const d4 = evaluations.filter((evaluation) => evaluation.computedTier === 'D4');
    const positiveInD4 = d4.filter((evaluation) => evaluation.netValue > 0).map((evaluation) => evaluation.accountId);
    const noValueOutsideD4 = evaluations
      .filter((evaluation) => evaluation.netValue <= 0 && evaluation.computedTier !== 'D4')
      .map((evaluation) => evaluation.accountId);
    expect(positiveInD4).toEqual([]);
    expect(noValueOutsideD4).toEqual([]);
    // not vacuous: the sample has accounts on both sides, and the other tiers are used
    expect(d4.length).toBeGreaterThan(0);
    for (const tier of ['D1', 'D2', 'D3']) {
      expect(evaluations.some((evaluation) => evaluation.computedTier === tier)).toBe(true);
    }
  });

  it('agrees with the value-destroying KPI: every value destroyer is D4, and D4 adds only accounts at zero', () => {
    const destroyers = evaluations.filter((evaluation) => evaluation.netValue < 0).length;
    const atZero = evaluations.filter((evaluation) => evaluation.netValue === 0).length;
    const d4 = evaluations.filter((evaluation) => evaluation.computedTier === 'D4').length;
    expect(d4).toBe(destroyers + atZero);
  });
});

/** Lower-case words of at least four letters (so "D1", "de", "des" do not count), without a plural "s". */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-zà-ÿ]+/u)
    .filter((word) => word.length >= 4)
    .map((word) => word.replace(/s$/u, ''));
}

/** Picklist value labels by API name of every field whose values are the tiers (`D1`…`D4`). */
function tierPicklists(): { field: string; labels: Map<string, string> }[] {
  const found: { field: string; labels: Map<string, string> }[] = [];
  const objectsFolder = join(metadataFolder, 'objects');
  for (const objectName of readdirSync(objectsFolder)) {
    const fieldsFolder = join(objectsFolder, objectName, 'fields');
    let files: string[] = [];
    try {
      files = readdirSync(fieldsFolder);
    } catch {
      continue;
    }
    for (const file of files) {
      const xml = readFileSync(join(fieldsFolder, file), 'utf8');
      const labels = new Map<string, string>();
      for (const match of xml.matchAll(/<fullName>(D[1-4])<\/fullName>\s*<default>\w+<\/default>\s*<label>([^<]*)</g)) {
        labels.set(match[1], match[2]);
      }
      if (labels.size > 0) found.push({ field: `${objectName}.${file}`, labels });
    }
  }
  return found;
}

/** French picklist translations of the tier values, by object translation file. */
function frenchTierPicklists(): { field: string; labels: Map<string, string> }[] {
  const found: { field: string; labels: Map<string, string> }[] = [];
  const folder = join(metadataFolder, 'objectTranslations');
  for (const objectName of readdirSync(folder).filter((name) => name.endsWith('-fr'))) {
    for (const file of readdirSync(join(folder, objectName))) {
      const xml = readFileSync(join(folder, objectName, file), 'utf8');
      const labels = new Map<string, string>();
      for (const match of xml.matchAll(/<masterLabel>(D[1-4])<\/masterLabel>\s*<translation>([^<]*)</g)) {
        labels.set(match[1], match[2]);
      }
      if (labels.size > 0) found.push({ field: `${objectName}.${file}`, labels });
    }
  }
  return found;
}

describe('tier names', () => {
  for (const language of ['en', 'fr'] as const) {
    const labels = readLabels(metadataFolder, language);

    it(`share no word with the flags and KPIs that count something else (${language})`, () => {
      const others = [
        'Flag_Strategic',
        'Flag_Most_Valued_Customer',
        'Flag_High_Potential',
        'Flag_At_Risk',
        'Portfolio_Strategic_Share',
        'Portfolio_Value_Destroying_Share'
      ].flatMap((name) => wordsOf(labels.get(name)));
      expect(others).toContain(language === 'en' ? 'strategic' : 'stratégique');
      const clashes = TIERS.flatMap((tier) =>
        wordsOf(labels.get(`Tier_${tier}_Name`)).filter((word) => others.includes(word))
      );
      expect(clashes).toEqual([]);
    });

    it(`are the same in the short name, the name and the description (${language})`, () => {
      for (const tier of TIERS) {
        const shortName = labels.get(`Tier_${tier}_Short_Name`);
        expect(labels.get(`Tier_${tier}_Name`)).toBe(`${tier} – ${shortName}`);
        expect(labels.get(`Tier_${tier}_Description`).startsWith(shortName)).toBe(true);
      }
    });
  }

  it('are the picklist labels of every tier field, in English and in French', () => {
    const english = readLabels(metadataFolder, 'en');
    const french = readLabels(metadataFolder, 'fr');
    const picklists = tierPicklists();
    const translations = frenchTierPicklists();
    expect(picklists.length).toBeGreaterThanOrEqual(7);
    expect(translations.length).toBe(picklists.length);
    for (const { field, labels } of picklists) {
      expect({ field, labels: [...labels.entries()] }).toEqual({
        field,
        labels: TIERS.map((tier) => [tier, english.get(`Tier_${tier}_Name`)])
      });
    }
    for (const { field, labels } of translations) {
      expect({ field, labels: [...labels.entries()] }).toEqual({
        field,
        labels: TIERS.map((tier) => [tier, french.get(`Tier_${tier}_Name`)])
      });
    }
  });
});
