/** Binary operators: equality, logic, ??, in, concatenation, comparison and arithmetic. */
import * as ts from 'typescript';
import { runtimeCall } from './runtimeHelpers';
import { DIAGNOSTICS } from '../diagnostics';
import { wrap } from './apexText';
import { Emitted, FnCtx } from './context';
import { asDouble, stringEquals, stringPart } from './conversions';
import { expr } from './expressions';
import { isAssignmentOp, isNullish, isRelational } from './syntax';

export function binary(e: ts.BinaryExpression, ctx: FnCtx, intCtx: boolean): Emitted {
  const op = e.operatorToken.kind;
  const K = ts.SyntaxKind;
  if (isAssignmentOp(op)) {
    ctx.tx.reject(e, DIAGNOSTICS.assignmentInExpression);
  }
  if (
    op === K.EqualsEqualsEqualsToken ||
    op === K.ExclamationEqualsEqualsToken ||
    op === K.EqualsEqualsToken ||
    op === K.ExclamationEqualsToken
  ) {
    const negate = op === K.ExclamationEqualsEqualsToken || op === K.ExclamationEqualsToken;
    const nullSide = isNullish(e.left) ? e.right : isNullish(e.right) ? e.left : undefined;
    if (nullSide) {
      return { code: `${wrap(expr(nullSide, ctx).code)} ${negate ? '!=' : '=='} null`, kind: 'other' };
    }
    if (op === K.EqualsEqualsToken || op === K.ExclamationEqualsToken) {
      ctx.tx.reject(e.operatorToken, DIAGNOSTICS.looseEquality);
    }
    const a = expr(e.left, ctx);
    const b = expr(e.right, ctx);
    if (ctx.tx.isString(e.left) || ctx.tx.isString(e.right)) {
      const eq = stringEquals(a.code, b.code, ctx.tx.isNullable(e.left) && !ts.isStringLiteral(e.right), ctx);
      return { code: negate ? `!${wrap(eq)}` : eq, kind: 'other' };
    }
    if (!ctx.tx.isNumber(e.left) && !ctx.tx.isBoolean(e.left)) {
      ctx.tx.reject(e, DIAGNOSTICS.objectEquality);
    }
    const [x, y] = numericPair(e, ctx, a, b);
    return { code: `${x} ${negate ? '!=' : '=='} ${y}`, kind: 'other' };
  }
  if (op === K.AmpersandAmpersandToken || op === K.BarBarToken) {
    if (!ctx.tx.isBoolean(e.left) || !ctx.tx.isBoolean(e.right)) {
      ctx.tx.reject(e.operatorToken, DIAGNOSTICS.logicOnNonBooleans);
    }
    return {
      code: `${expr(e.left, ctx).code} ${op === K.AmpersandAmpersandToken ? '&&' : '||'} ${expr(e.right, ctx).code}`,
      kind: 'other'
    };
  }
  if (op === K.QuestionQuestionToken) {
    const a = expr(e.left, ctx);
    const b = expr(e.right, ctx);
    const num = ctx.tx.isNumber(e);
    return {
      code: `(${a.code} != null ? ${num ? asDouble(a) : a.code} : ${num ? asDouble(b) : b.code})`,
      kind: num ? 'dbl' : 'other'
    };
  }
  if (op === K.InKeyword) {
    if (!ctx.tx.isRecord(e.right) || !ctx.tx.isString(e.left)) {
      ctx.tx.reject(e, DIAGNOSTICS.inOnNonRecord);
    }
    return { code: `${expr(e.right, ctx).code}.containsKey(${expr(e.left, ctx).code})`, kind: 'other' };
  }
  if (op === K.PlusToken && ctx.tx.isString(e)) {
    return { code: `${stringPart(e.left, ctx)} + ${stringPart(e.right, ctx)}`, kind: 'other' };
  }
  if (isRelational(op)) {
    const opText = e.operatorToken.getText();
    if (ctx.tx.isString(e.left) && ctx.tx.isString(e.right)) {
      // Apex String.compareTo is case-sensitive and code-unit based, like JavaScript < on strings.
      return {
        code: `${wrap(expr(e.left, ctx).code)}.compareTo(${expr(e.right, ctx).code}) ${opText} 0`,
        kind: 'other'
      };
    }
    if (!ctx.tx.isNumber(e.left) || !ctx.tx.isNumber(e.right)) {
      ctx.tx.reject(e, DIAGNOSTICS.comparisonOfNonNumbers);
    }
    const [x, y] = numericPair(e, ctx, expr(e.left, ctx), expr(e.right, ctx));
    return { code: `${x} ${opText} ${y}`, kind: 'other' };
  }
  const arith: Partial<Record<ts.SyntaxKind, string>> = {
    [K.PlusToken]: '+',
    [K.MinusToken]: '-',
    [K.AsteriskToken]: '*',
    [K.SlashToken]: '/',
    [K.PercentToken]: '%'
  };
  const opText = arith[op];
  if (opText === undefined) {
    ctx.tx.reject(e.operatorToken, DIAGNOSTICS.binaryOperator, e.operatorToken.getText());
  }
  if (!ctx.tx.isNumber(e.left) || !ctx.tx.isNumber(e.right)) {
    ctx.tx.reject(e, DIAGNOSTICS.arithmeticOnNonNumbers, opText);
  }
  if (opText === '%') {
    const a = asDouble(expr(e.left, ctx));
    const b = asDouble(expr(e.right, ctx));
    return { code: runtimeCall(ctx, 'jsMod', [a, b]), kind: 'dbl' };
  }
  const keepInt = intCtx && opText !== '/';
  const a = expr(e.left, ctx, keepInt);
  const b = expr(e.right, ctx, keepInt);
  if (a.kind === 'int' && b.kind === 'int') {
    if (keepInt) {
      return { code: `${a.code} ${opText} ${b.code}`, kind: 'int' };
    }
    // Integer op Integer is 32-bit and / truncates in Apex: promote to Double first.
    return { code: `Double.valueOf(${a.code}) ${opText} ${b.code}`, kind: 'dbl' };
  }
  return { code: `${a.code} ${opText} ${b.code}`, kind: 'dbl' };
}

/** Comparing an Integer with a literal: write the literal as an Integer (`list.size() == 0`). */
export function numericPair(e: ts.BinaryExpression, ctx: FnCtx, a: Emitted, b: Emitted): [string, string] {
  if (a.kind === 'int' && ts.isNumericLiteral(e.right)) {
    return [a.code, expr(e.right, ctx, true).code];
  }
  if (b.kind === 'int' && ts.isNumericLiteral(e.left)) {
    return [expr(e.left, ctx, true).code, b.code];
  }
  return [a.code, b.code];
}
