/**
 * Fitted parameters → Model_Parameter__mdt records `{ model, name, value }` (what `cvp params push` will write).
 * The engine reads them back with bgNbdParametersFromSettings / gammaGammaParametersFromSettings /
 * sbgParametersFromSettings (predictiveParameters.ts); the naming is documented there and in docs/MODELS.md.
 */
import type {
  BgNbdParameters,
  GammaGammaParameters,
  SbgParameters
} from '../../force-app/main/default/lwc/valueEngine/predictive';
import { predictiveDaysPerUnit } from '../../force-app/main/default/lwc/valueEngine/predictive';

export interface ModelParameterRecord {
  model: 'bgnbd' | 'gamma_gamma' | 'sbg';
  name: string;
  value: number;
}

function records(
  model: ModelParameterRecord['model'],
  names: string[],
  values: number[],
  logCovariance: number[] | undefined
): ModelParameterRecord[] {
  const out: ModelParameterRecord[] = names.map((name, i) => ({ model, name, value: values[i] }));
  if (logCovariance?.length === names.length * names.length) {
    for (let i = 0; i < names.length; i++) {
      for (let j = i; j < names.length; j++) {
        out.push({ model, name: `cov_${names[i]}_${names[j]}`, value: logCovariance[i * names.length + j] });
      }
    }
  }
  return out;
}

export function bgNbdRecords(p: BgNbdParameters): ModelParameterRecord[] {
  return [
    ...records('bgnbd', ['r', 'alpha', 'a', 'b'], [p.r, p.alpha, p.a, p.b], p.logCovariance),
    { model: 'bgnbd', name: 'time_unit_days', value: predictiveDaysPerUnit(p.timeUnit) }
  ];
}

export function gammaGammaRecords(p: GammaGammaParameters): ModelParameterRecord[] {
  return records('gamma_gamma', ['p', 'q', 'gamma'], [p.p, p.q, p.gamma], p.logCovariance);
}

export function sbgRecords(p: SbgParameters): ModelParameterRecord[] {
  return [
    ...records('sbg', ['alpha', 'beta'], [p.alpha, p.beta], p.logCovariance),
    { model: 'sbg', name: 'period_unit_days', value: predictiveDaysPerUnit(p.periodUnit) }
  ];
}
