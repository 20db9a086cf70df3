/** Apex statements → JavaScript text: blocks, locals, if, return, break/continue, while, for and for-each (labelled
 * loops, the iteration budget checked on each turn), with statement coverage when asked. */
import {
  BlockContext,
  ExpressionContext,
  ExpressionListContext,
  LocalVariableDeclarationContext,
  StatementContext
} from '@apexdevtools/apex-parser';
import { ApexInterpreter } from '../interpreter';
import { ApexType, EvaluatorError } from '../values';
import { expr } from './expressions';
import { lower, MethodCompile, qualifiedName, Scope, StmtJs, topClass } from './model';

export function block(ip: ApexInterpreter, b: BlockContext, parent: Scope, mc: MethodCompile): StmtJs {
  const scope: Scope = { vars: new Map(), parent };
  return `{\n${b
    .statement_list()
    .map((st) => stmt(ip, st, scope, mc))
    .join('\n')}\n}`;
}

export function declare(ip: ApexInterpreter, scope: Scope, mc: MethodCompile, name: string, type: ApexType): number {
  const l = lower(name);
  for (let s: Scope | undefined = scope; s; s = s.parent) {
    if (s.vars.has(l)) {
      throw new EvaluatorError(`Duplicate variable: ${name}`);
    }
  }
  const slot = mc.slots++;
  scope.vars.set(l, { slot, type });
  return slot;
}

export function localDecl(
  ip: ApexInterpreter,
  d: LocalVariableDeclarationContext,
  scope: Scope,
  mc: MethodCompile
): StmtJs {
  const type = ip.resolveTypeRef(d.typeRef(), mc.cls);
  return d
    .variableDeclarators()
    .variableDeclarator_list()
    .map((v) => {
      const init = v.expression();
      const ce = init ? expr(ip, init, scope, mc) : undefined;
      if (ce) {
        ip.checkAssignable(type, ce.type, v);
      }
      // Declared after its initialiser is compiled: `Double x = x + 1;` does not see itself.
      const slot = declare(ip, scope, mc, v.id().getText(), type);
      return `f[${slot}] = ${ce ? ip.jsOf(ce) : 'null'};`;
    })
    .join('\n');
}

export function stmt(ip: ApexInterpreter, s: StatementContext, scope: Scope, mc: MethodCompile): StmtJs {
  const js = stmtInner(ip, s, scope, mc);
  if (!ip.trackCoverage || s.block()) {
    return js;
  }
  const line = s.start.line;
  const key = qualifiedName(topClass(mc.cls));
  const cov = ip.coverage.get(key) ?? { all: new Set<number>(), hit: new Set<number>() };
  ip.coverage.set(key, cov);
  cov.all.add(line);
  return `${ip.ref(cov.hit)}.add(${line});\n${js}`;
}

/** A loop: a fresh label that the break/continue statements inside its body name. */
export function loop(ip: ApexInterpreter, mc: MethodCompile, build: (label: string) => StmtJs): StmtJs {
  const label = `L${++ip.labels}`;
  const loops = mc.loops ?? (mc.loops = []);
  loops.push(label);
  try {
    return build(label);
  } finally {
    loops.pop();
  }
}

export function stmtInner(ip: ApexInterpreter, s: StatementContext, scope: Scope, mc: MethodCompile): StmtJs {
  const b = s.block();
  if (b) {
    return block(ip, b, scope, mc);
  }
  const lv = s.localVariableDeclarationStatement();
  if (lv) {
    return localDecl(ip, lv.localVariableDeclaration(), scope, mc);
  }
  const es = s.expressionStatement();
  if (es) {
    return `${ip.jsOf(expr(ip, es.expression(), scope, mc))};`;
  }
  const ifs = s.ifStatement();
  if (ifs) {
    const cond = condition(ip, ifs.parExpression().expression(), scope, mc);
    const [thenS, elseS] = ifs.statement_list();
    const t = stmt(ip, thenS, { vars: new Map(), parent: scope }, mc);
    const e = elseS ? stmt(ip, elseS, { vars: new Map(), parent: scope }, mc) : undefined;
    return e ? `if (${cond}) {\n${t}\n} else {\n${e}\n}` : `if (${cond}) {\n${t}\n}`;
  }
  const rs = s.returnStatement();
  if (rs) {
    const e = rs.expression();
    if (!e) {
      return 'return;';
    }
    const ce = expr(ip, e, scope, mc);
    ip.checkAssignable(mc.method.returnType, ce.type, e);
    return `f[0] = ${ip.jsOf(ce)};\nreturn;`;
  }
  const isBreak = Boolean(s.breakStatement());
  if (isBreak || Boolean(s.continueStatement())) {
    const label = mc.loops?.[mc.loops.length - 1];
    if (!label) {
      throw new EvaluatorError(`${s.getText()} outside a loop`);
    }
    return isBreak ? `break ${label};` : `continue ${label};`;
  }
  const ws = s.whileStatement();
  if (ws) {
    const cond = condition(ip, ws.parExpression().expression(), scope, mc);
    return loop(ip, mc, (label) => {
      const body = stmt(ip, ws.statement(), { vars: new Map(), parent: scope }, mc);
      return `${label}: while (${cond}) {\nif (--B.n < 0) over();\n${body}\n}`;
    });
  }
  const fs = s.forStatement();
  if (fs) {
    return forStatement(ip, fs.forControl(), fs.statement(), scope, mc);
  }
  throw new EvaluatorError(`unsupported statement: ${s.getText().slice(0, 60)}`);
}

export function forStatement(
  ip: ApexInterpreter,
  ctl: ReturnType<import('@apexdevtools/apex-parser').ForStatementContext['forControl']>,
  bodyCtx: StatementContext,
  parent: Scope,
  mc: MethodCompile
): StmtJs {
  const scope: Scope = { vars: new Map(), parent };
  const enhanced = ctl.enhancedForControl();
  if (enhanced) {
    const coll = expr(ip, enhanced.expression(), scope, mc);
    const type = ip.resolveTypeRef(enhanced.typeRef(), mc.cls);
    const slot = declare(ip, scope, mc, enhanced.id().getText(), type);
    return loop(ip, mc, (label) => {
      const body = stmt(ip, bodyCtx, { vars: new Map(), parent: scope }, mc);
      return `${label}: for (const item of items(${ip.jsOf(coll)})) {\nf[${slot}] = item;\n${body}\n}`;
    });
  }
  const initCtx = ctl.forInit();
  const init: StmtJs = initCtx?.localVariableDeclaration()
    ? localDecl(ip, initCtx.localVariableDeclaration(), scope, mc)
    : exprList(ip, initCtx?.expressionList() ?? undefined, scope, mc);
  const condCtx = ctl.expression();
  const cond = condCtx ? condition(ip, condCtx, scope, mc) : 'true';
  const update = (ctl.forUpdate()?.expressionList()?.expression_list() ?? [])
    .map((x) => ip.jsOf(expr(ip, x, scope, mc)))
    .join(', ');
  return loop(ip, mc, (label) => {
    const body = stmt(ip, bodyCtx, { vars: new Map(), parent: scope }, mc);
    return `{\n${init}\n${label}: for (; ${cond}; ${update}) {\nif (--B.n < 0) over();\n${body}\n}\n}`;
  });
}

export function exprList(
  ip: ApexInterpreter,
  list: ExpressionListContext | undefined,
  scope: Scope,
  mc: MethodCompile
): StmtJs {
  return (list?.expression_list() ?? []).map((e) => `${ip.jsOf(expr(ip, e, scope, mc))};`).join('\n');
}

/** A Boolean condition as JavaScript text: a null Boolean throws (NullPointerException), as in Apex. */
export function condition(ip: ApexInterpreter, e: ExpressionContext, scope: Scope, mc: MethodCompile): string {
  const ce = expr(ip, e, scope, mc);
  if (ce.type.name !== 'boolean') {
    throw new EvaluatorError(`condition is not Boolean: ${e.getText()}`);
  }
  return `nb(${ip.jsOf(ce)})`;
}
