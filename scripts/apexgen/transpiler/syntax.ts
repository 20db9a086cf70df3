/** Questions about TypeScript syntax nodes that need no type checker. */
import * as ts from 'typescript';

export function isNullish(e: ts.Expression): boolean {
  return e.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(e) && e.text === 'undefined');
}

export function isAssignmentOp(k: ts.SyntaxKind): boolean {
  return k >= ts.SyntaxKind.FirstAssignment && k <= ts.SyntaxKind.LastAssignment;
}

export function isRelational(k: ts.SyntaxKind): boolean {
  return [
    ts.SyntaxKind.LessThanToken,
    ts.SyntaxKind.LessThanEqualsToken,
    ts.SyntaxKind.GreaterThanToken,
    ts.SyntaxKind.GreaterThanEqualsToken
  ].includes(k);
}

export function isIntegerish(e: ts.Expression): boolean {
  if (ts.isNumericLiteral(e)) {
    return Number.isInteger(Number(e.text));
  }
  if (ts.isPropertyAccessExpression(e) && e.name.text === 'length') {
    return true;
  }
  if (ts.isBinaryExpression(e) && [ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken].includes(e.operatorToken.kind)) {
    return isIntegerish(e.left) && isIntegerish(e.right);
  }
  return false;
}

export function isStringLiteralType(t: ts.TypeNode): boolean {
  return ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal);
}

export function endsAbruptly(s: ts.Statement): boolean {
  return ts.isReturnStatement(s) || ts.isContinueStatement(s) || ts.isThrowStatement(s);
}

/** A barrel only re-exports (or is empty): it is not transpiled. */
export function isBarrel(sf: ts.SourceFile): boolean {
  return sf.statements.every((s) => ts.isExportDeclaration(s));
}
