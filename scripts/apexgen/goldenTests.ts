/**
 * The Apex test class that replays vectors inside an org: the engine's golden vectors, plus a few sampled vectors per
 * exported function (inputs from the engine's arbitraries, expected values from the TypeScript engine) so that every
 * generated class is exercised. Arguments are Apex literals; results are checked field by field with messages.
 */
import { DtoDesc, TypeDesc, apexType } from './types';
import { doubleLiteral } from './transpiler';

export interface TestVector {
  function: string;
  args: unknown[];
  expected: unknown;
  /** For a function that returns nothing and updates its first argument in place: that argument after the call. */
  after?: unknown;
  /** Where the vector comes from (golden file or `sampled`). */
  source: string;
  /** The golden vector's hand-written explanation. */
  note?: string;
}

export interface VectorTarget {
  className: string;
  apexName: string;
  params: TypeDesc[];
  /** Apex parameter names (the updated argument's variable in a test is named after its parameter). */
  paramNames: string[];
  returns: TypeDesc;
}

function str(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}'`;
}

function num(v: number): string {
  return v < 0 || Object.is(v, -0) ? `-${doubleLiteral(-v)}` : doubleLiteral(v);
}

/** True when a value can be written as an Apex literal (finite numbers only). */
export function representable(v: unknown): boolean {
  if (typeof v === 'number') {
    return Number.isFinite(v);
  }
  if (Array.isArray(v)) {
    return v.every(representable);
  }
  if (typeof v === 'object' && v !== null) {
    return Object.values(v).every(representable);
  }
  return true;
}

export function apexLiteral(v: unknown, t: TypeDesc, dtos: Map<string, DtoDesc>): string {
  if (v === undefined || v === null) {
    return 'null';
  }
  switch (t.kind) {
    case 'number':
      return num(v as number);
    case 'string':
      return str(v as string);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'list': {
      const items = (v as unknown[]).map((x) => apexLiteral(x, t.elem, dtos));
      return items.length === 0 ? `new ${apexType(t)}()` : `new ${apexType(t)}{ ${items.join(', ')} }`;
    }
    case 'map': {
      const entries = Object.keys(v).map(
        (k) => `${str(k)} => ${apexLiteral((v as Record<string, unknown>)[k], t.value, dtos)}`
      );
      return entries.length === 0 ? `new ${apexType(t)}()` : `new ${apexType(t)}{ ${entries.join(', ')} }`;
    }
    case 'object': {
      const dto = dtos.get(t.ref);
      if (!dto) {
        throw new Error(`unknown DTO ${t.ref}`);
      }
      if (dto.fields.length === 0) {
        return `new ${t.ref}()`;
      }
      return `new ${t.ref}(${dto.fields.map((f) => apexLiteral((v as Record<string, unknown>)[f.tsName], f.type, dtos)).join(', ')})`;
    }
    case 'void':
      return 'null';
  }
}

/** Assertions that `actual` (an Apex expression) matches `expected`, recursively; only fields present are checked. */
function assertions(
  actual: string,
  expected: unknown,
  t: TypeDesc,
  dtos: Map<string, DtoDesc>,
  label: string,
  out: string[]
): void {
  if (expected === undefined || expected === null) {
    out.push(`Assert.isNull(${actual}, ${str(`${label} is null`)});`);
    return;
  }
  switch (t.kind) {
    case 'number': {
      const e = expected as number;
      if (Number.isInteger(e) && Math.abs(e) < 2 ** 53) {
        out.push(`Assert.areEqual(${num(e)}, ${actual}, ${str(label)});`);
      } else {
        // Relative difference ≤ 1e-9, as in the differential test.
        out.push(
          `Assert.isTrue(Math.abs(${actual} - ${num(e)}) <= 0.000000001d * Math.max(1.0d, Math.abs(${num(e)})), ${str(`${label} ≈ ${e}`)});`
        );
      }
      return;
    }
    case 'string':
      // String.equals: Assert.areEqual on Strings is case-sensitive too, equals makes it explicit.
      out.push(
        `Assert.isTrue(${str(expected as string)}.equals(${actual}), ${str(`${label} = ${expected as string}`)});`
      );
      return;
    case 'boolean':
      out.push(`Assert.areEqual(${expected ? 'true' : 'false'}, ${actual}, ${str(label)});`);
      return;
    case 'list': {
      const list = expected as unknown[];
      out.push(`Assert.areEqual(${list.length}, ${actual}.size(), ${str(`${label} size`)});`);
      list.forEach((x, i) => {
        assertions(`${actual}[${i}]`, x, t.elem, dtos, `${label}[${i}]`, out);
      });
      return;
    }
    case 'map': {
      const rec = expected as Record<string, unknown>;
      out.push(`Assert.areEqual(${Object.keys(rec).length}, ${actual}.size(), ${str(`${label} size`)});`);
      for (const k of Object.keys(rec).sort()) {
        assertions(`${actual}.get(${str(k)})`, rec[k], t.value, dtos, `${label}[${k}]`, out);
      }
      return;
    }
    case 'object': {
      const dto = dtos.get(t.ref);
      if (!dto) {
        throw new Error(`unknown DTO ${t.ref}`);
      }
      for (const f of dto.fields) {
        const value = (expected as Record<string, unknown>)[f.tsName];
        if (value !== undefined) {
          assertions(`${actual}.${f.apexName}`, value, f.type, dtos, `${label}.${f.tsName}`, out);
        }
      }
      return;
    }
    case 'void':
      return;
  }
}

const APEX_NAME_LIMIT = 40;

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * A test method name that says what it checks, within Apex's 40 characters: `<function>Updates<Parameter><n>` for a
 * function that updates its argument, `<function>Returns{Golden|Engine}Result<n>` otherwise (golden vector or sampled
 * vector, whose expectation is the TypeScript engine's); shorter forms when the function name is long. `n` (the
 * vector's index in the class) keeps names unique.
 */
export function testMethodName(index: number, fn: string, golden: boolean, updated?: string): string {
  const n = String(index).padStart(4, '0');
  const verb = updated !== undefined ? 'Updates' : 'Returns';
  const what = updated !== undefined ? capitalised(updated) : golden ? 'GoldenResult' : 'EngineResult';
  for (const name of [`${fn}${verb}${what}${n}`, `${fn}${verb}${n}`]) {
    if (name.length <= APEX_NAME_LIMIT) {
      return name;
    }
  }
  return `${fn.slice(0, APEX_NAME_LIMIT - verb.length - n.length)}${verb}${n}`;
}

/** The ApexDoc of a vector's test method: what is checked, where the vector comes from, and its explanation. */
function vectorDoc(v: TestVector, updated: string | undefined): string {
  const checks =
    updated !== undefined
      ? `${v.function} leaves \`${updated}\` in the expected state`
      : `${v.function} returns the expected result`;
  const lines = [`${checks} (${v.source}).`, ...(v.note !== undefined ? [v.note] : [])];
  return ['/**', ...lines.map((l) => ` * ${l.replace(/\*\//g, '* /')}`), ' */'].join('\n');
}

/** One test method per vector (small methods keep the org's per-method limits far away). */
export function emitGoldenTestClass(
  className: string,
  vectors: TestVector[],
  targets: Map<string, VectorTarget>,
  dtos: Map<string, DtoDesc>,
  validators: { className: string; validator: string; values: string[] }[]
): string {
  const methods: string[] = [];
  vectors.forEach((v, i) => {
    const target = targets.get(v.function);
    if (!target) {
      return;
    }
    const args = target.params.map((p, j) => apexLiteral(v.args[j], p, dtos));
    const body: string[] = [];
    const updated = target.returns.kind === 'void' ? target.paramNames[0] : undefined;
    if (updated !== undefined) {
      // A function that returns nothing is checked by the state it leaves its first argument in.
      if (v.after === undefined) {
        throw new Error(`${v.function} returns nothing: its vector needs the state of ${updated} after the call`);
      }
      body.push(`${apexType(target.params[0])} ${updated} = ${args[0]};`);
      body.push(`${target.className}.${target.apexName}(${[updated, ...args.slice(1)].join(', ')});`);
      assertions(updated, v.after, target.params[0], dtos, `${v.function}: ${updated}`, body);
    } else {
      body.push(`${apexType(target.returns)} actual = ${target.className}.${target.apexName}(${args.join(', ')});`);
      assertions('actual', v.expected, target.returns, dtos, v.function, body);
    }
    methods.push(
      [
        vectorDoc(v, updated),
        '@IsTest',
        `static void ${testMethodName(i, v.function, !v.source.startsWith('sampled'), updated)}() {`,
        '  System.runAs(testUser()) {',
        ...body.map((b) => `    ${b}`),
        '  }',
        '}'
      ].join('\n')
    );
  });
  const validatorLines: string[] = [];
  for (const u of validators) {
    for (const value of u.values) {
      validatorLines.push(`Assert.isTrue(${u.className}.${u.validator}(${str(value)}), ${str(`${value} is valid`)});`);
    }
    validatorLines.push(`Assert.isFalse(${u.className}.${u.validator}(null), 'null is not valid');`);
    validatorLines.push(`Assert.isFalse(${u.className}.${u.validator}('not a value'), 'unknown value is not valid');`);
  }
  if (validators.length > 0) {
    methods.push(
      [
        '/** Every string-literal union accepts exactly its values (case-sensitive). */',
        '@IsTest',
        'static void unionValidatorsAcceptTheirValuesOnly() {',
        '  System.runAs(testUser()) {',
        ...validatorLines.map((l) => `    ${l}`),
        '  }',
        '}'
      ].join('\n')
    );
  }
  return [
    '// GENERATED FILE — DO NOT EDIT. Source: the engine golden vectors and sampled vectors (scripts/apexgen/goldenTests.ts).',
    '/**',
    ' * Replays the TypeScript engine vectors against the generated Apex engine, inside the org.',
    ' */',
    '@IsTest(IsParallel=true)',
    `private class ${className} {`,
    '  private static User testUser() {',
    '    return new User(Id = UserInfo.getUserId());',
    '  }',
    '',
    methods.join('\n\n'),
    '}',
    ''
  ].join('\n');
}
