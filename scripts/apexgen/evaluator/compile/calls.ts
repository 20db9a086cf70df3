/** Calls and object creation: user methods (the callee frame built in place), constructors, `new` of collections, and
 * dotted access (fields, static members, system classes, builtin methods). */
import {
  CreatorContext,
  DotExpressionContext,
  ExpressionListContext,
  MethodCallContext
} from '@apexdevtools/apex-parser';
import { builtinMethod } from '../builtins/methods';
import { systemStatic } from '../builtins/system';
import { ApexInterpreter } from '../interpreter';
import { EvaluatorError, npe, T } from '../values';
import { expr } from './expressions';
import { CExpr, Frame, lower, MethodCompile, MethodInfo, Scope, SYSTEM_TYPES } from './model';

export function argumentList(
  ip: ApexInterpreter,
  a: ExpressionListContext | null | undefined,
  scope: Scope,
  mc: MethodCompile
): CExpr[] {
  return (a?.expression_list() ?? []).map((x) => expr(ip, x, scope, mc));
}

export function callUser(
  ip: ApexInterpreter,
  m: MethodInfo,
  args: CExpr[],
  self: CExpr | undefined,
  at: { getText(): string }
): CExpr {
  m.params.forEach((p, i) => {
    ip.checkAssignable(p.type, args[i].type, at);
  });
  const owner = m.cls;
  // The callee's frame is built in place by the compiled caller: [return value, this, arguments…].
  const run = (frame: Frame): unknown => {
    if (self) {
      if (frame[1] === null || frame[1] === undefined) {
        npe();
      }
    } else {
      ip.initialise(owner);
    }
    ip.compile(m).exec(frame);
    return frame[0] ?? null;
  };
  const parts = ['null', self ? ip.jsOf(self) : 'null', ...args.map((a) => ip.jsOf(a))];
  return ip.jsExpr(m.returnType, `${ip.ref(run)}([${parts.join(', ')}])`);
}

export function methodCall(ip: ApexInterpreter, c: MethodCallContext, scope: Scope, mc: MethodCompile): CExpr {
  const args = argumentList(ip, c.expressionList(), scope, mc);
  if (c.THIS()) {
    const ctor = (mc.cls.ctors as MethodInfo[]).find((k) => k.params.length === args.length);
    if (!ctor) {
      throw new EvaluatorError('no matching constructor for this(...)');
    }
    return callUser(ip, ctor, args, ip.jsExpr(T.object, `f[${mc.thisSlot}]`), c);
  }
  if (c.SUPER()) {
    return { type: T.void, ev: () => null };
  }
  const m = ip.pickMethod(mc.cls, c.id().getText(), args.length);
  if (!m.isStatic) {
    return callUser(ip, m, args, ip.jsExpr(T.object, `f[${mc.thisSlot}]`), c);
  }
  return callUser(ip, m, args, undefined, c);
}

export function creator(ip: ApexInterpreter, c: CreatorContext, scope: Scope, mc: MethodCompile): CExpr {
  const pairs = c.createdName().idCreatedNamePair_list();
  const parts = pairs.map((p) => p.anyId().getText());
  const typeArgs =
    pairs[pairs.length - 1]
      .typeList()
      ?.typeRef_list()
      .map((r) => ip.resolveTypeRef(r, mc.cls)) ?? [];
  const type = ip.namedType(parts, typeArgs, mc.cls);
  const kind = type.name;
  const setRest = c.setCreatorRest();
  if (setRest) {
    const items = setRest.expression_list().map((x) => expr(ip, x, scope, mc));
    items.forEach((i) => {
      ip.checkAssignable(type.args[0], i.type, c);
    });
    const evs = items.map((i) => i.ev);
    if (kind === 'list') {
      return { type, ev: (f) => evs.map((ev) => ev(f)) };
    }
    if (kind === 'set') {
      return { type, ev: (f) => new Set(evs.map((ev) => ev(f))) };
    }
  }
  const arr = c.arrayCreatorRest();
  if (arr && kind === 'list') {
    const init = arr.arrayInitializer();
    const evs = (init?.expression_list() ?? []).map((x) => expr(ip, x, scope, mc).ev);
    if (!init) {
      throw new EvaluatorError('new List<T>[n] is not modelled');
    }
    return { type, ev: (f) => evs.map((ev) => ev(f)) };
  }
  const mapRest = c.mapCreatorRest();
  if (mapRest && kind === 'map') {
    const pairsCe = mapRest
      .mapCreatorRestPair_list()
      .map((p) => p.expression_list().map((x) => expr(ip, x, scope, mc).ev));
    return { type, ev: (f) => new Map(pairsCe.map(([k, v]) => [k(f), v(f)])) };
  }
  const classRest = c.classCreatorRest();
  if (classRest) {
    const args = argumentList(ip, classRest.arguments().expressionList(), scope, mc);
    if (kind === 'list' || kind === 'set' || kind === 'map') {
      if (args.length === 0) {
        return { type, ev: () => (kind === 'list' ? [] : kind === 'set' ? new Set() : new Map()) };
      }
      if (args.length === 1 && kind === 'list') {
        const ev = args[0].ev;
        return {
          type,
          ev: (f) => {
            const src = ev(f);
            if (src === null) {
              npe();
            }
            return Array.isArray(src) ? (src.slice() as unknown[]) : [...(src as Set<unknown>)];
          }
        };
      }
      throw new EvaluatorError(`collection constructor is not modelled: ${c.getText()}`);
    }
    const cls = type.cls;
    if (!cls) {
      throw new EvaluatorError(`cannot instantiate ${parts.join('.')}`);
    }
    const ctor = ip.constructorFor(cls, args.length);
    ctor?.params.forEach((p, i) => {
      ip.checkAssignable(p.type, args[i].type, c);
    });
    const evs = args.map((a) => a.ev);
    return {
      type,
      ev: (f) =>
        ip.instantiate(
          cls,
          ctor,
          evs.map((ev) => ev(f))
        )
    };
  }
  throw new EvaluatorError(`unsupported creator: ${c.getText().slice(0, 60)}`);
}

export function dot(ip: ApexInterpreter, e: DotExpressionContext, scope: Scope, mc: MethodCompile): CExpr {
  if (e.QUESTIONDOT()) {
    throw new EvaluatorError('?. is not modelled');
  }
  const target = expr(ip, e.expression(), scope, mc);
  const call = e.dotMethodCall();
  if (target.typeName !== undefined) {
    const typeName = target.typeName;
    if (call) {
      const name = call.anyId().getText();
      const args = argumentList(ip, call.expressionList(), scope, mc);
      const cls = SYSTEM_TYPES.has(typeName) ? undefined : ip.findClass([typeName], mc.cls);
      if (cls) {
        return callUser(ip, ip.pickMethod(cls, name, args.length), args, undefined, e);
      }
      return systemStatic(ip, typeName, lower(name), args, e);
    }
    const member = e.anyId().getText();
    const cls = ip.findClass([typeName], mc.cls);
    if (cls) {
      const sf = ip.staticField(cls, lower(member));
      if (sf) {
        return sf;
      }
      if (cls.inner.has(lower(member))) {
        return { type: T.void, typeName: `${typeName}.${lower(member)}`, ev: () => null };
      }
    }
    if (typeName === 'math' && (lower(member) === 'pi' || lower(member) === 'e')) {
      const v = lower(member) === 'pi' ? Math.PI : Math.E;
      return { type: T.double, ev: () => v };
    }
    throw new EvaluatorError(`Variable does not exist: ${typeName}.${member}`);
  }
  if (call) {
    const name = lower(call.anyId().getText());
    const args = argumentList(ip, call.expressionList(), scope, mc);
    const cls = target.type.cls;
    if (cls) {
      return callUser(ip, ip.pickMethod(cls, name, args.length), args, target, e);
    }
    return builtinMethod(ip, target, name, args, e);
  }
  const field = lower(e.anyId().getText());
  const cls = target.type.cls;
  const info = cls?.fields.get(field);
  if (!cls || !info || info.isStatic) {
    throw new EvaluatorError(`Variable does not exist: ${e.getText()}`);
  }
  const place = `nn(${ip.jsOf(target)}).fields[${JSON.stringify(field)}]`;
  return ip.jsExpr(info.type, place, { assign: (valueJs) => `${place} = ${valueJs}` });
}
