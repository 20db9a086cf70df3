/**
 * The differential run on the real engine: the committed generated Apex (classes/generated) executed by the
 * evaluator against the TypeScript engine, on the engine's own fast-check arbitraries and golden vectors.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { ApexInterpreter } from './interpreter';
import { FunctionFigures, Registry, arbitraryFor, compareCall, fuzzFunction, registry } from './differential';
import { EvaluatorError } from './values';
import { engineFiles } from '../generate';
import { transpile, GeneratorRules } from '../transpiler';
import { GeneratedClass } from '../types';

export interface GoldenVector {
  function: string;
  args: unknown[];
  expected: unknown;
  /** For a function that updates its first argument in place: that argument after the call. */
  after?: unknown;
  /** The hand-written explanation of the expectation. */
  note?: string;
}

export interface EngineUnderTest {
  classes: GeneratedClass[];
  interp: ApexInterpreter;
  reg: Registry;
  /** TypeScript implementations by exported function name. */
  functions: Map<string, (...args: unknown[]) => unknown>;
  /** Argument arbitraries by function name (from the engine's test arbitraries). */
  arbitraries: Map<string, fc.Arbitrary<unknown[]>>;
  /** String literals of the engine sources (used by type-driven arbitraries). */
  strings: string[];
}

type AnyModule = Record<string, unknown>;

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/**
 * Load the engine: transpile in memory (for the type descriptions) and run either the fresh sources or, with
 * `generatedDir`, the committed generated files — every one of them, read from disk (a missing file is an error, not a
 * silent fallback to fresh output): the committed classes are what deploys, so they are what the proof runs.
 */
export function loadEngine(
  root: string,
  engineDir: string,
  options: { generatedDir?: string; rules?: Partial<GeneratorRules>; coverage?: boolean; maxIterations?: number } = {}
): EngineUnderTest {
  const classes = transpile(engineFiles(engineDir), { root, rules: options.rules });
  const generatedDir = options.generatedDir;
  const sources = classes.map((c) => {
    if (generatedDir === undefined) {
      return c.source;
    }
    const file = path.join(generatedDir, `${c.className}.cls`);
    if (!fs.existsSync(file)) {
      throw new Error(`${file} is missing: run npm run build:apex and commit the generated classes`);
    }
    return fs.readFileSync(file, 'utf8');
  });
  const interp = new ApexInterpreter(sources, {
    coverage: options.coverage,
    // A runaway guard, not a CPU model: the heaviest engine call seen runs about 700 000 loop iterations.
    maxIterations: options.maxIterations ?? 3_000_000
  });
  const reg = registry(classes.map((c) => c.module));
  const functions = new Map<string, (...args: unknown[]) => unknown>();
  const strings = new Set<string>();
  for (const c of classes.filter((k) => k.runtime !== true)) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(root, c.module.file)) as AnyModule;
    for (const fn of c.module.functions) {
      const impl = mod[fn.tsName];
      if (fn.exported && typeof impl === 'function') {
        functions.set(fn.tsName, impl as (...args: unknown[]) => unknown);
      }
    }
    for (const m of fs.readFileSync(path.join(root, c.module.file), 'utf8').matchAll(/'([^'\\\n]{0,40})'/g)) {
      strings.add(m[1]);
    }
  }
  const arbitraries = new Map<string, fc.Arbitrary<unknown[]>>();
  const testsDir = path.join(engineDir, '__tests__');
  const main = path.join(testsDir, 'arbitraries.ts');
  if (fs.existsSync(main)) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const m = require(main) as AnyModule;
    const table = (m.engineArgumentArbitraries ?? {}) as Record<string, fc.Arbitrary<unknown[]>>;
    for (const [name, arb] of Object.entries(table)) {
      arbitraries.set(name, arb);
    }
  }
  // Functions without an argument list of their own: one arbitrary per parameter, found by type name among the
  // engine's exported arbitraries (`portfolioItem`, `bgNbdParametersArbitrary`, arrays of those), else by type.
  const byType: AnyModule = {};
  for (const file of ['arbitraries.ts', 'predictiveArbitraries.ts']) {
    const full = path.join(testsDir, file);
    if (fs.existsSync(full)) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      Object.assign(byType, require(full) as AnyModule);
    }
  }
  const forType = (tsType: string): fc.Arbitrary<unknown> | undefined => {
    const list = /^(?:readonly\s+)?(\w+)\[\]$/.exec(tsType);
    if (list) {
      const elem = forType(list[1]);
      return elem ? fc.array(elem, { maxLength: 8 }) : undefined;
    }
    const found = byType[lowerFirst(tsType)] ?? byType[`${lowerFirst(tsType)}Arbitrary`];
    return found instanceof fc.Arbitrary ? (found as fc.Arbitrary<unknown>) : undefined;
  };
  for (const { fn } of reg.functions.values()) {
    if (arbitraries.has(fn.tsName) || fn.params.length === 0) {
      continue;
    }
    const parts = fn.params.map((p) => forType(p.tsType));
    if (parts.some((a) => a !== undefined)) {
      arbitraries.set(
        fn.tsName,
        fc.tuple(...fn.params.map((p, i) => parts[i] ?? arbitraryFor(reg, p.type, [...strings])))
      );
    }
  }
  return { classes, interp, reg, functions, arbitraries, strings: [...strings].sort() };
}

export function readGoldenVectors(engineDir: string): { file: string; vectors: GoldenVector[] }[] {
  const dir = path.join(engineDir, '__tests__');
  if (!fs.existsSync(dir)) {
    return [];
  }
  return fs
    .readdirSync(dir)
    .filter((f) => /goldenVectors\.json$/i.test(f))
    .sort()
    .map((f) => ({ file: f, vectors: JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as GoldenVector[] }));
}

export interface GoldenFigures {
  vectors: number;
  equal: number;
  mismatches: string[];
}

/** Every golden vector through the generated Apex, compared with its expected value (and the TypeScript engine). */
export function runGoldenVectors(engine: EngineUnderTest, vectors: GoldenVector[]): GoldenFigures {
  const figures: GoldenFigures = { vectors: 0, equal: 0, mismatches: [] };
  for (const v of vectors) {
    figures.vectors++;
    const impl = engine.functions.get(v.function);
    if (!impl) {
      figures.mismatches.push(`${v.function}: not an exported engine function`);
      continue;
    }
    const c = compareCall(engine.interp, engine.reg, v.function, impl, v.args);
    if (c.outcome === 'equal') {
      figures.equal++;
    } else {
      figures.mismatches.push(`${v.function}(${JSON.stringify(v.args).slice(0, 120)}): ${c.detail ?? c.outcome}`);
    }
  }
  return figures;
}

/** Random differential run of every exported function. */
export function runEngineDifferential(engine: EngineUnderTest, runs: number, only?: Set<string>): FunctionFigures[] {
  const out: FunctionFigures[] = [];
  for (const [name, impl] of [...engine.functions].sort(([a], [b]) => a.localeCompare(b))) {
    if (only && !only.has(name)) {
      continue;
    }
    try {
      out.push(
        fuzzFunction(
          engine.interp,
          engine.reg,
          name,
          impl,
          runs,
          engine.strings,
          engine.arbitraries.get(name),
          20261123
        )
      );
    } catch (e) {
      if (!(e instanceof EvaluatorError)) {
        throw e;
      }
      out.push({
        name,
        runs: 0,
        equal: 0,
        bothInvalid: 0,
        mismatches: 1,
        overBudget: 0,
        milliseconds: 0,
        firstMismatch: `evaluator: ${e.message}`
      });
    }
  }
  return out;
}
