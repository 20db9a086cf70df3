/**
 * `cvp org pull` streaming: 100 000 and 1 000 000 order rows from a local Bulk API 2.0 stand-in that generates its
 * result pages on the fly (so the figures are the client's), written to a file in /tmp. Constant memory means the
 * peak heap does not grow with the row count.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runOrgCli } from '../cli/org/orgCli';
import { DEFAULT_RETRY } from '../cli/org/retry';
import type { BenchFigure } from './benchTypes';

const PAGE = 100_000;

function row(i: number): string {
  return `"801${String(i).padStart(12, '0')}","001${String(i % 50_000).padStart(12, '0')}","2025-${String(1 + (i % 12)).padStart(2, '0')}-15","${(i % 997) + 0.5}"\n`;
}

async function pull(rows: number): Promise<{ seconds: number; peakHeap: number; bytes: number }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'POST') {
      req.resume();
      res
        .writeHead(200, { 'Content-Type': 'application/json' })
        .end(JSON.stringify({ id: '750B', state: 'UploadComplete' }));
      return;
    }
    if (!url.pathname.endsWith('/results')) {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: '750B', state: 'JobComplete', numberRecordsProcessed: rows }));
      return;
    }
    const from = Number(url.searchParams.get('locator') ?? '0');
    const to = Math.min(rows, from + PAGE);
    res.writeHead(200, { 'Content-Type': 'text/csv', 'Sforce-Locator': to < rows ? String(to) : 'null' });
    res.write('"Id","AccountId","EffectiveDate","TotalAmount"\n');
    let i = from;
    const more = (): void => {
      while (i < to) {
        let chunk = '';
        for (let k = 0; k < 1000 && i < to; k++) chunk += row(i++);
        if (!res.write(chunk)) {
          res.once('drain', more);
          return;
        }
      }
      res.end();
    };
    more();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dir = mkdtempSync(join(tmpdir(), 'cvp-bench-'));
  const out = join(dir, 'orders.csv');
  global.gc?.();
  let peakHeap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 20);
  const started = process.hrtime.bigint();
  const code = await runOrgCli(
    ['org', 'pull', '--target-org', 'bench', '--source', 'orders', '--out', out, '--json'],
    { out: () => undefined, err: (t) => process.stderr.write(t) },
    {
      session: (targetOrg) =>
        Promise.resolve({
          targetOrg,
          username: 'bench@example',
          instanceUrl: url,
          accessToken: 'bench',
          apiVersion: '66.0'
        }),
      defaultOrg: () => Promise.resolve(undefined),
      retry: DEFAULT_RETRY,
      pollIntervalMs: 1,
      timeoutMs: 60_000,
      progress: false,
      today: () => new Date()
    }
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(timer);
  const bytes = statSync(out).size;
  rmSync(dir, { recursive: true, force: true });
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    })
  );
  if (code !== 0) throw new Error(`org pull exited ${code}`);
  return { seconds, peakHeap, bytes };
}

export async function bench(): Promise<BenchFigure[]> {
  const small = await pull(100_000);
  const large = await pull(1_000_000);
  const mib = (b: number): number => Math.round((b / 1048576) * 10) / 10;
  return [
    { name: 'orgPull.1M.rowsPerSecond', value: Math.round(1_000_000 / large.seconds), unit: 'rows/s' },
    { name: 'orgPull.1M.fileMiB', value: mib(large.bytes), unit: 'MiB' },
    { name: 'orgPull.100k.peakHeapMiB', value: mib(small.peakHeap), unit: 'MiB' },
    { name: 'orgPull.1M.peakHeapMiB', value: mib(large.peakHeap), unit: 'MiB' }
  ];
}
