import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TranspileError } from '../diagnostics';
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

/** Each construct outside the subset: [title, source, construct fragment, line, column]. */
const CASES: [string, string, string, number, number][] = [
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
    'array callback .map()',
    2,
    10
  ],
  ['sort', 'export function f(xs: number[]): number[] {\n  return xs.sort();\n}\n', 'array callback .sort()', 2, 10],
  ['class', 'export class Box {\n  value = 1;\n}\n', 'class', 1, 1],
  ['enum', 'export enum Tier {\n  A\n}\n', 'enum', 1, 1],
  ['namespace', 'export namespace N {\n  export const x = 1;\n}\n', 'namespace', 1, 1],
  ['this', 'export function f(): number {\n  return this.x;\n}\n', 'this', 2, 10],
  ['new', 'export function f(): number {\n  const d = new Date();\n  return 1;\n}\n', 'new Date', 2, 13],
  ['any', 'export function f(x: any): number {\n  return 1;\n}\n', 'any/unknown', 1, 19],
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
    'loose equality',
    2,
    12
  ],
  [
    'truthiness',
    'export function f(s: string): number {\n  if (s) {\n    return 1;\n  }\n  return 0;\n}\n',
    'non-boolean condition',
    2,
    7
  ],
  ['|| as default', "export function f(s: string): string {\n  return s || 'x';\n}\n", '&&/||', 2, 12],
  [
    'optional parameter',
    'export function f(x?: number): number {\n  return 1;\n}\n',
    'optional, default or rest parameter',
    1,
    19
  ],
  [
    'default parameter',
    'export function f(x = 1): number {\n  return x;\n}\n',
    'optional, default or rest parameter',
    1,
    19
  ],
  ['generic function', 'export function f<T>(x: T): T {\n  return x;\n}\n', 'generic function', 1, 1],
  ['non-literal union', 'export type U = string | number;\n', 'union type other than string literals', 1, 17],
  [
    'interface extends',
    'interface A {\n  a: number;\n}\nexport interface B extends A {\n  b: number;\n}\n',
    'interface extends',
    4,
    1
  ],
  ['interface method', 'export interface A {\n  f(): number;\n}\n', 'interface member other than a typed field', 2, 3],
  ['constant object', 'export const DEFAULTS = { a: 1 };\n', 'constant object', 1, 25],
  ['module-level let', 'export let counter = 0;\n', 'module-level let/var', 1, 1],
  [
    'destructuring',
    'export function f(xs: number[]): number {\n  const [a] = xs;\n  return a;\n}\n',
    'destructuring',
    2,
    9
  ],
  ['spread', 'export function f(xs: number[]): number[] {\n  return [...xs];\n}\n', 'spread', 2, 11],
  [
    'nested function',
    'export function f(): number {\n  function g(): number {\n    return 1;\n  }\n  return g();\n}\n',
    'nested function',
    2,
    3
  ],
  [
    'import from outside',
    "import { readFileSync } from 'fs';\nexport function f(): number {\n  return 1;\n}\n",
    "import from 'fs'",
    1,
    1
  ],
  ['Math.random', 'export function f(): number {\n  return Math.random();\n}\n', 'Math.random', 2, 10],
  ['JSON', "export function f(): string {\n  return JSON.stringify('x');\n}\n", 'JSON.stringify', 2, 10],
  [
    'regular expression',
    'export function f(s: string): boolean {\n  return /a/.test(s);\n}\n',
    'regular expression',
    2,
    10
  ],
  [
    'string method',
    "export function f(s: string): string {\n  return s.replace('a', 'b');\n}\n",
    'string method replace',
    2,
    10
  ],
  [
    'split on a long separator',
    "export function f(s: string): string[] {\n  return s.split(', ');\n}\n",
    'split',
    2,
    10
  ],
  [
    'switch fall-through',
    "export function f(s: string): number {\n  let n = 0;\n  switch (s) {\n    case 'a':\n      n = 1;\n    case 'b':\n      n = 2;\n      break;\n  }\n  return n;\n}\n",
    'switch fall-through',
    4,
    5
  ],
  [
    'do…while',
    'export function f(): number {\n  let i = 0;\n  do {\n    i++;\n  } while (i < 3);\n  return i;\n}\n',
    'do…while',
    3,
    3
  ],
  [
    'for…in',
    'export function f(r: Record<string, number>): number {\n  let n = 0;\n  for (const k in r) {\n    n++;\n  }\n  return n;\n}\n',
    'for…in',
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
    '++/-- inside an expression',
    3,
    13
  ],
  [
    'typeof',
    "export function f(x: number): boolean {\n  return typeof x === 'number';\n}\n",
    'TypeOfExpression',
    2,
    10
  ],
  ['bitwise operator', 'export function f(x: number): number {\n  return x | 0;\n}\n', 'operator |', 2, 12],
  [
    'function as a value',
    'export function f(): number {\n  const g = helper;\n  return 1;\n}\nfunction helper(): number {\n  return 1;\n}\n',
    'function used as a value',
    2,
    13
  ],
  ['Map object', 'export function f(m: Map<string, number>): number {\n  return 1;\n}\n', 'Map object', 1, 19],
  ['tuple', 'export function f(t: [number, string]): number {\n  return 1;\n}\n', 'tuple type', 1, 19],
  [
    'object equality',
    'export interface A {\n  a: number;\n}\nexport function f(x: A, y: A): boolean {\n  return x === y;\n}\n',
    'equality on objects or lists',
    5,
    10
  ],
  [
    'cast to another type',
    'export function f(x: number): string {\n  return x as unknown as string;\n}\n',
    'type assertion',
    2,
    10
  ]
];

describe('apexgen rejects everything outside the subset, with file, line, column and a suggestion', () => {
  it.each(CASES)('%s', (_title, source, construct, line, column) => {
    const found = rejections(source);
    expect(found.length).toBeGreaterThan(0);
    const first = found[0];
    expect(first.construct).toContain(construct);
    expect(first.file).toBe('mod.ts');
    expect([first.line, first.column]).toEqual([line, column]);
    expect(first.suggestion.length).toBeGreaterThan(10);
  });

  it('formats a rejection as file:line:column: construct — suggestion', () => {
    const error = new TranspileError(rejections('export function f(x: any): number {\n  return 1;\n}\n'));
    expect(error.message).toMatch(/^mod\.ts:1:19: unsupported any\/unknown type — /);
  });
});
