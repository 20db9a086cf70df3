/**
 * Apex evaluator benchmark: how fast the differential proof runs the committed generated Apex, against the TypeScript
 * engine, on the same 2 000 random inputs (the engine's arbitraries, fixed seed) of a per-account function
 * (evaluateAccount), a numeric series (bgNbdProbabilityOfPurchasesEstimate) and a collection-heavy merge
 * (mergePortfolioAggregates). The ratio is what `npm test` pays per call for each proof run.
 * Also the loop iterations per call of the heaviest engine function (clvPredictCustomer, one customer's predictions
 * with intervals) on 2 000 inputs: a proxy for the Apex CPU time the scoring batch spends per account.
 */
import * as path from 'node:path';
import fc from 'fast-check';
import { apexArguments, argumentsArbitrary, fromApex } from '../apexgen/evaluator/differential';
import type { EngineUnderTest } from '../apexgen/evaluator/engineDifferential';
import { loadEngine } from '../apexgen/evaluator/engineDifferential';
import { defaultPaths } from '../apexgen/generate';
import type { BenchFigure } from './benchTypes';

const FUNCTIONS = ['evaluateAccount', 'bgNbdProbabilityOfPurchasesEstimate', 'mergePortfolioAggregates'];
const CALLS = 2000;
const HEAVIEST = 'clvPredictCustomer';

/** The same 2 000 inputs for every run of the benchmark (the engine's own arbitrary, fixed seed). */
function sampleArguments(engine: EngineUnderTest, name: string): unknown[][] {
  return fc.sample(argumentsArbitrary(engine.reg, name, engine.strings, engine.arbitraries.get(name)), {
    numRuns: CALLS,
    seed: 20261123
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

export function bench(): Promise<BenchFigure[]> {
  const root = path.resolve(__dirname, '..', '..');
  const paths = defaultPaths(root);
  const engine = loadEngine(root, paths.engineDir, { generatedDir: paths.outDir });
  const figures: BenchFigure[] = [];
  for (const name of FUNCTIONS) {
    const entry = engine.reg.functions.get(name);
    const impl = engine.functions.get(name);
    if (!entry || !impl) {
      throw new Error(`no engine function ${name}`);
    }
    const samples = sampleArguments(engine, name);
    const apexArgs = samples.map((args) => apexArguments(engine.interp, engine.reg, name, args));
    const runApex = (): void => {
      for (const args of apexArgs) {
        try {
          fromApex(
            engine.reg,
            engine.interp.callStatic(entry.module.className, entry.fn.apexName, args),
            entry.fn.returns
          );
        } catch {
          // Apex exceptions (the "both invalid" cases) cost time like any call
        }
      }
    };
    const runTs = (): void => {
      for (const args of samples) {
        try {
          impl(...args);
        } catch {
          // same inputs as the Apex side
        }
      }
    };
    runApex(); // warm-up: compiles every method reached
    runTs();
    let start = performance.now();
    runApex();
    const apexMs = performance.now() - start;
    start = performance.now();
    runTs();
    const tsMs = performance.now() - start;
    figures.push(
      { name: `evaluator.${name}.apexCallsPerSecond`, value: Math.round((CALLS * 1000) / apexMs), unit: 'calls/s' },
      { name: `evaluator.${name}.slowerThanTypeScript`, value: apexMs / tsMs, unit: '×' }
    );
  }
  const heavy = engine.reg.functions.get(HEAVIEST);
  if (!heavy) {
    throw new Error(`no engine function ${HEAVIEST}`);
  }
  const iterations: number[] = [];
  for (const args of sampleArguments(engine, HEAVIEST)) {
    const apexArgs = apexArguments(engine.interp, engine.reg, HEAVIEST, args);
    try {
      engine.interp.callStatic(heavy.module.className, heavy.fn.apexName, apexArgs);
    } catch {
      // an Apex exception still ran its loops
    }
    iterations.push(engine.interp.lastCallIterations());
  }
  iterations.sort((a, b) => a - b);
  figures.push(
    { name: `evaluator.${HEAVIEST}.loopIterationsMedian`, value: percentile(iterations, 0.5), unit: 'iterations' },
    { name: `evaluator.${HEAVIEST}.loopIterationsP99`, value: percentile(iterations, 0.99), unit: 'iterations' },
    { name: `evaluator.${HEAVIEST}.loopIterationsMax`, value: iterations[iterations.length - 1], unit: 'iterations' }
  );
  return Promise.resolve(figures);
}
