/**
 * Apex test classes: an assertion whose outcome is fixed before the test runs — `Assert.isTrue(true, …)`,
 * `Assert.areEqual(1, 1, …)`, `System.assert(false)`, `Assert.areEqual(x, x, …)` — checks nothing. Parsed with the
 * Salesforce-grammar parser (@apexdevtools/apex-parser), so comments and strings never count.
 */
import {
  ApexLexer,
  ApexParserFactory,
  DotExpressionContext,
  type ApexParseTree as ParseTree,
  type ApexParserRuleContext as ParserRuleContext
} from '@apexdevtools/apex-parser';
import type { Finding } from '../shared/finding';
import { RULE_CONSTANT_ASSERTION, RULE_PARSE_ERROR, RULE_SELF_COMPARISON } from './rules';

/** Assertions whose first argument decides the outcome (Apex names are case-insensitive). */
const ONE_VALUE = new Set([
  'assert.istrue',
  'assert.isfalse',
  'assert.isnull',
  'assert.isnotnull',
  'assert.isinstanceoftype',
  'assert.isnotinstanceoftype',
  'system.assert'
]);
/** Assertions comparing their first two arguments. */
const TWO_VALUES = new Set(['assert.areequal', 'assert.arenotequal', 'system.assertequals', 'system.assertnotequals']);

/** Tokens a constant expression may consist of: literals, operators and parentheses — no name, call or `new`. */
const CONSTANT_TOKENS = new Set([
  ApexLexer.IntegerLiteral,
  ApexLexer.LongLiteral,
  ApexLexer.NumberLiteral,
  ApexLexer.StringLiteral,
  ApexLexer.MultilineStringLiteral,
  ApexLexer.BooleanLiteral,
  ApexLexer.NULL,
  ApexLexer.ADD,
  ApexLexer.SUB,
  ApexLexer.MUL,
  ApexLexer.DIV,
  ApexLexer.BANG,
  ApexLexer.TILDE,
  ApexLexer.LPAREN,
  ApexLexer.RPAREN,
  ApexLexer.EQUAL,
  ApexLexer.TRIPLEEQUAL,
  ApexLexer.NOTEQUAL,
  ApexLexer.TRIPLENOTEQUAL,
  ApexLexer.AND,
  ApexLexer.OR,
  ApexLexer.LT,
  ApexLexer.GT
]);

/** A parse-tree node: a rule context (with children) or a terminal (with its token). */
type Node = ParseTree & { children?: ParseTree[] | null; symbol?: { type: number } };

function childrenOf(tree: ParseTree): ParseTree[] {
  return (tree as Node).children ?? [];
}

function tokenTypes(tree: ParseTree, out: number[] = []): number[] {
  const symbol = (tree as Node).symbol;
  if (symbol) out.push(symbol.type);
  for (const child of childrenOf(tree)) tokenTypes(child, out);
  return out;
}

function isConstant(tree: ParseTree): boolean {
  return tokenTypes(tree).every((t) => CONSTANT_TOKENS.has(t));
}

/** Same text and no call or `new` in it (two calls may differ: `areEqual(next(), next())` is a real check). */
function isSelfComparison(a: ParseTree, b: ParseTree): boolean {
  const types = tokenTypes(a);
  return a.getText() === b.getText() && !types.includes(ApexLexer.LPAREN) && !types.includes(ApexLexer.NEW);
}

function dotExpressions(tree: ParseTree, out: DotExpressionContext[] = []): DotExpressionContext[] {
  if (tree instanceof DotExpressionContext) out.push(tree);
  for (const child of childrenOf(tree)) dotExpressions(child, out);
  return out;
}

/** Findings in one Apex class (`path` is how findings name it). */
export function checkApexTestClass(path: string, source: string): Finding[] {
  let unit: ParserRuleContext;
  try {
    unit = ApexParserFactory.createParser(source, true).compilationUnit();
  } catch (error: unknown) {
    // The parser throws an ApexSyntaxError carrying line and column (its message may be empty).
    const at = error as { line?: number; column?: number; message?: string };
    const where = at.line === undefined ? '' : ` at ${String(at.line)}:${String(at.column ?? 0)}`;
    return [
      { path, line: at.line, rule: RULE_PARSE_ERROR, message: `not parsed as Apex${where} ${at.message ?? ''}`.trim() }
    ];
  }
  const findings: Finding[] = [];
  for (const dot of dotExpressions(unit)) {
    const call = dot.dotMethodCall() as ReturnType<DotExpressionContext['dotMethodCall']> | null;
    if (!call) continue;
    const name = `${dot.expression().getText()}.${call.anyId().getText()}`.toLowerCase();
    const args = (call.expressionList() as ReturnType<typeof call.expressionList> | null)?.expression_list() ?? [];
    const line = dot.start.line;
    const shown = dot.getText().slice(0, 80);
    if (ONE_VALUE.has(name) && args.length > 0 && isConstant(args[0])) {
      findings.push({ path, line, rule: RULE_CONSTANT_ASSERTION, message: `asserts a constant: ${shown}` });
    } else if (TWO_VALUES.has(name) && args.length >= 2) {
      if (isConstant(args[0]) && isConstant(args[1])) {
        findings.push({ path, line, rule: RULE_CONSTANT_ASSERTION, message: `compares two constants: ${shown}` });
      } else if (isSelfComparison(args[0], args[1])) {
        findings.push({ path, line, rule: RULE_SELF_COMPARISON, message: `compares a value with itself: ${shown}` });
      }
    }
  }
  return findings;
}

/** A class is a test class when annotated `@IsTest` (any case); only those are checked. */
export function isApexTestClass(source: string): boolean {
  return /@istest\b/i.test(source);
}
