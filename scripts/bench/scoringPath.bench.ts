/**
 * Generated-Apex loop iterations per account for the whole scoring path of the batch (ValueScoringService): pass 1
 * `netValueOfFacts`, pass 2 `clvPredictCustomer` (one customer's CLV with intervals), `evaluateAccount`, `explainScore`
 * and `costToServeBreakdownOfFacts` — run by the evaluator on the committed generated Apex, 2 000 accounts drawn with the
 * engine's own arbitraries (fixed seed). Loop iterations are the proxy for Apex CPU time (issue 10: the heavy CLV tail
 * must not sink a chunk); median, p99 and max per account, with and without CLV. The arbitraries carry no covariance
 * (as the shipped Model_Parameter__mdt records: the CLV interval then collapses and no shifted evaluation runs);
 * `clvWithCovariance` repeats the CLV calls with a fitted-like covariance of both models, so the interval's work counts.
 */
import * as path from 'node:path';
import fc from 'fast-check';
import { apexArguments, argumentsArbitrary } from '../apexgen/evaluator/differential';
import type { EngineUnderTest } from '../apexgen/evaluator/engineDifferential';
import { loadEngine } from '../apexgen/evaluator/engineDifferential';
import { defaultPaths } from '../apexgen/generate';
import { isPaymentDelayAbsurd, type AccountFacts } from '../../force-app/main/default/lwc/valueEngine/facts';
import type { ValueConfig } from '../../force-app/main/default/lwc/valueEngine/config';
import type { BenchFigure } from './benchTypes';

const ACCOUNTS = 2000;
const SEED = 20261207;
/** Log-parameter covariances of the size a CDNOW-sized fit gives (variances 0.01 / 0.04, correlated). */
const BG_NBD_COVARIANCE = [
  0.01, 0.002, 0.002, 0.002, 0.002, 0.01, 0.002, 0.002, 0.002, 0.002, 0.01, 0.002, 0.002, 0.002, 0.002, 0.01
];
const GAMMA_GAMMA_COVARIANCE = [0.04, -0.008, -0.008, -0.008, 0.04, -0.008, -0.008, -0.008, 0.04];

function withCovariance(args: unknown[]): unknown[] {
  const [bg, gg, customer, options] = args as [object, object, unknown, unknown];
  return [
    { ...bg, logCovariance: BG_NBD_COVARIANCE },
    { ...gg, logCovariance: GAMMA_GAMMA_COVARIANCE },
    customer,
    options
  ];
}

function sample(engine: EngineUnderTest, name: string): unknown[][] {
  return fc.sample(argumentsArbitrary(engine.reg, name, engine.strings, engine.arbitraries.get(name)), {
    numRuns: ACCOUNTS,
    seed: SEED
  });
}

/** Loop iterations of one call of generated function `name` (an Apex exception still ran its loops). */
function iterationsOf(engine: EngineUnderTest, name: string, args: unknown[]): number {
  const entry = engine.reg.functions.get(name);
  if (!entry) throw new Error(`no engine function ${name}`);
  try {
    engine.interp.callStatic(
      entry.module.className,
      entry.fn.apexName,
      apexArguments(engine.interp, engine.reg, name, args)
    );
  } catch {
    // counted like any call
  }
  return engine.interp.lastCallIterations();
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function figuresOf(label: string, perAccount: number[]): BenchFigure[] {
  const sorted = [...perAccount].sort((a, b) => a - b);
  return [
    { name: `scoringPath.${label}.loopIterationsMedian`, value: percentile(sorted, 0.5), unit: 'iterations/account' },
    { name: `scoringPath.${label}.loopIterationsP99`, value: percentile(sorted, 0.99), unit: 'iterations/account' },
    { name: `scoringPath.${label}.loopIterationsMax`, value: sorted[sorted.length - 1], unit: 'iterations/account' }
  ];
}

export function bench(): Promise<BenchFigure[]> {
  const root = path.resolve(__dirname, '..', '..');
  const paths = defaultPaths(root);
  const engine = loadEngine(root, paths.engineDir, { generatedDir: paths.outDir });
  // The account's facts, configuration, cut-offs and day drive every per-account call; the CLV inputs (purchase
  // history, model parameters) come from clvPredictCustomer's own arbitrary, paired with the account by index.
  const evaluations = sample(engine, 'evaluateAccount');
  const clvInputs = sample(engine, 'clvPredictCustomer');
  const withoutClv: number[] = [];
  const withClv: number[] = [];
  const clvOnly: number[] = [];
  const clvWithCovariance: number[] = [];
  evaluations.forEach((args, index) => {
    const [facts, config, cutoffs, today] = args as [AccountFacts | undefined, ValueConfig, unknown, string];
    const absurdDelay = isPaymentDelayAbsurd(facts?.maxPaymentDelayDays);
    const engineWork =
      iterationsOf(engine, 'netValueOfFacts', [facts, config]) +
      iterationsOf(engine, 'evaluateAccount', args) +
      iterationsOf(engine, 'explainScore', [facts, config, cutoffs, today]) +
      iterationsOf(engine, 'costToServeBreakdownOfFacts', [config, facts ?? {}, absurdDelay, facts?.accountId ?? '']);
    const clv = iterationsOf(engine, 'clvPredictCustomer', clvInputs[index]);
    withoutClv.push(engineWork);
    clvOnly.push(clv);
    clvWithCovariance.push(iterationsOf(engine, 'clvPredictCustomer', withCovariance(clvInputs[index])));
    withClv.push(engineWork + clv);
  });
  return Promise.resolve([
    ...figuresOf('withClv', withClv),
    ...figuresOf('withoutClv', withoutClv),
    ...figuresOf('clvOnly', clvOnly),
    ...figuresOf('clvWithCovariance', clvWithCovariance)
  ]);
}
