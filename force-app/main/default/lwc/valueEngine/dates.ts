/**
 * Day arithmetic on ISO `YYYY-MM-DD` strings (proleptic Gregorian calendar, no time zone, no clock).
 * Invalid inputs never throw: validity is tested with {@link isIsoDate}; functions return `''` or `0` for them.
 */

const DIGITS = '0123456789';

function digitsValue(text: string): number {
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = DIGITS.indexOf(text.charAt(i));
    if (digit < 0) {
      return -1;
    }
    value = value * 10 + digit;
  }
  return value;
}

/** True for leap years of the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`; 0 for an invalid month. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    return isLeapYear(year) ? 29 : 28;
  }
  if (month === 4 || month === 6 || month === 9 || month === 11) {
    return 30;
  }
  if (month >= 1 && month <= 12) {
    return 31;
  }
  return 0;
}

/** True when `value` is a real calendar date written `YYYY-MM-DD` (years 1000–9999). */
export function isIsoDate(value: string | undefined): boolean {
  if (value?.length !== 10) {
    return false;
  }
  if (value.charAt(4) !== '-' || value.charAt(7) !== '-') {
    return false;
  }
  const year = digitsValue(value.substring(0, 4));
  const month = digitsValue(value.substring(5, 7));
  const day = digitsValue(value.substring(8, 10));
  if (year < 1000 || month < 1 || month > 12 || day < 1) {
    return false;
  }
  return day <= daysInMonth(year, month);
}

/** Days since 1970-01-01 for a valid ISO date (Hinnant's days-from-civil), 0 for an invalid one. */
export function toDayNumber(value: string): number {
  if (!isIsoDate(value)) {
    return 0;
  }
  let year = digitsValue(value.substring(0, 4));
  const month = digitsValue(value.substring(5, 7));
  const day = digitsValue(value.substring(8, 10));
  if (month <= 2) {
    year = year - 1;
  }
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const shiftedMonth = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function pad(value: number, width: number): string {
  let text = String(value);
  while (text.length < width) {
    text = '0' + text;
  }
  return text;
}

/** ISO date for a day number (days since 1970-01-01); the inverse of {@link toDayNumber}. */
export function fromDayNumber(dayNumber: number): string {
  const shifted = Math.floor(dayNumber) + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return pad(year, 4) + '-' + pad(month, 2) + '-' + pad(day, 2);
}

/** Days from `start` to `end` (negative when `end` is earlier); 0 when either date is invalid. */
export function daysBetween(start: string, end: string): number {
  if (!isIsoDate(start) || !isIsoDate(end)) {
    return 0;
  }
  return toDayNumber(end) - toDayNumber(start);
}

/** `date` plus `days` (whole days, may be negative); `''` for an invalid date or a non-finite count. */
export function addDays(date: string, days: number): string {
  if (!isIsoDate(date) || !Number.isFinite(days)) {
    return '';
  }
  return fromDayNumber(toDayNumber(date) + Math.round(days));
}

/**
 * `date` plus `months` (whole months, may be negative), clamping the day to the end of the target month:
 * 2024-01-31 + 1 month = 2024-02-29. `''` for an invalid date or a non-finite count.
 */
export function addMonths(date: string, months: number): string {
  if (!isIsoDate(date) || !Number.isFinite(months)) {
    return '';
  }
  const year = digitsValue(date.substring(0, 4));
  const month = digitsValue(date.substring(5, 7));
  const day = digitsValue(date.substring(8, 10));
  const monthIndex = year * 12 + (month - 1) + Math.round(months);
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  if (targetYear < 1000 || targetYear > 9999) {
    return '';
  }
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return pad(targetYear, 4) + '-' + pad(targetMonth, 2) + '-' + pad(targetDay, 2);
}

/** Length from `start` to `end` in years of 365.25 days (0 when invalid or negative). */
export function yearsBetween(start: string, end: string): number {
  const days = daysBetween(start, end);
  return days <= 0 ? 0 : days / 365.25;
}

/** Earlier-or-equal comparison of two valid ISO dates (string order equals date order for `YYYY-MM-DD`). */
export function isOnOrBefore(first: string, second: string): boolean {
  if (!isIsoDate(first) || !isIsoDate(second)) {
    return false;
  }
  return toDayNumber(first) <= toDayNumber(second);
}

/**
 * Whole calendar months from `start` to `end` (a month counts when the day of month is reached again);
 * 0 when invalid or when `end` is before `start`. 2020-01-15 → 2021-01-14 = 11, → 2021-01-15 = 12.
 */
export function monthsBetween(start: string, end: string): number {
  if (!isIsoDate(start) || !isIsoDate(end) || toDayNumber(end) < toDayNumber(start)) {
    return 0;
  }
  const startYear = digitsValue(start.substring(0, 4));
  const startMonth = digitsValue(start.substring(5, 7));
  const startDay = digitsValue(start.substring(8, 10));
  const endYear = digitsValue(end.substring(0, 4));
  const endMonth = digitsValue(end.substring(5, 7));
  const endDay = digitsValue(end.substring(8, 10));
  let months = (endYear - startYear) * 12 + (endMonth - startMonth);
  if (endDay < startDay) {
    months = months - 1;
  }
  return Math.max(0, months);
}
