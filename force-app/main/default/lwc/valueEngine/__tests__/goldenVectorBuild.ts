/**
 * Builds the golden vectors from goldenVectorCases.ts: runs every case through the engine and lists every hand-computed
 * expectation (`hand`) that disagrees with the engine. goldenVectors.test.ts fails when the committed JSON differs
 * from this build. To rewrite the JSON after changing the cases or a rule: `npm run golden:update` (scripts/golden/update.ts).
 */
import * as engine from '../valueEngine';
import { goldenCases } from './goldenVectorCases';
import { differences } from './goldenVectorCompare';

export interface GoldenVector {
  function: string;
  args: unknown[];
  /** The result (null for a function that returns nothing). */
  expected: unknown;
  /** For a function that returns nothing and updates its first argument in place: that argument after the call. */
  after?: unknown;
  note?: string;
}

/** The vectors, and the disagreements between hand expectations and the engine (must be empty). */
export function buildGoldenVectors(): { vectors: GoldenVector[]; problems: string[] } {
  const functions = engine as unknown as Record<string, (...args: unknown[]) => unknown>;
  const vectors: GoldenVector[] = [];
  const problems: string[] = [];
  for (const item of goldenCases) {
    const fn = functions[item.function];
    if (typeof fn !== 'function') {
      problems.push(`${item.function}: not exported`);
      continue;
    }
    const args = JSON.parse(JSON.stringify(item.args)) as unknown[];
    const result = fn(...args);
    const inPlace = result === undefined;
    // A function that returns nothing is checked by the state of the argument it updates.
    const computed = JSON.parse(JSON.stringify(inPlace ? args[0] : result)) as unknown;
    if (item.hand !== undefined) problems.push(...differences(computed, item.hand, item.function));
    const checked = item.hand !== undefined ? item.hand : computed;
    const vector: GoldenVector = {
      function: item.function,
      args: JSON.parse(JSON.stringify(item.args)) as unknown[],
      expected: inPlace ? null : checked
    };
    if (inPlace) vector.after = checked;
    if (item.note !== undefined) vector.note = item.note;
    vectors.push(vector);
  }
  return { vectors: vectors, problems: problems };
}

/** The vectors as the JSON file holds them. */
export function goldenVectorsJson(): string {
  return JSON.stringify(buildGoldenVectors().vectors, null, 1) + '\n';
}
