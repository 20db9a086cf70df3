/**
 * The committed generated Apex is what deploys, so `npm test` checks it as committed: a copy of the project with one
 * `*` turned into `/` in the code of a committed generated class fails the freshness check (`npm run check:generated`),
 * and the differential evaluation of the committed classes (what the proof runs) disagrees with the TypeScript engine.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadEngine, readGoldenVectors, runGoldenVectors } from '../../apexgen/evaluator/engineDifferential';
import { defaultPaths } from '../../apexgen/generate';

const root = path.resolve(__dirname, '../../..');
const paths = defaultPaths(root);
const CORRUPTED_CLASS = 'CVP_Numbers';
const CORRUPTED_FUNCTION = 'roundTo';

/** Everything the generator and the contract check read: the scripts, force-app, types and the root configuration. */
function copyProject(): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'cvp-freshness-'));
  for (const entry of ['scripts', 'force-app', 'types']) {
    fs.cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
  }
  for (const file of fs.readdirSync(root)) {
    if (/^(package\.json|tsconfig\.json|sfdx-project\.json|\.prettierrc.*|\.prettierignore)$/.test(file)) {
      fs.copyFileSync(path.join(root, file), path.join(copy, file));
    }
  }
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  return copy;
}

/** Turns the first multiplication in the code of `roundTo` (not in a comment) into a division; returns the old line. */
function corruptOneMultiplication(file: string): string {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const start = lines.findIndex((l) => l.includes(` ${CORRUPTED_FUNCTION}(`));
  const index = lines.findIndex((l, i) => i > start && !/^\s*(\/\/|\*|\/\*)/.test(l) && l.includes(' * '));
  expect(start).toBeGreaterThanOrEqual(0);
  expect(index).toBeGreaterThan(start);
  const before = lines[index];
  lines[index] = before.replace(' * ', ' / ');
  fs.writeFileSync(file, lines.join('\n'));
  return before;
}

describe('a corrupted committed generated class', () => {
  jest.setTimeout(300_000);
  let copy: string;
  let corruptedFile: string;

  beforeAll(() => {
    copy = copyProject();
    corruptedFile = path.join(defaultPaths(copy).outDir, `${CORRUPTED_CLASS}.cls`);
    corruptOneMultiplication(corruptedFile);
  });

  afterAll(() => {
    fs.rmSync(copy, { recursive: true, force: true });
  });

  it('fails the freshness check, which names the class', () => {
    const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/apexgen/cli.ts', 'check'], {
      cwd: copy,
      encoding: 'utf8'
    });
    expect(result.stderr).toContain(`differs: force-app/main/default/classes/generated/${CORRUPTED_CLASS}.cls`);
    expect(result.status).toBe(1);
  });

  it('makes the differential evaluation of the committed classes disagree with the TypeScript engine', () => {
    const vectors = readGoldenVectors(paths.engineDir)
      .flatMap((g) => g.vectors)
      .filter((v) => v.function === CORRUPTED_FUNCTION);
    expect(vectors.length).toBeGreaterThan(0);
    // The same vectors agree on the committed classes in the proof (scripts/apexgen/__tests__/engine.test.ts).
    const corrupted = runGoldenVectors(
      loadEngine(root, paths.engineDir, { generatedDir: path.dirname(corruptedFile) }),
      vectors
    );
    expect(corrupted.mismatches.length).toBeGreaterThan(0);
  });

  it('is read as committed: a missing committed class is an error, not a fallback to fresh output', () => {
    const dir = path.dirname(corruptedFile);
    fs.rmSync(corruptedFile);
    expect(() => loadEngine(root, paths.engineDir, { generatedDir: dir })).toThrow(`${CORRUPTED_CLASS}.cls is missing`);
  });
});
