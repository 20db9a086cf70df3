/** The CSV dialects real exports come in: detected, read into one canonical form, or refused without echoing bytes. */
import { parseCsv, parseCsvBytes } from '../csv';
import { canonicalCell, decodeText, describeDialect, detectDateFormat, detectDelimiter } from '../csvDialect';
import { ModelInputError } from '../errors';

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ModelInputError) return error.message;
    throw error;
  }
  throw new Error('expected a ModelInputError');
}

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('a French Excel export', () => {
  const french =
    '\uFEFFClient;Date de commande;Montant;Perdu\r\nA;03/04/2024;1 234,50;Oui\r\nB;25/12/2023;-12,5;Non\r\n';

  it('is read as semicolon-separated, decimal comma, day-first dates, UTF-8 with BOM', () => {
    const table = parseCsvBytes(bytes(french), 'export.csv');
    expect(describeDialect(table.dialect)).toBe('semicolon-separated, decimal comma, dates DD/MM/YYYY, UTF-8 with BOM');
    expect(table.header).toEqual(['Client', 'Date de commande', 'Montant', 'Perdu']);
    expect(table.rows).toEqual([
      ['A', '2024-04-03', '1234.50', 'Oui'],
      ['B', '2023-12-25', '-12.5', 'Non']
    ]);
  });

  it('is read month-first when the caller says so, and comma-decimal detection leaves a comma file alone', () => {
    const table = parseCsv('c;d\nA;03/04/2024\n', 'f.csv', { dateFormat: 'MM/DD/YYYY' });
    expect(table.rows[0][1]).toBe('2024-03-04');
    expect(parseCsv('c,amount\nA,"12,5"\n', 'g.csv').rows[0][1]).toBe('12,5');
  });
});

describe('detection', () => {
  it('picks the delimiter from the header outside quotes', () => {
    expect(detectDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(detectDelimiter('"x;y",b,c\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n')).toBe('\t');
    expect(detectDelimiter('single\n')).toBe(',');
  });

  it('tells day-first from month-first by a part above 12, and refuses to guess a US-style file', () => {
    expect(detectDateFormat([['13/01/2024'], ['02/03/2024']], false, 'f')).toBe('DD/MM/YYYY');
    expect(detectDateFormat([['01/13/2024'], ['02/03/2024']], false, 'f')).toBe('MM/DD/YYYY');
    expect(detectDateFormat([['02/03/2024']], true, 'f')).toBe('DD/MM/YYYY');
    expect(detectDateFormat([['2024-01-02'], ['2024-01-03'], ['02/03/2024']], false, 'f')).toBe('YYYY-MM-DD');
    expect(errorOf(() => detectDateFormat([['02/03/2024']], false, 'us.csv'))).toBe(
      'dateFormat: us.csv: dates such as 02/03/2024 can be read day-first or month-first; give DD/MM/YYYY or MM/DD/YYYY'
    );
    expect(errorOf(() => detectDateFormat([['13/01/2024'], ['01/13/2024']], true, 'm.csv'))).toContain(
      'both day-first and month-first'
    );
  });

  it('rewrites only what is a number or a date in the file dialect', () => {
    const dialect = { encoding: 'UTF-8', delimiter: ';', decimal: ',', dateFormat: 'DD/MM/YYYY' } as const;
    expect(canonicalCell('12 000', dialect)).toBe('12000');
    expect(canonicalCell('3,25', dialect)).toBe('3.25');
    expect(canonicalCell('31/01/2024 10:00', dialect)).toBe('2024-01-31');
    expect(canonicalCell('Dupont, Jean', dialect)).toBe('Dupont, Jean');
    expect(canonicalCell('1,2,3', dialect)).toBe('1,2,3');
  });
});

describe('encodings and binary files', () => {
  it('reads Windows-1252 (older Excel) and UTF-16 (Excel "Unicode text") exports', () => {
    const latin = Uint8Array.from([...bytes('soci'), 0xe9, 0x74, 0xe9, ...bytes(';x\nA;1\n')]);
    const decoded = decodeText(latin, 'latin.csv');
    expect(decoded).toEqual({ text: 'société;x\nA;1\n', encoding: 'Windows-1252' });
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Array.from('a\tb\n1\t2\n').flatMap((ch) => [ch.charCodeAt(0), 0])]);
    const table = parseCsvBytes(utf16, 'unicode.txt');
    expect(table.dialect.encoding).toBe('UTF-16');
    expect(table.dialect.delimiter).toBe('\t');
    expect(table.rows).toEqual([['1', '2']]);
  });

  it('refuses binary data without echoing it, naming workbooks and archives', () => {
    const noise = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x1b, 0x07]);
    const message = errorOf(() => parseCsvBytes(noise, 'image.png'));
    expect(message).toBe(
      'image.png: not a text file (a NUL byte at byte 9); expected a CSV export (UTF-8, UTF-16 or Windows-1252)'
    );
    expect(errorOf(() => decodeText(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'book.xlsx'))).toContain(
      'an Excel workbook (.xlsx)? Save it as CSV first'
    );
    const controls = bytes('a,b\n' + '\u0001\u0002\u0003x,y\n'.repeat(20));
    expect(errorOf(() => decodeText(controls, 'odd.bin'))).toContain('control characters');
  });

  it('quotes a bad cell with its control characters escaped', () => {
    const table = parseCsv('x\n"1\u001b[31m"\n', 'esc.csv');
    expect(table.rows[0][0]).toBe('1\u001b[31m');
  });
});
