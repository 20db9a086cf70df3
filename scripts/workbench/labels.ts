/**
 * The Custom Labels the page hands to `@salesforce/label/c.*` (read once per language through the local adapter's
 * reader — the metadata that deploys), as Lightning serves labels in the user's language.
 */
import type { Language } from '../local/customLabels';
import { labelTexts } from '../local/customLabels';

export interface Labels {
  names: ReadonlySet<string>;
  all(language: Language): Record<string, string>;
}

export function readAllLabels(metadataFolder: string): Labels {
  const english = Object.fromEntries(labelTexts(metadataFolder, 'en'));
  const french = Object.fromEntries(labelTexts(metadataFolder, 'fr'));
  return {
    names: new Set(Object.keys(english)),
    all: (language) => (language === 'fr' ? french : english)
  };
}
