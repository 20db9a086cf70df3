/**
 * Engine benchmark: 1 000 000 synthetic accounts end to end, as the scoring batch runs them — pass 1 computes every
 * net value and the percentile cut-offs once, pass 2 evaluates each account (facts → value, churn, score, tier,
 * flags, action) and adds it to the one portfolio aggregate of the run (the batch carries it in its state from chunk to
 * chunk), then summarises the portfolio.
 * Facts are generated per chunk of 2 000 (deterministic PRNG) into reused records, outside the timed sections, with
 * the driver quantities as the batch's AccountFactsBuilder builds them (a list aligned with the configured drivers
 * beside one shared names text, every driver present); only engine calls are timed. Each chunk evaluates into one workspace (no per-account record) and pass 2 reuses pass 1's
 * cost to serve; every 50th chunk, 100 accounts are checked, untimed, to equal the record-by-record engine's result.
 * The engine runs as it ships: bundled into one JavaScript module (as the LWC build serves c/valueEngine), built here
 * with esbuild; module-by-module loading through tsx adds a getter call to every cross-module function call.
 */
import { buildSync } from 'esbuild';
import { unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import type * as Engine from '../../force-app/main/default/lwc/valueEngine/valueEngine';
import type { AccountFacts, PortfolioAggregate } from '../../force-app/main/default/lwc/valueEngine/valueEngine';
import type { BenchFigure } from './benchTypes';

/** The engine bundled into a single CommonJS module. */
function loadBundledEngine(): typeof Engine {
  const result = buildSync({
    entryPoints: [join(__dirname, '../../force-app/main/default/lwc/valueEngine/valueEngine.ts')],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'es2022',
    write: false
  });
  const file = join(tmpdir(), `cvp-engine-bench-${process.pid}.cjs`);
  writeFileSync(file, result.outputFiles[0].text);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const engine = require(file) as typeof Engine;
  unlinkSync(file);
  return engine;
}

const ACCOUNTS = 1_000_000;
const CHUNK = 2_000;
/** Chunks whose engine work is timed in one stretch (their facts generated before it). */
const CHUNKS_TIMED_TOGETHER = 5;
const TODAY = '2025-06-30';
const INDUSTRIES = ['Technology', 'Manufacturing', 'Retail', 'Banking', 'Healthcare', 'Energy'];
const COUNTRIES = ['FR', 'BE', 'DE', 'US', 'ES'];
const FAMILIES = ['', 'Services', 'Hardware'];

function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAYS_BACK = 6000;
const DAY_STRINGS: string[] = [];
for (let offset = -DAYS_BACK; offset <= DAYS_BACK; offset++) {
  DAY_STRINGS.push(new Date(Date.UTC(2025, 5, 30) - offset * 86_400_000).toISOString().slice(0, 10));
}

/** The ISO date `offset` days before 2025-06-30 (negative: after), from a precomputed table. */
function isoDay(offset: number): string {
  return DAY_STRINGS[offset + DAYS_BACK];
}

/** Day number (days since 1970-01-01) of 2025-06-30. */
const TODAY_DAY = Date.UTC(2025, 5, 30) / 86_400_000;

const ACCOUNT_IDS: string[] = [];

/**
 * The configured drivers' names, as the scoring batch's `AccountFactsBuilder` builds the facts: each account's
 * quantities are a list aligned with them, every driver present (0 when nothing matched; four of the eleven default
 * drivers have no activity here), beside the names joined by commas, one text shared by every account's facts.
 */
let DRIVER_NAMES: string[] = [];
/** Those names joined by commas, the one text every account's facts share (`AccountFacts.driverNames`). */
let DRIVER_NAMES_TEXT = '';
/** Positions in the quantity list of the drivers the generator gives activity to. */
const SLOT = { high: 0, medium: 0, complaint: 0, visit: 0, meeting: 0, paymentDelay: 0, complexity: 0 };

/** Uses the drivers of `config` for the facts generated from now on. */
function useDriversOf(config: Engine.ValueConfig): void {
  DRIVER_NAMES = config.drivers.map((driver) => driver.name);
  DRIVER_NAMES_TEXT = DRIVER_NAMES.join(',');
  const slot = (name: string): number => {
    const index = DRIVER_NAMES.indexOf(name);
    if (index < 0) throw new Error(`engine bench: no driver ${name} in the configuration`);
    return index;
  };
  SLOT.high = slot('Support_Case_High');
  SLOT.medium = slot('Support_Case_Medium');
  SLOT.complaint = slot('Complaint');
  SLOT.visit = slot('Sales_Visit');
  SLOT.meeting = slot('Meeting_Time');
  SLOT.paymentDelay = slot('Payment_Delay');
  SLOT.complexity = slot('Operational_Complexity');
}

/** An empty facts record whose fields the generator overwrites chunk after chunk (no generator garbage). */
function blankFacts(): AccountFacts {
  return {
    accountId: '',
    industry: '',
    country: '',
    employees: 0,
    productFamily: '',
    revenueCurrent: 0,
    revenuePrevious: 0,
    driverNames: DRIVER_NAMES_TEXT,
    driverQuantityList: DRIVER_NAMES.map(() => 0),
    weightedPipeline: 0,
    referralsMade: 0,
    promoterScore: 0,
    strategic: false,
    casesCurrent: 0,
    casesPrevious: 0,
    complaints: 0,
    satisfaction: 0,
    lastOrderDate: '',
    relationshipStartDate: '',
    contractEndDate: '',
    lastOrderDay: 0,
    relationshipStartDay: 0,
    contractEndDay: 0
  };
}

/** The facts of chunk `chunk` (same facts on every call), written into the records of `facts`. */
function chunkFacts(chunk: number, facts: AccountFacts[]): void {
  const next = generator(chunk + 1);
  for (let i = 0; i < CHUNK; i++) {
    const record = facts[i];
    const quantities = record.driverQuantityList ?? [];
    const revenue = Math.exp(9 + 1.5 * (next() + next() + next() - 1.5));
    record.accountId = ACCOUNT_IDS[i];
    record.industry = INDUSTRIES[Math.floor(next() * INDUSTRIES.length)];
    record.country = COUNTRIES[Math.floor(next() * COUNTRIES.length)];
    record.employees = Math.floor(next() * 8000);
    record.productFamily = FAMILIES[Math.floor(next() * FAMILIES.length)];
    record.revenueCurrent = revenue;
    record.revenuePrevious = revenue * (0.6 + next() * 0.8);
    quantities[SLOT.high] = Math.floor(next() * 6);
    quantities[SLOT.medium] = Math.floor(next() * 10);
    quantities[SLOT.complaint] = Math.floor(next() * 2);
    quantities[SLOT.visit] = Math.floor(next() * 8);
    quantities[SLOT.meeting] = Math.floor(next() * 600);
    quantities[SLOT.paymentDelay] = next() * revenue * 20;
    quantities[SLOT.complexity] = 1 + Math.floor(next() * 5);
    record.weightedPipeline = next() * revenue;
    record.referralsMade = next() < 0.1 ? 1 : 0;
    record.promoterScore = Math.floor(next() * 11);
    record.strategic = next() < 0.03;
    record.casesCurrent = Math.floor(next() * 10);
    record.casesPrevious = Math.floor(next() * 10);
    record.complaints = Math.floor(next() * 2);
    record.satisfaction = Math.floor(next() * 11);
    // Dates as the scoring batch passes them: the ISO text (kept for display) and the day number (Date.daysBetween).
    const lastOrder = Math.floor(next() * 400);
    const relationshipStart = 200 + Math.floor(next() * 5000);
    const contractEnd = Math.floor(next() * 400) - 200;
    record.lastOrderDate = isoDay(lastOrder);
    record.relationshipStartDate = isoDay(relationshipStart);
    record.contractEndDate = isoDay(contractEnd);
    record.lastOrderDay = TODAY_DAY - lastOrder;
    record.relationshipStartDay = TODAY_DAY - relationshipStart;
    record.contractEndDay = TODAY_DAY - contractEnd;
  }
}

interface Peak {
  rss: number;
  heap: number;
}

function sample(peak: Peak): void {
  const usage = process.memoryUsage();
  peak.rss = Math.max(peak.rss, usage.rss);
  peak.heap = Math.max(peak.heap, usage.heapUsed);
}

function nowSeconds(): number {
  return Number(process.hrtime.bigint()) / 1e9;
}

/** CPU seconds (user + system) this process has used: what one core spent, whatever else the machine runs. */
function cpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

/** Facts of `count` accounts (each its own record: the what-if keeps them), from the same generator as the chunks. */
function portfolioFacts(count: number): AccountFacts[] {
  const all: AccountFacts[] = [];
  const chunk: AccountFacts[] = [];
  for (let i = 0; i < CHUNK; i++) chunk.push(blankFacts());
  for (let start = 0; start < count; start += CHUNK) {
    chunkFacts(start / CHUNK, chunk);
    for (let i = 0; i < CHUNK && start + i < count; i++) {
      const copy = {
        ...chunk[i],
        accountId: `W${start + i}`,
        driverQuantityList: chunk[i].driverQuantityList?.slice()
      };
      all.push(copy);
    }
  }
  return all;
}

/**
 * The Value Settings preview (issue 14): the baseline is evaluated once with the configuration in force
 * (`prepareWhatIf`), then each edit re-scores every account with the edited configuration (`runWhatIf`): the time of
 * one edit, median of 5, for the whole portfolio read (no sample).
 */
function previewFigures(engine: typeof Engine, count: number): BenchFigure[] {
  const config = engine.defaultConfig();
  const accounts = portfolioFacts(count).map((facts) => ({
    accountId: facts.accountId ?? '',
    name: facts.accountId ?? '',
    stratum: '',
    facts: facts
  }));
  const baseline = engine.prepareWhatIf(accounts, [], config, TODAY);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let run = 0; run < 5; run++) {
    const edited = engine.defaultConfig();
    edited.drivers = edited.drivers.map((driver) =>
      driver.name === 'Support_Case_High' ? { ...driver, unitCost: driver.unitCost * (2 + run) } : driver
    );
    const start = nowSeconds();
    const cpu = cpuSeconds();
    const result = engine.runWhatIf(baseline, edited);
    times.push(nowSeconds() - start);
    cpuTimes.push(cpuSeconds() - cpu);
    if (result.population !== count) throw new Error('engine bench: unexpected what-if');
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  return [
    { name: `engine.preview.rescore${count / 1000}k.ms`, value: Math.round(times[2] * 1000), unit: 'ms' },
    { name: `engine.preview.rescore${count / 1000}k.cpuMs`, value: Math.round(cpuTimes[2] * 1000), unit: 'CPU-ms' }
  ];
}

/** Every this many chunks, the bench checks a sample of accounts against the record-by-record engine (untimed). */
const CHECKED_CHUNK_STEP = 50;
/** Accounts checked in such a chunk. */
const CHECKED_ACCOUNTS = 100;

/**
 * The timed path (one workspace per chunk, pass 1's cost to serve reused) must give each account exactly the evaluation
 * of the record-by-record engine (`netValueOfFacts`, `evaluateAccountOnDay`): checked on the first accounts of a chunk.
 */
function checkAgainstRecordByRecord(
  engine: typeof Engine,
  facts: AccountFacts[],
  config: Engine.ValueConfig,
  cutoffs: Engine.TierCutoffs,
  netValues: number[],
  costs: number[],
  first: number
): void {
  const workspace = engine.newEvaluationWorkspace(config);
  const todayDay = engine.dayNumberOf(TODAY);
  for (let i = 0; i < CHECKED_ACCOUNTS; i++) {
    const reference = engine.evaluateAccountOnDay(facts[i], config, cutoffs, todayDay);
    engine.evaluateAccountWithCostInto(workspace, facts[i], cutoffs, todayDay, costs[first + i]);
    // The same quantities keyed by name (the shape of snapshots stored before the list) give the same net value.
    const keyed: Record<string, number> = {};
    DRIVER_NAMES.forEach((name, index) => (keyed[name] = facts[i].driverQuantityList?.[index] ?? 0));
    if (
      netValues[first + i] !== engine.netValueOfFacts(facts[i], config) ||
      netValues[first + i] !==
        engine.netValueOfFacts({ ...facts[i], driverQuantityList: undefined, driverQuantities: keyed }, config) ||
      !isDeepStrictEqual(workspace.evaluation, reference)
    ) {
      throw new Error(`engine bench: account ${first + i} differs from the record-by-record evaluation`);
    }
  }
}

/** Runs the benchmark and returns its figures. */
export function bench(): Promise<BenchFigure[]> {
  const engine = loadBundledEngine();
  const {
    addEvaluationToAggregate,
    computeTierCutoffs,
    defaultConfig,
    emptyPortfolioAggregateFor,
    dayNumberOf,
    evaluateAccountWithCostInto,
    firstPassCostToServe,
    netValueOfFactsInto,
    newEvaluationWorkspace,
    summarizePortfolio
  } = engine;
  (globalThis as { gc?: () => void }).gc?.();
  const config = defaultConfig();
  useDriversOf(config);
  // Facts of CHUNKS_TIMED_TOGETHER chunks are generated, then their engine work is timed in one stretch: the clock and
  // `process.cpuUsage` (a system call) are read once per stretch, not once per chunk.
  const group: AccountFacts[][] = [];
  for (let g = 0; g < CHUNKS_TIMED_TOGETHER; g++) {
    const facts: AccountFacts[] = [];
    for (let i = 0; i < CHUNK; i++) facts.push(blankFacts());
    group.push(facts);
  }
  for (let i = 0; i < CHUNK; i++) ACCOUNT_IDS.push(`A${i}`);
  const chunks = ACCOUNTS / CHUNK;
  const netValues: number[] = new Array<number>(ACCOUNTS).fill(0);
  // Pass 1's cost to serve per account, which pass 2 reuses (−1 when pass 1 had findings: recomputed with them).
  const costs: number[] = new Array<number>(ACCOUNTS).fill(0);
  const peak: Peak = { rss: 0, heap: 0 };
  let engineSeconds = 0;
  let engineCpu = 0;
  for (let first = 0; first < chunks; first += CHUNKS_TIMED_TOGETHER) {
    for (let g = 0; g < CHUNKS_TIMED_TOGETHER; g++) chunkFacts(first + g, group[g]);
    const start = nowSeconds();
    const cpu = cpuSeconds();
    for (let g = 0; g < CHUNKS_TIMED_TOGETHER; g++) {
      const facts = group[g];
      const offset = (first + g) * CHUNK;
      const workspace = newEvaluationWorkspace(config);
      for (let i = 0; i < CHUNK; i++) {
        netValueOfFactsInto(workspace, facts[i]);
        netValues[offset + i] = workspace.figures.money.netValue;
        costs[offset + i] = firstPassCostToServe(workspace);
      }
    }
    engineSeconds += nowSeconds() - start;
    engineCpu += cpuSeconds() - cpu;
    sample(peak);
  }
  const firstPassSeconds = engineSeconds;
  const firstPassCpu = engineCpu;
  let start = nowSeconds();
  let cpu = cpuSeconds();
  const cutoffs = computeTierCutoffs(netValues, config.tierPolicy);
  const cutoffSeconds = nowSeconds() - start;
  engineSeconds += cutoffSeconds;
  engineCpu += cpuSeconds() - cpu;
  const portfolio: PortfolioAggregate = emptyPortfolioAggregateFor(config);
  let separations = 0;
  for (let first = 0; first < chunks; first += CHUNKS_TIMED_TOGETHER) {
    for (let g = 0; g < CHUNKS_TIMED_TOGETHER; g++) chunkFacts(first + g, group[g]);
    start = nowSeconds();
    cpu = cpuSeconds();
    for (let g = 0; g < CHUNKS_TIMED_TOGETHER; g++) {
      const facts = group[g];
      const offset = (first + g) * CHUNK;
      const todayDay = dayNumberOf(TODAY);
      const workspace = newEvaluationWorkspace(config);
      const evaluation = workspace.evaluation;
      for (let i = 0; i < CHUNK; i++) {
        evaluateAccountWithCostInto(workspace, facts[i], cutoffs, todayDay, costs[offset + i]);
        if (evaluation.action === 'separate') separations++;
        addEvaluationToAggregate(portfolio, evaluation);
      }
    }
    engineSeconds += nowSeconds() - start;
    engineCpu += cpuSeconds() - cpu;
    sample(peak);
    if (first % CHECKED_CHUNK_STEP === 0) {
      checkAgainstRecordByRecord(engine, group[0], config, cutoffs, netValues, costs, first * CHUNK);
    }
  }
  start = nowSeconds();
  cpu = cpuSeconds();
  const summary = summarizePortfolio(portfolio);
  engineSeconds += nowSeconds() - start;
  engineCpu += cpuSeconds() - cpu;
  sample(peak);
  if (summary.count !== ACCOUNTS || separations === 0) throw new Error('engine bench: unexpected portfolio');
  return Promise.resolve([
    { name: 'engine.endToEnd.accountsPerSecond', value: Math.round(ACCOUNTS / engineSeconds), unit: 'accounts/s' },
    { name: 'engine.endToEnd.seconds', value: engineSeconds, unit: 's' },
    {
      name: 'engine.endToEnd.cpuAccountsPerSecond',
      value: Math.round(ACCOUNTS / engineCpu),
      unit: 'accounts/CPU-s'
    },
    { name: 'engine.endToEnd.cpuSeconds', value: engineCpu, unit: 'CPU-s' },
    { name: 'engine.netValuePass.seconds', value: firstPassSeconds, unit: 's' },
    { name: 'engine.netValuePass.cpuSeconds', value: firstPassCpu, unit: 'CPU-s' },
    { name: 'engine.tierCutoffs.seconds', value: cutoffSeconds, unit: 's' },
    { name: 'engine.peakRss', value: Math.round(peak.rss / 1048576), unit: 'MiB' },
    { name: 'engine.peakHeapUsed', value: Math.round(peak.heap / 1048576), unit: 'MiB' },
    { name: 'engine.portfolio.top20RevenueShare', value: summary.top20RevenueShare, unit: 'share' },
    { name: 'engine.portfolio.revenueGini', value: summary.revenueGini, unit: 'gini' },
    ...previewFigures(engine, 10_000),
    ...previewFigures(engine, 100_000)
  ]);
}
