/**
 * `npm run bench [-- --json] [-- --only <topic>]`: runs every `scripts/bench/*.bench.ts` module in turn and prints its
 * figures (a table, or with --json one JSON object `{ "<name>": { value, unit }, … }` to track from run to run).
 * Run with `node --expose-gc` semantics available through `global.gc` when present, so peak-memory figures are clean.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchFigure, BenchFunction } from './benchTypes';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const asJson = args.includes('--json');
  const onlyIndex = args.indexOf('--only');
  const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;
  const files = readdirSync(__dirname)
    .filter((name) => name.endsWith('.bench.ts'))
    .filter((name) => only === undefined || name.startsWith(`${only}.`))
    .sort();
  const figures: BenchFigure[] = [];
  for (const file of files) {
    const module = (await import(join(__dirname, file))) as { bench?: BenchFunction };
    if (typeof module.bench !== 'function') throw new Error(`${file} does not export a bench() function`);
    if (!asJson) console.error(`… ${file}`);
    figures.push(...(await module.bench()));
  }
  if (asJson) {
    const byName: Record<string, { value: number; unit: string }> = {};
    for (const figure of figures) byName[figure.name] = { value: figure.value, unit: figure.unit };
    console.log(JSON.stringify({ node: process.version, date: new Date().toISOString(), figures: byName }));
    return;
  }
  const width = Math.max(...figures.map((figure) => figure.name.length), 10);
  for (const figure of figures) {
    const shown = Number.isInteger(figure.value) ? figure.value.toLocaleString('en-US') : figure.value.toPrecision(4);
    console.log(`${figure.name.padEnd(width)}  ${shown} ${figure.unit}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
