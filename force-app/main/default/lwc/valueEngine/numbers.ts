/**
 * Safe arithmetic for the engine: every division is guarded, every input that may be NaN/Infinity is replaced by a
 * fallback, and decimals are rendered by the engine itself (Apex and JavaScript format numbers differently).
 */

/** `numerator / denominator`, or `fallback` when the denominator is zero or either side is not finite. */
export function safeDivide(numerator: number, denominator: number, fallback: number): number {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator === 0) {
    return fallback;
  }
  const result = numerator / denominator;
  return Number.isFinite(result) ? result : fallback;
}

/** `value` limited to `[minimum, maximum]` (finite bounds); a non-finite value becomes `minimum`. */
export function clamp(value: number, minimum: number, maximum: number): number {
  // Strictly inside: the value itself (as Math.min/Math.max would give, signed zeros included). This test alone stays
  // in the caller's compiled code: the function is small enough to be inlined at every call.
  return value > minimum && value < maximum ? value : clampOutside(value, minimum, maximum);
}

/** {@link clamp} of a value that is not strictly inside its bounds. */
function clampOutside(value: number, minimum: number, maximum: number): number {
  if (!Number.isFinite(value)) {
    return minimum;
  }
  return Math.min(maximum, Math.max(minimum, value));
}

/**
 * True when an optional number is absent. Engine inputs come from JSON and Apex, where an absent field is `null`
 * rather than `undefined`, so `== null` (true for both) is the test; the type predicate lets TypeScript narrow.
 */
export function isMissingNumber(value: number | undefined): value is undefined {
  return value == null;
}

/** True when an optional string is absent (`undefined`, or `null` from JSON and Apex). See {@link isMissingNumber}. */
export function isMissingText(value: string | undefined): value is undefined {
  return value == null;
}

/** `value` when it is a finite number, otherwise `fallback` (also for `undefined`). */
export function finiteOr(value: number | undefined, fallback: number): number {
  if (isMissingNumber(value)) {
    return fallback;
  }
  return Number.isFinite(value) ? value : fallback;
}

/** True when `value` is present and finite. */
export function isFiniteNumber(value: number | undefined): boolean {
  return !isMissingNumber(value) && Number.isFinite(value);
}

/** `value` rounded half away from zero to `decimals` places (0–6); non-finite becomes 0; |value| ≥ 10^15 is returned as is. */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) {
    return 0;
  }
  if (Math.abs(value) >= 1e15) {
    return value;
  }
  const places = clamp(Math.floor(finiteOr(decimals, 0)), 0, 6);
  const factor = Math.pow(10, places);
  const magnitude = Math.floor(Math.abs(value) * factor + 0.5) / factor;
  return value < 0 ? -magnitude : magnitude;
}

/**
 * `value` as text with exactly `decimals` places (0–6), `.` as decimal separator, no grouping, `-` for negatives.
 * Non-finite values render as `0`. Example: `formatNumber(1234.5, 2)` → `"1234.50"`.
 */
export function formatNumber(value: number, decimals: number): string {
  const places = clamp(Math.floor(finiteOr(decimals, 0)), 0, 6);
  const rounded = roundTo(value, places);
  const factor = Math.pow(10, places);
  const scaled = Math.floor(Math.abs(rounded) * factor + 0.5);
  const integerPart = Math.floor(scaled / factor);
  let text = String(integerPart);
  if (places > 0) {
    let fraction = String(scaled - integerPart * factor);
    while (fraction.length < places) {
      fraction = '0' + fraction;
    }
    text = text + '.' + fraction;
  }
  return rounded < 0 && scaled > 0 ? '-' + text : text;
}

/** Logistic function 1 / (1 + e^−z), with z clamped to ±30 so the result is always finite and strictly inside (0, 1). */
export function logistic(z: number): number {
  const bounded = clamp(z, -30, 30);
  return 1 / (1 + Math.exp(-bounded));
}
