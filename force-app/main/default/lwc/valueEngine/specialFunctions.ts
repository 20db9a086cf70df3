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

/** Machine epsilon of IEEE 754 doubles: the unit of the rounding-error estimates below. */
const PREDICTIVE_EPSILON = 2.220446049250313e-16;
/**
 * Above this z the Gauss series in z needs about 35/(1 − z) terms (20 000 and more for a new customer of a daily model
 * over years) and ₂F₁ is evaluated with the connection formula in 1 − z instead, whose series need a few terms there.
 */
export const PREDICTIVE_CONNECTION_MIN_Z = 0.5;
/**
 * Estimated relative error (rounding, amplified by cancellation) up to which the first method tried is used as is;
 * above it the other one (connection formula or series in z, plain or after Euler's transformation) is tried as well
 * and the more reliable of the two is kept.
 */
export const PREDICTIVE_CONNECTION_MAX_ERROR = 1e-10;
/** Estimated relative error up to which a value still counts as converged when no method reached the one above. */
export const PREDICTIVE_CONNECTION_ACCEPTABLE_ERROR = 1e-8;
/**
 * From this |c − a − b| on, the series in z is tried first above PREDICTIVE_CONNECTION_MIN_Z: once n exceeds the
 * parameters its terms decay like n^(−|c − a − b| − 1) zⁿ (a few terms for r + x = 1000), while one of the connection
 * formula's series must run past n = |c − a − b|. Measured on the engine's arbitraries, 20 gives the smallest largest
 * total per clvPredictCustomer call (5: 1.0 million terms, 20: 0.65 million, 200: 0.65 million but a 4× larger p99).
 */
export const PREDICTIVE_DIRECT_MIN_EXCESS = 20;
/**
 * The series in z is also tried first when the largest parameter times 1 − z reaches this: the connection formula's
 * series in 1 − z then climb to large terms that cancel (for b = 100 at z = 0.7 its estimated error exceeds 1, while the
 * series in z converges in about 70 terms). Measured on the engine's arbitraries: 5 lowers the largest total number of
 * terms per clvPredictCustomer call by about a fifth, compared with applying only the rule above.
 */
export const PREDICTIVE_DIRECT_MIN_GROWTH = 5;
/** Term budget of the first try of the series in z; beyond it the connection formula is used. */
const PREDICTIVE_DIRECT_FIRST_MAX_TERMS = 2000;
/** Largest spacing, in m = c − a − b, of the interpolation nodes around an integer m. */
const PREDICTIVE_CONNECTION_SPACING = 1e-4;
/** Below this spacing the rounding errors, amplified by about 1/spacing, exceed the target accuracy. */
const PREDICTIVE_CONNECTION_MIN_SPACING = 1e-7;
/** The spacing is also at most this over |ln(1 − z)| (the derivatives in c grow like powers of ln(1 − z)). */
const PREDICTIVE_CONNECTION_SPACING_LOG = 2e-3;

/**
 * sin(πx) by its Taylor series on x reduced to [−½, ½] (the subset has no Math.sin); exactly 0 at the integers. The
 * 13 terms (to y²⁵, below 1e-20 relative for |y| ≤ π/2) are nested in Horner form, with no loop: the connection
 * formula calls this for every negative gamma argument, up to 16 times per ₂F₁ near its removable singularities.
 */
function predictiveSinPi(x: number): number {
  const nearest = Math.round(x);
  const reduced = x - nearest;
  if (reduced === 0) {
    return 0;
  }
  const y = Math.PI * reduced;
  const ySquared = y * y;
  // Horner: y · (1 − y²/(2·3) · (1 − y²/(4·5) · (… (1 − y²/(24·25))))).
  let poly = 1 - ySquared / 600;
  poly = 1 - (ySquared / 506) * poly;
  poly = 1 - (ySquared / 420) * poly;
  poly = 1 - (ySquared / 342) * poly;
  poly = 1 - (ySquared / 272) * poly;
  poly = 1 - (ySquared / 210) * poly;
  poly = 1 - (ySquared / 156) * poly;
  poly = 1 - (ySquared / 110) * poly;
  poly = 1 - (ySquared / 72) * poly;
  poly = 1 - (ySquared / 42) * poly;
  poly = 1 - (ySquared / 20) * poly;
  poly = 1 - (ySquared / 6) * poly;
  const sum = y * poly;
  const half = nearest / 2;
  return Math.floor(half) === half ? sum : -sum;
}

/**
 * ln|Γ(x)| and the sign of Γ(x), as [logAbs, sign], for every real x: the reflection formula
 * Γ(x) Γ(1 − x) = π / sin(πx) below 0. At the poles x = 0, −1, −2, … the sign is 0, meaning 1/Γ(x) = 0.
 */
export function predictiveSignedLogGamma(x: number): number[] {
  if (x > 0 || !Number.isFinite(x)) {
    return [predictiveLogGamma(x), 1];
  }
  const sine = predictiveSinPi(x);
  if (sine === 0) {
    return [0, 0];
  }
  return [Math.log(Math.PI) - Math.log(Math.abs(sine)) - predictiveLogGamma(1 - x), sine > 0 ? 1 : -1];
}

/**
 * Partial sum of the Gauss series Σ (a)ₙ(b)ₙ/((c)ₙ n!) zⁿ as [sum, converged 1/0, terms, Σ|termₙ|] (the last measures the
 * cancellation inside the sum). It stops after a zero term (terminating series); when a term is below the tolerance
 * relative to the sum, the next one is smaller still and a + n, b + n, c + n are all positive (before that the terms can
 * grow again: a factor a + n close to 0, or c + n crossing 0, must not end the sum early); when c + n = 0; when the sum
 * overflows; or after maxTerms terms.
 */
function predictiveGaussSeriesSum(a: number, b: number, c: number, z: number, maxTerms: number): number[] {
  let term = 1;
  let sum = 1;
  let absoluteSum = 1;
  let n = 0;
  let small = false;
  let converged = 0;
  while (n < maxTerms) {
    const denominator = (c + n) * (n + 1);
    if (denominator === 0) {
      break;
    }
    const ratio = ((a + n) * (b + n) * z) / denominator;
    if (small && Math.abs(ratio) < 1) {
      converged = 1;
      break;
    }
    term = term * ratio;
    sum = sum + term;
    absoluteSum = absoluteSum + Math.abs(term);
    n = n + 1;
    if (!Number.isFinite(sum) || !Number.isFinite(absoluteSum)) {
      break;
    }
    if (term === 0) {
      converged = 1;
      break;
    }
    small = Math.abs(term) <= PREDICTIVE_SERIES_TOLERANCE * Math.abs(sum) && a + n > 0 && b + n > 0 && c + n > 0;
  }
  if (!Number.isFinite(sum) || !Number.isFinite(absoluteSum)) {
    return [0, 0, n, 0];
  }
  return [sum, converged, n, absoluteSum];
}

/**
 * (1 − z)^k ₂F₁(a, b; c; z) from a Gauss series in z: [value, converged 1/0, terms, estimated relative error]. `euler`
 * sums it after Euler's transformation ₂F₁(a, b; c; z) = (1 − z)^(c − a − b) ₂F₁(c − a, c − b; c; z). The power of
 * (1 − z) is combined in log space (logW = ln(1 − z)); the error estimate is the cancellation inside the sum.
 */
function predictiveScaledSeries(
  a: number,
  b: number,
  c: number,
  z: number,
  logW: number,
  k: number,
  euler: boolean,
  maxTerms: number
): number[] {
  const series = euler
    ? predictiveGaussSeriesSum(c - a, c - b, c, z, maxTerms)
    : predictiveGaussSeriesSum(a, b, c, z, maxTerms);
  const exponent = euler ? k + (c - a - b) : k;
  const power = exponent === 0 ? 1 : predictiveSafeExp(exponent * logW);
  const value = power * series[0];
  if (!Number.isFinite(value) || series[0] === 0) {
    return [0, 0, series[2], 1];
  }
  return [value, series[1], series[2], (PREDICTIVE_EPSILON * series[3]) / Math.abs(series[0])];
}

/**
 * (1 − z)^k ₂F₁(a, b; c; z) by the series in z: [value, converged 1/0, terms, estimated relative error]. When
 * c − a − b ≥ 0 the plain series. Otherwise its terms grow like n^(a + b − c − 1) before z^n wins, and Euler's form,
 * whose terms decay, is the one for z close to 1; but for c − a ≪ 0 (a = r + x = 1000) Euler's terms alternate and
 * cancel, so for z ≤ PREDICTIVE_CONNECTION_MIN_Z (geometric convergence either way) the plain series is summed first and
 * Euler's form only when the plain one cancels, overflows or does not converge — keeping the better of the two.
 */
function predictiveScaledDirect(
  a: number,
  b: number,
  c: number,
  z: number,
  logW: number,
  k: number,
  maxTerms: number
): number[] {
  if (c - a - b >= 0) {
    return predictiveScaledSeries(a, b, c, z, logW, k, false, maxTerms);
  }
  // Euler's terms keep one sign when c − a > −1 and c − b > −1; they are then the better choice (fast decay).
  const eulerFirst = (c - a > -1 && c - b > -1) || z > PREDICTIVE_CONNECTION_MIN_Z;
  const first = predictiveScaledSeries(a, b, c, z, logW, k, eulerFirst, maxTerms);
  if ((first[1] === 1 && first[3] <= PREDICTIVE_CONNECTION_MAX_ERROR) || z > PREDICTIVE_CONNECTION_MIN_Z) {
    return first;
  }
  const second = predictiveScaledSeries(a, b, c, z, logW, k, !eulerFirst, maxTerms);
  const terms = first[2] + second[2];
  const best = second[1] === 1 && (first[1] === 0 || second[3] <= first[3]) ? second : first;
  return [best[0], best[1], terms, best[3]];
}

/** Rounding error of ln|Γ(x)| in units of its magnitude (the Lanczos sum itself is good to about 1e-15). */
function predictiveLogGammaError(logGamma: number[]): number {
  return PREDICTIVE_EPSILON * (Math.abs(logGamma[0]) + 8);
}

/**
 * One part of the connection formula: sign · exp(logPower + logCoefficient) · ₂F₁(p, q; r; w), in log space.
 * Returns [signed value, magnitude, absolute error estimate, terms, converged 1/0]; a zero sign (1/Γ at a pole) makes
 * the part vanish without summing its series.
 */
function predictiveConnectionPart(
  p: number,
  q: number,
  r: number,
  w: number,
  logPower: number,
  logCoefficient: number,
  sign: number,
  coefficientError: number
): number[] {
  if (sign === 0) {
    return [0, 0, 0, 0, 1];
  }
  const series = predictiveGaussSeriesSum(p, q, r, w, PREDICTIVE_SERIES_MAX_TERMS);
  if (series[0] === 0) {
    return [0, 0, 0, series[2], series[1]];
  }
  const part = predictiveSafeExp(logPower + logCoefficient + predictiveSafeLog(Math.abs(series[0])));
  const error = part * (coefficientError + (PREDICTIVE_EPSILON * series[3]) / Math.abs(series[0]));
  return [series[0] > 0 ? sign * part : -sign * part, part, error, series[2], series[1]];
}

/**
 * (1 − z)^k ₂F₁(a, b; c; z) by the connection formula in w = 1 − z (Abramowitz & Stegun 15.3.6), m = c − a − b not an
 * integer:
 *   ₂F₁(a, b; c; z) = Γ(c)Γ(m)/(Γ(c−a)Γ(c−b)) ₂F₁(a, b; 1−m; w) + w^m Γ(c)Γ(−m)/(Γ(a)Γ(b)) ₂F₁(c−a, c−b; 1+m; w).
 * Each part is formed in log space with its sign, so the gamma functions and w^(k+m) neither overflow nor underflow.
 * Returns [value, converged 1/0, terms, estimated relative error]; the estimate adds the rounding of the log-gammas and
 * the cancellation inside each series, amplified by the cancellation between the two parts.
 */
function predictiveConnectionAt(a: number, b: number, c: number, w: number, logW: number, k: number): number[] {
  const m = c - a - b;
  const gammaC = predictiveSignedLogGamma(c);
  const gammaM = predictiveSignedLogGamma(m);
  const gammaMinusM = predictiveSignedLogGamma(-m);
  if (gammaC[1] === 0 || gammaM[1] === 0 || gammaMinusM[1] === 0) {
    return [0, 0, 0, 1];
  }
  const gammaCA = predictiveSignedLogGamma(c - a);
  const gammaCB = predictiveSignedLogGamma(c - b);
  const gammaA = predictiveSignedLogGamma(a);
  const gammaB = predictiveSignedLogGamma(b);
  // 1/Γ at a pole is 0: that part vanishes (its series is not needed).
  const first = predictiveConnectionPart(
    a,
    b,
    1 - m,
    w,
    k * logW,
    gammaC[0] + gammaM[0] - gammaCA[0] - gammaCB[0],
    gammaC[1] * gammaM[1] * gammaCA[1] * gammaCB[1],
    predictiveLogGammaError(gammaC) +
      predictiveLogGammaError(gammaM) +
      predictiveLogGammaError(gammaCA) +
      predictiveLogGammaError(gammaCB)
  );
  const second = predictiveConnectionPart(
    c - a,
    c - b,
    1 + m,
    w,
    (k + m) * logW,
    gammaC[0] + gammaMinusM[0] - gammaA[0] - gammaB[0],
    gammaC[1] * gammaMinusM[1] * gammaA[1] * gammaB[1],
    predictiveLogGammaError(gammaC) +
      predictiveLogGammaError(gammaMinusM) +
      predictiveLogGammaError(gammaA) +
      predictiveLogGammaError(gammaB) +
      PREDICTIVE_EPSILON * Math.abs(m * logW)
  );
  const value = first[0] + second[0];
  const magnitude = first[1] + second[1];
  const error = first[2] + second[2];
  const terms = first[3] + second[3];
  if (!Number.isFinite(value) || !Number.isFinite(error)) {
    return [0, 0, terms, 1];
  }
  const relativeError = value === 0 ? (magnitude === 0 ? 0 : 1) : error / Math.abs(value);
  return [value, first[4] * second[4], terms, relativeError];
}

/**
 * The connection formula for every m = c − a − b. Near an integer its two parts have poles that cancel (A&S 15.3.10–12
 * give the limit with digamma sums); instead, the function of c is interpolated: a cubic through the four points where
 * m lies 1 and 2 spacings on either side of the integer. The spacing trades the interpolation error (≈ spacing⁴ times
 * the fourth derivative, which grows like ln⁴ w) against the cancellation (≈ rounding / spacing).
 */
function predictiveScaledConnection(a: number, b: number, c: number, w: number, logW: number, k: number): number[] {
  const m = c - a - b;
  const offset = m - Math.round(m);
  let spacing = Math.min(
    PREDICTIVE_CONNECTION_SPACING,
    PREDICTIVE_CONNECTION_SPACING_LOG / Math.max(Math.abs(logW), 1)
  );
  if (Math.abs(offset) >= spacing) {
    return predictiveConnectionAt(a, b, c, w, logW, k);
  }
  if (c < 0.5) {
    // ₂F₁ has poles at c = 0, −1, −2, …: the nodes must stay well inside the distance to the nearest one (a cubic
    // through nodes within a thousandth of it is good to about 1e-12), and give up when that is too close.
    spacing = Math.min(spacing, Math.abs(c - Math.round(c)) / 1000);
    if (spacing < PREDICTIVE_CONNECTION_MIN_SPACING || Math.abs(offset) >= spacing) {
      return spacing < PREDICTIVE_CONNECTION_MIN_SPACING ? [0, 0, 0, 1] : predictiveConnectionAt(a, b, c, w, logW, k);
    }
  }
  const u = offset / spacing;
  let value = 0;
  let error = 0;
  let terms = 0;
  let converged = 1;
  for (let j = -2; j <= 2; j++) {
    if (j !== 0) {
      const node = predictiveConnectionAt(a, b, c - offset + j * spacing, w, logW, k);
      let weight = 1;
      for (let i = -2; i <= 2; i++) {
        if (i !== 0 && i !== j) {
          weight = (weight * (u - i)) / (j - i);
        }
      }
      value = value + weight * node[0];
      error = error + Math.abs(weight * node[0]) * node[3];
      terms = terms + node[2];
      converged = converged * node[1];
    }
  }
  const relativeError = value === 0 ? (error === 0 ? 0 : 1) : error / Math.abs(value);
  return [value, converged, terms, relativeError];
}

/**
 * Whether the series in z is summed first for ₂F₁(a, b; c; z) (z and w = 1 − z already clamped): always for
 * z ≤ PREDICTIVE_CONNECTION_MIN_Z; above, when |c − a − b| ≥ PREDICTIVE_DIRECT_MIN_EXCESS or the largest parameter
 * × w ≥ PREDICTIVE_DIRECT_MIN_GROWTH — otherwise the connection formula in w comes first.
 */
export function predictiveSeriesInZFirst(a: number, b: number, c: number, z: number, w: number): boolean {
  if (z <= PREDICTIVE_CONNECTION_MIN_Z) {
    return true;
  }
  const largest = Math.max(Math.max(Math.abs(a), Math.abs(b)), Math.max(Math.abs(c - a), Math.abs(c - b)));
  return Math.abs(c - a - b) >= PREDICTIVE_DIRECT_MIN_EXCESS || largest * w >= PREDICTIVE_DIRECT_MIN_GROWTH;
}

/**
 * [1 − wᵋ ₂F₁(A, ε; C; z)] / ε for w = 1 − z and a small ε, exact at ε = 0 (no division by ε): since
 * ₂F₁(A, ε; C; z) = 1 + ε G with G = Σₙ≥₁ (A)ₙ (1+ε)ₙ₋₁ zⁿ / ((C)ₙ n!), the value is (1 − wᵋ)/ε − wᵋ G, where
 * (1 − wᵋ)/ε = −ln w · (eᵘ − 1)/u, u = ε ln w, is formed without cancellation ((eᵘ − 1)/u = (v − 1)/ln v, v = eᵘ).
 * G is summed as the Gauss series is (same stopping rule, at most PREDICTIVE_DIRECT_FIRST_MAX_TERMS terms).
 * Returns [value, converged 1/0, terms, estimated relative error (rounding amplified by cancellation)].
 * The BG/NBD expectation at a ≈ 1 is C times this (a removable 0/0 of its closed form).
 */
export function predictiveEpsilonSeries(A: number, epsilon: number, C: number, z: number, logW: number): number[] {
  let term = 1;
  let sum = 0;
  let absoluteSum = 0;
  let n = 0;
  let small = false;
  let converged = 0;
  while (n < PREDICTIVE_DIRECT_FIRST_MAX_TERMS) {
    const denominator = (C + n) * (n + 1);
    if (denominator === 0) {
      break;
    }
    // G's first term is A z / C; then each term is the previous × (A + n)(ε + n) z / ((C + n)(n + 1)).
    const ratio = n === 0 ? (A * z) / C : ((A + n) * (epsilon + n) * z) / denominator;
    if (small && Math.abs(ratio) < 1) {
      converged = 1;
      break;
    }
    term = term * ratio;
    sum = sum + term;
    absoluteSum = absoluteSum + Math.abs(term);
    n = n + 1;
    if (!Number.isFinite(sum) || !Number.isFinite(absoluteSum)) {
      return [0, 0, n, 1];
    }
    if (term === 0) {
      converged = 1;
      break;
    }
    small = Math.abs(term) <= PREDICTIVE_SERIES_TOLERANCE * Math.abs(sum) && A + n > 0 && C + n > 0;
  }
  const u = epsilon * logW;
  const v = Math.exp(u);
  const relativeGrowth = v === 1 ? 1 : (v - 1) / Math.log(v);
  const first = -logW * relativeGrowth;
  const value = first - v * sum;
  if (!Number.isFinite(value) || value === 0) {
    return [0, 0, n, 1];
  }
  return [value, converged, n, (PREDICTIVE_EPSILON * 4 * (Math.abs(first) + v * absoluteSum)) / Math.abs(value)];
}

/**
 * (1 − z)^k · ₂F₁(a, b; c; z) for 0 ≤ z < 1, the form in which the models need the function (see
 * predictiveScaledHypergeometric2F1); `oneMinusZ` is 1 − z, passed separately by callers that know it more accurately
 * than 1 − z rounded (α/(α + t) when z = t/(α + t) is close to 1).
 * For z ≤ PREDICTIVE_CONNECTION_MIN_Z the series in z converges quickly and is used. Above, the connection formula in
 * 1 − z comes first, except where the series in z is known to be the cheaper one (|c − a − b| ≥
 * PREDICTIVE_DIRECT_MIN_EXCESS, or parameters large enough for the series in 1 − z to climb and cancel); the first
 * method's value is used when its estimated error is at most PREDICTIVE_CONNECTION_MAX_ERROR, otherwise the other one is
 * computed too and the more reliable of the two kept. `terms` counts the terms of every series summed; `converged` says
 * whether the value is trusted to about 1e-8.
 */
export function predictiveScaledHypergeometric2F1WithComplement(
  a: number,
  b: number,
  c: number,
  z: number,
  oneMinusZ: number,
  k: number
): PredictiveSeriesResult {
  const x = Math.min(Math.max(z, 0), 1 - 1e-16);
  const w = Math.min(Math.max(oneMinusZ, PREDICTIVE_TINY), 1);
  const logW = Math.log(w);
  if (x <= PREDICTIVE_CONNECTION_MIN_Z) {
    const direct = predictiveScaledDirect(a, b, c, x, logW, k, PREDICTIVE_SERIES_MAX_TERMS);
    return {
      value: direct[0],
      converged: direct[1] === 1 && direct[3] <= PREDICTIVE_CONNECTION_ACCEPTABLE_ERROR,
      terms: direct[2]
    };
  }
  let first: number[];
  let second: number[];
  if (predictiveSeriesInZFirst(a, b, c, x, w)) {
    first = predictiveScaledDirect(a, b, c, x, logW, k, PREDICTIVE_DIRECT_FIRST_MAX_TERMS);
    if (first[1] === 1 && first[3] <= PREDICTIVE_CONNECTION_MAX_ERROR) {
      return { value: first[0], converged: true, terms: first[2] };
    }
    second = predictiveScaledConnection(a, b, c, w, logW, k);
  } else {
    first = predictiveScaledConnection(a, b, c, w, logW, k);
    if (first[1] === 1 && first[3] <= PREDICTIVE_CONNECTION_MAX_ERROR) {
      return { value: first[0], converged: true, terms: first[2] };
    }
    second = predictiveScaledDirect(a, b, c, x, logW, k, PREDICTIVE_SERIES_MAX_TERMS);
  }
  const terms = first[2] + second[2];
  // Keep the candidate with the smaller estimated error among those whose series converged.
  const best = second[1] === 1 && (first[1] === 0 || second[3] <= first[3]) ? second : first;
  return {
    value: best[0],
    converged: best[1] === 1 && best[3] <= PREDICTIVE_CONNECTION_ACCEPTABLE_ERROR,
    terms: terms
  };
}

/**
 * (1 − z)^k · ₂F₁(a, b; c; z) for 0 ≤ z < 1, the form in which the models need the function: by the series in z for
 * z ≤ PREDICTIVE_CONNECTION_MIN_Z, by the connection formula in 1 − z above (see
 * predictiveScaledHypergeometric2F1WithComplement). Bounded number of terms; `converged` says whether the value is
 * trusted.
 */
export function predictiveScaledHypergeometric2F1(
  a: number,
  b: number,
  c: number,
  z: number,
  k: number
): PredictiveSeriesResult {
  const x = Math.min(Math.max(z, 0), 1 - 1e-16);
  return predictiveScaledHypergeometric2F1WithComplement(a, b, c, x, 1 - x, k);
}

/** Gauss hypergeometric ₂F₁(a, b; c; z) for 0 ≤ z < 1, c > 0 (see predictiveScaledHypergeometric2F1). */
export function predictiveHypergeometric2F1(a: number, b: number, c: number, z: number): PredictiveSeriesResult {
  return predictiveScaledHypergeometric2F1(a, b, c, z, 0);
}
