/**
 * Golden vectors of the predictive engine: reference values computed independently with mpmath at 30 digits
 * (scripts/models/goldenVectors.py). The same file drives the transpiler's differential test (TypeScript vs Apex).
 */
import * as predictive from '../predictive';
import vectors from './predictiveGoldenVectors.json';

interface GoldenVector {
  function: string;
  args: unknown[];
  expected: unknown;
}

const RELATIVE = 1e-8;
const ABSOLUTE = 1e-12;

function close(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= ABSOLUTE + RELATIVE * Math.abs(expected);
}

function check(actual: unknown, expected: unknown, path: string): string[] {
  if (typeof expected === 'number') {
    return typeof actual === 'number' && close(actual, expected) ? [] : [`${path}: ${String(actual)} ≠ ${expected}`];
  }
  if (typeof expected === 'string') {
    return actual === expected ? [] : [`${path}: ${String(actual)} ≠ ${expected}`];
  }
  if (typeof expected === 'boolean') {
    return actual === expected ? [] : [`${path}: ${String(actual)} ≠ ${String(expected)}`];
  }
  const record = expected as Record<string, unknown>;
  const got = actual as Record<string, unknown>;
  return Object.keys(record).flatMap((key) => check(got[key], record[key], `${path}.${key}`));
}

const functions = predictive as unknown as Record<string, (...args: unknown[]) => unknown>;

describe('predictive golden vectors', () => {
  const all = vectors as GoldenVector[];

  it('has vectors for every numeric model function', () => {
    const names = new Set(all.map((v) => v.function));
    expect(names.size).toBeGreaterThanOrEqual(20);
    for (const name of names) expect(typeof functions[name]).toBe('function');
  });

  it.each(all.map((v, i) => [i, v.function, v] as const))('#%i %s', (_index, name, vector) => {
    const actual = functions[name](...vector.args);
    expect(check(actual, vector.expected, name)).toEqual([]);
  });
});
