/**
 * The proof on the real engine, as a script (run by __tests__/engine.test.ts through tsx: esbuild's output runs the
 * evaluator several times faster than jest's Babel transform). Prints one JSON document:
 * golden-vector figures, differential figures per function, and the coverage of the generated Apex test vectors.
 *   tsx scripts/apexgen/proof.ts [--runs 10000] [--workers N]
 * Every function gets all its runs. The random runs are spread over N forked workers
 * (proofWorker.ts; default: one per core), each handed the next function when it is free; results do not depend on
 * N (fixed seed per function).
 */
import { fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { collectVectors } from './build';
import { FunctionFigures, toApex } from './evaluator/differential';
import { loadEngine, readGoldenVectors, runGoldenVectors } from './evaluator/engineDifferential';
import { ApexInterpreter } from './evaluator/interpreter';
import { defaultPaths } from './generate';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const root = path.resolve(__dirname, '..', '..');
const paths = defaultPaths(root);
const runs = Number(arg('--runs') ?? 10_000);
const workerCount = Math.max(1, Number(arg('--workers') ?? os.availableParallelism()));
const started = Date.now();

/** Fuzz every function in forked workers; heavier-looking names are not guessed: the queue is in name order. */
function runDifferentialInWorkers(names: string[]): Promise<FunctionFigures[]> {
  const queue = [...names];
  const results: FunctionFigures[] = [];
  const worker = path.join(__dirname, 'proofWorker.ts');
  return new Promise((resolve, reject) => {
    let live = 0;
    for (let w = 0; w < Math.min(workerCount, names.length); w++) {
      live++;
      const child = fork(worker, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      const next = (): void => {
        const name = queue.shift();
        child.send(name === undefined ? { done: true, runs } : { name, runs });
      };
      child.on('message', (m: { ready?: boolean; figures?: FunctionFigures }) => {
        if (m.figures) {
          results.push(m.figures);
        }
        next();
      });
      child.on('error', reject);
      child.on('exit', (code) => {
        if (code !== 0) {
          reject(new Error(`proof worker exited with code ${String(code)}`));
          return;
        }
        live--;
        if (live === 0) {
          resolve(results.sort((a, b) => a.name.localeCompare(b.name)));
        }
      });
    }
  });
}

async function main(): Promise<void> {
  const engine = loadEngine(root, paths.engineDir, { generatedDir: paths.outDir });
  const pending = runDifferentialInWorkers([...engine.functions.keys()].sort((a, b) => a.localeCompare(b)));
  // While the workers fuzz, this process replays the golden vectors and measures the generated tests' coverage.
  const golden = readGoldenVectors(paths.engineDir).map((g) => ({
    file: g.file,
    ...runGoldenVectors(engine, g.vectors)
  }));

  const { vectors, targets } = collectVectors(root, paths.engineDir);
  const sources = fs
    .readdirSync(paths.outDir)
    .filter((f) => f.endsWith('.cls') && !f.endsWith('Test.cls'))
    .sort()
    .map((f) => fs.readFileSync(path.join(paths.outDir, f), 'utf8'));
  const interp = new ApexInterpreter(sources, { coverage: true, maxIterations: 3_000_000 });
  // The heaviest generated test method: each runs in the org under the synchronous Apex CPU limit.
  let heaviestVector = { function: '', iterations: 0 };
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
    if (interp.lastCallIterations() > heaviestVector.iterations) {
      heaviestVector = { function: v.function, iterations: interp.lastCallIterations() };
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
  const differential = await pending;
  process.stdout.write(
    `${JSON.stringify({ runs, workers: workerCount, seconds: (Date.now() - started) / 1000, golden, differential, vectors: vectors.length, heaviestVector, coverage })}\n`
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
