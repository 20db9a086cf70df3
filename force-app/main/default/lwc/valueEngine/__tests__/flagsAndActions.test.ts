import type { ActionInputs } from '../valueEngine';
import { accountFlags, defaultConfig, recommendAction } from '../valueEngine';

const settings = defaultConfig().settings;
const base: ActionInputs = {
  tier: 'D4',
  netValue: -1000,
  potential: 10,
  influence: 10,
  churnProbability: 0.1,
  strategic: false,
  dataIncomplete: false
};

describe('flagsAndActions', () => {
  it('raises each flag at its threshold', () => {
    expect(
      accountFlags(
        { ...base, influence: 60, potential: 70, churnProbability: 0.5, strategic: true, dataIncomplete: true },
        settings
      )
    ).toEqual(['most_valued_customer', 'high_potential', 'at_risk', 'strategic', 'data_incomplete']);
    expect(accountFlags({ ...base, influence: 59.9, potential: 69.9, churnProbability: 0.49 }, settings)).toEqual([]);
  });

  it('recommends separation only for an unguarded value-destroying D4 account', () => {
    expect(recommendAction(base, settings).action).toBe('separate');
    expect(recommendAction({ ...base, netValue: 5 }, settings).action).toBe('standardize');
  });

  it('never separates a high-potential, influential or strategic account: it transforms it', () => {
    for (const guarded of [{ potential: 80 }, { influence: 75 }, { strategic: true }]) {
      const decision = recommendAction({ ...base, ...guarded }, settings);
      expect(decision.action).toBe('transform');
      expect(decision.separationBlocked).toBe(true);
      expect(decision.reasonKey).toBe('cvp_action_reason_guardrail');
    }
  });

  it('protects D1, develops D2, and retains either when at risk', () => {
    expect(recommendAction({ ...base, tier: 'D1' }, settings).action).toBe('protect');
    expect(recommendAction({ ...base, tier: 'D1', churnProbability: 0.7 }, settings).action).toBe('retain');
    expect(recommendAction({ ...base, tier: 'D2' }, settings).action).toBe('develop');
    expect(recommendAction({ ...base, tier: 'D2', churnProbability: 0.7 }, settings).action).toBe('retain');
  });

  it('standardizes D3, develops it with high potential, retains it when at risk and profitable', () => {
    expect(recommendAction({ ...base, tier: 'D3', netValue: 10 }, settings).action).toBe('standardize');
    expect(recommendAction({ ...base, tier: 'D3', potential: 90 }, settings).action).toBe('develop');
    expect(recommendAction({ ...base, tier: 'D3', netValue: 10, churnProbability: 0.9 }, settings).action).toBe(
      'retain'
    );
    expect(recommendAction({ ...base, tier: 'D3', netValue: -10, churnProbability: 0.9 }, settings).action).toBe(
      'standardize'
    );
  });
});
