/**
 * Special functions for the predictive models (BG/NBD, Gamma-Gamma, sBG), written in the engine subset
 * (docs/ENGINE_SUBSET.md): loops only, every division guarded, finite results for every finite input.
 */

/** Largest exponent passed to Math.exp: keeps results finite (e^700 ≈ 1e304). */
export const PREDICTIVE_MAX_EXPONENT = 700;
/** Upper bound on the number of terms of a hypergeometric series (Apex CPU budget). */
export const PREDICTIVE_SERIES_MAX_TERMS = 20000;
/** Relative tolerance at which a series is declared converged. */
export const PREDICTIVE_SERIES_TOLERANCE = 1e-15;
/** Smallest positive argument used where a logarithm or a gamma function would diverge. */
export const PREDICTIVE_TINY = 1e-300;

/** The value of a series together with its convergence diagnostics. */
export interface PredictiveSeriesResult {
  value: number;
  converged: boolean;
  terms: number;
}

/** exp(x) with the exponent clamped so the result is finite (and 0 for very negative x). */
export function predictiveSafeExp(x: number): number {
  if (Number.isNaN(x)) {
    return 0;
  }
  return Math.exp(Math.min(x, PREDICTIVE_MAX_EXPONENT));
}

/** log(x) with x clamped to a tiny positive value, so log(0) is about -690.8 instead of -Infinity. */
export function predictiveSafeLog(x: number): number {
  if (Number.isNaN(x)) {
    return Math.log(PREDICTIVE_TINY);
  }
  return Math.log(Math.max(x, PREDICTIVE_TINY));
}

/**
 * ln Γ(x) for x > 0 (Lanczos approximation, g = 7, nine coefficients; about 15 significant digits).
 * Arguments below 0.5 are shifted up with ln Γ(x) = ln Γ(x + 1) − ln x. Non-positive arguments are clamped to a tiny
 * positive value (the function is only used on positive model parameters).
 */
export function predictiveLogGamma(x: number): number {
  let value = x;
  if (!Number.isFinite(value)) {
    value = Number.isNaN(value) ? 1 : 1e300;
  }
  value = Math.max(value, PREDICTIVE_TINY);
  let shift = 0;
  if (value < 0.5) {
    shift = Math.log(value);
    value = value + 1;
  }
  const z = value - 1;
  let series = 0.99999999999980993;
  series = series + 676.5203681218851 / (z + 1);
  series = series - 1259.1392167224028 / (z + 2);
  series = series + 771.32342877765313 / (z + 3);
  series = series - 176.61502916214059 / (z + 4);
  series = series + 12.507343278686905 / (z + 5);
  series = series - 0.13857109526572012 / (z + 6);
  series = series + 9.9843695780195716e-6 / (z + 7);
  series = series + 1.5056327351493116e-7 / (z + 8);
  const t = z + 7.5;
  return 0.91893853320467274 + (z + 0.5) * Math.log(t) - t + Math.log(series) - shift;
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
export function predictiveLogBeta(a: number, b: number): number {
  return predictiveLogGamma(a) + predictiveLogGamma(b) - predictiveLogGamma(a + b);
}

/** Sum of the plain Gauss series Σ (a)ₙ(b)ₙ/((c)ₙ n!) zⁿ with a bounded number of terms and a convergence check. */
function predictiveGaussSeries(a: number, b: number, c: number, z: number): PredictiveSeriesResult {
  let term = 1;
  let sum = 1;
  let n = 0;
  let converged = false;
  while (n < PREDICTIVE_SERIES_MAX_TERMS) {
    const denominator = (c + n) * (n + 1);
    if (denominator === 0) {
      break;
    }
    term = (term * (a + n) * (b + n) * z) / denominator;
    sum = sum + term;
    n = n + 1;
    if (!Number.isFinite(sum)) {
      break;
    }
    if (Math.abs(term) <= PREDICTIVE_SERIES_TOLERANCE * Math.abs(sum)) {
      converged = true;
      break;
    }
  }
  if (!Number.isFinite(sum)) {
    return { value: 0, converged: false, terms: n };
  }
  return { value: sum, converged: converged, terms: n };
}

/**
 * (1 − z)^k · ₂F₁(a, b; c; z) for 0 ≤ z < 1 and c > 0, the form in which the models need the function.
 * When c − a − b < 0 the series is evaluated after Euler's transformation
 * ₂F₁(a, b; c; z) = (1 − z)^(c − a − b) ₂F₁(c − a, c − b; c; z), whose terms decay like n^(a + b − c − 1) instead of
 * growing, and the power of (1 − z) is combined in log space so nothing overflows. Bounded number of terms
 * (PREDICTIVE_SERIES_MAX_TERMS); `converged` says whether the last term fell below the tolerance.
 */
export function predictiveScaledHypergeometric2F1(
  a: number,
  b: number,
  c: number,
  z: number,
  k: number
): PredictiveSeriesResult {
  const x = Math.min(Math.max(z, 0), 1 - 1e-16);
  const log1mz = Math.log(1 - x);
  let series: PredictiveSeriesResult;
  let exponent = k;
  if (c - a - b < 0) {
    series = predictiveGaussSeries(c - a, c - b, c, x);
    exponent = k + (c - a - b);
  } else {
    series = predictiveGaussSeries(a, b, c, x);
  }
  const power = exponent === 0 ? 1 : predictiveSafeExp(exponent * log1mz);
  const value = power * series.value;
  if (!Number.isFinite(value)) {
    return { value: 0, converged: false, terms: series.terms };
  }
  return { value: value, converged: series.converged, terms: series.terms };
}

/** Gauss hypergeometric ₂F₁(a, b; c; z) for 0 ≤ z < 1, c > 0 (see predictiveScaledHypergeometric2F1). */
export function predictiveHypergeometric2F1(a: number, b: number, c: number, z: number): PredictiveSeriesResult {
  return predictiveScaledHypergeometric2F1(a, b, c, z, 0);
}
