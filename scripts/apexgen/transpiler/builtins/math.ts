/** `Math.*` → Apex `Math`: one line per function and arity; the arguments arrive as Double expressions. */
import * as ts from 'typescript';
import { DIAGNOSTICS } from '../../diagnostics';
import { Emitted, FnCtx } from '../context';
import { asDouble } from '../conversions';
import { expr } from '../expressions';

type MathMapping = (args: string[], ctx: FnCtx) => string;

const MATH: Record<string, MathMapping> = {
  'abs/1': ([x]) => `Math.abs(${x})`,
  'floor/1': ([x]) => `Math.floor(${x})`,
  'ceil/1': ([x]) => `Math.ceil(${x})`,
  'sqrt/1': ([x]) => `Math.sqrt(${x})`,
  'exp/1': ([x]) => `Math.exp(${x})`,
  'log/1': ([x]) => `Math.log(${x})`,
  'log10/1': ([x]) => `Math.log10(${x})`,
  'sin/1': ([x]) => `Math.sin(${x})`,
  'cos/1': ([x]) => `Math.cos(${x})`,
  'tan/1': ([x]) => `Math.tan(${x})`,
  'atan/1': ([x]) => `Math.atan(${x})`,
  'min/2': ([x, y]) => `Math.min(${x}, ${y})`,
  'max/2': ([x, y]) => `Math.max(${x}, ${y})`,
  'pow/2': ([x, y]) => `Math.pow(${x}, ${y})`,
  'atan2/2': ([y, x]) => `Math.atan2(${y}, ${x})`,
  'trunc/1': ([x]) => `(${x} < 0 ? Math.ceil(${x}) : Math.floor(${x}))`,
  // JavaScript rounds half toward +Infinity; Apex Math.round is half-even (the wrong variant is kept for the
  // mutation check of the differential test).
  'round/1': ([x], ctx) => (ctx.tx.rules.roundHalfUp ? `Math.floor(${x} + 0.5d)` : `Math.round(${x})`)
};

export function mathCall(e: ts.CallExpression, method: string, ctx: FnCtx): Emitted {
  const args = e.arguments.map((a) => asDouble(expr(a, ctx)));
  const mapping = Object.hasOwn(MATH, `${method}/${args.length}`) ? MATH[`${method}/${args.length}`] : undefined;
  if (mapping === undefined) {
    ctx.tx.reject(e, DIAGNOSTICS.mathArity, method, String(args.length));
  }
  return { code: mapping(args, ctx), kind: 'dbl' };
}
