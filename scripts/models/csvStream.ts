/**
 * A CSV file read in chunks, row by row, with the in-memory reader's rules (csv.ts): the same decoder, tokenizer,
 * dialect detection and messages. The delimiter comes from the header line; the decimal mark and the date format from
 * the first 2 000 data rows (as `parseCsv` looks at them), which are held until then. Memory: those rows and one
 * chunk, never the file. Node only.
 */
import type { CsvHeader } from './csv';
import { checkRowWidth } from './csv';
import { CsvDecoder, SNIFF_BYTES } from './csvDecoder';
import { CsvRecordReader } from './csvRecords';
import type { CsvDialect, Delimiter, DialectOptions } from './csvDialect';
import { DETECT_ROWS, detectDateFormat, detectDecimal, detectDelimiter } from './csvDialect';
import { ModelInputError } from './errors';

/** The chunks of a file, from its start; called again to read the file a second time. */
export type ChunkSource = () => Iterable<Uint8Array>;

export interface CsvRowHandler {
  /** The header and the dialect, once the first rows have shown it (before the first row). */
  start(header: CsvHeader, dialect: CsvDialect): void;
  /** A data row as the file has it (not canonical: see `canonicalCell`) and its line. */
  row(cells: string[], line: number): void;
}

/** Index of the end of the first line (outside quotes, as detectDelimiter reads it), or -1 when it is not complete. */
function headerLineEnd(text: string): number {
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) return i;
  }
  return -1;
}

/** Reads CSV chunks into `handler`; returns the dialect read (its encoding final once the last chunk is read). */
export function readCsvChunks(
  chunks: Iterable<Uint8Array>,
  source: string,
  options: DialectOptions,
  handler: CsvRowHandler
): CsvDialect {
  let header: string[] | undefined;
  let dialect: CsvDialect | undefined;
  let held: { cells: string[]; line: number }[] = [];
  let reader: CsvRecordReader | undefined;
  let delimiter: Delimiter = ',';
  let headText = '';

  const begin = (): CsvDialect => {
    const rows = held.map((r) => r.cells);
    const decimal = options.decimal ?? detectDecimal(rows, delimiter);
    const read: CsvDialect = {
      encoding: decoder.encoding,
      delimiter,
      decimal,
      dateFormat: options.dateFormat ?? detectDateFormat(rows, delimiter !== ',' || decimal === ',', source)
    };
    dialect = read;
    handler.start({ source, header: header ?? [] }, read);
    for (const r of held) handler.row(r.cells, r.line);
    held = [];
    return read;
  };
  const onRecord = (cells: string[], line: number): void => {
    if (header === undefined) {
      header = cells.map((name) => name.trim());
      return;
    }
    checkRowWidth(source, header, cells, line);
    if (dialect !== undefined) {
      handler.row(cells, line);
      return;
    }
    held.push({ cells, line });
    if (held.length === DETECT_ROWS) begin();
  };
  const startReader = (text: string): CsvRecordReader => {
    delimiter = options.delimiter ?? detectDelimiter(text);
    const started = new CsvRecordReader(delimiter, source, onRecord);
    reader = started;
    started.push(text);
    return started;
  };
  const decoder = new CsvDecoder(
    source,
    (text) => {
      if (reader !== undefined) {
        reader.push(text);
        return;
      }
      headText += text;
      if (options.delimiter !== undefined || headerLineEnd(headText) >= 0) {
        startReader(headText);
        headText = '';
      }
    },
    { judgeBytes: SNIFF_BYTES, position: () => `line ${reader?.currentLine ?? 1}` }
  );
  for (const chunk of chunks) decoder.push(chunk);
  decoder.end();
  (reader ?? startReader(headText)).end();
  if (header === undefined) throw new ModelInputError(`${source}: the file is empty (expected a header row)`);
  let read = dialect;
  if (read === undefined) {
    if (held.length === 0) throw new ModelInputError(`${source}: no data rows after the header`);
    read = begin();
  }
  return { ...read, encoding: decoder.encoding };
}
