/**
 * `npm run check:apex`: PMD 7 (security, performance, best practices, error-prone) on every Apex class and trigger in
 * force-app, plus a reason for every suppression. Prints one finding per line; exit 1 on any finding.
 */
import { join } from 'node:path';
import { formatFinding } from '../shared/finding';
import { checkApex } from './checkApex';

function main(): void {
  const started = Date.now();
  const { files, findings } = checkApex(join(__dirname, '..', '..', '..'));
  for (const finding of findings) console.log(formatFinding(finding));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (files === 0) console.log('apex check: 0 Apex files in force-app — nothing to analyse, 0 violations');
  else console.log(`apex check: ${files} Apex file(s), ${findings.length} finding(s) in ${seconds} s`);
  process.exitCode = findings.length === 0 ? 0 : 1;
}

try {
  main();
} catch (error: unknown) {
  console.error(error);
  process.exitCode = 1;
}
