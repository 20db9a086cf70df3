/**
 * The streamed transaction reader (`summarizeTransactionChunks`) against the in-memory one (`summarizeTransactions`
 * over `parseCsvBytes`): same summary, same dialect, same errors, whatever the chunk sizes — a chunk ending inside a
 * row, inside a multi-byte character, between a CR and its LF, or inside quotes — and whatever the row order (a
 * customer's rows out of date order are read in a second pass). A reference written the plain way (every customer's
 * days in a map) holds the shared per-customer rules to the documented ones.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { predictiveDaysPerUnit } from '../../../force-app/main/default/lwc/valueEngine/predictive';
import type { ClvTimeUnit } from '../../../force-app/main/default/lwc/valueEngine/predictive';
import { parseCsvBytes } from '../csv';
import type { DialectOptions } from '../csvDialect';
import { CsvRecordReader } from '../csvRecords';
import type { ChunkSource } from '../csvStream';
import type { TransactionColumns, TransactionSummary } from '../transactions';
import { dayNumber, summarizeTransactionChunks, summarizeTransactions } from '../transactions';
import { frenchCopy } from '../../cli/__tests__/exportCopies';

const fixtures = join(__dirname, '../../cli/__tests__/fixtures');
const isoLog = readFileSync(join(fixtures, 'transactions.csv'), 'utf8');
const columns: TransactionColumns = { customer: 'account', date: 'order_date', amount: 'amount' };

/** The bytes cut into chunks of the given sizes, cycled (the last chunk takes what is left). */
function chunksOf(bytes: Uint8Array, sizes: number[]): ChunkSource {
  return () => {
    const chunks: Uint8Array[] = [];
    for (let at = 0, k = 0; at < bytes.length; k++) {
      const size = Math.max(1, sizes[k % sizes.length]);
      chunks.push(bytes.subarray(at, at + size));
      at += size;
    }
    return chunks;
  };
}

interface Case {
  calibrationEnd: string;
  holdoutEnd?: string;
  unit?: ClvTimeUnit;
  columns?: TransactionColumns;
  options?: DialectOptions;
}

type Outcome = { summary: TransactionSummary; encoding: string } | { error: string };

function inMemory(bytes: Uint8Array, c: Case): Outcome {
  try {
    const table = parseCsvBytes(bytes, 'log.csv', c.options);
    const summary = summarizeTransactions(
      table,
      c.columns ?? columns,
      c.calibrationEnd,
      c.holdoutEnd,
      c.unit ?? 'week'
    );
    return { summary, encoding: table.dialect.encoding };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function streamed(bytes: Uint8Array, c: Case, sizes: number[]): Outcome {
  try {
    const { dialect, ...summary } = summarizeTransactionChunks(
      chunksOf(bytes, sizes),
      'log.csv',
      c.options ?? {},
      c.columns ?? columns,
      c.calibrationEnd,
      c.holdoutEnd,
      c.unit ?? 'week'
    );
    return { summary, encoding: dialect.encoding };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Rows shuffled with a seeded generator, so customers' rows are out of date order. */
function shuffledCopy(csv: string, seed: number): string {
  const [header, ...rows] = csv.trim().split('\n');
  let state = seed;
  for (let i = rows.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  return [header, ...rows].join('\n') + '\n';
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const latin1 = (text: string): Uint8Array => Uint8Array.from(Buffer.from(text, 'latin1'));
const utf16 = (text: string): Uint8Array =>
  Uint8Array.from(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));

/** Some customers with refunds, same-day credit notes and a refunds-only customer, out of date order. */
const creditLog = [
  'account,order_date,amount',
  'A,2024-01-01,100',
  'A,2024-02-10,-80',
  'A,2024-02-01,50',
  'B,2024-01-20,30',
  'B,2024-01-05,40',
  'B,2024-01-20,-30',
  'C,2024-01-07,-20',
  'D,2024-01-03,10',
  'D,2024-03-01,25',
  'E,2024-01-09,5',
  'E,2024-02-15,8',
  'E,2024-03-10,9',
  'E,2024-04-10,9'
].join('\n');

describe('streamed transaction log', () => {
  const files: [string, Uint8Array, Case][] = [
    ['ISO, decimal points', utf8(isoLog), { calibrationEnd: '2024-06-30', holdoutEnd: '2024-12-31' }],
    ['French Excel export', utf8(frenchCopy(isoLog)), { calibrationEnd: '30/06/2024', holdoutEnd: '31/12/2024' }],
    [
      'Windows-1252',
      latin1(frenchCopy(isoLog).slice(1).replace('account', 'société')),
      {
        calibrationEnd: '2024-06-30',
        columns: { ...columns, customer: 'société' }
      }
    ],
    ['UTF-16', utf16(isoLog.replace(/\n/g, '\r\n')), { calibrationEnd: '2024-06-30', unit: 'day' }],
    [
      'shuffled rows (a second pass)',
      utf8(shuffledCopy(isoLog, 7)),
      { calibrationEnd: '2024-06-30', holdoutEnd: '2024-12-31' }
    ],
    ['credit notes', utf8(creditLog), { calibrationEnd: '2024-03-31', holdoutEnd: '2024-04-30' }],
    [
      'no amount column',
      utf8(isoLog),
      { calibrationEnd: '2024-06-30', columns: { customer: 'account', date: 'order_date' } }
    ]
  ];

  it.each(files)('%s: the same summary and dialect as the in-memory reader, in any chunk size', (_name, bytes, c) => {
    const expected = inMemory(bytes, c);
    expect(expected).toHaveProperty('summary');
    for (const sizes of [[bytes.length], [1], [2], [3], [7, 1, 64], [65_536], [4096, 3]]) {
      expect(streamed(bytes, c, sizes)).toEqual(expected);
    }
  });

  it('reads the shuffled log in two passes and the sorted one in one, to the same summary', () => {
    const c: Case = { calibrationEnd: '2024-06-30', holdoutEnd: '2024-12-31' };
    const sorted = streamed(utf8(isoLog), c, [1000]);
    const shuffled = streamed(utf8(shuffledCopy(isoLog, 11)), c, [1000]);
    if (!('summary' in sorted) || !('summary' in shuffled)) throw new Error('expected two summaries');
    expect(sorted.summary.outOfOrderCustomers).toBe(0);
    expect(shuffled.summary.outOfOrderCustomers).toBeGreaterThan(50);
    expect({ ...shuffled.summary, outOfOrderCustomers: 0 }).toEqual(sorted.summary);
  });

  it('cut at every byte: inside a row, inside a multi-byte character, between CR and LF, inside quotes', () => {
    // The decoder holds the first 64 Ki characters back (the binary check): a long first note puts the cuts after it.
    const head = `\uFEFFaccount;order_date;amount;note\r\nZ;02/01/2024;1;${'n'.repeat(70_000)}\r\n`;
    const tail =
      '"Société ""Générale""";15/01/2024;1 234,50;\r\n€uro;16/01/2024;12,5;\r\n' +
      '"Société ""Générale""";20/02/2024;-3,25;\r\n"multi\r\nline";21/02/2024;7;"x"\r\n€uro;01/03/2024;2;\r\n';
    const bytes = utf8(head + tail);
    const c: Case = { calibrationEnd: '2024-03-31' };
    const expected = inMemory(bytes, c);
    if (!('summary' in expected)) throw new Error(JSON.stringify(expected));
    expect(expected.summary.customers.map((s) => [s.id, s.x, s.monetary])).toEqual([
      ['Société "Générale"', 0, 0],
      ['Z', 0, 0],
      ['multi\r\nline', 0, 0],
      ['€uro', 1, 2]
    ]);
    for (let cut = utf8(head).length - 3; cut < bytes.length; cut++) {
      expect([cut, streamed(bytes, c, [cut, bytes.length])]).toEqual([cut, expected]);
    }
  });

  it('names the row and the column of a bad value beyond the rows read to detect the format', () => {
    const rows = Array.from(
      { length: 2500 },
      (_, i) => `C${i % 40},2024-01-${String((i % 28) + 1).padStart(2, '0')},${i % 7}.5`
    );
    rows[2300] = 'C3,2024-02-30,4';
    rows[2400] = 'C4,2024-03-01,lots';
    const bytes = utf8(['account,order_date,amount', ...rows].join('\n'));
    const c: Case = { calibrationEnd: '2024-06-30' };
    const message = 'log.csv: line 2302, column order_date: "2024-02-30" is not a date (YYYY-MM-DD)';
    expect(inMemory(bytes, c)).toEqual({ error: message });
    expect(streamed(bytes, c, [4096])).toEqual({ error: message });
    rows[2300] = 'C3,2024-02-28,4';
    const amount = utf8(['account,order_date,amount', ...rows].join('\n'));
    expect(streamed(amount, c, [333])).toEqual({ error: 'log.csv: line 2402, column amount: "lots" is not a number' });
    expect(streamed(amount, c, [333])).toEqual(inMemory(amount, c));
  });

  it('refuses what the in-memory reader refuses, with the same message', () => {
    const c: Case = { calibrationEnd: '2024-06-30' };
    const cases = [
      utf8(''),
      utf8('account,order_date,amount\n'),
      utf8('account,order_date,amount\nA,2024-01-01\n'),
      utf8('account,order_date,amount\nA,2024-01-01,"5\n'),
      utf8('account,order_date,amount\nA,2024-01-01,1e300\n'),
      utf8('client,order_date,amount\nA,2024-01-01,5\n'),
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      Uint8Array.from([0x61, 0x2c, 0x62, 0x0a, 0x00, 0x01])
    ];
    for (const bytes of cases) {
      const expected = inMemory(bytes, c);
      expect(expected).toHaveProperty('error');
      expect(streamed(bytes, c, [1])).toEqual(expected);
      expect(streamed(bytes, c, [bytes.length + 1])).toEqual(expected);
    }
  });

  it('reads Windows-1252 that starts in plain ASCII, and refuses a file that mixes encodings', () => {
    const ascii = Array.from(
      { length: 3000 },
      (_, i) => `C${i % 50},2024-01-${String((i % 28) + 1).padStart(2, '0')},1`
    );
    const latin = latin1(['account,order_date,amount', ...ascii, 'Hélène,2024-02-01,3'].join('\n'));
    const c: Case = { calibrationEnd: '2024-06-30' };
    const expected = inMemory(latin, c);
    expect(expected).toMatchObject({ encoding: 'Windows-1252' });
    expect(streamed(latin, c, [1000])).toEqual(expected);
    const later = latin1([...ascii, ...ascii, 'Hélène,2024-02-01,3'].join('\n'));
    const mixed = Buffer.concat([
      Buffer.from(utf8('account,order_date,amount\nRené,2024-01-01,1\n')),
      Buffer.from(later)
    ]);
    expect(inMemory(Uint8Array.from(mixed), c)).toMatchObject({ encoding: 'Windows-1252' });
    expect(streamed(Uint8Array.from(mixed), c, [1000])).toEqual({
      error: expect.stringMatching(/^log\.csv: bytes that are not UTF-8 after line \d+, .*mixes encodings/) as string
    });
  });
});

/** The documented rules computed the plain way: every customer's days in a map, folded sorted. */
function reference(
  rows: { id: string; day: number; amount: number }[],
  calEnd: number,
  holdEnd: number | undefined,
  unit: ClvTimeUnit
): unknown {
  const unitDays = predictiveDaysPerUnit(unit);
  const byCustomer = new Map<string, Map<number, number>>();
  for (const r of rows) {
    const days = byCustomer.get(r.id) ?? new Map<number, number>();
    byCustomer.set(r.id, days);
    days.set(r.day, (days.get(r.day) ?? 0) + r.amount);
  }
  const customers: unknown[] = [];
  for (const [id, days] of [...byCustomer].sort((p, q) => (p[0] < q[0] ? -1 : 1))) {
    const sorted = [...days.keys()].sort((p, q) => p - q);
    const purchases = sorted.filter((d) => (days.get(d) ?? 0) >= 0);
    if (purchases.length === 0 || purchases[0] > calEnd) continue;
    const calibration = purchases.filter((d) => d <= calEnd);
    const x = calibration.length - 1;
    const refunds = sorted
      .filter((d) => d <= calEnd && (days.get(d) ?? 0) < 0)
      .reduce((s, d) => s + (days.get(d) ?? 0), 0);
    const spend = calibration.slice(1).reduce((s, d) => s + (days.get(d) ?? 0), 0) + refunds;
    customers.push({
      id,
      x,
      tx: (calibration[x] - purchases[0]) / unitDays,
      T: (calEnd - purchases[0]) / unitDays,
      monetary: x > 0 ? Math.max(0, spend / x) : 0,
      holdout: holdEnd === undefined ? undefined : purchases.filter((d) => d > calEnd && d <= holdEnd).length
    });
  }
  return customers;
}

describe('streamed == in-memory == the documented rules, on random logs and random chunk sizes', () => {
  const row = fc.record({
    id: fc.constantFrom('A', 'B', 'C', 'Dé', 'E"1', 'F;2'),
    day: fc.integer({ min: 0, max: 90 }),
    amount: fc.oneof(
      fc.integer({ min: -60, max: 400 }),
      fc.double({ min: -50, max: 500, noNaN: true }).map((v) => Math.round(v * 100) / 100)
    )
  });

  it('holds for ISO and French exports, sorted or not', () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 60, size: 'max' }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom<ClvTimeUnit>('day', 'week', 'month'),
        fc.array(fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 3000 })), {
          minLength: 1,
          maxLength: 6
        }),
        (rows, french, sortByDay, unit, sizes) => {
          const log = sortByDay ? [...rows].sort((p, q) => p.day - q.day) : rows;
          const start = Date.UTC(2024, 0, 1) / 86_400_000;
          const iso = (day: number): string => new Date((start + day) * 86_400_000).toISOString().slice(0, 10);
          const cell = (text: string): string => (/[";,\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
          // A long note on the first row: the decoder holds 64 Ki characters back, the chunks cut the rest.
          const lines = log.map((r, i) => {
            const [y, m, d] = iso(r.day).split('-');
            const note = i === 0 ? 'n'.repeat(66_000) : '';
            return french
              ? [cell(r.id), `${d}/${m}/${y}`, String(r.amount).replace('.', ','), note].join(';')
              : [cell(r.id), iso(r.day), String(r.amount), note].join(',');
          });
          const text =
            (french ? '\uFEFFaccount;order_date;amount;note\r\n' : 'account,order_date,amount,note\n') +
            lines.join(french ? '\r\n' : '\n');
          const bytes = utf8(text);
          const c: Case = {
            calibrationEnd: iso(60),
            holdoutEnd: iso(80),
            unit,
            options: french ? { dateFormat: 'DD/MM/YYYY' } : {}
          };
          const expected = inMemory(bytes, c);
          expect(streamed(bytes, c, sizes)).toEqual(expected);
          const calEnd = dayNumber(iso(60))!;
          const plain = reference(
            log.map((r) => ({ id: r.id, day: start + r.day, amount: r.amount })),
            calEnd,
            dayNumber(iso(80)),
            unit
          );
          if ('summary' in expected) {
            const { summary } = expected;
            const got = summary.customers.map((s) => ({ ...s, holdout: summary.holdout?.get(s.id) }));
            expect(got).toEqual(plain);
          } else {
            expect(plain).toEqual([]);
            expect(expected.error).toContain('no customer has a purchase on or before the calibration end');
          }
        }
      ),
      { numRuns: 200 }
    );
  });
});

describe('CsvRecordReader', () => {
  it('gives the same records and lines for text in pieces of any size as for the whole text', () => {
    const records = (text: string, sizes: number[]): unknown => {
      const out: unknown[] = [];
      const reader = new CsvRecordReader(',', 't.csv', (cells, line) => out.push([line, cells]));
      try {
        for (let at = 0, k = 0; at < text.length; k++) {
          reader.push(text.slice(at, at + sizes[k % sizes.length]));
          at += sizes[k % sizes.length];
        }
        reader.end();
      } catch (error) {
        out.push((error as Error).message);
      }
      return out;
    };
    const text = fc.array(fc.constantFrom('a', 'é', ' ', ',', '"', '\n', '\r', '\r\n', '""'), {
      maxLength: 60,
      size: 'max'
    });
    fc.assert(
      fc.property(text, fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 5 }), (parts, sizes) => {
        const whole = parts.join('');
        expect(records(whole, sizes)).toEqual(records(whole, [whole.length + 1]));
      }),
      { numRuns: 2000 }
    );
  });
});
