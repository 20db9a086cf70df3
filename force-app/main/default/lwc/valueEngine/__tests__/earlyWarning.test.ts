import type { AccountFacts } from '../valueEngine';
import {
  churnFeatureValues,
  churnProbability,
  churnProbabilityFromSignals,
  computeChurnSignals,
  decideAlert,
  defaultConfig,
  prepareFacts,
  revenueTrend
} from '../valueEngine';

const config = defaultConfig();

function facts(extra: AccountFacts) {
  return prepareFacts({ accountId: 'A', revenueCurrent: 70000, revenuePrevious: 100000, ...extra });
}

describe('earlyWarning', () => {
  it('measures the revenue trend, new customers counting as growth', () => {
    expect(revenueTrend(70000, 100000)).toBeCloseTo(-0.3, 12);
    expect(revenueTrend(100, 0)).toBe(1);
    expect(revenueTrend(0, 0)).toBe(0);
    expect(revenueTrend(1e9, 1)).toBe(10);
  });

  it('sees no case trend when the previous case count is unknown, rather than a rise from zero', () => {
    const unknownBefore = computeChurnSignals(facts({ casesCurrent: 9 }), '2025-06-30');
    expect(unknownBefore.caseTrend).toBe(0);
    expect(unknownBefore.warnings).not.toContain('cvp_warning_cases_rising');
    expect(computeChurnSignals(facts({ casesCurrent: 9, casesPrevious: 0 }), '2025-06-30').caseTrend).toBe(9);
  });

  it('derives the signals and the warnings of an account', () => {
    const signals = computeChurnSignals(
      facts({
        casesCurrent: 6,
        casesPrevious: 2,
        complaints: 2,
        satisfaction: 5,
        lastOrderDate: '2024-11-01',
        contractEndDate: '2025-08-01'
      }),
      '2025-06-30'
    );
    expect(signals.caseTrend).toBe(2);
    expect(signals.daysSinceLastOrder).toBe(241);
    expect(signals.renewalDue).toBe(1);
    expect(signals.warnings).toEqual([
      'cvp_warning_renewal_due',
      'cvp_warning_revenue_falling',
      'cvp_warning_complaints',
      'cvp_warning_cases_rising',
      'cvp_warning_low_satisfaction',
      'cvp_warning_long_silence'
    ]);
  });

  it('leaves unknown recency and satisfaction out of the feature values', () => {
    const signals = computeChurnSignals(facts({}), 'not-a-date');
    expect(signals.daysSinceLastOrder).toBe(-1);
    expect(signals.renewalDue).toBe(0);
    expect(Object.keys(churnFeatureValues(signals)).sort()).toEqual([
      'case_trend',
      'complaints',
      'renewal_due',
      'revenue_trend'
    ]);
  });

  it('computes the logistic churn probability on standardised features', () => {
    // every feature at its mean → 1 / (1 + e^2)
    expect(churnProbability(config.churnModel, {})).toBeCloseTo(0.1192029, 7);
    // z = −2 + 1.2 (trend −0.3) + 1 (2.5 complaints) + 0.8 (150 days) + 0.7 (satisfaction 5) + 0.9 (renewal) = 2.6
    const values = {
      revenue_trend: -0.3,
      case_trend: 0,
      complaints: 2.5,
      days_since_last_order: 150,
      satisfaction: 5,
      renewal_due: 1
    };
    expect(churnProbability(config.churnModel, values)).toBeCloseTo(1 / (1 + Math.exp(-2.6)), 12);
  });

  it('ignores features with a non-positive deviation or a non-finite value', () => {
    const model = { intercept: 0, features: [{ name: 'x', coefficient: 3, mean: 0, standardDeviation: 0 }] };
    expect(churnProbability(model, { x: 5 })).toBe(0.5);
    expect(churnProbability(config.churnModel, { complaints: Number.NaN })).toBeCloseTo(0.1192029, 7);
    expect(churnProbability(undefined as never, {})).toBe(0.5);
  });

  it('gives the same probability from signals as from feature values', () => {
    const signals = computeChurnSignals(
      facts({ complaints: 1, satisfaction: 9, lastOrderDate: '2025-05-01' }),
      '2025-06-30'
    );
    expect(churnProbabilityFromSignals(config.churnModel, signals)).toBeCloseTo(
      churnProbability(config.churnModel, churnFeatureValues(signals)),
      14
    );
    const unknownFeature = {
      intercept: -1,
      features: [{ name: 'weather', coefficient: 2, mean: 1, standardDeviation: 1 }]
    };
    expect(churnProbabilityFromSignals(unknownFeature, signals)).toBeCloseTo(1 / (1 + Math.E), 12);
  });

  it('alerts on an upward threshold crossing and escalates for top tiers', () => {
    const decision = decideAlert(
      {
        current: { churnProbability: 0.6, tier: 'D1', revenueTrend: 0 },
        previous: { churnProbability: 0.4, tier: 'D1', revenueTrend: 0 }
      },
      config.settings
    );
    expect(decision).toEqual({ alert: true, escalate: true, reasons: ['cvp_alert_churn_threshold_crossed'] });
  });

  it('does not alert again while the probability stays above the threshold', () => {
    const decision = decideAlert(
      {
        current: { churnProbability: 0.7, tier: 'D3', revenueTrend: 0 },
        previous: { churnProbability: 0.6, tier: 'D3', revenueTrend: 0 }
      },
      config.settings
    );
    expect(decision.alert).toBe(false);
  });

  it('alerts on a tier drop and on a revenue bend, escalating when the previous tier was a top tier', () => {
    const decision = decideAlert(
      {
        current: { churnProbability: 0.1, tier: 'D3', revenueTrend: -0.25 },
        previous: { churnProbability: 0.1, tier: 'D2', revenueTrend: 0.1 }
      },
      config.settings
    );
    expect(decision).toEqual({
      alert: true,
      escalate: true,
      reasons: ['cvp_alert_tier_drop', 'cvp_alert_revenue_bend']
    });
    const lowTier = decideAlert(
      { current: { churnProbability: 0.9, tier: 'D4', revenueTrend: -0.5 } },
      config.settings
    );
    expect(lowTier).toEqual({
      alert: true,
      escalate: false,
      reasons: ['cvp_alert_churn_threshold_crossed', 'cvp_alert_revenue_bend']
    });
  });
});
