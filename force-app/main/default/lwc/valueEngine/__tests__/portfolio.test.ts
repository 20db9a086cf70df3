import type { PortfolioItem } from '../valueEngine';
import {
  addEvaluationToAggregate,
  addItemToAggregate,
  computeTierCutoffs,
  evaluateAccount,
  buildPortfolioAggregate,
  defaultConfig,
  emptyPortfolioAggregateFor,
  herfindahlIndex,
  mergePortfolioAggregates,
  objectivesProgress,
  mergeIntoPortfolioAggregate,
  summarizePortfolio,
  tierRank as engineTierRank
} from '../valueEngine';

function item(extra: Partial<PortfolioItem>): PortfolioItem {
  return {
    revenue: 0,
    revenuePrevious: 0,
    grossMargin: 0,
    costToServe: 0,
    netValue: 0,
    tier: 'D3',
    strategic: false,
    industry: 'Retail',
    strategicFit: 0,
    ...extra
  };
}

const items: PortfolioItem[] = [
  item({
    revenue: 100000,
    revenuePrevious: 80000,
    grossMargin: 40000,
    costToServe: 2000,
    netValue: 38000,
    tier: 'D1',
    strategic: true,
    industry: 'Technology',
    strategicFit: 1
  }),
  item({
    revenue: 50000,
    revenuePrevious: 60000,
    grossMargin: 20000,
    costToServe: 6000,
    netValue: 14000,
    tier: 'D2',
    industry: 'Technology',
    strategicFit: 0.5
  }),
  item({ revenue: 0, revenuePrevious: 10000, grossMargin: 0, costToServe: 1000, netValue: -1000, tier: 'D4' }),
  item({ revenue: 10000, revenuePrevious: 0, grossMargin: 3000, costToServe: 8000, netValue: -5000, tier: 'D4' })
];

describe('portfolio', () => {
  it('sums tiers, quadrants and quality KPIs exactly', () => {
    const summary = summarizePortfolio(buildPortfolioAggregate(items, 25000, 5000));
    expect(summary.count).toBe(4);
    expect(summary.revenue).toBe(160000);
    expect(summary.netValue).toBe(46000);
    expect(summary.tiers).toEqual([
      { tier: 'D1', count: 1, revenue: 100000, netValue: 38000, accountShare: 0.25 },
      { tier: 'D2', count: 1, revenue: 50000, netValue: 14000, accountShare: 0.25 },
      { tier: 'D3', count: 0, revenue: 0, netValue: 0, accountShare: 0 },
      { tier: 'D4', count: 2, revenue: 10000, netValue: -6000, accountShare: 0.5 }
    ]);
    expect(summary.quadrants).toEqual([
      { quadrant: 'high_value_low_cost', count: 1 },
      { quadrant: 'high_value_high_cost', count: 0 },
      { quadrant: 'low_value_low_cost', count: 1 },
      { quadrant: 'low_value_high_cost', count: 2 }
    ]);
    expect(summary.strategicShare).toBe(0.25);
    expect(summary.targetCoherence).toBe(0.5);
    expect(summary.valueDestroyingShare).toBe(0.5);
    // two industries, two accounts each: 0.5² + 0.5² = 0.5
    expect(summary.homogeneity).toBe(0.5);
  });

  it('measures retention: customer retention rate, net and gross revenue retention', () => {
    const summary = summarizePortfolio(buildPortfolioAggregate(items, 25000, 5000));
    // existing accounts: 3 (previous revenue > 0), still buying: 2
    expect(summary.retentionRate).toBeCloseTo(2 / 3, 12);
    // NRR = (100 000 + 50 000 + 0) / 150 000 = 1; GRR = (80 000 + 50 000 + 0) / 150 000
    expect(summary.netRevenueRetention).toBeCloseTo(1, 12);
    expect(summary.grossRevenueRetention).toBeCloseTo(130000 / 150000, 12);
    // top 20 % of 4 accounts = 0.8 account of the 100 000 one → 80 000 / 160 000
    expect(summary.top20RevenueShare).toBeCloseTo(0.5, 12);
  });

  it('tracks objectives: customers retained, existing-customer revenue and up-sell', () => {
    const aggregate = buildPortfolioAggregate(items, 25000, 5000);
    expect(
      objectivesProgress(aggregate, { customersRetained: 4, existingCustomerRevenue: 300000, upsellRevenue: 0 })
    ).toEqual([
      { objective: 'customers_retained', target: 4, actual: 2, progress: 0.5 },
      { objective: 'existing_customer_revenue', target: 300000, actual: 150000, progress: 0.5 },
      { objective: 'upsell_revenue', target: 0, actual: 20000, progress: 0 }
    ]);
  });

  it('merges chunk aggregates into the aggregate of all accounts', () => {
    const first = buildPortfolioAggregate(items.slice(0, 1), 25000, 5000);
    const second = buildPortfolioAggregate(items.slice(1), 25000, 5000);
    const merged = summarizePortfolio(mergePortfolioAggregates(first, second));
    const whole = summarizePortfolio(buildPortfolioAggregate(items, 25000, 5000));
    expect(merged).toEqual(whole);
  });

  it('merges a chunk into the running aggregate in place', () => {
    const running = buildPortfolioAggregate(items.slice(0, 2), 25000, 5000);
    mergeIntoPortfolioAggregate(running, buildPortfolioAggregate(items.slice(2), 25000, 5000));
    expect(summarizePortfolio(running)).toEqual(summarizePortfolio(buildPortfolioAggregate(items, 25000, 5000)));
    expect(running.tierCounts).toEqual([1, 1, 0, 2]);
    expect(running.quadrantCounts).toEqual([1, 0, 1, 2]);
  });

  it('derives quadrant thresholds from the configuration and ignores non-finite figures', () => {
    const aggregate = emptyPortfolioAggregateFor(defaultConfig());
    expect(aggregate.valueThreshold).toBe(25000);
    expect(aggregate.costThreshold).toBe(5000);
    addItemToAggregate(aggregate, item({ revenue: Number.NaN, netValue: Number.POSITIVE_INFINITY }));
    expect(aggregate.revenue).toBe(0);
    expect(aggregate.count).toBe(1);
  });

  it('adds evaluated accounts straight from the per-account pipeline', () => {
    const config = defaultConfig();
    const aggregate = emptyPortfolioAggregateFor(config);
    const evaluation = evaluateAccount(
      { accountId: 'A', industry: 'Retail', revenueCurrent: 1000, revenuePrevious: 500, strategic: true },
      config,
      computeTierCutoffs([0], config.tierPolicy),
      '2025-01-01'
    );
    addEvaluationToAggregate(aggregate, evaluation);
    expect(aggregate.count).toBe(1);
    expect(aggregate.grossMargin).toBeCloseTo(350, 12);
    expect(aggregate.tierCounts[engineTierRank(evaluation.tier) - 1]).toBe(1);
    expect(aggregate.strategicCount).toBe(1);
    expect(aggregate.upsellRevenue).toBe(500);
  });

  it('counts industries by position, in the order they first came, and merges them by name', () => {
    const first = buildPortfolioAggregate(
      [item({ industry: 'Retail' }), item({ industry: 'Technology' }), item({ industry: 'Retail' })],
      25000,
      5000
    );
    expect(first.industryNames).toEqual(['Retail', 'Technology']);
    expect(first.industryCounts).toEqual([2, 1]);
    const second = buildPortfolioAggregate([item({ industry: 'Banking' }), item({ industry: 'Technology' })], 1, 1);
    mergeIntoPortfolioAggregate(first, second);
    expect(first.industryNames).toEqual(['Retail', 'Technology', 'Banking']);
    expect(first.industryCounts).toEqual([2, 2, 1]);
    expect(summarizePortfolio(first).homogeneity).toBe(herfindahlIndex({ Banking: 1, Retail: 2, Technology: 2 }));
  });

  it('adds an item exactly as the evaluation with its figures', () => {
    const config = defaultConfig();
    const evaluation = evaluateAccount(
      { accountId: 'A', industry: 'Energy', revenueCurrent: 80000, revenuePrevious: 90000, strategic: true },
      config,
      computeTierCutoffs([0], config.tierPolicy),
      '2025-01-01'
    );
    const fromEvaluation = emptyPortfolioAggregateFor(config);
    addEvaluationToAggregate(fromEvaluation, evaluation);
    const fromItem = emptyPortfolioAggregateFor(config);
    addItemToAggregate(fromItem, {
      revenue: evaluation.revenue,
      revenuePrevious: evaluation.revenuePrevious,
      grossMargin: evaluation.grossMargin,
      costToServe: evaluation.costToServe,
      netValue: evaluation.netValue,
      tier: evaluation.tier,
      strategic: evaluation.strategic,
      industry: evaluation.industry,
      strategicFit: evaluation.strategicFit
    });
    expect(fromItem).toEqual(fromEvaluation);
    expect(fromItem.industryNames).toEqual(['Energy']);
    expect(fromItem.strategicCount).toBe(1);
    expect(fromItem.existingRevenueKept).toBe(80000);
  });

  it('defines homogeneity as the Herfindahl index of industries', () => {
    expect(herfindahlIndex({ Retail: 3 })).toBe(1);
    expect(herfindahlIndex({ A: 1, B: 1, C: 1, D: 1 })).toBe(0.25);
    expect(herfindahlIndex({})).toBe(0);
  });

  it('summarises an empty portfolio with zeros', () => {
    const summary = summarizePortfolio(buildPortfolioAggregate([], 1, 1));
    expect(summary.retentionRate).toBe(0);
    expect(summary.revenueGini).toBe(0);
    expect(summary.homogeneity).toBe(0);
  });
});
