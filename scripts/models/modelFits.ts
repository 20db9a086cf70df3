/**
 * Maximum-likelihood fits of BG/NBD, Gamma-Gamma and sBG (Node only). The likelihoods are the engine's
 * (force-app/.../valueEngine), re-written here (BG/NBD's in bgNbdLikelihood.ts) in a vectorised form for speed and
 * cross-checked against the engine's per-customer functions in the tests.
 */
import type {
  BgNbdParameters,
  ClvTimeUnit,
  GammaGammaParameters,
  SbgParameters
} from '../../force-app/main/default/lwc/valueEngine/predictive';
import { sbgLogLikelihood } from '../../force-app/main/default/lwc/valueEngine/predictive';
import type { BgNbdData } from './bgNbdLikelihood';
import { bgNbdData, bgNbdLikelihoodDerivatives, outOfBounds } from './bgNbdLikelihood';
import type { GammaGammaData } from './gammaGammaLikelihood';
import { gammaGammaData, gammaGammaLikelihoodDerivatives } from './gammaGammaLikelihood';
import type { Gradient, MaximumLikelihoodFit, Objective, SecondOrder } from './optimizer';
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

export { digamma, LOG_PARAMETER_BOUND } from './bgNbdLikelihood';

/** −values[from … from + 3] as an array (a loop: `Array.from` with a map function is V8's slow generic path). */
function negated(values: Float64Array, from: number): number[] {
  return [-values[from], -values[from + 1], -values[from + 2], -values[from + 3]];
}

/** −ln L of BG/NBD (FHL 2005 eq. 6) in (ln r, ln α, ln a, ln b): its value, gradient, and value-gradient-Hessian. */
function bgNbdObjectives(data: BgNbdData): { value: Objective; gradient: Gradient; secondOrder: SecondOrder } {
  return {
    value: (theta) =>
      outOfBounds(theta) ? Number.POSITIVE_INFINITY : -bgNbdLikelihoodDerivatives(data, theta, 0).logLikelihood,
    gradient: (theta) => negated(bgNbdLikelihoodDerivatives(data, theta, 1).gradient, 0),
    secondOrder: (theta) => {
      const { logLikelihood, gradient, hessian } = bgNbdLikelihoodDerivatives(data, theta, 2);
      return {
        value: outOfBounds(theta) ? Number.POSITIVE_INFINITY : -logLikelihood,
        gradient: negated(gradient, 0),
        hessian: [negated(hessian, 0), negated(hessian, 4), negated(hessian, 8), negated(hessian, 12)]
      };
    }
  };
}

/** Vectorised −ln L of BG/NBD (FHL 2005 eq. 6) as a function of (ln r, ln α, ln a, ln b). */
export function bgNbdNegativeLogLikelihood(customers: CustomerSummary[]): Objective {
  return bgNbdObjectives(bgNbdData(customers)).value;
}

/** Analytic gradient of the BG/NBD −ln L with respect to (ln r, ln α, ln a, ln b). */
export function bgNbdNegativeLogLikelihoodGradient(customers: CustomerSummary[]): Gradient {
  return bgNbdObjectives(bgNbdData(customers)).gradient;
}

/** −ln L of BG/NBD with its analytic gradient and Hessian in (ln r, ln α, ln a, ln b), in one pass. */
export function bgNbdNegativeLogLikelihoodSecondOrder(customers: CustomerSummary[]): SecondOrder {
  return bgNbdObjectives(bgNbdData(customers)).secondOrder;
}

/**
 * Fits BG/NBD by maximum likelihood (Newton's method on the analytic Hessian, from three starts); `timeUnit` is the
 * unit of x/t_x/T (and so of the rate α).
 */
export function fitBgNbd(customers: CustomerSummary[], timeUnit: ClvTimeUnit): BgNbdFit {
  const data = bgNbdData(customers);
  const { value, gradient, secondOrder } = bgNbdObjectives(data);
  const meanT = customers.reduce((s, c) => s + c.T, 0) / Math.max(customers.length, 1);
  const starts = [
    [0, 0, 0, 0],
    [Math.log(0.5), Math.log(Math.max(meanT / 4, 0.1)), Math.log(0.5), Math.log(2)],
    [Math.log(2), Math.log(Math.max(meanT, 0.1)), Math.log(2), Math.log(5)]
  ];
  const fit = fitMaximumLikelihood(['r', 'alpha', 'a', 'b'], value, starts, gradient, secondOrder);
  const [r, alpha, a, b] = fit.estimates;
  const parameters: BgNbdParameters = { r, alpha, a, b, timeUnit };
  if (fit.logCovariance !== undefined) parameters.logCovariance = fit.logCovariance;
  return { ...fit, parameters, customers: customers.length };
}

/** −ln L of Gamma-Gamma (FHL 2005) in (ln p, ln q, ln γ): its value, gradient, and value-gradient-Hessian. */
function gammaGammaObjectives(data: GammaGammaData): {
  value: Objective;
  gradient: Gradient;
  secondOrder: SecondOrder;
} {
  const negated3 = (values: Float64Array, from: number): number[] => [
    -values[from],
    -values[from + 1],
    -values[from + 2]
  ];
  return {
    value: (theta) => -gammaGammaLikelihoodDerivatives(data, theta, 0).logLikelihood,
    gradient: (theta) => negated3(gammaGammaLikelihoodDerivatives(data, theta, 1).gradient, 0),
    secondOrder: (theta) => {
      const { logLikelihood, gradient, hessian } = gammaGammaLikelihoodDerivatives(data, theta, 2);
      return {
        value: -logLikelihood,
        gradient: negated3(gradient, 0),
        hessian: [negated3(hessian, 0), negated3(hessian, 3), negated3(hessian, 6)]
      };
    }
  };
}

/** −ln L of the Gamma-Gamma model over customers with x ≥ 1 and positive mean spend, in (ln p, ln q, ln γ). */
export function gammaGammaNegativeLogLikelihood(customers: CustomerSummary[]): Objective {
  return gammaGammaObjectives(gammaGammaData(customers)).value;
}

/** Analytic gradient of the Gamma-Gamma −ln L with respect to (ln p, ln q, ln γ). */
export function gammaGammaNegativeLogLikelihoodGradient(customers: CustomerSummary[]): Gradient {
  return gammaGammaObjectives(gammaGammaData(customers)).gradient;
}

/** −ln L of Gamma-Gamma with its analytic gradient and Hessian in (ln p, ln q, ln γ), in one pass. */
export function gammaGammaNegativeLogLikelihoodSecondOrder(customers: CustomerSummary[]): SecondOrder {
  return gammaGammaObjectives(gammaGammaData(customers)).secondOrder;
}

/**
 * Fits the Gamma-Gamma spend model on the customers with at least one repeat purchase (Newton's method on the
 * analytic Hessian, from three starts). Spend without between-customer heterogeneity has no finite optimum (q and γ
 * run off together): Newton stops at |ln θ| ≤ 18 and, without the Nelder–Mead rescue at the edge, the fit reports not
 * converged with an edge-of-parameter-space warning in a few hundred passes.
 */
export function fitGammaGamma(customers: CustomerSummary[]): GammaGammaFit {
  const data = gammaGammaData(customers);
  const { value, gradient, secondOrder } = gammaGammaObjectives(data);
  let sumZ = 0;
  for (let i = 0; i < data.customers; i++) sumZ += data.z[i];
  const meanZ = sumZ / Math.max(data.customers, 1);
  const starts = [
    [0, 0, 0],
    [Math.log(5), Math.log(3), Math.log(Math.max(meanZ, 1e-3))],
    [Math.log(2), Math.log(2), Math.log(Math.max(meanZ / 2, 1e-3))]
  ];
  const fit = fitMaximumLikelihood(['p', 'q', 'gamma'], value, starts, gradient, secondOrder, {
    rescueAtEdge: false
  });
  const [p, q, gamma] = fit.estimates;
  const parameters: GammaGammaParameters = { p, q, gamma };
  if (fit.logCovariance !== undefined) parameters.logCovariance = fit.logCovariance;
  return { ...fit, parameters, customers: data.customers };
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
