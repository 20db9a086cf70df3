/**
 * The proof on the real engine, as a script (run by __tests__/engine.test.ts through tsx: esbuild's output runs the
 * evaluator several times faster than jest's Babel transform). Prints one JSON document:
 * golden-vector figures, differential figures per function, and the coverage of the generated Apex test vectors.
 *   tsx scripts/apexgen/proof.ts [--runs 10000] [--budget-ms 350 | --full]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectVectors } from './build';
import { toApex } from './evaluator/differential';
import { loadEngine, readGoldenVectors, runEngineDifferential, runGoldenVectors } from './evaluator/engineDifferential';
import { ApexInterpreter } from './evaluator/interpreter';
import { defaultPaths } from './generate';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const root = path.resolve(__dirname, '..', '..');
const paths = defaultPaths(root);
const runs = Number(arg('--runs') ?? 10_000);
const budget = process.argv.includes('--full') ? undefined : Number(arg('--budget-ms') ?? 350);
const started = Date.now();
const engine = loadEngine(root, paths.engineDir, { generatedDir: paths.outDir });
const golden = readGoldenVectors(paths.engineDir).map((g) => ({
  file: g.file,
  ...runGoldenVectors(engine, g.vectors)
}));
const differential = runEngineDifferential(engine, runs, undefined, budget);

const { vectors, targets } = collectVectors(root, paths.engineDir);
const sources = fs
  .readdirSync(paths.outDir)
  .filter((f) => f.endsWith('.cls') && !f.endsWith('Test.cls') && f !== 'CVP_ApiTypes.cls')
  .sort()
  .map((f) => fs.readFileSync(path.join(paths.outDir, f), 'utf8'));
const interp = new ApexInterpreter(sources, { coverage: true, maxIterations: 200_000 });
for (const v of vectors) {
  const target = targets.get(v.function);
  const fn = engine.reg.functions.get(v.function);
  if (!target || !fn) {
    continue;
  }
  try {
    interp.callStatic(
      target.className,
      target.apexName,
      fn.fn.params.map((p, i) => toApex(interp, engine.reg, v.args[i], p.type, true))
    );
  } catch {
    // coverage counts lines; results are judged by the differential test
  }
}
// The generated test classes also call every union validator with each of its values.
for (const c of engine.classes) {
  for (const u of c.module.unions) {
    for (const value of [...u.values, 'not a value']) {
      interp.callStatic(c.className, u.validator, [value]);
    }
  }
}
const coverage = interp.coverageFigures().filter((c) => c.lines > 0);
process.stdout.write(
  `${JSON.stringify({ runs, budget: budget ?? null, seconds: (Date.now() - started) / 1000, golden, differential, vectors: vectors.length, coverage })}\n`
);
