/**
 * The Apex operator semantics the evaluator's compiled JavaScript calls (interpreter.ts turns statements and the
 * hot expressions of each Apex method into one JavaScript function; these helpers are the only place their rules
 * live). Each rule is cited in values.ts.
 */
import { ApexException, apexEquals, doubleToInteger, npe, toInt32 } from './values';

function divideByZero(): never {
  // Division by zero throws System.MathException: Divide by 0 — for Integer and Double alike.
  throw new ApexException('System.MathException', 'Divide by 0');
}

/** Dereferencing null — a method's target, a field's object, a Boolean condition — throws NullPointerException. */
function nonNull<V>(v: V | null | undefined): V {
  if (v === null || v === undefined) {
    return npe();
  }
  return v;
}

function operand(v: unknown): number {
  // Arithmetic on null throws (Expression Operators: "x and y can't be null").
  return nonNull(v) as number;
}

/** The index of list[index] after Apex's checks: null list or index throws, out of bounds throws ListException. */
function checkedIndex(list: unknown, index: unknown): number {
  const l = nonNull(list) as unknown[];
  const i = nonNull(index) as number;
  if (i < 0 || i >= l.length) {
    throw new ApexException('System.ListException', `List index out of bounds: ${i}`);
  }
  return i;
}

/** Runtime of compiled methods: destructured once per compiled function (names are part of the emitted code). */
export const RUNTIME = {
  npe,
  apexEquals,
  /** A number operand of a Math method: null throws. */
  num: operand,
  absI: (x: unknown): number => toInt32(Math.abs(operand(x))),
  addD: (x: unknown, y: unknown): number => operand(x) + operand(y),
  subD: (x: unknown, y: unknown): number => operand(x) - operand(y),
  mulD: (x: unknown, y: unknown): number => operand(x) * operand(y),
  divD: (x: unknown, y: unknown): number => {
    const a = operand(x);
    const b = operand(y);
    return b === 0 ? divideByZero() : a / b;
  },
  // Integer is 32-bit and wraps; Integer division truncates toward zero.
  addI: (x: unknown, y: unknown): number => toInt32(operand(x) + operand(y)),
  subI: (x: unknown, y: unknown): number => toInt32(operand(x) - operand(y)),
  mulI: (x: unknown, y: unknown): number => Math.imul(operand(x), operand(y)),
  divI: (x: unknown, y: unknown): number => {
    const a = operand(x);
    const b = operand(y);
    return b === 0 ? divideByZero() : toInt32(Math.trunc(a / b));
  },
  negD: (x: unknown): number => -operand(x),
  negI: (x: unknown): number => toInt32(-operand(x)),
  // "If x or y equal null and are Integers, Doubles, Dates, or Datetimes, the expression is false."
  lt: (x: unknown, y: unknown): boolean => x !== null && y !== null && (x as number) < (y as number),
  gt: (x: unknown, y: unknown): boolean => x !== null && y !== null && (x as number) > (y as number),
  le: (x: unknown, y: unknown): boolean => x !== null && y !== null && (x as number) <= (y as number),
  ge: (x: unknown, y: unknown): boolean => x !== null && y !== null && (x as number) >= (y as number),
  /** An object dereferenced for a field or a method: null throws. */
  nn: nonNull,
  /** list[index]: null throws, an index outside the list throws ListException. */
  at: (list: unknown, index: unknown): unknown => (list as unknown[])[checkedIndex(list, index)],
  /** list[index] = value, with the rules of `at`; yields the value. */
  setAt: (list: unknown, index: unknown, value: unknown): unknown => {
    (list as unknown[])[checkedIndex(list, index)] = value;
    return value;
  },
  /** Double.intValue(). */
  toInteger: (v: unknown): number => doubleToInteger(v as number),
  /** Map.get: a missing key gives null. Map keys of type String are case-sensitive (Apex Developer Guide, Maps). */
  mapGet: (m: unknown, key: unknown): unknown => (nonNull(m) as Map<unknown, unknown>).get(key) ?? null,
  /** Map.put returns the previous value (or null). */
  mapPut: (m: unknown, key: unknown, value: unknown): unknown => {
    const map = nonNull(m) as Map<unknown, unknown>;
    const old = map.get(key) ?? null;
    map.set(key, value);
    return old;
  },
  /** Set.add returns true when the element was not there. Set<String> is case-sensitive (Apex Developer Guide, Sets). */
  setAdd: (s: unknown, item: unknown): boolean => {
    const set = nonNull(s) as Set<unknown>;
    const had = set.has(item);
    set.add(item);
    return !had;
  },
  /** A Boolean used as a condition: null throws NullPointerException. */
  nb: (v: unknown): boolean => nonNull(v) as boolean,
  /** A for-each source: a List, or a Set iterated in insertion order; null throws. */
  items: (c: unknown): unknown[] => {
    const source = nonNull(c);
    return Array.isArray(source) ? (source as unknown[]) : [...(source as Set<unknown>)];
  }
};

/** The prelude every compiled function starts with. */
export const RUNTIME_PRELUDE = `const { ${Object.keys(RUNTIME).join(', ')} } = R;`;
