/**
 * Day arithmetic on ISO `YYYY-MM-DD` strings (proleptic Gregorian calendar, no time zone, no clock).
 * Invalid inputs never throw: validity is tested with {@link isIsoDate}; functions return `''` or `0` for them.
 */

/** Value of a one-character digit, −1 for anything else (a switch: faster than a search in a digit string). */
function digitOf(character: string): number {
  let digit = -1;
  switch (character) {
    case '0':
      digit = 0;
      break;
    case '1':
      digit = 1;
      break;
    case '2':
      digit = 2;
      break;
    case '3':
      digit = 3;
      break;
    case '4':
      digit = 4;
      break;
    case '5':
      digit = 5;
      break;
    case '6':
      digit = 6;
      break;
    case '7':
      digit = 7;
      break;
    case '8':
      digit = 8;
      break;
    case '9':
      digit = 9;
      break;
    default:
      digit = -1;
      break;
  }
  return digit;
}

/** Value of the digits of `text` from `start` (inclusive) to `end` (exclusive), −1 when one is not a digit. */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = digitOf(text.charAt(i));
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
  return dayNumberOf(value) !== INVALID_DAY_NUMBER;
}

/** Returned by {@link dayNumberOf} for an invalid date. */
export const INVALID_DAY_NUMBER = -100000000;

function civilToDays(yearValue: number, month: number, day: number): number {
  const year = month <= 2 ? yearValue - 1 : yearValue;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const shiftedMonth = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * Days since 1970-01-01 (Hinnant's days-from-civil) of a valid ISO date, {@link INVALID_DAY_NUMBER} otherwise.
 * Parses the string once: the batch's hot path converts each date once and then works on day numbers.
 */
export function dayNumberOf(value: string | undefined): number {
  if (value?.length !== 10 || value.charAt(4) !== '-' || value.charAt(7) !== '-') {
    return INVALID_DAY_NUMBER;
  }
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return INVALID_DAY_NUMBER;
  }
  return civilToDays(year, month, day);
}

/** Days since 1970-01-01 for a valid ISO date, 0 for an invalid one. */
export function toDayNumber(value: string): number {
  const dayNumber = dayNumberOf(value);
  return dayNumber === INVALID_DAY_NUMBER ? 0 : dayNumber;
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
  const first = dayNumberOf(start);
  const second = dayNumberOf(end);
  if (first === INVALID_DAY_NUMBER || second === INVALID_DAY_NUMBER) {
    return 0;
  }
  return second - first;
}

/** `date` plus `days` (whole days, may be negative); `''` for an invalid date or a non-finite count. */
export function addDays(date: string, days: number): string {
  if (!isIsoDate(date) || !Number.isFinite(days)) {
    return '';
  }
  return fromDayNumber(toDayNumber(date) + Math.floor(days + 0.5));
}

/**
 * `date` plus `months` (whole months, may be negative), clamping the day to the end of the target month:
 * 2024-01-31 + 1 month = 2024-02-29. `''` for an invalid date or a non-finite count.
 */
export function addMonths(date: string, months: number): string {
  if (!isIsoDate(date) || !Number.isFinite(months)) {
    return '';
  }
  const year = digitsAt(date, 0, 4);
  const month = digitsAt(date, 5, 7);
  const day = digitsAt(date, 8, 10);
  const monthIndex = year * 12 + (month - 1) + Math.floor(months + 0.5);
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
  const startYear = digitsAt(start, 0, 4);
  const startMonth = digitsAt(start, 5, 7);
  const startDay = digitsAt(start, 8, 10);
  const endYear = digitsAt(end, 0, 4);
  const endMonth = digitsAt(end, 5, 7);
  const endDay = digitsAt(end, 8, 10);
  let months = (endYear - startYear) * 12 + (endMonth - startMonth);
  if (endDay < startDay) {
    months = months - 1;
  }
  return Math.max(0, months);
}
