/** `Math.*` → Apex `Math`. */
import * as ts from 'typescript';
import { DIAGNOSTICS } from '../../diagnostics';
import { Emitted, FnCtx } from '../context';
import { asDouble } from '../conversions';
import { expr } from '../expressions';

const MATH_ONE_ARG = new Set(['abs', 'floor', 'ceil', 'sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'atan']);

export function mathCall(e: ts.CallExpression, method: string, ctx: FnCtx): Emitted {
  const args = e.arguments.map((a) => asDouble(expr(a, ctx)));
  if (method === 'round' && args.length === 1) {
    // JavaScript rounds half toward +Infinity; Apex Math.round is half-even.
    return ctx.tx.rules.roundHalfUp
      ? { code: `Math.floor(${args[0]} + 0.5d)`, kind: 'dbl' }
      : { code: `Math.round(${args[0]})`, kind: 'dbl' };
  }
  if ((method === 'min' || method === 'max') && args.length === 2) {
    return { code: `Math.${method}(${args[0]}, ${args[1]})`, kind: 'dbl' };
  }
  if (method === 'pow' && args.length === 2) {
    return { code: `Math.pow(${args[0]}, ${args[1]})`, kind: 'dbl' };
  }
  if (method === 'atan2' && args.length === 2) {
    return { code: `Math.atan2(${args[0]}, ${args[1]})`, kind: 'dbl' };
  }
  if (MATH_ONE_ARG.has(method) && args.length === 1) {
    return { code: `Math.${method}(${args[0]})`, kind: 'dbl' };
  }
  if (method === 'trunc' && args.length === 1) {
    return { code: `(${args[0]} < 0 ? Math.ceil(${args[0]}) : Math.floor(${args[0]}))`, kind: 'dbl' };
  }
  ctx.tx.reject(e, DIAGNOSTICS.mathArity, method, String(args.length));
}
