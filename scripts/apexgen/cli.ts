/**
 * apexgen command line.
 *   generate  write the generated Apex (classes/generated), CVP_ApiTypes, the golden-vector test class, types/lwc/apex.d.ts
 *   check     fail when the committed files differ from a fresh generation, or when a controller drifts from the contract
 */
import * as path from 'node:path';
import { buildAll, contractCheck, staleFiles, writeAll } from './build';
import { TranspileError } from './diagnostics';

async function main(argv: string[]): Promise<number> {
  const root = path.resolve(__dirname, '..', '..');
  const command = argv[0];
  if (command !== 'generate' && command !== 'check') {
    process.stderr.write('usage: tsx scripts/apexgen/cli.ts generate|check\n');
    return 2;
  }
  let output;
  try {
    output = await buildAll(root);
  } catch (e) {
    if (e instanceof TranspileError) {
      process.stderr.write(
        `apexgen: the engine uses constructs outside the subset (docs/ENGINE_SUBSET.md):\n${e.message}\n`
      );
      return 1;
    }
    throw e;
  }
  if (command === 'generate') {
    writeAll(root, output.files);
    process.stdout.write(
      `apexgen: ${output.classes.length} engine classes, ${output.vectors.length} test vectors, ${output.files.size} files written\n`
    );
    return 0;
  }
  let failed = false;
  const stale = staleFiles(root, output.files);
  if (stale.length > 0) {
    failed = true;
    process.stderr.write(
      `apexgen check: generated files are stale — run npm run build:apex and commit:\n  ${stale.join('\n  ')}\n`
    );
  } else {
    process.stdout.write(`apexgen check: ${output.files.size} generated files up to date\n`);
  }
  const contract = contractCheck(root);
  for (const c of contract.notImplemented) {
    process.stdout.write(`apexgen contract: ${c} not yet implemented (no controller file)\n`);
  }
  for (const m of contract.matched) {
    process.stdout.write(`apexgen contract: ${m} matches\n`);
  }
  if (contract.problems.length > 0) {
    failed = true;
    process.stderr.write(
      `apexgen contract: controllers drift from scripts/apexgen/contract/apiContract.ts:\n  ${contract.problems.join('\n  ')}\n`
    );
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  }
);
