/** String methods → Apex String methods and helpers. */
import * as ts from 'typescript';
import { runtimeCall } from '../runtimeHelpers';
import { DIAGNOSTICS } from '../../diagnostics';
import { escapeApexString, wrap } from '../apexText';
import { Emitted, FnCtx } from '../context';
import { asDouble, asInt } from '../conversions';
import { expr } from '../expressions';

export function stringMethod(e: ts.CallExpression, method: string, target: ts.Expression, ctx: FnCtx): Emitted {
  const s = wrap(expr(target, ctx).code);
  const a = e.arguments;
  const str = (i: number): string => expr(a[i], ctx).code;
  switch (method) {
    case 'toLowerCase':
    case 'toUpperCase':
    case 'trim':
      if (a.length === 0) {
        return { code: `${s}.${method}()`, kind: 'other' };
      }
      break;
    case 'startsWith':
    case 'endsWith':
      if (a.length === 1) {
        return { code: `${s}.${method}(${str(0)})`, kind: 'other' };
      }
      break;
    case 'includes':
      if (a.length === 1) {
        return { code: `${s}.contains(${str(0)})`, kind: 'other' };
      }
      break;
    case 'indexOf':
      if (a.length === 1) {
        return { code: `${s}.indexOf(${str(0)})`, kind: 'int' };
      }
      if (a.length === 2) {
        // Java/Apex indexOf(sub, from) treats a negative start as 0, like JavaScript.
        return { code: `${s}.indexOf(${str(0)}, ${asInt(expr(a[1], ctx, true))})`, kind: 'int' };
      }
      break;
    case 'substring':
      if (a.length === 1 || a.length === 2) {
        const end = a.length === 2 ? asDouble(expr(a[1], ctx)) : 'null';
        return { code: runtimeCall(ctx, 'jsSubstring', [s, asDouble(expr(a[0], ctx)), end]), kind: 'other' };
      }
      break;
    case 'charAt':
      if (a.length === 1) {
        return { code: runtimeCall(ctx, 'jsCharAt', [s, asDouble(expr(a[0], ctx))]), kind: 'other' };
      }
      break;
    case 'split':
      if (a.length === 1 && ts.isStringLiteral(a[0]) && a[0].text.length === 1) {
        // Apex split takes a regular expression and drops trailing empty strings unless the limit is negative.
        const sep = a[0].text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        return { code: `${s}.split(${escapeApexString(sep)}, -1)`, kind: 'other' };
      }
      ctx.tx.reject(e, DIAGNOSTICS.splitSeparator);
  }
  ctx.tx.reject(e, DIAGNOSTICS.stringMethod, method);
}
