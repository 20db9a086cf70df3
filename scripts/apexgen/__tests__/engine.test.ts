/**
 * The proof on the real engine (scripts/apexgen/proof.ts): the committed generated Apex, run by the evaluator,
 * against the TypeScript engine — golden vectors, random inputs from the engine's arbitraries, and the line coverage
 * of the generated Apex test vectors. APEXGEN_DIFF_RUNS (default 10 000) runs per function; without
 * APEXGEN_DIFF_FULL=1 a function also stops after APEXGEN_DIFF_BUDGET_MS (default 350 ms) once it has 1 000 runs.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FunctionFigures } from '../evaluator/differential';
import type { CoverageFigures } from '../evaluator/interpreter';
import type { GoldenFigures } from '../evaluator/engineDifferential';
import { defaultPaths } from '../generate';

const root = path.resolve(__dirname, '../../..');
const paths = defaultPaths(root);
const hasEngine = fs.existsSync(paths.engineDir) && fs.existsSync(paths.outDir);

interface Proof {
  golden: (GoldenFigures & { file: string })[];
  differential: FunctionFigures[];
  vectors: number;
  coverage: CoverageFigures[];
  seconds: number;
}

function runProof(): Proof {
  const args = ['scripts/apexgen/proof.ts', '--runs', process.env.APEXGEN_DIFF_RUNS ?? '10000'];
  args.push(
    ...(process.env.APEXGEN_DIFF_FULL === '1'
      ? ['--full']
      : ['--budget-ms', process.env.APEXGEN_DIFF_BUDGET_MS ?? '350'])
  );
  const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  });
  if (result.status !== 0) {
    throw new Error(`proof.ts failed: ${result.stderr}`);
  }
  return JSON.parse(result.stdout) as Proof;
}

(hasEngine ? describe : describe.skip)('generated engine ≡ TypeScript engine', () => {
  jest.setTimeout(900_000);
  let proof: Proof;

  beforeAll(() => {
    proof = runProof();
  });

  it('agrees on every golden vector', () => {
    for (const g of proof.golden) {
      expect(g.mismatches).toEqual([]);
      expect(g.vectors).toBeGreaterThan(0);
    }
  });

  it('agrees on random inputs for every exported function', () => {
    const failures = proof.differential
      .filter((f) => f.mismatches > 0)
      .map((f) => `${f.name}: ${f.firstMismatch ?? ''}`);
    expect(failures).toEqual([]);
    expect(proof.differential.length).toBeGreaterThan(0);
    for (const f of proof.differential) {
      expect(f.runs >= Math.min(Number(process.env.APEXGEN_DIFF_RUNS ?? 10_000), 1000) || f.overBudget > 0).toBe(true);
    }
  });

  it('covers every generated class at least 75 % with the generated Apex test vectors', () => {
    // Measured as the generated test class runs: arguments built through the DTO constructors.
    const below = (c: CoverageFigures): boolean => c.covered / c.lines < 0.75;
    const low = proof.coverage.filter(below).map((c) => `${c.className}: ${c.covered}/${c.lines}`);
    expect(low).toEqual([]);
    expect(proof.vectors).toBeGreaterThan(0);
  });
});
