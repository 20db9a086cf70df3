/**
 * The catalogue of every rejection the transpiler reports (code, construct, suggestion), and how a rejection is
 * located and printed. The transpiler names an entry (`tx.reject(node, DIAGNOSTICS.closure)`); the tests name the same
 * entry (__tests__/rejections.test.ts), so a message is written once. `{0}`, `{1}` … in a construct or suggestion are
 * filled, in order, with the arguments given to reject().
 */
import * as ts from 'typescript';
import * as path from 'node:path';

/** One kind of construct outside the transpilable subset (docs/ENGINE_SUBSET.md) and what to write instead. */
export interface Diagnostic {
  /** Stable identifier, printed with the message: APEXGEN1xx modules, 2xx types, 3xx statements, 4xx expressions, 5xx calls. */
  code: string;
  construct: string;
  suggestion: string;
}

export const DIAGNOSTICS = {
  // Modules and declarations
  constantWithoutValue: {
    code: 'APEXGEN101',
    construct: 'constant without a value',
    suggestion: 'initialise the constant'
  },
  constantObject: {
    code: 'APEXGEN102',
    construct: 'constant object',
    suggestion: 'return rich values from a function (e.g. defaultConfig())'
  },
  importOutsideFolder: {
    code: 'APEXGEN103',
    construct: "import from '{0}'",
    suggestion: 'import only from engine modules in the same folder (./module)'
  },
  importNotEngine: {
    code: 'APEXGEN104',
    construct: "import from '{0}'",
    suggestion: 'the imported module is not an engine module'
  },
  defaultOrNamespaceImport: {
    code: 'APEXGEN105',
    construct: 'default or namespace import',
    suggestion: "use named imports: import { f } from './module'"
  },
  overloadOrAnonymous: {
    code: 'APEXGEN106',
    construct: 'function overload or anonymous function',
    suggestion: 'declare each function once, with a body'
  },
  genericTypeAlias: { code: 'APEXGEN107', construct: 'generic type alias', suggestion: 'declare a concrete type' },
  nonLiteralUnion: {
    code: 'APEXGEN108',
    construct: 'union type other than string literals',
    suggestion: "use a string-literal union ('a' | 'b') or optional fields"
  },
  moduleLevelLet: {
    code: 'APEXGEN109',
    construct: 'module-level let/var',
    suggestion: 'module state is not allowed: use const literals or pass values as parameters'
  },
  destructuredConstant: { code: 'APEXGEN110', construct: 'destructuring', suggestion: 'declare one constant per name' },
  reExport: {
    code: 'APEXGEN111',
    construct: 're-export in a module',
    suggestion: 'only barrels re-export; import the name where it is used'
  },
  classDeclaration: {
    code: 'APEXGEN112',
    construct: 'class',
    suggestion: 'use interfaces for data and exported functions for behaviour'
  },
  enumDeclaration: {
    code: 'APEXGEN113',
    construct: 'enum',
    suggestion: "use a string-literal union: type Tier = 'a' | 'b'"
  },
  namespace: { code: 'APEXGEN114', construct: 'namespace', suggestion: 'use one module per file' },
  defaultExport: { code: 'APEXGEN115', construct: 'default export', suggestion: 'use named exports' },
  topLevelStatement: {
    code: 'APEXGEN116',
    construct: 'top-level {0}',
    suggestion: 'module level holds only imports, functions, types and constants'
  },
  interfaceExtends: {
    code: 'APEXGEN117',
    construct: 'interface extends/generics',
    suggestion: 'list every field in the interface'
  },
  interfaceMember: {
    code: 'APEXGEN118',
    construct: 'interface member other than a typed field',
    suggestion: 'interfaces hold data fields only (no methods, no index signatures: use Record<string, T>)'
  },
  genericFunction: {
    code: 'APEXGEN119',
    construct: 'generic function',
    suggestion: 'write one function per concrete type'
  },
  asyncFunction: {
    code: 'APEXGEN120',
    construct: 'async or generator function',
    suggestion: 'engine functions are synchronous and return plain data'
  },
  destructuredParameter: {
    code: 'APEXGEN121',
    construct: 'destructured parameter',
    suggestion: 'take the object and read its fields'
  },
  optionalParameter: {
    code: 'APEXGEN122',
    construct: 'optional, default or rest parameter',
    suggestion: 'pass every argument explicitly (use a DTO field for optional values)'
  },
  missingReturnType: {
    code: 'APEXGEN123',
    construct: 'function without a return type annotation',
    suggestion: 'annotate the return type'
  },
  moduleNameTooLong: {
    code: 'APEXGEN124',
    construct: 'module name',
    suggestion: 'class {0} exceeds 40 characters: rename the module'
  },
  moduleNameReserved: {
    code: 'APEXGEN125',
    construct: 'module name',
    suggestion: 'class {0} is the generated runtime class: rename the module'
  },
  // Types
  nullType: { code: 'APEXGEN201', construct: 'undefined/null type', suggestion: 'use an optional field' },
  unionType: {
    code: 'APEXGEN202',
    construct: 'union type {0}',
    suggestion: 'use a string-literal union or an optional field'
  },
  anyType: { code: 'APEXGEN203', construct: 'any/unknown type', suggestion: 'give the value a precise type' },
  tupleType: { code: 'APEXGEN204', construct: 'tuple type', suggestion: 'use an interface with named fields' },
  mapObject: { code: 'APEXGEN205', construct: 'Map object', suggestion: 'use Record<string, T>' },
  unsupportedType: {
    code: 'APEXGEN206',
    construct: 'type {0}',
    suggestion: 'use number, string, boolean, arrays, Record<string, T> or an engine interface'
  },
  // Statements
  forLoopShape: {
    code: 'APEXGEN301',
    construct: 'for loop other than for (let i = a; cond; i++)',
    suggestion: 'declare one counter, with a condition and an increment'
  },
  forCounterWithoutValue: {
    code: 'APEXGEN302',
    construct: 'for counter without initial value',
    suggestion: 'write for (let i = 0; …)'
  },
  destructuredLocal: { code: 'APEXGEN303', construct: 'destructuring', suggestion: 'declare one variable per value' },
  truthiness: {
    code: 'APEXGEN304',
    construct: 'non-boolean condition (truthiness)',
    suggestion: 'compare explicitly: x !== undefined, n > 0, s.length > 0'
  },
  varDeclaration: { code: 'APEXGEN305', construct: 'var', suggestion: 'use const or let' },
  labelledJump: {
    code: 'APEXGEN306',
    construct: 'labelled break/continue',
    suggestion: 'restructure the loop (use a boolean flag)'
  },
  breakInSwitchCase: {
    code: 'APEXGEN307',
    construct: 'break inside a switch case other than its last statement',
    suggestion: 'end each case with break, or use if/else'
  },
  forOfShape: {
    code: 'APEXGEN308',
    construct: 'for…of without a single declaration',
    suggestion: 'write for (const x of list)'
  },
  forOfNonArray: {
    code: 'APEXGEN309',
    construct: 'for…of over a non-array',
    suggestion: 'iterate a list, or Object.keys(record)'
  },
  nestedFunction: {
    code: 'APEXGEN310',
    construct: 'nested function',
    suggestion: 'declare functions at module level (no closures)'
  },
  exception: {
    code: 'APEXGEN311',
    construct: 'exception (throw/try)',
    suggestion: 'return a result DTO with an error field instead'
  },
  doWhile: { code: 'APEXGEN312', construct: 'do…while', suggestion: 'use while (condition) { … }' },
  forIn: { code: 'APEXGEN313', construct: 'for…in', suggestion: 'use for (const k of Object.keys(record))' },
  label: { code: 'APEXGEN314', construct: 'label', suggestion: 'restructure the loop' },
  nestedClass: { code: 'APEXGEN315', construct: 'class', suggestion: 'use interfaces and functions' },
  unsupportedStatement: {
    code: 'APEXGEN316',
    construct: '{0}',
    suggestion: 'not in the engine subset (docs/ENGINE_SUBSET.md)'
  },
  pushSeveral: {
    code: 'APEXGEN317',
    construct: 'push with several arguments',
    suggestion: 'push one element per call'
  },
  expressionWithoutEffect: {
    code: 'APEXGEN318',
    construct: 'expression statement without effect',
    suggestion: 'only calls, assignments and ++/-- stand alone'
  },
  assignmentThroughOptionalChain: {
    code: 'APEXGEN319',
    construct: 'assignment through ?.',
    suggestion: 'test for undefined first'
  },
  assignmentTarget: {
    code: 'APEXGEN320',
    construct: 'assignment target',
    suggestion: 'assign to a variable, a field or a list element'
  },
  assignmentOperator: {
    code: 'APEXGEN321',
    construct: 'assignment operator {0}',
    suggestion: 'use = + - * / assignments'
  },
  switchSubject: {
    code: 'APEXGEN322',
    construct: 'switch on a non-string, non-number',
    suggestion: 'switch on strings or numbers'
  },
  emptyDefaultFirst: {
    code: 'APEXGEN323',
    construct: 'empty default clause followed by cases',
    suggestion: 'put default last'
  },
  switchFallThrough: {
    code: 'APEXGEN324',
    construct: 'switch fall-through',
    suggestion: 'end each case with break or return'
  },
  defaultNotLast: {
    code: 'APEXGEN325',
    construct: 'default clause not last or combined with cases',
    suggestion: 'put default last, on its own'
  },
  // Expressions and operators
  regularExpression: {
    code: 'APEXGEN401',
    construct: 'regular expression',
    suggestion: 'use the string methods of the subset'
  },
  nonPrimitiveInString: {
    code: 'APEXGEN402',
    construct: 'non-primitive value in a string',
    suggestion: 'interpolate strings, integers or booleans only'
  },
  thisKeyword: { code: 'APEXGEN403', construct: 'this', suggestion: 'engine functions take their data as parameters' },
  dynamicPropertyAccess: {
    code: 'APEXGEN404',
    construct: 'dynamic property access',
    suggestion: 'use obj.field on interfaces; rec[key] only on Record<string, T> and lists'
  },
  notOnNonBoolean: {
    code: 'APEXGEN405',
    construct: '! on a non-boolean (truthiness)',
    suggestion: 'compare explicitly (x === undefined, n === 0)'
  },
  prefixOperator: {
    code: 'APEXGEN406',
    construct: 'prefix operator {0}',
    suggestion: 'use ++/-- as statements, no unary +, no bitwise operators'
  },
  incrementInExpression: {
    code: 'APEXGEN407',
    construct: '++/-- inside an expression',
    suggestion: 'increment in its own statement'
  },
  spreadInArray: { code: 'APEXGEN408', construct: 'spread', suggestion: 'copy with list.slice() and push' },
  typeAssertion: {
    code: 'APEXGEN409',
    construct: 'type assertion',
    suggestion: 'annotate the variable instead of casting'
  },
  closure: {
    code: 'APEXGEN410',
    construct: 'closure (arrow function / function expression)',
    suggestion: 'write a loop, or a module-level function'
  },
  newExpression: { code: 'APEXGEN411', construct: 'new {0}', suggestion: 'use literals ([] / {}) and plain data' },
  typeofDeleteVoid: {
    code: 'APEXGEN412',
    construct: '{0}',
    suggestion: 'use typed values; compare with undefined; build a new record instead of delete'
  },
  spreadElement: { code: 'APEXGEN413', construct: 'spread', suggestion: 'list the fields / elements' },
  unsupportedExpression: {
    code: 'APEXGEN414',
    construct: '{0}',
    suggestion: 'not in the engine subset (docs/ENGINE_SUBSET.md)'
  },
  untypedArrayLiteral: {
    code: 'APEXGEN415',
    construct: 'array literal without a list type',
    suggestion: 'annotate the variable (const xs: number[] = [])'
  },
  nanOrInfinity: {
    code: 'APEXGEN416',
    construct: '{0}',
    suggestion: 'never produce NaN/Infinity: Apex throws on division by zero; guard and return 0'
  },
  functionAsValue: {
    code: 'APEXGEN417',
    construct: 'function used as a value',
    suggestion: 'call functions directly; no callbacks'
  },
  identifierOutOfScope: {
    code: 'APEXGEN418',
    construct: 'identifier {0}',
    suggestion: 'only locals, parameters and engine constants/functions are in scope'
  },
  mathConstant: { code: 'APEXGEN419', construct: 'Math.{0}', suggestion: 'use Math.PI or Math.E' },
  unknownProperty: {
    code: 'APEXGEN420',
    construct: 'property {0}',
    suggestion: 'read fields of engine interfaces, .length of strings and lists'
  },
  objectLiteralMember: {
    code: 'APEXGEN421',
    construct: 'object literal member (spread, method, computed key)',
    suggestion: 'list each field as name: value'
  },
  untypedObjectLiteral: {
    code: 'APEXGEN422',
    construct: 'object literal without an interface type',
    suggestion: 'annotate the target (variable, parameter or return type)'
  },
  unknownObjectType: {
    code: 'APEXGEN423',
    construct: 'object literal of an unknown type',
    suggestion: 'use an engine interface'
  },
  unknownField: { code: 'APEXGEN424', construct: 'unknown field {0}', suggestion: 'declare it in {1}' },
  assignmentInExpression: {
    code: 'APEXGEN425',
    construct: 'assignment inside an expression',
    suggestion: 'assign in its own statement'
  },
  looseEquality: {
    code: 'APEXGEN426',
    construct: 'loose equality (== / !=)',
    suggestion: 'use === / !== (== only against null/undefined)'
  },
  objectEquality: {
    code: 'APEXGEN427',
    construct: 'equality on objects or lists',
    suggestion: 'compare fields (reference equality differs in Apex)'
  },
  logicOnNonBooleans: {
    code: 'APEXGEN428',
    construct: '&&/|| on non-booleans',
    suggestion: 'use ?? for defaults and explicit comparisons'
  },
  inOnNonRecord: {
    code: 'APEXGEN429',
    construct: 'in on a non-record',
    suggestion: 'use key in record (Record<string, T>) only'
  },
  comparisonOfNonNumbers: {
    code: 'APEXGEN430',
    construct: 'comparison of non-numbers',
    suggestion: 'compare numbers (or two strings)'
  },
  binaryOperator: {
    code: 'APEXGEN431',
    construct: 'operator {0}',
    suggestion: 'bitwise, exponent and comma operators are not in the subset (use Math.pow)'
  },
  arithmeticOnNonNumbers: {
    code: 'APEXGEN432',
    construct: 'arithmetic on non-numbers ({0})',
    suggestion: 'arithmetic is on numbers only; concatenate strings with + or template literals'
  },
  // Calls and builtins
  sortCallback: {
    code: 'APEXGEN501',
    construct: 'array callback .sort()',
    suggestion: 'sort with the engine sorting module'
  },
  arrayCallback: { code: 'APEXGEN502', construct: 'array callback .{0}()', suggestion: 'write a for…of loop' },
  pushInExpression: {
    code: 'APEXGEN503',
    construct: 'push inside an expression',
    suggestion: 'push in its own statement'
  },
  listMethod: {
    code: 'APEXGEN504',
    construct: 'list method {0}',
    suggestion: 'use push, length, [i], slice(), includes, indexOf, join on string lists'
  },
  mathArity: {
    code: 'APEXGEN505',
    construct: 'Math.{0} with {1} argument(s)',
    suggestion: 'use abs/min/max (2 args)/floor/ceil/round/sqrt/exp/log/pow; no Math.random'
  },
  splitSeparator: {
    code: 'APEXGEN506',
    construct: 'split with a non-literal or multi-character separator',
    suggestion: "split on a literal one-character separator: s.split(',')"
  },
  stringMethod: {
    code: 'APEXGEN507',
    construct: 'string method {0}',
    suggestion: 'use the string methods listed in docs/ENGINE_SUBSET.md'
  },
  globalCall: {
    code: 'APEXGEN508',
    construct: 'call of {0}',
    suggestion: 'call engine functions, Math.*, String(n), Number(s)'
  },
  computedCall: { code: 'APEXGEN509', construct: 'computed call', suggestion: 'call functions by name' },
  libraryFunction: {
    code: 'APEXGEN510',
    construct: '{0}.{1}',
    suggestion: 'only Object.keys, Number.isFinite and Number.isNaN are in the subset'
  },
  unknownMethod: {
    code: 'APEXGEN511',
    construct: 'method {0}',
    suggestion: 'call engine functions and the string/list methods of the subset'
  }
} satisfies Record<string, Diagnostic>;

export type DiagnosticName = keyof typeof DIAGNOSTICS;

/** A construct outside the transpilable subset, with where it is and what to write instead. */
export interface Rejection {
  code: string;
  file: string;
  line: number;
  column: number;
  construct: string;
  suggestion: string;
}

/** Thrown when a module uses something outside the subset; carries every rejection found in the run. */
export class TranspileError extends Error {
  constructor(readonly rejections: Rejection[]) {
    super(rejections.map(formatRejection).join('\n'));
    this.name = 'TranspileError';
  }
}

export function formatRejection(r: Rejection): string {
  return `${r.file}:${r.line}:${r.column}: ${r.code} unsupported ${r.construct} — ${r.suggestion}`;
}

function fill(template: string, args: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (_m, i: string) => args[Number(i)] ?? '');
}

/** The rejection of `node` for `diagnostic`, its placeholders filled with `args`; the file is relative to `root`. */
export function rejectionAt(node: ts.Node, diagnostic: Diagnostic, args: readonly string[], root: string): Rejection {
  const sf = node.getSourceFile();
  const pos = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  return {
    code: diagnostic.code,
    file: path.relative(root, sf.fileName).split(path.sep).join('/'),
    line: pos.line + 1,
    column: pos.character + 1,
    construct: fill(diagnostic.construct, args),
    suggestion: fill(diagnostic.suggestion, args)
  };
}
