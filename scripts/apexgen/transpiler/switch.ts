/** switch on strings or numbers → an if / else if chain (Apex `switch on` is avoided). */
import * as ts from 'typescript';
import { DIAGNOSTICS } from '../diagnostics';
import { FnCtx } from './context';
import { stringEquals } from './conversions';
import { expr } from './expressions';
import { block } from './statements';
import { endsAbruptly } from './syntax';

export function switchStatement(s: ts.SwitchStatement, ctx: FnCtx): string {
  const stringSwitch = ctx.tx.isString(s.expression);
  if (!stringSwitch && !ctx.tx.isNumber(s.expression)) {
    ctx.tx.reject(s.expression, DIAGNOSTICS.switchSubject);
  }
  let subject = expr(s.expression, ctx).code;
  const pre: string[] = [];
  if (!ts.isIdentifier(s.expression) && !ts.isPropertyAccessExpression(s.expression)) {
    const temp = ctx.locals.declare(`switch:${s.pos}`, `switchValue${++ctx.tempCount}`);
    pre.push(`${stringSwitch ? 'String' : 'Double'} ${temp} = ${subject};`);
    subject = temp;
  }
  const branches: string[] = [];
  let pending: ts.Expression[] = [];
  let defaultBody: string | undefined;
  const clauses = s.caseBlock.clauses;
  clauses.forEach((c, idx) => {
    if (ts.isCaseClause(c)) {
      pending.push(c.expression);
    }
    if (c.statements.length === 0) {
      if (ts.isDefaultClause(c)) {
        ctx.tx.reject(c, DIAGNOSTICS.emptyDefaultFirst);
      }
      return;
    }
    const stmts = [...c.statements];
    const last = stmts[stmts.length - 1];
    if (ts.isBreakStatement(last) && !last.label) {
      stmts.pop();
    } else if (!endsAbruptly(last) && idx < clauses.length - 1) {
      ctx.tx.reject(c, DIAGNOSTICS.switchFallThrough);
    }
    const code = block(stmts, ctx);
    if (ts.isDefaultClause(c)) {
      if (idx !== clauses.length - 1 || pending.length > 0) {
        ctx.tx.reject(c, DIAGNOSTICS.defaultNotLast);
      }
      defaultBody = code;
    } else {
      const cond = pending
        .map((p) => {
          const v = expr(p, ctx).code;
          return stringSwitch ? stringEquals(subject, v, false, ctx) : `${subject} == ${v}`;
        })
        .join(' || ');
      branches.push(`if (${cond}) {\n${code}\n}`);
      pending = [];
    }
  });
  let chain = branches.join(' else ');
  if (defaultBody !== undefined) {
    chain = branches.length > 0 ? `${chain} else {\n${defaultBody}\n}` : defaultBody;
  }
  return [...pre, chain].join('\n');
}
