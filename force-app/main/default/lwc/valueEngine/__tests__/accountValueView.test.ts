import type { AccountFacts, StoredAccountValue, ValueHistoryPoint } from '../valueEngine';
import {
  accountValueView,
  defaultConfig,
  neverScored,
  noTierOverride,
  tierOverrideProblem,
  valueHistoryView,
  VALUE_HISTORY_MONTHS
} from '../valueEngine';

const config = defaultConfig();
const today = '2025-06-30';
const absoluteCutoffs = {
  method: 'absolute' as const,
  d1Minimum: 100000,
  d2Minimum: 25000,
  d3Minimum: 0,
  accountCount: 0
};

/** Revenue 200 000 at a 30 % margin → gross margin 60 000; 2 high-priority cases at 150 → cost 300; net 59 700. */
const facts: AccountFacts = {
  accountId: 'A1',
  industry: 'Technology',
  country: 'FR',
  revenueCurrent: 200000,
  revenuePrevious: 250000,
  marginRateOverride: 0.3,
  driverQuantities: { Support_Case_High: 2 },
  casesCurrent: 2,
  casesPrevious: 2,
  lastOrderDate: '2024-12-12',
  contractEndDate: '2025-08-31',
  relationshipStartDate: '2018-01-15'
};

function stored(tier: string, netValue: number, score: number): StoredAccountValue {
  return {
    scored: true,
    scoredOn: '2025-05-31',
    result: {
      tier: tier,
      computedTier: tier,
      tierOverridden: false,
      score: score,
      revenue: 180000,
      grossMargin: 54000,
      costToServe: 300,
      netValue: netValue,
      churnProbability: 0.2,
      flags: [],
      recommendedAction: 'standardize'
    },
    probabilityAlive: 0.83,
    clvKnown: true,
    clv: 120000,
    clvLower: 90000,
    clvUpper: 160000,
    tierOverride: noTierOverride()
  };
}

describe('accountValueView', () => {
  it('recomputes the money live: gross margin minus each driver is the net value', () => {
    const view = accountValueView({ facts: facts, stored: neverScored(), cutoffs: absoluteCutoffs }, config, today);
    expect(view.money.grossMargin).toBeCloseTo(60000, 6);
    expect(view.money.costToServe).toBeCloseTo(300, 6);
    expect(view.live.netValue).toBeCloseTo(59700, 6);
    const high = view.money.drivers.find((d) => d.driver === 'Support_Case_High');
    expect(high).toEqual({ driver: 'Support_Case_High', component: 'support', quantity: 2, cost: 300 });
    const total = view.money.drivers.reduce((sum, d) => sum + d.cost, 0);
    expect(view.money.grossMargin - total).toBeCloseTo(view.money.netValue, 6);
  });

  it('gives a breakdown whose points add up to the live score', () => {
    const view = accountValueView({ facts: facts, stored: neverScored(), cutoffs: absoluteCutoffs }, config, today);
    expect(view.components.map((c) => c.component)).toEqual([
      'net_value',
      'potential',
      'influence',
      'strategic_fit',
      'loyalty'
    ]);
    const points = view.components.reduce((sum, c) => sum + c.points, 0);
    expect(view.live.score).toBeGreaterThan(0);
    expect(points).toBeCloseTo(view.live.score, 9);
    expect(view.components[0].amount).toBeCloseTo(59700, 6);
  });

  it('reports what changed between the stored result and the live one', () => {
    const view = accountValueView(
      { facts: facts, stored: stored('D3', 50000, 10), cutoffs: absoluteCutoffs },
      config,
      today
    );
    expect(view.live.tier).toBe('D2');
    expect(view.changes[0]).toEqual({ measure: 'tier', before: 'D3', after: 'D2', delta: 0 });
    const net = view.changes.find((c) => c.measure === 'net_value');
    expect(net?.before).toBe('50000');
    expect(net?.after).toBe('59700');
    expect(net?.delta).toBeCloseTo(9700, 6);
    expect(view.changes.find((c) => c.measure === 'cost_to_serve')).toBeUndefined();
  });

  it('reports no change for an account never scored', () => {
    const view = accountValueView({ facts: facts, stored: neverScored() }, config, today);
    expect(view.stored.scored).toBe(false);
    expect(view.changes).toEqual([]);
    expect(view.clv.known).toBe(false);
    expect(view.clv.probabilityAlive).toBe(-1);
  });

  it('keeps the stored portfolio position for percentile tiers without cut-offs', () => {
    const view = accountValueView({ facts: facts, stored: stored('D1', 59700, 60) }, config, today);
    expect(config.tierPolicy.method).toBe('percentile');
    expect(view.liveTierBasis).toBe('stored');
    expect(view.live.computedTier).toBe('D1');
    expect(view.play.play).toBe('director_visit');
  });

  it('uses the absolute thresholds for an account never scored under percentile tiers', () => {
    const view = accountValueView({ facts: facts, stored: neverScored() }, config, today);
    expect(view.liveTierBasis).toBe('absolute');
    expect(view.live.computedTier).toBe('D2');
  });

  it('lets a manual override win and says so', () => {
    const overridden: AccountFacts = { ...facts, tierOverride: 'D4', tierOverrideReason: 'Bankruptcy filed' };
    const view = accountValueView(
      { facts: overridden, stored: neverScored(), cutoffs: absoluteCutoffs },
      config,
      today
    );
    expect(view.live.tier).toBe('D4');
    expect(view.live.computedTier).toBe('D2');
    expect(view.live.tierOverridden).toBe(true);
    expect(view.play.play).toBe('letter');
  });

  it('gives each risk signal its figure and the date it was seen', () => {
    const view = accountValueView({ facts: facts, stored: neverScored(), cutoffs: absoluteCutoffs }, config, today);
    const byName = new Map(view.riskSignals.map((s) => [s.signal, s]));
    expect([...byName.keys()]).toEqual([
      'revenue_trend',
      'case_trend',
      'complaints',
      'renewal_due',
      'recency',
      'satisfaction'
    ]);
    expect(byName.get('revenue_trend')).toMatchObject({ active: true, labelKey: 'cvp_warning_revenue_falling' });
    expect(byName.get('revenue_trend')?.amount).toBeCloseTo(-0.2, 12);
    expect(byName.get('renewal_due')).toMatchObject({ active: true, amount: 1, seenOn: '2025-08-31' });
    // 2024-12-12 → 2025-06-30: 19 + 31 + 28 + 31 + 30 + 31 + 30 = 200 days, above the 180-day silence.
    expect(byName.get('recency')).toMatchObject({ active: true, amount: 200, seenOn: '2024-12-12', known: true });
    expect(byName.get('satisfaction')).toMatchObject({ active: false, known: false, labelKey: '', seenOn: today });
    expect(byName.get('complaints')).toMatchObject({ active: false, amount: 0 });
  });

  it('states data-quality findings plainly and flags the account', () => {
    const partial: AccountFacts = { accountId: 'A2', revenuePrevious: 1000 };
    const view = accountValueView({ facts: partial, stored: neverScored() }, config, today);
    expect(view.findings).toContainEqual({ field: 'revenueCurrent', problem: 'missing' });
    expect(view.live.flags).toContain('data_incomplete');
  });

  it('echoes the stored CLV with its interval and cleans bad stored numbers', () => {
    const bad = stored('D2', Number.NaN, Number.POSITIVE_INFINITY);
    const view = accountValueView({ facts: facts, stored: bad, cutoffs: absoluteCutoffs }, config, today);
    expect(view.clv).toEqual({ known: true, estimate: 120000, lower: 90000, upper: 160000, probabilityAlive: 0.83 });
    expect(view.stored.result.netValue).toBe(0);
    expect(view.stored.result.score).toBe(0);
  });

  it('never shows an override that is not a tier', () => {
    const withBadOverride = stored('D2', 1, 1);
    withBadOverride.tierOverride = { active: true, tier: 'D9', reason: 'x', overriddenBy: 'u', overriddenAt: 'y' };
    const view = accountValueView({ facts: facts, stored: withBadOverride }, config, today);
    expect(view.stored.tierOverride).toEqual(noTierOverride());
  });

  it('gives the recommended action with its reason and the play it starts', () => {
    const view = accountValueView({ facts: facts, stored: neverScored(), cutoffs: absoluteCutoffs }, config, today);
    expect(view.play.action).toBe(view.live.recommendedAction);
    expect(view.play.reasonKey).toMatch(/^cvp_action_reason_/);
    expect(view.play.play).toBe('rep_visit');
    expect(view.play.followUpDate).toBe('2025-07-14');
    expect(view.reasons.length).toBeGreaterThan(0);
    expect(view.reasons.length).toBeLessThanOrEqual(3);
  });
});

describe('valueHistoryView', () => {
  function point(periodEnd: string, tier: string, score: number): ValueHistoryPoint {
    return { periodEnd: periodEnd, score: score, tier: tier, netValue: score * 1000, tierChanged: false };
  }

  it('orders the snapshots, keeps the latest twelve and marks tier changes', () => {
    const points: ValueHistoryPoint[] = [];
    for (let month = 1; month <= 14; month++) {
      const end = `2025-${String(month <= 12 ? month : month - 12).padStart(2, '0')}-28`;
      points.push(point(month <= 12 ? end : end.replace('2025', '2026'), month < 10 ? 'D3' : 'D2', month));
    }
    points.reverse();
    points.push(point('not a date', 'D1', 99));
    const history = valueHistoryView('A1', points);
    expect(history.points).toHaveLength(VALUE_HISTORY_MONTHS);
    expect(history.points[0].periodEnd).toBe('2025-03-28');
    expect(history.points[11].periodEnd).toBe('2026-02-28');
    expect(history.points.filter((p) => p.tierChanged).map((p) => p.periodEnd)).toEqual(['2025-10-28']);
    expect(history.points[0].tierChanged).toBe(false);
  });

  it('answers an empty history for an account without snapshots', () => {
    expect(valueHistoryView('A1', [])).toEqual({ accountId: 'A1', points: [] });
  });
});

describe('tierOverrideProblem', () => {
  it.each([
    ['D1', 'Strategic partner', ''],
    ['', 'Back to the computed tier', ''],
    ['D5', 'x', 'cvp_override_err_invalid_tier'],
    ['d1', 'x', 'cvp_override_err_invalid_tier'],
    ['D2', '   ', 'cvp_override_err_reason_required'],
    ['D2', 'x'.repeat(256), 'cvp_override_err_reason_too_long']
  ])('tier %p with reason %p → %p', (tier, reason, expected) => {
    expect(tierOverrideProblem(tier, reason)).toBe(expected);
  });
});
