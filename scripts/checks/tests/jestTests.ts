/**
 * jest tests, read with the TypeScript compiler API: `expect(<constant>)…` and `expect(x).toBe(x)` check nothing;
 * `it.skip` / `xit` / `describe.skip` / `it.todo` leave a test out silently; `.only` / `fit` / `fdescribe` leave out every
 * other test of the file.
 */
import ts from 'typescript';
import type { Finding } from '../shared/finding';
import { RULE_CONSTANT_ASSERTION, RULE_FOCUSED_TEST, RULE_SELF_COMPARISON, RULE_SKIPPED_TEST } from './rules';

const TEST_FUNCTIONS = new Set(['it', 'test', 'describe']);
const SKIPPED_NAMES = new Set(['xit', 'xtest', 'xdescribe']);
const FOCUSED_NAMES = new Set(['fit', 'fdescribe']);

/** A literal, or operators, parentheses, arrays and objects of literals: its value is known before the test runs. */
function isConstant(node: ts.Expression): boolean {
  if (
    ts.isLiteralExpression(node) ||
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword ||
    node.kind === ts.SyntaxKind.NullKeyword ||
    (ts.isIdentifier(node) && (node.text === 'undefined' || node.text === 'NaN' || node.text === 'Infinity'))
  ) {
    return true;
  }
  if (ts.isParenthesizedExpression(node)) return isConstant(node.expression);
  if (ts.isPrefixUnaryExpression(node)) return isConstant(node.operand);
  if (ts.isBinaryExpression(node)) return isConstant(node.left) && isConstant(node.right);
  if (ts.isArrayLiteralExpression(node)) return node.elements.every(isConstant);
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.every((p) => ts.isPropertyAssignment(p) && isConstant(p.initializer));
  }
  return false;
}

function containsCall(node: ts.Node): boolean {
  if (ts.isCallExpression(node) || ts.isNewExpression(node) || ts.isAwaitExpression(node)) return true;
  return ts.forEachChild(node, (child) => (containsCall(child) ? true : undefined)) ?? false;
}

/** `it.skip.each` → ['it', 'skip', 'each']; undefined when the chain does not start with a plain name. */
function chain(node: ts.Expression): string[] | undefined {
  if (ts.isIdentifier(node)) return [node.text];
  if (ts.isPropertyAccessExpression(node)) {
    const head = chain(node.expression);
    return head ? [...head, node.name.text] : undefined;
  }
  return undefined;
}

/** The `expect(actual)` call at the root of a matcher chain such as `expect(a).not.toBe(b)`. */
function expectCallOf(node: ts.Expression): ts.CallExpression | undefined {
  let current: ts.Expression = node;
  while (ts.isPropertyAccessExpression(current)) current = current.expression;
  return ts.isCallExpression(current) && ts.isIdentifier(current.expression) && current.expression.text === 'expect'
    ? current
    : undefined;
}

/** `name('title', …)`: a call with a test title first (so a helper such as `fit(model, data)` is not a test). */
function isTestDeclaration(callee: ts.Node): boolean {
  const call = callee.parent;
  if (!ts.isCallExpression(call) || call.expression !== callee) return false;
  const title = call.arguments[0] as ts.Expression | undefined;
  return title !== undefined && (ts.isStringLiteral(title) || ts.isTemplateLiteral(title));
}

/** Findings in one jest test file (`path` is how findings name it). */
export function checkJestTestFile(path: string, source: string): Finding[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const lineOf = (node: ts.Node): number => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  const shown = (node: ts.Node): string => node.getText(file).replace(/\s+/g, ' ').slice(0, 80);

  const visit = (node: ts.Node): void => {
    // Test functions: it.skip(…), describe.only(…), xit(…), fit(…), and references such as `cond ? it : it.skip`.
    if (ts.isPropertyAccessExpression(node) || ts.isIdentifier(node)) {
      const names = ts.isIdentifier(node) ? [node.text] : chain(node);
      const parentIsChain = ts.isPropertyAccessExpression(node.parent) && node.parent.expression === node;
      if (names && !parentIsChain && !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)) {
        const root = names[0];
        const line = lineOf(node);
        if (TEST_FUNCTIONS.has(root) && (names.includes('skip') || names.includes('todo'))) {
          findings.push({ path, line, rule: RULE_SKIPPED_TEST, message: `skipped test: ${shown(node)}` });
        } else if (TEST_FUNCTIONS.has(root) && names.includes('only')) {
          findings.push({ path, line, rule: RULE_FOCUSED_TEST, message: `focused test: ${shown(node)}` });
        } else if (names.length === 1 && SKIPPED_NAMES.has(root) && isTestDeclaration(node)) {
          findings.push({ path, line, rule: RULE_SKIPPED_TEST, message: `skipped test: ${root}(…)` });
        } else if (names.length === 1 && FOCUSED_NAMES.has(root) && isTestDeclaration(node)) {
          findings.push({ path, line, rule: RULE_FOCUSED_TEST, message: `focused test: ${root}(…)` });
        }
      }
    }
    // Matchers: expect(actual)[.not|.resolves|.rejects].matcher(expected…)
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const expectCall = expectCallOf(node.expression.expression);
      const actual = expectCall?.arguments[0];
      if (expectCall && actual) {
        const expected = node.arguments[0] as ts.Expression | undefined;
        if (isConstant(actual)) {
          findings.push({
            path,
            line: lineOf(node),
            rule: RULE_CONSTANT_ASSERTION,
            message: `asserts a constant: ${shown(node)}`
          });
        } else if (expected && !containsCall(actual) && actual.getText(file) === expected.getText(file)) {
          findings.push({
            path,
            line: lineOf(node),
            rule: RULE_SELF_COMPARISON,
            message: `compares a value with itself: ${shown(node)}`
          });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}
