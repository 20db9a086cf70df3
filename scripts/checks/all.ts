/**
 * `npm test`: the whole offline verification, one step after another, failing on any finding.
 * Each step is also its own npm script. Every non-jest step counts as one test; jest contributes its own counts.
 * The last line is `N passed, N failed` (what CI reads).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

interface Step {
  name: string;
  npmScript: string;
}

/** Order matters: the build emits the LWC .js that the metadata check converts; cheap static checks run before jest. */
const STEPS: Step[] = [
  { name: 'build (tsc → LWC .js, generated Apex)', npmScript: 'build' },
  { name: 'generated Apex is up to date', npmScript: 'check:generated' },
  { name: 'typecheck (tsc --noEmit, strict)', npmScript: 'typecheck' },
  { name: 'lint (ESLint, zero warnings)', npmScript: 'lint' },
  { name: 'format (Prettier; parses Apex with the Salesforce parser)', npmScript: 'format:check' },
  { name: 'metadata (strict XML, references, translations, conversion)', npmScript: 'check:metadata' },
  { name: 'apex static analysis (PMD)', npmScript: 'check:apex' },
  { name: 'apex semantic check (apex-ls: classes, methods, fields, types)', npmScript: 'check:apex-semantic' }
];

const root = join(__dirname, '..', '..');
const resultsDir = join(root, '.test-results');
const jestJson = join(resultsDir, 'jest.json');

interface JestSummary {
  numPassedTests: number;
  numFailedTests: number;
  success: boolean;
}

function runNpm(args: string[]): { ok: boolean; seconds: number } {
  const started = Date.now();
  const result = spawnSync('npm', ['run', '--silent', ...args], { cwd: root, stdio: 'inherit', env: process.env });
  return { ok: result.status === 0, seconds: (Date.now() - started) / 1000 };
}

function main(): void {
  let passed = 0;
  let failed = 0;
  const failures: string[] = [];
  for (const step of STEPS) {
    console.log(`\n▶ ${step.name}  (npm run ${step.npmScript})`);
    const { ok, seconds } = runNpm([step.npmScript]);
    console.log(`${ok ? '✔' : '✘'} ${step.name} — ${seconds.toFixed(1)} s`);
    if (ok) passed++;
    else {
      failed++;
      failures.push(step.name);
    }
  }

  console.log('\n▶ jest (unit, property, golden-vector, checker and LWC tests, with coverage thresholds)');
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
