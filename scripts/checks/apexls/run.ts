/**
 * `npm run check:apex-semantic`: apex-ls on every Apex class and trigger of force-app (generated and hand-written) —
 * unknown classes, methods, fields, wrong types, wrong arity. Prints one finding per line; exit 1 on any finding.
 */
import { join } from 'node:path';
import { formatFinding } from '../shared/finding';
import { checkSemantic } from './checkSemantic';

function main(): void {
  const started = Date.now();
  const { files, findings } = checkSemantic(join(__dirname, '..', '..', '..'));
  for (const finding of findings) console.log(formatFinding(finding));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (files === 0) console.log('apex semantic check: 0 Apex files in force-app — nothing to analyse, 0 issues');
  else console.log(`apex semantic check (apex-ls): ${files} Apex file(s), ${findings.length} issue(s) in ${seconds} s`);
  process.exitCode = findings.length === 0 ? 0 : 1;
}

try {
  main();
} catch (error: unknown) {
  console.error(error);
  process.exitCode = 1;
}
