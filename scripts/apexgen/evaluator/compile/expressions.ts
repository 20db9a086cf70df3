/** Apex expressions → JavaScript text or closures: names, literals, arithmetic, comparisons, logic, ++/--, assignment,
 * casts and list indexing; operator rules live in runtime.ts. */
import {
  ArrayExpressionContext,
  Arth1ExpressionContext,
  Arth2ExpressionContext,
  AssignExpressionContext,
  CastExpressionContext,
  CmpExpressionContext,
  CondExpressionContext,
  DotExpressionContext,
  EqualityExpressionContext,
  ExpressionContext,
  IdPrimaryContext,
  LiteralContext,
  LiteralPrimaryContext,
  LogAndExpressionContext,
  LogOrExpressionContext,
  MethodCallExpressionContext,
  NegExpressionContext,
  NewExpressionContext,
  PostOpExpressionContext,
  PreOpExpressionContext,
  PrimaryExpressionContext,
  SubExpressionContext,
  ThisPrimaryContext,
  TypeRefPrimaryContext
} from '@apexdevtools/apex-parser';
import { ApexInterpreter } from '../interpreter';
import { apexToString, ApexType, EvaluatorError, isNumeric, NUMERIC_RANK, T, typeToString, widest } from '../values';
import { creator, dot, methodCall } from './calls';
import { CExpr, lower, MethodCompile, qualifiedName, Scope, SYSTEM_TYPES, terminalText, unescapeApex } from './model';
import { condition } from './statements';

export function lookupVar(
  ip: ApexInterpreter,
  scope: Scope,
  name: string
): { slot: number; type: ApexType } | undefined {
  for (let s: Scope | undefined = scope; s; s = s.parent) {
    const v = s.vars.get(name);
    if (v) {
      return v;
    }
  }
  return undefined;
}

export function expr(ip: ApexInterpreter, e: ExpressionContext, scope: Scope, mc: MethodCompile): CExpr {
  if (e instanceof PrimaryExpressionContext) {
    return primary(ip, e, scope, mc);
  }
  if (e instanceof SubExpressionContext) {
    return expr(ip, e.expression(), scope, mc);
  }
  if (e instanceof Arth1ExpressionContext || e instanceof Arth2ExpressionContext) {
    const [a, b] = e.expression_list().map((x) => expr(ip, x, scope, mc));
    return arith(ip, terminalText(e), a, b, e);
  }
  if (e instanceof CmpExpressionContext) {
    return compare(ip, terminalText(e), e, scope, mc);
  }
  if (e instanceof EqualityExpressionContext) {
    const op = terminalText(e);
    const [a, b] = e.expression_list().map((x) => expr(ip, x, scope, mc));
    if (op !== '==' && op !== '!=') {
      throw new EvaluatorError(`operator ${op} is not modelled`);
    }
    const call = `apexEquals(${ip.jsOf(a)}, ${ip.jsOf(b)}, ${ip.ref(a.type)}, ${ip.ref(b.type)})`;
    return ip.jsExpr(T.boolean, op === '!=' ? `!${call}` : call);
  }
  if (e instanceof LogAndExpressionContext || e instanceof LogOrExpressionContext) {
    const [a, b] = e.expression_list().map((x) => condition(ip, x, scope, mc));
    return ip.jsExpr(T.boolean, `${a} ${e instanceof LogAndExpressionContext ? '&&' : '||'} ${b}`);
  }
  if (e instanceof CondExpressionContext) {
    const [c, x, y] = e.expression_list();
    const cond = condition(ip, c, scope, mc);
    const a = expr(ip, x, scope, mc);
    const b = expr(ip, y, scope, mc);
    const type =
      isNumeric(a.type) && isNumeric(b.type) ? widest(a.type, b.type) : a.type.name === 'null' ? b.type : a.type;
    return ip.jsExpr(type, `${cond} ? ${ip.jsOf(a)} : ${ip.jsOf(b)}`);
  }
  if (e instanceof NegExpressionContext) {
    if (!e.BANG()) {
      throw new EvaluatorError('~ is not modelled');
    }
    return ip.jsExpr(T.boolean, `!${condition(ip, e.expression(), scope, mc)}`);
  }
  if (e instanceof PreOpExpressionContext) {
    const inner = expr(ip, e.expression(), scope, mc);
    if (e.SUB()) {
      if (!isNumeric(inner.type)) {
        throw new EvaluatorError(`unary minus on ${typeToString(inner.type)}`);
      }
      return ip.jsExpr(inner.type, `${inner.type.name === 'integer' ? 'negI' : 'negD'}(${ip.jsOf(inner)})`);
    }
    if (e.ADD()) {
      return inner;
    }
    return increment(ip, inner, e.INC() ? 1 : -1, true, mc);
  }
  if (e instanceof PostOpExpressionContext) {
    return increment(ip, expr(ip, e.expression(), scope, mc), e.INC() ? 1 : -1, false, mc);
  }
  if (e instanceof AssignExpressionContext) {
    return assign(ip, terminalText(e), e, scope, mc);
  }
  if (e instanceof DotExpressionContext) {
    return dot(ip, e, scope, mc);
  }
  if (e instanceof ArrayExpressionContext) {
    const [l, i] = e.expression_list().map((x) => expr(ip, x, scope, mc));
    if (l.type.name !== 'list' || i.type.name !== 'integer') {
      throw new EvaluatorError(`list index needs List[Integer]: ${e.getText()}`);
    }
    const list = ip.jsOf(l);
    const index = ip.jsOf(i);
    return ip.jsExpr(l.type.args[0], `at(${list}, ${index})`, {
      assign: (valueJs) => `setAt(${list}, ${index}, ${valueJs})`
    });
  }
  if (e instanceof MethodCallExpressionContext) {
    return methodCall(ip, e.methodCall(), scope, mc);
  }
  if (e instanceof NewExpressionContext) {
    return creator(ip, e.creator(), scope, mc);
  }
  if (e instanceof CastExpressionContext) {
    const target = ip.resolveTypeRef(e.typeRef(), mc.cls);
    const inner = expr(ip, e.expression(), scope, mc);
    if (isNumeric(target) && isNumeric(inner.type) && NUMERIC_RANK[target.name] >= NUMERIC_RANK[inner.type.name]) {
      return { type: target, ev: inner.ev };
    }
    throw new EvaluatorError(`cast is not modelled: ${e.getText()}`);
  }
  throw new EvaluatorError(`unsupported expression: ${e.getText().slice(0, 60)}`);
}

export function primary(ip: ApexInterpreter, e: PrimaryExpressionContext, scope: Scope, mc: MethodCompile): CExpr {
  const p = e.primary();
  if (p instanceof LiteralPrimaryContext) {
    return literal(ip, p.literal());
  }
  if (p instanceof ThisPrimaryContext) {
    const slot = mc.thisSlot;
    const cls = mc.cls;
    return { type: { name: qualifiedName(cls), args: [], cls }, ev: (f) => f[slot] };
  }
  if (p instanceof IdPrimaryContext) {
    const name = p.id().getText();
    const l = lower(name);
    const v = lookupVar(ip, scope, l);
    if (v) {
      const slot = v.slot;
      return ip.jsExpr(v.type, `f[${slot}]`, { assign: (valueJs) => `f[${slot}] = ${valueJs}` });
    }
    const sf = ip.staticField(mc.cls, l);
    if (sf) {
      return sf;
    }
    if (SYSTEM_TYPES.has(l) || ip.findClass([name], mc.cls)) {
      return {
        type: T.void,
        typeName: l,
        ev: () => {
          throw new EvaluatorError(`type ${name} used as a value`);
        }
      };
    }
    throw new EvaluatorError(`Variable does not exist: ${name}`);
  }
  if (p instanceof TypeRefPrimaryContext) {
    throw new EvaluatorError('Type.class is not modelled');
  }
  throw new EvaluatorError(`unsupported primary: ${p.getText()}`);
}

export function literal(ip: ApexInterpreter, l: LiteralContext): CExpr {
  const text = l.getText();
  const constant = (type: ApexType, v: unknown): CExpr =>
    ip.jsExpr(type, typeof v === 'number' ? String(v) : JSON.stringify(v));
  if (l.IntegerLiteral()) {
    return constant(T.integer, Number(text));
  }
  if (l.LongLiteral()) {
    return constant(T.long, Number(text.slice(0, -1)));
  }
  if (l.NumberLiteral()) {
    // "1.5" is a Decimal; the d suffix makes a Double (Apex Developer Guide, Primitive Data Types: Double).
    const isDouble = /[dD]$/.test(text);
    return constant(isDouble ? T.double : T.decimal, Number(isDouble ? text.slice(0, -1) : text));
  }
  if (l.StringLiteral()) {
    return constant(T.string, unescapeApex(text));
  }
  if (l.BooleanLiteral()) {
    return constant(T.boolean, lower(text) === 'true');
  }
  if (l.NULL()) {
    return constant(T.null, null);
  }
  throw new EvaluatorError(`unsupported literal ${text}`);
}

export function arith(ip: ApexInterpreter, op: string, a: CExpr, b: CExpr, at: ExpressionContext): CExpr {
  const ea = a.ev;
  const eb = b.ev;
  if (op === '+' && (a.type.name === 'string' || b.type.name === 'string')) {
    // String concatenation converts the other operand with String.valueOf (null → 'null').
    const ta = a.type;
    const tb = b.type;
    return { type: T.string, ev: (f) => apexToString(ea(f), ta) + apexToString(eb(f), tb) };
  }
  if (!isNumeric(a.type) || !isNumeric(b.type)) {
    throw new EvaluatorError(
      `arithmetic on ${typeToString(a.type)} and ${typeToString(b.type)}: ${at.getText().slice(0, 60)}`
    );
  }
  const type = widest(a.type, b.type);
  if (type.name === 'decimal' || type.name === 'long') {
    // Decimal arithmetic is arbitrary-precision in Apex (not IEEE) and Long is 64-bit: not modelled on purpose,
    // so generated code that mixes them in fails loudly.
    throw new EvaluatorError(`${type.name} arithmetic is not modelled: ${at.getText().slice(0, 60)}`);
  }
  // Arithmetic on null throws, Integer wraps and divides toward zero, division by zero throws: runtime.ts.
  const fn = { '+': 'add', '-': 'sub', '*': 'mul', '/': 'div' }[op];
  if (!fn) {
    throw new EvaluatorError(`operator ${op} is not modelled`);
  }
  return ip.jsExpr(type, `${fn}${type.name === 'integer' ? 'I' : 'D'}(${ip.jsOf(a)}, ${ip.jsOf(b)})`);
}

export function compare(
  ip: ApexInterpreter,
  op: string,
  e: CmpExpressionContext,
  scope: Scope,
  mc: MethodCompile
): CExpr {
  const [a, b] = e.expression_list().map((x) => expr(ip, x, scope, mc));
  if (!isNumeric(a.type) || !isNumeric(b.type)) {
    throw new EvaluatorError(`comparison of non-numbers is not modelled: ${e.getText()}`);
  }
  const fn = { '<': 'lt', '>': 'gt', '<=': 'le', '>=': 'ge' }[op];
  if (!fn) {
    throw new EvaluatorError(`operator ${op} is not modelled`);
  }
  // A null operand makes the comparison false (runtime.ts).
  return ip.jsExpr(T.boolean, `${fn}(${ip.jsOf(a)}, ${ip.jsOf(b)})`);
}

export function increment(
  ip: ApexInterpreter,
  target: CExpr,
  delta: number,
  prefix: boolean,
  mc: MethodCompile
): CExpr {
  const assign = target.assign;
  if (!assign || !isNumeric(target.type)) {
    throw new EvaluatorError('++/-- needs a numeric variable');
  }
  // Integer wraps at 32 bits, null throws (runtime.ts add*); a postfix keeps the old value in a spare frame slot.
  const add = target.type.name === 'integer' ? 'addI' : 'addD';
  if (prefix) {
    return ip.jsExpr(target.type, assign(`${add}(${ip.jsOf(target)}, ${delta})`));
  }
  const old = mc.slots++;
  return ip.jsExpr(target.type, `f[${old}] = ${ip.jsOf(target)}, ${assign(`${add}(f[${old}], ${delta})`)}, f[${old}]`);
}

export function assign(
  ip: ApexInterpreter,
  op: string,
  e: AssignExpressionContext,
  scope: Scope,
  mc: MethodCompile
): CExpr {
  const [lhs, rhs] = e.expression_list();
  const target = expr(ip, lhs, scope, mc);
  const value = expr(ip, rhs, scope, mc);
  const set = target.assign;
  if (!set) {
    throw new EvaluatorError(`not assignable: ${lhs.getText()}`);
  }
  // `x op= v` reads the target again (its operands are evaluated twice, as the closures did).
  const combined = op === '=' ? value : arith(ip, op.slice(0, 1), target, value, e);
  ip.checkAssignable(target.type, combined.type, e);
  return ip.jsExpr(target.type, set(ip.jsOf(combined)));
}
