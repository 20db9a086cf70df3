/** The state one transpilation shares: the TypeScript program, its checker, the declared symbols and the rejections. */
import * as ts from 'typescript';
import { DIAGNOSTICS, Diagnostic, Rejection, rejectionAt } from '../diagnostics';
import { NameScope } from '../naming';
import { DtoDesc, FieldDesc, ModuleDesc, TypeDesc } from '../types';
import { Helper } from './runtimeHelpers';

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

/** The Apex static type of an emitted expression, as far as the emitter cares: Integer, Double or anything else. */
export type Kind = 'int' | 'dbl' | 'other';
export interface Emitted {
  code: string;
  kind: Kind;
}

export interface ModuleState {
  name: string;
  file: string;
  relFile: string;
  className: string;
  sf: ts.SourceFile;
  members: NameScope;
  desc: ModuleDesc;
}

export interface SymbolRef {
  module: ModuleState;
  apexName: string;
  kind: 'function' | 'const' | 'dto' | 'union';
}

/** Per function (or constant initialiser): its module, its one flat Apex scope and the names given to declarations. */
export interface FnCtx {
  tx: TranspileContext;
  module: ModuleState;
  locals: NameScope;
  names: Map<ts.Declaration, string>;
  intCounters: Set<ts.Declaration>;
  tempCount: number;
}

export function newFnCtx(tx: TranspileContext, module: ModuleState): FnCtx {
  return { tx, module, locals: new NameScope(), names: new Map(), intCounters: new Set(), tempCount: 0 };
}

/** Thrown by reject() to abandon the current node; guard() records nothing more and moves to the next one. */
class SkipNode extends Error {
  constructor() {
    super('skip');
  }
}

export class TranspileContext {
  readonly program: ts.Program;
  readonly checker: ts.TypeChecker;
  readonly rules: GeneratorRules;
  readonly prefix: string;
  readonly rejections: Rejection[] = [];
  readonly modules = new Map<string, ModuleState>();
  readonly symbols = new Map<ts.Symbol, SymbolRef>();
  readonly dtoByDecl = new Map<ts.Node, DtoDesc>();
  readonly fieldBySymbol = new Map<ts.Symbol, FieldDesc>();
  /** Optional chains already wrapped in their null tests (see optionalChain). */
  readonly chainsDone = new Set<ts.Node>();
  /** Runtime helpers some module calls (the runtime class holds these). */
  readonly helpersUsed = new Set<Helper>();

  constructor(
    readonly files: string[],
    readonly options: TranspileOptions
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

  /** Records a rejection of `node` (an entry of DIAGNOSTICS, its placeholders filled with `args`) and skips it. */
  reject(node: ts.Node, diagnostic: Diagnostic, ...args: string[]): never {
    this.rejections.push(rejectionAt(node, diagnostic, args, this.options.root));
    throw new SkipNode();
  }

  guard(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      if (!(e instanceof SkipNode)) {
        throw e;
      }
    }
  }

  symbolOf(node: ts.Node): ts.Symbol | undefined {
    const s = this.checker.getSymbolAtLocation(node);
    if (s && s.flags & ts.SymbolFlags.Alias) {
      return this.checker.getAliasedSymbol(s);
    }
    return s;
  }

  typeDesc(type: ts.Type, node: ts.Node): TypeDesc {
    const f = type.flags;
    if (type.isUnion()) {
      const rest = type.types.filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
      if (rest.length === 0) {
        this.reject(node, DIAGNOSTICS.nullType);
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
      this.reject(node, DIAGNOSTICS.unionType, this.checker.typeToString(type));
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
      this.reject(node, DIAGNOSTICS.anyType);
    }
    if (this.checker.isArrayType(type) || this.checker.isTupleType(type)) {
      const args = this.checker.getTypeArguments(type as ts.TypeReference);
      if (this.checker.isTupleType(type)) {
        this.reject(node, DIAGNOSTICS.tupleType);
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
      this.reject(node, DIAGNOSTICS.mapObject);
    }
    this.reject(node, DIAGNOSTICS.unsupportedType, this.checker.typeToString(type));
  }

  descOf(node: ts.Node): TypeDesc {
    return this.typeDesc(this.checker.getTypeAtLocation(node), node);
  }

  isString(node: ts.Node): boolean {
    return this.isKind(node, ts.TypeFlags.StringLike);
  }

  isNumber(node: ts.Node): boolean {
    return this.isKind(node, ts.TypeFlags.NumberLike);
  }

  isBoolean(node: ts.Node): boolean {
    return this.isKind(node, ts.TypeFlags.BooleanLike);
  }

  isKind(node: ts.Node, flag: ts.TypeFlags): boolean {
    const t = this.checker.getTypeAtLocation(node);
    const parts = t.isUnion() ? t.types.filter((x) => !(x.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null))) : [t];
    return parts.length > 0 && parts.every((x) => (x.flags & flag) !== 0);
  }

  isNullable(node: ts.Node): boolean {
    const t = this.checker.getTypeAtLocation(node);
    return t.isUnion() && t.types.some((x) => (x.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) !== 0);
  }

  isArray(node: ts.Node): boolean {
    const t = this.checker.getNonNullableType(this.checker.getTypeAtLocation(node));
    return this.checker.isArrayType(t);
  }

  isRecord(node: ts.Node): boolean {
    const t = this.checker.getNonNullableType(this.checker.getTypeAtLocation(node));
    return !this.checker.isArrayType(t) && t.getStringIndexType() !== undefined && t.getProperties().length === 0;
  }
}
