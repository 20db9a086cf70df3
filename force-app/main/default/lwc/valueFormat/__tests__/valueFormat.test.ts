import {
  formatDate,
  formatMoney,
  formatMoneyCompact,
  formatMonth,
  formatNumber,
  formatPercent,
  formatSignedPercent
} from 'c/valueFormat';

// jest's platform stand-ins report the en-US locale and USD.
describe('c-value-format', () => {
  it('formats money, percentages and numbers in the user locale', () => {
    expect(formatMoney(125500.4)).toBe('$125,500');
    expect(formatMoney(-1234, 'EUR')).toBe('-€1,234');
    expect(formatMoneyCompact(1250000)).toBe('$1.3M');
    expect(formatPercent(0.137)).toBe('14%');
    expect(formatSignedPercent(-0.32)).toBe('-32%');
    expect(formatSignedPercent(0)).toBe('0%');
    expect(formatNumber(78.66, 1)).toBe('78.7');
  });

  it('formats ISO days without shifting them by a time zone, and leaves other text alone', () => {
    expect(formatDate('2027-03-14')).toBe('Mar 14, 2027');
    expect(formatMonth('2026-01-31')).toBe('Jan 2026');
    expect(formatDate('')).toBe('');
    expect(formatDate('soon')).toBe('soon');
  });
});
