/**
 * `npm run check:apex-security`: Salesforce Graph Engine (`ApexFlsViolation`, `DatabaseOperationsMustUseWithSharing`) on the
 * hand-written non-test Apex of force-app. Prints one finding per line; exit 1 on any finding, time-outs included.
 */
import { join } from 'node:path';
import { formatFinding } from '../shared/finding';
import { checkSecurity } from './checkSecurity';

function main(): void {
  const started = Date.now();
  const { files, entryPoints, findings } = checkSecurity(join(__dirname, '..', '..', '..'));
  for (const finding of findings) console.log(formatFinding(finding));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (files === 0) {
    console.log('apex security check: no hand-written non-test Apex class in force-app — nothing to analyse');
  } else {
    console.log(
      `apex security check (Graph Engine): ${files} class(es), ${entryPoints} entry point(s), ` +
        `${findings.length} finding(s) in ${seconds} s`
    );
  }
  process.exitCode = findings.length === 0 ? 0 : 1;
}

try {
  main();
} catch (error: unknown) {
  console.error(error);
  process.exitCode = 1;
}
