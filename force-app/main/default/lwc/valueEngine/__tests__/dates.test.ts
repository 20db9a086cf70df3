import {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  isOnOrBefore,
  monthsBetween,
  toDayNumber,
  yearsBetween
} from '../valueEngine';

describe('dates', () => {
  it('recognises real ISO calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('2023-1-01')).toBe(false);
    expect(isIsoDate('2023/01/01')).toBe(false);
    expect(isIsoDate('20a3-01-01')).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
  });

  it('knows leap years and month lengths', () => {
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(1900)).toBe(false);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 13)).toBe(0);
  });

  it('counts days from the Unix epoch in both directions', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2000-03-01')).toBe(11017);
    expect(fromDayNumber(11017)).toBe('2000-03-01');
    expect(fromDayNumber(-1)).toBe('1969-12-31');
    expect(toDayNumber('bad')).toBe(0);
  });

  it('computes day differences and adds days across leap days', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
    expect(daysBetween('x', '2024-03-01')).toBe(0);
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-12-31', Number.NaN)).toBe('');
  });

  it('adds months with end-of-month clamping', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-11-15', 18)).toBe('2026-05-15');
    expect(addMonths('2024-11-15', Number.POSITIVE_INFINITY)).toBe('');
    expect(addMonths('9999-12-01', 1)).toBe('');
  });

  it('counts whole months and years of relationship', () => {
    expect(monthsBetween('2020-01-15', '2021-01-14')).toBe(11);
    expect(monthsBetween('2020-01-15', '2021-01-15')).toBe(12);
    expect(monthsBetween('2021-01-15', '2020-01-15')).toBe(0);
    expect(yearsBetween('2020-01-01', '2021-01-01')).toBeCloseTo(366 / 365.25, 12);
    expect(yearsBetween('2021-01-01', '2020-01-01')).toBe(0);
    expect(isOnOrBefore('2024-01-01', '2024-01-01')).toBe(true);
    expect(isOnOrBefore('2024-01-02', '2024-01-01')).toBe(false);
    expect(isOnOrBefore('bad', '2024-01-01')).toBe(false);
  });
});
