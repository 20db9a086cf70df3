/**
 * `cvp clv fit --transactions` on a seeded synthetic log of 1 000 000 customers (about 4.7 million rows, 170 MiB:
 * BG/NBD purchases with Gamma-Gamma amounts, same-day rows and credit notes), written to a temporary folder and deleted
 * after. The fit runs in a child process (streamFitChild.ts: the read, the BG/NBD and the Gamma-Gamma fits as
 * `cvp clv fit` runs them), whose peak RSS is the figure: it must stay under 1 GiB. Twice: each customer's rows in date order (one pass), and
 * each customer's rows shuffled (the worst order: a second pass that keeps those customers' purchase days).
 */
import { execFile } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { betaDraw, gammaDraw, seededRandom } from '../models/simulate';
import type { BenchFigure } from './benchTypes';
import type { StreamFitRun } from './streamFitChild';

const CUSTOMERS = 1_000_000;
const LIMIT_MIB = 1024;
/** 2023-01-01 as a day number; the calibration ends on day 546 (2024-06-30), the log on day 730 (2024-12-31). */
const START_DAY = Date.UTC(2023, 0, 1) / 86_400_000;
const FIRST_PURCHASE_DAYS = 540;
const LAST_DAY = 730;

const isoDays: string[] = [];
for (let day = 0; day <= LAST_DAY; day++)
  isoDays.push(new Date((START_DAY + day) * 86_400_000).toISOString().slice(0, 10));

/**
 * Writes the log (streamed, 1 MiB at a time): BG/NBD in days (λ ~ Gamma(0.3, 1/12), p ~ Beta(0.8, 2.4)), amounts
 * Gamma(3) × 20 with a customer scale, one row in ten split in two same-day rows, one purchase in fifty followed by a
 * credit note. `shuffled`: each customer's rows in random order.
 */
export function writeLog(path: string, shuffled: boolean, customers = CUSTOMERS): number {
  const random = seededRandom(20261207);
  // Its own generator for the shuffle: both files hold the same rows, in two orders.
  const shuffle = seededRandom(7);
  const fd = openSync(path, 'w');
  let buffer = 'order_id,account,order_date,amount\n';
  let rows = 0;
  let order = 0;
  const customerRows: string[] = [];
  for (let i = 0; i < customers; i++) {
    const account = `ACC${String(i).padStart(7, '0')}`;
    const rate = gammaDraw(0.3, random) / 12;
    const dropout = betaDraw(0.8, 2.4, random);
    // Gamma-Gamma spend: ν ~ Gamma(q = 4, γ = 15), each amount ~ Gamma(p = 6, ν).
    const nu = gammaDraw(4, random) / 15;
    customerRows.length = 0;
    let day = Math.floor(random() * FIRST_PURCHASE_DAYS);
    for (let purchase = 0; purchase < 60 && day <= LAST_DAY; purchase++) {
      const amount = Math.round((gammaDraw(6, random) / nu) * 100) / 100;
      const date = isoDays[day];
      if (random() < 0.1) {
        const part = Math.round(amount * 30) / 100;
        customerRows.push(
          `O${order++},${account},${date},${part}`,
          `O${order++},${account},${date},${(amount - part).toFixed(2)}`
        );
      } else {
        customerRows.push(`O${order++},${account},${date},${amount}`);
      }
      if (random() < 0.005) {
        const back = Math.min(LAST_DAY, day + Math.floor(random() * 20));
        customerRows.push(`O${order++},${account},${isoDays[back]},${-Math.round(amount * 50) / 100}`);
      }
      if (purchase > 0 && random() < dropout) break;
      day += 1 + Math.floor(-Math.log(1 - random()) / Math.max(rate, 1e-6));
    }
    if (shuffled) {
      for (let k = customerRows.length - 1; k > 0; k--) {
        const j = Math.floor(shuffle() * (k + 1));
        [customerRows[k], customerRows[j]] = [customerRows[j], customerRows[k]];
      }
    } else {
      // Credit notes dated later than the next purchase: keep each customer's rows in date order.
      customerRows.sort((p, q) => (p.split(',')[2] < q.split(',')[2] ? -1 : p.split(',')[2] > q.split(',')[2] ? 1 : 0));
    }
    rows += customerRows.length;
    buffer += customerRows.join('\n') + '\n';
    if (buffer.length >= 1 << 20) {
      writeSync(fd, buffer);
      buffer = '';
    }
  }
  writeSync(fd, buffer);
  closeSync(fd);
  return rows;
}

async function fitInChild(path: string): Promise<StreamFitRun> {
  const { stdout } = await promisify(execFile)(process.execPath, [
    '--import',
    'tsx',
    join(__dirname, 'streamFitChild.ts'),
    path
  ]);
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as StreamFitRun;
}

export async function bench(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  for (const shuffled of [false, true]) {
    const name = shuffled ? 'streamFit.1M.shuffled' : 'streamFit.1M';
    const dir = mkdtempSync(join(tmpdir(), 'cvp-streamfit-'));
    try {
      const path = join(dir, 'orders.csv');
      const rows = writeLog(path, shuffled);
      const mib = statSync(path).size / 1048576;
      const run = await fitInChild(path);
      if (run.rows !== rows || run.customers < CUSTOMERS * 0.9) {
        throw new Error(`${name}: read ${run.rows} of ${rows} rows, ${run.customers} customers summarised`);
      }
      const peak = run.maxRssKiB / 1024;
      if (peak >= LIMIT_MIB) throw new Error(`${name}: peak RSS ${peak.toFixed(0)} MiB, not under 1 GiB`);
      figures.push(
        { name: `${name}.rows`, value: rows, unit: `rows (${mib.toFixed(0)} MiB, ${run.customers} customers)` },
        {
          name: `${name}.rowsPerSecond`,
          value: Math.round(rows / run.readSeconds),
          unit: 'rows/s (read and summarise)'
        },
        {
          name: `${name}.readSeconds`,
          value: run.readSeconds,
          unit: `s (${run.outOfOrderCustomers} customers read twice)`
        },
        {
          name: `${name}.totalSeconds`,
          value: run.totalSeconds,
          unit: `s (with the BG/NBD and Gamma-Gamma fits${run.converged && run.gammaGammaConverged ? '' : ': NOT converged'})`
        },
        {
          name: `${name}.gammaGammaSeconds`,
          value: run.gammaGammaSeconds,
          unit: `s (Gamma-Gamma on ${run.repeatBuyers} repeat buyers${run.gammaGammaConverged ? '' : ': NOT converged'})`
        },
        { name: `${name}.peakRssMiB`, value: Math.round(peak), unit: 'MiB (limit 1024)' }
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return figures;
}
