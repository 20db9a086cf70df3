/** Array methods → Apex List methods; callbacks are rejected. */
import * as ts from 'typescript';
import { DIAGNOSTICS } from '../../diagnostics';
import { Emitted, FnCtx } from '../context';
import { toDouble } from '../conversions';
import { expr } from '../expressions';
import { elementType } from '../statements';

const ARRAY_CALLBACKS = new Set([
  'map',
  'filter',
  'reduce',
  'reduceRight',
  'forEach',
  'find',
  'findIndex',
  'some',
  'every',
  'sort',
  'flatMap'
]);

export function arrayMethod(e: ts.CallExpression, method: string, target: ts.Expression, ctx: FnCtx): Emitted {
  const list = expr(target, ctx).code;
  const a = e.arguments;
  if (ARRAY_CALLBACKS.has(method)) {
    if (method === 'sort') {
      ctx.tx.reject(e, DIAGNOSTICS.sortCallback);
    }
    ctx.tx.reject(e, DIAGNOSTICS.arrayCallback, method);
  }
  const elem = elementType(target, ctx);
  switch (method) {
    case 'slice':
      if (a.length === 0) {
        return { code: `new List<${elem}>(${list})`, kind: 'other' };
      }
      break;
    case 'includes':
      if (a.length === 1) {
        return { code: `${list}.contains(${toDouble(expr(a[0], ctx), elem)})`, kind: 'other' };
      }
      break;
    case 'indexOf':
      if (a.length === 1) {
        return { code: `${list}.indexOf(${toDouble(expr(a[0], ctx), elem)})`, kind: 'int' };
      }
      break;
    case 'join':
      if (a.length === 1 && elem === 'String') {
        return { code: `String.join(${list}, ${expr(a[0], ctx).code})`, kind: 'other' };
      }
      break;
    case 'push':
      ctx.tx.reject(e, DIAGNOSTICS.pushInExpression);
  }
  ctx.tx.reject(e, DIAGNOSTICS.listMethod, method);
}
