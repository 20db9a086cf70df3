/**
 * Writes goldenVectors.json from goldenVectorCases.ts: runs every case through the engine, and refuses to write when a
 * hand-computed expectation (`hand`) disagrees with the engine (relative tolerance 1e-9).
 * Run: npx tsx force-app/main/default/lwc/valueEngine/__tests__/generateGoldenVectors.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as engine from '../valueEngine';
import { goldenCases } from './goldenVectorCases';
import { differences } from './goldenVectorCompare';

const functions = engine as unknown as Record<string, (...args: unknown[]) => unknown>;
const vectors: { function: string; args: unknown[]; expected: unknown; note?: string }[] = [];
const problems: string[] = [];
for (const item of goldenCases) {
  const fn = functions[item.function];
  if (typeof fn !== 'function') {
    problems.push(`${item.function}: not exported`);
    continue;
  }
  const args = JSON.parse(JSON.stringify(item.args)) as unknown[];
  const expected = JSON.parse(JSON.stringify(fn(...args))) as unknown;
  if (item.hand !== undefined) {
    const found = differences(expected, item.hand, item.function);
    if (found.length > 0) problems.push(...found);
  }
  const vector: { function: string; args: unknown[]; expected: unknown; note?: string } = {
    function: item.function,
    args: item.args,
    expected: item.hand !== undefined ? item.hand : expected
  };
  if (item.note !== undefined) vector.note = item.note;
  vectors.push(vector);
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
writeFileSync(join(__dirname, 'goldenVectors.json'), JSON.stringify(vectors, null, 1) + '\n');
console.log(
  `${vectors.length} golden vectors, ${goldenCases.filter((item) => item.hand !== undefined).length} checked by hand`
);
