/**
 * Reads Custom Metadata records in source format (`customMetadata/<Type>.<Record>.md-meta.xml`) — the same files that
 * deploy to an org — so local tools (tests, the workbench, the CLI) configure the engine exactly as the org does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';

/** A field value of a record: `undefined` when the record leaves it empty (`xsi:nil`). */
export type MetadataValue = string | number | boolean | undefined;

export interface CustomMetadataRecord {
  /** Type without suffix, e.g. `Value_Driver`. */
  type: string;
  /** DeveloperName, e.g. `Support_Case_High`. */
  developerName: string;
  label: string;
  values: Record<string, MetadataValue>;
}

interface RawValue {
  field: string;
  value?: { '#text'?: string | number | boolean; '@_xsi:type'?: string; '@_xsi:nil'?: string } | string | number;
}

interface RawRecord {
  CustomMetadata?: { label?: string; values?: RawValue | RawValue[] };
}

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === 'values' });

function typedValue(raw: RawValue['value'], fileName: string, field: string): MetadataValue {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'object') return String(raw);
  if (raw['@_xsi:nil'] === 'true') return undefined;
  const text = raw['#text'] === undefined ? '' : String(raw['#text']);
  switch (raw['@_xsi:type']) {
    case 'xsd:double':
    case 'xsd:int':
    case 'xsd:long': {
      const parsed = Number(text);
      if (!Number.isFinite(parsed)) throw new Error(`${fileName}: field ${field} holds "${text}", not a number`);
      return parsed;
    }
    case 'xsd:boolean':
      return text === 'true';
    default:
      return text;
  }
}

/** Every record of the folder, grouped by type (`Value_Driver` → records sorted by DeveloperName). */
export function readCustomMetadataRecords(folder: string): Map<string, CustomMetadataRecord[]> {
  const byType = new Map<string, CustomMetadataRecord[]>();
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.md-meta.xml'))
    .sort();
  for (const fileName of files) {
    const [type, developerName] = fileName.replace(/\.md-meta\.xml$/, '').split('.');
    const parsed = parser.parse(readFileSync(join(folder, fileName), 'utf8')) as RawRecord;
    if (!parsed.CustomMetadata || !type || !developerName) {
      throw new Error(`${fileName}: not a CustomMetadata record`);
    }
    const values: Record<string, MetadataValue> = {};
    const rawValues = parsed.CustomMetadata.values;
    for (const raw of Array.isArray(rawValues) ? rawValues : rawValues ? [rawValues] : []) {
      values[raw.field] = typedValue(raw.value, fileName, raw.field);
    }
    const record: CustomMetadataRecord = {
      type,
      developerName,
      label: parsed.CustomMetadata.label ?? developerName,
      values
    };
    const list = byType.get(type) ?? [];
    list.push(record);
    byType.set(type, list);
  }
  return byType;
}
