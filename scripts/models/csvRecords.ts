/**
 * The CSV tokenizer (RFC 4180: quoted fields, doubled quotes, CRLF, CR or LF line ends) that both the in-memory reader
 * (`parseCsv`) and the streamed one (`csvStream.ts`) use. It takes text in pieces of any size: a piece may end inside
 * a field, inside quotes, between a CR and its LF or between two quotes; the records come out the same. Blank lines
 * are skipped; each record comes with the line (1-based) it starts on. Node only.
 */
import { ModelInputError } from './errors';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export type RecordHandler = (cells: string[], line: number) => void;

export class CsvRecordReader {
  private readonly delimiter: number;
  private cells: string[] = [];
  /** Text of the current field carried over from the previous pieces. */
  private field = '';
  private inQuotes = false;
  /** The current record opened a quote: it is a record even when its text is blank. */
  private quoted = false;
  /** Inside quotes, the previous piece ended on a quote: a closing quote, or the first of a doubled one. */
  private quoteAtEnd = false;
  /** The previous piece ended on a CR outside quotes: a LF starting this piece belongs to the same line end. */
  private crAtEnd = false;
  private line = 1;
  private recordLine = 1;

  constructor(
    delimiter: string,
    private readonly source: string,
    private readonly onRecord: RecordHandler
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** The line the reader has reached (for messages about the bytes being read). */
  get currentLine(): number {
    return this.line;
  }

  push(text: string): void {
    const n = text.length;
    if (n === 0) return;
    let i = 0;
    if (this.crAtEnd) {
      this.crAtEnd = false;
      if (text.charCodeAt(0) === LF) i = 1;
    } else if (this.quoteAtEnd) {
      this.quoteAtEnd = false;
      if (text.charCodeAt(0) === QUOTE) {
        this.field += '"';
        i = 1;
      } else {
        this.inQuotes = false;
      }
    }
    const delimiter = this.delimiter;
    let start = i;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (this.inQuotes) {
        if (c === QUOTE) {
          if (i + 1 === n) {
            this.field += text.slice(start, i);
            start = n;
            this.quoteAtEnd = true;
          } else if (text.charCodeAt(i + 1) === QUOTE) {
            this.field += text.slice(start, i + 1);
            i++;
            start = i + 1;
          } else {
            this.field += text.slice(start, i);
            start = i + 1;
            this.inQuotes = false;
          }
        } else if (c === LF) {
          this.line++;
        }
      } else if (c === QUOTE) {
        this.field += text.slice(start, i);
        start = i + 1;
        this.inQuotes = true;
        this.quoted = true;
      } else if (c === delimiter) {
        this.cells.push(this.field + text.slice(start, i));
        this.field = '';
        start = i + 1;
      } else if (c === LF || c === CR) {
        const value = this.field + text.slice(start, i);
        if (c === CR) {
          if (i + 1 === n) this.crAtEnd = true;
          else if (text.charCodeAt(i + 1) === LF) i++;
        }
        this.endRecord(value);
        this.line++;
        this.recordLine = this.line;
        start = i + 1;
      }
    }
    if (start < n) this.field += text.slice(start, n);
  }

  /** The end of the text: the last record (without a line end) comes out; an open quote is an error. */
  end(): void {
    if (this.quoteAtEnd) {
      this.quoteAtEnd = false;
      this.inQuotes = false;
    }
    if (this.inQuotes) throw new ModelInputError(`${this.source}: line ${this.recordLine}: unterminated quoted field`);
    if (this.field !== '' || this.cells.length > 0) this.endRecord(this.field);
  }

  private endRecord(value: string): void {
    const cells = this.cells;
    cells.push(value);
    const keep = this.quoted || cells.length > 1 || value.trim() !== '';
    this.cells = [];
    this.field = '';
    this.quoted = false;
    if (keep) this.onRecord(cells, this.recordLine);
  }
}
