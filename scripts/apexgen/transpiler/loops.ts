/** Counting for loops; a counter that only indexes lists becomes an Apex Integer. */
import * as ts from 'typescript';
import { DIAGNOSTICS } from '../diagnostics';
import { apexType } from '../types';
import { FnCtx } from './context';
import { asInt, toDouble } from './conversions';
import { expr } from './expressions';
import { body, condition, declareLocal, exprStatement } from './statements';
import { isIntegerish, isRelational } from './syntax';

export function forStatement(s: ts.ForStatement, ctx: FnCtx): string {
  const init = s.initializer;
  if (
    !init ||
    !ts.isVariableDeclarationList(init) ||
    init.declarations.length !== 1 ||
    !s.condition ||
    !s.incrementor
  ) {
    ctx.tx.reject(s, DIAGNOSTICS.forLoopShape);
  }
  const d = init.declarations[0];
  if (!d.initializer || !ts.isIdentifier(d.name)) {
    ctx.tx.reject(d, DIAGNOSTICS.forCounterWithoutValue);
  }
  const integer = isIntegerCounter(s, d, ctx);
  if (integer) {
    ctx.intCounters.add(d);
  }
  const initCode = integer ? asInt(expr(d.initializer, ctx, true)) : toDouble(expr(d.initializer, ctx), 'Double');
  const name = declareLocal(d, ctx);
  const type = integer ? 'Integer' : apexType(ctx.tx.descOf(d.name));
  const cond = condition(s.condition, ctx);
  const inc = exprStatement(s.incrementor, ctx);
  return `for (${type} ${name} = ${initCode}; ${cond}; ${inc}) ${body(s.statement, ctx)}`;
}

/**
 * A counter is an Apex Integer when it starts at an integer literal or a length, moves by integer steps and is
 * only used to index lists and in comparisons; otherwise it stays Double and indexes through intValue().
 */
export function isIntegerCounter(s: ts.ForStatement, d: ts.VariableDeclaration, ctx: FnCtx): boolean {
  if (!ctx.tx.isNumber(d.name)) {
    return false;
  }
  const init = d.initializer;
  if (!init || !isIntegerish(init)) {
    return false;
  }
  const sym = ctx.tx.checker.getSymbolAtLocation(d.name);
  let ok = true;
  const visit = (n: ts.Node): void => {
    if (!ok) {
      return;
    }
    if (ts.isIdentifier(n) && n !== d.name && ctx.tx.checker.getSymbolAtLocation(n) === sym) {
      ok = integerUse(n, s, ctx);
      return;
    }
    ts.forEachChild(n, visit);
  };
  visit(s.condition as ts.Node);
  visit(s.incrementor as ts.Node);
  visit(s.statement);
  return ok;
}

export function integerUse(id: ts.Identifier, loop: ts.ForStatement, ctx: FnCtx): boolean {
  let n: ts.Node = id;
  const p = n.parent;
  if ((ts.isPostfixUnaryExpression(p) || ts.isPrefixUnaryExpression(p)) && p.parent === loop) {
    return true;
  }
  if (
    ts.isBinaryExpression(p) &&
    p.parent === loop &&
    p.left === id &&
    [ts.SyntaxKind.PlusEqualsToken, ts.SyntaxKind.MinusEqualsToken].includes(p.operatorToken.kind)
  ) {
    return ts.isNumericLiteral(p.right) && Number.isInteger(Number(p.right.text));
  }
  if (ts.isBinaryExpression(p) && isRelational(p.operatorToken.kind)) {
    return true;
  }
  if (ts.isBinaryExpression(p) && [ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken].includes(p.operatorToken.kind)) {
    const other = p.left === id ? p.right : p.left;
    if (!(ts.isNumericLiteral(other) && Number.isInteger(Number(other.text)))) {
      return false;
    }
    n = p;
  }
  const q = n.parent;
  return ts.isElementAccessExpression(q) && q.argumentExpression === n && ctx.tx.isArray(q.expression);
}
