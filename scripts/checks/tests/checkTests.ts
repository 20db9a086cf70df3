import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, toRelative } from '../shared/files';
import { sortFindings, type Finding } from '../shared/finding';
import { checkApexTestClass, isApexTestClass } from './apexTests';
import { checkJestTestFile } from './jestTests';

export interface TestCheckResult {
  apexTestClasses: number;
  jestFiles: number;
  findings: Finding[];
}

/**
 * Every Apex test class under force-app (hand-written and generated) and every jest test source (a `.ts`/`.js` in a
 * `__tests__` folder of force-app or scripts). Fixture folders hold deliberately broken examples for the checks'
 * own tests and are not run by jest, so they are left out.
 */
export function checkTests(projectRoot: string): TestCheckResult {
  const under = (dir: string): string[] =>
    existsSync(join(projectRoot, dir)) ? listFiles(join(projectRoot, dir)) : [];
  const all = [...under('force-app'), ...under('scripts')].map((f) => ({ full: f, rel: toRelative(projectRoot, f) }));
  const findings: Finding[] = [];
  let apexTestClasses = 0;
  let jestFiles = 0;
  for (const { full, rel } of all) {
    if (rel.includes('/fixtures/')) continue;
    if (rel.startsWith('force-app/') && rel.endsWith('.cls')) {
      const source = readFileSync(full, 'utf8');
      if (!isApexTestClass(source)) continue;
      apexTestClasses++;
      findings.push(...checkApexTestClass(rel, source));
    } else if (rel.includes('/__tests__/') && /\.(ts|js)$/.test(rel) && !rel.endsWith('.d.ts')) {
      jestFiles++;
      findings.push(...checkJestTestFile(rel, readFileSync(full, 'utf8')));
    }
  }
  return { apexTestClasses, jestFiles, findings: sortFindings(findings) };
}
