/**
 * ESLint `no-restricted-syntax` entries for the value engine: the constructs the generator rejects that syntax alone
 * recognises, each with the generator's own message (code, construct, suggestion) taken from its catalogue
 * (diagnostics.ts), so the editor shows the mistake before `npm run build`. The generator stays the rule
 * (docs/ENGINE_SUBSET.md): constructs that need types (truthiness, && / || on non-booleans, unknown methods) are
 * reported by it alone. __tests__/engineSubsetLint.test.ts holds each message to the generator's rejection.
 */
import type { Diagnostic } from './diagnostics';
import { DIAGNOSTICS } from './diagnostics';

/** One `no-restricted-syntax` entry. */
export interface RestrictedSyntax {
  selector: string;
  message: string;
}

/** A rejection as the generator prints it after the position: `APEXGEN410 unsupported … — …`. */
export function generatorMessage(diagnostic: Diagnostic, args: readonly string[]): string {
  const fill = (template: string): string =>
    template.replace(/\{(\d+)\}/g, (_match, index: string) => args[Number(index)] ?? '');
  return `${diagnostic.code} unsupported ${fill(diagnostic.construct)} — ${fill(diagnostic.suggestion)}`;
}

function entry(selector: string, diagnostic: Diagnostic, ...args: string[]): RestrictedSyntax {
  return { selector, message: generatorMessage(diagnostic, args) };
}

const ARRAY_CALLBACKS = ['map', 'filter', 'reduce', 'forEach', 'find', 'findIndex', 'some', 'every', 'flatMap'];
const CONSTRUCTORS = ['Date', 'Map', 'Set', 'Array', 'Error', 'RegExp', 'Object', 'Promise'];
const LIBRARY_CALLS = [
  ['JSON', 'stringify'],
  ['JSON', 'parse'],
  ['Date', 'now'],
  ['Array', 'from'],
  ['Array', 'isArray'],
  ['Number', 'parseFloat']
];

export const ENGINE_SUBSET_SYNTAX: RestrictedSyntax[] = [
  entry('ArrowFunctionExpression, FunctionExpression', DIAGNOSTICS.closure),
  entry(':function FunctionDeclaration', DIAGNOSTICS.nestedFunction),
  entry(
    'Program > ClassDeclaration, Program > ExportNamedDeclaration > ClassDeclaration',
    DIAGNOSTICS.classDeclaration
  ),
  entry('ThisExpression', DIAGNOSTICS.thisKeyword),
  // `throw new Error(…)` is reported once, as the throw.
  ...CONSTRUCTORS.map((name) =>
    entry(`NewExpression[callee.name='${name}']:not(ThrowStatement > NewExpression)`, DIAGNOSTICS.newExpression, name)
  ),
  entry('ThrowStatement, TryStatement', DIAGNOSTICS.exception),
  entry('DoWhileStatement', DIAGNOSTICS.doWhile),
  entry('ForInStatement', DIAGNOSTICS.forIn),
  entry('LabeledStatement', DIAGNOSTICS.label),
  entry(':function VariableDeclaration[kind="var"]', DIAGNOSTICS.varDeclaration),
  entry(
    'Program > VariableDeclaration[kind!="const"], Program > ExportNamedDeclaration > VariableDeclaration[kind!="const"]',
    DIAGNOSTICS.moduleLevelLet
  ),
  entry('Literal[regex]', DIAGNOSTICS.regularExpression),
  entry('ArrayExpression > SpreadElement', DIAGNOSTICS.spreadInArray),
  entry('ObjectExpression > SpreadElement, CallExpression > SpreadElement', DIAGNOSTICS.spreadElement),
  entry(
    ':function VariableDeclarator > ObjectPattern, :function VariableDeclarator > ArrayPattern',
    DIAGNOSTICS.destructuredLocal
  ),
  entry('TSAnyKeyword, TSUnknownKeyword', DIAGNOSTICS.anyType),
  entry('FunctionDeclaration[typeParameters]', DIAGNOSTICS.genericFunction),
  entry(
    'FunctionDeclaration > Identifier.params[optional=true], FunctionDeclaration > AssignmentPattern.params, FunctionDeclaration > RestElement.params',
    DIAGNOSTICS.optionalParameter
  ),
  entry('TSEnumDeclaration', DIAGNOSTICS.enumDeclaration),
  entry('TSModuleDeclaration', DIAGNOSTICS.namespace),
  ...ARRAY_CALLBACKS.map((method) =>
    entry(`CallExpression > MemberExpression.callee[property.name='${method}']`, DIAGNOSTICS.arrayCallback, method)
  ),
  entry("CallExpression > MemberExpression.callee[property.name='sort']", DIAGNOSTICS.sortCallback),
  entry(
    'BinaryExpression[operator=/^(==|!=)$/]:not([right.raw="null"]):not([left.raw="null"]):not([right.name="undefined"]):not([left.name="undefined"])',
    DIAGNOSTICS.looseEquality
  ),
  entry(
    "CallExpression[arguments.length=0] > MemberExpression.callee[object.name='Math'][property.name='random']",
    DIAGNOSTICS.mathArity,
    'random',
    '0'
  ),
  ...LIBRARY_CALLS.map(([object, method]) =>
    entry(
      `CallExpression > MemberExpression.callee[object.name='${object}'][property.name='${method}']`,
      DIAGNOSTICS.libraryFunction,
      object,
      method
    )
  )
];
