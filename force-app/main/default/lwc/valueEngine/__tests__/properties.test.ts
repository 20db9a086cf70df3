import fc from 'fast-check';
import * as predictive from '../predictive';
import * as engine from '../valueEngine';
import {
  accountFacts,
  amount,
  anyNumber,
  cleanAccountFacts,
  engineArgumentArbitraries,
  portfolioItem,
  tierCutoffsArbitrary,
  validIsoDate,
  valueConfig
} from './arbitraries';
import { lwcOnlyExports } from './lwcOnly';

/** Paths of every number in `value` that is NaN or ±Infinity. */
function nonFiniteNumbers(value: unknown, path: string, found: string[]): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => nonFiniteNumbers(item, `${path}[${index}]`, found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) nonFiniteNumbers(item, `${path}.${key}`, found);
  }
  return found;
}

const callable = engine as unknown as Record<string, (...args: unknown[]) => unknown>;

describe('properties', () => {
  it('has an argument arbitrary for every exported value-engine function', () => {
    const lwcOnly = lwcOnlyExports();
    expect(lwcOnly.size).toBeGreaterThan(0);
    const exported = Object.keys(engine).filter(
      (name) => typeof callable[name] === 'function' && !(name in predictive) && !lwcOnly.has(name)
    );
    expect(exported.filter((name) => !(name in engineArgumentArbitraries))).toEqual([]);
  });

  for (const [name, args] of Object.entries(engineArgumentArbitraries)) {
    it(`${name} never throws and never returns NaN or Infinity, whatever the input`, () => {
      expect(typeof callable[name]).toBe('function');
      fc.assert(
        fc.property(args, (list) => {
          const result = callable[name](...list);
          expect(nonFiniteNumbers(result, 'result', [])).toEqual([]);
        }),
        { numRuns: 150 }
      );
    });
  }

  it('one workspace evaluating account after account, reusing the first pass cost to serve, gives each account its record-by-record evaluation', () => {
    fc.assert(
      fc.property(fc.array(accountFacts, { minLength: 1, maxLength: 5 }), valueConfig, (list, config) => {
        const workspace = engine.newEvaluationWorkspace(config);
        const cutoffs = engine.computeTierCutoffs([0, 1000, 50000], config.tierPolicy);
        for (const facts of list) {
          engine.netValueOfFactsInto(workspace, facts);
          expect(workspace.figures.money.netValue).toBe(engine.netValueOfFacts(facts, config));
          const reference = engine.evaluateAccountOnDay(facts, config, cutoffs, 20269);
          const cost = engine.firstPassCostToServe(workspace);
          engine.evaluateAccountWithCostInto(workspace, facts, cutoffs, 20269, cost);
          expect(workspace.evaluation).toEqual(reference);
          engine.evaluateAccountInto(workspace, facts, cutoffs, 20269);
          expect(workspace.evaluation).toEqual(reference);
        }
      })
    );
  });

  it('each evaluation kept from one workspace stays the record-by-record evaluation while the workspace goes on', () => {
    fc.assert(
      fc.property(fc.array(accountFacts, { minLength: 2, maxLength: 6 }), valueConfig, (list, config) => {
        const workspace = engine.newEvaluationWorkspace(config);
        const cutoffs = engine.computeTierCutoffs([0, 1000, 50000], config.tierPolicy);
        const kept = list.map((facts) => {
          engine.evaluateAccountInto(workspace, facts, cutoffs, 20269);
          return engine.keepEvaluation(workspace);
        });
        // Every account evaluated again after the others: a kept record or list the workspace still wrote would differ.
        for (const facts of list) engine.netValueOfFactsInto(workspace, facts);
        expect(kept).toEqual(list.map((facts) => engine.evaluateAccountOnDay(facts, config, cutoffs, 20269)));
      })
    );
  });

  it('every score is between 0 and 100 and every churn probability strictly between 0 and 1', () => {
    fc.assert(
      fc.property(
        fc.array(accountFacts, { minLength: 1, maxLength: 6 }),
        valueConfig,
        validIsoDate,
        (facts, config, today) => {
          const portfolio = engine.evaluatePortfolio(facts, config, today);
          for (const evaluation of portfolio.evaluations) {
            expect(evaluation.score).toBeGreaterThanOrEqual(0);
            expect(evaluation.score).toBeLessThanOrEqual(100);
            expect(evaluation.churnProbability).toBeGreaterThan(0);
            expect(evaluation.churnProbability).toBeLessThan(1);
          }
        }
      )
    );
  });

  it('an account with high potential, influence or a strategic flag is never recommended for separation', () => {
    fc.assert(
      fc.property(accountFacts, valueConfig, validIsoDate, (facts, config, today) => {
        const cutoffs = engine.computeTierCutoffs([1e9, 2e9, 3e9], config.tierPolicy);
        const evaluation = engine.evaluateAccount(facts, config, cutoffs, today);
        const guarded =
          evaluation.potential >= config.settings.highPotentialThreshold ||
          evaluation.influence >= config.settings.mvcInfluenceThreshold ||
          evaluation.strategic;
        if (guarded) expect(evaluation.action).not.toBe('separate');
        expect(evaluation.separationBlocked).toBe(guarded);
      })
    );
  });

  it('a valid tier override always wins and is reported as such', () => {
    fc.assert(
      fc.property(accountFacts, fc.constantFrom('D1', 'D2', 'D3', 'D4'), (facts, tier) => {
        const config = engine.defaultConfig();
        const cutoffs = engine.computeTierCutoffs([0, 10, 20], config.tierPolicy);
        const evaluation = engine.evaluateAccount({ ...facts, tierOverride: tier }, config, cutoffs, '2025-06-30');
        expect(evaluation.tier).toBe(tier);
        expect(evaluation.tierOverridden).toBe(true);
      })
    );
  });

  it('merging two aggregates gives the aggregate of the union', () => {
    fc.assert(
      fc.property(
        fc.array(portfolioItem, { maxLength: 15 }),
        fc.array(portfolioItem, { maxLength: 15 }),
        (first, second) => {
          const merged = engine.mergePortfolioAggregates(
            engine.buildPortfolioAggregate(first, 25000, 5000),
            engine.buildPortfolioAggregate(second, 25000, 5000)
          );
          const union = engine.buildPortfolioAggregate([...first, ...second], 25000, 5000);
          expect(merged.count).toBe(union.count);
          expect(merged.tierCounts).toEqual(union.tierCounts);
          expect(merged.quadrantCounts).toEqual(union.quadrantCounts);
          expect(merged.industryNames).toEqual(union.industryNames);
          expect(merged.industryCounts).toEqual(union.industryCounts);
          expect(merged.revenueSketch.positiveCounts).toEqual(union.revenueSketch.positiveCounts);
          expect(merged.netValueSketch.negativeCounts).toEqual(union.netValueSketch.negativeCounts);
          expect(merged.revenue).toBeCloseTo(union.revenue, 0);
          expect(merged.netValue).toBeCloseTo(union.netValue, 0);
          const mergedSummary = engine.summarizePortfolio(merged);
          const unionSummary = engine.summarizePortfolio(union);
          expect(mergedSummary.revenueGini).toBeCloseTo(unionSummary.revenueGini, 9);
          expect(mergedSummary.retentionRate).toBeCloseTo(unionSummary.retentionRate, 12);
        }
      )
    );
  });

  it('higher net value never gives a lower tier under the same cut-offs', () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 30 }), anyNumber, anyNumber, (values, a, b) => {
        const cutoffs = engine.computeTierCutoffs(values, engine.defaultConfig().tierPolicy);
        const low = Math.min(a, b);
        const high = Math.max(a, b);
        if (Number.isFinite(low) && Number.isFinite(high)) {
          expect(engine.tierRank(engine.tierOf(high, cutoffs))).toBeLessThanOrEqual(
            engine.tierRank(engine.tierOf(low, cutoffs))
          );
        }
      })
    );
  });

  it('clean facts produce no data-quality findings and no data_incomplete flag', () => {
    fc.assert(
      fc.property(cleanAccountFacts, (facts) => {
        const config = engine.defaultConfig();
        const evaluation = engine.evaluateAccount(
          facts,
          config,
          engine.computeTierCutoffs([1], config.tierPolicy),
          '2041-01-01'
        );
        expect(evaluation.findings).toEqual([]);
        expect(evaluation.flags).not.toContain('data_incomplete');
      })
    );
  });

  it('day arithmetic round-trips through day numbers and adding then subtracting days returns the date', () => {
    fc.assert(
      fc.property(validIsoDate, fc.integer({ min: -5000, max: 5000 }), (date, days) => {
        expect(engine.fromDayNumber(engine.toDayNumber(date))).toBe(date);
        expect(engine.addDays(engine.addDays(date, days), -days)).toBe(date);
        expect(engine.daysBetween(date, engine.addDays(date, days))).toBe(days);
      })
    );
  });

  it('sorting numbers agrees with a reference sort', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { maxLength: 60 }), (values) => {
        expect(engine.sortNumbersAscending(values)).toEqual([...values].sort((x, y) => x - y));
      })
    );
  });
});

describe('properties of selection', () => {
  it('quickselect agrees with sorting for every rank', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 50 }),
        fc.nat(),
        (values, seed) => {
          const k = seed % values.length;
          expect(engine.selectKthSmallestInPlace([...values], k)).toBe([...values].sort((a, b) => a - b)[k]);
        }
      )
    );
  });
});

describe('properties of the two passes', () => {
  it('the first pass computes the same net value as the full evaluation', () => {
    fc.assert(
      fc.property(accountFacts, (facts) => {
        const config = engine.defaultConfig();
        const cutoffs = engine.computeTierCutoffs([0], config.tierPolicy);
        const full = engine.evaluateAccount(facts, config, cutoffs, '2025-06-30').netValue;
        const quick = engine.netValueOfFacts(facts, config);
        expect(quick).toBe(full);
      }),
      { numRuns: 500 }
    );
  });
});

/** The explanation a user reads beside the evaluation, checked against it: any drift would be on screen. */
function explanationDisagreements(
  explanation: engine.ScoreExplanation,
  evaluation: engine.AccountEvaluation
): string[] {
  const found: string[] = [];
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  const points = explanation.contributions.reduce((sum, item) => sum + item.points, 0);
  if (!close(points, evaluation.score)) found.push(`points ${points} ≠ score ${evaluation.score}`);
  if (explanation.score !== evaluation.score) found.push(`score ${explanation.score} ≠ ${evaluation.score}`);
  const money = explanation.moneyLines.reduce((sum, line) => sum + line.amount, 0);
  if (!close(money, evaluation.netValue)) found.push(`money lines ${money} ≠ net value ${evaluation.netValue}`);
  if (explanation.tier !== evaluation.tier) found.push(`tier ${explanation.tier} ≠ ${evaluation.tier}`);
  return found;
}

describe('properties of the explanation', () => {
  it('explains the evaluation: points sum to its score, money lines to its net value, same tier', () => {
    fc.assert(
      fc.property(accountFacts, valueConfig, tierCutoffsArbitrary, validIsoDate, (facts, config, cutoffs, today) => {
        const explanation = engine.explainScore(facts, config, cutoffs, today);
        const evaluation = engine.evaluateAccount(facts, config, cutoffs, today);
        expect(explanationDisagreements(explanation, evaluation)).toEqual([]);
      }),
      { numRuns: 500 }
    );
  });

  it('the agreement check catches a drifted explanation (broken fixtures)', () => {
    const config = engine.defaultConfig();
    const cutoffs = engine.computeTierCutoffs([], { ...config.tierPolicy, method: 'absolute' });
    const facts = {
      accountId: 'A',
      revenueCurrent: 100000,
      revenuePrevious: 80000,
      driverQuantities: { Sales_Visit: 3 }
    };
    const explanation = engine.explainScore(facts, config, cutoffs, '2025-06-30');
    const evaluation = engine.evaluateAccount(facts, config, cutoffs, '2025-06-30');
    expect(explanationDisagreements(explanation, evaluation)).toEqual([]);
    const pointsOff = { ...explanation, contributions: explanation.contributions.slice(1) };
    expect(explanationDisagreements(pointsOff, evaluation)[0]).toMatch(/^points/);
    const lineMissing = { ...explanation, moneyLines: explanation.moneyLines.slice(0, 1) };
    expect(explanationDisagreements(lineMissing, evaluation)).toEqual([
      `money lines 35000 ≠ net value ${evaluation.netValue}`
    ]);
    expect(explanationDisagreements({ ...explanation, tier: 'D1' }, evaluation)).toEqual([
      `tier D1 ≠ ${evaluation.tier}`
    ]);
  });
  it('driver quantities as a list aligned with the drivers, or in another order, give the keyed evaluation', () => {
    const config = engine.defaultConfig();
    const names = config.drivers.map((driver) => driver.name);
    const cutoffs = engine.computeTierCutoffs([0, 50000, 100000], config.tierPolicy);
    fc.assert(
      fc.property(
        accountFacts,
        fc.array(anyNumber, { minLength: names.length, maxLength: names.length }),
        (facts, values) => {
          const keyed: Record<string, number> = {};
          names.forEach((name, index) => (keyed[name] = values[index]));
          const byName = { ...facts, driverQuantities: keyed, driverNames: undefined, driverQuantityList: undefined };
          const aligned = {
            ...byName,
            driverQuantities: undefined,
            driverNames: names.join(','),
            driverQuantityList: values
          };
          const reordered = {
            ...aligned,
            driverNames: names.slice().reverse().join(','),
            driverQuantityList: values.slice().reverse()
          };
          const expected = engine.evaluateAccountOnDay(byName, config, cutoffs, 20000);
          for (const listed of [aligned, reordered]) {
            expect(engine.evaluateAccountOnDay(listed, config, cutoffs, 20000)).toEqual(expected);
            expect(engine.netValueOfFacts(listed, config)).toBe(engine.netValueOfFacts(byName, config));
            expect(engine.computeAccountValue(listed, config)).toEqual(engine.computeAccountValue(byName, config));
          }
        }
      ),
      { numRuns: 300 }
    );
  });

  it('the list-shape check catches a list read at the wrong positions (broken fixture)', () => {
    const config = engine.defaultConfig();
    const names = config.drivers.map((driver) => driver.name);
    const values = names.map((_name, index) => index + 1);
    const keyed: Record<string, number> = {};
    names.forEach((name, index) => (keyed[name] = values[index]));
    const shifted = { driverNames: names.join(','), driverQuantityList: values.slice(1).concat([values[0]]) };
    expect(engine.netValueOfFacts(shifted, config)).not.toBe(
      engine.netValueOfFacts({ driverQuantities: keyed }, config)
    );
  });
});
