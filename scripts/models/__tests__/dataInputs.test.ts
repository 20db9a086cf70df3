/** CSV reading, summary validation and the transaction log → summary conversion (exact calendar handling). */
import { findColumn, parseCsv } from '../csv';
import { ModelInputError } from '../errors';
import { readSummaryTable } from '../summary';
import { dayNumber, summarizeTransactions } from '../transactions';

function errorOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ModelInputError);
    // The models name their parameters, never a command-line flag: the CLI maps one to the other.
    expect((error as Error).message).not.toContain('--');
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

describe('CSV', () => {
  it('reads quotes, doubled quotes, CRLF, BOM and skips blank lines', () => {
    const table = parseCsv('\uFEFFid,name\r\n1,"Smith, ""Jo"""\r\n\r\n2,"multi\nline"\n', 'f.csv');
    expect(table.header).toEqual(['id', 'name']);
    expect(table.rows).toEqual([
      ['1', 'Smith, "Jo"'],
      ['2', 'multi\nline']
    ]);
    expect(table.lines).toEqual([2, 4]);
    expect(findColumn(table, ['NAME'])).toBe(1);
  });

  it('rejects empty files, header-only files, ragged rows and open quotes with the line number', () => {
    expect(errorOf(() => parseCsv('', 'e.csv'))).toBe('e.csv: the file is empty (expected a header row)');
    expect(errorOf(() => parseCsv('a,b\n', 'h.csv'))).toBe('h.csv: no data rows after the header');
    expect(errorOf(() => parseCsv('a,b\n1,2\n3\n', 'r.csv'))).toBe('r.csv: line 3: expected 2 columns (a, b), found 1');
    expect(errorOf(() => parseCsv('a\n"open\n', 'q.csv'))).toBe('q.csv: line 2: unterminated quoted field');
  });
});

describe('summary files', () => {
  const read = (text: string): ReturnType<typeof readSummaryTable> => readSummaryTable(parseCsv(text, 's.csv'));

  it('accepts both naming conventions and the optional monetary column', () => {
    expect(read('customer_id,frequency,recency,T,monetary_value\nA,2,3.5,10,20\n')).toEqual([
      { id: 'A', x: 2, tx: 3.5, T: 10, monetary: 20 }
    ]);
    expect(read('x,t_x,T\n0,0,5\n')).toEqual([{ id: '1', x: 0, tx: 0, T: 5 }]);
  });

  it('names the row and the column of every problem', () => {
    expect(errorOf(() => read('x,T\n1,2\n'))).toContain('missing column t_x (recency)');
    expect(errorOf(() => read('x,t_x,T\n1,abc,2\n'))).toBe('s.csv: line 2, column t_x: "abc" is not a number');
    expect(errorOf(() => read('x,t_x,T\n1,,2\n'))).toBe('s.csv: line 2, column t_x: missing value');
    expect(errorOf(() => read('x,t_x,T\n1,1,2\n1,1,-2\n'))).toBe('s.csv: line 3, column T: negative T = -2');
    expect(errorOf(() => read('x,t_x,T\n1,3,2\n'))).toBe('s.csv: line 2, column t_x: t_x = 3 is greater than T = 2');
    expect(errorOf(() => read('x,t_x,T\n1.5,1,2\n'))).toContain('column x: x must be a whole number');
    expect(errorOf(() => read('x,t_x,T\n1,-1,2\n'))).toContain('negative recency');
    expect(errorOf(() => read('id,x,t_x,T\nA,1,1,2\nA,0,0,2\n'))).toBe(
      's.csv: line 3, column id: duplicate id "A" (first on line 2)'
    );
    expect(errorOf(() => read('id,x,t_x,T\n,1,1,2\n'))).toContain('missing id');
    expect(errorOf(() => read('x,t_x,T,zbar\n1,1,2,-5\n'))).toContain('negative monetary value');
  });
});

describe('transactions → summary', () => {
  const log = [
    'cust,day,amount',
    'A,2024-01-01,10',
    'A,2024-01-01,5', // same day: merged into the first purchase
    'A,2024-01-15,20',
    'A,2024-01-15T18:30:00Z,4', // same day again (time ignored)
    'A,2024-02-12,30',
    'A,2024-03-11,7', // after calibration end: holdout
    'B,2024-01-29,50', // single purchase
    'C,2024-03-01,9' // first purchase after calibration end: excluded
  ].join('\n');

  it('merges same-day purchases, excludes the first purchase from spend and measures in the period unit', () => {
    const s = summarizeTransactions(
      parseCsv(log, 'log.csv'),
      { customer: 'cust', date: 'day', amount: 'amount' },
      '2024-02-26',
      '2024-03-25',
      'week'
    );
    expect(s.customers).toEqual([
      { id: 'A', x: 2, tx: 6, T: 8, monetary: 27 },
      { id: 'B', x: 0, tx: 0, T: 4, monetary: 0 }
    ]);
    expect(s.mergedSameDay).toBe(2);
    expect(s.excludedAfterCalibration).toBe(1);
    expect(s.holdout?.get('A')).toBe(1);
    expect(s.holdout?.get('B')).toBe(0);
    expect(s.holdoutLength).toBe(4);
  });

  it('days and months are exact', () => {
    const table = parseCsv(log, 'log.csv');
    const days = summarizeTransactions(table, { customer: 'cust', date: 'day' }, '2024-02-26', undefined, 'day');
    expect(days.customers[0]).toEqual({ id: 'A', x: 2, tx: 42, T: 56 });
    expect(days.holdout).toBeUndefined();
    const months = summarizeTransactions(table, { customer: 'cust', date: 'day' }, '2024-02-26', undefined, 'month');
    expect(months.customers[0].T).toBeCloseTo(56 / 30.4375, 12);
  });

  it('validates dates and columns', () => {
    const table = parseCsv(log, 'log.csv');
    const columns = { customer: 'cust', date: 'day' };
    expect(dayNumber('2024-02-30')).toBeUndefined();
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(errorOf(() => summarizeTransactions(table, columns, '2024-13-01', undefined, 'week'))).toContain(
      'calibrationEnd: "2024-13-01" is not a date'
    );
    expect(errorOf(() => summarizeTransactions(table, columns, '2024-02-26', 'soon', 'week'))).toContain(
      'holdoutEnd: "soon" is not a date'
    );
    expect(errorOf(() => summarizeTransactions(table, columns, '2024-02-26', '2024-02-01', 'week'))).toContain(
      'must be after'
    );
    expect(
      errorOf(() => summarizeTransactions(table, { customer: 'client', date: 'day' }, '2024-02-26', undefined, 'week'))
    ).toContain('customer: log.csv: missing column "client"');
    expect(errorOf(() => summarizeTransactions(table, columns, '2023-01-01', undefined, 'week'))).toContain(
      'no customer has a purchase'
    );
    const bad = parseCsv('cust,day,amount\nA,2024-01-01,1\nA,01/02/2024,2\n', 'bad.csv');
    expect(errorOf(() => summarizeTransactions(bad, columns, '2024-02-26', undefined, 'week'))).toBe(
      'bad.csv: line 3, column day: "01/02/2024" is not a date (YYYY-MM-DD)'
    );
    const noId = parseCsv('cust,day\n,2024-01-01\n', 'noid.csv');
    expect(errorOf(() => summarizeTransactions(noId, columns, '2024-02-26', undefined, 'week'))).toContain(
      'missing customer id'
    );
    const badAmount = parseCsv('cust,day,amount\nA,2024-01-01,ten\n', 'amt.csv');
    expect(
      errorOf(() => summarizeTransactions(badAmount, { ...columns, amount: 'amount' }, '2024-02-26', undefined, 'week'))
    ).toBe('amt.csv: line 2, column amount: "ten" is not a number');
  });
});
