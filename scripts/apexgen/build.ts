/** Everything `npm run build:apex` writes, computed in memory (the check compares it with the working tree). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { API_CONTRACT } from './contract/apiContract';
import {
  API_TYPES_CLASS,
  checkContract,
  ContractCheckResult,
  emitApexDts,
  renamedApiFields
} from './contract/contract';
import { addClass, defaultPaths, engineFiles, loadPrettier } from './generate';
import { emitGoldenTestClass, representable, TestVector, VectorTarget } from './goldenTests';
import { loadEngine, readGoldenVectors } from './evaluator/engineDifferential';
import { arbitraryFor, compareCall } from './evaluator/differential';
import { EvaluatorError } from './evaluator/values';
import { transpile } from './transpiler';
import { DtoDesc, GeneratedClass } from './types';

/** `CVP_Scoring` → `CVP_ScoringTest` (≤ 40 characters: module class names are ≤ 36). */
export function testClassName(className: string): string {
  return `${className}Test`;
}
export const SAMPLES_PER_FUNCTION = 8;
export const SAMPLE_SEED = 66;

export interface BuildOutput {
  /** Path relative to the project root → content. */
  files: Map<string, string>;
  classes: GeneratedClass[];
  vectors: TestVector[];
}

/**
 * The contract's types: the engine module apiTypes.ts (class CVP_ApiTypes), transpiled with the engine so that an
 * engine module (accountValueView) can build the responses the controllers return.
 */
export const API_TYPES_MODULE = 'apiTypes';

export function apiTypesClass(classes: GeneratedClass[]): GeneratedClass {
  const found = classes.find((c) => c.className === API_TYPES_CLASS);
  if (!found) {
    throw new Error(`the engine has no module ${API_TYPES_MODULE}.ts (class ${API_TYPES_CLASS})`);
  }
  return found;
}

export function apiTypesClasses(root: string): GeneratedClass[] {
  return [apiTypesClass(transpile(engineFiles(defaultPaths(root).engineDir), { root }))];
}

/** Golden vectors, then a few sampled vectors per exported function the golden vectors do not cover. */
export function collectVectors(
  root: string,
  engineDir: string
): { vectors: TestVector[]; targets: Map<string, VectorTarget>; dtos: Map<string, DtoDesc> } {
  const engine = loadEngine(root, engineDir, { maxIterations: 200_000, coverage: true });
  const hits = (): number => engine.interp.coverageFigures().reduce((n, c) => n + c.covered, 0);
  const targets = new Map<string, VectorTarget>();
  /** Runs the TypeScript engine: the result, and for a function that returns nothing its first argument after. */
  const run = (name: string, args: unknown[]): { expected: unknown; after?: unknown } => {
    const impl = engine.functions.get(name);
    const copy = structuredClone(args);
    const expected = impl?.(...copy);
    return targets.get(name)?.returns.kind === 'void' ? { expected: null, after: copy[0] } : { expected };
  };
  const dtos = new Map<string, DtoDesc>();
  for (const c of engine.classes) {
    c.module.dtos.forEach((d) => dtos.set(d.ref, d));
    for (const fn of c.module.functions.filter((f) => f.exported)) {
      targets.set(fn.tsName, {
        className: c.className,
        apexName: fn.apexName,
        params: fn.params.map((p) => p.type),
        paramNames: fn.params.map((p) => p.apexName),
        returns: fn.returns
      });
    }
  }
  const vectors: TestVector[] = [];
  const agrees = (name: string, args: unknown[]): boolean => {
    const impl = engine.functions.get(name);
    if (!impl) {
      return false;
    }
    try {
      return compareCall(engine.interp, engine.reg, name, impl, args).outcome === 'equal';
    } catch (e) {
      if (e instanceof EvaluatorError) {
        return false; // too heavy for a unit test in the org (or not evaluable): leave it to the differential test
      }
      throw e;
    }
  };
  const covered = new Set<string>();
  for (const g of readGoldenVectors(engineDir)) {
    for (const v of g.vectors) {
      if (targets.has(v.function) && representable(v.args) && representable(v.expected) && agrees(v.function, v.args)) {
        vectors.push({ function: v.function, args: v.args, ...run(v.function, v.args), source: g.file, note: v.note });
        covered.add(v.function);
      }
    }
  }
  for (const name of [...targets.keys()].sort()) {
    if (covered.has(name)) {
      continue;
    }
    const impl = engine.functions.get(name);
    const fn = engine.reg.functions.get(name)?.fn;
    if (!impl || !fn) {
      continue;
    }
    const arb =
      engine.arbitraries.get(name) ??
      fc.tuple(...fn.params.map((p) => arbitraryFor(engine.reg, p.type, engine.strings)));
    let taken = 0;
    for (const args of fc.sample(arb, { numRuns: 300, seed: SAMPLE_SEED })) {
      if (taken >= SAMPLES_PER_FUNCTION) {
        break;
      }
      let outcome: { expected: unknown; after?: unknown };
      try {
        outcome = run(name, args);
      } catch {
        continue;
      }
      // Coverage-guided: after the first two, a sample is kept only when it runs generated lines not run before.
      const before = hits();
      if (representable(args) && representable(outcome) && JSON.stringify(args).length < 4000 && agrees(name, args)) {
        if (taken < 2 || hits() > before) {
          vectors.push({ function: name, args, ...outcome, source: `sampled (seed ${SAMPLE_SEED})` });
          taken++;
        }
      }
    }
  }
  return { vectors, targets, dtos };
}

async function formatTs(source: string, root: string, file: string): Promise<string> {
  const prettier = await loadPrettier();
  const config = (await prettier.resolveConfig(path.join(root, file))) ?? {};
  return prettier.format(source, { ...config, filepath: path.join(root, file) });
}

export async function buildAll(root: string): Promise<BuildOutput> {
  const paths = defaultPaths(root);
  const rel = (f: string): string => path.relative(root, path.join(paths.outDir, f)).split(path.sep).join('/');
  const files = new Map<string, string>();
  const classes = transpile(engineFiles(paths.engineDir), { root });
  const apiTypes = apiTypesClass(classes);
  const renamed = renamedApiFields(apiTypes.module);
  if (renamed.length > 0) {
    throw new Error(`API contract fields renamed in Apex (choose another name): ${renamed.join(', ')}`);
  }
  const generated = new Map<string, string>();
  for (const c of classes) {
    await addClass(generated, c.className, c.source, root);
  }
  const { vectors, targets, dtos } = collectVectors(root, paths.engineDir);
  const validators = classes.flatMap((c) =>
    c.module.unions.map((u) => ({ className: c.className, validator: u.validator, values: u.values }))
  );
  // One test class per engine class keeps each under the Apex class size limit and names where a failure is.
  for (const c of classes) {
    const own = vectors.filter((v) => targets.get(v.function)?.className === c.className);
    const ownValidators = validators.filter((u) => u.className === c.className);
    if (own.length > 0 || ownValidators.length > 0) {
      await addClass(
        generated,
        testClassName(c.className),
        emitGoldenTestClass(testClassName(c.className), own, targets, dtos, ownValidators),
        root
      );
    }
  }
  for (const [name, content] of generated) {
    files.set(rel(name), content);
  }
  const dts = emitApexDts(API_CONTRACT, apiTypes.module);
  files.set('types/lwc/apex.d.ts', await formatTs(dts, root, 'types/lwc/apex.d.ts'));
  return { files, classes, vectors };
}

/** Relative paths that differ between `expected` and the working tree (plus stale generated classes). */
export function staleFiles(root: string, expected: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [file, content] of [...expected].sort(([a], [b]) => a.localeCompare(b))) {
    const full = path.join(root, file);
    if (!fs.existsSync(full)) {
      problems.push(`missing: ${file}`);
    } else if (fs.readFileSync(full, 'utf8') !== content) {
      problems.push(`differs: ${file}`);
    }
  }
  const outDir = defaultPaths(root).outDir;
  if (fs.existsSync(outDir)) {
    for (const f of fs.readdirSync(outDir).sort()) {
      const file = path.relative(root, path.join(outDir, f)).split(path.sep).join('/');
      if (!expected.has(file)) {
        problems.push(`not generated any more (delete it): ${file}`);
      }
    }
  }
  return problems;
}

export function writeAll(root: string, files: Map<string, string>): void {
  const outDir = defaultPaths(root).outDir;
  fs.mkdirSync(outDir, { recursive: true });
  for (const f of fs.readdirSync(outDir)) {
    const file = path.relative(root, path.join(outDir, f)).split(path.sep).join('/');
    if (!files.has(file)) {
      fs.rmSync(path.join(outDir, f));
    }
  }
  for (const [file, content] of files) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
  }
}

export function contractCheck(
  root: string,
  classesDir = path.join(root, 'force-app/main/default/classes')
): ContractCheckResult {
  const dtos = new Set(apiTypesClasses(root)[0].module.dtos.map((d) => d.tsName));
  return checkContract(API_CONTRACT, classesDir, dtos);
}

export { API_TYPES_CLASS };
