/**
 * Predictive models benchmark: BG/NBD and Gamma-Gamma maximum-likelihood fits on CDNOW (median of 7 after
 * WARM_UP_FITS warm-up fits; the first BG/NBD fit of the process on its own), and engine prediction throughput over 1 000 000 customers (point predictions: the batch of
 * scripts/models/batchPredict.ts, and one engine call per customer), plus full per-customer predictions with intervals
 * and a 52-week CLV (measured on a sample, reported per second). With CVP_LIFETIMES_PYTHONPATH set (a directory holding
 * the Python library lifetimes 0.11.3 and autograd), the same fit and point predictions by lifetimes in the same run
 * (lifetimesReference.py), and the ratios (issue 15 §3).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BgNbdParameters, ClvOptions } from '../../force-app/main/default/lwc/valueEngine/predictive';
import {
  bgNbdConditionalExpectedTransactions,
  bgNbdProbabilityAlive,
  clvPredictCustomer
} from '../../force-app/main/default/lwc/valueEngine/predictive';
import { predictBgNbdBatch } from '../models/batchPredict';
import { parseCsv } from '../models/csv';
import type { CustomerSummary } from '../models/modelFits';
import { fitBgNbd, fitGammaGamma } from '../models/modelFits';
import { readSummaryTable } from '../models/summary';
import type { BenchFigure } from './benchTypes';

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Warm-up fits before the timed ones, the same count on the lifetimes side (lifetimesReference.py): V8 compiles the
 * fit's loops in the background, and on the loaded machine two warm-ups left the timed fits running before that
 * compilation was done (the first fit in a process is reported on its own, `…FirstFit`).
 */
const WARM_UP_FITS = 20;

function timeMedian(runs: number, action: () => void): number {
  for (let i = 0; i < WARM_UP_FITS; i++) action();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    action();
    times.push(performance.now() - start);
  }
  return median(times);
}

export function bench(): Promise<BenchFigure[]> {
  const file = join(__dirname, '../models/__tests__/fixtures/cdnow_summary.csv');
  const customers: CustomerSummary[] = readSummaryTable(parseCsv(readFileSync(file, 'utf8'), file));
  const firstStart = performance.now();
  const bgFit = fitBgNbd(customers, 'week');
  const bgFirstMs = performance.now() - firstStart;
  const ggFit = fitGammaGamma(customers);
  const bg: BgNbdParameters = bgFit.parameters;
  const bgMs = timeMedian(7, () => fitBgNbd(customers, 'week'));
  const ggMs = timeMedian(7, () => fitGammaGamma(customers));

  const count = 1_000_000;
  const horizon = { value: 52, unit: 'week' as const };
  const frequency = new Float64Array(count);
  const recency = new Float64Array(count);
  const age = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const c = customers[i % customers.length];
    frequency[i] = c.x;
    recency[i] = c.tx;
    age[i] = c.T;
  }
  let checksum = 0;
  predictBgNbdBatch(bg, frequency.subarray(0, 10_000), recency, age, horizon); // warm-up
  const batchStart = performance.now();
  const batch = predictBgNbdBatch(bg, frequency, recency, age, horizon);
  const batchSeconds = (performance.now() - batchStart) / 1000;
  for (let i = 0; i < count; i++) checksum += batch.probabilityAlive[i] + batch.expectedTransactions[i];
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const customer = { frequency: frequency[i], recency: recency[i], age: age[i], timeUnit: 'week' as const };
    checksum += bgNbdProbabilityAlive(bg, customer) + bgNbdConditionalExpectedTransactions(bg, customer, horizon);
  }
  const pointSeconds = (performance.now() - start) / 1000;

  const options: ClvOptions = { horizon, annualDiscountRate: 0.08, marginRate: 0.35 };
  const sample = 5_000;
  const fullStart = performance.now();
  for (let i = 0; i < sample; i++) {
    const c = customers[i % customers.length];
    const p = clvPredictCustomer(
      bg,
      ggFit.parameters,
      { frequency: c.x, recency: c.tx, age: c.T, timeUnit: 'week', meanSpend: c.monetary ?? 0 },
      options
    );
    checksum += p.value.estimate;
  }
  const fullSeconds = (performance.now() - fullStart) / 1000;
  if (!Number.isFinite(checksum)) throw new Error('predictive benchmark produced a non-finite checksum');

  const figures: BenchFigure[] = [
    { name: 'predictive.bgnbd.fitCdnow', value: bgMs, unit: 'ms' },
    { name: 'predictive.bgnbd.fitCdnowFirstFit', value: bgFirstMs, unit: 'ms' },
    { name: 'predictive.gammaGamma.fitCdnow', value: ggMs, unit: 'ms' },
    { name: 'predictive.bgnbd.pointPredictions1M', value: batchSeconds, unit: 's' },
    {
      name: 'predictive.bgnbd.pointPredictionsPerSecond',
      value: Math.round(count / batchSeconds),
      unit: 'customers/s'
    },
    { name: 'predictive.bgnbd.pointPredictionsDistinctPairs', value: batch.distinctPairs, unit: '(x, T) pairs' },
    {
      name: 'predictive.bgnbd.pointPredictionsOneCallEachPerSecond',
      value: Math.round(count / pointSeconds),
      unit: 'customers/s'
    },
    {
      name: 'predictive.clv.fullPredictionsWithIntervalsPerSecond',
      value: Math.round(sample / fullSeconds),
      unit: 'customers/s'
    }
  ];
  return Promise.resolve([...figures, ...lifetimesFigures(file, count, bgMs, batchSeconds)]);
}

/** lifetimes 0.11.3 on the same data in the same run, when CVP_LIFETIMES_PYTHONPATH says where it is. */
function lifetimesFigures(file: string, count: number, fitMs: number, pointSeconds: number): BenchFigure[] {
  const pythonPath = process.env.CVP_LIFETIMES_PYTHONPATH;
  if (pythonPath === undefined || pythonPath === '') return [];
  const run = spawnSync(
    process.env.CVP_PYTHON ?? 'python3',
    [join(__dirname, 'lifetimesReference.py'), file, String(count), String(WARM_UP_FITS)],
    { env: { ...process.env, PYTHONPATH: pythonPath }, encoding: 'utf8' }
  );
  if (run.status !== 0) throw new Error(`lifetimesReference.py failed: ${run.stderr}`);
  const result = JSON.parse(run.stdout) as {
    version: string;
    fitMs: number;
    firstFitMs: number;
    pointSeconds: number;
  };
  return [
    { name: `predictive.lifetimes${result.version}.bgnbd.fitCdnow`, value: result.fitMs, unit: 'ms' },
    { name: `predictive.lifetimes${result.version}.bgnbd.fitCdnowFirstFit`, value: result.firstFitMs, unit: 'ms' },
    { name: 'predictive.lifetimes.bgnbd.fitRatio', value: result.fitMs / fitMs, unit: '× (lifetimes / ours)' },
    {
      name: 'predictive.lifetimes.bgnbd.pointPredictionsPerSecond',
      value: Math.round(count / result.pointSeconds),
      unit: 'customers/s'
    },
    {
      name: 'predictive.lifetimes.bgnbd.pointRatio',
      value: result.pointSeconds / pointSeconds,
      unit: '× (lifetimes / ours)'
    }
  ];
}
