/**
 * The TypeScript → Apex transpiler for the engine subset (docs/ENGINE_SUBSET.md, docs/APEXGEN.md).
 * Input: the engine module files; output: one Apex class per module, unformatted (see generate.ts for formatting).
 */
import * as path from 'node:path';
import * as ts from 'typescript';
import { Rejection, TranspileError, rejectionAt } from './diagnostics';
import { NameScope, constantCase, pascalCase } from './naming';
import { DtoDesc, FieldDesc, FunctionDesc, GeneratedClass, ModuleDesc, TypeDesc, UnionDesc, apexType } from './types';

/** Rules that can be switched to a wrong variant, so tests can prove the differential test catches them. */
export interface GeneratorRules {
  /** `.equals()` (correct) or Apex `==` (case-insensitive on String: wrong). */
  stringEquality: 'equals' | 'operator';
  /** `Math.floor(x + 0.5)` (correct) or Apex `Math.round` (half-even: wrong). */
  roundHalfUp: boolean;
}

export const DEFAULT_RULES: GeneratorRules = { stringEquality: 'equals', roundHalfUp: true };

export interface TranspileOptions {
  /** Project root: file names in headers and errors are relative to it. */
  root: string;
  /** Class name prefix. */
  prefix?: string;
  rules?: Partial<GeneratorRules>;
}

type Kind = 'int' | 'dbl' | 'other';
interface Emitted {
  code: string;
  kind: Kind;
}

const HELPERS = ['jsMod', 'jsIsFinite', 'jsIsNaN', 'jsSubstring', 'jsCharAt'] as const;
type Helper = (typeof HELPERS)[number];

const HELPER_SOURCE: Record<Helper, string> = {
  jsMod: `/** JavaScript % (truncated remainder); Apex Math.mod is Integer/Long only. */
private static Double jsMod(Double dividend, Double divisor) {
  Double quotient = dividend / divisor;
  Double truncated = quotient < 0 ? Math.ceil(quotient) : Math.floor(quotient);
  return dividend - divisor * truncated;
}`,
  jsIsFinite: `/** Number.isFinite: NaN and infinities give a non-zero (NaN) difference. */
private static Boolean jsIsFinite(Double value) {
  return value != null && value - value == 0;
}`,
  jsIsNaN: `/** Number.isNaN: NaN is the only value not equal to itself. */
private static Boolean jsIsNaN(Double value) {
  return value != null && value != value;
}`,
  jsSubstring: `/** String.prototype.substring: clamps both indexes and swaps them when reversed (Apex throws instead). */
private static String jsSubstring(String value, Double startIndex, Double endIndex) {
  Integer length = value.length();
  Integer fromIndex = Math.max(0, Math.min(length, startIndex.intValue()));
  Integer toIndex = endIndex == null ? length : Math.max(0, Math.min(length, endIndex.intValue()));
  return fromIndex <= toIndex ? value.substring(fromIndex, toIndex) : value.substring(toIndex, fromIndex);
}`,
  jsCharAt: `/** String.prototype.charAt: a one-character String, empty when out of range (Apex charAt returns a code). */
private static String jsCharAt(String value, Double position) {
  Integer index = position.intValue();
  return index < 0 || index >= value.length() ? '' : value.substring(index, index + 1);
}`
};

const MATH_ONE_ARG = new Set(['abs', 'floor', 'ceil', 'sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'atan']);
const ARRAY_CALLBACKS = new Set([
  'map',
  'filter',
  'reduce',
  'reduceRight',
  'forEach',
  'find',
  'findIndex',
  'some',
  'every',
  'sort',
  'flatMap'
]);

interface ModuleState {
  name: string;
  file: string;
  relFile: string;
  className: string;
  sf: ts.SourceFile;
  members: NameScope;
  desc: ModuleDesc;
  helpersUsed: Set<Helper>;
}

interface SymbolRef {
  module: ModuleState;
  apexName: string;
  kind: 'function' | 'const' | 'dto' | 'union';
}

interface FnCtx {
  module: ModuleState;
  locals: NameScope;
  names: Map<ts.Declaration, string>;
  intCounters: Set<ts.Declaration>;
  tempCount: number;
}

function escapeApexString(s: string): string {
  let out = '';
  for (const ch of s) {
    switch (ch) {
      case '\\':
        out += '\\\\';
        break;
      case "'":
        out += "\\'";
        break;
      case '\n':
        out += '\\n';
        break;
      case '\r':
        out += '\\r';
        break;
      case '\t':
        out += '\\t';
        break;
      default:
        out += ch;
    }
  }
  return `'${out}'`;
}

/** Plain decimal digits of a finite non-negative number (no exponent), e.g. 1e-7 → 0.0000001. */
export function plainDecimal(v: number): string {
  const s = String(v);
  const m = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) {
    return s;
  }
  const digits = m[1] + (m[2] ?? '');
  const point = m[1].length + Number(m[3]);
  if (point <= 0) {
    return `0.${'0'.repeat(-point)}${digits}`;
  }
  if (point >= digits.length) {
    return digits + '0'.repeat(point - digits.length);
  }
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** A Double literal: Apex reads `1.5` as Decimal, so every number literal gets the `d` suffix. */
export function doubleLiteral(v: number): string {
  const s = plainDecimal(v);
  return `${s.includes('.') ? s : `${s}.0`}d`;
}

export class Transpiler {
  private readonly program: ts.Program;
  private readonly checker: ts.TypeChecker;
  private readonly rules: GeneratorRules;
  private readonly prefix: string;
  private readonly rejections: Rejection[] = [];
  private readonly modules = new Map<string, ModuleState>();
  private readonly symbols = new Map<ts.Symbol, SymbolRef>();
  private readonly dtoByDecl = new Map<ts.Node, DtoDesc>();
  private readonly fieldBySymbol = new Map<ts.Symbol, FieldDesc>();

  constructor(
    private readonly files: string[],
    private readonly options: TranspileOptions
  ) {
    this.rules = { ...DEFAULT_RULES, ...options.rules };
    this.prefix = options.prefix ?? 'CVP_';
    this.program = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      skipLibCheck: true,
      types: []
    });
    this.checker = this.program.getTypeChecker();
  }

  private reject(node: ts.Node, construct: string, suggestion: string): never {
    this.rejections.push(rejectionAt(node, construct, suggestion, this.options.root));
    throw new SkipNode();
  }

  /** Transpiles every non-barrel module; throws TranspileError listing every rejection. */
  run(): GeneratedClass[] {
    const sources = this.files
      .map((f) => this.program.getSourceFile(f))
      .filter((sf): sf is ts.SourceFile => sf !== undefined)
      .filter((sf) => !isBarrel(sf))
      .sort((a, b) => a.fileName.localeCompare(b.fileName));
    for (const sf of sources) {
      const name = path.basename(sf.fileName, '.ts');
      const className = `${this.prefix}${pascalCase(name)}`;
      if (className.length > 40) {
        this.rejections.push(
          rejectionAt(
            sf,
            'module name',
            `class ${className} exceeds 40 characters: rename the module`,
            this.options.root
          )
        );
        continue;
      }
      const members = new NameScope();
      HELPERS.forEach((h) => {
        members.reserve(h);
      });
      const relFile = path.relative(this.options.root, sf.fileName).split(path.sep).join('/');
      this.modules.set(path.resolve(sf.fileName), {
        name,
        file: sf.fileName,
        relFile,
        className,
        sf,
        members,
        desc: { module: name, file: relFile, className, functions: [], dtos: [], unions: [] },
        helpersUsed: new Set()
      });
    }
    const states = [...this.modules.values()];
    for (const m of states) {
      this.declareModule(m);
    }
    for (const m of states) {
      this.describeModule(m);
    }
    const out: GeneratedClass[] = [];
    for (const m of states) {
      const source = this.emitModule(m);
      out.push({ className: m.className, source, module: m.desc });
    }
    if (this.rejections.length > 0) {
      throw new TranspileError(this.rejections);
    }
    return out;
  }

  // ---------------------------------------------------------------- declarations

  private guard(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      if (!(e instanceof SkipNode)) {
        throw e;
      }
    }
  }

  private declareModule(m: ModuleState): void {
    for (const st of m.sf.statements) {
      this.guard(() => {
        this.declareStatement(m, st);
      });
    }
  }

  private symbolOf(node: ts.Node): ts.Symbol | undefined {
    const s = this.checker.getSymbolAtLocation(node);
    if (s && s.flags & ts.SymbolFlags.Alias) {
      return this.checker.getAliasedSymbol(s);
    }
    return s;
  }

  private declareStatement(m: ModuleState, st: ts.Statement): void {
    if (ts.isImportDeclaration(st)) {
      const spec = (st.moduleSpecifier as ts.StringLiteral).text;
      const target = path.resolve(path.dirname(m.file), `${spec}.ts`);
      const clause = st.importClause;
      if (!spec.startsWith('./') || spec.slice(2).includes('/')) {
        this.reject(st, `import from '${spec}'`, 'import only from engine modules in the same folder (./module)');
      }
      if (!this.modules.has(target) && !this.files.some((f) => path.resolve(f) === target)) {
        this.reject(st, `import from '${spec}'`, 'the imported module is not an engine module');
      }
      if (clause?.name || (clause?.namedBindings && ts.isNamespaceImport(clause.namedBindings))) {
        this.reject(st, 'default or namespace import', "use named imports: import { f } from './module'");
      }
      return;
    }
    if (ts.isFunctionDeclaration(st)) {
      if (!st.name || !st.body) {
        this.reject(st, 'function overload or anonymous function', 'declare each function once, with a body');
      }
      const sym = this.symbolOf(st.name);
      if (sym) {
        const apexName = m.members.declare(`fn:${st.name.text}`, st.name.text);
        this.symbols.set(sym, { module: m, apexName, kind: 'function' });
      }
      return;
    }
    if (ts.isInterfaceDeclaration(st)) {
      this.declareDto(m, st, st.name);
      return;
    }
    if (ts.isTypeAliasDeclaration(st)) {
      if (st.typeParameters) {
        this.reject(st, 'generic type alias', 'declare a concrete type');
      }
      if (ts.isTypeLiteralNode(st.type)) {
        this.declareDto(m, st, st.name);
        return;
      }
      if (ts.isUnionTypeNode(st.type) && st.type.types.every(isStringLiteralType)) {
        const sym = this.symbolOf(st.name);
        const validator = m.members.declare(`union:${st.name.text}`, `isValid${st.name.text}`);
        if (sym) {
          this.symbols.set(sym, { module: m, apexName: validator, kind: 'union' });
        }
        return;
      }
      if (ts.isUnionTypeNode(st.type)) {
        this.reject(
          st.type,
          'union type other than string literals',
          "use a string-literal union ('a' | 'b') or optional fields"
        );
      }
      // a plain alias (type Money = number): transparent
      return;
    }
    if (ts.isVariableStatement(st)) {
      if (!(st.declarationList.flags & ts.NodeFlags.Const)) {
        this.reject(
          st,
          'module-level let/var',
          'module state is not allowed: use const literals or pass values as parameters'
        );
      }
      for (const d of st.declarationList.declarations) {
        if (!ts.isIdentifier(d.name)) {
          this.reject(d.name, 'destructuring', 'declare one constant per name');
        }
        const sym = this.symbolOf(d.name);
        const apexName = m.members.declare(`const:${d.name.text}`, d.name.text);
        if (sym) {
          this.symbols.set(sym, { module: m, apexName, kind: 'const' });
        }
      }
      return;
    }
    if (ts.isExportDeclaration(st)) {
      this.reject(st, 're-export in a module', 'only barrels re-export; import the name where it is used');
    }
    if (ts.isClassDeclaration(st)) {
      this.reject(st, 'class', 'use interfaces for data and exported functions for behaviour');
    }
    if (ts.isEnumDeclaration(st)) {
      this.reject(st, 'enum', "use a string-literal union: type Tier = 'a' | 'b'");
    }
    if (ts.isModuleDeclaration(st)) {
      this.reject(st, 'namespace', 'use one module per file');
    }
    if (ts.isExportAssignment(st)) {
      this.reject(st, 'default export', 'use named exports');
    }
    this.reject(
      st,
      `top-level ${ts.SyntaxKind[st.kind]}`,
      'module level holds only imports, functions, types and constants'
    );
  }

  private declareDto(
    m: ModuleState,
    decl: ts.InterfaceDeclaration | ts.TypeAliasDeclaration,
    name: ts.Identifier
  ): void {
    if (ts.isInterfaceDeclaration(decl) && (decl.heritageClauses || decl.typeParameters)) {
      this.reject(decl, 'interface extends/generics', 'list every field in the interface');
    }
    const apexName = m.members.declare(`dto:${name.text}`, name.text);
    const dto: DtoDesc = { ref: `${m.className}.${apexName}`, tsName: name.text, apexName, fields: [] };
    this.dtoByDecl.set(decl, dto);
    const sym = this.symbolOf(name);
    if (sym) {
      this.symbols.set(sym, { module: m, apexName, kind: 'dto' });
    }
    m.desc.dtos.push(dto);
  }

  private describeModule(m: ModuleState): void {
    for (const st of m.sf.statements) {
      this.guard(() => {
        if (ts.isInterfaceDeclaration(st) || (ts.isTypeAliasDeclaration(st) && ts.isTypeLiteralNode(st.type))) {
          const dto = this.dtoByDecl.get(st);
          const members = ts.isInterfaceDeclaration(st) ? st.members : (st.type as ts.TypeLiteralNode).members;
          if (dto) {
            this.describeFields(dto, members);
          }
        } else if (
          ts.isTypeAliasDeclaration(st) &&
          ts.isUnionTypeNode(st.type) &&
          st.type.types.every(isStringLiteralType)
        ) {
          const values = st.type.types.map((t) => ((t as ts.LiteralTypeNode).literal as ts.StringLiteral).text);
          const validator = m.members.lookup(`union:${st.name.text}`) ?? '';
          m.desc.unions.push({ tsName: st.name.text, values, validator });
        } else if (ts.isFunctionDeclaration(st) && st.name && st.body) {
          this.describeFunction(m, st);
        }
      });
    }
  }

  private describeFields(dto: DtoDesc, members: ts.NodeArray<ts.TypeElement>): void {
    const scope = new NameScope();
    for (const mem of members) {
      this.guard(() => {
        if (!ts.isPropertySignature(mem) || !ts.isIdentifier(mem.name) || !mem.type) {
          this.reject(
            mem,
            'interface member other than a typed field',
            'interfaces hold data fields only (no methods, no index signatures: use Record<string, T>)'
          );
        }
        const name = mem.name.text;
        const field: FieldDesc = {
          tsName: name,
          apexName: scope.declare(name, name),
          type: this.typeDesc(this.checker.getTypeFromTypeNode(mem.type), mem.type),
          optional: mem.questionToken !== undefined
        };
        dto.fields.push(field);
        const sym = this.symbolOf(mem.name);
        if (sym) {
          this.fieldBySymbol.set(sym, field);
        }
      });
    }
  }

  private describeFunction(m: ModuleState, fn: ts.FunctionDeclaration): void {
    const name = fn.name as unknown as ts.Identifier;
    if (fn.typeParameters) {
      this.reject(fn, 'generic function', 'write one function per concrete type');
    }
    if (fn.asteriskToken || fn.modifiers?.some((mo) => mo.kind === ts.SyntaxKind.AsyncKeyword)) {
      this.reject(fn, 'async or generator function', 'engine functions are synchronous and return plain data');
    }
    const exported = fn.modifiers?.some((mo) => mo.kind === ts.SyntaxKind.ExportKeyword) ?? false;
    const sig = this.checker.getSignatureFromDeclaration(fn);
    const params: FunctionDesc['params'] = [];
    const locals = new NameScope();
    for (const p of fn.parameters) {
      if (!ts.isIdentifier(p.name)) {
        this.reject(p, 'destructured parameter', 'take the object and read its fields');
      }
      if (p.questionToken || p.initializer || p.dotDotDotToken) {
        this.reject(
          p,
          'optional, default or rest parameter',
          'pass every argument explicitly (use a DTO field for optional values)'
        );
      }
      params.push({
        tsName: p.name.text,
        apexName: locals.declare(p.name.text, p.name.text),
        type: this.typeDesc(this.checker.getTypeAtLocation(p), p),
        tsType: p.type ? p.type.getText() : this.checker.typeToString(this.checker.getTypeAtLocation(p))
      });
    }
    if (!fn.type) {
      this.reject(fn, 'function without a return type annotation', 'annotate the return type');
    }
    const returns = sig ? this.typeDesc(sig.getReturnType(), fn.type) : ({ kind: 'void' } as TypeDesc);
    m.desc.functions.push({
      tsName: name.text,
      apexName: m.members.lookup(`fn:${name.text}`) ?? name.text,
      exported,
      params,
      returns
    });
  }

  // ---------------------------------------------------------------- types

  private typeDesc(type: ts.Type, node: ts.Node): TypeDesc {
    const f = type.flags;
    if (type.isUnion()) {
      const rest = type.types.filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
      if (rest.length === 0) {
        this.reject(node, 'undefined/null type', 'use an optional field');
      }
      if (rest.every((t) => t.flags & ts.TypeFlags.StringLike)) {
        return { kind: 'string' };
      }
      if (rest.every((t) => t.flags & ts.TypeFlags.BooleanLike)) {
        return { kind: 'boolean' };
      }
      if (rest.every((t) => t.flags & ts.TypeFlags.NumberLike)) {
        return { kind: 'number' };
      }
      if (rest.length === 1) {
        return this.typeDesc(rest[0], node);
      }
      this.reject(
        node,
        `union type ${this.checker.typeToString(type)}`,
        'use a string-literal union or an optional field'
      );
    }
    if (f & ts.TypeFlags.NumberLike) {
      return { kind: 'number' };
    }
    if (f & ts.TypeFlags.StringLike) {
      return { kind: 'string' };
    }
    if (f & ts.TypeFlags.BooleanLike) {
      return { kind: 'boolean' };
    }
    if (f & ts.TypeFlags.Void) {
      return { kind: 'void' };
    }
    if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) {
      this.reject(node, 'any/unknown type', 'give the value a precise type');
    }
    if (this.checker.isArrayType(type) || this.checker.isTupleType(type)) {
      const args = this.checker.getTypeArguments(type as ts.TypeReference);
      if (this.checker.isTupleType(type)) {
        this.reject(node, 'tuple type', 'use an interface with named fields');
      }
      return { kind: 'list', elem: this.typeDesc(args[0], node) };
    }
    const decl = type.aliasSymbol?.declarations?.[0] ?? type.getSymbol()?.declarations?.[0];
    if (decl) {
      const dto =
        this.dtoByDecl.get(decl) ?? (ts.isTypeLiteralNode(decl) ? this.dtoByDecl.get(decl.parent) : undefined);
      if (dto) {
        return { kind: 'object', ref: dto.ref };
      }
    }
    const index = type.getStringIndexType();
    if (index && type.getProperties().length === 0) {
      return { kind: 'map', value: this.typeDesc(index, node) };
    }
    if (type.getSymbol()?.getName() === 'Map') {
      this.reject(node, 'Map object', 'use Record<string, T>');
    }
    this.reject(
      node,
      `type ${this.checker.typeToString(type)}`,
      'use number, string, boolean, arrays, Record<string, T> or an engine interface'
    );
  }

  private descOf(node: ts.Node): TypeDesc {
    return this.typeDesc(this.checker.getTypeAtLocation(node), node);
  }

  private isString(node: ts.Node): boolean {
    return this.isKind(node, ts.TypeFlags.StringLike);
  }
  private isNumber(node: ts.Node): boolean {
    return this.isKind(node, ts.TypeFlags.NumberLike);
  }
  private isBoolean(node: ts.Node): boolean {
    return this.isKind(node, ts.TypeFlags.BooleanLike);
  }
  private isKind(node: ts.Node, flag: ts.TypeFlags): boolean {
    const t = this.checker.getTypeAtLocation(node);
    const parts = t.isUnion() ? t.types.filter((x) => !(x.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null))) : [t];
    return parts.length > 0 && parts.every((x) => (x.flags & flag) !== 0);
  }
  private isNullable(node: ts.Node): boolean {
    const t = this.checker.getTypeAtLocation(node);
    return t.isUnion() && t.types.some((x) => (x.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) !== 0);
  }
  private isArray(node: ts.Node): boolean {
    const t = this.checker.getNonNullableType(this.checker.getTypeAtLocation(node));
    return this.checker.isArrayType(t);
  }
  private isRecord(node: ts.Node): boolean {
    const t = this.checker.getNonNullableType(this.checker.getTypeAtLocation(node));
    return !this.checker.isArrayType(t) && t.getStringIndexType() !== undefined && t.getProperties().length === 0;
  }

  // ---------------------------------------------------------------- emission

  private emitModule(m: ModuleState): string {
    const body: string[] = [];
    for (const st of m.sf.statements) {
      this.guard(() => {
        body.push(...this.emitTopLevel(m, st));
      });
    }
    for (const h of HELPERS) {
      if (m.helpersUsed.has(h)) {
        body.push(HELPER_SOURCE[h]);
      }
    }
    const header = [
      `// GENERATED FILE — DO NOT EDIT. Source: ${m.relFile}`,
      '// Generated by scripts/apexgen (npm run build:apex); CI fails when it is stale (npm run check:generated).'
    ];
    const doc = leadingDoc(m.sf.statements[0], m.sf) ?? `Engine module \`${m.name}\`, transpiled from TypeScript.`;
    return [...header, apexDoc(doc), `public with sharing class ${m.className} {`, body.join('\n\n'), '}', ''].join(
      '\n'
    );
  }

  private docFor(node: ts.Node & { name?: ts.Node }): string | undefined {
    if (!node.name) {
      return undefined;
    }
    const sym = this.checker.getSymbolAtLocation(node.name);
    const text = sym ? ts.displayPartsToString(sym.getDocumentationComment(this.checker)) : '';
    // The file's leading comment belongs to the module (class doc), not to its first declaration.
    const sf = node.getSourceFile();
    const moduleDoc = sf.statements.length > 0 ? leadingDoc(sf.statements[0], sf) : undefined;
    const same = (a: string, b: string | undefined): boolean =>
      b?.replace(/\s+/g, ' ').trim() === a.replace(/\s+/g, ' ').trim();
    if (
      text.length === 0 ||
      (ts.findAncestor(node, (n) => n.parent === sf) === sf.statements[0] && same(text, moduleDoc))
    ) {
      return undefined;
    }
    return text;
  }

  private emitTopLevel(m: ModuleState, st: ts.Statement): string[] {
    if (ts.isInterfaceDeclaration(st) || (ts.isTypeAliasDeclaration(st) && ts.isTypeLiteralNode(st.type))) {
      const dto = this.dtoByDecl.get(st);
      return dto ? [this.emitDto(dto, this.docFor(st))] : [];
    }
    if (ts.isTypeAliasDeclaration(st) && ts.isUnionTypeNode(st.type)) {
      const u = m.desc.unions.find((x) => x.tsName === st.name.text);
      return u ? [this.emitUnion(m, u)] : [];
    }
    if (ts.isVariableStatement(st)) {
      return st.declarationList.declarations.map((d) => this.emitConstant(m, st, d));
    }
    if (ts.isFunctionDeclaration(st) && st.name && st.body) {
      const fd = m.desc.functions.find((x) => x.tsName === st.name?.text);
      return fd ? [this.emitFunction(m, st, fd)] : [];
    }
    return [];
  }

  private emitDto(dto: DtoDesc, doc: string | undefined): string {
    const lines: string[] = [
      apexDoc(doc ?? `Data transfer object \`${dto.tsName}\`.`),
      `public class ${dto.apexName} {`
    ];
    for (const f of dto.fields) {
      lines.push(`@AuraEnabled\npublic ${apexType(f.type)} ${f.apexName};`);
    }
    lines.push(`/** Empty instance (JSON deserialisation, Aura). */\npublic ${dto.apexName}() {\n  super();\n}`);
    if (dto.fields.length > 0) {
      const params = dto.fields.map((f) => `${apexType(f.type)} ${f.apexName}`).join(', ');
      const assigns = dto.fields.map((f) => `this.${f.apexName} = ${f.apexName};`).join('\n');
      lines.push(
        `/** Every field, in declaration order (the TypeScript object literal). */\npublic ${dto.apexName}(${params}) {\n  this();\n${assigns}\n}`
      );
    }
    lines.push('}');
    return lines.join('\n');
  }

  private emitUnion(m: ModuleState, u: UnionDesc): string {
    const base = constantCase(u.tsName);
    const consts = u.values.map((v) => {
      const n = m.members.declare(`unionValue:${u.tsName}:${v}`, `${base}_${constantCase(v)}`);
      return `public static final String ${n} = ${escapeApexString(v)};`;
    });
    const setName = m.members.declare(`unionSet:${u.tsName}`, `${base}_VALUES`);
    const list = u.values.map(escapeApexString).join(', ');
    return [
      ...consts,
      `/** Every value of \`${u.tsName}\` (Set<String> membership is case-sensitive). */`,
      `public static final Set<String> ${setName} = new Set<String>{ ${list} };`,
      apexDoc(
        `True when \`value\` is one of the \`${u.tsName}\` values (case-sensitive, as in TypeScript).\n@param value the value to check\n@return whether it is valid`
      ),
      `public static Boolean ${u.validator}(String value) {\n  return value != null && ${setName}.contains(value);\n}`
    ].join('\n');
  }

  private emitConstant(m: ModuleState, st: ts.VariableStatement, d: ts.VariableDeclaration): string {
    const exported = st.modifiers?.some((mo) => mo.kind === ts.SyntaxKind.ExportKeyword) ?? false;
    const name = m.members.lookup(`const:${(d.name as ts.Identifier).text}`) ?? '';
    if (!d.initializer) {
      this.reject(d, 'constant without a value', 'initialise the constant');
    }
    let init = d.initializer;
    if (ts.isAsExpression(init) && ts.isTypeReferenceNode(init.type) && init.type.typeName.getText() === 'const') {
      init = init.expression;
    }
    if (ts.isObjectLiteralExpression(init)) {
      this.reject(init, 'constant object', 'return rich values from a function (e.g. defaultConfig())');
    }
    const ctx: FnCtx = { module: m, locals: new NameScope(), names: new Map(), intCounters: new Set(), tempCount: 0 };
    const type = apexType(this.descOf(d.name));
    const value = this.toDouble(this.expr(init, ctx), type);
    const doc = this.docFor(d);
    return `${doc ? apexDoc(doc) + '\n' : ''}${exported ? 'public' : 'private'} static final ${type} ${name} = ${value};`;
  }

  private emitFunction(m: ModuleState, fn: ts.FunctionDeclaration, fd: FunctionDesc): string {
    const ctx: FnCtx = { module: m, locals: new NameScope(), names: new Map(), intCounters: new Set(), tempCount: 0 };
    fn.parameters.forEach((p) => {
      ctx.names.set(p, ctx.locals.declare(`p:${p.pos}`, (p.name as ts.Identifier).text));
    });
    const params = fd.params
      .map((p, i) => `${apexType(p.type)} ${ctx.names.get(fn.parameters[i]) ?? p.apexName}`)
      .join(', ');
    const body = this.block((fn.body as unknown as ts.Block).statements, ctx);
    const docLines = [this.docFor(fn) ?? `\`${fd.tsName}\` from the TypeScript engine.`];
    for (const p of fd.params) {
      const jsTag = ts
        .getJSDocParameterTags(fn.parameters[fd.params.indexOf(p)])
        .map((t) => ts.getTextOfJSDocComment(t.comment))
        .join(' ');
      docLines.push(`@param ${ctx.names.get(fn.parameters[fd.params.indexOf(p)]) ?? p.apexName} ${jsTag || p.tsName}`);
    }
    if (fd.returns.kind !== 'void') {
      const ret = ts.getJSDocReturnTag(fn)?.comment;
      docLines.push(`@return ${(ret ? ts.getTextOfJSDocComment(ret) : undefined) ?? 'the result'}`);
    }
    return `${apexDoc(docLines.join('\n'))}\n${fd.exported ? 'public' : 'private'} static ${apexType(fd.returns)} ${fd.apexName}(${params}) {\n${body}\n}`;
  }

  // ---------------------------------------------------------------- statements

  private block(statements: readonly ts.Statement[], ctx: FnCtx): string {
    const out: string[] = [];
    for (const s of statements) {
      this.guard(() => {
        out.push(this.stmt(s, ctx));
      });
    }
    return out.filter((x) => x.length > 0).join('\n');
  }

  private body(s: ts.Statement, ctx: FnCtx): string {
    return `{\n${ts.isBlock(s) ? this.block(s.statements, ctx) : this.block([s], ctx)}\n}`;
  }

  private declareLocal(decl: ts.Declaration & { name: ts.BindingName }, ctx: FnCtx): string {
    if (!ts.isIdentifier(decl.name)) {
      this.reject(decl.name, 'destructuring', 'declare one variable per value');
    }
    const name = ctx.locals.declare(`l:${decl.pos}`, decl.name.text);
    ctx.names.set(decl, name);
    return name;
  }

  private condition(e: ts.Expression, ctx: FnCtx): string {
    if (!this.isBoolean(e)) {
      this.reject(e, 'non-boolean condition (truthiness)', 'compare explicitly: x !== undefined, n > 0, s.length > 0');
    }
    return this.expr(e, ctx).code;
  }

  private stmt(s: ts.Statement, ctx: FnCtx): string {
    if (ts.isVariableStatement(s)) {
      if (!(s.declarationList.flags & (ts.NodeFlags.Const | ts.NodeFlags.Let))) {
        this.reject(s, 'var', 'use const or let');
      }
      return s.declarationList.declarations
        .map((d) => {
          // Declare first so that a rejected initialiser does not cascade into "unknown identifier" errors.
          const name = this.declareLocal(d, ctx);
          // The initialiser first: an unsupported construct there is a better message than its type.
          const value = d.initializer ? this.expr(d.initializer, ctx) : undefined;
          const type = apexType(this.descOf(d.name));
          const init = value ? ` = ${this.toDouble(value, type)}` : '';
          return `${type} ${name}${init};`;
        })
        .join('\n');
    }
    if (ts.isExpressionStatement(s)) {
      return `${this.exprStatement(s.expression, ctx)};`;
    }
    if (ts.isIfStatement(s)) {
      const head = `if (${this.condition(s.expression, ctx)}) ${this.body(s.thenStatement, ctx)}`;
      if (!s.elseStatement) {
        return head;
      }
      if (ts.isIfStatement(s.elseStatement)) {
        return `${head} else ${this.stmt(s.elseStatement, ctx)}`;
      }
      return `${head} else ${this.body(s.elseStatement, ctx)}`;
    }
    if (ts.isReturnStatement(s)) {
      if (!s.expression) {
        return 'return;';
      }
      const fn = ts.findAncestor(s, ts.isFunctionDeclaration);
      const ret = fn ? this.checker.getSignatureFromDeclaration(fn)?.getReturnType() : undefined;
      const type = ret ? apexType(this.typeDesc(ret, s)) : '';
      return `return ${this.toDouble(this.expr(s.expression, ctx), type)};`;
    }
    if (ts.isBlock(s)) {
      return this.block(s.statements, ctx);
    }
    if (ts.isBreakStatement(s) || ts.isContinueStatement(s)) {
      if (s.label) {
        this.reject(s, 'labelled break/continue', 'restructure the loop (use a boolean flag)');
      }
      if (ts.isBreakStatement(s)) {
        const owner = ts.findAncestor(s.parent, (n) => ts.isIterationStatement(n, false) || ts.isSwitchStatement(n));
        if (owner && ts.isSwitchStatement(owner)) {
          this.reject(
            s,
            'break inside a switch case other than its last statement',
            'end each case with break, or use if/else'
          );
        }
      }
      return ts.isBreakStatement(s) ? 'break;' : 'continue;';
    }
    if (ts.isForStatement(s)) {
      return this.forStatement(s, ctx);
    }
    if (ts.isForOfStatement(s)) {
      const init = s.initializer;
      if (!ts.isVariableDeclarationList(init) || init.declarations.length !== 1) {
        this.reject(init, 'for…of without a single declaration', 'write for (const x of list)');
      }
      if (!this.isArray(s.expression)) {
        this.reject(s.expression, 'for…of over a non-array', 'iterate a list, or Object.keys(record)');
      }
      const d = init.declarations[0];
      const type = apexType(this.descOf(d.name));
      const list = this.expr(s.expression, ctx).code;
      const name = this.declareLocal(d, ctx);
      return `for (${type} ${name} : ${list}) ${this.body(s.statement, ctx)}`;
    }
    if (ts.isWhileStatement(s)) {
      return `while (${this.condition(s.expression, ctx)}) ${this.body(s.statement, ctx)}`;
    }
    if (ts.isSwitchStatement(s)) {
      return this.switchStatement(s, ctx);
    }
    if (ts.isEmptyStatement(s)) {
      return '';
    }
    if (ts.isFunctionDeclaration(s)) {
      this.reject(s, 'nested function', 'declare functions at module level (no closures)');
    }
    if (ts.isThrowStatement(s) || ts.isTryStatement(s)) {
      this.reject(s, 'exception (throw/try)', 'return a result DTO with an error field instead');
    }
    if (ts.isDoStatement(s)) {
      this.reject(s, 'do…while', 'use while (condition) { … }');
    }
    if (ts.isForInStatement(s)) {
      this.reject(s, 'for…in', 'use for (const k of Object.keys(record))');
    }
    if (ts.isLabeledStatement(s)) {
      this.reject(s, 'label', 'restructure the loop');
    }
    if (ts.isClassDeclaration(s)) {
      this.reject(s, 'class', 'use interfaces and functions');
    }
    this.reject(s, ts.SyntaxKind[s.kind], 'not in the engine subset (docs/ENGINE_SUBSET.md)');
  }

  private exprStatement(e: ts.Expression, ctx: FnCtx): string {
    if (ts.isBinaryExpression(e) && isAssignmentOp(e.operatorToken.kind)) {
      return this.assignment(e, ctx);
    }
    if (
      (ts.isPostfixUnaryExpression(e) || ts.isPrefixUnaryExpression(e)) &&
      (e.operator === ts.SyntaxKind.PlusPlusToken || e.operator === ts.SyntaxKind.MinusMinusToken)
    ) {
      const target = this.lvalue(e.operand, ctx);
      const op = e.operator === ts.SyntaxKind.PlusPlusToken ? '+' : '-';
      if (target.kind === 'int') {
        return `${target.code}${op}${op}`;
      }
      return `${target.code} ${op}= 1.0d`;
    }
    if (ts.isCallExpression(e)) {
      if (
        ts.isPropertyAccessExpression(e.expression) &&
        e.expression.name.text === 'push' &&
        this.isArray(e.expression.expression)
      ) {
        if (e.arguments.length !== 1) {
          this.reject(e, 'push with several arguments', 'push one element per call');
        }
        const list = this.expr(e.expression.expression, ctx).code;
        const elem = this.elementType(e.expression.expression);
        return `${list}.add(${this.toDouble(this.expr(e.arguments[0], ctx), elem)})`;
      }
      return this.expr(e, ctx).code;
    }
    this.reject(e, 'expression statement without effect', 'only calls, assignments and ++/-- stand alone');
  }

  private elementType(listNode: ts.Node): string {
    const d = this.descOf(listNode);
    return d.kind === 'list' ? apexType(d.elem) : '';
  }

  private lvalue(e: ts.Expression, ctx: FnCtx): Emitted {
    if (ts.isOptionalChain(e)) {
      this.reject(e, 'assignment through ?.', 'test for undefined first');
    }
    if (
      ts.isIdentifier(e) ||
      ts.isPropertyAccessExpression(e) ||
      (ts.isElementAccessExpression(e) && this.isArray(e.expression))
    ) {
      return this.expr(e, ctx);
    }
    this.reject(e, 'assignment target', 'assign to a variable, a field or a list element');
  }

  private assignment(e: ts.BinaryExpression, ctx: FnCtx): string {
    const op = e.operatorToken.kind;
    const opText = {
      [ts.SyntaxKind.EqualsToken]: '=',
      [ts.SyntaxKind.PlusEqualsToken]: '+=',
      [ts.SyntaxKind.MinusEqualsToken]: '-=',
      [ts.SyntaxKind.AsteriskEqualsToken]: '*=',
      [ts.SyntaxKind.SlashEqualsToken]: '/='
    }[op as number];
    if (opText === undefined) {
      this.reject(e.operatorToken, `assignment operator ${e.operatorToken.getText()}`, 'use = + - * / assignments');
    }
    const recordTarget =
      ts.isElementAccessExpression(e.left) || ts.isPropertyAccessExpression(e.left) ? e.left : undefined;
    if (recordTarget && this.isRecord(recordTarget.expression)) {
      const rec = this.expr(recordTarget.expression, ctx).code;
      const key = ts.isElementAccessExpression(recordTarget)
        ? this.expr(recordTarget.argumentExpression, ctx).code
        : escapeApexString(recordTarget.name.text);
      const valueType = apexType(this.descOf(e.left));
      let value = this.toDouble(this.expr(e.right, ctx), valueType);
      if (opText !== '=') {
        value = `${rec}.get(${key}) ${opText[0]} ${value}`;
      }
      return `${rec}.put(${key}, ${value})`;
    }
    const target = this.lvalue(e.left, ctx);
    if (opText === '+=' && this.isString(e.left)) {
      return `${target.code} += ${this.stringPart(e.right, ctx)}`;
    }
    const type = apexType(this.descOf(e.left));
    return `${target.code} ${opText} ${this.toDouble(this.expr(e.right, ctx), type)}`;
  }

  private forStatement(s: ts.ForStatement, ctx: FnCtx): string {
    const init = s.initializer;
    if (
      !init ||
      !ts.isVariableDeclarationList(init) ||
      init.declarations.length !== 1 ||
      !s.condition ||
      !s.incrementor
    ) {
      this.reject(
        s,
        'for loop other than for (let i = a; cond; i++)',
        'declare one counter, with a condition and an increment'
      );
    }
    const d = init.declarations[0];
    if (!d.initializer || !ts.isIdentifier(d.name)) {
      this.reject(d, 'for counter without initial value', 'write for (let i = 0; …)');
    }
    const integer = this.isIntegerCounter(s, d);
    if (integer) {
      ctx.intCounters.add(d);
    }
    const initCode = integer
      ? this.asInt(this.expr(d.initializer, ctx, true))
      : this.toDouble(this.expr(d.initializer, ctx), 'Double');
    const name = this.declareLocal(d, ctx);
    const type = integer ? 'Integer' : apexType(this.descOf(d.name));
    const cond = this.condition(s.condition, ctx);
    const inc = this.exprStatement(s.incrementor, ctx);
    return `for (${type} ${name} = ${initCode}; ${cond}; ${inc}) ${this.body(s.statement, ctx)}`;
  }

  /**
   * A counter is an Apex Integer when it starts at an integer literal or a length, moves by integer steps and is
   * only used to index lists and in comparisons; otherwise it stays Double and indexes through intValue().
   */
  private isIntegerCounter(s: ts.ForStatement, d: ts.VariableDeclaration): boolean {
    if (!this.isNumber(d.name)) {
      return false;
    }
    const init = d.initializer;
    if (!init || !isIntegerish(init)) {
      return false;
    }
    const sym = this.checker.getSymbolAtLocation(d.name);
    let ok = true;
    const visit = (n: ts.Node): void => {
      if (!ok) {
        return;
      }
      if (ts.isIdentifier(n) && n !== d.name && this.checker.getSymbolAtLocation(n) === sym) {
        ok = this.integerUse(n, s);
        return;
      }
      ts.forEachChild(n, visit);
    };
    visit(s.condition as ts.Node);
    visit(s.incrementor as ts.Node);
    visit(s.statement);
    return ok;
  }

  private integerUse(id: ts.Identifier, loop: ts.ForStatement): boolean {
    let n: ts.Node = id;
    const p = n.parent;
    if ((ts.isPostfixUnaryExpression(p) || ts.isPrefixUnaryExpression(p)) && p.parent === loop) {
      return true;
    }
    if (
      ts.isBinaryExpression(p) &&
      p.parent === loop &&
      p.left === id &&
      [ts.SyntaxKind.PlusEqualsToken, ts.SyntaxKind.MinusEqualsToken].includes(p.operatorToken.kind)
    ) {
      return ts.isNumericLiteral(p.right) && Number.isInteger(Number(p.right.text));
    }
    if (ts.isBinaryExpression(p) && isRelational(p.operatorToken.kind)) {
      return true;
    }
    if (
      ts.isBinaryExpression(p) &&
      [ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken].includes(p.operatorToken.kind)
    ) {
      const other = p.left === id ? p.right : p.left;
      if (!(ts.isNumericLiteral(other) && Number.isInteger(Number(other.text)))) {
        return false;
      }
      n = p;
    }
    const q = n.parent;
    return ts.isElementAccessExpression(q) && q.argumentExpression === n && this.isArray(q.expression);
  }

  private switchStatement(s: ts.SwitchStatement, ctx: FnCtx): string {
    const stringSwitch = this.isString(s.expression);
    if (!stringSwitch && !this.isNumber(s.expression)) {
      this.reject(s.expression, 'switch on a non-string, non-number', 'switch on strings or numbers');
    }
    let subject = this.expr(s.expression, ctx).code;
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
          this.reject(c, 'empty default clause followed by cases', 'put default last');
        }
        return;
      }
      const stmts = [...c.statements];
      const last = stmts[stmts.length - 1];
      if (ts.isBreakStatement(last) && !last.label) {
        stmts.pop();
      } else if (!endsAbruptly(last) && idx < clauses.length - 1) {
        this.reject(c, 'switch fall-through', 'end each case with break or return');
      }
      const code = this.block(stmts, ctx);
      if (ts.isDefaultClause(c)) {
        if (idx !== clauses.length - 1 || pending.length > 0) {
          this.reject(c, 'default clause not last or combined with cases', 'put default last, on its own');
        }
        defaultBody = code;
      } else {
        const cond = pending
          .map((p) => {
            const v = this.expr(p, ctx).code;
            return stringSwitch ? this.stringEquals(subject, v, false) : `${subject} == ${v}`;
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

  // ---------------------------------------------------------------- expressions

  private toDouble(e: Emitted, targetType: string): string {
    return e.kind === 'int' && targetType !== 'Integer' ? `Double.valueOf(${e.code})` : e.code;
  }
  private asDouble(e: Emitted): string {
    return e.kind === 'int' ? `Double.valueOf(${e.code})` : e.code;
  }
  private asInt(e: Emitted): string {
    return e.kind === 'int' ? e.code : `(${e.code}).intValue()`;
  }

  private stringEquals(a: string, b: string, nullable: boolean): string {
    if (this.rules.stringEquality === 'operator') {
      return `${a} == ${b}`;
    }
    if (b.startsWith("'") && !a.startsWith("'")) {
      return `${b}.equals(${a})`;
    }
    return nullable ? `(${a} == null ? ${b} == null : ${wrap(a)}.equals(${b}))` : `${wrap(a)}.equals(${b})`;
  }

  /** A string operand of + / template: numbers must be integer-valued (ENGINE_SUBSET.md) and print without ".0". */
  private stringPart(e: ts.Expression, ctx: FnCtx): string {
    const em = this.expr(e, ctx);
    if (this.isString(e)) {
      return wrap(em.code);
    }
    if (this.isNumber(e)) {
      return em.kind === 'int' ? `String.valueOf(${em.code})` : `String.valueOf((${em.code}).longValue())`;
    }
    if (this.isBoolean(e)) {
      return `String.valueOf(${em.code})`;
    }
    this.reject(e, 'non-primitive value in a string', 'interpolate strings, integers or booleans only');
  }

  private readonly chainsDone = new Set<ts.Node>();

  /**
   * Optional chaining: at the outermost node of a chain, every receiver of a `?.` is tested for null first
   * (`a?.b.c` → `(a != null ? a.b.c : null)`); the chain itself is then emitted as plain accesses.
   */
  private optionalChain(e: ts.Expression, ctx: FnCtx, intCtx: boolean): Emitted | undefined {
    if (!ts.isOptionalChain(e) || this.chainsDone.has(e)) {
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
    const tests = receivers.map((r) => `${wrap(this.expr(r, ctx).code)} != null`);
    this.chainsDone.add(e);
    const inner = this.expr(e, ctx, intCtx);
    return { code: `(${tests.join(' && ')} ? ${inner.code} : null)`, kind: inner.kind };
  }

  private expr(e: ts.Expression, ctx: FnCtx, intCtx = false): Emitted {
    const chained = this.optionalChain(e, ctx, intCtx);
    if (chained) {
      return chained;
    }
    if (ts.isParenthesizedExpression(e)) {
      const inner = this.expr(e.expression, ctx, intCtx);
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
        parts.push(this.stringPart(span.expression, ctx));
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
        this.reject(e, 'this', 'engine functions take their data as parameters');
    }
    if (ts.isIdentifier(e)) {
      return this.identifier(e, ctx);
    }
    if (ts.isPropertyAccessExpression(e)) {
      return this.propertyAccess(e, ctx);
    }
    if (ts.isElementAccessExpression(e)) {
      if (this.isArray(e.expression)) {
        const list = this.expr(e.expression, ctx).code;
        const idx = this.asInt(this.expr(e.argumentExpression, ctx, true));
        return { code: `${list}[${idx}]`, kind: this.isNumber(e) ? 'dbl' : 'other' };
      }
      if (this.isRecord(e.expression)) {
        const rec = this.expr(e.expression, ctx).code;
        return {
          code: `${rec}.get(${this.expr(e.argumentExpression, ctx).code})`,
          kind: this.isNumber(e) ? 'dbl' : 'other'
        };
      }
      this.reject(
        e,
        'dynamic property access',
        'use obj.field on interfaces; rec[key] only on Record<string, T> and lists'
      );
    }
    if (ts.isCallExpression(e)) {
      return this.call(e, ctx);
    }
    if (ts.isBinaryExpression(e)) {
      return this.binary(e, ctx, intCtx);
    }
    if (ts.isPrefixUnaryExpression(e)) {
      if (e.operator === ts.SyntaxKind.ExclamationToken) {
        if (!this.isBoolean(e.operand)) {
          this.reject(e, '! on a non-boolean (truthiness)', 'compare explicitly (x === undefined, n === 0)');
        }
        return { code: `!${wrap(this.expr(e.operand, ctx).code)}`, kind: 'other' };
      }
      if (e.operator === ts.SyntaxKind.MinusToken) {
        if (ts.isNumericLiteral(e.operand)) {
          const lit = this.expr(e.operand, ctx, intCtx);
          return { code: `-${lit.code}`, kind: lit.kind };
        }
        const inner = this.expr(e.operand, ctx, intCtx);
        return { code: `-${wrap(inner.code)}`, kind: inner.kind };
      }
      this.reject(
        e,
        `prefix operator ${ts.tokenToString(e.operator) ?? ''}`,
        'use ++/-- as statements, no unary +, no bitwise operators'
      );
    }
    if (ts.isPostfixUnaryExpression(e)) {
      this.reject(e, '++/-- inside an expression', 'increment in its own statement');
    }
    if (ts.isConditionalExpression(e)) {
      const c = this.condition(e.condition, ctx);
      const a = this.expr(e.whenTrue, ctx, intCtx);
      const b = this.expr(e.whenFalse, ctx, intCtx);
      if (a.kind === 'int' && b.kind === 'int') {
        return { code: `(${c} ? ${a.code} : ${b.code})`, kind: 'int' };
      }
      if (this.isNumber(e)) {
        return { code: `(${c} ? ${this.asDouble(a)} : ${this.asDouble(b)})`, kind: 'dbl' };
      }
      return { code: `(${c} ? ${a.code} : ${b.code})`, kind: 'other' };
    }
    if (ts.isObjectLiteralExpression(e)) {
      return this.objectLiteral(e, ctx);
    }
    if (ts.isArrayLiteralExpression(e)) {
      const d = this.listDesc(e);
      const elemType = apexType(d.elem);
      if (e.elements.length === 0) {
        return { code: `new List<${elemType}>()`, kind: 'other' };
      }
      const items = e.elements.map((x) => {
        if (ts.isSpreadElement(x)) {
          this.reject(x, 'spread', 'copy with list.slice() and push');
        }
        return this.toDouble(this.expr(x, ctx), elemType);
      });
      return { code: `new List<${elemType}>{ ${items.join(', ')} }`, kind: 'other' };
    }
    if (ts.isNonNullExpression(e)) {
      return this.expr(e.expression, ctx, intCtx);
    }
    if (ts.isAsExpression(e) || ts.isTypeAssertionExpression(e) || ts.isSatisfiesExpression(e)) {
      // A cast between types with the same Apex type (string → string-literal union) is a no-op.
      if (ts.isAsExpression(e.expression)) {
        this.reject(e, 'type assertion', 'annotate the variable instead of casting');
      }
      if (apexType(this.descOf(e.expression)) === apexType(this.descOf(e))) {
        return this.expr(e.expression, ctx, intCtx);
      }
      this.reject(e, 'type assertion', 'annotate the variable instead of casting');
    }
    if (ts.isArrowFunction(e) || ts.isFunctionExpression(e)) {
      this.reject(e, 'closure (arrow function / function expression)', 'write a loop, or a module-level function');
    }
    if (ts.isNewExpression(e)) {
      this.reject(e, `new ${e.expression.getText()}`, 'use literals ([] / {}) and plain data');
    }
    if (ts.isTypeOfExpression(e) || ts.isDeleteExpression(e) || ts.isVoidExpression(e)) {
      this.reject(
        e,
        ts.SyntaxKind[e.kind],
        'use typed values; compare with undefined; build a new record instead of delete'
      );
    }
    if (ts.isRegularExpressionLiteral(e)) {
      this.reject(e, 'regular expression', 'use the string methods of the subset');
    }
    if (ts.isSpreadElement(e)) {
      this.reject(e, 'spread', 'list the fields / elements');
    }
    this.reject(e, ts.SyntaxKind[e.kind], 'not in the engine subset (docs/ENGINE_SUBSET.md)');
  }

  private listDesc(e: ts.Expression): { kind: 'list'; elem: TypeDesc } {
    const ctxType = this.checker.getContextualType(e);
    const t =
      ctxType && this.checker.isArrayType(this.checker.getNonNullableType(ctxType))
        ? this.checker.getNonNullableType(ctxType)
        : this.checker.getTypeAtLocation(e);
    const d = this.typeDesc(t, e);
    if (d.kind !== 'list') {
      this.reject(e, 'array literal without a list type', 'annotate the variable (const xs: number[] = [])');
    }
    return d;
  }

  private identifier(e: ts.Identifier, ctx: FnCtx): Emitted {
    if (e.text === 'undefined') {
      return { code: 'null', kind: 'other' };
    }
    if (e.text === 'NaN' || e.text === 'Infinity') {
      this.reject(e, e.text, 'never produce NaN/Infinity: Apex throws on division by zero; guard and return 0');
    }
    const sym = this.symbolOf(e);
    const decl = sym?.valueDeclaration;
    if (decl) {
      const local = ctx.names.get(decl);
      if (local !== undefined) {
        return { code: local, kind: ctx.intCounters.has(decl) ? 'int' : this.isNumber(e) ? 'dbl' : 'other' };
      }
    }
    const ref = sym ? this.symbols.get(sym) : undefined;
    if (ref?.kind === 'const') {
      const code = ref.module === ctx.module ? ref.apexName : `${ref.module.className}.${ref.apexName}`;
      return { code, kind: this.isNumber(e) ? 'dbl' : 'other' };
    }
    if (ref?.kind === 'function') {
      this.reject(e, 'function used as a value', 'call functions directly; no callbacks');
    }
    this.reject(e, `identifier ${e.text}`, 'only locals, parameters and engine constants/functions are in scope');
  }

  private propertyAccess(e: ts.PropertyAccessExpression, ctx: FnCtx): Emitted {
    const name = e.name.text;
    if (
      ts.isIdentifier(e.expression) &&
      e.expression.text === 'Math' &&
      !this.symbolOf(e.expression)?.valueDeclaration?.getSourceFile().fileName.includes('valueEngine')
    ) {
      if (name === 'PI' || name === 'E') {
        return { code: `Math.${name}`, kind: 'dbl' };
      }
      this.reject(e, `Math.${name}`, 'use Math.PI or Math.E');
    }
    if (name === 'length' && (this.isString(e.expression) || this.isArray(e.expression))) {
      const obj = this.expr(e.expression, ctx).code;
      return { code: this.isString(e.expression) ? `${obj}.length()` : `${obj}.size()`, kind: 'int' };
    }
    const obj = this.expr(e.expression, ctx).code;
    if (this.isRecord(e.expression)) {
      return { code: `${obj}.get(${escapeApexString(name)})`, kind: this.isNumber(e) ? 'dbl' : 'other' };
    }
    const propSym = this.checker.getSymbolAtLocation(e.name);
    const field = propSym ? this.fieldBySymbol.get(propSym) : undefined;
    if (!field) {
      this.reject(e, `property ${name}`, 'read fields of engine interfaces, .length of strings and lists');
    }
    const kind: Kind = this.isNumber(e) ? 'dbl' : 'other';
    return { code: `${obj}.${field.apexName}`, kind };
  }

  private objectLiteral(e: ts.ObjectLiteralExpression, ctx: FnCtx): Emitted {
    const target = this.checker.getContextualType(e);
    const t = target ? this.checker.getNonNullableType(target) : this.checker.getTypeAtLocation(e);
    const d = this.typeDesc(t, e);
    const values = new Map<string, ts.Expression | ts.Identifier>();
    for (const p of e.properties) {
      if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) {
        values.set(p.name.text, p.initializer);
      } else if (ts.isShorthandPropertyAssignment(p)) {
        values.set(p.name.text, p.name);
      } else {
        this.reject(p, 'object literal member (spread, method, computed key)', 'list each field as name: value');
      }
    }
    if (d.kind === 'map') {
      const vt = apexType(d.value);
      if (values.size === 0) {
        return { code: `new Map<String, ${vt}>()`, kind: 'other' };
      }
      const pairs = [...values].map(([k, v]) => `${escapeApexString(k)} => ${this.toDouble(this.expr(v, ctx), vt)}`);
      return { code: `new Map<String, ${vt}>{ ${pairs.join(', ')} }`, kind: 'other' };
    }
    if (d.kind !== 'object') {
      this.reject(
        e,
        'object literal without an interface type',
        'annotate the target (variable, parameter or return type)'
      );
    }
    const dto = [...this.dtoByDecl.values()].find((x) => x.ref === d.ref);
    if (!dto) {
      this.reject(e, 'object literal of an unknown type', 'use an engine interface');
    }
    const args = dto.fields.map((f) => {
      const v = values.get(f.tsName);
      return v === undefined ? 'null' : this.toDouble(this.expr(v, ctx), apexType(f.type));
    });
    for (const k of values.keys()) {
      if (!dto.fields.some((f) => f.tsName === k)) {
        this.reject(e, `unknown field ${k}`, `declare it in ${dto.tsName}`);
      }
    }
    return { code: `new ${dto.ref}(${args.join(', ')})`, kind: 'other' };
  }

  private binary(e: ts.BinaryExpression, ctx: FnCtx, intCtx: boolean): Emitted {
    const op = e.operatorToken.kind;
    const K = ts.SyntaxKind;
    if (isAssignmentOp(op)) {
      this.reject(e, 'assignment inside an expression', 'assign in its own statement');
    }
    if (
      op === K.EqualsEqualsEqualsToken ||
      op === K.ExclamationEqualsEqualsToken ||
      op === K.EqualsEqualsToken ||
      op === K.ExclamationEqualsToken
    ) {
      const negate = op === K.ExclamationEqualsEqualsToken || op === K.ExclamationEqualsToken;
      const nullSide = isNullish(e.left) ? e.right : isNullish(e.right) ? e.left : undefined;
      if (nullSide) {
        return { code: `${wrap(this.expr(nullSide, ctx).code)} ${negate ? '!=' : '=='} null`, kind: 'other' };
      }
      if (op === K.EqualsEqualsToken || op === K.ExclamationEqualsToken) {
        this.reject(e.operatorToken, 'loose equality (== / !=)', 'use === / !== (== only against null/undefined)');
      }
      const a = this.expr(e.left, ctx);
      const b = this.expr(e.right, ctx);
      if (this.isString(e.left) || this.isString(e.right)) {
        const eq = this.stringEquals(a.code, b.code, this.isNullable(e.left) && !ts.isStringLiteral(e.right));
        return { code: negate ? `!${wrap(eq)}` : eq, kind: 'other' };
      }
      if (!this.isNumber(e.left) && !this.isBoolean(e.left)) {
        this.reject(e, 'equality on objects or lists', 'compare fields (reference equality differs in Apex)');
      }
      const [x, y] = this.numericPair(e, ctx, a, b);
      return { code: `${x} ${negate ? '!=' : '=='} ${y}`, kind: 'other' };
    }
    if (op === K.AmpersandAmpersandToken || op === K.BarBarToken) {
      if (!this.isBoolean(e.left) || !this.isBoolean(e.right)) {
        this.reject(e.operatorToken, '&&/|| on non-booleans', 'use ?? for defaults and explicit comparisons');
      }
      return {
        code: `${this.expr(e.left, ctx).code} ${op === K.AmpersandAmpersandToken ? '&&' : '||'} ${this.expr(e.right, ctx).code}`,
        kind: 'other'
      };
    }
    if (op === K.QuestionQuestionToken) {
      const a = this.expr(e.left, ctx);
      const b = this.expr(e.right, ctx);
      const num = this.isNumber(e);
      return {
        code: `(${a.code} != null ? ${num ? this.asDouble(a) : a.code} : ${num ? this.asDouble(b) : b.code})`,
        kind: num ? 'dbl' : 'other'
      };
    }
    if (op === K.InKeyword) {
      if (!this.isRecord(e.right) || !this.isString(e.left)) {
        this.reject(e, 'in on a non-record', 'use key in record (Record<string, T>) only');
      }
      return { code: `${this.expr(e.right, ctx).code}.containsKey(${this.expr(e.left, ctx).code})`, kind: 'other' };
    }
    if (op === K.PlusToken && this.isString(e)) {
      return { code: `${this.stringPart(e.left, ctx)} + ${this.stringPart(e.right, ctx)}`, kind: 'other' };
    }
    if (isRelational(op)) {
      const opText = e.operatorToken.getText();
      if (this.isString(e.left) && this.isString(e.right)) {
        // Apex String.compareTo is case-sensitive and code-unit based, like JavaScript < on strings.
        return {
          code: `${wrap(this.expr(e.left, ctx).code)}.compareTo(${this.expr(e.right, ctx).code}) ${opText} 0`,
          kind: 'other'
        };
      }
      if (!this.isNumber(e.left) || !this.isNumber(e.right)) {
        this.reject(e, 'comparison of non-numbers', 'compare numbers (or two strings)');
      }
      const [x, y] = this.numericPair(e, ctx, this.expr(e.left, ctx), this.expr(e.right, ctx));
      return { code: `${x} ${opText} ${y}`, kind: 'other' };
    }
    const arith: Partial<Record<ts.SyntaxKind, string>> = {
      [K.PlusToken]: '+',
      [K.MinusToken]: '-',
      [K.AsteriskToken]: '*',
      [K.SlashToken]: '/',
      [K.PercentToken]: '%'
    };
    const opText = arith[op];
    if (opText === undefined) {
      this.reject(
        e.operatorToken,
        `operator ${e.operatorToken.getText()}`,
        'bitwise, exponent and comma operators are not in the subset (use Math.pow)'
      );
    }
    if (!this.isNumber(e.left) || !this.isNumber(e.right)) {
      this.reject(
        e,
        `arithmetic on non-numbers (${opText})`,
        'arithmetic is on numbers only; concatenate strings with + or template literals'
      );
    }
    if (opText === '%') {
      ctx.module.helpersUsed.add('jsMod');
      const a = this.asDouble(this.expr(e.left, ctx));
      const b = this.asDouble(this.expr(e.right, ctx));
      return { code: `jsMod(${a}, ${b})`, kind: 'dbl' };
    }
    const keepInt = intCtx && opText !== '/';
    const a = this.expr(e.left, ctx, keepInt);
    const b = this.expr(e.right, ctx, keepInt);
    if (a.kind === 'int' && b.kind === 'int') {
      if (keepInt) {
        return { code: `${a.code} ${opText} ${b.code}`, kind: 'int' };
      }
      // Integer op Integer is 32-bit and / truncates in Apex: promote to Double first.
      return { code: `Double.valueOf(${a.code}) ${opText} ${b.code}`, kind: 'dbl' };
    }
    return { code: `${a.code} ${opText} ${b.code}`, kind: 'dbl' };
  }

  /** Comparing an Integer with a literal: write the literal as an Integer (`list.size() == 0`). */
  private numericPair(e: ts.BinaryExpression, ctx: FnCtx, a: Emitted, b: Emitted): [string, string] {
    if (a.kind === 'int' && ts.isNumericLiteral(e.right)) {
      return [a.code, this.expr(e.right, ctx, true).code];
    }
    if (b.kind === 'int' && ts.isNumericLiteral(e.left)) {
      return [this.expr(e.left, ctx, true).code, b.code];
    }
    return [a.code, b.code];
  }

  private call(e: ts.CallExpression, ctx: FnCtx): Emitted {
    const callee = e.expression;
    const args = e.arguments;
    if (ts.isIdentifier(callee)) {
      const sym = this.symbolOf(callee);
      const ref = sym ? this.symbols.get(sym) : undefined;
      if (ref?.kind === 'function') {
        const decl = sym?.valueDeclaration as ts.FunctionDeclaration;
        const code = args.map((a, i) => {
          const pt = decl.parameters[i] ? apexType(this.descOf(decl.parameters[i])) : '';
          return this.toDouble(this.expr(a, ctx), pt);
        });
        const qualified = ref.module === ctx.module ? ref.apexName : `${ref.module.className}.${ref.apexName}`;
        return { code: `${qualified}(${code.join(', ')})`, kind: this.isNumber(e) ? 'dbl' : 'other' };
      }
      if (callee.text === 'String' && args.length === 1) {
        return { code: this.stringPart(args[0], ctx), kind: 'other' };
      }
      if ((callee.text === 'Number' || callee.text === 'parseFloat') && args.length === 1 && this.isString(args[0])) {
        return { code: `Double.valueOf(${this.expr(args[0], ctx).code})`, kind: 'dbl' };
      }
      if (callee.text === 'parseInt' && args.length === 2 && ts.isNumericLiteral(args[1]) && args[1].text === '10') {
        return { code: `Double.valueOf(${this.expr(args[0], ctx).code})`, kind: 'dbl' };
      }
      this.reject(e, `call of ${callee.text}`, 'call engine functions, Math.*, String(n), Number(s)');
    }
    if (!ts.isPropertyAccessExpression(callee)) {
      this.reject(e, 'computed call', 'call functions by name');
    }
    const method = callee.name.text;
    const target = callee.expression;
    if (ts.isRegularExpressionLiteral(target)) {
      this.reject(target, 'regular expression', 'use the string methods of the subset');
    }
    if (ts.isIdentifier(target) && target.text === 'Math') {
      return this.mathCall(e, method, ctx);
    }
    if (
      ts.isIdentifier(target) &&
      target.text === 'Number' &&
      (method === 'isFinite' || method === 'isNaN') &&
      args.length === 1
    ) {
      const helper: Helper = method === 'isFinite' ? 'jsIsFinite' : 'jsIsNaN';
      ctx.module.helpersUsed.add(helper);
      return { code: `${helper}(${this.asDouble(this.expr(args[0], ctx))})`, kind: 'other' };
    }
    if (
      ts.isIdentifier(target) &&
      target.text === 'Object' &&
      method === 'keys' &&
      args.length === 1 &&
      this.isRecord(args[0])
    ) {
      return { code: `new List<String>(${this.expr(args[0], ctx).code}.keySet())`, kind: 'other' };
    }
    if (
      ts.isIdentifier(target) &&
      (target.text === 'Object' ||
        target.text === 'JSON' ||
        target.text === 'Date' ||
        target.text === 'Array' ||
        target.text === 'Number')
    ) {
      this.reject(
        e,
        `${target.text}.${method}`,
        'only Object.keys, Number.isFinite and Number.isNaN are in the subset'
      );
    }
    if (this.isString(target)) {
      return this.stringMethod(e, method, target, ctx);
    }
    if (this.isArray(target)) {
      return this.arrayMethod(e, method, target, ctx);
    }
    this.reject(e, `method ${method}`, 'call engine functions and the string/list methods of the subset');
  }

  private mathCall(e: ts.CallExpression, method: string, ctx: FnCtx): Emitted {
    const args = e.arguments.map((a) => this.asDouble(this.expr(a, ctx)));
    if (method === 'round' && args.length === 1) {
      // JavaScript rounds half toward +Infinity; Apex Math.round is half-even.
      return this.rules.roundHalfUp
        ? { code: `Math.floor(${args[0]} + 0.5d)`, kind: 'dbl' }
        : { code: `Math.round(${args[0]})`, kind: 'dbl' };
    }
    if ((method === 'min' || method === 'max') && args.length === 2) {
      return { code: `Math.${method}(${args[0]}, ${args[1]})`, kind: 'dbl' };
    }
    if (method === 'pow' && args.length === 2) {
      return { code: `Math.pow(${args[0]}, ${args[1]})`, kind: 'dbl' };
    }
    if (method === 'atan2' && args.length === 2) {
      return { code: `Math.atan2(${args[0]}, ${args[1]})`, kind: 'dbl' };
    }
    if (MATH_ONE_ARG.has(method) && args.length === 1) {
      return { code: `Math.${method}(${args[0]})`, kind: 'dbl' };
    }
    if (method === 'trunc' && args.length === 1) {
      return { code: `(${args[0]} < 0 ? Math.ceil(${args[0]}) : Math.floor(${args[0]}))`, kind: 'dbl' };
    }
    this.reject(
      e,
      `Math.${method} with ${args.length} argument(s)`,
      'use abs/min/max (2 args)/floor/ceil/round/sqrt/exp/log/pow; no Math.random'
    );
  }

  private stringMethod(e: ts.CallExpression, method: string, target: ts.Expression, ctx: FnCtx): Emitted {
    const s = wrap(this.expr(target, ctx).code);
    const a = e.arguments;
    const str = (i: number): string => this.expr(a[i], ctx).code;
    switch (method) {
      case 'toLowerCase':
      case 'toUpperCase':
      case 'trim':
        if (a.length === 0) {
          return { code: `${s}.${method}()`, kind: 'other' };
        }
        break;
      case 'startsWith':
      case 'endsWith':
        if (a.length === 1) {
          return { code: `${s}.${method}(${str(0)})`, kind: 'other' };
        }
        break;
      case 'includes':
        if (a.length === 1) {
          return { code: `${s}.contains(${str(0)})`, kind: 'other' };
        }
        break;
      case 'indexOf':
        if (a.length === 1) {
          return { code: `${s}.indexOf(${str(0)})`, kind: 'int' };
        }
        if (a.length === 2) {
          // Java/Apex indexOf(sub, from) treats a negative start as 0, like JavaScript.
          return { code: `${s}.indexOf(${str(0)}, ${this.asInt(this.expr(a[1], ctx, true))})`, kind: 'int' };
        }
        break;
      case 'substring':
        if (a.length === 1 || a.length === 2) {
          ctx.module.helpersUsed.add('jsSubstring');
          const end = a.length === 2 ? this.asDouble(this.expr(a[1], ctx)) : 'null';
          return { code: `jsSubstring(${s}, ${this.asDouble(this.expr(a[0], ctx))}, ${end})`, kind: 'other' };
        }
        break;
      case 'charAt':
        if (a.length === 1) {
          ctx.module.helpersUsed.add('jsCharAt');
          return { code: `jsCharAt(${s}, ${this.asDouble(this.expr(a[0], ctx))})`, kind: 'other' };
        }
        break;
      case 'split':
        if (a.length === 1 && ts.isStringLiteral(a[0]) && a[0].text.length === 1) {
          // Apex split takes a regular expression and drops trailing empty strings unless the limit is negative.
          const sep = a[0].text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          return { code: `${s}.split(${escapeApexString(sep)}, -1)`, kind: 'other' };
        }
        this.reject(
          e,
          'split with a non-literal or multi-character separator',
          "split on a literal one-character separator: s.split(',')"
        );
    }
    this.reject(e, `string method ${method}`, 'use the string methods listed in docs/ENGINE_SUBSET.md');
  }

  private arrayMethod(e: ts.CallExpression, method: string, target: ts.Expression, ctx: FnCtx): Emitted {
    const list = this.expr(target, ctx).code;
    const a = e.arguments;
    if (ARRAY_CALLBACKS.has(method)) {
      this.reject(
        e,
        `array callback .${method}()`,
        method === 'sort' ? 'sort with the engine sorting module' : 'write a for…of loop'
      );
    }
    const elem = this.elementType(target);
    switch (method) {
      case 'slice':
        if (a.length === 0) {
          return { code: `new List<${elem}>(${list})`, kind: 'other' };
        }
        break;
      case 'includes':
        if (a.length === 1) {
          return { code: `${list}.contains(${this.toDouble(this.expr(a[0], ctx), elem)})`, kind: 'other' };
        }
        break;
      case 'indexOf':
        if (a.length === 1) {
          return { code: `${list}.indexOf(${this.toDouble(this.expr(a[0], ctx), elem)})`, kind: 'int' };
        }
        break;
      case 'join':
        if (a.length === 1 && elem === 'String') {
          return { code: `String.join(${list}, ${this.expr(a[0], ctx).code})`, kind: 'other' };
        }
        break;
      case 'push':
        this.reject(e, 'push inside an expression', 'push in its own statement');
    }
    this.reject(e, `list method ${method}`, 'use push, length, [i], slice(), includes, indexOf, join on string lists');
  }
}

class SkipNode extends Error {
  constructor() {
    super('skip');
  }
}

/** Parenthesise unless the code is already atomic (a name, a call chain, a literal or fully parenthesised). */
function wrap(code: string): string {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (quoted) {
      if (ch === '\\') {
        i++;
      } else if (ch === "'") {
        quoted = false;
      }
    } else if (ch === "'") {
      quoted = true;
    } else if (ch === '(' || ch === '[' || ch === '{') {
      depth++;
    } else if (ch === ')' || ch === ']' || ch === '}') {
      depth--;
      if (depth === 0 && code.startsWith('(') && i === code.length - 1) {
        return code;
      }
    } else if (depth === 0 && /[\s?:+\-*/<>=!&|]/.test(ch) && !(i === 0 && ch === '-')) {
      return `(${code})`;
    }
  }
  return code;
}

function isNullish(e: ts.Expression): boolean {
  return e.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(e) && e.text === 'undefined');
}

function isAssignmentOp(k: ts.SyntaxKind): boolean {
  return k >= ts.SyntaxKind.FirstAssignment && k <= ts.SyntaxKind.LastAssignment;
}

function isRelational(k: ts.SyntaxKind): boolean {
  return [
    ts.SyntaxKind.LessThanToken,
    ts.SyntaxKind.LessThanEqualsToken,
    ts.SyntaxKind.GreaterThanToken,
    ts.SyntaxKind.GreaterThanEqualsToken
  ].includes(k);
}

function isIntegerish(e: ts.Expression): boolean {
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

function isStringLiteralType(t: ts.TypeNode): boolean {
  return ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal);
}

function endsAbruptly(s: ts.Statement): boolean {
  return ts.isReturnStatement(s) || ts.isContinueStatement(s) || ts.isThrowStatement(s);
}

/** A barrel only re-exports (or is empty): it is not transpiled. */
export function isBarrel(sf: ts.SourceFile): boolean {
  return sf.statements.every((s) => ts.isExportDeclaration(s));
}

function leadingDoc(node: ts.Node | undefined, sf: ts.SourceFile): string | undefined {
  if (!node) {
    return undefined;
  }
  const ranges = ts.getLeadingCommentRanges(sf.text, node.pos) ?? [];
  const first = ranges.find((r) => sf.text.startsWith('/**', r.pos));
  if (!first) {
    return undefined;
  }
  const text = sf.text.slice(first.pos + 3, first.end - 2);
  const clean = text
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, '').trimEnd())
    .join('\n')
    .trim();
  return clean.length > 0 ? clean : undefined;
}

function apexDoc(text: string): string {
  const lines = text.replace(/\*\//g, '* /').split('\n');
  return ['/**', ...lines.map((l) => (l.length > 0 ? ` * ${l}` : ' *')), ' */'].join('\n');
}

/** Transpile the given module files. */
export function transpile(files: string[], options: TranspileOptions): GeneratedClass[] {
  return new Transpiler(files, options).run();
}
