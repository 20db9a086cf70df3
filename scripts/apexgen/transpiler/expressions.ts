import * as ts from 'typescript';
import { DIAGNOSTICS } from '../diagnostics';
import { apexType, TypeDesc } from '../types';
import { doubleLiteral, escapeApexString, wrap } from './apexText';
import { call } from './calls';
import { Emitted, FnCtx, Kind } from './context';
import { asDouble, asInt, stringPart, toDouble } from './conversions';
import { binary } from './operators';
import { condition } from './statements';

/**
 * Optional chaining: at the outermost node of a chain, every receiver of a `?.` is tested for null first
 * (`a?.b.c` → `(a != null ? a.b.c : null)`); the chain itself is then emitted as plain accesses.
 */
export function optionalChain(e: ts.Expression, ctx: FnCtx, intCtx: boolean): Emitted | undefined {
  if (!ts.isOptionalChain(e) || ctx.tx.chainsDone.has(e)) {
    return undefined;
  }
  const parent = e.parent as ts.Node | undefined;
  if (parent && ts.isOptionalChain(parent) && (parent as ts.PropertyAccessExpression).expression === e) {
    return undefined;
  }
  const receivers: ts.Expression[] = [];
  for (let n: ts.Expression = e; ts.isOptionalChain(n); n = (n as ts.PropertyAccessExpression).expression) {
    if ((n as ts.PropertyAccessExpression).questionDotToken) {
      receivers.unshift((n as ts.PropertyAccessExpression).expression);
    }
  }
  const tests = receivers.map((r) => `${wrap(expr(r, ctx).code)} != null`);
  ctx.tx.chainsDone.add(e);
  const inner = expr(e, ctx, intCtx);
  return { code: `(${tests.join(' && ')} ? ${inner.code} : null)`, kind: inner.kind };
}

export function expr(e: ts.Expression, ctx: FnCtx, intCtx = false): Emitted {
  const chained = optionalChain(e, ctx, intCtx);
  if (chained) {
    return chained;
  }
  if (ts.isParenthesizedExpression(e)) {
    const inner = expr(e.expression, ctx, intCtx);
    return { code: `(${inner.code})`, kind: inner.kind };
  }
  if (ts.isNumericLiteral(e)) {
    const v = Number(e.text);
    if (intCtx && Number.isInteger(v) && Math.abs(v) < 2 ** 31) {
      return { code: String(v), kind: 'int' };
    }
    return { code: doubleLiteral(v), kind: 'dbl' };
  }
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) {
    return { code: escapeApexString(e.text), kind: 'other' };
  }
  if (ts.isTemplateExpression(e)) {
    const parts: string[] = [];
    if (e.head.text.length > 0) {
      parts.push(escapeApexString(e.head.text));
    }
    for (const span of e.templateSpans) {
      parts.push(stringPart(span.expression, ctx));
      if (span.literal.text.length > 0) {
        parts.push(escapeApexString(span.literal.text));
      }
    }
    if (parts.length === 0) {
      parts.push("''");
    }
    return { code: parts.join(' + '), kind: 'other' };
  }
  switch (e.kind) {
    case ts.SyntaxKind.TrueKeyword:
      return { code: 'true', kind: 'other' };
    case ts.SyntaxKind.FalseKeyword:
      return { code: 'false', kind: 'other' };
    case ts.SyntaxKind.NullKeyword:
      return { code: 'null', kind: 'other' };
    case ts.SyntaxKind.ThisKeyword:
      ctx.tx.reject(e, DIAGNOSTICS.thisKeyword);
  }
  if (ts.isIdentifier(e)) {
    return identifier(e, ctx);
  }
  if (ts.isPropertyAccessExpression(e)) {
    return propertyAccess(e, ctx);
  }
  if (ts.isElementAccessExpression(e)) {
    if (ctx.tx.isArray(e.expression)) {
      const list = expr(e.expression, ctx).code;
      const idx = asInt(expr(e.argumentExpression, ctx, true));
      return { code: `${list}[${idx}]`, kind: ctx.tx.isNumber(e) ? 'dbl' : 'other' };
    }
    if (ctx.tx.isRecord(e.expression)) {
      const rec = expr(e.expression, ctx).code;
      return {
        code: `${rec}.get(${expr(e.argumentExpression, ctx).code})`,
        kind: ctx.tx.isNumber(e) ? 'dbl' : 'other'
      };
    }
    ctx.tx.reject(e, DIAGNOSTICS.dynamicPropertyAccess);
  }
  if (ts.isCallExpression(e)) {
    return call(e, ctx);
  }
  if (ts.isBinaryExpression(e)) {
    return binary(e, ctx, intCtx);
  }
  if (ts.isPrefixUnaryExpression(e)) {
    if (e.operator === ts.SyntaxKind.ExclamationToken) {
      if (!ctx.tx.isBoolean(e.operand)) {
        ctx.tx.reject(e, DIAGNOSTICS.notOnNonBoolean);
      }
      return { code: `!${wrap(expr(e.operand, ctx).code)}`, kind: 'other' };
    }
    if (e.operator === ts.SyntaxKind.MinusToken) {
      if (ts.isNumericLiteral(e.operand)) {
        const lit = expr(e.operand, ctx, intCtx);
        return { code: `-${lit.code}`, kind: lit.kind };
      }
      const inner = expr(e.operand, ctx, intCtx);
      return { code: `-${wrap(inner.code)}`, kind: inner.kind };
    }
    ctx.tx.reject(e, DIAGNOSTICS.prefixOperator, ts.tokenToString(e.operator) ?? '');
  }
  if (ts.isPostfixUnaryExpression(e)) {
    ctx.tx.reject(e, DIAGNOSTICS.incrementInExpression);
  }
  if (ts.isConditionalExpression(e)) {
    const c = condition(e.condition, ctx);
    const a = expr(e.whenTrue, ctx, intCtx);
    const b = expr(e.whenFalse, ctx, intCtx);
    if (a.kind === 'int' && b.kind === 'int') {
      return { code: `(${c} ? ${a.code} : ${b.code})`, kind: 'int' };
    }
    if (ctx.tx.isNumber(e)) {
      return { code: `(${c} ? ${asDouble(a)} : ${asDouble(b)})`, kind: 'dbl' };
    }
    return { code: `(${c} ? ${a.code} : ${b.code})`, kind: 'other' };
  }
  if (ts.isObjectLiteralExpression(e)) {
    return objectLiteral(e, ctx);
  }
  if (ts.isArrayLiteralExpression(e)) {
    const d = listDesc(e, ctx);
    const elemType = apexType(d.elem);
    if (e.elements.length === 0) {
      return { code: `new List<${elemType}>()`, kind: 'other' };
    }
    const items = e.elements.map((x) => {
      if (ts.isSpreadElement(x)) {
        ctx.tx.reject(x, DIAGNOSTICS.spreadInArray);
      }
      return toDouble(expr(x, ctx), elemType);
    });
    return { code: `new List<${elemType}>{ ${items.join(', ')} }`, kind: 'other' };
  }
  if (ts.isNonNullExpression(e)) {
    return expr(e.expression, ctx, intCtx);
  }
  if (ts.isAsExpression(e) || ts.isTypeAssertionExpression(e) || ts.isSatisfiesExpression(e)) {
    // A cast between types with the same Apex type (string → string-literal union) is a no-op.
    if (ts.isAsExpression(e.expression)) {
      ctx.tx.reject(e, DIAGNOSTICS.typeAssertion);
    }
    if (apexType(ctx.tx.descOf(e.expression)) === apexType(ctx.tx.descOf(e))) {
      return expr(e.expression, ctx, intCtx);
    }
    ctx.tx.reject(e, DIAGNOSTICS.typeAssertion);
  }
  if (ts.isArrowFunction(e) || ts.isFunctionExpression(e)) {
    ctx.tx.reject(e, DIAGNOSTICS.closure);
  }
  if (ts.isNewExpression(e)) {
    ctx.tx.reject(e, DIAGNOSTICS.newExpression, e.expression.getText());
  }
  if (ts.isTypeOfExpression(e) || ts.isDeleteExpression(e) || ts.isVoidExpression(e)) {
    ctx.tx.reject(e, DIAGNOSTICS.typeofDeleteVoid, ts.SyntaxKind[e.kind]);
  }
  if (ts.isRegularExpressionLiteral(e)) {
    ctx.tx.reject(e, DIAGNOSTICS.regularExpression);
  }
  if (ts.isSpreadElement(e)) {
    ctx.tx.reject(e, DIAGNOSTICS.spreadElement);
  }
  ctx.tx.reject(e, DIAGNOSTICS.unsupportedExpression, ts.SyntaxKind[e.kind]);
}

export function listDesc(e: ts.Expression, ctx: FnCtx): { kind: 'list'; elem: TypeDesc } {
  const ctxType = ctx.tx.checker.getContextualType(e);
  const t =
    ctxType && ctx.tx.checker.isArrayType(ctx.tx.checker.getNonNullableType(ctxType))
      ? ctx.tx.checker.getNonNullableType(ctxType)
      : ctx.tx.checker.getTypeAtLocation(e);
  const d = ctx.tx.typeDesc(t, e);
  if (d.kind !== 'list') {
    ctx.tx.reject(e, DIAGNOSTICS.untypedArrayLiteral);
  }
  return d;
}

export function identifier(e: ts.Identifier, ctx: FnCtx): Emitted {
  if (e.text === 'undefined') {
    return { code: 'null', kind: 'other' };
  }
  if (e.text === 'NaN' || e.text === 'Infinity') {
    ctx.tx.reject(e, DIAGNOSTICS.nanOrInfinity, e.text);
  }
  const sym = ctx.tx.symbolOf(e);
  const decl = sym?.valueDeclaration;
  if (decl) {
    const local = ctx.names.get(decl);
    if (local !== undefined) {
      return { code: local, kind: ctx.intCounters.has(decl) ? 'int' : ctx.tx.isNumber(e) ? 'dbl' : 'other' };
    }
  }
  const ref = sym ? ctx.tx.symbols.get(sym) : undefined;
  if (ref?.kind === 'const') {
    const code = ref.module === ctx.module ? ref.apexName : `${ref.module.className}.${ref.apexName}`;
    return { code, kind: ctx.tx.isNumber(e) ? 'dbl' : 'other' };
  }
  if (ref?.kind === 'function') {
    ctx.tx.reject(e, DIAGNOSTICS.functionAsValue);
  }
  ctx.tx.reject(e, DIAGNOSTICS.identifierOutOfScope, e.text);
}

export function propertyAccess(e: ts.PropertyAccessExpression, ctx: FnCtx): Emitted {
  const name = e.name.text;
  if (
    ts.isIdentifier(e.expression) &&
    e.expression.text === 'Math' &&
    !ctx.tx.symbolOf(e.expression)?.valueDeclaration?.getSourceFile().fileName.includes('valueEngine')
  ) {
    if (name === 'PI' || name === 'E') {
      return { code: `Math.${name}`, kind: 'dbl' };
    }
    ctx.tx.reject(e, DIAGNOSTICS.mathConstant, name);
  }
  if (name === 'length' && (ctx.tx.isString(e.expression) || ctx.tx.isArray(e.expression))) {
    const obj = expr(e.expression, ctx).code;
    return { code: ctx.tx.isString(e.expression) ? `${obj}.length()` : `${obj}.size()`, kind: 'int' };
  }
  const obj = expr(e.expression, ctx).code;
  if (ctx.tx.isRecord(e.expression)) {
    return { code: `${obj}.get(${escapeApexString(name)})`, kind: ctx.tx.isNumber(e) ? 'dbl' : 'other' };
  }
  const propSym = ctx.tx.checker.getSymbolAtLocation(e.name);
  const field = propSym ? ctx.tx.fieldBySymbol.get(propSym) : undefined;
  if (!field) {
    ctx.tx.reject(e, DIAGNOSTICS.unknownProperty, name);
  }
  const kind: Kind = ctx.tx.isNumber(e) ? 'dbl' : 'other';
  return { code: `${obj}.${field.apexName}`, kind };
}

export function objectLiteral(e: ts.ObjectLiteralExpression, ctx: FnCtx): Emitted {
  const target = ctx.tx.checker.getContextualType(e);
  const t = target ? ctx.tx.checker.getNonNullableType(target) : ctx.tx.checker.getTypeAtLocation(e);
  const d = ctx.tx.typeDesc(t, e);
  const values = new Map<string, ts.Expression | ts.Identifier>();
  for (const p of e.properties) {
    if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) {
      values.set(p.name.text, p.initializer);
    } else if (ts.isShorthandPropertyAssignment(p)) {
      values.set(p.name.text, p.name);
    } else {
      ctx.tx.reject(p, DIAGNOSTICS.objectLiteralMember);
    }
  }
  if (d.kind === 'map') {
    const vt = apexType(d.value);
    if (values.size === 0) {
      return { code: `new Map<String, ${vt}>()`, kind: 'other' };
    }
    const pairs = [...values].map(([k, v]) => `${escapeApexString(k)} => ${toDouble(expr(v, ctx), vt)}`);
    return { code: `new Map<String, ${vt}>{ ${pairs.join(', ')} }`, kind: 'other' };
  }
  if (d.kind !== 'object') {
    ctx.tx.reject(e, DIAGNOSTICS.untypedObjectLiteral);
  }
  const dto = [...ctx.tx.dtoByDecl.values()].find((x) => x.ref === d.ref);
  if (!dto) {
    ctx.tx.reject(e, DIAGNOSTICS.unknownObjectType);
  }
  const args = dto.fields.map((f) => {
    const v = values.get(f.tsName);
    return v === undefined ? 'null' : toDouble(expr(v, ctx), apexType(f.type));
  });
  for (const k of values.keys()) {
    if (!dto.fields.some((f) => f.tsName === k)) {
      ctx.tx.reject(e, DIAGNOSTICS.unknownField, k, dto.tsName);
    }
  }
  return { code: `new ${dto.ref}(${args.join(', ')})`, kind: 'other' };
}
