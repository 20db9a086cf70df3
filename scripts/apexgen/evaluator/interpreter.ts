/**
 * A test-only evaluator for the Apex that scripts/apexgen emits: it parses classes with @apexdevtools/apex-parser,
 * resolves each method once (names → frame slots, operators specialised on static types) into one JavaScript function:
 * statements and the hot expressions (literals, locals, arithmetic, comparisons, logic) become JavaScript text that
 * calls the operator rules of runtime.ts; the other expressions stay closures, which that text calls through a
 * table. It then runs them. It models the Apex semantics that differ from JavaScript (see values.ts for the cited
 * rules); anything it does not model raises EvaluatorError instead of guessing.
 */
import {
  ApexParserFactory,
  ClassDeclarationContext,
  ConstructorDeclarationContext,
  ExpressionContext,
  FormalParametersContext,
  MethodDeclarationContext,
  TypeRefContext
} from '@apexdevtools/apex-parser';
import { expr } from './compile/expressions';
import { CExpr, Ev, Exec, Frame, lower, MethodCompile, MethodInfo, qualifiedName, Scope } from './compile/model';
import { block } from './compile/statements';
import {
  ApexObject,
  ApexType,
  ClassInfo,
  EvaluatorError,
  FieldInfo,
  isNumeric,
  NUMERIC_RANK,
  T,
  typeToString
} from './values';
import { RUNTIME, RUNTIME_PRELUDE } from './runtime';

/** The call ran more loop iterations than allowed. */
export class EvaluatorBudgetError extends EvaluatorError {}

export interface CoverageFigures {
  className: string;
  lines: number;
  covered: number;
}

export class ApexInterpreter {
  private readonly classes = new Map<string, ClassInfo>();
  readonly coverage = new Map<string, { all: Set<number>; hit: Set<number> }>();
  trackCoverage = false;
  /** Loop iterations left for the current top-level call (a runaway loop is reported, not waited for). */
  private readonly budget = { n: 0 };
  /** Values and closures the compiled JavaScript refers to as K[i]. */
  private readonly table: unknown[] = [];
  labels = 0;
  private readonly maxIterations: number;

  /** Parse and register classes (their methods are resolved lazily, on first call). */
  constructor(sources: string[], options: { coverage?: boolean; maxIterations?: number } = {}) {
    this.trackCoverage = options.coverage ?? false;
    this.maxIterations = options.maxIterations ?? 5_000_000;
    for (const src of sources) {
      const parser = ApexParserFactory.createParser(src, true);
      const unit = parser.compilationUnit();
      const decl = unit.typeDeclaration().classDeclaration();
      if (!decl) {
        throw new EvaluatorError('only classes are supported');
      }
      this.registerClass(decl, undefined);
    }
    // Member types may name classes registered later (other files, inner classes): resolve them now.
    this.afterRegistration.splice(0).forEach((f) => {
      f();
    });
    if (this.trackCoverage) {
      for (const cls of this.allClasses()) {
        for (const list of [...cls.methods.values(), cls.ctors]) {
          for (const m of list as MethodInfo[]) {
            this.compile(m);
          }
        }
      }
    }
  }

  private *allClasses(): Generator<ClassInfo> {
    const walk = function* (c: ClassInfo): Generator<ClassInfo> {
      yield c;
      for (const i of c.inner.values()) {
        yield* walk(i);
      }
    };
    for (const c of this.classes.values()) {
      yield* walk(c);
    }
  }

  private registerClass(decl: ClassDeclarationContext, outer: ClassInfo | undefined): ClassInfo {
    const name = decl.id().getText();
    const cls: ClassInfo = {
      name,
      lname: lower(name),
      outer,
      fields: new Map(),
      instanceFields: [],
      methods: new Map(),
      ctors: [],
      inner: new Map(),
      staticValues: new Map(),
      initialised: false
    };
    if (outer) {
      outer.inner.set(cls.lname, cls);
    } else {
      this.classes.set(cls.lname, cls);
    }
    const pending: (() => void)[] = [];
    for (const body of decl.classBody().classBodyDeclaration_list()) {
      const member = body.memberDeclaration();
      if (!member) {
        continue;
      }
      const isStatic = body.modifier_list().some((m) => lower(m.getText()) === 'static');
      const inner = member.classDeclaration();
      if (inner) {
        this.registerClass(inner, cls);
        continue;
      }
      const method = member.methodDeclaration();
      if (method) {
        pending.push(() => {
          this.addMethod(cls, method, isStatic);
        });
        continue;
      }
      const ctor = member.constructorDeclaration();
      if (ctor) {
        pending.push(() => {
          this.addCtor(cls, ctor);
        });
        continue;
      }
      const field = member.fieldDeclaration();
      if (field) {
        pending.push(() => {
          for (const v of field.variableDeclarators().variableDeclarator_list()) {
            const info: FieldInfo = {
              name: v.id().getText(),
              lname: lower(v.id().getText()),
              type: this.resolveTypeRef(field.typeRef(), cls),
              isStatic,
              init: v.expression() ?? undefined
            };
            cls.fields.set(info.lname, info);
            if (!isStatic) {
              cls.instanceFields.push(info);
            }
          }
        });
        continue;
      }
      throw new EvaluatorError(`unsupported member in ${name}: ${member.getText().slice(0, 40)}`);
    }
    // Types of members may reference inner classes declared later: resolve after registration.
    this.afterRegistration.push(...pending);
    return cls;
  }

  private readonly afterRegistration: (() => void)[] = [];

  private params(fp: FormalParametersContext, cls: ClassInfo): MethodInfo['params'] {
    const list = fp.formalParameterList();
    return list
      ? list
          .formalParameter_list()
          .map((p) => ({ name: p.id().getText(), type: this.resolveTypeRef(p.typeRef(), cls) }))
      : [];
  }

  private addMethod(cls: ClassInfo, m: MethodDeclarationContext, isStatic: boolean): void {
    const body = m.block();
    if (!body) {
      throw new EvaluatorError('abstract methods are not supported');
    }
    const info: MethodInfo = {
      name: m.id().getText(),
      isStatic,
      isCtor: false,
      params: this.params(m.formalParameters(), cls),
      returnType: m.VOID() ? T.void : this.resolveTypeRef(m.typeRef(), cls),
      body,
      cls
    };
    const key = lower(info.name);
    cls.methods.set(key, [...(cls.methods.get(key) ?? []), info]);
  }

  private addCtor(cls: ClassInfo, c: ConstructorDeclarationContext): void {
    const info: MethodInfo = {
      name: cls.name,
      isStatic: false,
      isCtor: true,
      params: this.params(c.formalParameters(), cls),
      returnType: T.void,
      body: c.block(),
      cls
    };
    cls.ctors.push(info);
  }

  // ------------------------------------------------------------------ types

  findClass(parts: string[], from: ClassInfo | undefined): ClassInfo | undefined {
    const [first, ...rest] = parts.map(lower);
    let c: ClassInfo | undefined;
    for (let scope = from; scope && !c; scope = scope.outer) {
      c = scope.inner.get(first) ?? (scope.lname === first ? scope : undefined);
    }
    c ??= this.classes.get(first);
    for (const p of rest) {
      c = c?.inner.get(p);
    }
    return c;
  }

  resolveTypeRef(ref: TypeRefContext, from: ClassInfo): ApexType {
    const names = ref.typeName_list();
    if (ref.arraySubscripts().getText().length > 0) {
      throw new EvaluatorError('array types are not supported');
    }
    if (names.length === 1) {
      const tn = names[0];
      const args =
        tn
          .typeArguments()
          ?.typeList()
          .typeRef_list()
          .map((r) => this.resolveTypeRef(r, from)) ?? [];
      if (tn.LIST()) {
        return { name: 'list', args };
      }
      if (tn.SET()) {
        return { name: 'set', args };
      }
      if (tn.MAP()) {
        return { name: 'map', args };
      }
      return this.namedType([tn.id().getText()], args, from);
    }
    return this.namedType(
      names.map((n) => n.id().getText()),
      [],
      from
    );
  }

  namedType(parts: string[], args: ApexType[], from: ClassInfo | undefined): ApexType {
    if (parts.length === 1) {
      const l = lower(parts[0]);
      if (l === 'list' || l === 'set' || l === 'map') {
        return { name: l, args };
      }
      const prim = (T as Record<string, ApexType | undefined>)[l];
      if (prim && l !== 'null' && l !== 'void') {
        return prim;
      }
    }
    const cls = this.findClass(parts, from);
    if (!cls) {
      throw new EvaluatorError(`unknown type ${parts.join('.')}`);
    }
    return { name: qualifiedName(cls), args: [], cls };
  }

  // ------------------------------------------------------------------ running

  /** Call a static method by class and name (case-insensitive), with Apex values. */
  callStatic(className: string, methodName: string, args: unknown[]): unknown {
    const cls = this.findClass(className.split('.'), undefined);
    if (!cls) {
      throw new EvaluatorError(`unknown class ${className}`);
    }
    const m = this.pickMethod(cls, methodName, args.length);
    if (!m.isStatic) {
      throw new EvaluatorError(`${className}.${methodName} is not static`);
    }
    this.initialise(cls);
    this.budget.n = this.maxIterations;
    return this.invoke(m, args, undefined);
  }

  /** Loop iterations the last top-level call ran (a proxy for its Apex CPU time; see the evaluator benchmark). */
  lastCallIterations(): number {
    return this.maxIterations - this.budget.n;
  }

  private overBudget(): never {
    throw new EvaluatorBudgetError(`more than ${this.maxIterations} loop iterations`);
  }

  // ------------------------------------------------------------------ compiling to JavaScript

  /** K[i] for a value or closure the compiled text needs. */
  ref(v: unknown): string {
    this.table.push(v);
    return `K[${this.table.length - 1}]`;
  }

  /** Compile `body` (JavaScript statements over the frame `f`) into a function. */
  private compileJs(body: string): (f: Frame) => unknown {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- test-only evaluator compiling the Apex it parsed
    const make = new Function('K', 'R', 'B', 'over', `${RUNTIME_PRELUDE}\nreturn (f) => {\n${body}\n};`) as (
      k: unknown[],
      r: typeof RUNTIME,
      b: { n: number },
      over: () => never
    ) => (f: Frame) => unknown;
    return make(this.table, RUNTIME, this.budget, () => this.overBudget());
  }

  /** An expression compiled to JavaScript; its closure is built from the text on first use. */
  jsExpr(type: ApexType, js: string, extra: Partial<CExpr> = {}): CExpr {
    let ev: Ev | undefined;
    const compile = (): Ev => (ev ??= this.compileJs(`return (${js});`));
    return {
      ...extra,
      type,
      js,
      get ev(): Ev {
        return compile();
      }
    };
  }

  /** JavaScript text for any expression: its own text, or a call of its closure. */
  jsOf(ce: CExpr): string {
    return ce.js !== undefined ? `(${ce.js})` : `${this.ref(ce.ev)}(f)`;
  }

  /**
   * `new ClassName(args…)`: runs the constructor with that many parameters (so its lines count for coverage, as when
   * the generated test class builds its arguments).
   */
  construct(className: string, args: unknown[]): ApexObject {
    const cls = this.classNamed(className);
    if (!cls) {
      throw new EvaluatorError(`unknown class ${className}`);
    }
    return this.instantiate(cls, this.constructorFor(cls, args.length), args);
  }

  /** The constructor `new C(…)` with `arity` arguments runs; undefined for the implicit no-argument one. */
  constructorFor(cls: ClassInfo, arity: number): MethodInfo | undefined {
    const ctor = (cls.ctors as MethodInfo[]).find((k) => k.params.length === arity);
    if (!ctor && !(arity === 0 && cls.ctors.length === 0)) {
      throw new EvaluatorError(`Constructor not defined: ${cls.name}(${arity} args)`);
    }
    return ctor;
  }

  /** A new instance: every field null, then the constructor (if any) on `args`. */
  instantiate(cls: ClassInfo, ctor: MethodInfo | undefined, args: unknown[]): ApexObject {
    this.initialise(cls);
    const obj: ApexObject = { $class: cls, fields: {} };
    for (const f of cls.instanceFields) {
      obj.fields[f.lname] = null;
    }
    if (ctor) {
      this.invoke(ctor, args, obj);
    }
    return obj;
  }

  /** Classes by qualified name, for the callers that build many values (the differential test's arguments). */
  private readonly byName = new Map<string, ClassInfo | undefined>();

  private classNamed(className: string): ClassInfo | undefined {
    if (!this.byName.has(className)) {
      this.byName.set(className, this.findClass(className.split('.'), undefined));
    }
    return this.byName.get(className);
  }

  /** A new instance of a class with every field null, then fields set from `fields` (lowercase names). */
  newObject(className: string, fields: Record<string, unknown>): ApexObject {
    const cls = this.classNamed(className);
    if (!cls) {
      throw new EvaluatorError(`unknown class ${className}`);
    }
    const obj: ApexObject = { $class: cls, fields: {} };
    for (const f of cls.instanceFields) {
      obj.fields[f.lname] = fields[f.lname] ?? null;
    }
    return obj;
  }

  fieldsOf(className: string): FieldInfo[] {
    return this.findClass(className.split('.'), undefined)?.instanceFields ?? [];
  }

  coverageFigures(): CoverageFigures[] {
    return [...this.coverage].map(([className, c]) => ({ className, lines: c.all.size, covered: c.hit.size }));
  }

  pickMethod(cls: ClassInfo, name: string, arity: number): MethodInfo {
    for (let c: ClassInfo | undefined = cls; c; c = c.outer) {
      const found = (c.methods.get(lower(name)) as MethodInfo[] | undefined)?.filter((m) => m.params.length === arity);
      if (found?.length === 1) {
        return found[0];
      }
      if (found && found.length > 1) {
        throw new EvaluatorError(`overloads of ${name} with ${arity} parameters are not supported`);
      }
    }
    throw new EvaluatorError(`Method does not exist: ${cls.name}.${name}(${arity} args)`);
  }

  initialise(cls: ClassInfo): void {
    if (cls.initialised) {
      return;
    }
    cls.initialised = true;
    if (cls.outer) {
      this.initialise(cls.outer);
    }
    for (const f of cls.fields.values()) {
      if (f.isStatic) {
        const init = f.init as ExpressionContext | undefined;
        const value = init ? this.compileStandalone(init, cls, f.type)([]) : null;
        cls.staticValues.set(f.lname, value);
      }
    }
  }

  private compileStandalone(e: ExpressionContext, cls: ClassInfo, target: ApexType): Ev {
    const mc: MethodCompile = { cls, method: { cls } as MethodInfo, slots: 1, thisSlot: -1 };
    const ce = expr(this, e, { vars: new Map() }, mc);
    this.checkAssignable(target, ce.type, e);
    return ce.ev;
  }

  private invoke(m: MethodInfo, args: unknown[], self: ApexObject | undefined): unknown {
    const compiled = this.compile(m);
    const frame: Frame = new Array<unknown>(compiled.slots);
    frame[0] = null;
    frame[1] = self ?? null;
    for (let i = 0; i < args.length; i++) {
      frame[2 + i] = args[i];
    }
    compiled.exec(frame);
    return frame[0] ?? null;
  }

  compile(m: MethodInfo): { exec: Exec; slots: number } {
    if (m.compiled) {
      return m.compiled;
    }
    const mc: MethodCompile = { cls: m.cls, method: m, slots: 2 + m.params.length, thisSlot: 1, loops: [] };
    const scope: Scope = { vars: new Map() };
    m.params.forEach((p, i) => {
      scope.vars.set(lower(p.name), { slot: 2 + i, type: p.type });
    });
    const placeholder: { exec: Exec; slots: number } = { exec: () => undefined, slots: 0 };
    m.compiled = placeholder; // recursion: the real function is patched in below
    const body = block(this, m.body, scope, mc);
    const fn = this.compileJs(body);
    placeholder.exec = fn;
    placeholder.slots = mc.slots;
    return placeholder;
  }

  // ------------------------------------------------------------------ statements

  checkAssignable(target: ApexType, source: ApexType, at: { getText(): string }): void {
    if (target.name === 'void' || source.name === 'null') {
      return;
    }
    if (isNumeric(target) && isNumeric(source)) {
      // Implicit conversion only goes up the hierarchy Integer < Long < Double < Decimal (Rules of Conversion).
      if (NUMERIC_RANK[source.name] > NUMERIC_RANK[target.name]) {
        throw new EvaluatorError(
          `Illegal assignment from ${source.name} to ${target.name}: ${at.getText().slice(0, 60)}`
        );
      }
      return;
    }
    if (target.name === 'object') {
      return;
    }
    if (typeToString(target) !== typeToString(source)) {
      throw new EvaluatorError(
        `Illegal assignment from ${typeToString(source)} to ${typeToString(target)}: ${at.getText().slice(0, 60)}`
      );
    }
  }

  // ------------------------------------------------------------------ expressions

  staticField(cls: ClassInfo, name: string): CExpr | undefined {
    for (let c: ClassInfo | undefined = cls; c; c = c.outer) {
      const f = c.fields.get(name);
      if (f?.isStatic) {
        const owner = c;
        const store = (v: unknown): unknown => {
          this.initialise(owner);
          owner.staticValues.set(name, v);
          return v;
        };
        return {
          type: f.type,
          ev: () => {
            this.initialise(owner);
            return owner.staticValues.get(name) ?? null;
          },
          assign: (valueJs) => `${this.ref(store)}(${valueJs})`
        };
      }
    }
    return undefined;
  }
}
