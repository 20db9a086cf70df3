/**
 * Child process of streamFit.bench.ts: fits from a transaction file as `cvp clv fit --transactions` does — the file
 * read in chunks and summarised (summarizeTransactionChunks over readFileChunks), then the BG/NBD and Gamma-Gamma
 * fits — and prints one JSON line: seconds to read, seconds in all, seconds of the Gamma-Gamma fit, customers, rows,
 * whether both fits converged, and this process's peak RSS.
 */
import { readFileChunks } from '../cli/cliSupport';
import { fitBgNbd, fitGammaGamma } from '../models/modelFits';
import { summarizeTransactionChunks } from '../models/transactions';

export interface StreamFitRun {
  readSeconds: number;
  totalSeconds: number;
  customers: number;
  rows: number;
  outOfOrderCustomers: number;
  converged: boolean;
  gammaGammaSeconds: number;
  gammaGammaConverged: boolean;
  repeatBuyers: number;
  maxRssKiB: number;
}

if (require.main === module) {
  const path = process.argv[2];
  const started = process.hrtime.bigint();
  const seconds = (): number => Number(process.hrtime.bigint() - started) / 1e9;
  const summary = summarizeTransactionChunks(
    () => readFileChunks(path),
    path,
    {},
    { customer: 'account', date: 'order_date', amount: 'amount' },
    '2024-06-30',
    undefined,
    'week'
  );
  const readSeconds = seconds();
  const fit = fitBgNbd(summary.customers, 'week');
  const beforeSpend = seconds();
  const spend = fitGammaGamma(summary.customers);
  const gammaGammaSeconds = seconds() - beforeSpend;
  const run: StreamFitRun = {
    readSeconds,
    totalSeconds: seconds(),
    customers: summary.customers.length,
    rows: summary.transactions,
    outOfOrderCustomers: summary.outOfOrderCustomers,
    converged: fit.diagnostics.converged,
    gammaGammaSeconds,
    gammaGammaConverged: spend.diagnostics.converged,
    repeatBuyers: spend.customers,
    maxRssKiB: process.resourceUsage().maxRSS
  };
  process.stdout.write(JSON.stringify(run) + '\n');
}
