/**
 * The ESLint rules of the engine (scripts/apexgen/engineSubsetLint.ts) against the generator: each snippet outside
 * the subset is flagged by ESLint with exactly the wording of the generator's rejection of the same snippet, and code
 * inside the subset is not flagged.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { TranspileError, formatRejection } from '../diagnostics';
import { transpile } from '../transpiler';

import { ENGINE_SUBSET_SYNTAX } from '../engineSubsetLint';

/** The generator's wording for each construct it rejects in each source (without file and position), in one run. */
function generatorMessages(sources: string[]): string[][] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apexgen-lint-'));
  const files = sources.map((source, index) => {
    const file = path.join(dir, `mod${index}.ts`);
    fs.writeFileSync(file, source);
    return file;
  });
  const found: string[][] = sources.map(() => []);
  try {
    transpile(files, { root: dir });
  } catch (e) {
    if (!(e instanceof TranspileError)) throw e;
    for (const rejection of e.rejections) {
      found[Number(/^mod(\d+)\.ts$/.exec(rejection.file)?.[1])].push(
        formatRejection(rejection).replace(/^[^ ]+: /, '')
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return found;
}

const eslint = new ESLint({
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tseslint.parser },
      rules: { 'no-restricted-syntax': ['error', ...ENGINE_SUBSET_SYNTAX] }
    }
  ]
});

async function lintMessages(source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: 'mod.ts' });
  return result.messages.map((message) => message.message);
}

const OUTSIDE_THE_SUBSET: [string, string][] = [
  [
    'arrow function',
    'export function f(xs: number[]): number[] {\n  const g = (x: number): number => x;\n  return xs;\n}\n'
  ],
  [
    'array callback',
    'export function f(xs: number[]): number[] {\n  return xs.filter(isBig);\n}\nfunction isBig(x: number): boolean {\n  return x > 2;\n}\n'
  ],
  ['sort', 'export function f(xs: number[]): number[] {\n  return xs.sort();\n}\n'],
  ['class', 'export class Box {\n  value = 1;\n}\n'],
  ['new Date', 'export function f(): number {\n  const d = new Date();\n  return 1;\n}\n'],
  [
    'throw',
    "export function f(x: number): number {\n  if (x < 0) {\n    throw new Error('no');\n  }\n  return x;\n}\n"
  ],
  ['loose equality', 'export function f(a: number, b: number): boolean {\n  return a == b;\n}\n'],
  ['optional parameter', 'export function f(x?: number): number {\n  return 1;\n}\n'],
  ['generic function', 'export function f<T>(x: T): T {\n  return x;\n}\n'],
  ['destructuring', 'export function f(xs: number[]): number {\n  const [a] = xs;\n  return a;\n}\n'],
  ['do…while', 'export function f(): number {\n  let i = 0;\n  do {\n    i++;\n  } while (i < 3);\n  return i;\n}\n'],
  [
    'for…in',
    'export function f(r: Record<string, number>): number {\n  let n = 0;\n  for (const k in r) {\n    n++;\n  }\n  return n;\n}\n'
  ],
  ['var', 'export function f(): number {\n  var x = 1;\n  return x;\n}\n'],
  ['enum', 'export enum Tier {\n  A\n}\n'],
  ['Math.random', 'export function f(): number {\n  return Math.random();\n}\n'],
  ['JSON', "export function f(): string {\n  return JSON.stringify('x');\n}\n"]
];

const INSIDE_THE_SUBSET =
  'export function f(xs: number[], s: string | undefined): number {\n  let total = 0;\n  for (const x of xs) {\n    total = total + x;\n  }\n  return s == null || s === undefined ? total : Math.max(total, s.length);\n}\n';

describe('engine ESLint rules', () => {
  const generated = generatorMessages([...OUTSIDE_THE_SUBSET.map(([, source]) => source), INSIDE_THE_SUBSET]);

  it.each(OUTSIDE_THE_SUBSET.map(([title, source], index) => [title, source, index] as const))(
    'flags %s in the generator’s own words',
    async (_title, source, index) => {
      const linted = await lintMessages(source);
      expect(linted.length).toBeGreaterThan(0);
      expect(linted.filter((message) => !generated[index].includes(message))).toEqual([]);
    }
  );

  it('leaves code inside the subset alone', async () => {
    expect(generated[OUTSIDE_THE_SUBSET.length]).toEqual([]);
    expect(await lintMessages(INSIDE_THE_SUBSET)).toEqual([]);
  });
});
