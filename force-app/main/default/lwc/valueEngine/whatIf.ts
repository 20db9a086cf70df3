/**
 * @lwc-only — the Value Settings what-if: runs in the browser (c/valueEngine) and in Node (tests, bench), never in Apex,
 * so scripts/apexgen does not transpile it (docs/APEXGEN.md). It re-scores a portfolio (or a stratified sample of it)
 * on each account's latest facts with the configuration in force ("before") and an edited one ("after") and compares
 * them: tier moves, score distribution, net value per tier, the accounts that move most, new separation candidates and
 * new guardrail blocks. "Before" is computed once ({@link prepareWhatIf}); each edit runs only "after" ({@link runWhatIf}).
 */
import type { ValueConfig } from './config';
import { dayNumberOf } from './dates';
import type { Tier } from './domain';
import { TIER_VALUES, tierRank } from './domain';
import type { AccountEvaluation } from './evaluation';
import { evaluatePortfolioOnDay } from './evaluation';
import type { AccountFacts } from './facts';

/** Largest portfolio the what-if re-scores whole; above it, a stratified sample of this size. */
export const WHAT_IF_FULL_LIMIT = 10000;
/** Accounts listed as moving most. */
export const WHAT_IF_TOP_MOVERS = 20;
/** Accounts listed as new separation candidates and as newly blocked (their counts are always complete). */
export const WHAT_IF_LISTED = 20;
/** Score distribution: bins of this many points (0–10, 10–20, … 90–100). */
export const WHAT_IF_SCORE_BIN = 10;

/** One account of the what-if: its latest facts and the stratum it was sampled from (its stored tier, '' unscored). */
export interface WhatIfAccount {
  accountId: string;
  name: string;
  stratum: string;
  facts: AccountFacts;
}

/** A stratum of the portfolio: how many accounts it holds and how many of them the what-if reads. */
export interface WhatIfStratum {
  stratum: string;
  population: number;
  sampled: number;
}

/** The state kept between edits: the accounts, their weights and the evaluation with the configuration in force. */
export interface WhatIfBaseline {
  accounts: WhatIfAccount[];
  /** Accounts of the portfolio each sampled account stands for (1 when the whole portfolio is read). */
  weights: number[];
  strata: WhatIfStratum[];
  /** Index in `strata` of each account. */
  stratumOf: number[];
  population: number;
  sampled: boolean;
  todayDay: number;
  before: AccountEvaluation[];
}

/** An account in a what-if list, with its tier and score before and after. */
export interface WhatIfMover {
  accountId: string;
  name: string;
  tierBefore: string;
  tierAfter: string;
  scoreBefore: number;
  scoreAfter: number;
  netValueBefore: number;
  netValueAfter: number;
}

/** A tier's accounts and net value before and after (estimates for the whole portfolio when sampled). */
export interface WhatIfTierLine {
  tier: string;
  accountsBefore: number;
  accountsAfter: number;
  netValueBefore: number;
  netValueAfter: number;
}

/** A score bin [from, to) (the last one includes 100) and its accounts before and after. */
export interface WhatIfScoreBin {
  from: number;
  to: number;
  before: number;
  after: number;
}

/** Everything the preview shows. Counts are portfolio estimates (weighted) when `sampled`. */
export interface WhatIfResult {
  population: number;
  /** Accounts re-scored (the sample size when sampled). */
  accountsRead: number;
  sampled: boolean;
  /** moves[from][to], tiers in D1…D4 order: accounts whose tier goes from → to (the diagonal stays). */
  moves: number[][];
  movedAccounts: number;
  /** Share of accounts changing tier. */
  movedShare: number;
  /** 95 % margin of error of `movedShare` (half-width, 0 when the whole portfolio is read). */
  movedShareMargin: number;
  scoreBins: WhatIfScoreBin[];
  tiers: WhatIfTierLine[];
  topMovers: WhatIfMover[];
  newlySeparate: WhatIfMover[];
  newlySeparateCount: number;
  newlyBlocked: WhatIfMover[];
  newlyBlockedCount: number;
}

/**
 * Sample sizes per stratum for a portfolio of `populations` read within `limit` accounts: every account when the
 * portfolio fits; otherwise proportional allocation (largest remainders), at least two per non-empty stratum when the
 * limit allows it (a variance needs two), never more than the stratum holds. The page reads each stratum's first
 * `size` accounts by their stored random key (Account.Sample_Key__c, set once by the scoring run), a simple random
 * sample of the stratum: stratified random sampling without replacement, which the weights and the margin of error of
 * {@link runWhatIf} assume.
 */
export function whatIfSampleSizes(populations: number[], limit: number): number[] {
  const sizes: number[] = [];
  let total = 0;
  for (let i = 0; i < populations.length; i++) {
    total += Math.max(0, Math.floor(populations[i]));
  }
  const cap = Math.max(0, Math.floor(limit));
  if (total <= cap) {
    for (let i = 0; i < populations.length; i++) {
      sizes.push(Math.max(0, Math.floor(populations[i])));
    }
    return sizes;
  }
  const remainders: number[] = [];
  let given = 0;
  for (let i = 0; i < populations.length; i++) {
    const population = Math.max(0, Math.floor(populations[i]));
    const exact = (population * cap) / total;
    let size = Math.floor(exact);
    const floor = Math.min(population, 2);
    if (size < floor) {
      size = floor;
    }
    sizes.push(size);
    remainders.push(exact - Math.floor(exact));
    given += size;
  }
  while (given < cap) {
    let best = -1;
    for (let i = 0; i < sizes.length; i++) {
      const room = Math.max(0, Math.floor(populations[i])) - sizes[i];
      if (room > 0 && (best < 0 || remainders[i] > remainders[best])) {
        best = i;
      }
    }
    if (best < 0) {
      break;
    }
    sizes[best] = sizes[best] + 1;
    remainders[best] = -1;
    given += 1;
  }
  while (given > cap) {
    let largest = 0;
    for (let i = 1; i < sizes.length; i++) {
      if (sizes[i] > sizes[largest]) {
        largest = i;
      }
    }
    sizes[largest] = sizes[largest] - 1;
    given -= 1;
  }
  return sizes;
}

/** Evaluates every account with `config` (two passes: net values → cut-offs, then each account). */
function evaluateAll(accounts: WhatIfAccount[], config: ValueConfig, todayDay: number): AccountEvaluation[] {
  const factsList: AccountFacts[] = [];
  for (let i = 0; i < accounts.length; i++) {
    factsList.push(accounts[i].facts);
  }
  return evaluatePortfolioOnDay(factsList, config, todayDay).evaluations;
}

/**
 * The baseline of a what-if: `accounts` (the whole portfolio, or a sample drawn per stratum) evaluated with the
 * configuration in force. `strata` gives each stratum's population and sample size; an account whose stratum is not
 * listed stands for itself.
 */
export function prepareWhatIf(
  accounts: WhatIfAccount[],
  strata: WhatIfStratum[],
  config: ValueConfig,
  today: string
): WhatIfBaseline {
  const weights: number[] = [];
  const stratumOf: number[] = [];
  let population = 0;
  let sampled = false;
  for (let s = 0; s < strata.length; s++) {
    population += strata[s].population;
    if (strata[s].sampled < strata[s].population) {
      sampled = true;
    }
  }
  let unlisted = 0;
  for (let i = 0; i < accounts.length; i++) {
    let found = -1;
    for (let s = 0; s < strata.length; s++) {
      if (strata[s].stratum === accounts[i].stratum) {
        found = s;
      }
    }
    stratumOf.push(found);
    if (found < 0 || strata[found].sampled <= 0) {
      weights.push(1);
      unlisted += found < 0 ? 1 : 0;
    } else {
      weights.push(Math.max(1, strata[found].population / strata[found].sampled));
    }
  }
  const todayDay = dayNumberOf(today);
  return {
    accounts: accounts,
    weights: weights,
    strata: strata,
    stratumOf: stratumOf,
    population: population + unlisted,
    sampled: sampled,
    todayDay: todayDay,
    before: evaluateAll(accounts, config, todayDay)
  };
}

function tierIndex(tier: Tier): number {
  return tierRank(tier) - 1;
}

/** The guardrail blocks a separation the value alone would recommend: a guarded account in D4 with negative value. */
function separationBlockedByGuardrail(evaluation: AccountEvaluation): boolean {
  return evaluation.separationBlocked && evaluation.tier === 'D4' && evaluation.netValue < 0;
}

function moverOf(moved: WhatIfAccount, before: AccountEvaluation, after: AccountEvaluation): WhatIfMover {
  return {
    accountId: moved.accountId,
    name: moved.name,
    tierBefore: before.tier,
    tierAfter: after.tier,
    scoreBefore: before.score,
    scoreAfter: after.score,
    netValueBefore: before.netValue,
    netValueAfter: after.netValue
  };
}

/** How far an account moves: tiers first, then score points. */
function movement(before: AccountEvaluation, after: AccountEvaluation): number {
  return Math.abs(tierRank(after.tier) - tierRank(before.tier)) * 1000 + Math.abs(after.score - before.score);
}

/** Keeps the `size` largest `key`s (ties: the earlier account first), as indexes in descending key order. */
function keepLargest(indexes: number[], keys: number[], index: number, key: number, size: number): void {
  let position = indexes.length;
  while (position > 0 && keys[indexes[position - 1]] < key) {
    position -= 1;
  }
  if (position >= size) {
    return;
  }
  indexes.splice(position, 0, index);
  if (indexes.length > size) {
    indexes.pop();
  }
}

function binOf(score: number): number {
  const bins = Math.floor(100 / WHAT_IF_SCORE_BIN);
  const bin = Math.floor(score / WHAT_IF_SCORE_BIN);
  return bin < 0 ? 0 : bin >= bins ? bins - 1 : bin;
}

/**
 * 95 % margin of error of the share of accounts changing tier, estimated from a stratified sample:
 * 1.96 × √(Σₕ Wₕ² (1 − nₕ/Nₕ) pₕ(1 − pₕ) / (nₕ − 1)), Wₕ = Nₕ / N (0 when every account is read).
 */
function movedShareMargin(baseline: WhatIfBaseline, movedPerStratum: number[], readPerStratum: number[]): number {
  if (!baseline.sampled || baseline.population <= 0) {
    return 0;
  }
  let variance = 0;
  for (let s = 0; s < baseline.strata.length; s++) {
    const population = baseline.strata[s].population;
    const read = readPerStratum[s];
    if (read > 1 && population > 0) {
      const share = movedPerStratum[s] / read;
      const weight = population / baseline.population;
      const correction = Math.max(0, 1 - read / population);
      variance += (weight * weight * correction * share * (1 - share)) / (read - 1);
    }
  }
  return 1.96 * Math.sqrt(variance);
}

/** Re-scores the baseline's accounts with `config` and compares them with the configuration in force. */
export function runWhatIf(baseline: WhatIfBaseline, config: ValueConfig): WhatIfResult {
  const after = evaluateAll(baseline.accounts, config, baseline.todayDay);
  const moves: number[][] = [
    [0, 0, 0, 0],
    [0, 0, 0, 0],
    [0, 0, 0, 0],
    [0, 0, 0, 0]
  ];
  const bins: WhatIfScoreBin[] = [];
  for (let from = 0; from < 100; from += WHAT_IF_SCORE_BIN) {
    bins.push({ from: from, to: from + WHAT_IF_SCORE_BIN, before: 0, after: 0 });
  }
  const tiers: WhatIfTierLine[] = [];
  for (let t = 0; t < TIER_VALUES.length; t++) {
    tiers.push({ tier: TIER_VALUES[t], accountsBefore: 0, accountsAfter: 0, netValueBefore: 0, netValueAfter: 0 });
  }
  const movedPerStratum: number[] = [];
  const readPerStratum: number[] = [];
  for (let s = 0; s < baseline.strata.length; s++) {
    movedPerStratum.push(0);
    readPerStratum.push(0);
  }
  const movementKeys: number[] = [];
  const top: number[] = [];
  const separate: number[] = [];
  const blocked: number[] = [];
  let moved = 0;
  let separateCount = 0;
  let blockedCount = 0;
  let total = 0;
  for (let i = 0; i < baseline.accounts.length; i++) {
    const weight = baseline.weights[i];
    const old = baseline.before[i];
    const now = after[i];
    const from = tierIndex(old.tier);
    const to = tierIndex(now.tier);
    moves[from][to] = moves[from][to] + weight;
    total += weight;
    bins[binOf(old.score)].before += weight;
    bins[binOf(now.score)].after += weight;
    tiers[from].accountsBefore += weight;
    tiers[from].netValueBefore += weight * old.netValue;
    tiers[to].accountsAfter += weight;
    tiers[to].netValueAfter += weight * now.netValue;
    const stratum = baseline.stratumOf[i];
    if (stratum >= 0) {
      readPerStratum[stratum] = readPerStratum[stratum] + 1;
    }
    if (from !== to) {
      moved += weight;
      if (stratum >= 0) {
        movedPerStratum[stratum] = movedPerStratum[stratum] + 1;
      }
    }
    const key = movement(old, now);
    movementKeys.push(key);
    if (key > 0) {
      keepLargest(top, movementKeys, i, key, WHAT_IF_TOP_MOVERS);
    }
    if (now.action === 'separate' && old.action !== 'separate') {
      separateCount += weight;
      if (separate.length < WHAT_IF_LISTED) {
        separate.push(i);
      }
    }
    if (separationBlockedByGuardrail(now) && !separationBlockedByGuardrail(old)) {
      blockedCount += weight;
      if (blocked.length < WHAT_IF_LISTED) {
        blocked.push(i);
      }
    }
  }
  return {
    population: baseline.population,
    accountsRead: baseline.accounts.length,
    sampled: baseline.sampled,
    moves: moves,
    movedAccounts: moved,
    movedShare: total > 0 ? moved / total : 0,
    movedShareMargin: movedShareMargin(baseline, movedPerStratum, readPerStratum),
    scoreBins: bins,
    tiers: tiers,
    topMovers: moversOf(baseline, after, top),
    newlySeparate: moversOf(baseline, after, separate),
    newlySeparateCount: separateCount,
    newlyBlocked: moversOf(baseline, after, blocked),
    newlyBlockedCount: blockedCount
  };
}

function moversOf(baseline: WhatIfBaseline, after: AccountEvaluation[], indexes: number[]): WhatIfMover[] {
  const movers: WhatIfMover[] = [];
  for (let i = 0; i < indexes.length; i++) {
    const index = indexes[i];
    movers.push(moverOf(baseline.accounts[index], baseline.before[index], after[index]));
  }
  return movers;
}
