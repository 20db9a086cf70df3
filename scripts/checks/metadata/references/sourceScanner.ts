/** A string literal of a source file: its decoded-enough text and where that text starts. */
export interface StringLiteral {
  start: number;
  value: string;
}

export interface ScannedSource {
  /** The source with comments and string contents blanked (same length, newlines kept), for token scans. */
  code: string;
  strings: StringLiteral[];
}

/**
 * Separates code, comments and string literals of Apex or JavaScript/TypeScript (`quotes` lists the string
 * delimiters), so schema names are looked for in code and strings but never in comments.
 */
export function scanSource(text: string, quotes: string): ScannedSource {
  const out = text.split('');
  const strings: StringLiteral[] = [];
  const blank = (from: number, to: number): void => {
    for (let i = from; i < to; i++) if (out[i] !== '\n') out[i] = ' ';
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    const next = text[i + 1];
    if (char === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      blank(i, stop);
      i = stop;
    } else if (char === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (quotes.includes(char)) {
      let j = i + 1;
      while (j < text.length && text[j] !== char) j += text[j] === '\\' ? 2 : 1;
      strings.push({ start: i + 1, value: text.slice(i + 1, j) });
      blank(i + 1, j);
      i = j + 1;
    } else {
      i++;
    }
  }
  return { code: out.join(''), strings };
}
