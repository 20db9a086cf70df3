/**
 * `npm run check:tests`: no test asserts a constant or compares a value with itself, and none is skipped or focused —
 * in the Apex test classes (hand-written and generated) and the jest tests. One finding per line; exit 1 on any.
 */
import { join } from 'node:path';
import { formatFinding } from '../shared/finding';
import { checkTests } from './checkTests';

try {
  const { apexTestClasses, jestFiles, findings } = checkTests(join(__dirname, '..', '..', '..'));
  for (const finding of findings) console.log(formatFinding(finding));
  console.log(
    `test check: ${apexTestClasses} Apex test class(es), ${jestFiles} jest file(s), ${findings.length} finding(s)`
  );
  process.exitCode = findings.length === 0 ? 0 : 1;
} catch (error: unknown) {
  console.error(error);
  process.exitCode = 1;
}
