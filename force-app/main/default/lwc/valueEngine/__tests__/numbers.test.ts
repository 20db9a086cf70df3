import { clamp, finiteOr, formatNumber, isFiniteNumber, logistic, roundTo, safeDivide } from '../valueEngine';

describe('numbers', () => {
  it('divides normally and falls back on a zero or non-finite denominator', () => {
    expect(safeDivide(10, 4, -1)).toBe(2.5);
    expect(safeDivide(10, 0, -1)).toBe(-1);
    expect(safeDivide(Number.NaN, 2, 7)).toBe(7);
    expect(safeDivide(1, Number.POSITIVE_INFINITY, 7)).toBe(7);
    expect(safeDivide(1e308, 1e-308, 3)).toBe(3);
  });

  it('clamps into the range and maps non-finite values to the minimum', () => {
    expect(clamp(5, 0, 1)).toBe(1);
    expect(clamp(-5, 0, 1)).toBe(0);
    expect(clamp(0.25, 0, 1)).toBe(0.25);
    expect(clamp(Number.NaN, 2, 3)).toBe(2);
  });

  it('replaces missing and non-finite numbers by the fallback', () => {
    expect(finiteOr(undefined, 4)).toBe(4);
    expect(finiteOr(Number.NEGATIVE_INFINITY, 4)).toBe(4);
    expect(finiteOr(-2, 4)).toBe(-2);
    expect(isFiniteNumber(undefined)).toBe(false);
    expect(isFiniteNumber(0)).toBe(true);
  });

  it('rounds half away from zero', () => {
    expect(roundTo(2.345, 2)).toBe(2.35);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(1.005, 1)).toBe(1);
    expect(roundTo(Number.NaN, 2)).toBe(0);
    expect(roundTo(2e15, 2)).toBe(2e15);
  });

  it('formats decimals itself with a dot and no grouping', () => {
    expect(formatNumber(1234.5, 2)).toBe('1234.50');
    expect(formatNumber(-0.004, 2)).toBe('0.00');
    expect(formatNumber(-12.345, 1)).toBe('-12.3');
    expect(formatNumber(7, 0)).toBe('7');
    expect(formatNumber(0.05, 3)).toBe('0.050');
    expect(formatNumber(Number.POSITIVE_INFINITY, 2)).toBe('0.00');
  });

  it('keeps the logistic strictly between 0 and 1 even for extreme inputs', () => {
    // 1 / (1 + e^2) = 0.11920292202211755
    expect(logistic(-2)).toBeCloseTo(0.119202922, 9);
    expect(logistic(0)).toBe(0.5);
    expect(logistic(1e9)).toBeLessThan(1);
    expect(logistic(-1e9)).toBeGreaterThan(0);
    expect(logistic(Number.NaN)).toBeGreaterThan(0);
  });
});
