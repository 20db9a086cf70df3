/** Apex source text: string and number literals, parenthesising, ApexDoc comments. */
import * as ts from 'typescript';

export function escapeApexString(s: string): string {
  let out = '';
  for (const ch of s) {
    switch (ch) {
      case '\\':
        out += '\\\\';
        break;
      case "'":
        out += "\\'";
        break;
      case '\n':
        out += '\\n';
        break;
      case '\r':
        out += '\\r';
        break;
      case '\t':
        out += '\\t';
        break;
      default:
        out += ch;
    }
  }
  return `'${out}'`;
}

/** Plain decimal digits of a finite non-negative number (no exponent), e.g. 1e-7 → 0.0000001. */
export function plainDecimal(v: number): string {
  const s = String(v);
  const m = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) {
    return s;
  }
  const digits = m[1] + (m[2] ?? '');
  const point = m[1].length + Number(m[3]);
  if (point <= 0) {
    return `0.${'0'.repeat(-point)}${digits}`;
  }
  if (point >= digits.length) {
    return digits + '0'.repeat(point - digits.length);
  }
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** A Double literal: Apex reads `1.5` as Decimal, so every number literal gets the `d` suffix. */
export function doubleLiteral(v: number): string {
  const s = plainDecimal(v);
  return `${s.includes('.') ? s : `${s}.0`}d`;
}

/** Parenthesise unless the code is already atomic (a name, a call chain, a literal or fully parenthesised). */
export function wrap(code: string): string {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (quoted) {
      if (ch === '\\') {
        i++;
      } else if (ch === "'") {
        quoted = false;
      }
    } else if (ch === "'") {
      quoted = true;
    } else if (ch === '(' || ch === '[' || ch === '{') {
      depth++;
    } else if (ch === ')' || ch === ']' || ch === '}') {
      depth--;
      if (depth === 0 && code.startsWith('(') && i === code.length - 1) {
        return code;
      }
    } else if (depth === 0 && /[\s?:+\-*/<>=!&|]/.test(ch) && !(i === 0 && ch === '-')) {
      return `(${code})`;
    }
  }
  return code;
}

/** The text of the JSDoc comment before `node`, without its stars. */
export function leadingDoc(node: ts.Node | undefined, sf: ts.SourceFile): string | undefined {
  if (!node) {
    return undefined;
  }
  const ranges = ts.getLeadingCommentRanges(sf.text, node.pos) ?? [];
  const first = ranges.find((r) => sf.text.startsWith('/**', r.pos));
  if (!first) {
    return undefined;
  }
  const text = sf.text.slice(first.pos + 3, first.end - 2);
  const clean = text
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, '').trimEnd())
    .join('\n')
    .trim();
  return clean.length > 0 ? clean : undefined;
}

export function apexDoc(text: string): string {
  const lines = text.replace(/\*\//g, '* /').split('\n');
  return ['/**', ...lines.map((l) => (l.length > 0 ? ` * ${l}` : ' *')), ' */'].join('\n');
}
