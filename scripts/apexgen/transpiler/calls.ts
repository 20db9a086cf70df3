/** Calls: engine functions, then the global and library builtins (builtins/*). */
import * as ts from 'typescript';
import { DIAGNOSTICS } from '../diagnostics';
import { apexType } from '../types';
import { arrayMethod } from './builtins/array';
import { mathCall } from './builtins/math';
import { stringMethod } from './builtins/string';
import { Emitted, FnCtx } from './context';
import { asDouble, stringPart, toDouble } from './conversions';
import { expr } from './expressions';
import { Helper, runtimeCall } from './runtimeHelpers';

export function call(e: ts.CallExpression, ctx: FnCtx): Emitted {
  const callee = e.expression;
  const args = e.arguments;
  if (ts.isIdentifier(callee)) {
    const sym = ctx.tx.symbolOf(callee);
    const ref = sym ? ctx.tx.symbols.get(sym) : undefined;
    if (ref?.kind === 'function') {
      const decl = sym?.valueDeclaration as ts.FunctionDeclaration;
      const code = args.map((a, i) => {
        const pt = decl.parameters[i] ? apexType(ctx.tx.descOf(decl.parameters[i])) : '';
        return toDouble(expr(a, ctx), pt);
      });
      const qualified = ref.module === ctx.module ? ref.apexName : `${ref.module.className}.${ref.apexName}`;
      return { code: `${qualified}(${code.join(', ')})`, kind: ctx.tx.isNumber(e) ? 'dbl' : 'other' };
    }
    if (callee.text === 'String' && args.length === 1) {
      return { code: stringPart(args[0], ctx), kind: 'other' };
    }
    if ((callee.text === 'Number' || callee.text === 'parseFloat') && args.length === 1 && ctx.tx.isString(args[0])) {
      return { code: `Double.valueOf(${expr(args[0], ctx).code})`, kind: 'dbl' };
    }
    if (callee.text === 'parseInt' && args.length === 2 && ts.isNumericLiteral(args[1]) && args[1].text === '10') {
      return { code: `Double.valueOf(${expr(args[0], ctx).code})`, kind: 'dbl' };
    }
    ctx.tx.reject(e, DIAGNOSTICS.globalCall, callee.text);
  }
  if (!ts.isPropertyAccessExpression(callee)) {
    ctx.tx.reject(e, DIAGNOSTICS.computedCall);
  }
  const method = callee.name.text;
  const target = callee.expression;
  if (ts.isRegularExpressionLiteral(target)) {
    ctx.tx.reject(target, DIAGNOSTICS.regularExpression);
  }
  if (ts.isIdentifier(target) && target.text === 'Math') {
    return mathCall(e, method, ctx);
  }
  if (
    ts.isIdentifier(target) &&
    target.text === 'Number' &&
    (method === 'isFinite' || method === 'isNaN') &&
    args.length === 1
  ) {
    const helper: Helper = method === 'isFinite' ? 'jsIsFinite' : 'jsIsNaN';
    return { code: runtimeCall(ctx, helper, [asDouble(expr(args[0], ctx))]), kind: 'other' };
  }
  if (
    ts.isIdentifier(target) &&
    target.text === 'Object' &&
    method === 'keys' &&
    args.length === 1 &&
    ctx.tx.isRecord(args[0])
  ) {
    return { code: `new List<String>(${expr(args[0], ctx).code}.keySet())`, kind: 'other' };
  }
  if (
    ts.isIdentifier(target) &&
    (target.text === 'Object' ||
      target.text === 'JSON' ||
      target.text === 'Date' ||
      target.text === 'Array' ||
      target.text === 'Number')
  ) {
    ctx.tx.reject(e, DIAGNOSTICS.libraryFunction, target.text, method);
  }
  if (ctx.tx.isString(target)) {
    return stringMethod(e, method, target, ctx);
  }
  if (ctx.tx.isArray(target)) {
    return arrayMethod(e, method, target, ctx);
  }
  ctx.tx.reject(e, DIAGNOSTICS.unknownMethod, method);
}
