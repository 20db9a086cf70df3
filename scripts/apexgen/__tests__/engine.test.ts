/**
 * The proof on the real engine (scripts/apexgen/proof.ts): the committed generated Apex (classes/generated, read from
 * disk, never regenerated first — scripts/checks/__tests__/generatedFreshness.test.ts corrupts one), run by the evaluator,
 * against the TypeScript engine — golden vectors, random inputs from the engine's arbitraries, and the line coverage
 * of the generated Apex test vectors. Every exported function gets APEXGEN_DIFF_RUNS random inputs (default and CI:
 * 10 000, the floor); a lower value is for quick local runs only. The runs are spread over one worker per core.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import type { FunctionFigures } from '../evaluator/differential';
import type { CoverageFigures } from '../evaluator/interpreter';
import type { GoldenFigures } from '../evaluator/engineDifferential';

const root = path.resolve(__dirname, '../../..');
/** The contract's types class as the coverage figures name it. */
const API_TYPES_CLASS = 'cvp_apitypes';

interface Proof {
  golden: (GoldenFigures & { file: string })[];
  differential: FunctionFigures[];
  vectors: number;
  heaviestVector: { function: string; iterations: number };
  coverage: CoverageFigures[];
  seconds: number;
}

const RUNS = Number(process.env.APEXGEN_DIFF_RUNS ?? 10_000);

function runProof(): Proof {
  const args = ['scripts/apexgen/proof.ts', '--runs', String(RUNS)];
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

describe('generated engine ≡ TypeScript engine', () => {
  jest.setTimeout(1_800_000);
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
    // Every function gets every run, each compared: none may hit the evaluator's runaway guard (3 000 000 loop
    // iterations per call).
    const short = proof.differential.filter((f) => f.runs < RUNS).map((f) => `${f.name}: ${f.runs} runs`);
    expect(short).toEqual([]);
    const heavy = proof.differential.filter((f) => f.overBudget > 0).map((f) => `${f.name}: ${f.overBudget}`);
    expect(heavy).toEqual([]);
  });

  it('covers every generated engine class at least 75 % with the generated Apex test vectors', () => {
    // Measured as the generated test class runs: arguments built through the DTO constructors. The contract's types
    // (CVP_ApiTypes) are built mostly by the hand-written controllers (portfolio page, separation plan, settings…),
    // so their coverage in the org comes from those controllers' Apex tests, which this offline run cannot execute.
    const below = (c: CoverageFigures): boolean => c.covered / c.lines < 0.75;
    const engineClasses = proof.coverage.filter((c) => c.className !== API_TYPES_CLASS);
    expect(engineClasses.length).toBe(proof.coverage.length - 1);
    const low = engineClasses.filter(below).map((c) => `${c.className}: ${c.covered}/${c.lines}`);
    expect(low).toEqual([]);
    expect(proof.vectors).toBeGreaterThan(0);
  });

  it('keeps every generated Apex test method light enough for the synchronous Apex CPU limit', () => {
    // Each test method is one transaction with 10 s of CPU in the org. The allowance is five times today's heaviest
    // vector (a 40-year CLV in a daily model, about 20 000 iterations): a new vector far heavier than that is a
    // question to ask before it reaches an org, not after.
    expect(proof.heaviestVector.iterations).toBeLessThanOrEqual(100_000);
    expect(proof.heaviestVector.iterations).toBeGreaterThan(0);
  });
});
