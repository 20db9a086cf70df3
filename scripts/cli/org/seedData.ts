/**
 * What `cvp seed` loads: the sample data set in its plan's order (data/sample-plan.json, the files `sf data import
 * tree` reads), or a seeded synthetic portfolio of N accounts made from it — account k copies sample account k mod 46
 * with its opportunities, cases, activities and surveys, amounts scaled by a seeded factor (0.5–1.5), a name of its own,
 * and its referrer's copy when that copy exists. Deterministic: the same N and seed give the same records.
 */
import { join } from 'node:path';
import type { SamplePlanStep, SampleRecord } from '../../local/sampleDataRecords';
import { readSamplePlan } from '../../local/sampleDataRecords';
import { mulberry32 } from '../../shared/mulberry32';
import { PROJECT_ROOT } from './projectMetadata';

export const SAMPLE_PLAN = join(PROJECT_ROOT, 'data', 'sample-plan.json');

/** Money fields a synthetic copy scales. */
const AMOUNT_FIELDS = ['Amount', 'Discount_Amount__c', 'AnnualRevenue', 'Late_Payment_Exposure__c'];

function accountReference(record: SampleRecord): string | undefined {
  for (const value of Object.values(record.fields)) {
    if (typeof value === 'string' && value.startsWith('@')) return value.slice(1);
  }
  return undefined;
}

/** The synthetic portfolio: the plan's steps with `count` accounts and their records. */
export function syntheticPlan(sample: SamplePlanStep[], count: number, seed: number): SamplePlanStep[] {
  const accounts = sample.filter((s) => s.objectName === 'Account').flatMap((s) => s.records);
  const indexOf = new Map(accounts.map((a, i) => [a.referenceId, i]));
  const random = mulberry32(seed);
  const copies: { source: number; block: number; factor: number }[] = [];
  for (let k = 0; k < count; k++) {
    copies.push({ source: k % accounts.length, block: Math.floor(k / accounts.length), factor: 0.5 + random() });
  }
  const copyExists = (reference: string, block: number): boolean => {
    const i = indexOf.get(reference);
    return i !== undefined && block * accounts.length + i < count;
  };
  const scaled = (fields: Record<string, unknown>, factor: number, block: number): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(fields)) {
      if (typeof value === 'string' && value.startsWith('@')) {
        if (copyExists(value.slice(1), block)) out[name] = `${value}_${block}`;
      } else if (typeof value === 'number' && AMOUNT_FIELDS.includes(name)) {
        out[name] = Math.round(value * factor * 100) / 100;
      } else {
        out[name] = value;
      }
    }
    return out;
  };
  return sample.map((step) => {
    if (step.objectName === 'Referral_Partner__c') return step;
    // each sample account's records of this step, so the copies cost O(records), not O(accounts × records)
    const byAccount = new Map<string, SampleRecord[]>();
    for (const record of step.records) {
      const owner = step.objectName === 'Account' ? record.referenceId : accountReference(record);
      if (owner !== undefined) byAccount.set(owner, [...(byAccount.get(owner) ?? []), record]);
    }
    const records: SampleRecord[] = [];
    for (const copy of copies) {
      for (const record of byAccount.get(accounts[copy.source].referenceId) ?? []) {
        const fields = scaled(record.fields, copy.factor, copy.block);
        if (step.objectName === 'Account') fields.Name = `${String(record.fields.Name)} ${copy.block + 1}`;
        records.push({ objectName: step.objectName, referenceId: `${record.referenceId}_${copy.block}`, fields });
      }
    }
    return { objectName: step.objectName, records };
  });
}

export function samplePlan(): SamplePlanStep[] {
  return readSamplePlan(SAMPLE_PLAN);
}
