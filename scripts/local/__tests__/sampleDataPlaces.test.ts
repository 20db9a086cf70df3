import { join } from 'node:path';
import type { SampleRecord } from '../sampleDataRecords';
import { readSampleRecords } from '../sampleDataRecords';
import { placeMismatches } from '../sampleDataPlaces';

const root = join(__dirname, '..', '..', '..');

function account(referenceId: string, name: string, country: string, city = 'X'): SampleRecord {
  return { objectName: 'Account', referenceId, fields: { Name: name, BillingCountry: country, BillingCity: city } };
}

describe('sample data reads as a real French and Belgian customer base', () => {
  it('flags a name that names a place or legal form of another country (broken fixture)', () => {
    const mismatches = placeMismatches([
      account('A1', 'Luxembourg Data Services', 'France'),
      account('A2', 'Nordic Components AB', 'Belgium'),
      account('A3', 'Pharmacie Centrale de Namur', 'Belgium'),
      account('A4', 'Zenith Software GmbH', 'France')
    ]);
    expect(mismatches.map((each) => [each.referenceId, each.impliedCountry])).toEqual([
      ['A1', 'Luxembourg'],
      ['A2', 'Sweden'],
      ['A4', 'Germany']
    ]);
  });

  it('bills every bundled account in France or Belgium, in a city, under a name that agrees with its country', () => {
    const accounts = readSampleRecords(join(root, 'data', 'sample-plan.json')).get('Account') ?? [];
    expect(accounts.length).toBeGreaterThan(40);
    expect(placeMismatches(accounts)).toEqual([]);
    const countries = new Set(accounts.map((each) => each.fields.BillingCountry));
    expect([...countries].sort()).toEqual(['Belgium', 'France']);
    expect(accounts.filter((each) => typeof each.fields.BillingCity !== 'string')).toEqual([]);
  });
});
