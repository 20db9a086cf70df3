/**
 * Differential testing: run the TypeScript engine and the generated Apex (through the evaluator) on the same inputs
 * and compare. Values cross the boundary through the generator's type descriptions (types.ts).
 */
import fc from 'fast-check';
import { ApexInterpreter, EvaluatorBudgetError } from './interpreter';
import { ApexException, EvaluatorError, isApexObject } from './values';
import { DtoDesc, FunctionDesc, ModuleDesc, TypeDesc } from '../types';

export interface Registry {
  dtos: Map<string, DtoDesc>;
  functions: Map<string, { module: ModuleDesc; fn: FunctionDesc }>;
}

export function registry(modules: ModuleDesc[]): Registry {
  const dtos = new Map<string, DtoDesc>();
  const functions = new Map<string, { module: ModuleDesc; fn: FunctionDesc }>();
  for (const m of modules) {
    m.dtos.forEach((d) => dtos.set(d.ref, d));
    m.functions.forEach((fn) => {
      if (fn.exported) {
        functions.set(fn.tsName, { module: m, fn });
      }
    });
  }
  return { dtos, functions };
}

function checkShape(ok: boolean, v: unknown, t: TypeDesc): void {
  if (!ok) {
    throw new EvaluatorError(`argument ${JSON.stringify(v)?.slice(0, 80) ?? ''} does not have the ${t.kind} shape`);
  }
}

/**
 * JavaScript value → Apex value (undefined → null, Record → Map, interface → class instance). Plain loops and no
 * inner functions: these conversions run on every input of the proof, and under tsx each inner function created per
 * call is also renamed (esbuild keepNames), which made them several times slower.
 */
export function toApex(
  interp: ApexInterpreter,
  reg: Registry,
  v: unknown,
  t: TypeDesc,
  viaConstructors = false
): unknown {
  if (v === undefined || v === null) {
    return null;
  }
  switch (t.kind) {
    case 'list': {
      checkShape(Array.isArray(v), v, t);
      const list = v as unknown[];
      const out: unknown[] = new Array<unknown>(list.length);
      for (let i = 0; i < list.length; i++) {
        out[i] = toApex(interp, reg, list[i], t.elem, viaConstructors);
      }
      return out;
    }
    case 'number':
      checkShape(typeof v === 'number', v, t);
      return v;
    case 'string':
      checkShape(typeof v === 'string', v, t);
      return v;
    case 'boolean':
      checkShape(typeof v === 'boolean', v, t);
      return v;
    case 'map': {
      checkShape(typeof v === 'object' && !Array.isArray(v), v, t);
      const out = new Map<string, unknown>();
      for (const k of Object.keys(v)) {
        out.set(k, toApex(interp, reg, (v as Record<string, unknown>)[k], t.value, viaConstructors));
      }
      return out;
    }
    case 'object': {
      const dto = reg.dtos.get(t.ref);
      if (!dto) {
        throw new EvaluatorError(`unknown DTO ${t.ref}`);
      }
      checkShape(typeof v === 'object' && !Array.isArray(v), v, t);
      const values: unknown[] = new Array<unknown>(dto.fields.length);
      for (let i = 0; i < dto.fields.length; i++) {
        const f = dto.fields[i];
        values[i] = toApex(interp, reg, (v as Record<string, unknown>)[f.tsName], f.type, viaConstructors);
      }
      if (viaConstructors) {
        // As the generated test class does: the all-fields constructor, in declaration order.
        return interp.construct(t.ref, values);
      }
      const fields: Record<string, unknown> = {};
      for (let i = 0; i < dto.fields.length; i++) {
        fields[dto.fields[i].apexName.toLowerCase()] = values[i];
      }
      return interp.newObject(t.ref, fields);
    }
    default:
      return v;
  }
}

/** Apex value → JavaScript shape (null fields are left out, as undefined optional fields). */
export function fromApex(reg: Registry, v: unknown, t: TypeDesc): unknown {
  if (v === null || v === undefined) {
    return undefined;
  }
  switch (t.kind) {
    case 'list': {
      const list = v as unknown[];
      const out: unknown[] = new Array<unknown>(list.length);
      for (let i = 0; i < list.length; i++) {
        out[i] = fromApex(reg, list[i], t.elem);
      }
      return out;
    }
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [k, x] of v as Map<string, unknown>) {
        out[k] = fromApex(reg, x, t.value);
      }
      return out;
    }
    case 'object': {
      const dto = reg.dtos.get(t.ref);
      if (!dto || !isApexObject(v)) {
        throw new EvaluatorError(`expected an instance of ${t.ref}`);
      }
      const out: Record<string, unknown> = {};
      for (const f of dto.fields) {
        const x = fromApex(reg, v.fields[f.apexName.toLowerCase()], f.type);
        if (x !== undefined) {
          out[f.tsName] = x;
        }
      }
      return out;
    }
    default:
      return v;
  }
}

/** Whether two numbers agree: integers exactly, other numbers to a relative 1e-9, NaN with NaN. */
function numbersAgree(ts: number, apex: number): boolean {
  if (Number.isNaN(ts) && Number.isNaN(apex)) {
    return true;
  }
  if (Number.isInteger(ts) && Math.abs(ts) < 2 ** 53) {
    return ts === apex;
  }
  return Math.abs(ts - apex) <= 1e-9 * Math.max(Math.abs(ts), Math.abs(apex));
}

/** The agreement `difference` reports on, without building paths (the common case: every input of the proof). */
function agrees(ts: unknown, apex: unknown, partial: boolean): boolean {
  if (ts === undefined || ts === null || apex === undefined || apex === null) {
    return (ts === undefined || ts === null) && (apex === undefined || apex === null);
  }
  if (typeof ts === 'number' && typeof apex === 'number') {
    return numbersAgree(ts, apex);
  }
  if (Array.isArray(ts) || Array.isArray(apex)) {
    if (!Array.isArray(ts) || !Array.isArray(apex) || ts.length !== apex.length) {
      return false;
    }
    for (let i = 0; i < ts.length; i++) {
      if (!agrees(ts[i], apex[i], partial)) {
        return false;
      }
    }
    return true;
  }
  if (typeof ts === 'object' && typeof apex === 'object') {
    const a = ts as Record<string, unknown>;
    const b = apex as Record<string, unknown>;
    for (const k of Object.keys(a)) {
      if (!agrees(a[k], b[k], partial)) {
        return false;
      }
    }
    if (!partial) {
      for (const k of Object.keys(b)) {
        if (!(k in a) && !agrees(undefined, b[k], partial)) {
          return false;
        }
      }
    }
    return true;
  }
  return ts === apex;
}

/**
 * First difference between the TypeScript and the Apex result, or undefined when they agree. What counts as agreeing
 * is `agrees`; this only walks down to the first part that does not, to name it.
 */
export function difference(ts: unknown, apex: unknown, at = '$', partial = false): string | undefined {
  if (agrees(ts, apex, partial)) {
    return undefined;
  }
  if (typeof ts === 'number' && typeof apex === 'number') {
    return Number.isInteger(ts) ? `${at}: ${ts} ≠ ${apex}` : `${at}: ${ts} ≠ ${apex} (relative difference > 1e-9)`;
  }
  if (Array.isArray(ts) && Array.isArray(apex)) {
    if (ts.length !== apex.length) {
      return `${at}: length ${ts.length} ≠ ${apex.length}`;
    }
    const i = ts.findIndex((x, j) => !agrees(x, apex[j], partial));
    return difference(ts[i], apex[i], `${at}[${i}]`, partial);
  }
  const bothRecords =
    typeof ts === 'object' && typeof apex === 'object' && ts !== null && apex !== null && !Array.isArray(ts);
  if (bothRecords && !Array.isArray(apex)) {
    // partial: golden vectors may list only some fields of a result; the others are not compared.
    const a = ts as Record<string, unknown>;
    const b = apex as Record<string, unknown>;
    const keys = [...new Set(partial ? Object.keys(a) : [...Object.keys(a), ...Object.keys(b)])].sort();
    const k = keys.find((key) => !agrees(a[key], b[key], partial)) ?? '';
    return difference(a[k], b[k], `${at}.${k}`, partial);
  }
  return `${at}: ${JSON.stringify(ts)} ≠ ${JSON.stringify(apex)}`;
}

/** True when a TypeScript result holds NaN or ±Infinity (Apex throws MathException where JavaScript yields those). */
export function hasNonFinite(v: unknown): boolean {
  if (typeof v === 'number') {
    return !Number.isFinite(v);
  }
  if (Array.isArray(v)) {
    return v.some(hasNonFinite);
  }
  if (typeof v === 'object' && v !== null) {
    return Object.values(v).some(hasNonFinite);
  }
  return false;
}

export type Outcome = 'equal' | 'bothInvalid' | 'mismatch';

export interface Comparison {
  outcome: Outcome;
  detail?: string;
}

/** The JavaScript arguments of engine function `name` as the Apex values its generated method takes. */
export function apexArguments(interp: ApexInterpreter, reg: Registry, name: string, args: unknown[]): unknown[] {
  const entry = reg.functions.get(name);
  if (!entry) {
    throw new EvaluatorError(`no generated function ${name}`);
  }
  const out: unknown[] = [];
  for (let i = 0; i < entry.fn.params.length; i++) {
    out.push(toApex(interp, reg, args[i], entry.fn.params[i].type));
  }
  return out;
}

/** Random arguments for engine function `name`: `given` (the engine's own arbitrary), else by parameter type. */
export function argumentsArbitrary(
  reg: Registry,
  name: string,
  strings: string[],
  given?: fc.Arbitrary<unknown[]>
): fc.Arbitrary<unknown[]> {
  const entry = reg.functions.get(name);
  if (!entry) {
    throw new EvaluatorError(`no generated function ${name}`);
  }
  return given ?? fc.tuple(...entry.fn.params.map((p) => arbitraryFor(reg, p.type, strings)));
}

/** Run one call on both sides. EvaluatorError (unsupported Apex) propagates: it is a failure of the generator. */
export function compareCall(
  interp: ApexInterpreter,
  reg: Registry,
  name: string,
  tsFn: (...args: unknown[]) => unknown,
  args: unknown[],
  partial = false
): Comparison {
  const entry = reg.functions.get(name);
  if (!entry) {
    throw new EvaluatorError(`no generated function ${name}`);
  }
  const { module, fn } = entry;
  const apexArgs = apexArguments(interp, reg, name, args);
  // A function that returns nothing is judged by the arguments it changes in place: without this, its `undefined`
  // and Apex's `null` would agree whatever it did.
  const changed = fn.returns.kind === 'void' ? changedParameters(name, fn) : [];
  const tsArgs = structuredClone(args);
  let tsResult: unknown;
  let tsThrew: unknown;
  try {
    tsResult = tsFn(...tsArgs);
  } catch (e) {
    tsThrew = e;
  }
  let apexResult: unknown;
  let apexThrew: ApexException | undefined;
  try {
    apexResult = fromApex(reg, interp.callStatic(module.className, fn.apexName, apexArgs), fn.returns);
  } catch (e) {
    if (!(e instanceof ApexException)) {
      throw e;
    }
    apexThrew = e;
  }
  const tsInvalid = tsThrew !== undefined || hasNonFinite(tsResult) || changed.some((i) => hasNonFinite(tsArgs[i]));
  if (apexThrew) {
    return tsInvalid
      ? { outcome: 'bothInvalid' }
      : { outcome: 'mismatch', detail: `Apex threw ${apexThrew.message}; TypeScript returned ${short(tsResult)}` };
  }
  if (tsThrew !== undefined) {
    return {
      outcome: 'mismatch',
      detail: `TypeScript threw ${tsThrew instanceof Error ? tsThrew.message : 'a value'}; Apex returned ${short(apexResult)}`
    };
  }
  let d = changed.length > 0 ? undefined : difference(tsResult, apexResult, '$', partial);
  for (const i of changed) {
    const param = fn.params[i];
    d ??= difference(tsArgs[i], fromApex(reg, apexArgs[i], param.type), `${param.tsName} after the call`, partial);
  }
  return d ? { outcome: tsInvalid ? 'bothInvalid' : 'mismatch', detail: d } : { outcome: 'equal' };
}

/** Indexes of the parameters a void function can change in place (objects, lists, maps); there must be one. */
function changedParameters(name: string, fn: FunctionDesc): number[] {
  const mutable = fn.params.flatMap((p, i) => (['object', 'list', 'map'].includes(p.type.kind) ? [i] : []));
  if (mutable.length === 0) {
    throw new EvaluatorError(`${name} returns nothing and takes nothing it could change: nothing to compare`);
  }
  return mutable;
}

function short(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 200 ? `${s.slice(0, 200)}…` : s;
}

/** A type-driven fast-check arbitrary: strings come from `strings` (the engine's literals) or are random. */
export function arbitraryFor(reg: Registry, t: TypeDesc, strings: string[], depth = 0): fc.Arbitrary<unknown> {
  switch (t.kind) {
    case 'number':
      return fc.oneof(
        { weight: 3, arbitrary: fc.integer({ min: -20, max: 400 }) },
        { weight: 3, arbitrary: fc.double({ min: -1e4, max: 1e6, noNaN: true, noDefaultInfinity: true }) },
        { weight: 1, arbitrary: fc.constantFrom(0, 0.5, 1, 1.5, 2.5, -0.5, -2.5, 1e-12, 0.1, 365) }
      );
    case 'string':
      return strings.length > 0
        ? fc.oneof(
            { weight: 4, arbitrary: fc.constantFrom(...strings) },
            { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
            { weight: 2, arbitrary: isoDate() }
          )
        : fc.string({ maxLength: 12 });
    case 'boolean':
      return fc.boolean();
    case 'void':
      return fc.constant(undefined);
    case 'list':
      return fc.array(arbitraryFor(reg, t.elem, strings, depth + 1), { maxLength: depth > 1 ? 2 : 6 });
    case 'map':
      return fc.dictionary(
        strings.length > 0 ? fc.constantFrom(...strings) : fc.string({ maxLength: 6 }),
        arbitraryFor(reg, t.value, strings, depth + 1),
        {
          maxKeys: 5
        }
      );
    case 'object': {
      const dto = reg.dtos.get(t.ref);
      if (!dto) {
        throw new EvaluatorError(`unknown DTO ${t.ref}`);
      }
      const shape: Record<string, fc.Arbitrary<unknown>> = {};
      const required: string[] = [];
      for (const f of dto.fields) {
        shape[f.tsName] = arbitraryFor(reg, f.type, strings, depth + 1);
        if (!f.optional) {
          required.push(f.tsName);
        }
      }
      return fc.record(shape, { requiredKeys: required });
    }
  }
}

function isoDate(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min: 1995, max: 2035 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

/** After this many calls over the loop budget a function's random run stops. */
export const MAX_OVER_BUDGET = 20;

export interface FunctionFigures {
  name: string;
  runs: number;
  equal: number;
  bothInvalid: number;
  mismatches: number;
  /** Calls stopped by the evaluator's loop budget (too heavy for a unit of Apex CPU time): neither equal nor mismatched. */
  overBudget: number;
  /** Wall-clock time of the sampling and the calls, to find the functions that dominate the proof. */
  milliseconds: number;
  firstMismatch?: string;
}

/** Inputs are drawn in chunks (seed + chunk number): holding 10 000 large inputs at once made the proof GC-bound. */
const SAMPLE_CHUNK = 250;

/** Run `runs` random calls of one function (fixed seed: deterministic). */
export function fuzzFunction(
  interp: ApexInterpreter,
  reg: Registry,
  name: string,
  tsFn: (...args: unknown[]) => unknown,
  runs: number,
  strings: string[],
  argsArbitrary?: fc.Arbitrary<unknown[]>,
  seed = 20261123
): FunctionFigures {
  const entry = reg.functions.get(name);
  if (!entry) {
    throw new EvaluatorError(`no generated function ${name}`);
  }
  const arb = argumentsArbitrary(reg, name, strings, argsArbitrary);
  const figures: FunctionFigures = {
    name,
    runs: 0,
    equal: 0,
    bothInvalid: 0,
    mismatches: 0,
    overBudget: 0,
    milliseconds: 0
  };
  const started = Date.now();
  let chunk: unknown[][] = [];
  for (let i = 0; i < runs; i++) {
    if (i % SAMPLE_CHUNK === 0) {
      chunk = fc.sample(arb, { numRuns: Math.min(SAMPLE_CHUNK, runs - i), seed: seed + i / SAMPLE_CHUNK });
    }
    const args = chunk[i % SAMPLE_CHUNK];
    let c: Comparison;
    try {
      c = compareCall(interp, reg, name, tsFn, args);
    } catch (e) {
      if (e instanceof EvaluatorBudgetError) {
        figures.runs++;
        figures.overBudget++;
        if (figures.overBudget >= MAX_OVER_BUDGET) {
          break; // a function this heavy is reported as such; more samples would only burn CPU
        }
        continue;
      }
      throw e;
    }
    figures.runs++;
    if (c.outcome === 'equal') {
      figures.equal++;
    } else if (c.outcome === 'bothInvalid') {
      figures.bothInvalid++;
    } else {
      figures.mismatches++;
      figures.firstMismatch ??= `${name}(${short(args)}): ${c.detail ?? ''}`;
    }
  }
  figures.milliseconds = Date.now() - started;
  return figures;
}
