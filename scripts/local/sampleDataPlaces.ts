/**
 * Names that contradict their country read as fake data to a rep ("Luxembourg Data Services" billed in France).
 * Finds the accounts whose name names a place, or carries a legal form, of another country than their billing country.
 */
import type { SampleRecord } from './sampleDataRecords';

/** Place names and legal forms that tie a company name to one country. */
const NAME_COUNTRIES: [RegExp, string][] = [
  [/\b(Namur|Liège|Flandres?|Bruxelles|Anvers|Gand|Charleroi|Wallonie|Ardenne)\b/u, 'Belgium'],
  [/\b(Marseille|Bordeaux|Grenoble|Roubaix|Rhône|Jura|Lyon|Paris|Lille|Savoie|Bretagne)\b/u, 'France'],
  [/\b(Luxembourg)\b/u, 'Luxembourg'],
  [/\b(Helvetia|Genève|Lausanne|Suisse|AG)\b/u, 'Switzerland'],
  [/\b(GmbH|München|Köln)\b/u, 'Germany'],
  [/\b(Nordic|AB|Malmö)\b/u, 'Sweden'],
  [/\b(Québec|Montréal)\b/u, 'Canada']
];

export interface PlaceMismatch {
  referenceId: string;
  name: string;
  country: string;
  impliedCountry: string;
}

/** Accounts whose name implies another country than their BillingCountry. */
export function placeMismatches(accounts: readonly SampleRecord[]): PlaceMismatch[] {
  const found: PlaceMismatch[] = [];
  for (const account of accounts) {
    const name = typeof account.fields.Name === 'string' ? account.fields.Name : '';
    const country = typeof account.fields.BillingCountry === 'string' ? account.fields.BillingCountry : '';
    for (const [pattern, impliedCountry] of NAME_COUNTRIES) {
      if (pattern.test(name) && impliedCountry !== country) {
        found.push({ referenceId: account.referenceId, name, country, impliedCountry });
      }
    }
  }
  return found;
}
