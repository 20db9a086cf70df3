/** Apex helpers that JavaScript semantics need; each generated class carries the ones it uses. */
export const HELPERS = ['jsMod', 'jsIsFinite', 'jsIsNaN', 'jsSubstring', 'jsCharAt'] as const;
export type Helper = (typeof HELPERS)[number];

export const HELPER_SOURCE: Record<Helper, string> = {
  jsMod: `/** JavaScript % (truncated remainder); Apex Math.mod is Integer/Long only. */
private static Double jsMod(Double dividend, Double divisor) {
  Double quotient = dividend / divisor;
  Double truncated = quotient < 0 ? Math.ceil(quotient) : Math.floor(quotient);
  return dividend - divisor * truncated;
}`,
  jsIsFinite: `/** Number.isFinite: NaN and infinities give a non-zero (NaN) difference. */
private static Boolean jsIsFinite(Double value) {
  return value != null && value - value == 0;
}`,
  jsIsNaN: `/** Number.isNaN: NaN is the only value not equal to itself. */
private static Boolean jsIsNaN(Double value) {
  return value != null && value != value;
}`,
  jsSubstring: `/** String.prototype.substring: clamps both indexes and swaps them when reversed (Apex throws instead). */
private static String jsSubstring(String value, Double startIndex, Double endIndex) {
  Integer length = value.length();
  Integer fromIndex = Math.max(0, Math.min(length, startIndex.intValue()));
  Integer toIndex = endIndex == null ? length : Math.max(0, Math.min(length, endIndex.intValue()));
  return fromIndex <= toIndex ? value.substring(fromIndex, toIndex) : value.substring(toIndex, fromIndex);
}`,
  jsCharAt: `/** String.prototype.charAt: a one-character String, empty when out of range (Apex charAt returns a code). */
private static String jsCharAt(String value, Double position) {
  Integer index = position.intValue();
  return index < 0 || index >= value.length() ? '' : value.substring(index, index + 1);
}`
};
