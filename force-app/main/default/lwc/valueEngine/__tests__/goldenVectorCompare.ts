/** Deep comparison of engine results with golden expectations: numbers within 1e-9 (relative) + 1e-12 (absolute). */
const RELATIVE = 1e-9;
const ABSOLUTE = 1e-12;

/** The differences between `actual` and `expected` (empty when they agree). */
export function differences(actual: unknown, expected: unknown, path: string): string[] {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number' || !(Math.abs(actual - expected) <= ABSOLUTE + RELATIVE * Math.abs(expected))) {
      return [`${path}: ${JSON.stringify(actual)} ≠ ${expected}`];
    }
    return [];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      return [`${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`];
    }
    return expected.flatMap((item: unknown, index) => differences(actual[index], item, `${path}[${index}]`));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      return [`${path}: ${JSON.stringify(actual)} is not an object`];
    }
    const got = actual as Record<string, unknown>;
    const want = expected as Record<string, unknown>;
    const keys = new Set([...Object.keys(got), ...Object.keys(want)]);
    return [...keys].flatMap((key) => differences(got[key], want[key], `${path}.${key}`));
  }
  return actual === expected ? [] : [`${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`];
}
