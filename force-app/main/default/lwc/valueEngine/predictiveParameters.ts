/**
 * Fitted model parameters ↔ Model_Parameter__mdt records (`ModelParameterSetting { model, name, value }`).
 * Per model: the parameters by name (bgnbd r, alpha, a, b; gamma_gamma p, q, gamma; sbg alpha, beta), the time unit as
 * `time_unit_days` (bgnbd; 1, 7, 30.4375 or 365.25) or `period_unit_days` (sbg), and the covariance of the
 * log-parameters as `cov_<i>_<j>` for i ≤ j (parameter names, e.g. `cov_r_alpha`). Missing parameters fall back to the
 * published defaults (docs/DOMAIN_VALUES.md); a missing covariance entry drops the covariance (no interval).
 * Engine subset (docs/ENGINE_SUBSET.md).
 */
import type { ModelParameterSetting } from './config';
import type { BgNbdParameters } from './bgnbd';
import type { GammaGammaParameters } from './gammaGamma';
import type { ClvTimeUnit } from './predictiveCommon';
import { predictiveDaysPerUnit } from './predictiveCommon';
import type { SbgParameters } from './shiftedBetaGeometric';

/** Value of a named parameter of a model, or `fallback`. */
export function predictiveSettingValue(
  settings: ModelParameterSetting[],
  model: string,
  name: string,
  fallback: number
): number {
  for (let i = 0; i < settings.length; i++) {
    const setting = settings[i];
    if (setting.model === model && setting.name === name && Number.isFinite(setting.value)) {
      return setting.value;
    }
  }
  return fallback;
}

/** The time unit whose length in days is closest to `days` (week when absent or invalid). */
export function predictiveUnitFromDays(days: number): ClvTimeUnit {
  if (!Number.isFinite(days) || days <= 0) {
    return 'week';
  }
  const units: ClvTimeUnit[] = ['day', 'week', 'month', 'year'];
  let best: ClvTimeUnit = 'week';
  let bestDistance = 1e300;
  for (let i = 0; i < units.length; i++) {
    const distance = Math.abs(Math.log(days) - Math.log(predictiveDaysPerUnit(units[i])));
    if (distance < bestDistance) {
      bestDistance = distance;
      best = units[i];
    }
  }
  return best;
}

/** Row-major covariance from `cov_<i>_<j>` records (i ≤ j); undefined when any entry is missing. */
export function predictiveCovarianceFromSettings(
  settings: ModelParameterSetting[],
  model: string,
  names: string[]
): number[] | undefined {
  const n = names.length;
  const matrix: number[] = [];
  for (let i = 0; i < n * n; i++) {
    matrix.push(0);
  }
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const value = predictiveSettingValue(settings, model, 'cov_' + names[i] + '_' + names[j], -1e300);
      if (value === -1e300) {
        return undefined;
      }
      matrix[i * n + j] = value;
      matrix[j * n + i] = value;
    }
  }
  return matrix;
}

/** BG/NBD parameters from Model_Parameter__mdt records (model `bgnbd`). */
export function bgNbdParametersFromSettings(settings: ModelParameterSetting[]): BgNbdParameters {
  const names = ['r', 'alpha', 'a', 'b'];
  return {
    r: predictiveSettingValue(settings, 'bgnbd', 'r', 0.243),
    alpha: predictiveSettingValue(settings, 'bgnbd', 'alpha', 4.414),
    a: predictiveSettingValue(settings, 'bgnbd', 'a', 0.793),
    b: predictiveSettingValue(settings, 'bgnbd', 'b', 2.426),
    timeUnit: predictiveUnitFromDays(predictiveSettingValue(settings, 'bgnbd', 'time_unit_days', 7)),
    logCovariance: predictiveCovarianceFromSettings(settings, 'bgnbd', names)
  };
}

/** Gamma-Gamma parameters from Model_Parameter__mdt records (model `gamma_gamma`). */
export function gammaGammaParametersFromSettings(settings: ModelParameterSetting[]): GammaGammaParameters {
  const names = ['p', 'q', 'gamma'];
  return {
    p: predictiveSettingValue(settings, 'gamma_gamma', 'p', 6.25),
    q: predictiveSettingValue(settings, 'gamma_gamma', 'q', 3.74),
    gamma: predictiveSettingValue(settings, 'gamma_gamma', 'gamma', 15.44),
    logCovariance: predictiveCovarianceFromSettings(settings, 'gamma_gamma', names)
  };
}

/** sBG parameters from Model_Parameter__mdt records (model `sbg`). */
export function sbgParametersFromSettings(settings: ModelParameterSetting[]): SbgParameters {
  const names = ['alpha', 'beta'];
  return {
    alpha: predictiveSettingValue(settings, 'sbg', 'alpha', 0.668),
    beta: predictiveSettingValue(settings, 'sbg', 'beta', 3.806),
    periodUnit: predictiveUnitFromDays(predictiveSettingValue(settings, 'sbg', 'period_unit_days', 365.25)),
    logCovariance: predictiveCovarianceFromSettings(settings, 'sbg', names)
  };
}
