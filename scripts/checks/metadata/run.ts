/**
 * `npm run check:metadata`: strict XML, -meta.xml companions, API versions, schema references, permissions,
 * French translations and SDR conversion of force-app. Prints one finding per line; exit 1 on any finding.
 */
import { join } from 'node:path';
import { formatFinding } from '../shared/finding';
import { checkMetadata } from './checkMetadata';

async function main(): Promise<void> {
  const started = Date.now();
  const findings = await checkMetadata(join(__dirname, '..', '..', '..'));
  for (const finding of findings) console.log(formatFinding(finding));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`metadata check: ${findings.length} finding(s) in ${seconds} s`);
  process.exitCode = findings.length === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
