/**
 * `npm run golden:update`: rewrites the golden-vector files from their sources, formatted as committed.
 * - goldenVectors.json (value engine) from goldenVectorCases.ts: every case runs through the engine; a case with a
 *   hand-computed expectation (`hand`) keeps it, and when the engine disagrees with one, nothing is written and the
 *   disagreement is printed — a hand-checked expectation changes only by editing it, reviewed in the diff.
 * - predictiveGoldenVectors.json (predictive models) from scripts/models/goldenVectors.py: independent reference values
 *   (mpmath, 30 digits), regenerated when python3 with mpmath is available, left as is (and said so) otherwise.
 * Review `git diff` afterwards: every changed expected value is a behaviour change.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  buildGoldenVectors,
  goldenVectorsJson
} from '../../force-app/main/default/lwc/valueEngine/__tests__/goldenVectorBuild';

const root = join(__dirname, '..', '..');
const testsDir = join(root, 'force-app/main/default/lwc/valueEngine/__tests__');
const ENGINE_VECTORS = join(testsDir, 'goldenVectors.json');
const PREDICTIVE_VECTORS = join(testsDir, 'predictiveGoldenVectors.json');
const PREDICTIVE_SCRIPT = join(root, 'scripts/models/goldenVectors.py');

async function format(file: string, content: string): Promise<string> {
  const prettier = await import('prettier');
  const config = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(content, { ...config, filepath: file });
}

/** Writes `content` formatted; returns whether the file changed. */
async function writeFormatted(file: string, content: string): Promise<boolean> {
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const after = await format(file, content);
  writeFileSync(file, after);
  return before !== after;
}

function report(file: string, changed: boolean, what: string): void {
  console.log(`${relative(root, file)}: ${what}, ${changed ? 'CHANGED — review git diff' : 'unchanged'}`);
}

async function main(): Promise<number> {
  const { vectors, problems } = buildGoldenVectors();
  if (problems.length > 0) {
    console.error('golden:update: the engine disagrees with hand-computed expectations (nothing written):');
    for (const problem of problems) console.error(`  ${problem}`);
    console.error(
      'Fix the engine, or — if the rule changed on purpose — recompute the `hand` value in goldenVectorCases.ts.'
    );
    return 1;
  }
  report(ENGINE_VECTORS, await writeFormatted(ENGINE_VECTORS, goldenVectorsJson()), `${vectors.length} vectors`);

  const mpmath = spawnSync('python3', ['-c', 'import mpmath'], { encoding: 'utf8' });
  if (mpmath.status !== 0) {
    console.log(
      `${relative(root, PREDICTIVE_VECTORS)}: not regenerated (needs python3 with mpmath: pip install mpmath); ` +
        'its reference values do not depend on the engine'
    );
    return 0;
  }
  const before = existsSync(PREDICTIVE_VECTORS) ? readFileSync(PREDICTIVE_VECTORS, 'utf8') : '';
  const python = spawnSync('python3', [PREDICTIVE_SCRIPT], { cwd: root, encoding: 'utf8' });
  if (python.status !== 0) {
    writeFileSync(PREDICTIVE_VECTORS, before);
    console.error(`golden:update: ${relative(root, PREDICTIVE_SCRIPT)} failed:\n${python.stderr}`);
    return 1;
  }
  // The script writes plain json.dump output; formatted as committed, an unchanged model gives an unchanged file.
  const after = await format(PREDICTIVE_VECTORS, readFileSync(PREDICTIVE_VECTORS, 'utf8'));
  writeFileSync(PREDICTIVE_VECTORS, after);
  report(PREDICTIVE_VECTORS, before !== after, python.stdout.trim());
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  }
);
