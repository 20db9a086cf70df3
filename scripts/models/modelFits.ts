/**
 * Maximum-likelihood fits of BG/NBD, Gamma-Gamma and sBG (Node only). The likelihoods are the engine's
 * (force-app/.../valueEngine), re-written here in a vectorised form for speed and cross-checked against the engine's
 * per-customer functions in the tests.
 */
import type {
  BgNbdParameters,
  ClvTimeUnit,
  GammaGammaParameters,
  SbgParameters
} from '../../force-app/main/default/lwc/valueEngine/predictive';
import { predictiveLogGamma, sbgLogLikelihood } from '../../force-app/main/default/lwc/valueEngine/predictive';
import type { MaximumLikelihoodFit } from './optimizer';
import { fitMaximumLikelihood } from './optimizer';

/** One customer's calibration summary (x repeat purchases, recency t_x, age T, mean repeat spend). */
export interface CustomerSummary {
  id: string;
  x: number;
  tx: number;
  T: number;
  monetary?: number;
}

export interface BgNbdFit extends MaximumLikelihoodFit {
  parameters: BgNbdParameters;
  customers: number;
}

export interface GammaGammaFit extends MaximumLikelihoodFit {
  parameters: GammaGammaParameters;
  customers: number;
}

export interface SbgFit extends MaximumLikelihoodFit {
  parameters: SbgParameters;
}

/** Groups identical (x, t_x, T) rows so the likelihood is evaluated once per distinct profile. */
function compress(customers: CustomerSummary[]): { x: number[]; tx: number[]; T: number[]; w: number[] } {
  const index = new Map<string, number>();
  const out = { x: [] as number[], tx: [] as number[], T: [] as number[], w: [] as number[] };
  for (const c of customers) {
    const key = `${c.x}|${c.tx}|${c.T}`;
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, out.x.length);
      out.x.push(c.x);
      out.tx.push(c.tx);
      out.T.push(c.T);
      out.w.push(1);
    } else {
      out.w[at] += 1;
    }
  }
  return out;
}

/**
 * The distinct values of a column and each row's slot among them: the likelihood takes ln(α + T), ln(α + t_x) and
 * ln(b + x − 1) once per distinct value per evaluation (CDNOW: 2 357 rows, 84 distinct T) — the same doubles as per
 * row, so the likelihood and its gradient are unchanged to the bit.
 */
function slotsOf(values: number[]): { distinct: number[]; slot: Int32Array } {
  const index = new Map<number, number>();
  const distinct: number[] = [];
  const slot = new Int32Array(values.length);
  values.forEach((value, i) => {
    let at = index.get(value);
    if (at === undefined) {
      at = distinct.length;
      index.set(value, at);
      distinct.push(value);
    }
    slot[i] = at;
  });
  return { distinct, slot };
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

/** Largest |ln θ| explored: keeps every parameter within e^±18 where the log-gamma differences stay accurate. */
export const LOG_PARAMETER_BOUND = 18;

function outOfBounds(theta: number[]): boolean {
  for (const v of theta) if (!(Math.abs(v) <= LOG_PARAMETER_BOUND)) return true;
  return false;
}

/** Vectorised −ln L of BG/NBD (FHL 2005 eq. 6) as a function of (ln r, ln α, ln a, ln b). */
export function bgNbdNegativeLogLikelihood(customers: CustomerSummary[]): (theta: number[]) => number {
  const data = compress(customers);
  const distinctX = [...new Set(data.x)];
  const xSlot = data.x.map((x) => distinctX.indexOf(x));
  const n = data.x.length;
  const termX = new Float64Array(distinctX.length);
  const ages = slotsOf(data.T);
  const recencies = slotsOf(data.tx);
  const logAlphaT = new Float64Array(ages.distinct.length);
  const logAlphaTx = new Float64Array(recencies.distinct.length);
  const logBX = new Float64Array(distinctX.length);
  return (theta: number[]): number => {
    if (outOfBounds(theta)) return Number.POSITIVE_INFINITY;
    const [r, alpha, a, b] = theta.map(Math.exp);
    const lgR = predictiveLogGamma(r);
    const lgB = predictiveLogGamma(b);
    const lgAB = predictiveLogGamma(a + b);
    const logAlpha = Math.log(alpha);
    for (let k = 0; k < distinctX.length; k++) {
      const x = distinctX[k];
      // ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b)
      termX[k] =
        predictiveLogGamma(r + x) -
        lgR +
        r * logAlpha +
        lgAB +
        predictiveLogGamma(b + x) -
        lgB -
        predictiveLogGamma(a + b + x);
    }
    const logA = Math.log(a);
    for (let k = 0; k < ages.distinct.length; k++) logAlphaT[k] = Math.log(alpha + ages.distinct[k]);
    for (let k = 0; k < recencies.distinct.length; k++) logAlphaTx[k] = Math.log(alpha + recencies.distinct[k]);
    for (let k = 0; k < distinctX.length; k++) logBX[k] = Math.log(b + distinctX[k] - 1);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const x = data.x[i];
      const a3 = -(r + x) * logAlphaT[ages.slot[i]];
      let ll = termX[xSlot[i]];
      if (x > 0) {
        const a4 = logA - logBX[xSlot[i]] - (r + x) * logAlphaTx[recencies.slot[i]];
        const top = a3 > a4 ? a3 : a4;
        ll += top + Math.log(Math.exp(a3 - top) + Math.exp(a4 - top));
      } else {
        ll += a3;
      }
      total += data.w[i] * ll;
    }
    return -total;
  };
}

/** Analytic gradient of the BG/NBD −ln L with respect to (ln r, ln α, ln a, ln b). */
export function bgNbdNegativeLogLikelihoodGradient(customers: CustomerSummary[]): (theta: number[]) => number[] {
  const data = compress(customers);
  const distinctX = [...new Set(data.x)];
  const xSlot = data.x.map((x) => distinctX.indexOf(x));
  const n = data.x.length;
  const psiRX = new Float64Array(distinctX.length);
  const psiBX = new Float64Array(distinctX.length);
  const psiABX = new Float64Array(distinctX.length);
  const ages = slotsOf(data.T);
  const recencies = slotsOf(data.tx);
  const logAlphaT = new Float64Array(ages.distinct.length);
  const logAlphaTx = new Float64Array(recencies.distinct.length);
  const logBX = new Float64Array(distinctX.length);
  return (theta: number[]): number[] => {
    const [r, alpha, a, b] = theta.map(Math.exp);
    const psiR = digamma(r);
    const psiB = digamma(b);
    const psiAB = digamma(a + b);
    const logAlpha = Math.log(alpha);
    for (let k = 0; k < distinctX.length; k++) {
      psiRX[k] = digamma(r + distinctX[k]);
      psiBX[k] = digamma(b + distinctX[k]);
      psiABX[k] = digamma(a + b + distinctX[k]);
    }
    const logA = Math.log(a);
    for (let k = 0; k < ages.distinct.length; k++) logAlphaT[k] = Math.log(alpha + ages.distinct[k]);
    for (let k = 0; k < recencies.distinct.length; k++) logAlphaTx[k] = Math.log(alpha + recencies.distinct[k]);
    for (let k = 0; k < distinctX.length; k++) logBX[k] = Math.log(b + distinctX[k] - 1);
    let gr = 0;
    let gAlpha = 0;
    let ga = 0;
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const x = data.x[i];
      const k = xSlot[i];
      const w = data.w[i];
      const logAT = logAlphaT[ages.slot[i]];
      let w3 = 1;
      let w4 = 0;
      let logATx = 0;
      if (x > 0) {
        logATx = logAlphaTx[recencies.slot[i]];
        const a3 = -(r + x) * logAT;
        const a4 = logA - logBX[k] - (r + x) * logATx;
        w3 = 1 / (1 + Math.exp(a4 - a3));
        w4 = 1 - w3;
      }
      gr += w * (psiRX[k] - psiR + logAlpha - w3 * logAT - w4 * logATx);
      gAlpha +=
        w * (r / alpha - w3 * ((r + x) / (alpha + data.T[i])) - (x > 0 ? w4 * ((r + x) / (alpha + data.tx[i])) : 0));
      ga += w * (psiAB - psiABX[k] + (x > 0 ? w4 / a : 0));
      gb += w * (psiAB + psiBX[k] - psiB - psiABX[k] - (x > 0 ? w4 / (b + x - 1) : 0));
    }
    return [-gr * r, -gAlpha * alpha, -ga * a, -gb * b];
  };
}

/** Fits BG/NBD by maximum likelihood; `timeUnit` is the unit of x/t_x/T (and so of the rate α). */
export function fitBgNbd(customers: CustomerSummary[], timeUnit: ClvTimeUnit): BgNbdFit {
  const nll = bgNbdNegativeLogLikelihood(customers);
  const meanT = customers.reduce((s, c) => s + c.T, 0) / Math.max(customers.length, 1);
  const starts = [
    [0, 0, 0, 0],
    [Math.log(0.5), Math.log(Math.max(meanT / 4, 0.1)), Math.log(0.5), Math.log(2)],
    [Math.log(2), Math.log(Math.max(meanT, 0.1)), Math.log(2), Math.log(5)]
  ];
  const fit = fitMaximumLikelihood(
    ['r', 'alpha', 'a', 'b'],
    nll,
    starts,
    bgNbdNegativeLogLikelihoodGradient(customers)
  );
  const [r, alpha, a, b] = fit.estimates;
  const parameters: BgNbdParameters = { r, alpha, a, b, timeUnit };
  if (fit.logCovariance !== undefined) parameters.logCovariance = fit.logCovariance;
  return { ...fit, parameters, customers: customers.length };
}

/** Vectorised −ln L of the Gamma-Gamma model over customers with x ≥ 1 and positive mean spend. */
export function gammaGammaNegativeLogLikelihood(customers: CustomerSummary[]): (theta: number[]) => number {
  const rows = customers.filter((c) => c.x >= 1 && (c.monetary ?? 0) > 0);
  const x = rows.map((c) => c.x);
  const z = rows.map((c) => c.monetary ?? 0);
  const logX = x.map(Math.log);
  const logZ = z.map(Math.log);
  const distinctX = [...new Set(x)];
  const xSlot = x.map((v) => distinctX.indexOf(v));
  const termX = new Float64Array(distinctX.length);
  return (theta: number[]): number => {
    if (outOfBounds(theta)) return Number.POSITIVE_INFINITY;
    const [p, q, gamma] = theta.map(Math.exp);
    const lgQ = predictiveLogGamma(q);
    const qLogGamma = q * Math.log(gamma);
    for (let k = 0; k < distinctX.length; k++) {
      const px = p * distinctX[k];
      termX[k] = predictiveLogGamma(px + q) - predictiveLogGamma(px) - lgQ + qLogGamma;
    }
    let total = 0;
    for (let i = 0; i < x.length; i++) {
      const px = p * x[i];
      total += termX[xSlot[i]] + (px - 1) * logZ[i] + px * logX[i] - (px + q) * Math.log(gamma + x[i] * z[i]);
    }
    return -total;
  };
}

/** Fits the Gamma-Gamma spend model on the customers with at least one repeat purchase. */
export function fitGammaGamma(customers: CustomerSummary[]): GammaGammaFit {
  const rows = customers.filter((c) => c.x >= 1 && (c.monetary ?? 0) > 0);
  const nll = gammaGammaNegativeLogLikelihood(rows);
  const meanZ = rows.reduce((s, c) => s + (c.monetary ?? 0), 0) / Math.max(rows.length, 1);
  const starts = [
    [0, 0, 0],
    [Math.log(5), Math.log(3), Math.log(Math.max(meanZ, 1e-3))],
    [Math.log(2), Math.log(2), Math.log(Math.max(meanZ / 2, 1e-3))]
  ];
  const fit = fitMaximumLikelihood(['p', 'q', 'gamma'], nll, starts);
  const [p, q, gamma] = fit.estimates;
  const parameters: GammaGammaParameters = { p, q, gamma };
  if (fit.logCovariance !== undefined) parameters.logCovariance = fit.logCovariance;
  return { ...fit, parameters, customers: rows.length };
}

/** Fits sBG to a cohort's survivor counts (n₀ = cohort size, then survivors at the end of each period). */
export function fitSbg(survivors: number[], periodUnit: ClvTimeUnit): SbgFit {
  const nll = (theta: number[]): number => {
    if (outOfBounds(theta)) return Number.POSITIVE_INFINITY;
    const [alpha, beta] = theta.map(Math.exp);
    return -sbgLogLikelihood({ alpha, beta, periodUnit }, survivors);
  };
  const starts = [
    [0, 0],
    [Math.log(0.5), Math.log(3)],
    [Math.log(3), Math.log(0.5)]
  ];
  const fit = fitMaximumLikelihood(['alpha', 'beta'], nll, starts);
  const [alpha, beta] = fit.estimates;
  const parameters: SbgParameters = { alpha, beta, periodUnit };
  if (fit.logCovariance !== undefined) parameters.logCovariance = fit.logCovariance;
  return { ...fit, parameters };
}
