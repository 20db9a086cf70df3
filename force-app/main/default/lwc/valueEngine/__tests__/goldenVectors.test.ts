/**
 * Golden vectors of the value engine (goldenVectors.json, built by goldenVectorBuild.ts from goldenVectorCases.ts,
 * with hand-computed expectations where noted). The Apex generator turns the same file into an Apex test class.
 */
import * as predictive from '../predictive';
import * as engine from '../valueEngine';
import { buildGoldenVectors } from './goldenVectorBuild';
import { differences } from './goldenVectorCompare';
import { lwcOnlyExports } from './lwcOnly';
import vectors from './goldenVectors.json';

interface GoldenVector {
  function: string;
  args: unknown[];
  expected: unknown;
  /** For a function that updates its first argument in place: that argument after the call. */
  after?: unknown;
  note?: string;
}

const functions = engine as unknown as Record<string, (...args: unknown[]) => unknown>;
const all = vectors as GoldenVector[];

describe('goldenVectors', () => {
  it('has at least 200 vectors and one for every exported value-engine function', () => {
    expect(all.length).toBeGreaterThanOrEqual(200);
    const covered = new Set(all.map((vector) => vector.function));
    const lwcOnly = lwcOnlyExports();
    expect(lwcOnly.size).toBeGreaterThan(0);
    const exported = Object.keys(engine).filter(
      (name) => typeof functions[name] === 'function' && !(name in predictive) && !lwcOnly.has(name)
    );
    expect(exported.filter((name) => !covered.has(name))).toEqual([]);
  });

  it('agrees with every hand-computed expectation and is up to date with the cases', () => {
    const built = buildGoldenVectors();
    expect(built.problems).toEqual([]);
    expect(differences(built.vectors, all, 'vectors')).toEqual([]);
  });

  it('holds only JSON-pure arguments', () => {
    expect(JSON.parse(JSON.stringify(all))).toEqual(all);
  });

  it.each(all.map((vector, index) => [index, vector.function, vector] as const))(
    'vector %i: %s',
    (_index, name, vector) => {
      const args = JSON.parse(JSON.stringify(vector.args)) as unknown[];
      const result = functions[name](...args);
      // A function that returns nothing is held to the state it leaves its first argument in.
      const checked = vector.after !== undefined ? { result: result ?? null, after: args[0] } : result;
      const expected = vector.after !== undefined ? { result: vector.expected, after: vector.after } : vector.expected;
      expect(differences(checked, expected, name)).toEqual([]);
    }
  );
});
