/**
 * Predictive models benchmark: BG/NBD and Gamma-Gamma maximum-likelihood fits on CDNOW (after warm-up, median of
 * several runs), and engine prediction throughput over 1 000 000 customers (point predictions), plus full per-customer
 * predictions with intervals and a 52-week CLV (measured on a sample, reported per second).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BgNbdParameters, ClvOptions } from '../../force-app/main/default/lwc/valueEngine/predictive';
import {
  bgNbdConditionalExpectedTransactions,
  bgNbdProbabilityAlive,
  clvPredictCustomer
} from '../../force-app/main/default/lwc/valueEngine/predictive';
import { parseCsv } from '../models/csv';
import type { CustomerSummary } from '../models/modelFits';
import { fitBgNbd, fitGammaGamma } from '../models/modelFits';
import { readSummaryTable } from '../models/summary';
import type { BenchFigure } from './benchTypes';

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeMedian(runs: number, action: () => void): number {
  action(); // warm-up
  action();
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
  const bgFit = fitBgNbd(customers, 'week');
  const ggFit = fitGammaGamma(customers);
  const bg: BgNbdParameters = bgFit.parameters;
  const bgMs = timeMedian(7, () => fitBgNbd(customers, 'week'));
  const ggMs = timeMedian(7, () => fitGammaGamma(customers));

  const count = 1_000_000;
  const horizon = { value: 52, unit: 'week' as const };
  let checksum = 0;
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const c = customers[i % customers.length];
    const customer = { frequency: c.x, recency: c.tx, age: c.T, timeUnit: 'week' as const };
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

  return Promise.resolve([
    { name: 'predictive.bgnbd.fitCdnow', value: bgMs, unit: 'ms' },
    { name: 'predictive.gammaGamma.fitCdnow', value: ggMs, unit: 'ms' },
    { name: 'predictive.bgnbd.pointPredictions1M', value: pointSeconds, unit: 's' },
    {
      name: 'predictive.bgnbd.pointPredictionsPerSecond',
      value: Math.round(count / pointSeconds),
      unit: 'customers/s'
    },
    {
      name: 'predictive.clv.fullPredictionsWithIntervalsPerSecond',
      value: Math.round(sample / fullSeconds),
      unit: 'customers/s'
    }
  ]);
}
