/** Fitted parameters → Model_Parameter__mdt records → the engine's parameter readers: a lossless round trip. */
import {
  bgNbdParametersFromSettings,
  gammaGammaParametersFromSettings,
  predictiveUnitFromDays,
  sbgParametersFromSettings
} from '../../../force-app/main/default/lwc/valueEngine/predictive';
import { defaultConfig } from '../../../force-app/main/default/lwc/valueEngine/config';
import { fitSbg } from '../modelFits';
import { bgNbdRecords, gammaGammaRecords, sbgRecords } from '../parameterRecords';

describe('model parameter records', () => {
  it('round-trip BG/NBD, Gamma-Gamma and sBG parameters with their covariance and unit', () => {
    const bg = {
      r: 0.3,
      alpha: 5,
      a: 0.8,
      b: 2,
      timeUnit: 'month' as const,
      logCovariance: [1, 2, 3, 4, 2, 5, 6, 7, 3, 6, 8, 9, 4, 7, 9, 10]
    };
    expect(bgNbdRecords(bg)).toHaveLength(4 + 10 + 1);
    expect(bgNbdParametersFromSettings(bgNbdRecords(bg))).toEqual(bg);
    const gg = { p: 6, q: 3, gamma: 15, logCovariance: [1, 0, 0, 0, 2, 0, 0, 0, 3] };
    expect(gammaGammaParametersFromSettings(gammaGammaRecords(gg))).toEqual(gg);
    const sbg = fitSbg([1000, 869, 743, 653, 593, 551, 517, 491], 'year').parameters;
    expect(sbgParametersFromSettings(sbgRecords(sbg))).toEqual(sbg);
  });

  it('reads the default metadata records (no covariance: no interval) and falls back on missing values', () => {
    const settings = defaultConfig().modelParameters;
    const bg = bgNbdParametersFromSettings(settings);
    expect(bg).toEqual({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, timeUnit: 'week', logCovariance: undefined });
    expect(gammaGammaParametersFromSettings([]).p).toBe(6.25);
    expect(sbgParametersFromSettings([]).periodUnit).toBe('year');
    expect(predictiveUnitFromDays(1)).toBe('day');
    expect(predictiveUnitFromDays(Number.NaN)).toBe('week');
    expect(predictiveUnitFromDays(31)).toBe('month');
  });
});
