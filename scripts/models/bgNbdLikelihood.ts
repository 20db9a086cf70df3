/**
 * The BG/NBD log-likelihood (FHL 2005 eq. 6) over a customer base, for fitting: the engine's per-customer
 * `bgNbdLogLikelihood` re-written over distinct (x, t_x, T) profiles with weights, as a function of the
 * log-parameters (ln r, ln α, ln a, ln b), with its analytic gradient and Hessian (Node only, not transpiled; the tests
 * hold it equal to the engine's sum and to finite differences).
 *
 * Per profile, ln L = A₁ + A₂ + ln(e^A₃ + δ_{x>0} e^A₄): A₁ + A₂ depend on x only (computed once per distinct x and
 * weighted by its customers), A₃ on T, A₄ on t_x and x (their logarithms once per distinct T, t_x, x). For x > 0,
 * with w₄ = e^A₄ / (e^A₃ + e^A₄) and w₃ = 1 − w₄, ∇ ln(e^A₃ + e^A₄) = w₃ ∇A₃ + w₄ ∇A₄ and its Hessian is
 * w₃ ∇²A₃ + w₄ ∇²A₄ + w₃ w₄ (∇A₃ − ∇A₄)(∇A₃ − ∇A₄)ᵀ.
 */
import { predictiveLogGamma } from '../../force-app/main/default/lwc/valueEngine/predictive';

/** Largest |ln θ| explored: keeps every parameter within e^±18 where the log-gamma differences stay accurate. */
export const LOG_PARAMETER_BOUND = 18;

export function outOfBounds(theta: number[]): boolean {
  for (const v of theta) if (!(Math.abs(v) <= LOG_PARAMETER_BOUND)) return true;
  return false;
}

/** Digamma ψ(x) for x > 0: recurrence up to x ≥ 10, then the asymptotic series (about 1e-14). */
export function digamma(x: number): number {
  let value = 0;
  let y = x;
  while (y < 10) {
    value -= 1 / y;
    y += 1;
  }
  const inv = 1 / y;
  const inv2 = inv * inv;
  return (
    value +
    Math.log(y) -
    0.5 * inv -
    inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 / 132))))
  );
}

/** Trigamma ψ′(x) for x > 0: recurrence up to x ≥ 10, then the asymptotic series (about 1e-14). */
export function trigamma(x: number): number {
  let value = 0;
  let y = x;
  while (y < 10) {
    value += 1 / (y * y);
    y += 1;
  }
  const inv = 1 / y;
  const inv2 = inv * inv;
  return (
    value +
    inv +
    0.5 * inv2 +
    inv * inv2 * (1 / 6 - inv2 * (1 / 30 - inv2 * (1 / 42 - inv2 * (1 / 30 - (inv2 * 5) / 66))))
  );
}

/** A summary row as the likelihood reads it. */
export interface BgNbdProfile {
  x: number;
  tx: number;
  T: number;
}

/** Distinct values of a column and each profile's slot among them. */
interface Column {
  distinct: Float64Array;
  slot: Int32Array;
}

/** The customers grouped into distinct (x, t_x, T) profiles (t_x does not enter ln L when x = 0: read as 0). */
export interface BgNbdData {
  profiles: number;
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  weight: Float64Array;
  xs: Column;
  /** Customers per distinct x. */
  xWeight: Float64Array;
  ages: Column;
  recencies: Column;
  /**
   * Per-evaluation scratch: ln(α + T) and α/(α + T) per distinct T, the same per t_x, ln(b + x − 1) and b/(b + x − 1)
   * per x.
   */
  scratch: Float64Array[];
}

const doubleBits = new Float64Array(1);
const doubleWords = new Uint32Array(doubleBits.buffer);

/** Mixes a double's two 32-bit words into a hash (murmur3's finaliser: integers differ only in their high bits). */
function mixHash(hash: number, value: number): number {
  doubleBits[0] = value === 0 ? 0 : value; // −0 and 0 are one value
  let h = Math.imul(hash ^ doubleWords[0], 0x9e3779b1) ^ doubleWords[1];
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Rows of `columns` grouped by equal values, with an open-addressing hash table on typed arrays (no per-row
 * allocation, unlike a Map of Maps): `first` the first row of each group, `slot` each row's group.
 */
function groupRows(columns: Float64Array[], rows: number): { first: Int32Array; slot: Int32Array } {
  let size = 16;
  while (size < 2 * rows) size *= 2;
  const table = new Int32Array(size).fill(-1);
  const first = new Int32Array(rows);
  const slot = new Int32Array(rows);
  let groups = 0;
  for (let i = 0; i < rows; i++) {
    let hash = 0x811c9dc5;
    for (let c = 0; c < columns.length; c++) hash = mixHash(hash, columns[c][i]);
    let at = hash & (size - 1);
    for (;;) {
      const group = table[at];
      if (group === -1) {
        table[at] = groups;
        first[groups] = i;
        slot[i] = groups++;
        break;
      }
      const row = first[group];
      let same = true;
      for (let c = 0; same && c < columns.length; c++) same = columns[c][row] === columns[c][i];
      if (same) {
        slot[i] = group;
        break;
      }
      at = (at + 1) & (size - 1);
    }
  }
  return { first: first.slice(0, groups), slot };
}

/** values[rows[k]] for each k (a loop: `Float64Array.from` with a map function is V8's slow generic path). */
function pick(values: Float64Array, rows: Int32Array): Float64Array {
  const picked = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) picked[k] = values[rows[k]];
  return picked;
}

function columnOf(values: Float64Array): Column {
  const { first, slot } = groupRows([values], values.length);
  return { distinct: pick(values, first), slot };
}

/** Groups identical profiles (CDNOW: 2 357 customers, 1 016 profiles, 23 distinct x, 84 T, 257 t_x). */
export function bgNbdData(customers: readonly BgNbdProfile[]): BgNbdData {
  const n = customers.length;
  const allX = new Float64Array(n);
  const allTx = new Float64Array(n);
  const allT = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = customers[i];
    allX[i] = c.x;
    allTx[i] = c.x > 0 ? c.tx : 0;
    allT[i] = c.T;
  }
  const { first, slot } = groupRows([allX, allTx, allT], n);
  const weight = new Float64Array(first.length);
  for (let i = 0; i < n; i++) weight[slot[i]] += 1;
  const x = pick(allX, first);
  const xs = columnOf(x);
  const xWeight = new Float64Array(xs.distinct.length);
  for (let i = 0; i < first.length; i++) xWeight[xs.slot[i]] += weight[i];
  const tx = pick(allTx, first);
  const T = pick(allT, first);
  const ages = columnOf(T);
  const recencies = columnOf(tx);
  const scratch = [ages, ages, recencies, recencies, xs, xs].map((c) => new Float64Array(c.distinct.length));
  return { profiles: first.length, x, tx, T, weight, xs, xWeight, ages, recencies, scratch };
}

/** ln L, its gradient and Hessian in (ln r, ln α, ln a, ln b); the Hessian row-major, 16 numbers. */
export interface BgNbdLikelihoodDerivatives {
  logLikelihood: number;
  gradient: Float64Array;
  hessian: Float64Array;
}

/**
 * ln L at log-parameters theta; with `order` 1 or 2 also its gradient, and Hessian. One module-level function over
 * typed arrays (not a closure per data set), so V8 optimises it once for every fit.
 */
export function bgNbdLikelihoodDerivatives(
  data: BgNbdData,
  theta: readonly number[],
  order: 0 | 1 | 2
): BgNbdLikelihoodDerivatives {
  // theta arrays come as small integers (a start such as [0, 0, 0, 0]) or doubles: read once, here, so the loops
  // below are compiled for one kind of array (no deoptimisation when the other comes)
  return likelihoodDerivatives(data, theta[0], theta[1], theta[2], theta[3], order);
}

function likelihoodDerivatives(
  data: BgNbdData,
  logR: number,
  logAlpha: number,
  logA: number,
  logB: number,
  order: 0 | 1 | 2
): BgNbdLikelihoodDerivatives {
  const { profiles, x, weight, xs, xWeight, ages, recencies } = data;
  const [logAlphaT, qT, logAlphaTx, qTx, logBX, bOverBX] = data.scratch;
  const r = Math.exp(logR);
  const alpha = Math.exp(logAlpha);
  const a = Math.exp(logA);
  const b = Math.exp(logB);
  // x-only terms A₁ + A₂ (and their derivatives), once per distinct x.
  const lgR = predictiveLogGamma(r);
  const lgB = predictiveLogGamma(b);
  const lgAB = predictiveLogGamma(a + b);
  let total = 0;
  const g = new Float64Array(4);
  const h = new Float64Array(16);
  const psiR = order > 0 ? digamma(r) : 0;
  const psiB = order > 0 ? digamma(b) : 0;
  const psiAB = order > 0 ? digamma(a + b) : 0;
  const triR = order > 1 ? trigamma(r) : 0;
  const triB = order > 1 ? trigamma(b) : 0;
  const triAB = order > 1 ? trigamma(a + b) : 0;
  for (let k = 0; k < xs.distinct.length; k++) {
    const xk = xs.distinct[k];
    const w = xWeight[k];
    logBX[k] = Math.log(b + xk - 1);
    bOverBX[k] = b / (b + xk - 1);
    total +=
      w *
      (predictiveLogGamma(r + xk) -
        lgR +
        r * logAlpha +
        lgAB +
        predictiveLogGamma(b + xk) -
        lgB -
        predictiveLogGamma(a + b + xk));
    if (order === 0) continue;
    const psiABX = digamma(a + b + xk);
    const gu = r * (digamma(r + xk) - psiR + logAlpha);
    const gs = a * (psiAB - psiABX);
    const gt = b * (digamma(b + xk) - psiB + psiAB - psiABX);
    g[0] += w * gu;
    g[1] += w * r;
    g[2] += w * gs;
    g[3] += w * gt;
    if (order === 1) continue;
    const triABX = triAB - trigamma(a + b + xk);
    h[0] += w * (gu + r * r * (trigamma(r + xk) - triR));
    h[1] += w * r;
    h[10] += w * (gs + a * a * triABX);
    h[11] += w * a * b * triABX;
    h[15] += w * (gt + b * b * (trigamma(b + xk) - triB + triABX));
  }
  for (let k = 0; k < ages.distinct.length; k++) {
    logAlphaT[k] = Math.log(alpha + ages.distinct[k]);
    qT[k] = alpha / (alpha + ages.distinct[k]);
  }
  for (let k = 0; k < recencies.distinct.length; k++) {
    logAlphaTx[k] = Math.log(alpha + recencies.distinct[k]);
    qTx[k] = alpha / (alpha + recencies.distinct[k]);
  }
  // Per profile: ln(e^A₃ + δ e^A₄), A₃ = −(r+x) ln(α+T), A₄ = ln a − ln(b+x−1) − (r+x) ln(α+t_x). The sums below are
  // kept in locals (registers) and assembled into the gradient and Hessian after the loop; with
  // Δ = ∇A₃ − ∇A₄ = (−r(ln(α+T) − ln(α+t_x)), −(r+x)(q₃ − q₄), −1, b/(b+x−1)), qᵢ = α/(α + T or t_x), and
  // m = w w₃ w₄ the weight of ΔΔᵀ.
  let sumLog = 0; // Σ w (w₃ ln(α+T) + w₄ ln(α+t_x))
  let sumQ = 0; // Σ w (w₃ q₃ + w₄ q₄)
  let sumRxQ = 0; // Σ w (r+x)(w₃ q₃ + w₄ q₄)
  let sumRxQQ = 0; // Σ w (r+x)(w₃ q₃(1 − q₃) + w₄ q₄(1 − q₄))
  let sumW4 = 0;
  let sumW4B = 0; // Σ w w₄ b/(b+x−1)
  let sumW4BB = 0; // Σ w w₄ (b/(b+x−1))²
  let m = 0;
  let mL = 0; // Σ m (ln(α+T) − ln(α+t_x))
  let mLL = 0;
  let mLQ = 0; // Σ m (ln(α+T) − ln(α+t_x)) (r+x)(q₃ − q₄)
  let mLB = 0;
  let mQ = 0; // Σ m (r+x)(q₃ − q₄)
  let mQQ = 0;
  let mQB = 0;
  let mB = 0;
  let mBB = 0;
  let product = 1;
  let factors = 0;
  for (let i = 0; i < profiles; i++) {
    const w = weight[i];
    const xi = x[i];
    const rx = r + xi;
    const ageSlot = ages.slot[i];
    const lT = logAlphaT[ageSlot];
    const a3 = -rx * lT;
    if (xi === 0) {
      total += w * a3;
      if (order === 0) continue;
      const q = qT[ageSlot];
      sumLog += w * lT;
      sumQ += w * q;
      sumRxQ += w * rx * q;
      sumRxQQ += w * rx * q * (1 - q);
      continue;
    }
    const xk = xs.slot[i];
    const recencySlot = recencies.slot[i];
    const lTx = logAlphaTx[recencySlot];
    const gap = logA - logBX[xk] - rx * lTx - a3; // A₄ − A₃
    // ln(e^A₃ + e^A₄) = max + ln(1 + e), e = e^−|A₃ − A₄|; the weight of the smaller term is e/(1 + e).
    const e = Math.exp(-Math.abs(gap));
    total += w * (gap > 0 ? a3 + gap : a3);
    if (w === 1) {
      // Σ ln(1 + e) as the log of a product: one logarithm per 512 profiles (1 + e ≤ 2: no overflow).
      product *= 1 + e;
      if (++factors === 512) {
        total += Math.log(product);
        product = 1;
        factors = 0;
      }
    } else {
      total += w * Math.log1p(e);
    }
    const smaller = e / (1 + e);
    const w4 = gap > 0 ? 1 - smaller : smaller;
    const w3 = 1 - w4;
    if (order === 0) continue;
    const q3 = qT[ageSlot];
    const q4 = qTx[recencySlot];
    const bx = bOverBX[xk];
    const ww4 = w * w4;
    const mixedQ = w3 * q3 + w4 * q4;
    sumLog += w * (w3 * lT + w4 * lTx);
    sumQ += w * mixedQ;
    sumRxQ += w * rx * mixedQ;
    sumW4 += ww4;
    sumW4B += ww4 * bx;
    if (order === 1) continue;
    sumRxQQ += w * rx * (w3 * q3 * (1 - q3) + w4 * q4 * (1 - q4));
    sumW4BB += ww4 * bx * bx;
    const mix = ww4 * w3;
    const dL = lT - lTx;
    const dQ = rx * (q3 - q4);
    m += mix;
    mL += mix * dL;
    mLL += mix * dL * dL;
    mLQ += mix * dL * dQ;
    mLB += mix * dL * bx;
    mQ += mix * dQ;
    mQQ += mix * dQ * dQ;
    mQB += mix * dQ * bx;
    mB += mix * bx;
    mBB += mix * bx * bx;
  }
  total += Math.log(product);
  if (order > 0) {
    g[0] -= r * sumLog;
    g[1] -= sumRxQ;
    g[2] += sumW4;
    g[3] -= sumW4B;
  }
  if (order > 1) {
    h[0] += -r * sumLog + r * r * mLL;
    h[1] += -r * sumQ + r * mLQ;
    h[2] += r * mL;
    h[3] -= r * mLB;
    h[5] += -sumRxQQ + mQQ;
    h[6] += mQ;
    h[7] -= mQB;
    h[10] += m;
    h[11] -= mB;
    h[15] += -(sumW4B - sumW4BB) + mBB;
  }
  for (let i = 0; i < 4; i++) for (let j = 0; j < i; j++) h[i * 4 + j] = h[j * 4 + i];
  return { logLikelihood: total, gradient: g, hessian: h };
}
