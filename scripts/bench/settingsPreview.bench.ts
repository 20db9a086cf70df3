/**
 * The Value Settings preview: how long one edit takes to re-score the portfolio in the browser (`runWhatIf` on every
 * account, "before" computed once) — 10 000 accounts (read whole) and 100 000 accounts (read whole, and as the page
 * reads them: a stratified sample of 10 000). The accounts are the workbench's synthetic portfolio built from the
 * sample data set; the edit raises the unit cost of high-priority support cases. The engine runs bundled into one
 * module, as the LWC build serves c/valueEngine. Median of 5 edits after 2 warm-up edits.
 */
import { buildSync } from 'esbuild';
import { unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Engine from '../../force-app/main/default/lwc/valueEngine/valueEngine';
import type { ValueConfig, WhatIfAccount } from '../../force-app/main/default/lwc/valueEngine/valueEngine';
import { configFromCustomMetadata } from '../local/configFromCustomMetadata';
import { SAMPLE_DATA_AS_OF, buildSampleFacts } from '../local/sampleDataFacts';
import { readSampleRecords } from '../local/sampleDataRecords';
import { syntheticPortfolio } from '../workbench/synthetic';
import type { BenchFigure } from './benchTypes';

const ROOT = join(__dirname, '..', '..');

function loadBundledEngine(): typeof Engine {
  const result = buildSync({
    entryPoints: [join(ROOT, 'force-app/main/default/lwc/valueEngine/valueEngine.ts')],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'es2022',
    write: false
  });
  const file = join(tmpdir(), `cvp-preview-bench-${process.pid}.cjs`);
  writeFileSync(file, result.outputFiles[0].text);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const engine = require(file) as typeof Engine;
  unlinkSync(file);
  return engine;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function edited(config: ValueConfig, unitCost: number): ValueConfig {
  const copy = structuredClone(config);
  for (const driver of copy.drivers) if (driver.name === 'Support_Case_High') driver.unitCost = unitCost;
  return copy;
}

export async function bench(): Promise<BenchFigure[]> {
  const engine = loadBundledEngine();
  const config = configFromCustomMetadata(join(ROOT, 'force-app/main/default/customMetadata'));
  const records = readSampleRecords(join(ROOT, 'data', 'sample-plan.json'));
  const templates = buildSampleFacts(records, config, SAMPLE_DATA_AS_OF);
  const figures: BenchFigure[] = [];

  /** Median time of one edit on `accounts` read as `strata` describe. */
  const timeEdits = (accounts: WhatIfAccount[], strata: Engine.WhatIfStratum[]): number => {
    const baseline = engine.prepareWhatIf(accounts, strata, config, SAMPLE_DATA_AS_OF);
    const times: number[] = [];
    for (let run = 0; run < 7; run++) {
      const next = edited(config, 200 + run * 100);
      const started = performance.now();
      engine.runWhatIf(baseline, next);
      if (run >= 2) times.push(performance.now() - started);
    }
    return median(times);
  };

  for (const size of [10_000, 100_000]) {
    const portfolio = syntheticPortfolio(templates, size, SAMPLE_DATA_AS_OF);
    // Strata: the tiers with the configuration in force (the stored tiers of the org's accounts).
    const evaluated = engine.evaluatePortfolio(portfolio.facts, config, SAMPLE_DATA_AS_OF).evaluations;
    const accounts: WhatIfAccount[] = portfolio.facts.map((facts, i) => ({
      accountId: facts.accountId ?? '',
      name: '',
      stratum: evaluated[i].tier,
      facts
    }));
    const tiers = ['D1', 'D2', 'D3', 'D4'];
    const populations = tiers.map((tier) => accounts.filter((each) => each.stratum === tier).length);
    const whole = timeEdits(
      accounts,
      tiers.map((tier, t) => ({ stratum: tier, population: populations[t], sampled: populations[t] }))
    );
    figures.push({
      name: `settings.preview.rescore${size / 1000}k.whole`,
      value: Math.round(whole * 10) / 10,
      unit: 'ms'
    });
    if (size > engine.WHAT_IF_FULL_LIMIT) {
      // The page reads each tier's first accounts by Sample_Key__c, a random sample: here every k-th, as random.
      const sizes = engine.whatIfSampleSizes(populations, engine.WHAT_IF_FULL_LIMIT);
      const sample = tiers.flatMap((tier, t) => {
        const stratum = accounts.filter((each) => each.stratum === tier);
        return Array.from({ length: sizes[t] }, (_, i) => stratum[Math.floor((i * stratum.length) / sizes[t])]);
      });
      const strata = tiers.map((tier, t) => ({ stratum: tier, population: populations[t], sampled: sizes[t] }));
      const sampled = timeEdits(sample, strata);
      figures.push({
        name: `settings.preview.rescore${size / 1000}k.sampled10k`,
        value: Math.round(sampled * 10) / 10,
        unit: 'ms'
      });
    }
  }
  return Promise.resolve(figures);
}
