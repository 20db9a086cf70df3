/** Statements: blocks, locals, if, return, break/continue, for…of, while, expression statements and assignments. */
import * as ts from 'typescript';
import { DIAGNOSTICS } from '../diagnostics';
import { apexType } from '../types';
import { escapeApexString } from './apexText';
import { Emitted, FnCtx } from './context';
import { stringPart, toDouble } from './conversions';
import { expr } from './expressions';
import { forStatement } from './loops';
import { switchStatement } from './switch';
import { isAssignmentOp } from './syntax';

export function block(statements: readonly ts.Statement[], ctx: FnCtx): string {
  const out: string[] = [];
  for (const s of statements) {
    ctx.tx.guard(() => {
      out.push(stmt(s, ctx));
    });
  }
  return out.filter((x) => x.length > 0).join('\n');
}

export function body(s: ts.Statement, ctx: FnCtx): string {
  return `{\n${ts.isBlock(s) ? block(s.statements, ctx) : block([s], ctx)}\n}`;
}

export function declareLocal(decl: ts.Declaration & { name: ts.BindingName }, ctx: FnCtx): string {
  if (!ts.isIdentifier(decl.name)) {
    ctx.tx.reject(decl.name, DIAGNOSTICS.destructuredLocal);
  }
  const name = ctx.locals.declare(`l:${decl.pos}`, decl.name.text);
  ctx.names.set(decl, name);
  return name;
}

export function condition(e: ts.Expression, ctx: FnCtx): string {
  if (!ctx.tx.isBoolean(e)) {
    ctx.tx.reject(e, DIAGNOSTICS.truthiness);
  }
  return expr(e, ctx).code;
}

export function stmt(s: ts.Statement, ctx: FnCtx): string {
  if (ts.isVariableStatement(s)) {
    if (!(s.declarationList.flags & (ts.NodeFlags.Const | ts.NodeFlags.Let))) {
      ctx.tx.reject(s, DIAGNOSTICS.varDeclaration);
    }
    return s.declarationList.declarations
      .map((d) => {
        // Declare first so that a rejected initialiser does not cascade into "unknown identifier" errors.
        const name = declareLocal(d, ctx);
        // The initialiser first: an unsupported construct there is a better message than its type.
        const value = d.initializer ? expr(d.initializer, ctx) : undefined;
        const type = apexType(ctx.tx.descOf(d.name));
        const init = value ? ` = ${toDouble(value, type)}` : '';
        return `${type} ${name}${init};`;
      })
      .join('\n');
  }
  if (ts.isExpressionStatement(s)) {
    return `${exprStatement(s.expression, ctx)};`;
  }
  if (ts.isIfStatement(s)) {
    const head = `if (${condition(s.expression, ctx)}) ${body(s.thenStatement, ctx)}`;
    if (!s.elseStatement) {
      return head;
    }
    if (ts.isIfStatement(s.elseStatement)) {
      return `${head} else ${stmt(s.elseStatement, ctx)}`;
    }
    return `${head} else ${body(s.elseStatement, ctx)}`;
  }
  if (ts.isReturnStatement(s)) {
    if (!s.expression) {
      return 'return;';
    }
    const fn = ts.findAncestor(s, ts.isFunctionDeclaration);
    const ret = fn ? ctx.tx.checker.getSignatureFromDeclaration(fn)?.getReturnType() : undefined;
    const type = ret ? apexType(ctx.tx.typeDesc(ret, s)) : '';
    return `return ${toDouble(expr(s.expression, ctx), type)};`;
  }
  if (ts.isBlock(s)) {
    return block(s.statements, ctx);
  }
  if (ts.isBreakStatement(s) || ts.isContinueStatement(s)) {
    if (s.label) {
      ctx.tx.reject(s, DIAGNOSTICS.labelledJump);
    }
    if (ts.isBreakStatement(s)) {
      const owner = ts.findAncestor(s.parent, (n) => ts.isIterationStatement(n, false) || ts.isSwitchStatement(n));
      if (owner && ts.isSwitchStatement(owner)) {
        ctx.tx.reject(s, DIAGNOSTICS.breakInSwitchCase);
      }
    }
    return ts.isBreakStatement(s) ? 'break;' : 'continue;';
  }
  if (ts.isForStatement(s)) {
    return forStatement(s, ctx);
  }
  if (ts.isForOfStatement(s)) {
    const init = s.initializer;
    if (!ts.isVariableDeclarationList(init) || init.declarations.length !== 1) {
      ctx.tx.reject(init, DIAGNOSTICS.forOfShape);
    }
    if (!ctx.tx.isArray(s.expression)) {
      ctx.tx.reject(s.expression, DIAGNOSTICS.forOfNonArray);
    }
    const d = init.declarations[0];
    const type = apexType(ctx.tx.descOf(d.name));
    const list = expr(s.expression, ctx).code;
    const name = declareLocal(d, ctx);
    return `for (${type} ${name} : ${list}) ${body(s.statement, ctx)}`;
  }
  if (ts.isWhileStatement(s)) {
    return `while (${condition(s.expression, ctx)}) ${body(s.statement, ctx)}`;
  }
  if (ts.isSwitchStatement(s)) {
    return switchStatement(s, ctx);
  }
  if (ts.isEmptyStatement(s)) {
    return '';
  }
  if (ts.isFunctionDeclaration(s)) {
    ctx.tx.reject(s, DIAGNOSTICS.nestedFunction);
  }
  if (ts.isThrowStatement(s) || ts.isTryStatement(s)) {
    ctx.tx.reject(s, DIAGNOSTICS.exception);
  }
  if (ts.isDoStatement(s)) {
    ctx.tx.reject(s, DIAGNOSTICS.doWhile);
  }
  if (ts.isForInStatement(s)) {
    ctx.tx.reject(s, DIAGNOSTICS.forIn);
  }
  if (ts.isLabeledStatement(s)) {
    ctx.tx.reject(s, DIAGNOSTICS.label);
  }
  if (ts.isClassDeclaration(s)) {
    ctx.tx.reject(s, DIAGNOSTICS.nestedClass);
  }
  ctx.tx.reject(s, DIAGNOSTICS.unsupportedStatement, ts.SyntaxKind[s.kind]);
}

export function exprStatement(e: ts.Expression, ctx: FnCtx): string {
  if (ts.isBinaryExpression(e) && isAssignmentOp(e.operatorToken.kind)) {
    return assignment(e, ctx);
  }
  if (
    (ts.isPostfixUnaryExpression(e) || ts.isPrefixUnaryExpression(e)) &&
    (e.operator === ts.SyntaxKind.PlusPlusToken || e.operator === ts.SyntaxKind.MinusMinusToken)
  ) {
    const target = lvalue(e.operand, ctx);
    const op = e.operator === ts.SyntaxKind.PlusPlusToken ? '+' : '-';
    if (target.kind === 'int') {
      return `${target.code}${op}${op}`;
    }
    return `${target.code} ${op}= 1.0d`;
  }
  if (ts.isCallExpression(e)) {
    if (
      ts.isPropertyAccessExpression(e.expression) &&
      e.expression.name.text === 'push' &&
      ctx.tx.isArray(e.expression.expression)
    ) {
      if (e.arguments.length !== 1) {
        ctx.tx.reject(e, DIAGNOSTICS.pushSeveral);
      }
      const list = expr(e.expression.expression, ctx).code;
      const elem = elementType(e.expression.expression, ctx);
      return `${list}.add(${toDouble(expr(e.arguments[0], ctx), elem)})`;
    }
    return expr(e, ctx).code;
  }
  ctx.tx.reject(e, DIAGNOSTICS.expressionWithoutEffect);
}

export function elementType(listNode: ts.Node, ctx: FnCtx): string {
  const d = ctx.tx.descOf(listNode);
  return d.kind === 'list' ? apexType(d.elem) : '';
}

export function lvalue(e: ts.Expression, ctx: FnCtx): Emitted {
  if (ts.isOptionalChain(e)) {
    ctx.tx.reject(e, DIAGNOSTICS.assignmentThroughOptionalChain);
  }
  if (
    ts.isIdentifier(e) ||
    ts.isPropertyAccessExpression(e) ||
    (ts.isElementAccessExpression(e) && ctx.tx.isArray(e.expression))
  ) {
    return expr(e, ctx);
  }
  ctx.tx.reject(e, DIAGNOSTICS.assignmentTarget);
}

export function assignment(e: ts.BinaryExpression, ctx: FnCtx): string {
  const op = e.operatorToken.kind;
  const opText = {
    [ts.SyntaxKind.EqualsToken]: '=',
    [ts.SyntaxKind.PlusEqualsToken]: '+=',
    [ts.SyntaxKind.MinusEqualsToken]: '-=',
    [ts.SyntaxKind.AsteriskEqualsToken]: '*=',
    [ts.SyntaxKind.SlashEqualsToken]: '/='
  }[op as number];
  if (opText === undefined) {
    ctx.tx.reject(e.operatorToken, DIAGNOSTICS.assignmentOperator, e.operatorToken.getText());
  }
  const recordTarget =
    ts.isElementAccessExpression(e.left) || ts.isPropertyAccessExpression(e.left) ? e.left : undefined;
  if (recordTarget && ctx.tx.isRecord(recordTarget.expression)) {
    const rec = expr(recordTarget.expression, ctx).code;
    const key = ts.isElementAccessExpression(recordTarget)
      ? expr(recordTarget.argumentExpression, ctx).code
      : escapeApexString(recordTarget.name.text);
    const valueType = apexType(ctx.tx.descOf(e.left));
    let value = toDouble(expr(e.right, ctx), valueType);
    if (opText !== '=') {
      value = `${rec}.get(${key}) ${opText[0]} ${value}`;
    }
    return `${rec}.put(${key}, ${value})`;
  }
  const target = lvalue(e.left, ctx);
  if (opText === '+=' && ctx.tx.isString(e.left)) {
    return `${target.code} += ${stringPart(e.right, ctx)}`;
  }
  const type = apexType(ctx.tx.descOf(e.left));
  return `${target.code} ${opText} ${toDouble(expr(e.right, ctx), type)}`;
}
