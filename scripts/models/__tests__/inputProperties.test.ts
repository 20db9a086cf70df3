/** Property tests of the data inputs: CSV quoting round trip and transaction-summary invariants. */
import fc from 'fast-check';
import { csvCell } from '../../cli/cliSupport';
import { parseCsv } from '../csv';
import { dayNumber, summarizeTransactions } from '../transactions';

describe('input properties', () => {
  it('any table of strings survives csvCell quoting and parseCsv', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', ' ', 'é', '1'), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const nonBlank = rows.filter((row) => row.some((v) => v.trim() !== '') || row.length > 1);
        const text = ['h1,h2', ...nonBlank.map((row) => row.map(csvCell).join(','))].join('\n');
        const table = parseCsv(text, 'p.csv');
        expect(table.rows).toEqual(nonBlank);
      }),
      { numRuns: 200 }
    );
  });

  it('transaction summaries are consistent: 0 ≤ t_x ≤ T, x < purchase days, spend ≥ 0, holdout ≥ 0', () => {
    const purchase = fc.record({
      customer: fc.constantFrom('A', 'B', 'C', 'D'),
      day: fc.integer({ min: 0, max: 120 }),
      amount: fc.integer({ min: 0, max: 500 })
    });
    fc.assert(
      fc.property(
        fc.array(purchase, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 100 }),
        (log, calibrationDay) => {
          const base = dayNumber('2024-01-01') ?? 0;
          const iso = (offset: number): string => new Date((base + offset) * 86_400_000).toISOString().slice(0, 10);
          const text = ['c,d,a', ...log.map((p) => `${p.customer},${iso(p.day)},${p.amount}`)].join('\n');
          const firstDays = new Map<string, number>();
          for (const p of log) firstDays.set(p.customer, Math.min(firstDays.get(p.customer) ?? 1e9, p.day));
          const eligible = [...firstDays.values()].filter((d) => d <= calibrationDay).length;
          if (eligible === 0) return;
          const summary = summarizeTransactions(
            parseCsv(text, 'log.csv'),
            { customer: 'c', date: 'd', amount: 'a' },
            iso(calibrationDay),
            iso(calibrationDay + 30),
            'week'
          );
          expect(summary.customers).toHaveLength(eligible);
          for (const c of summary.customers) {
            const days = new Set(log.filter((p) => p.customer === c.id && p.day <= calibrationDay).map((p) => p.day));
            expect(c.x).toBe(days.size - 1);
            expect(c.tx).toBeGreaterThanOrEqual(0);
            expect(c.tx).toBeLessThanOrEqual(c.T);
            expect(c.monetary ?? 0).toBeGreaterThanOrEqual(0);
            expect(summary.holdout?.get(c.id)).toBeGreaterThanOrEqual(0);
          }
        }
      ),
      { numRuns: 200 }
    );
  });
});
