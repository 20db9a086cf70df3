/**
 * P(alive) and E[X(t) | x, t_x, T] for many customers at once (Node only: `cvp clv predict`-sized runs, issue 15 §3).
 * Every value comes from the engine's own functions; the batch only avoids recomputing what customers share.
 * E[X(t) | x, t_x, T] = P(alive | x, t_x, T) × E[X(t)] of a customer known to be alive with the posterior parameters
 * (r + x, α + T, a, b + x), which depends on x and T only — not on t_x. A portfolio summarised in whole days has far
 * fewer distinct (x, T) pairs than customers, so that factor (one ₂F₁ each, with all its robustness on extreme inputs)
 * is computed once per pair, P(alive) (closed form) once per customer.
 */
import type { BgNbdParameters, PredictiveDuration } from '../../force-app/main/default/lwc/valueEngine/predictive';
import {
  bgNbdConditionalExpectedTransactions,
  bgNbdExpectedTransactions,
  bgNbdProbabilityAlive
} from '../../force-app/main/default/lwc/valueEngine/predictive';

export interface BgNbdBatchPrediction {
  probabilityAlive: Float64Array;
  expectedTransactions: Float64Array;
  /** Distinct (x, T) pairs whose ₂F₁ factor was computed. */
  distinctPairs: number;
}

/** The engine's parameter range: the posterior shortcut is used only where the engine would not clamp it. */
const PARAMETER_MIN = 1e-8;
const PARAMETER_MAX = 1e8;

/**
 * Predictions for customers given as parallel arrays (x, t_x, T in the model's time unit, as the fit's summary).
 * Equal to calling bgNbdProbabilityAlive and bgNbdConditionalExpectedTransactions per customer (held by a test).
 */
export function predictBgNbdBatch(
  params: BgNbdParameters,
  frequency: ArrayLike<number>,
  recency: ArrayLike<number>,
  age: ArrayLike<number>,
  horizon: PredictiveDuration
): BgNbdBatchPrediction {
  const count = frequency.length;
  const probabilityAlive = new Float64Array(count);
  const expectedTransactions = new Float64Array(count);
  const byFrequency = new Map<number, Map<number, number>>();
  let distinctPairs = 0;
  const inRange = (value: number): boolean => value >= PARAMETER_MIN && value <= PARAMETER_MAX;
  const parametersInRange = inRange(params.r) && inRange(params.alpha) && inRange(params.a) && inRange(params.b);
  for (let i = 0; i < count; i++) {
    const customer = { frequency: frequency[i], recency: recency[i], age: age[i], timeUnit: params.timeUnit };
    const alive = bgNbdProbabilityAlive(params, customer);
    probabilityAlive[i] = alive;
    const x = frequency[i];
    const T = age[i];
    const ordinary =
      parametersInRange &&
      Number.isInteger(x) &&
      x >= 0 &&
      Number.isFinite(T) &&
      T >= 0 &&
      recency[i] >= 0 &&
      recency[i] <= T &&
      params.r + x < PARAMETER_MAX &&
      params.b + x < PARAMETER_MAX &&
      params.alpha + T < PARAMETER_MAX;
    if (!ordinary) {
      // Anything the engine would clean first: let it (the batch must give the engine's answer).
      expectedTransactions[i] = bgNbdConditionalExpectedTransactions(params, customer, horizon);
      continue;
    }
    let byAge = byFrequency.get(x);
    if (byAge === undefined) {
      byAge = new Map<number, number>();
      byFrequency.set(x, byAge);
    }
    let factor = byAge.get(T);
    if (factor === undefined) {
      factor = bgNbdConditionalFactor(params, x, T, horizon);
      byAge.set(T, factor);
      distinctPairs++;
    }
    expectedTransactions[i] = alive * factor;
  }
  return { probabilityAlive, expectedTransactions, distinctPairs };
}

/** E[X(t)] of a customer known to be alive with posterior (r + x, α + T, a, b + x): the engine's eq. (9). */
function bgNbdConditionalFactor(params: BgNbdParameters, x: number, T: number, horizon: PredictiveDuration): number {
  return bgNbdExpectedTransactions(
    { r: params.r + x, alpha: params.alpha + T, a: params.a, b: params.b + x, timeUnit: params.timeUnit },
    horizon
  );
}
