import * as ts from 'typescript';
import * as path from 'node:path';

/** A construct outside the transpilable subset (docs/ENGINE_SUBSET.md), with where it is and what to write instead. */
export interface Rejection {
  file: string;
  line: number;
  column: number;
  construct: string;
  suggestion: string;
}

/** Thrown when a module uses something outside the subset; carries every rejection found in the run. */
export class TranspileError extends Error {
  constructor(readonly rejections: Rejection[]) {
    super(rejections.map(formatRejection).join('\n'));
    this.name = 'TranspileError';
  }
}

export function formatRejection(r: Rejection): string {
  return `${r.file}:${r.line}:${r.column}: unsupported ${r.construct} — ${r.suggestion}`;
}

export function rejectionAt(node: ts.Node, construct: string, suggestion: string, root: string): Rejection {
  const sf = node.getSourceFile();
  const pos = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  return {
    file: path.relative(root, sf.fileName).split(path.sep).join('/'),
    line: pos.line + 1,
    column: pos.character + 1,
    construct,
    suggestion
  };
}
