/**
 * Bytes → text for the CSV readers, in pieces of any size: the encoding is told from the first bytes (a workbook, an
 * archive or a PDF is refused by its magic number; UTF-16 and UTF-8 by their BOM; a NUL byte in the first 64 KiB means
 * binary data), UTF-8 or Windows-1252 from the first non-ASCII bytes (ASCII reads the same in both, so a file that
 * starts in plain ASCII is not judged on it), and text with too many control characters in its first 64 Ki characters
 * is refused. No byte of a refused file is ever echoed. The in-memory reader (`decodeText`) judges UTF-8 on everything
 * after the first non-ASCII byte; the streamed one on the next 64 KiB, and then refuses a later byte that is not
 * UTF-8 (a file mixing encodings) instead of reading the whole file again. Node only.
 */
import { TextDecoder } from 'node:util';
import type { CsvDialect } from './csvDialect';
import { ModelInputError } from './errors';

/** How much of a file is looked at to tell text from binary. */
export const SNIFF_BYTES = 65_536;
/** Share of control characters above which decoded text is taken for binary data. */
const MAX_CONTROL_SHARE = 0.01;

const MAGIC: { bytes: number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive — an Excel workbook (.xlsx)? Save it as CSV first' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel workbook (.xls)? Save it as CSV first' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive — decompress it first' }
];
/** Bytes needed to recognise every magic number and BOM. */
const HEAD_BYTES = 4;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function binaryError(source: string, detail: string): ModelInputError {
  return new ModelInputError(
    `${source}: not a text file (${detail}); expected a CSV export (UTF-8, UTF-16 or Windows-1252)`
  );
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
}

type Mode = 'head' | 'ascii' | 'judging' | 'decoding';

export interface CsvDecoderOptions {
  /** Bytes after the first non-ASCII byte that decide between UTF-8 and Windows-1252 (Infinity: all of them). */
  judgeBytes: number;
  /** Where the reader is, for the message about a byte that is not UTF-8 in a UTF-8 file. */
  position?: () => string;
}

export class CsvDecoder {
  encoding: CsvDialect['encoding'] = 'UTF-8';
  private mode: Mode = 'head';
  private held: Uint8Array = new Uint8Array(0);
  private offset = 0;
  private decoder: TextDecoder | undefined;
  /** Text kept back until the first 64 Ki characters have been checked for control characters. */
  private sample: string[] = [];
  private sampleLength = 0;
  private sampleChecked = false;
  private firstText = true;

  constructor(
    private readonly source: string,
    private readonly onText: (text: string) => void,
    private readonly options: CsvDecoderOptions
  ) {}

  push(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    const offset = this.offset;
    this.offset += bytes.length;
    if (this.mode === 'head') {
      this.held = concat(this.held, bytes);
      if (this.held.length >= HEAD_BYTES) this.readHead();
      return;
    }
    if (this.encoding !== 'UTF-16') this.checkNul(bytes, offset);
    if (this.mode === 'ascii') {
      this.ascii(bytes);
    } else if (this.mode === 'judging') {
      this.held = concat(this.held, bytes);
      if (this.held.length >= this.options.judgeBytes) this.judge(false);
    } else {
      this.decode(bytes, true);
    }
  }

  end(): void {
    if (this.mode === 'head') this.readHead();
    if (this.mode === 'judging') this.judge(true);
    if (this.decoder !== undefined) this.decode(new Uint8Array(0), false);
    this.checkSample(true);
  }

  /** A NUL byte in the first 64 KiB (UTF-8 or Windows-1252) is binary data; `offset` is where `bytes` start. */
  private checkNul(bytes: Uint8Array, offset: number): void {
    if (offset >= SNIFF_BYTES) return;
    const nul = bytes.subarray(0, SNIFF_BYTES - offset).indexOf(0);
    if (nul >= 0) throw binaryError(this.source, `a NUL byte at byte ${offset + nul + 1}`);
  }

  private readHead(): void {
    const bytes = this.held;
    this.held = new Uint8Array(0);
    for (const magic of MAGIC) {
      if (startsWith(bytes, magic.bytes)) throw binaryError(this.source, `it looks like ${magic.what}`);
    }
    if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
      this.encoding = 'UTF-16';
      this.decoder = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be');
      this.mode = 'decoding';
      this.decode(bytes.subarray(2), true);
      return;
    }
    this.checkNul(bytes, 0);
    if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
      this.encoding = 'UTF-8 with BOM';
      this.decoder = new TextDecoder('utf-8', { fatal: true });
      this.mode = 'decoding';
      this.decode(bytes.subarray(3), true);
    } else {
      this.mode = 'ascii';
      this.ascii(bytes);
    }
  }

  /** Plain ASCII reads the same in UTF-8 and Windows-1252: the first non-ASCII byte starts the judging. */
  private ascii(bytes: Uint8Array): void {
    let i = 0;
    while (i < bytes.length && bytes[i] < 0x80) i++;
    if (i > 0) this.text(Buffer.from(bytes.buffer, bytes.byteOffset, i).toString('latin1'));
    if (i < bytes.length) {
      this.mode = 'judging';
      this.held = bytes.slice(i);
      if (this.held.length >= this.options.judgeBytes) this.judge(false);
    }
  }

  /** UTF-8 when the held bytes (from the first non-ASCII one) are UTF-8, else Windows-1252. */
  private judge(atEnd: boolean): void {
    const bytes = this.held;
    this.held = new Uint8Array(0);
    try {
      new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, { stream: !atEnd });
      this.decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    } catch {
      this.encoding = 'Windows-1252';
      this.decoder = new TextDecoder('windows-1252');
    }
    this.mode = 'decoding';
    this.decode(bytes, true);
  }

  private decode(bytes: Uint8Array, stream: boolean): void {
    const decoder = this.decoder;
    if (decoder === undefined) return;
    let text: string;
    try {
      text = decoder.decode(bytes, { stream });
    } catch {
      const where = this.options.position === undefined ? '' : ` after ${this.options.position()}`;
      throw new ModelInputError(
        `${this.source}: bytes that are not UTF-8${where}, though the file's first non-ASCII bytes are UTF-8: ` +
          'it mixes encodings; save it again as UTF-8'
      );
    }
    if (text !== '') this.text(text);
  }

  private text(piece: string): void {
    let text = piece;
    if (this.firstText) {
      this.firstText = false;
      if (text.startsWith('\uFEFF')) text = text.slice(1);
    }
    if (this.sampleChecked) {
      this.onText(text);
      return;
    }
    this.sample.push(text);
    this.sampleLength += text.length;
    this.checkSample(false);
  }

  /** Counts control characters in the first 64 Ki characters, then lets the held text through. */
  private checkSample(atEnd: boolean): void {
    if (this.sampleChecked || (!atEnd && this.sampleLength < SNIFF_BYTES)) return;
    this.sampleChecked = true;
    const held = this.sample.join('');
    this.sample = [];
    const sample = held.slice(0, SNIFF_BYTES);
    let control = 0;
    for (let i = 0; i < sample.length; i++) if (isControl(sample.charCodeAt(i))) control++;
    if (sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE) {
      throw binaryError(this.source, `${control} control characters in its first ${sample.length} characters`);
    }
    if (held !== '') this.onText(held);
  }
}

/** Decodes a whole file's bytes (the in-memory reader): UTF-8 when everything after the first non-ASCII byte is. */
export function decodeBytes(bytes: Uint8Array, source: string): { text: string; encoding: CsvDialect['encoding'] } {
  const pieces: string[] = [];
  const decoder = new CsvDecoder(source, (text) => pieces.push(text), { judgeBytes: Infinity });
  decoder.push(bytes);
  decoder.end();
  return { text: pieces.join(''), encoding: decoder.encoding };
}
