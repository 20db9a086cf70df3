/**
 * Builds the workbench's browser bundle with LWC OSS: the shell, the project's own components from
 * force-app/main/default/lwc (the compiled .js beside each .ts — the same sources that deploy), lightning-base-components
 * and the platform stand-ins. Output in scripts/workbench/dist/ (git-ignored):
 * - `app.js` (shell and project components) and `vendor.js` (LWC engine, synthetic shadow, base components and their
 *   1 700 icon templates), so the browser caches the vendor chunk;
 * - `build-key.txt`: a hash of every input; a start whose inputs hash the same reuses the bundle (warm start);
 * - `rollup-cache.json`: Rollup's module cache, so a rebuild after a component change re-compiles only what changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import lwc from '@lwc/rollup-plugin';
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import type { RollupCache } from 'rollup';
import { rollup } from 'rollup';
import { CLIENT_FOLDER, DIST_FOLDER, LWC_FOLDER, ROOT } from './paths';
import { availableShellComponents, salesforceModules } from './salesforceModules';

/** The project components the shell places on its pages (mounted when the branch has them). */
export const SHELL_COMPONENTS = [
  'c-value-badge',
  'c-customer-value-panel',
  'c-portfolio-overview',
  'c-value-settings'
] as const;

export interface BuildResult {
  /** `cached` when the inputs had not changed since the last build. */
  kind: 'cached' | 'built';
  seconds: number;
  components: string[];
}

/** Every file under `folder` whose name passes `keep`, recursively, sorted. */
function filesUnder(folder: string, keep: (path: string) => boolean): string[] {
  if (!existsSync(folder)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '__tests__' && entry.name !== 'node_modules') found.push(...filesUnder(path, keep));
    } else if (keep(path)) found.push(path);
  }
  return found.sort();
}

/** Hash of everything the bundle depends on: component sources, shell, label names, locked package versions. */
export function buildKey(labelNames: ReadonlySet<string>): string {
  const hash = createHash('sha256');
  const inputs = [
    ...filesUnder(LWC_FOLDER, (path) => /\.(js|html|css)$/.test(path)),
    ...filesUnder(CLIENT_FOLDER, (path) => path.endsWith('.js')),
    join(__dirname, 'build.ts'),
    join(__dirname, 'salesforceModules.ts'),
    join(ROOT, 'package-lock.json')
  ];
  for (const file of inputs) {
    hash.update(relative(ROOT, file));
    hash.update(readFileSync(file));
  }
  hash.update([...labelNames].sort().join(','));
  return hash.digest('hex');
}

function writeAtomically(path: string, content: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

function readCache(file: string): RollupCache | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as RollupCache;
  } catch {
    return undefined;
  }
}

/** Builds the bundle unless the last build had the same inputs; `force` rebuilds anyway. */
export async function buildWorkbench(labelNames: ReadonlySet<string>, force = false): Promise<BuildResult> {
  const started = performance.now();
  const components = availableShellComponents(LWC_FOLDER, SHELL_COMPONENTS);
  const key = buildKey(labelNames);
  const keyFile = join(DIST_FOLDER, 'build-key.txt');
  const seconds = (): number => (performance.now() - started) / 1000;
  if (
    !force &&
    existsSync(keyFile) &&
    readFileSync(keyFile, 'utf8') === key &&
    existsSync(join(DIST_FOLDER, 'app.js'))
  ) {
    return { kind: 'cached', seconds: seconds(), components };
  }
  mkdirSync(DIST_FOLDER, { recursive: true });
  const cacheFile = join(DIST_FOLDER, 'rollup-cache.json');
  const bundle = await rollup({
    input: { app: join(CLIENT_FOLDER, 'shell.js') },
    cache: readCache(cacheFile),
    plugins: [
      salesforceModules({
        lwcFolder: LWC_FOLDER,
        clientFolder: CLIENT_FOLDER,
        labelNames,
        shellComponents: components
      }),
      replace({
        preventAssignment: true,
        values: { 'process.env.NODE_ENV': JSON.stringify('production'), 'import.meta.env.SSR': 'false' }
      }),
      lwc({
        rootDir: CLIENT_FOLDER,
        modules: [{ npm: 'lightning-base-components' }],
        enableDynamicComponents: true,
        enableSyntheticElementInternals: true
      }),
      nodeResolve()
    ],
    onwarn(warning, warn) {
      // Base components' own circular imports and `this` rewrites are theirs, not the project's.
      if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
      if (warning.id?.includes('node_modules') === true) return;
      warn(warning);
    }
  });
  await bundle.write({
    dir: DIST_FOLDER,
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: '[name].js',
    manualChunks(id) {
      return id.includes('node_modules') ? 'vendor' : undefined;
    }
  });
  if (bundle.cache !== undefined) writeAtomically(cacheFile, JSON.stringify(bundle.cache));
  await bundle.close();
  writeAtomically(keyFile, key);
  return { kind: 'built', seconds: seconds(), components };
}

/** Size of the built bundle in bytes (for the bench). */
export function bundleBytes(): number {
  return ['app.js', 'vendor.js']
    .map((name) => join(DIST_FOLDER, name))
    .filter((path) => existsSync(path))
    .reduce((sum, path) => sum + statSync(path).size, 0);
}
