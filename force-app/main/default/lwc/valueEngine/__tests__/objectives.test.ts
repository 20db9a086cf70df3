import type { ObjectiveActuals, ObjectivePaceInput } from '../objectives';
import { objectivePace, yearElapsedShare } from '../objectives';

const opening: ObjectiveActuals = {
  customersRetained: 100,
  existingRevenue: 1000000,
  upsellRevenue: 50000,
  retentionRate: 0.8,
  netRevenueRetention: 1,
  grossRevenueRetention: 0.9
};

function input(actual: Partial<ObjectiveActuals>, today: string): ObjectivePaceInput {
  return {
    year: 2025,
    today: today,
    targets: { customersRetained: 110, existingRevenue: 1100000, upsellRevenue: 80000, retentionRate: 0.85 },
    actual: { ...opening, ...actual },
    opening: opening
  };
}

describe('objectivePace', () => {
  it('projects the year-over-year gain in a straight line to 31 December', () => {
    const pace = objectivePace(input({ existingRevenue: 1025000 }, '2025-04-01'));
    const revenue = pace.measures.find((measure) => measure.measure === 'existing_revenue')!;
    expect(pace.elapsedShare).toBeCloseTo(91 / 365, 12);
    expect(revenue.projected).toBeCloseTo(1000000 + 25000 / (91 / 365), 6);
    expect(revenue.willMiss).toBe(false);
  });

  it('never turns a higher actual into a miss (monotone in the actual)', () => {
    for (let gain = 0; gain <= 40; gain += 2) {
      const lower = objectivePace(input({ customersRetained: 100 + gain }, '2025-06-30'));
      const higher = objectivePace(input({ customersRetained: 101 + gain }, '2025-06-30'));
      const low = lower.measures[0];
      const high = higher.measures[0];
      expect(high.projected).toBeGreaterThan(low.projected);
      expect(low.willMiss || !high.willMiss).toBe(true);
    }
  });

  it('says will_miss when any tracked measure falls short, on_pace when none does', () => {
    const short = objectivePace(input({ upsellRevenue: 50000 }, '2025-07-01'));
    expect(short.status).toBe('will_miss');
    expect(short.measures.filter((measure) => measure.willMiss).map((measure) => measure.measure)).toEqual([
      'customers_retained',
      'existing_revenue',
      'upsell_revenue',
      'retention_rate'
    ]);
    const ahead = objectivePace(
      input(
        { customersRetained: 120, existingRevenue: 1200000, upsellRevenue: 90000, retentionRate: 0.9 },
        '2025-07-01'
      )
    );
    expect(ahead.status).toBe('on_pace');
    expect(ahead.willMiss).toBe(false);
  });

  it('keeps a retention rate projection within 0–1 and a count projection non-negative', () => {
    const pace = objectivePace(input({ retentionRate: 0.99, customersRetained: 10 }, '2025-03-15'));
    const rate = pace.measures.find((measure) => measure.measure === 'retention_rate')!;
    const count = pace.measures.find((measure) => measure.measure === 'customers_retained')!;
    expect(rate.projected).toBe(1);
    expect(count.projected).toBe(0);
  });
});

describe('yearElapsedShare', () => {
  it('grows by one day of the year per day', () => {
    expect(yearElapsedShare(2025, '2025-01-01')).toBeCloseTo(1 / 365, 15);
    expect(yearElapsedShare(2025, '2025-01-02') - yearElapsedShare(2025, '2025-01-01')).toBeCloseTo(1 / 365, 15);
  });
});
