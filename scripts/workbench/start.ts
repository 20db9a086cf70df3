/**
 * `npm start`: the workbench. Compiles stale LWC TypeScript, builds the browser bundle (or reuses the cached one),
 * loads the sample data (plus `--accounts N` synthetic accounts), and serves the Lightning-like app on
 * http://127.0.0.1:${PORT:-3000} until stopped. Prints `Workbench ready: <url>` once it serves.
 * Options: `--port N` (or PORT), `--accounts N`, `--reset` (clears the local store `.workbench/`), `--rebuild`.
 */
import { portfolioTab } from './apexHandlers';
import { warmPortfolioTab } from './portfolioTab';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildWorkbench } from './build';
import { CLIENT_FOLDER, DIST_FOLDER, LWC_FOLDER, ROOT } from './paths';
import { readAllLabels } from './labels';
import { WorkbenchPortfolio } from './portfolio';
import { createWorkbenchServer } from './server';
import { WorkbenchStore } from './store';
import { readUsers } from './users';
import { parseStartOptions } from './options';

/** True when a component's .ts is newer than its compiled .js (or the .js is missing). */
function lwcNeedsCompile(folder: string): boolean {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '__tests__' && lwcNeedsCompile(path)) return true;
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
      const compiled = path.replace(/\.ts$/, '.js');
      if (!existsSync(compiled) || statSync(compiled).mtimeMs < statSync(path).mtimeMs) return true;
    }
  }
  return false;
}

async function main(): Promise<void> {
  const started = performance.now();
  const options = parseStartOptions(process.argv.slice(2), process.env);
  if (options.reset) {
    WorkbenchStore.reset(options.storeFolder);
    console.log('Local store cleared (.workbench/).');
  }
  if (lwcNeedsCompile(LWC_FOLDER)) {
    console.log('Compiling the LWC TypeScript (npm run build:lwc)…');
    const tsc = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(LWC_FOLDER, 'tsconfig.build.json')],
      { stdio: 'inherit' }
    );
    if (tsc.status !== 0) throw new Error('The LWC TypeScript does not compile (see above)');
  }
  const metadataFolder = join(ROOT, 'force-app', 'main', 'default');
  const labels = readAllLabels(metadataFolder);
  const build = await buildWorkbench(labels.names, options.rebuild);
  console.log(
    build.kind === 'cached'
      ? `Bundle unchanged, reused (${build.seconds.toFixed(1)} s).`
      : `Bundle built in ${build.seconds.toFixed(1)} s (components: ${build.components.join(', ') || 'none yet'}).`
  );
  const store = new WorkbenchStore(options.storeFolder);
  const portfolio = new WorkbenchPortfolio({ root: ROOT, syntheticAccounts: options.accounts, store });
  // The scoring run's portfolio snapshot: what the Portfolio tab reads first.
  warmPortfolioTab(portfolioTab(portfolio));
  const users = readUsers(join(metadataFolder, 'permissionsets'));
  const server = createWorkbenchServer({
    root: ROOT,
    distFolder: DIST_FOLDER,
    clientFolder: CLIENT_FOLDER,
    portfolio,
    users,
    labels
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${options.port} is in use: stop the other server, or start with --port N (or PORT=N)`)
          : error
      );
    });
    server.listen(options.port, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const url = `http://127.0.0.1:${port}`;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${portfolio.size.toLocaleString('en-US')} accounts scored as of ${portfolio.today}; started in ${seconds} s.`
  );
  console.log(`  Accounts:      ${url}/lightning/o/Account/list`);
  console.log(`  A record page: ${url}/lightning/r/Account/AccountRef1/view   (?lang=fr, ?user=sales|manager|admin)`);
  console.log(`Workbench ready: ${url}`);
  const stop = (): void => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
