import type { ValueConfig } from '../valueEngine';
import { defaultConfig, validateConfig } from '../valueEngine';

function paths(config: ValueConfig): string[] {
  return validateConfig(config).map((problem) => `${problem.path}:${problem.labelKey}`);
}

describe('config', () => {
  it('returns the default configuration of DOMAIN_VALUES', () => {
    const config = defaultConfig();
    expect(config.settings.defaultMarginRate).toBe(0.35);
    expect(config.settings.escalateTiers).toEqual(['D1', 'D2']);
    expect(config.scoreWeights).toEqual({ netValue: 40, potential: 20, influence: 15, strategicFit: 10, loyalty: 15 });
    expect(config.tierPolicy.d1Threshold).toBe(100000);
    expect(config.drivers).toHaveLength(11);
    expect(config.drivers.find((driver) => driver.name === 'Operational_Complexity')?.unitCost).toBe(400);
    expect(config.noticePolicies.find((policy) => policy.country === 'FR')?.capMonths).toBe(18);
    expect(config.retentionPlays.map((play) => play.play)).toEqual([
      'director_visit',
      'rep_visit',
      'care_call',
      'letter'
    ]);
    expect(config.churnModel.features.map((feature) => feature.name)).toEqual([
      'revenue_trend',
      'case_trend',
      'complaints',
      'days_since_last_order',
      'satisfaction',
      'renewal_due'
    ]);
  });

  it('finds no problem in the default configuration', () => {
    expect(validateConfig(defaultConfig())).toEqual([]);
  });

  it('reports every problem with its path and label key instead of stopping at the first', () => {
    const config = defaultConfig();
    config.settings.defaultMarginRate = 1.5;
    config.scoreWeights.potential = Number.NaN;
    config.tierPolicy.d1Share = 0.5;
    config.tierPolicy.d1Threshold = 10;
    config.drivers[1].unitCost = -3;
    config.drivers[2].name = config.drivers[0].name;
    config.drivers[3].component = 'gossip' as never;
    config.noticePolicies[0].minimumMonths = 20;
    config.retentionPlays = config.retentionPlays.slice(1);
    config.churnModel.features[0].standardDeviation = 0;
    config.targetPositioning[4].minimum = 9000;
    config.marginRates = [{ name: 'Services', productFamily: 'Services', rate: 0.5 }];
    expect(paths(config)).toEqual([
      'settings.defaultMarginRate:cvp_config_out_of_range',
      'scoreWeights.potential:cvp_config_not_a_number',
      'tierPolicy:cvp_config_shares_not_one',
      'tierPolicy:cvp_config_thresholds_not_descending',
      'drivers[1].unitCost:cvp_config_out_of_range',
      'drivers[2].name:cvp_config_duplicate',
      'drivers[3].component:cvp_config_unknown_value',
      'marginRates:cvp_config_no_default_margin_rate',
      'noticePolicies[0]:cvp_config_minimum_above_cap',
      'retentionPlays.D1:cvp_config_missing',
      'churnModel.features[0].standardDeviation:cvp_config_not_positive',
      'targetPositioning[4]:cvp_config_minimum_above_maximum'
    ]);
  });

  it('reports weights that total zero', () => {
    const config = defaultConfig();
    config.scoreWeights = { netValue: 0, potential: 0, influence: 0, strategicFit: 0, loyalty: 0 };
    expect(paths(config)).toEqual(['scoreWeights:cvp_config_weights_total_zero']);
  });

  it('reports missing sections without throwing', () => {
    const broken = {
      drivers: [],
      marginRates: [],
      noticePolicies: [],
      retentionPlays: [],
      modelParameters: []
    } as unknown as ValueConfig;
    const problems = paths(broken);
    expect(problems).toContain('settings:cvp_config_missing');
    expect(problems).toContain('scoreWeights:cvp_config_missing');
    expect(problems).toContain('tierPolicy:cvp_config_missing');
    expect(problems).toContain('churnModel:cvp_config_missing');
    expect(paths(undefined as unknown as ValueConfig)).toEqual([':cvp_config_missing']);
  });

  it('flags unknown enumeration values and empty names', () => {
    const config = defaultConfig();
    config.settings.escalateTiers = ['D5' as never];
    config.settings.revenueSource = 'invoice' as never;
    config.drivers[0].name = ' ';
    config.modelParameters[0].model = 'gpt' as never;
    config.targetPositioning[0].dimension = 'Colour';
    expect(paths(config)).toEqual([
      'settings.revenueSource:cvp_config_unknown_value',
      'settings.escalateTiers[0]:cvp_config_unknown_value',
      'drivers[0].name:cvp_config_missing',
      'modelParameters[0].model:cvp_config_unknown_value',
      'targetPositioning[0].dimension:cvp_config_unknown_value'
    ]);
  });
});
