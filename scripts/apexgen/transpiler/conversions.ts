/** Integer/Double promotion, string equality and string conversion of operands. */
import * as ts from 'typescript';
import { DIAGNOSTICS } from '../diagnostics';
import { wrap } from './apexText';
import { Emitted, FnCtx } from './context';
import { expr } from './expressions';

export function toDouble(e: Emitted, targetType: string): string {
  return e.kind === 'int' && targetType !== 'Integer' ? `Double.valueOf(${e.code})` : e.code;
}

export function asDouble(e: Emitted): string {
  return e.kind === 'int' ? `Double.valueOf(${e.code})` : e.code;
}

export function asInt(e: Emitted): string {
  return e.kind === 'int' ? e.code : `(${e.code}).intValue()`;
}

export function stringEquals(a: string, b: string, nullable: boolean, ctx: FnCtx): string {
  if (ctx.tx.rules.stringEquality === 'operator') {
    return `${a} == ${b}`;
  }
  if (b.startsWith("'") && !a.startsWith("'")) {
    return `${b}.equals(${a})`;
  }
  return nullable ? `(${a} == null ? ${b} == null : ${wrap(a)}.equals(${b}))` : `${wrap(a)}.equals(${b})`;
}

/** A string operand of + / template: numbers must be integer-valued (ENGINE_SUBSET.md) and print without ".0". */
export function stringPart(e: ts.Expression, ctx: FnCtx): string {
  const em = expr(e, ctx);
  if (ctx.tx.isString(e)) {
    return wrap(em.code);
  }
  if (ctx.tx.isNumber(e)) {
    return em.kind === 'int' ? `String.valueOf(${em.code})` : `String.valueOf((${em.code}).longValue())`;
  }
  if (ctx.tx.isBoolean(e)) {
    return `String.valueOf(${em.code})`;
  }
  ctx.tx.reject(e, DIAGNOSTICS.nonPrimitiveInString);
}
