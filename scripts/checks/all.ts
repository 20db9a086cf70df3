/**
 * `npm test`: the whole offline verification, one step after another (scripts/checks/steps.ts), failing on any finding.
 * `npm run test:quick` (`--quick`): the same without the slow suites — the whole-engine differential proof and the
 * browser tests — for the inner loop.
 * Each step is also its own npm script. Every non-jest step counts as one test; jest contributes its own counts.
 * The last line is `N passed, N failed` (what CI reads).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { QUICK_ENV, STEPS } from './steps';

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

function main(): void {
  let passed = 0;
  let failed = 0;
  const failures: string[] = [];
  for (const step of STEPS.filter((s) => s.quick || !quick)) {
    console.log(`\n▶ ${step.name}  (npm run ${step.npmScript})`);
    const { ok, seconds } = runNpm([step.npmScript]);
    console.log(`${ok ? '✔' : '✘'} ${step.name} — ${seconds.toFixed(1)} s`);
    if (ok) passed++;
    else {
      failed++;
      failures.push(step.name);
    }
  }

  console.log(
    quick
      ? '\n▶ jest, quick (no whole-engine differential proof, no browser tests; coverage thresholds still apply)'
      : '\n▶ jest (unit, property, golden-vector, checker and LWC tests, with coverage thresholds)'
  );
  mkdirSync(resultsDir, { recursive: true });
  rmSync(jestJson, { force: true });
  const jest = runNpm(['test:unit', '--', '--json', `--outputFile=${jestJson}`]);
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

main();
