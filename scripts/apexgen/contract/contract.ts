/** The API contract's two outputs (Apex DTO types, LWC declarations) and the check against hand-written controllers. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ApexParserFactory } from '@apexdevtools/apex-parser';
import { ContractMethod, ContractType } from './apiContract';
import { DtoDesc, ModuleDesc, TypeDesc } from '../types';

export const API_TYPES_CLASS = 'CVP_ApiTypes';

function listOf(t: string): string | undefined {
  return /^List<\s*(.+)\s*>$/.exec(t)?.[1];
}

/** Apex spelling of a contract type: DTOs are inner classes of CVP_ApiTypes. */
export function apexTypeOf(t: ContractType, dtos: ReadonlySet<string>): string {
  const inner = listOf(t);
  if (inner !== undefined) {
    return `List<${apexTypeOf(inner, dtos)}>`;
  }
  return dtos.has(t) ? `${API_TYPES_CLASS}.${t}` : t;
}

export function tsTypeOf(t: ContractType, dtos: ReadonlySet<string>): string {
  const inner = listOf(t);
  if (inner !== undefined) {
    return `${tsTypeOf(inner, dtos)}[]`;
  }
  if (dtos.has(t)) {
    return `CvpApi.${t}`;
  }
  const primitive: Record<string, string> = {
    Id: 'string',
    String: 'string',
    Date: 'string',
    Boolean: 'boolean',
    Integer: 'number',
    Double: 'number',
    Decimal: 'number'
  };
  const mapped = primitive[t];
  if (mapped === undefined) {
    throw new Error(`contract type ${t} is neither a primitive nor a type of apiTypes.ts`);
  }
  return mapped;
}

function tsField(t: TypeDesc, dtoNames: Map<string, string>): string {
  switch (t.kind) {
    case 'number':
      return 'number';
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'void':
      return 'void';
    case 'list':
      return `${tsField(t.elem, dtoNames)}[]`;
    case 'map':
      return `Record<string, ${tsField(t.value, dtoNames)}>`;
    case 'object':
      return `CvpApi.${dtoNames.get(t.ref) ?? 'unknown'}`;
  }
}

/**
 * Fields of the contract's types whose Apex name differs from the TypeScript one (an Apex reserved word such as
 * `override`, a case-insensitive clash): Aura would serialise them under the Apex name, so LWC would read another key
 * than apex.d.ts declares. The build refuses any.
 */
export function renamedApiFields(types: ModuleDesc): string[] {
  return types.dtos.flatMap((d) =>
    d.fields.filter((f) => f.apexName !== f.tsName).map((f) => `${d.tsName}.${f.tsName} → ${f.apexName}`)
  );
}

/** types/lwc/apex.d.ts: the contract types (namespace CvpApi) and one module per contract method. */
export function emitApexDts(contract: readonly ContractMethod[], types: ModuleDesc): string {
  const dtoNames = new Map(types.dtos.map((d: DtoDesc) => [d.ref, d.tsName]));
  const dtos = new Set(types.dtos.map((d) => d.tsName));
  const out: string[] = [
    '// GENERATED FILE — DO NOT EDIT. Source: scripts/apexgen/contract/apiContract.ts and apiTypes.ts (npm run build:apex).',
    '// Each @salesforce/apex import is both a Promise-returning function (imperative call) and a wire adapter (@wire).',
    '',
    'declare namespace CvpApi {',
    '  /** An Apex method as LWC sees it: call it imperatively, or use it with @wire. */',
    '  type ApexMethod<Params extends Record<string, unknown>, Result> = ((params: Params) => Promise<Result>) &',
    "    import('lwc').WireAdapterConstructor<Params, { data?: Result; error?: unknown }>;"
  ];
  for (const d of types.dtos) {
    out.push('');
    out.push(`  interface ${d.tsName} {`);
    for (const f of d.fields) {
      out.push(`    ${f.tsName}${f.optional ? '?' : ''}: ${tsField(f.type, dtoNames)};`);
    }
    out.push('  }');
  }
  out.push('}');
  for (const m of [...contract].sort((a, b) =>
    `${a.controller}.${a.method}`.localeCompare(`${b.controller}.${b.method}`)
  )) {
    const params =
      m.params.length === 0
        ? 'Record<string, never>'
        : `{ ${m.params.map((p) => `${p.name}: ${tsTypeOf(p.type, dtos)}`).join('; ')} }`;
    out.push('');
    out.push(`declare module '@salesforce/apex/${m.controller}.${m.method}' {`);
    out.push(`  /** ${m.controller}.${m.method}${m.cacheable ? ' (cacheable: usable with @wire)' : ''}. */`);
    out.push(`  const ${m.method}: CvpApi.ApexMethod<${params}, ${tsTypeOf(m.returns, dtos)}>;`);
    out.push(`  export default ${m.method};`);
    out.push('}');
  }
  out.push('');
  return out.join('\n');
}

export interface ContractCheckResult {
  /** Drift: the check fails. */
  problems: string[];
  /** Contract classes with no controller file yet (reported, not failing unless strict). */
  notImplemented: string[];
  /** Methods found and matching. */
  matched: string[];
}

function normaliseType(t: string): string {
  return t.replace(/\s+/g, '').toLowerCase();
}

interface FoundMethod {
  name: string;
  isStatic: boolean;
  annotation?: string;
  params: { name: string; type: string }[];
  returns: string;
}

function methodsOf(source: string, className: string): FoundMethod[] | undefined {
  const parser = ApexParserFactory.createParser(source, true);
  const decl = parser.compilationUnit().typeDeclaration().classDeclaration();
  if (decl?.id().getText().toLowerCase() !== className.toLowerCase()) {
    return undefined;
  }
  const cls = decl;
  const found: FoundMethod[] = [];
  for (const body of cls.classBody().classBodyDeclaration_list()) {
    const m = body.memberDeclaration()?.methodDeclaration();
    if (!m) {
      continue;
    }
    const modifiers = body.modifier_list();
    const annotation = modifiers
      .map((x) => x.annotation())
      .find((a) => a?.id().getText().toLowerCase() === 'auraenabled');
    found.push({
      name: m.id().getText(),
      isStatic: modifiers.some((x) => x.getText().toLowerCase() === 'static'),
      annotation: annotation?.getText(),
      params: (m.formalParameters().formalParameterList()?.formalParameter_list() ?? []).map((p) => ({
        name: p.id().getText(),
        type: p.typeRef().getText()
      })),
      returns: m.VOID() ? 'void' : m.typeRef().getText()
    });
  }
  return found;
}

/**
 * Compare the contract with the controllers in `classesDir` (not its generated/ folder). A controller file that does
 * not exist yet is "not yet implemented"; an existing controller whose method is missing or differs is drift.
 */
export function checkContract(
  contract: readonly ContractMethod[],
  classesDir: string,
  dtoNames: ReadonlySet<string>
): ContractCheckResult {
  const result: ContractCheckResult = { problems: [], notImplemented: [], matched: [] };
  const cache = new Map<string, FoundMethod[] | undefined>();
  for (const m of contract) {
    const where = `${m.controller}.${m.method}`;
    const file = path.join(classesDir, `${m.controller}.cls`);
    if (!fs.existsSync(file)) {
      if (!result.notImplemented.includes(m.controller)) {
        result.notImplemented.push(m.controller);
      }
      continue;
    }
    if (!cache.has(m.controller)) {
      cache.set(m.controller, methodsOf(fs.readFileSync(file, 'utf8'), m.controller));
    }
    const methods = cache.get(m.controller);
    if (!methods) {
      result.problems.push(`${where}: ${path.basename(file)} does not declare class ${m.controller}`);
      continue;
    }
    const candidates = methods.filter((x) => x.name.toLowerCase() === m.method.toLowerCase());
    if (candidates.length === 0) {
      result.problems.push(`${where}: method missing`);
      continue;
    }
    const found = candidates[0];
    const before = result.problems.length;
    if (found.name !== m.method) {
      result.problems.push(`${where}: named ${found.name} (LWC imports are case-sensitive)`);
    }
    if (!found.annotation) {
      result.problems.push(`${where}: not @AuraEnabled`);
    } else {
      const cacheable = /cacheable\s*=\s*true/i.test(found.annotation);
      if (cacheable !== m.cacheable) {
        result.problems.push(`${where}: @AuraEnabled cacheable=${cacheable}, contract says ${m.cacheable}`);
      }
    }
    if (!found.isStatic) {
      result.problems.push(`${where}: not static`);
    }
    const expectedParams = m.params.map((p) => `${p.name}: ${apexTypeOf(p.type, dtoNames)}`);
    const actualParams = found.params.map((p) => `${p.name}: ${p.type}`);
    if (
      expectedParams.length !== actualParams.length ||
      expectedParams.some(
        (e, i) =>
          normaliseType(e) !== normaliseType(actualParams[i]) || e.split(':')[0] !== actualParams[i].split(':')[0]
      )
    ) {
      result.problems.push(
        `${where}: parameters (${actualParams.join(', ')}), contract says (${expectedParams.join(', ')})`
      );
    }
    const expectedReturn = apexTypeOf(m.returns, dtoNames);
    if (normaliseType(expectedReturn) !== normaliseType(found.returns)) {
      result.problems.push(`${where}: returns ${found.returns}, contract says ${expectedReturn}`);
    }
    if (result.problems.length === before) {
      result.matched.push(where);
    }
  }
  return result;
}
