import fc from 'fast-check';
import { defaultConfig } from '../config';
import type { ValueConfig } from '../config';
import { evaluatePortfolio } from '../evaluation';
import type { AccountFacts } from '../facts';
import type { WhatIfAccount } from '../whatIf';
import { prepareWhatIf, runWhatIf, whatIfSampleSizes, WHAT_IF_TOP_MOVERS } from '../whatIf';
import { accountFacts } from './arbitraries';

const TODAY = '2026-11-30';

function facts(id: string, revenue: number, highCases: number, extra: AccountFacts = {}): AccountFacts {
  return {
    accountId: id,
    revenueCurrent: revenue,
    revenuePrevious: revenue,
    driverQuantities: { Support_Case_High: highCases },
    relationshipStartDate: '2020-01-01',
    lastOrderDate: '2026-11-01',
    ...extra
  };
}

/** 40 accounts: revenue 10 000 … 400 000, every fourth one with 60 high-priority cases, the others none. */
function portfolio(): WhatIfAccount[] {
  const accounts: WhatIfAccount[] = [];
  for (let i = 1; i <= 40; i++) {
    accounts.push({
      accountId: `A${i}`,
      name: `Account ${i}`,
      stratum: '',
      facts: facts(`A${i}`, i * 10000, i % 4 === 0 ? 60 : 0)
    });
  }
  return accounts;
}

function withUnitCost(config: ValueConfig, driver: string, unitCost: number): ValueConfig {
  const copy = structuredClone(config);
  for (const each of copy.drivers) if (each.name === driver) each.unitCost = unitCost;
  return copy;
}

function absolute(config: ValueConfig): ValueConfig {
  const copy = structuredClone(config);
  copy.tierPolicy.method = 'absolute';
  return copy;
}

describe('whatIfSampleSizes', () => {
  it('reads every account of a portfolio within the limit', () => {
    expect(whatIfSampleSizes([3, 0, 7], 10)).toEqual([3, 0, 7]);
  });

  it('allocates a larger portfolio in proportion, by largest remainders, to exactly the limit', () => {
    // 1 000 accounts in 600 / 300 / 100, sample of 100 → 60 / 30 / 10; 7 of 1 000 → 4.2 / 2.1 / 0.7 → at least two each.
    expect(whatIfSampleSizes([600, 300, 100], 100)).toEqual([60, 30, 10]);
    expect(whatIfSampleSizes([500, 300, 200], 7)).toEqual([3, 2, 2]);
  });

  it('never exceeds a stratum or the limit, and fills the limit when the portfolio is larger', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(5000), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 12, max: 3000 }),
        (populations, limit) => {
          const sizes = whatIfSampleSizes(populations, limit);
          const total = populations.reduce((a, b) => a + b, 0);
          const read = sizes.reduce((a, b) => a + b, 0);
          expect(read).toBe(Math.min(total, limit));
          sizes.forEach((size, i) => {
            expect(size).toBeLessThanOrEqual(populations[i]);
            expect(size).toBeGreaterThanOrEqual(Math.min(populations[i], total > limit ? 2 : populations[i]));
          });
        }
      )
    );
  });
});

describe("the sample the page reads: each stratum's first accounts by a stored random key", () => {
  it('estimates the share of accounts changing tier without the bias of the first accounts in Id order', () => {
    // A stratum of 4 000 accounts where the oldest quarter (the first in Id order) all move and no other does.
    const config = absolute(defaultConfig());
    const accounts: WhatIfAccount[] = [];
    for (let i = 0; i < 4000; i++) {
      accounts.push({
        accountId: `A${String(i).padStart(5, '0')}`,
        name: '',
        stratum: 'D2',
        facts: facts(`A${i}`, 150000, i < 1000 ? 60 : 0)
      });
    }
    // Each account's Sample_Key__c (random, set once by the scoring run); the page reads the first 400 by key.
    let state = 42;
    const keyed = accounts.map((account) => {
      // mulberry32
      state = (state + 0x6d2b79f5) >>> 0;
      let t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return { account, key: ((t ^ (t >>> 14)) >>> 0) / 4294967296 };
    });
    const [size] = whatIfSampleSizes([4000], 400);
    const sample = keyed
      .sort((a, b) => a.key - b.key)
      .slice(0, size)
      .map((each) => each.account);
    expect(sample.slice(0, 5).map((each) => each.accountId)).not.toEqual(accounts.slice(0, 5).map((a) => a.accountId));
    const baseline = prepareWhatIf(
      sample,
      [{ stratum: 'D2', population: 4000, sampled: sample.length }],
      config,
      TODAY
    );
    const result = runWhatIf(baseline, withUnitCost(config, 'Support_Case_High', 2000));
    // Truth: 25 % move. The first 400 in Id order would say 100 %; the random sample is within its margin of error.
    expect(result.accountsRead).toBe(400);
    expect(result.movedShareMargin).toBeGreaterThan(0);
    expect(Math.abs(result.movedShare - 0.25)).toBeLessThan(result.movedShareMargin);
  });
});

describe('runWhatIf', () => {
  it('changes nothing when the configuration is the one in force', () => {
    const config = defaultConfig();
    const result = runWhatIf(prepareWhatIf(portfolio(), [], config, TODAY), config);
    expect(result.movedAccounts).toBe(0);
    expect(result.moves.map((row, i) => row[i]).reduce((a, b) => a + b, 0)).toBe(40);
    expect(result.topMovers).toEqual([]);
    expect(result.newlySeparate).toEqual([]);
    expect(result.scoreBins.map((bin) => bin.before)).toEqual(result.scoreBins.map((bin) => bin.after));
  });

  it('moves the accounts with many high-priority cases toward D4 when their unit cost rises', () => {
    const config = absolute(defaultConfig());
    const baseline = prepareWhatIf(portfolio(), [], config, TODAY);
    const result = runWhatIf(baseline, withUnitCost(config, 'Support_Case_High', 2000));
    // 60 cases × 2 000 = 120 000 of cost: every fourth account loses that much net value, nothing moves up.
    let down = 0;
    let up = 0;
    result.moves.forEach((row, from) => {
      row.forEach((count, to) => {
        if (to > from) down += count;
        if (to < from) up += count;
      });
    });
    expect(down).toBeGreaterThan(0);
    expect(up).toBe(0);
    expect(result.moves[0][3] + result.moves[1][3] + result.moves[2][3]).toBeGreaterThan(0);
    expect(result.topMovers.length).toBe(10);
    for (const mover of result.topMovers) {
      expect(Number(mover.accountId.slice(1)) % 4).toBe(0);
      expect(mover.netValueAfter).toBeLessThan(mover.netValueBefore);
    }
    expect(result.tiers[3].accountsAfter).toBeGreaterThan(result.tiers[3].accountsBefore);
    expect(result.tiers[3].netValueAfter).toBeLessThan(result.tiers[3].netValueBefore);
    expect(result.newlySeparateCount).toBeGreaterThan(0);
    expect(result.newlySeparate.every((mover) => mover.tierAfter === 'D4')).toBe(true);
  });

  it('lists guarded accounts pushed below zero as newly blocked, not as separation candidates', () => {
    const accounts = portfolio();
    accounts[3].facts = { ...accounts[3].facts, strategic: true }; // A4: 60 high cases
    const config = absolute(defaultConfig());
    const result = runWhatIf(
      prepareWhatIf(accounts, [], config, TODAY),
      withUnitCost(config, 'Support_Case_High', 2000)
    );
    expect(result.newlyBlocked.map((mover) => mover.accountId)).toContain('A4');
    expect(result.newlySeparate.map((mover) => mover.accountId)).not.toContain('A4');
  });

  it('ranks the accounts that move most first and keeps at most twenty', () => {
    const accounts: WhatIfAccount[] = [];
    for (let i = 1; i <= 60; i++)
      accounts.push({ accountId: `B${i}`, name: `B${i}`, stratum: '', facts: facts(`B${i}`, 200000, i) });
    const config = absolute(defaultConfig());
    const result = runWhatIf(
      prepareWhatIf(accounts, [], config, TODAY),
      withUnitCost(config, 'Support_Case_High', 5000)
    );
    expect(result.topMovers).toHaveLength(WHAT_IF_TOP_MOVERS);
    const steps = result.topMovers.map((m) => Math.abs(Number(m.tierAfter.slice(1)) - Number(m.tierBefore.slice(1))));
    expect([...steps].sort((a, b) => b - a)).toEqual(steps);
    // 70 000 of gross margin − 5 000 per case: from 14 cases on (net value 0 creates no value), D2 → D4 (two tiers)
    // with the score's net-value part at 0; equal movements keep the portfolio's order.
    expect(result.topMovers.map((mover) => mover.accountId)).toEqual(
      Array.from({ length: 20 }, (_, i) => `B${i + 14}`)
    );
    expect(steps.every((step) => step === 2)).toBe(true);
  });

  it('matches a full evaluation of the portfolio with the edited configuration', () => {
    fc.assert(
      fc.property(
        fc.array(accountFacts, { minLength: 1, maxLength: 25 }),
        fc.double({ min: 0, max: 5000, noNaN: true }),
        (list, cost) => {
          const accounts = list.map((each, i) => ({
            accountId: `X${i}`,
            name: '',
            stratum: '',
            facts: { ...each, accountId: `X${i}` }
          }));
          const edited = withUnitCost(defaultConfig(), 'Support_Case_High', cost);
          const result = runWhatIf(prepareWhatIf(accounts, [], defaultConfig(), TODAY), edited);
          const full = evaluatePortfolio(
            accounts.map((a) => a.facts),
            edited,
            TODAY
          ).evaluations;
          ['D1', 'D2', 'D3', 'D4'].forEach((tier, t) => {
            expect(result.tiers[t].accountsAfter).toBe(full.filter((e) => e.tier === tier).length);
          });
          expect(result.scoreBins.reduce((n, bin) => n + bin.after, 0)).toBe(accounts.length);
          expect(Number.isFinite(result.movedShare)).toBe(true);
        }
      ),
      { numRuns: 40 }
    );
  });

  it('weights a stratified sample to the portfolio and states the margin of error', () => {
    const accounts = portfolio().map((account, i) => ({ ...account, stratum: i < 20 ? 'D1' : 'D4' }));
    // 20 read of 2 000 in D1, 20 of 200 in D4.
    const strata = [
      { stratum: 'D1', population: 2000, sampled: 20 },
      { stratum: 'D4', population: 200, sampled: 20 }
    ];
    const config = absolute(defaultConfig());
    const baseline = prepareWhatIf(accounts, strata, config, TODAY);
    const result = runWhatIf(baseline, withUnitCost(config, 'Support_Case_High', 2000));
    expect(result.sampled).toBe(true);
    expect(result.population).toBe(2200);
    expect(result.accountsRead).toBe(40);
    const estimated = result.tiers.reduce((n, tier) => n + tier.accountsAfter, 0);
    expect(estimated).toBeCloseTo(2200, 6);
    expect(result.movedShareMargin).toBeGreaterThan(0);
    expect(result.movedShareMargin).toBeLessThan(1);
    const unchanged = runWhatIf(baseline, config);
    expect(unchanged.movedShareMargin).toBe(0);
  });

  it('has no margin of error when every account is read', () => {
    const config = absolute(defaultConfig());
    const strata = [{ stratum: '', population: 40, sampled: 40 }];
    const result = runWhatIf(
      prepareWhatIf(portfolio(), strata, config, TODAY),
      withUnitCost(config, 'Support_Case_High', 2000)
    );
    expect(result.sampled).toBe(false);
    expect(result.movedShare).toBeGreaterThan(0);
    expect(result.movedShareMargin).toBe(0);
  });
});
