/** What the evaluator's compiler passes share: compiled expressions, methods, scopes and a few name helpers. */
import { BlockContext, ExpressionContext } from '@apexdevtools/apex-parser';
import { ApexType, ClassInfo } from '../values';

export type Frame = unknown[];
export type Ev = (f: Frame) => unknown;
/** A compiled method body: runs on its frame, leaves the return value in f[0]. */
export type Exec = (f: Frame) => unknown;

export interface CExpr {
  ev: Ev;
  /** JavaScript text computing the value from the frame `f` (set for the expressions compiled to JavaScript). */
  js?: string;
  type: ApexType;
  /** For an assignable expression: JavaScript text that stores the value of `valueJs` and yields it. */
  assign?: (valueJs: string) => string;
  /** Set when the expression names a type (a class or a system class such as Math). */
  typeName?: string;
}

export interface MethodInfo {
  name: string;
  isStatic: boolean;
  isCtor: boolean;
  params: { name: string; type: ApexType }[];
  returnType: ApexType;
  body: BlockContext;
  cls: ClassInfo;
  compiled?: { exec: Exec; slots: number };
}

export interface Scope {
  vars: Map<string, { slot: number; type: ApexType }>;
  parent?: Scope;
}

export interface MethodCompile {
  cls: ClassInfo;
  method: MethodInfo;
  slots: number;
  thisSlot: number;
  /** Labels of the enclosing loops, innermost last (break/continue name theirs). */
  loops?: string[];
}

/** JavaScript text of a statement (break/continue/return are JavaScript's own, loops are labelled). */
export type StmtJs = string;

export const SYSTEM_TYPES = new Set(['math', 'string', 'double', 'integer', 'long', 'decimal', 'boolean', 'system']);

export function lower(s: string): string {
  return s.toLowerCase();
}

export function terminalText(ctx: ExpressionContext): string {
  return (ctx.children ?? [])
    .filter((c) => !(c instanceof ExpressionContext))
    .map((c) => c.getText())
    .join('');
}

export function unescapeApex(lit: string): string {
  const body = lit.slice(1, -1);
  return body.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_m, e: string) => {
    if (e.length === 5) {
      return String.fromCharCode(parseInt(e.slice(1), 16));
    }
    return ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e;
  });
}

export function topClass(c: ClassInfo): ClassInfo {
  return c.outer ? topClass(c.outer) : c;
}

export function qualifiedName(c: ClassInfo): string {
  return c.outer ? `${qualifiedName(c.outer)}.${c.lname}` : c.lname;
}
