/**
 * The construct test helper: TypeScript snippets (one function each) are transpiled together into one Apex class, the
 * Apex runs in the evaluator, the TypeScript runs as JavaScript, and compareCall judges them as the differential proof
 * does (same rules: numbers within 1e-9, both invalid when Apex throws where JavaScript yields NaN/Infinity, in-place
 * changes of the arguments of void functions). One snippet is one row of a table: see __tests__/constructs.test.ts.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ts from 'typescript';
import { Comparison, compareCall, registry } from '../../evaluator/differential';
import { ApexInterpreter } from '../../evaluator/interpreter';
import { transpile } from '../../transpiler';
import { GeneratedClass } from '../../types';

/** One function: `signature` like `(x: number): number`; `body` is an expression, or statements when it has a `;`. */
export interface Snippet {
  signature: string;
  body: string;
}

/** Declarations (interfaces, helper functions) every snippet may use. */
export const SNIPPET_PRELUDE = `export interface Counter {
  count: number;
  total?: number;
  names: string[];
  next?: Counter;
}
`;

function functionSource(s: Snippet, index: number): string {
  const body = s.body.includes(';') ? s.body : `return ${s.body};`;
  return `export function f${index}${s.signature} {\n  ${body}\n}\n`;
}

export interface CompiledSnippets {
  classes: GeneratedClass[];
  /** Runs snippet `index` on `args` in both languages and compares. */
  compare(index: number, args: unknown[]): Comparison;
}

/**
 * Transpile every snippet (one program: a TypeScript program per row would take a second each) and load the Apex;
 * `editApex` changes the generated Apex first (the tests that prove a broken translation is caught).
 */
export function compileSnippets(snippets: Snippet[], editApex: (apex: string) => string = (a) => a): CompiledSnippets {
  const source = SNIPPET_PRELUDE + snippets.map(functionSource).join('\n');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apexgen-snippets-'));
  const file = path.join(dir, 'snippets.ts');
  fs.writeFileSync(file, source);
  const classes = transpile([file], { root: dir });
  const interp = new ApexInterpreter(classes.map((c) => editApex(c.source)));
  const reg = registry(classes.map((c) => c.module));
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 }
  }).outputText;
  const exports: Record<string, (...args: unknown[]) => unknown> = {};
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- runs the snippet module the test just wrote
  const load = new Function('exports', js) as (target: typeof exports) => void;
  load(exports);
  return {
    classes,
    compare: (index, args) => compareCall(interp, reg, `f${index}`, exports[`f${index}`], args)
  };
}
