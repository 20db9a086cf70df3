/**
 * Runtime values and Apex semantics for the test-only evaluator. Each rule that differs from JavaScript cites the
 * Apex Developer Guide page it follows.
 */

/** Static Apex type: lowercase base name + type arguments (`list<double>`), or a class (`cvp_scoring.scoreresult`). */
export interface ApexType {
  name: string;
  args: ApexType[];
  /** Class info when the type is a user class. */
  cls?: ClassInfo;
}

export interface FieldInfo {
  name: string;
  lname: string;
  type: ApexType;
  isStatic: boolean;
  init?: unknown;
}

export interface ClassInfo {
  name: string;
  lname: string;
  outer?: ClassInfo;
  fields: Map<string, FieldInfo>;
  instanceFields: FieldInfo[];
  methods: Map<string, unknown[]>;
  ctors: unknown[];
  inner: Map<string, ClassInfo>;
  staticValues: Map<string, unknown>;
  initialised: boolean;
}

/** An instance of a user class: fields by lowercase name (Apex identifiers are case-insensitive). */
export interface ApexObject {
  $class: ClassInfo;
  fields: Record<string, unknown>;
}

export function isApexObject(v: unknown): v is ApexObject {
  return typeof v === 'object' && v !== null && '$class' in v;
}

/** An Apex exception raised while evaluating (System.NullPointerException, System.MathException, …). */
export class ApexException extends Error {
  constructor(
    readonly exceptionType: string,
    message: string
  ) {
    super(`${exceptionType}: ${message}`);
    this.name = 'ApexException';
  }
}

/** Code the evaluator cannot run (a construct it does not model, or a compile error in the generated Apex). */
export class EvaluatorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EvaluatorError';
  }
}

export const T = {
  integer: { name: 'integer', args: [] } as ApexType,
  long: { name: 'long', args: [] } as ApexType,
  double: { name: 'double', args: [] } as ApexType,
  decimal: { name: 'decimal', args: [] } as ApexType,
  string: { name: 'string', args: [] } as ApexType,
  boolean: { name: 'boolean', args: [] } as ApexType,
  void: { name: 'void', args: [] } as ApexType,
  null: { name: 'null', args: [] } as ApexType,
  object: { name: 'object', args: [] } as ApexType
};

/**
 * Numeric hierarchy Integer < Long < Double < Decimal: "Once a value has been passed from a number of a lower type to
 * a number of a higher type, the value is converted to the higher type of number."
 * (Apex Developer Guide, Rules of Conversion — langCon_apex_rules_of_conversion.htm)
 */
export const NUMERIC_RANK: Record<string, number> = { integer: 1, long: 2, double: 3, decimal: 4 };

export function isNumeric(t: ApexType): boolean {
  return NUMERIC_RANK[t.name] !== undefined;
}

export function widest(a: ApexType, b: ApexType): ApexType {
  return (NUMERIC_RANK[a.name] ?? 0) >= (NUMERIC_RANK[b.name] ?? 0) ? a : b;
}

export function typeToString(t: ApexType): string {
  return t.args.length > 0 ? `${t.name}<${t.args.map(typeToString).join(',')}>` : t.name;
}

export function npe(): never {
  // "Attempt to de-reference a null object" (System.NullPointerException)
  throw new ApexException('System.NullPointerException', 'Attempt to de-reference a null object');
}

/** Integer is a 32-bit signed value that wraps on overflow (Apex Developer Guide, Primitive Data Types / Rules of Conversion: "Integer i = 2147483647 + 1" gives -2147483648). */
export function toInt32(v: number): number {
  return v | 0;
}

/** Double.intValue(): the value cast to Integer (Java narrowing: truncation toward zero, saturating, NaN → 0). */
export function doubleToInteger(v: number): number {
  if (Number.isNaN(v)) {
    return 0;
  }
  if (v >= 2147483647) {
    return 2147483647;
  }
  if (v <= -2147483648) {
    return -2147483648;
  }
  return Math.trunc(v);
}

/** String.valueOf(Double) renders like Java's Double.toString: `3.0`, `0.001`, `1.0E7`, `1.0E-4`. */
export function javaDoubleToString(x: number): string {
  if (Number.isNaN(x)) {
    return 'NaN';
  }
  if (!Number.isFinite(x)) {
    return x > 0 ? 'Infinity' : '-Infinity';
  }
  if (x === 0) {
    return Object.is(x, -0) ? '-0.0' : '0.0';
  }
  const abs = Math.abs(x);
  if (abs >= 1e-3 && abs < 1e7) {
    const s = String(x);
    return s.includes('.') ? s : `${s}.0`;
  }
  const [mant, exp] = x.toExponential().split('e');
  return `${mant.includes('.') ? mant : `${mant}.0`}E${exp.startsWith('+') ? exp.slice(1) : exp}`;
}

/** String conversion of a value of static type `t` (String.valueOf and `+` concatenation). */
export function apexToString(v: unknown, t: ApexType): string {
  if (v === null || v === undefined) {
    return 'null';
  }
  if (typeof v === 'number') {
    return t.name === 'double' ? javaDoubleToString(v) : String(v);
  }
  if (typeof v === 'string') {
    return v;
  }
  if (typeof v === 'boolean') {
    return v ? 'true' : 'false';
  }
  if (Array.isArray(v)) {
    return `(${v.map((x) => apexToString(x, t.args[0] ?? T.object)).join(', ')})`;
  }
  return '[object]';
}

/**
 * `==` on Strings is case-insensitive: "If x and y are Strings, the comparison is case-insensitive" — use
 * String.equals for a case-sensitive comparison. (Apex Developer Guide, Expression Operators —
 * langCon_apex_expressions_operators_understanding.htm)
 */
export function apexEquals(a: unknown, b: unknown, ta: ApexType, tb: ApexType): boolean {
  if (a === null || a === undefined || b === null || b === undefined) {
    return (a ?? null) === (b ?? null);
  }
  if (ta.name === 'string' && tb.name === 'string' && typeof a === 'string' && typeof b === 'string') {
    return a.toLowerCase() === b.toLowerCase();
  }
  return a === b;
}

/** Java regular expression for String.split: only the escapes the generator emits are translated. */
export function javaRegex(pattern: string): RegExp {
  return new RegExp(pattern, 'g');
}

/** String.split(regExp, limit) with a non-positive limit: keeps trailing empty strings (Java semantics). */
export function apexSplit(s: string, pattern: string, limit: number): string[] {
  if (limit > 0) {
    throw new EvaluatorError('split with a positive limit is not modelled');
  }
  const parts = s.split(javaRegex(pattern));
  if (limit === 0) {
    while (parts.length > 1 && parts[parts.length - 1] === '') {
      parts.pop();
    }
  }
  return parts;
}
