import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DIAGNOSTICS, DiagnosticName, TranspileError } from '../diagnostics';
import { transpile } from '../transpiler';

/** Transpile one module `mod.ts` (plus an optional helper module) and return the rejections. */
function rejections(source: string): TranspileError['rejections'] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apexgen-'));
  fs.writeFileSync(path.join(dir, 'mod.ts'), source);
  fs.writeFileSync(path.join(dir, 'other.ts'), 'export function helper(x: number): number {\n  return x;\n}\n');
  try {
    transpile([path.join(dir, 'mod.ts'), path.join(dir, 'other.ts')], { root: dir });
  } catch (e) {
    if (e instanceof TranspileError) {
      return e.rejections;
    }
    throw e;
  }
  return [];
}

/** Each construct outside the subset: [title, source, its catalogue entry, line, column]. */
const CASES: [string, string, DiagnosticName, number, number][] = [
  [
    'arrow function',
    'export function f(xs: number[]): number[] {\n  const g = (x: number): number => x;\n  return xs;\n}\n',
    'closure',
    2,
    13
  ],
  [
    'array callback',
    'export function f(xs: number[]): number[] {\n  return xs.map(double);\n}\nfunction double(x: number): number {\n  return x * 2;\n}\n',
    'arrayCallback',
    2,
    10
  ],
  ['sort', 'export function f(xs: number[]): number[] {\n  return xs.sort();\n}\n', 'sortCallback', 2, 10],
  ['class', 'export class Box {\n  value = 1;\n}\n', 'classDeclaration', 1, 1],
  ['enum', 'export enum Tier {\n  A\n}\n', 'enumDeclaration', 1, 1],
  ['namespace', 'export namespace N {\n  export const x = 1;\n}\n', 'namespace', 1, 1],
  ['this', 'export function f(): number {\n  return this.x;\n}\n', 'thisKeyword', 2, 10],
  ['new', 'export function f(): number {\n  const d = new Date();\n  return 1;\n}\n', 'newExpression', 2, 13],
  ['any', 'export function f(x: any): number {\n  return 1;\n}\n', 'anyType', 1, 19],
  [
    'throw',
    "export function f(x: number): number {\n  if (x < 0) {\n    throw new Error('no');\n  }\n  return x;\n}\n",
    'exception',
    3,
    5
  ],
  [
    'try',
    'export function f(x: number): number {\n  try {\n    return x;\n  } finally {\n    x = 0;\n  }\n}\n',
    'exception',
    2,
    3
  ],
  [
    'loose equality',
    'export function f(a: number, b: number): boolean {\n  return a == b;\n}\n',
    'looseEquality',
    2,
    12
  ],
  [
    'truthiness',
    'export function f(s: string): number {\n  if (s) {\n    return 1;\n  }\n  return 0;\n}\n',
    'truthiness',
    2,
    7
  ],
  ['|| as default', "export function f(s: string): string {\n  return s || 'x';\n}\n", 'logicOnNonBooleans', 2, 12],
  ['optional parameter', 'export function f(x?: number): number {\n  return 1;\n}\n', 'optionalParameter', 1, 19],
  ['default parameter', 'export function f(x = 1): number {\n  return x;\n}\n', 'optionalParameter', 1, 19],
  ['generic function', 'export function f<T>(x: T): T {\n  return x;\n}\n', 'genericFunction', 1, 1],
  ['non-literal union', 'export type U = string | number;\n', 'nonLiteralUnion', 1, 17],
  [
    'interface extends',
    'interface A {\n  a: number;\n}\nexport interface B extends A {\n  b: number;\n}\n',
    'interfaceExtends',
    4,
    1
  ],
  ['interface method', 'export interface A {\n  f(): number;\n}\n', 'interfaceMember', 2, 3],
  ['constant object', 'export const DEFAULTS = { a: 1 };\n', 'constantObject', 1, 25],
  ['module-level let', 'export let counter = 0;\n', 'moduleLevelLet', 1, 1],
  [
    'destructuring',
    'export function f(xs: number[]): number {\n  const [a] = xs;\n  return a;\n}\n',
    'destructuredLocal',
    2,
    9
  ],
  ['spread', 'export function f(xs: number[]): number[] {\n  return [...xs];\n}\n', 'spreadInArray', 2, 11],
  [
    'nested function',
    'export function f(): number {\n  function g(): number {\n    return 1;\n  }\n  return g();\n}\n',
    'nestedFunction',
    2,
    3
  ],
  [
    'import from outside',
    "import { readFileSync } from 'fs';\nexport function f(): number {\n  return 1;\n}\n",
    'importOutsideFolder',
    1,
    1
  ],
  ['Math.random', 'export function f(): number {\n  return Math.random();\n}\n', 'mathArity', 2, 10],
  ['JSON', "export function f(): string {\n  return JSON.stringify('x');\n}\n", 'libraryFunction', 2, 10],
  [
    'regular expression',
    'export function f(s: string): boolean {\n  return /a/.test(s);\n}\n',
    'regularExpression',
    2,
    10
  ],
  [
    'string method',
    "export function f(s: string): string {\n  return s.replace('a', 'b');\n}\n",
    'stringMethod',
    2,
    10
  ],
  [
    'split on a long separator',
    "export function f(s: string): string[] {\n  return s.split(', ');\n}\n",
    'splitSeparator',
    2,
    10
  ],
  [
    'switch fall-through',
    "export function f(s: string): number {\n  let n = 0;\n  switch (s) {\n    case 'a':\n      n = 1;\n    case 'b':\n      n = 2;\n      break;\n  }\n  return n;\n}\n",
    'switchFallThrough',
    4,
    5
  ],
  [
    'do…while',
    'export function f(): number {\n  let i = 0;\n  do {\n    i++;\n  } while (i < 3);\n  return i;\n}\n',
    'doWhile',
    3,
    3
  ],
  [
    'for…in',
    'export function f(r: Record<string, number>): number {\n  let n = 0;\n  for (const k in r) {\n    n++;\n  }\n  return n;\n}\n',
    'forIn',
    3,
    3
  ],
  [
    'label',
    'export function f(): number {\n  outer: for (let i = 0; i < 2; i++) {\n    break outer;\n  }\n  return 0;\n}\n',
    'label',
    2,
    3
  ],
  [
    'increment in an expression',
    'export function f(xs: number[]): number {\n  let i = 0;\n  return xs[i++];\n}\n',
    'incrementInExpression',
    3,
    13
  ],
  [
    'typeof',
    "export function f(x: number): boolean {\n  return typeof x === 'number';\n}\n",
    'typeofDeleteVoid',
    2,
    10
  ],
  ['bitwise operator', 'export function f(x: number): number {\n  return x | 0;\n}\n', 'binaryOperator', 2, 12],
  [
    'function as a value',
    'export function f(): number {\n  const g = helper;\n  return 1;\n}\nfunction helper(): number {\n  return 1;\n}\n',
    'functionAsValue',
    2,
    13
  ],
  ['Map object', 'export function f(m: Map<string, number>): number {\n  return 1;\n}\n', 'mapObject', 1, 19],
  ['tuple', 'export function f(t: [number, string]): number {\n  return 1;\n}\n', 'tupleType', 1, 19],
  [
    'object equality',
    'export interface A {\n  a: number;\n}\nexport function f(x: A, y: A): boolean {\n  return x === y;\n}\n',
    'objectEquality',
    5,
    10
  ],
  [
    'cast to another type',
    'export function f(x: number): string {\n  return x as unknown as string;\n}\n',
    'typeAssertion',
    2,
    10
  ]
];

describe('apexgen rejects everything outside the subset, with file, line, column and a suggestion', () => {
  it.each(CASES)('%s', (_title, source, name, line, column) => {
    const found = rejections(source);
    expect(found.length).toBeGreaterThan(0);
    const first = found[0];
    expect(first.code).toBe(DIAGNOSTICS[name].code);
    expect(first.file).toBe('mod.ts');
    expect([first.line, first.column]).toEqual([line, column]);
  });

  it('fills the placeholders of a catalogue entry with the details of the node', () => {
    const [first] = rejections("export function f(s: string): string {\n  return s.replace('a', 'b');\n}\n");
    expect(first.construct).toBe('string method replace');
  });

  it('formats a rejection as file:line:column: code construct — suggestion', () => {
    const error = new TranspileError(rejections('export function f(x: any): number {\n  return 1;\n}\n'));
    expect(error.message).toBe(
      `mod.ts:1:19: ${DIAGNOSTICS.anyType.code} unsupported any/unknown type — ${DIAGNOSTICS.anyType.suggestion}`
    );
  });
});

describe('the catalogue of rejections', () => {
  const entries = Object.entries(DIAGNOSTICS);
  const transpilerSource = fs
    .readdirSync(path.join(__dirname, '../transpiler'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => fs.readFileSync(path.join(__dirname, '../transpiler', f), 'utf8'))
    .join('\n');

  it('gives every entry its own code', () => {
    const codes = entries.map(([, d]) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('holds only entries the transpiler reports', () => {
    const unused = entries.map(([name]) => name).filter((name) => !transpilerSource.includes(`DIAGNOSTICS.${name}`));
    expect(unused).toEqual([]);
  });
});
