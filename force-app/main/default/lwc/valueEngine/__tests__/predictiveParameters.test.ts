/** Model_Parameter__mdt records → predictive model parameters. */
import {
  bgNbdParametersFromSettings,
  gammaGammaParametersFromSettings,
  predictiveCovarianceFromSettings,
  predictiveSettingValue,
  predictiveUnitFromDays,
  sbgParametersFromSettings
} from '../predictive';
import type { ModelParameterSetting } from '../config';

const settings: ModelParameterSetting[] = [
  { model: 'sbg', name: 'alpha', value: 0.7 },
  { model: 'sbg', name: 'beta', value: 1.2 },
  { model: 'sbg', name: 'period_unit_days', value: 30.4375 },
  { model: 'sbg', name: 'cov_alpha_alpha', value: 0.01 },
  { model: 'sbg', name: 'cov_alpha_beta', value: 0.002 },
  { model: 'sbg', name: 'cov_beta_beta', value: 0.03 },
  { model: 'bgnbd', name: 'r', value: Number.NaN }
];

describe('predictive parameters from settings', () => {
  it('reads values, units and a symmetric covariance', () => {
    expect(sbgParametersFromSettings(settings)).toEqual({
      alpha: 0.7,
      beta: 1.2,
      periodUnit: 'month',
      logCovariance: [0.01, 0.002, 0.002, 0.03]
    });
    expect(predictiveCovarianceFromSettings(settings, 'sbg', ['alpha', 'beta', 'gamma'])).toBeUndefined();
  });

  it('falls back to the published defaults for missing or invalid values', () => {
    expect(predictiveSettingValue(settings, 'bgnbd', 'r', 0.243)).toBe(0.243);
    expect(bgNbdParametersFromSettings(settings).timeUnit).toBe('week');
    expect(gammaGammaParametersFromSettings(settings).gamma).toBe(15.44);
    expect(predictiveUnitFromDays(365)).toBe('year');
    expect(predictiveUnitFromDays(-1)).toBe('week');
  });
});
