/**
 * `npm test`: the whole offline verification, one step after another (scripts/checks/steps.ts), failing on any finding.
 * `npm run test:quick` (`--quick`): the same without the slow suites — the whole-engine differential proof and the
 * browser tests — for the inner loop: the steps run one per core at once (their output printed whole as each ends),
 * ESLint and Prettier with their caches.
 * Each step is also its own npm script. Every non-jest step counts as one test; jest contributes its own counts.
 * The last line is `N passed, N failed` (what CI reads).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { findChromium, missingChromiumMessage } from '../workbench/browser/chromium';
import { QUICK_ENV, STEPS, type Step } from './steps';

const root = join(__dirname, '..', '..');
const resultsDir = join(root, '.test-results');
const jestJson = join(resultsDir, 'jest.json');

interface JestSummary {
  numPassedTests: number;
  numFailedTests: number;
  success: boolean;
}

const quick = process.argv.includes('--quick');
const env = quick ? { ...process.env, [QUICK_ENV]: '1' } : process.env;

function runNpm(args: string[]): { ok: boolean; seconds: number } {
  const started = Date.now();
  const result = spawnSync('npm', ['run', '--silent', ...args], { cwd: root, stdio: 'inherit', env });
  return { ok: result.status === 0, seconds: (Date.now() - started) / 1000 };
}

interface StepResult {
  step: Step;
  ok: boolean;
}

/** `npm test`: one step after another, output streamed. */
function runInOrder(steps: Step[]): StepResult[] {
  return steps.map((step) => {
    console.log(`\n▶ ${step.name}  (npm run ${step.npmScript})`);
    const { ok, seconds } = runNpm([step.npmScript]);
    console.log(`${ok ? '✔' : '✘'} ${step.name} — ${seconds.toFixed(1)} s`);
    return { step, ok };
  });
}

/** test:quick: up to `width` steps at once, each started once the step it comes `after` has ended. */
function runConcurrently(steps: Step[], width: number): Promise<StepResult[]> {
  const pending = [...steps];
  const ended = new Set<string>();
  const results: StepResult[] = [];
  let running = 0;
  const ready = (step: Step): boolean =>
    step.after === undefined || ended.has(step.after) || !steps.some((s) => s.npmScript === step.after);
  return new Promise((resolve) => {
    if (steps.length === 0) resolve([]);
    const launch = (): void => {
      for (let i = pending.findIndex(ready); running < width && i >= 0; i = pending.findIndex(ready)) {
        const [step] = pending.splice(i, 1);
        running++;
        const started = Date.now();
        const args = ['run', '--silent', step.npmScript, ...(step.quickArgs ? ['--', ...step.quickArgs] : [])];
        const child = spawn('npm', args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('close', (code) => {
          running--;
          ended.add(step.npmScript);
          const ok = code === 0;
          console.log(`\n▶ ${step.name}  (npm ${args.slice(2).join(' ')})\n${output.trimEnd()}`);
          console.log(`${ok ? '✔' : '✘'} ${step.name} — ${((Date.now() - started) / 1000).toFixed(1)} s`);
          results.push({ step, ok });
          if (pending.length === 0 && running === 0) resolve(results);
          else launch();
        });
      }
    };
    launch();
  });
}

async function main(): Promise<void> {
  // The browser tests need Debian's Chromium: without it, stop before anything runs, with the command that installs it.
  if (!quick && findChromium() === undefined) {
    console.error(missingChromiumMessage());
    console.log('0 passed, 1 failed');
    process.exitCode = 1;
    return;
  }
  let passed = 0;
  let failed = 0;
  const failures: string[] = [];
  const steps = STEPS.filter((s) => s.quick || !quick);
  const results = quick ? await runConcurrently(steps, availableParallelism()) : runInOrder(steps);
  for (const { step, ok } of results) {
    if (ok) passed++;
    else {
      failed++;
      failures.push(step.name);
    }
  }

  console.log(
    quick
      ? '\n▶ jest, quick (no whole-engine differential proof, no browser tests, no coverage: npm test measures it)'
      : '\n▶ jest (unit, property, golden-vector, checker and LWC tests, with coverage thresholds)'
  );
  mkdirSync(resultsDir, { recursive: true });
  rmSync(jestJson, { force: true });
  // Quick: no coverage instrumentation (about a third of jest's time); `npm test` holds the thresholds.
  const coverage = quick ? ['--coverage=false'] : [];
  const jest = runNpm(['test:unit', '--', ...coverage, '--json', `--outputFile=${jestJson}`]);
  if (existsSync(jestJson)) {
    const summary = JSON.parse(readFileSync(jestJson, 'utf8')) as JestSummary;
    passed += summary.numPassedTests;
    failed += summary.numFailedTests;
    if (summary.numFailedTests > 0) failures.push(`${summary.numFailedTests} jest test(s)`);
    if (!jest.ok && summary.numFailedTests === 0) {
      // Every test passed but jest still failed: coverage thresholds or a suite that could not run.
      failed++;
      failures.push('jest run (coverage thresholds or a suite that failed to load)');
    }
  } else {
    failed++;
    failures.push('jest produced no results');
  }

  if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
