/** The optimiser library: Nelder–Mead, BFGS, Hessian, matrix helpers and the multi-start ML driver. */
import type { SecondOrder } from '../optimizer';
import {
  bfgs,
  fitMaximumLikelihood,
  invertPositiveDefinite,
  nelderMead,
  newton,
  numericHessian,
  solveLinear,
  solvePositiveDefinite
} from '../optimizer';

const rosenbrock = (x: number[]): number => 100 * (x[1] - x[0] * x[0]) ** 2 + (1 - x[0]) ** 2;

describe('optimizer', () => {
  it('Nelder–Mead and BFGS find the Rosenbrock minimum', () => {
    const nm = nelderMead(rosenbrock, [-1.2, 1], { maxIterations: 2000 });
    expect(nm.converged).toBe(true);
    expect(nm.x[0]).toBeCloseTo(1, 3);
    const b = bfgs(rosenbrock, [-1.2, 1]);
    expect(b.converged).toBe(true);
    expect(b.x[0]).toBeCloseTo(1, 4);
    expect(b.x[1]).toBeCloseTo(1, 4);
  });

  it('BFGS uses an analytic gradient when given and survives non-finite regions', () => {
    const f = (x: number[]): number => (x[0] > 5 ? Number.NaN : (x[0] - 2) ** 2);
    const result = bfgs(f, [0], { gradient: (x) => [2 * (x[0] - 2)] });
    expect(result.x[0]).toBeCloseTo(2, 6);
    const stuck = nelderMead(() => 1, [0, 0], { maxIterations: 3, tolerance: -1 });
    expect(stuck.converged).toBe(false);
  });

  it("Newton's method converges in a few steps, and goes downhill where the Hessian is not positive definite", () => {
    const rosenbrockSecondOrder = ([x, y]: number[]): ReturnType<SecondOrder> => ({
      value: rosenbrock([x, y]),
      gradient: [-400 * x * (y - x * x) - 2 * (1 - x), 200 * (y - x * x)],
      hessian: [
        [1200 * x * x - 400 * y + 2, -400 * x],
        [-400 * x, 200]
      ]
    });
    const fromRosenbrock = newton(rosenbrockSecondOrder, [-1.2, 1]);
    expect(fromRosenbrock.converged).toBe(true);
    expect(fromRosenbrock.x[0]).toBeCloseTo(1, 6);
    expect(fromRosenbrock.x[1]).toBeCloseTo(1, 6);
    expect(fromRosenbrock.evaluations).toBeLessThan(bfgs(rosenbrock, [-1.2, 1]).evaluations);
    // x⁴ − 2x² + y²: at x = 0.1 the Hessian is negative along x (a plain Newton step climbs to the maximum at 0).
    const doubleWell: SecondOrder = ([x, y]) => ({
      value: x ** 4 - 2 * x * x + y * y,
      gradient: [4 * x ** 3 - 4 * x, 2 * y],
      hessian: [
        [12 * x * x - 4, 0],
        [0, 2]
      ]
    });
    const fromSaddle = newton(doubleWell, [0.1, 1]);
    expect(fromSaddle.converged).toBe(true);
    expect(fromSaddle.x[0]).toBeCloseTo(1, 8);
    expect(fromSaddle.value).toBeCloseTo(-1, 10);
    expect(
      solvePositiveDefinite(
        [
          [4, 2],
          [2, 3]
        ],
        [2, 1]
      )
    ).toEqual([expect.closeTo(0.5, 12), expect.closeTo(0, 12)]);
    expect(
      solvePositiveDefinite(
        [
          [1, 2],
          [2, 1]
        ],
        [1, 1]
      )
    ).toBeUndefined();
  });

  it('Hessian, Cholesky inverse and linear solve', () => {
    const h = numericHessian((x) => 3 * x[0] * x[0] + 2 * x[0] * x[1] + 2 * x[1] * x[1], [0.3, -0.2]);
    expect(h[0][0]).toBeCloseTo(6, 5);
    expect(h[0][1]).toBeCloseTo(2, 5);
    const inv = invertPositiveDefinite(h);
    expect(inv).toBeDefined();
    expect(inv![0][0]).toBeCloseTo(4 / 20, 5);
    expect(inv![0][1]).toBeCloseTo(-2 / 20, 5);
    expect(
      invertPositiveDefinite([
        [1, 2],
        [2, 1]
      ])
    ).toBeUndefined();
    expect(
      solveLinear(
        [
          [2, 1],
          [1, 3]
        ],
        [3, 5]
      )
    ).toEqual([expect.closeTo(0.8, 10), expect.closeTo(1.4, 10)]);
    expect(
      solveLinear(
        [
          [1, 2],
          [2, 4]
        ],
        [1, 2]
      )
    ).toBeUndefined();
  });

  it('ML driver: exponential rate with analytic standard error', () => {
    // n observations with sum s: MLE λ = n/s; sd(ln λ) = 1/sqrt(n).
    const n = 50;
    const s = 25;
    const nll = (theta: number[]): number => -(n * theta[0] - Math.exp(theta[0]) * s);
    const fit = fitMaximumLikelihood(['lambda'], nll, [[0], [3]]);
    expect(fit.estimates[0]).toBeCloseTo(2, 6);
    expect(fit.standardErrors[0]).toBeCloseTo(2 / Math.sqrt(n), 4);
    expect(fit.diagnostics.startsAgreeing).toBe(2);
    expect(() => fitMaximumLikelihood(['x'], nll, [])).toThrow();
    const flat = fitMaximumLikelihood(['x'], () => 0, [[0]]);
    expect(flat.logCovariance).toBeUndefined();
    expect(flat.standardErrors[0]).toBeUndefined();
    expect(flat.diagnostics.warnings).toContain('the Hessian is not positive definite: no standard errors');
  });
});
