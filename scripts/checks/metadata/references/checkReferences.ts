import type { Finding } from '../../shared/finding';
import type { Project } from '../project';
import { isCustomName, type SchemaModel } from '../schema';
import type { StandardFieldList } from '../standardFields';
import { aggregateAliasFindings } from './aggregateAliases';
import { apexReferences } from './apexReferences';
import { chainReferences, type ChainOptions } from './chains';
import { lwcReferences } from './lwcReferences';
import { flexipageRecordObject, metadataReferences } from './metadataReferences';
import { KNOWN_STANDARD_OBJECTS, type Reference } from './reference';
import { type Resolution, SchemaResolver } from './resolver';
import { lineAt } from '../../shared/files';

export const RULE_REFERENCE = 'reference';
export const RULE_STANDARD_FIELD = 'standard-field';
export const RULE_STANDARD_FIELD_UNUSED = 'standard-field-unused';

export interface ReferenceCheckOptions {
  standardFields: StandardFieldList;
  /** Project-relative path of the list, where an unused entry is reported. */
  standardFieldsPath: string;
}

/**
 * Every object and field named anywhere in force-app exists: custom names in source, standard names in the
 * maintained list (standardFields.ts) — and every entry of that list is used somewhere.
 */
export function checkReferences(project: Project, schema: SchemaModel, options: ReferenceCheckOptions): Finding[] {
  const resolver = new SchemaResolver(schema, options.standardFields);
  const chainOptions: ChainOptions = {
    isObjectName: (name) => schema.object(name) !== undefined,
    isStandardObjectName: (name) =>
      Object.hasOwn(options.standardFields, name) ||
      KNOWN_STANDARD_OBJECTS.has(name) ||
      (!isCustomName(name) && schema.object(name)?.name === name),
    standardToo: true
  };

  const findings = new Map<string, Finding>();
  for (const reference of collectReferences(project, chainOptions)) {
    const resolution = resolve(resolver, reference);
    if (resolution.ok) continue;
    const finding: Finding = {
      path: reference.path,
      line: reference.line,
      rule: resolution.standard ? RULE_STANDARD_FIELD : RULE_REFERENCE,
      message: `${reference.context}: ${resolution.problem}`
    };
    // One finding per problem and line, even when two readers (precise and generic) saw the same name.
    findings.set(`${finding.path}:${finding.line}:${resolution.problem}`, finding);
  }
  for (const path of project.deployableFiles.filter((file) => file.endsWith('.cls'))) {
    for (const finding of aggregateAliasFindings(path, project.read(path))) {
      findings.set(`${finding.path}:${finding.line}:${finding.message}`, finding);
    }
  }
  for (const entry of resolver.unusedStandardEntries()) {
    findings.set(`unused:${entry}`, {
      path: options.standardFieldsPath,
      rule: RULE_STANDARD_FIELD_UNUSED,
      message: `${entry} is listed but no source uses it: remove it to keep the list minimal`
    });
  }
  return [...findings.values()];
}

function resolve(resolver: SchemaResolver, reference: Reference): Resolution {
  const target = reference.target;
  switch (target.kind) {
    case 'object':
      return resolver.resolveObject(target.object);
    case 'path':
      return resolver.resolvePath(target.object, target.segments);
    case 'child': {
      const child = resolver.resolveChildRelationship(target.parent, target.relationship);
      return child.ok ? resolver.resolvePath(child.object, target.segments) : child;
    }
    case 'anywhere':
      return resolver.existsOnSomeObject(target.segments)
        ? { ok: true, object: '' }
        : {
            ok: false,
            problem: `${target.segments.join('.')} is not defined on any object in force-app`,
            standard: false
          };
  }
}

/** References from every file that can name schema; each file kind has its reader. */
function collectReferences(project: Project, chainOptions: ChainOptions): Reference[] {
  const references: Reference[] = [];
  const allFiles = new Set(project.allFiles);
  for (const path of project.deployableFiles) {
    if (path.endsWith('.cls') || path.endsWith('.trigger')) {
      references.push(...apexReferences(path, project.read(path), chainOptions));
    } else if (path.endsWith('.xml')) {
      references.push(...xmlReferences(path, project.read(path), chainOptions));
    } else if (/\/lwc\/.*\.js$/.test(path) && !allFiles.has(path.replace(/\.js$/, '.ts'))) {
      references.push(...lwcReferences(path, project.read(path), { ...chainOptions, standardToo: false }));
    }
  }
  // LWC TypeScript sources are forceignored (only their compiled .js deploys) but they are what people edit.
  for (const path of project.allFiles) {
    if (/\/lwc\/.*\.ts$/.test(path) && !path.includes('/__tests__/') && !path.endsWith('.d.ts')) {
      references.push(...lwcReferences(path, project.read(path), { ...chainOptions, standardToo: false }));
    }
  }
  return references;
}

/** Precise references from structured metadata, then custom names anywhere else in the file (not twice). */
function xmlReferences(path: string, text: string, chainOptions: ChainOptions): Reference[] {
  // Reports and dashboards name report-type columns (`Account$Value_Tier__c`), checked against their report type by
  // the reports rule (reports.ts); the report types' own columns are checked against the schema here.
  if (/\.(report|dashboard)-meta\.xml$/.test(path)) return [];
  const precise = metadataReferences(path, text);
  const covered = new Set(
    precise.flatMap((reference) => namesOf(reference).map((name) => `${reference.line}:${name}`))
  );
  const references = [...precise];
  const recordObject = path.endsWith('.flexipage-meta.xml') ? flexipageRecordObject(text) : undefined;
  const options = { ...chainOptions, standardToo: false, ...(recordObject === undefined ? {} : { recordObject }) };
  for (const chain of chainReferences(text, options)) {
    const line = lineAt(text, chain.offset);
    if (covered.has(`${line}:${chain.key}`)) continue;
    references.push({ path, line, context: 'metadata', target: chain.target });
  }
  return references;
}

/** Every name a reference mentions, lower-cased. */
function namesOf(reference: Reference): string[] {
  const target = reference.target;
  switch (target.kind) {
    case 'object':
      return [target.object.toLowerCase()];
    case 'child':
      return [target.parent, target.relationship, ...target.segments].map((name) => name.toLowerCase());
    case 'path':
      return [target.object, ...target.segments].map((name) => name.toLowerCase());
    case 'anywhere':
      return target.segments.map((name) => name.toLowerCase());
  }
}
