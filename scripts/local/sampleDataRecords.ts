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

/** One step of the plan: its object and its records, fields as in the files (references still `@ReferenceId`). */
export interface SamplePlanStep {
  objectName: string;
  records: SampleRecord[];
}

/** The plan's steps in load order (`cvp seed` loads them so). Throws naming the file on a malformed one. */
export function readSamplePlan(planFile: string): SamplePlanStep[] {
  const folder = dirname(planFile);
  const plan = JSON.parse(readFileSync(planFile, 'utf8')) as PlanEntry[];
  return plan.map((entry) => ({
    objectName: entry.sobject,
    records: entry.files.flatMap((file) => {
      const tree = JSON.parse(readFileSync(join(folder, file), 'utf8')) as TreeFile;
      if (!Array.isArray(tree.records)) throw new Error(`${file}: no "records" array`);
      return tree.records.map((raw) => {
        const { attributes, ...fields } = raw;
        return { objectName: attributes.type, referenceId: attributes.referenceId, fields };
      });
    })
  }));
}

/** Records by object name (`Account`, `Opportunity`, …), in file order, references resolved to reference ids. */
export function readSampleRecords(planFile: string): Map<string, SampleRecord[]> {
  const byObject = new Map<string, SampleRecord[]>();
  for (const step of readSamplePlan(planFile)) {
    for (const record of step.records) {
      const fields: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(record.fields)) {
        fields[name] = typeof value === 'string' && value.startsWith('@') ? value.slice(1) : value;
      }
      const list = byObject.get(record.objectName) ?? [];
      list.push({ ...record, fields });
      byObject.set(record.objectName, list);
    }
  }
  return byObject;
}
