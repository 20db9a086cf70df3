/**
 * Custom Labels for local tools, read from the same metadata the org deploys: English from
 * labels/CustomLabels.labels-meta.xml, French from translations/fr.translation-meta.xml. One source of UI text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

export type Language = 'en' | 'fr';

interface LabelEntry {
  fullName: string;
  value?: string;
  label?: string;
}

const parser = new XMLParser({ isArray: (name) => name === 'labels' || name === 'customLabels', parseTagValue: false });

/** Label lookup for one language; a missing label falls back to English, then to its name in brackets. */
export interface Labels {
  get(name: string, parameters?: Record<string, string | number>): string;
}

/** Every label's text in `language` (French falls back to English per label, as in the org). */
export function labelTexts(metadataFolder: string, language: Language): Map<string, string> {
  const texts = new Map<string, string>();
  const source = parser.parse(readFileSync(join(metadataFolder, 'labels', 'CustomLabels.labels-meta.xml'), 'utf8')) as {
    CustomLabels: { labels: LabelEntry[] };
  };
  for (const entry of source.CustomLabels.labels) texts.set(entry.fullName, entry.value ?? '');
  if (language === 'fr') {
    const french = parser.parse(
      readFileSync(join(metadataFolder, 'translations', 'fr.translation-meta.xml'), 'utf8')
    ) as { Translations: { customLabels?: { name: string; label: string }[] } };
    for (const entry of french.Translations.customLabels ?? []) texts.set(entry.name, entry.label);
  }
  return texts;
}

/** Reads the labels of `language` from the project's `force-app/main/default` folder. */
export function readLabels(metadataFolder: string, language: Language): Labels {
  const texts = labelTexts(metadataFolder, language);
  return {
    get(name, parameters = {}) {
      let text = texts.get(name) ?? `[${name}]`;
      for (const [key, value] of Object.entries(parameters)) text = text.split(`{${key}}`).join(String(value));
      return text;
    }
  };
}
