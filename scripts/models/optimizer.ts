/**
 * Small, tested optimiser for maximum-likelihood fits in a handful of dimensions (Node only, not transpiled):
 * BFGS with analytic or central-difference gradients, or Newton's method when the Hessian is known, each with a
 * backtracking line search, from several starts, and a Nelder–Mead rescue; Hessian at the optimum for standard errors.
 */

export type Objective = (x: number[]) => number;
export type Gradient = (x: number[]) => number[];
/** Value, gradient and Hessian of an objective at one point (one pass over the data). */
export type SecondOrder = (x: number[]) => { value: number; gradient: number[]; hessian: number[][] };

export interface OptimizerResult {
  x: number[];
  value: number;
  iterations: number;
  evaluations: number;
  converged: boolean;
  gradientNorm: number;
  method: string;
}

/** Central-difference gradient. */
export function numericGradient(f: Objective, x: number[], step = 1e-6): number[] {
  const g: number[] = [];
  const y = x.slice();
  for (let i = 0; i < x.length; i++) {
    const h = step * Math.max(1, Math.abs(x[i]));
    y[i] = x[i] + h;
    const up = f(y);
    y[i] = x[i] - h;
    const down = f(y);
    y[i] = x[i];
    g.push((up - down) / (2 * h));
  }
  return g;
}

/**
 * Hessian by central differences of an analytic gradient: H[i][j] = (∂ⱼf(x + h eᵢ) − ∂ⱼf(x − h eᵢ)) / 2h, made
 * symmetric — 2n gradient evaluations instead of the 2n² + 1 values of `numericHessian`, and no h² division
 * amplifying the rounding of f (at |ln L| ≈ 10⁴ that rounding is about 1e-4 on each second difference).
 */
export function gradientHessian(gradient: Gradient, x: number[], step = 1e-4): number[][] {
  const n = x.length;
  const y = x.slice();
  const columns: number[][] = [];
  for (let i = 0; i < n; i++) {
    y[i] = x[i] + step;
    const up = gradient(y);
    y[i] = x[i] - step;
    const down = gradient(y);
    y[i] = x[i];
    columns.push(up.map((value, j) => (value - down[j]) / (2 * step)));
  }
  return columns.map((row, i) => row.map((value, j) => (value + columns[j][i]) / 2));
}

/** Central-difference Hessian (symmetric). */
export function numericHessian(f: Objective, x: number[], step = 1e-4): number[][] {
  const n = x.length;
  const h: number[][] = [];
  const f0 = f(x);
  const y = x.slice();
  for (let i = 0; i < n; i++) h.push(new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    y[i] = x[i] + step;
    const up = f(y);
    y[i] = x[i] - step;
    const down = f(y);
    y[i] = x[i];
    h[i][i] = (up - 2 * f0 + down) / (step * step);
    for (let j = i + 1; j < n; j++) {
      y[i] = x[i] + step;
      y[j] = x[j] + step;
      const pp = f(y);
      y[j] = x[j] - step;
      const pm = f(y);
      y[i] = x[i] - step;
      const mm = f(y);
      y[j] = x[j] + step;
      const mp = f(y);
      y[i] = x[i];
      y[j] = x[j];
      h[i][j] = (pp - pm - mp + mm) / (4 * step * step);
      h[j][i] = h[i][j];
    }
  }
  return h;
}

/** Cholesky factor L (A = L Lᵀ, lower triangular) of a symmetric matrix; undefined when not positive definite. */
function choleskyFactor(matrix: number[][]): number[][] | undefined {
  const n = matrix.length;
  const l: number[][] = [];
  for (let i = 0; i < n; i++) l.push(new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i][j];
      for (let k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
      if (i === j) {
        if (!(sum > 0) || !Number.isFinite(sum)) return undefined;
        l[i][i] = Math.sqrt(sum);
      } else {
        l[i][j] = sum / l[j][j];
      }
    }
  }
  return l;
}

/** Inverse of a symmetric positive-definite matrix by Cholesky; undefined when not positive definite. */
export function invertPositiveDefinite(matrix: number[][]): number[][] | undefined {
  const n = matrix.length;
  const l = choleskyFactor(matrix);
  if (l === undefined) return undefined;
  // inverse of L, then (L⁻¹)ᵀ L⁻¹
  const inv: number[][] = [];
  for (let i = 0; i < n; i++) inv.push(new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    inv[i][i] = 1 / l[i][i];
    for (let j = i + 1; j < n; j++) {
      let sum = 0;
      for (let k = i; k < j; k++) sum -= l[j][k] * inv[k][i];
      inv[j][i] = sum / l[j][j];
    }
  }
  const result: number[][] = [];
  for (let i = 0; i < n; i++) {
    result.push(new Array<number>(n).fill(0));
    for (let j = 0; j < n; j++) {
      let sum = 0;
      for (let k = Math.max(i, j); k < n; k++) sum += inv[k][i] * inv[k][j];
      result[i][j] = sum;
    }
  }
  return result;
}

/** Solves A x = b for a symmetric positive-definite A by Cholesky; undefined when A is not positive definite. */
export function solvePositiveDefinite(matrix: number[][], rhs: number[]): number[] | undefined {
  const n = rhs.length;
  const l = choleskyFactor(matrix);
  if (l === undefined) return undefined;
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let sum = rhs[i];
    for (let k = 0; k < i; k++) sum -= l[i][k] * y[k];
    y[i] = sum / l[i][i];
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i];
    for (let k = i + 1; k < n; k++) sum -= l[k][i] * x[k];
    x[i] = sum / l[i][i];
  }
  return x;
}

/** Solves A x = b by Gaussian elimination with partial pivoting; undefined when singular. */
export function solveLinear(matrix: number[][], rhs: number[]): number[] | undefined {
  const n = rhs.length;
  const a = matrix.map((row, i) => [...row, rhs[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) pivot = row;
    if (Math.abs(a[pivot][col]) < 1e-300) return undefined;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let row = col + 1; row < n; row++) {
      const factor = a[row][col] / a[col][col];
      for (let k = col; k <= n; k++) a[row][k] -= factor * a[col][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = a[row][n];
    for (let k = row + 1; k < n; k++) sum -= a[row][k] * x[k];
    x[row] = sum / a[row][row];
  }
  return x;
}

function safe(f: Objective, counter: { n: number }): Objective {
  return (x) => {
    counter.n++;
    const v = f(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
}

/** Nelder–Mead simplex minimisation. */
export function nelderMead(
  objective: Objective,
  start: number[],
  options: { maxIterations?: number; tolerance?: number; initialStep?: number } = {}
): OptimizerResult {
  const counter = { n: 0 };
  const f = safe(objective, counter);
  const n = start.length;
  const maxIterations = options.maxIterations ?? 200 * n;
  const tolerance = options.tolerance ?? 1e-10;
  const step = options.initialStep ?? 0.5;
  let simplex: number[][] = [start.slice()];
  for (let i = 0; i < n; i++) {
    const point = start.slice();
    point[i] += step;
    simplex.push(point);
  }
  let values = simplex.map(f);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    const order = values.map((_, i) => i).sort((i, j) => values[i] - values[j]);
    simplex = order.map((i) => simplex[i]);
    values = order.map((i) => values[i]);
    const spread = Math.abs(values[n] - values[0]);
    if (spread <= tolerance * (Math.abs(values[0]) + 1e-12)) {
      converged = true;
      break;
    }
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) centroid[k] += simplex[i][k] / n;
    const along = (t: number): number[] => centroid.map((c, k) => c + t * (simplex[n][k] - c));
    const reflected = along(-1);
    const fr = f(reflected);
    if (fr < values[0]) {
      const expanded = along(-2);
      const fe = f(expanded);
      if (fe < fr) {
        simplex[n] = expanded;
        values[n] = fe;
      } else {
        simplex[n] = reflected;
        values[n] = fr;
      }
    } else if (fr < values[n - 1]) {
      simplex[n] = reflected;
      values[n] = fr;
    } else {
      const contracted = fr < values[n] ? along(-0.5) : along(0.5);
      const fc = f(contracted);
      if (fc < Math.min(fr, values[n])) {
        simplex[n] = contracted;
        values[n] = fc;
      } else {
        for (let i = 1; i <= n; i++) {
          simplex[i] = simplex[i].map((v, k) => simplex[0][k] + 0.5 * (v - simplex[0][k]));
          values[i] = f(simplex[i]);
        }
      }
    }
  }
  let best = 0;
  for (let i = 1; i <= n; i++) if (values[i] < values[best]) best = i;
  const x = simplex[best];
  const g = numericGradient(objective, x);
  return {
    x,
    value: values[best],
    iterations,
    evaluations: counter.n,
    converged,
    gradientNorm: Math.hypot(...g),
    method: 'nelder-mead'
  };
}

/** BFGS with central-difference gradients and an Armijo backtracking line search. */
export function bfgs(
  objective: Objective,
  start: number[],
  options: { maxIterations?: number; gradientTolerance?: number; gradient?: Gradient; maxStep?: number } = {}
): OptimizerResult {
  const counter = { n: 0 };
  const f = safe(objective, counter);
  const gradientOf = (point: number[]): number[] => {
    if (options.gradient === undefined) return numericGradient(f, point);
    counter.n++;
    return options.gradient(point);
  };
  const maxStep = options.maxStep ?? 2;
  const n = start.length;
  const maxIterations = options.maxIterations ?? 200;
  const gradientTolerance = options.gradientTolerance ?? 1e-5;
  let x = start.slice();
  let fx = f(x);
  let g = gradientOf(x);
  let h: number[][] = [];
  for (let i = 0; i < n; i++) h.push(Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    const gradientNorm = Math.hypot(...g);
    if (gradientNorm <= gradientTolerance * Math.max(1, Math.abs(fx) * 1e-3)) {
      converged = true;
      break;
    }
    iterations++;
    let direction = h.map((row) => -row.reduce((s, v, j) => s + v * g[j], 0));
    let slope = direction.reduce((s, d, i) => s + d * g[i], 0);
    if (!(slope < 0)) {
      direction = g.map((v) => -v);
      slope = -gradientNorm * gradientNorm;
      h = h.map((row, i) => row.map((_, j) => (i === j ? 1 : 0)));
    }
    const length = Math.hypot(...direction);
    let t = length > maxStep ? maxStep / length : 1;
    let next = x.map((v, i) => v + t * direction[i]);
    let fNext = f(next);
    while (!(fNext <= fx + 1e-4 * t * slope) && t > 1e-12) {
      t *= 0.5;
      next = x.map((v, i) => v + t * direction[i]);
      fNext = f(next);
    }
    if (!(fNext <= fx)) break;
    const gNext = gradientOf(next);
    const s = next.map((v, i) => v - x[i]);
    const y = gNext.map((v, i) => v - g[i]);
    const sy = s.reduce((acc, v, i) => acc + v * y[i], 0);
    const improvement = fx - fNext;
    x = next;
    fx = fNext;
    g = gNext;
    if (sy > 1e-12) {
      const hy = h.map((row) => row.reduce((acc, v, j) => acc + v * y[j], 0));
      const yhy = y.reduce((acc, v, i) => acc + v * hy[i], 0);
      const rho = 1 / sy;
      h = h.map((row, i) =>
        row.map((v, j) => v + (1 + yhy * rho) * rho * s[i] * s[j] - rho * (hy[i] * s[j] + s[i] * hy[j]))
      );
    }
    if (improvement <= 1e-14 * Math.max(1, Math.abs(fx)) && Math.hypot(...g) <= 1e-3) {
      converged = true;
      break;
    }
  }
  return {
    x,
    value: fx,
    iterations,
    evaluations: counter.n,
    converged,
    gradientNorm: Math.hypot(...g),
    method: 'bfgs'
  };
}

/**
 * Newton's method with an Armijo backtracking line search, for objectives whose Hessian is known: a few iterations
 * where BFGS needs tens. Where the Hessian is not positive definite (far from the optimum) it is shifted by μ I,
 * μ growing tenfold until it is, so every step goes downhill; steps are capped at `maxStep`. Same stopping rules as
 * `bfgs`.
 */
export function newton(
  secondOrder: SecondOrder,
  start: number[],
  options: { maxIterations?: number; gradientTolerance?: number; maxStep?: number } = {}
): OptimizerResult {
  let evaluations = 0;
  const evaluate = (point: number[]): ReturnType<SecondOrder> => {
    evaluations++;
    const result = secondOrder(point);
    return Number.isFinite(result.value) ? result : { ...result, value: Number.POSITIVE_INFINITY };
  };
  const maxStep = options.maxStep ?? 2;
  const maxIterations = options.maxIterations ?? 100;
  const gradientTolerance = options.gradientTolerance ?? 1e-5;
  let x = start.slice();
  let current = evaluate(x);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && Number.isFinite(current.value)) {
    const g = current.gradient;
    const gradientNorm = Math.hypot(...g);
    if (gradientNorm <= gradientTolerance * Math.max(1, Math.abs(current.value) * 1e-3)) {
      converged = true;
      break;
    }
    iterations++;
    const negative = g.map((v) => -v);
    let direction = solvePositiveDefinite(current.hessian, negative);
    const scale = current.hessian.reduce((m, row, i) => Math.max(m, Math.abs(row[i])), 0);
    for (let shift = 1e-8 * (1 + scale); direction === undefined && shift < 1e8 * (1 + scale); shift *= 10) {
      const shifted = current.hessian.map((row, i) => row.map((v, j) => (i === j ? v + shift : v)));
      direction = solvePositiveDefinite(shifted, negative);
    }
    if (!direction?.every(Number.isFinite)) direction = negative;
    const slope = direction.reduce((s, d, i) => s + d * g[i], 0);
    if (!(slope < 0)) break;
    const length = Math.hypot(...direction);
    let t = length > maxStep ? maxStep / length : 1;
    let next = x.map((v, i) => v + t * direction[i]);
    let trial = evaluate(next);
    while (!(trial.value <= current.value + 1e-4 * t * slope) && t > 1e-12) {
      t *= 0.5;
      next = x.map((v, i) => v + t * direction[i]);
      trial = evaluate(next);
    }
    if (!(trial.value <= current.value)) break;
    const improvement = current.value - trial.value;
    x = next;
    current = trial;
    if (improvement <= 1e-14 * Math.max(1, Math.abs(current.value)) && Math.hypot(...current.gradient) <= 1e-3) {
      converged = true;
      break;
    }
  }
  return {
    x,
    value: current.value,
    iterations,
    evaluations,
    converged,
    gradientNorm: Math.hypot(...current.gradient),
    method: 'newton'
  };
}

/** Result of a maximum-likelihood fit in log-parameter space. */
export interface MaximumLikelihoodFit {
  names: string[];
  /** Natural-scale estimates (exp of the log-parameters). */
  estimates: number[];
  /** Standard errors on the natural scale (delta method: θ · sd(ln θ)); NaN-free: undefined when the Hessian is singular. */
  standardErrors: (number | undefined)[];
  /** Row-major covariance of the log-parameters (inverse Hessian of −ln L); undefined when not positive definite. */
  logCovariance: number[] | undefined;
  logLikelihood: number;
  diagnostics: {
    converged: boolean;
    starts: number;
    bestStart: number;
    startsAgreeing: number;
    iterations: number;
    evaluations: number;
    gradientNorm: number;
    hessianPositiveDefinite: boolean;
    method: string;
    /** Problems worth telling the user: estimates running off to 0 or ∞ (|ln θ| > 10), singular Hessian. */
    warnings: string[];
  };
}

/**
 * Maximises a log-likelihood over positive parameters: minimises −ln L in log space from each start — Newton's method
 * when `secondOrder` gives the Hessian, otherwise BFGS (with `gradient` when given) — rescuing a start that does not
 * converge with Nelder–Mead and the same method again; reads standard errors off the Hessian at the best optimum
 * (analytic, from the gradient, or from values). `rescueAtEdge: false` skips the rescue of a start that stopped with a
 * log-parameter beyond ±10 (running off to 0 or ∞, where a likelihood with no finite optimum goes): on 600 000
 * customers each rescue costs hundreds of passes and finds no optimum, and the fit is reported not converged anyway.
 */
export function fitMaximumLikelihood(
  names: string[],
  negativeLogLikelihood: Objective,
  logStarts: number[][],
  gradient?: Gradient,
  secondOrder?: SecondOrder,
  options: { rescueAtEdge?: boolean } = {}
): MaximumLikelihoodFit {
  let best: OptimizerResult | undefined;
  let bestStart = 0;
  let evaluations = 0;
  const finals: number[] = [];
  logStarts.forEach((start, index) => {
    let result =
      secondOrder === undefined ? bfgs(negativeLogLikelihood, start, { gradient }) : newton(secondOrder, start);
    evaluations += result.evaluations;
    const atEdge = result.x.some((value) => Math.abs(value) > 10);
    if (!result.converged && (options.rescueAtEdge !== false || !atEdge)) {
      // Rescue: a Nelder–Mead pass (derivative-free, robust far from the optimum), then the same method again.
      const coarse = nelderMead(negativeLogLikelihood, result.x, {
        maxIterations: 100 * start.length,
        tolerance: 1e-8
      });
      const polished =
        secondOrder === undefined ? bfgs(negativeLogLikelihood, coarse.x, { gradient }) : newton(secondOrder, coarse.x);
      evaluations += coarse.evaluations + polished.evaluations;
      result = {
        ...polished,
        iterations: result.iterations + coarse.iterations + polished.iterations,
        method: `${result.method}+nm`
      };
    }
    finals.push(result.value);
    if (best === undefined || result.value < best.value) {
      best = result;
      bestStart = index;
    }
  });
  if (best === undefined) throw new Error('fitMaximumLikelihood needs at least one start');
  const chosen: OptimizerResult = best;
  // With a gradient, the covariance (and the positive-definite test that a converged fit needs) comes from its
  // differences, as before Newton was used, even when the analytic Hessian is known: at the flat optimum of a
  // three-customer BG/NBD fit (sd(ln θ) in the hundreds) the analytic Hessian is positive definite, the differences
  // are not, and the fit stays reported as not converged.
  const hessian =
    gradient !== undefined
      ? gradientHessian(gradient, chosen.x, 1e-4)
      : secondOrder !== undefined
        ? secondOrder(chosen.x).hessian
        : numericHessian(negativeLogLikelihood, chosen.x, 1e-4);
  const covariance = invertPositiveDefinite(hessian);
  const estimates = chosen.x.map(Math.exp);
  const warnings: string[] = [];
  chosen.x.forEach((value, i) => {
    if (Math.abs(value) > 10) {
      warnings.push(
        `${names[i]} = ${estimates[i].toPrecision(3)} is at the edge of the parameter space: the data do not identify it (e.g. no heterogeneity)`
      );
    }
  });
  if (covariance === undefined) warnings.push('the Hessian is not positive definite: no standard errors');
  const standardErrors = estimates.map((value, i) =>
    covariance === undefined ? undefined : value * Math.sqrt(Math.max(covariance[i][i], 0))
  );
  return {
    names,
    estimates,
    standardErrors,
    logCovariance: covariance === undefined ? undefined : covariance.flat(),
    logLikelihood: -chosen.value,
    diagnostics: {
      converged: chosen.converged && covariance !== undefined,
      starts: logStarts.length,
      bestStart,
      startsAgreeing: finals.filter(
        (v) => Math.abs(v - chosen.value) <= 1e-3 * Math.max(1, Math.abs(chosen.value)) + 1e-6
      ).length,
      iterations: chosen.iterations,
      evaluations,
      gradientNorm: chosen.gradientNorm,
      hessianPositiveDefinite: covariance !== undefined,
      warnings,
      method:
        secondOrder === undefined
          ? `bfgs from ${logStarts.length} starts (Nelder–Mead rescue), ${gradient === undefined ? 'numeric' : 'analytic'} gradient, log-parameters`
          : `newton from ${logStarts.length} starts (Nelder–Mead rescue), analytic gradient and Hessian, log-parameters`
    }
  };
}
