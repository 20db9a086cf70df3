/** Declarations: names every module-level symbol (first pass), then describes DTO fields, string unions and function
 * signatures (second pass), so bodies can refer to anything in any module. */
import * as path from 'node:path';
import * as ts from 'typescript';
import { DIAGNOSTICS } from '../diagnostics';
import { NameScope } from '../naming';
import { DtoDesc, FieldDesc, FunctionDesc, TypeDesc } from '../types';
import { ModuleState, TranspileContext } from './context';
import { isStringLiteralType } from './syntax';

export function declareModule(tx: TranspileContext, m: ModuleState): void {
  for (const st of m.sf.statements) {
    tx.guard(() => {
      declareStatement(tx, m, st);
    });
  }
}

export function declareStatement(tx: TranspileContext, m: ModuleState, st: ts.Statement): void {
  if (ts.isImportDeclaration(st)) {
    const spec = (st.moduleSpecifier as ts.StringLiteral).text;
    const target = path.resolve(path.dirname(m.file), `${spec}.ts`);
    const clause = st.importClause;
    if (!spec.startsWith('./') || spec.slice(2).includes('/')) {
      tx.reject(st, DIAGNOSTICS.importOutsideFolder, spec);
    }
    if (!tx.modules.has(target) && !tx.files.some((f) => path.resolve(f) === target)) {
      tx.reject(st, DIAGNOSTICS.importNotEngine, spec);
    }
    if (clause?.name || (clause?.namedBindings && ts.isNamespaceImport(clause.namedBindings))) {
      tx.reject(st, DIAGNOSTICS.defaultOrNamespaceImport);
    }
    return;
  }
  if (ts.isFunctionDeclaration(st)) {
    if (!st.name || !st.body) {
      tx.reject(st, DIAGNOSTICS.overloadOrAnonymous);
    }
    const sym = tx.symbolOf(st.name);
    if (sym) {
      const apexName = m.members.declare(`fn:${st.name.text}`, st.name.text);
      tx.symbols.set(sym, { module: m, apexName, kind: 'function' });
    }
    return;
  }
  if (ts.isInterfaceDeclaration(st)) {
    declareDto(tx, m, st, st.name);
    return;
  }
  if (ts.isTypeAliasDeclaration(st)) {
    if (st.typeParameters) {
      tx.reject(st, DIAGNOSTICS.genericTypeAlias);
    }
    if (ts.isTypeLiteralNode(st.type)) {
      declareDto(tx, m, st, st.name);
      return;
    }
    if (ts.isUnionTypeNode(st.type) && st.type.types.every(isStringLiteralType)) {
      const sym = tx.symbolOf(st.name);
      const validator = m.members.declare(`union:${st.name.text}`, `isValid${st.name.text}`);
      if (sym) {
        tx.symbols.set(sym, { module: m, apexName: validator, kind: 'union' });
      }
      return;
    }
    if (ts.isUnionTypeNode(st.type)) {
      tx.reject(st.type, DIAGNOSTICS.nonLiteralUnion);
    }
    // a plain alias (type Money = number): transparent
    return;
  }
  if (ts.isVariableStatement(st)) {
    if (!(st.declarationList.flags & ts.NodeFlags.Const)) {
      tx.reject(st, DIAGNOSTICS.moduleLevelLet);
    }
    for (const d of st.declarationList.declarations) {
      if (!ts.isIdentifier(d.name)) {
        tx.reject(d.name, DIAGNOSTICS.destructuredConstant);
      }
      const sym = tx.symbolOf(d.name);
      const apexName = m.members.declare(`const:${d.name.text}`, d.name.text);
      if (sym) {
        tx.symbols.set(sym, { module: m, apexName, kind: 'const' });
      }
    }
    return;
  }
  if (ts.isExportDeclaration(st)) {
    tx.reject(st, DIAGNOSTICS.reExport);
  }
  if (ts.isClassDeclaration(st)) {
    tx.reject(st, DIAGNOSTICS.classDeclaration);
  }
  if (ts.isEnumDeclaration(st)) {
    tx.reject(st, DIAGNOSTICS.enumDeclaration);
  }
  if (ts.isModuleDeclaration(st)) {
    tx.reject(st, DIAGNOSTICS.namespace);
  }
  if (ts.isExportAssignment(st)) {
    tx.reject(st, DIAGNOSTICS.defaultExport);
  }
  tx.reject(st, DIAGNOSTICS.topLevelStatement, ts.SyntaxKind[st.kind]);
}

export function declareDto(
  tx: TranspileContext,
  m: ModuleState,
  decl: ts.InterfaceDeclaration | ts.TypeAliasDeclaration,
  name: ts.Identifier
): void {
  if (ts.isInterfaceDeclaration(decl) && (decl.heritageClauses || decl.typeParameters)) {
    tx.reject(decl, DIAGNOSTICS.interfaceExtends);
  }
  const apexName = m.members.declare(`dto:${name.text}`, name.text);
  const dto: DtoDesc = { ref: `${m.className}.${apexName}`, tsName: name.text, apexName, fields: [] };
  tx.dtoByDecl.set(decl, dto);
  const sym = tx.symbolOf(name);
  if (sym) {
    tx.symbols.set(sym, { module: m, apexName, kind: 'dto' });
  }
  m.desc.dtos.push(dto);
}

export function describeModule(tx: TranspileContext, m: ModuleState): void {
  for (const st of m.sf.statements) {
    tx.guard(() => {
      if (ts.isInterfaceDeclaration(st) || (ts.isTypeAliasDeclaration(st) && ts.isTypeLiteralNode(st.type))) {
        const dto = tx.dtoByDecl.get(st);
        const members = ts.isInterfaceDeclaration(st) ? st.members : (st.type as ts.TypeLiteralNode).members;
        if (dto) {
          describeFields(tx, dto, members);
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
        describeFunction(tx, m, st);
      }
    });
  }
}

export function describeFields(tx: TranspileContext, dto: DtoDesc, members: ts.NodeArray<ts.TypeElement>): void {
  const scope = new NameScope();
  for (const mem of members) {
    tx.guard(() => {
      if (!ts.isPropertySignature(mem) || !ts.isIdentifier(mem.name) || !mem.type) {
        tx.reject(mem, DIAGNOSTICS.interfaceMember);
      }
      const name = mem.name.text;
      const field: FieldDesc = {
        tsName: name,
        apexName: scope.declare(name, name),
        type: tx.typeDesc(tx.checker.getTypeFromTypeNode(mem.type), mem.type),
        optional: mem.questionToken !== undefined
      };
      dto.fields.push(field);
      const sym = tx.symbolOf(mem.name);
      if (sym) {
        tx.fieldBySymbol.set(sym, field);
      }
    });
  }
}

export function describeFunction(tx: TranspileContext, m: ModuleState, fn: ts.FunctionDeclaration): void {
  const name = fn.name as unknown as ts.Identifier;
  if (fn.typeParameters) {
    tx.reject(fn, DIAGNOSTICS.genericFunction);
  }
  if (fn.asteriskToken || fn.modifiers?.some((mo) => mo.kind === ts.SyntaxKind.AsyncKeyword)) {
    tx.reject(fn, DIAGNOSTICS.asyncFunction);
  }
  const exported = fn.modifiers?.some((mo) => mo.kind === ts.SyntaxKind.ExportKeyword) ?? false;
  const sig = tx.checker.getSignatureFromDeclaration(fn);
  const params: FunctionDesc['params'] = [];
  const locals = new NameScope();
  for (const p of fn.parameters) {
    if (!ts.isIdentifier(p.name)) {
      tx.reject(p, DIAGNOSTICS.destructuredParameter);
    }
    if (p.questionToken || p.initializer || p.dotDotDotToken) {
      tx.reject(p, DIAGNOSTICS.optionalParameter);
    }
    params.push({
      tsName: p.name.text,
      apexName: locals.declare(p.name.text, p.name.text),
      type: tx.typeDesc(tx.checker.getTypeAtLocation(p), p),
      tsType: p.type ? p.type.getText() : tx.checker.typeToString(tx.checker.getTypeAtLocation(p))
    });
  }
  if (!fn.type) {
    tx.reject(fn, DIAGNOSTICS.missingReturnType);
  }
  const returns = sig ? tx.typeDesc(sig.getReturnType(), fn.type) : ({ kind: 'void' } as TypeDesc);
  m.desc.functions.push({
    tsName: name.text,
    apexName: m.members.lookup(`fn:${name.text}`) ?? name.text,
    exported,
    params,
    returns
  });
}
