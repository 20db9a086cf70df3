/**
 * Reads the sample data set exactly as `sf data import tree --plan data/sample-plan.json` would load it: every file of
 * the plan, records grouped by object, `@ReferenceId` values resolved to the referenced record's reference id.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A record of the data set: its object, its reference id and its fields (references kept as reference ids). */
export interface SampleRecord {
  objectName: string;
  referenceId: string;
  fields: Record<string, unknown>;
}

interface PlanEntry {
  sobject: string;
  files: string[];
}

interface TreeFile {
  records: ({ attributes: { type: string; referenceId: string } } & Record<string, unknown>)[];
}

/** Records by object name (`Account`, `Opportunity`, …), in file order. Throws naming the file on a malformed one. */
export function readSampleRecords(planFile: string): Map<string, SampleRecord[]> {
  const folder = dirname(planFile);
  const plan = JSON.parse(readFileSync(planFile, 'utf8')) as PlanEntry[];
  const byObject = new Map<string, SampleRecord[]>();
  for (const entry of plan) {
    for (const file of entry.files) {
      const tree = JSON.parse(readFileSync(join(folder, file), 'utf8')) as TreeFile;
      if (!Array.isArray(tree.records)) throw new Error(`${file}: no "records" array`);
      for (const raw of tree.records) {
        const { attributes, ...rest } = raw;
        const fields: Record<string, unknown> = {};
        for (const [name, value] of Object.entries(rest)) {
          fields[name] = typeof value === 'string' && value.startsWith('@') ? value.slice(1) : value;
        }
        const list = byObject.get(attributes.type) ?? [];
        list.push({ objectName: attributes.type, referenceId: attributes.referenceId, fields });
        byObject.set(attributes.type, list);
      }
    }
  }
  return byObject;
}
