import { posix } from 'node:path';
import { lineAt } from '../../shared/files';
import type { Reference, ReferenceTarget } from './reference';

interface ElementValue {
  value: string;
  line: number;
}

/** Text of every `<tag>` element of a metadata file, with its line. */
function elementValues(text: string, tag: string): ElementValue[] {
  const values: ElementValue[] = [];
  for (const match of text.matchAll(new RegExp(`<${tag}>\\s*([^<]*?)\\s*</${tag}>`, 'g'))) {
    values.push({ value: match[1], line: lineAt(text, match.index) });
  }
  return values;
}

function pathOn(object: string, value: string): ReferenceTarget {
  const segments = value.split('.');
  // Layout and list view fields may be written `Object.Field`; the object prefix is not a relationship.
  if (segments.length > 1 && segments[0].toLowerCase() === object.toLowerCase()) segments.shift();
  return { kind: 'path', object, segments };
}

/**
 * Schema names in metadata whose structure says which object they belong to — read precisely, standard fields
 * included: permission sets, layouts, compact layouts, list views, field sets, report types, custom metadata records.
 * Other XML (flexipages, formulas, translations…) is read by the generic scan for custom names.
 */
export function metadataReferences(path: string, text: string): Reference[] {
  const references: Reference[] = [];
  const add = (line: number, context: string, target: ReferenceTarget): void => {
    references.push({ path, line, context, target });
  };
  const name = posix.basename(path);
  const objectFolder = /\/objects\/([^/]+)\/[^/]+\/[^/]+$/.exec(path)?.[1];

  if (name.endsWith('.permissionset-meta.xml')) {
    for (const { value, line } of elementValues(text, 'field')) {
      const [object, ...segments] = value.split('.');
      add(line, 'permission set', { kind: 'path', object, segments });
    }
    for (const { value, line } of elementValues(text, 'object'))
      add(line, 'permission set', { kind: 'object', object: value });
    for (const { value, line } of elementValues(text, 'name')) {
      if (/__(c|mdt)$/i.test(value)) add(line, 'permission set', { kind: 'object', object: value });
    }
  } else if (name.endsWith('.layout-meta.xml')) {
    const object = name.slice(0, name.indexOf('-'));
    for (const { value, line } of elementValues(text, 'field')) add(line, 'layout', pathOn(object, value));
  } else if (objectFolder !== undefined && name.endsWith('.compactLayout-meta.xml')) {
    for (const { value, line } of elementValues(text, 'fields'))
      add(line, 'compact layout', pathOn(objectFolder, value));
  } else if (objectFolder !== undefined && name.endsWith('.fieldSet-meta.xml')) {
    for (const { value, line } of elementValues(text, 'field')) add(line, 'field set', pathOn(objectFolder, value));
  } else if (objectFolder !== undefined && name.endsWith('.listView-meta.xml')) {
    // Standard list view columns use their own upper-case tokens (NAME, CORE.USERS.ALIAS): only custom names are read.
    for (const { value, line } of [...elementValues(text, 'columns'), ...elementValues(text, 'field')]) {
      if (/__c\b/i.test(value)) add(line, 'list view', pathOn(objectFolder, value));
    }
  } else if (name.endsWith('.reportType-meta.xml')) {
    references.push(...reportTypeReferences(path, text));
  } else if (name.endsWith('.md-meta.xml') && path.includes('/customMetadata/')) {
    const type = `${name.slice(0, name.indexOf('.'))}__mdt`;
    for (const { value, line } of elementValues(text, 'field'))
      add(line, 'custom metadata record', pathOn(type, value));
  }
  return references;
}

/** `<baseObject>` and each column's `<field>` on its `<table>` (`Account` or `Account.Value_Snapshots__r`). */
function reportTypeReferences(path: string, text: string): Reference[] {
  const references: Reference[] = [];
  for (const { value, line } of elementValues(text, 'baseObject')) {
    references.push({ path, line, context: 'report type', target: { kind: 'object', object: value } });
  }
  for (const match of text.matchAll(/<columns>([\s\S]*?)<\/columns>/g)) {
    const field = /<field>\s*([^<]*?)\s*<\/field>/.exec(match[1])?.[1];
    const table = /<table>\s*([^<]*?)\s*<\/table>/.exec(match[1])?.[1];
    if (field === undefined || table === undefined) continue;
    const [base, ...relationships] = table.split('.');
    const line = lineAt(text, match.index + match[0].indexOf(field));
    const segments = field.split('.');
    if (relationships.length === 0) {
      references.push({ path, line, context: 'report type', target: { kind: 'path', object: base, segments } });
    } else if (relationships.length === 1) {
      references.push({
        path,
        line,
        context: 'report type',
        target: { kind: 'child', parent: base, relationship: relationships[0], segments }
      });
    }
  }
  return references;
}

/** The object a record flexipage is about, which `Record.` stands for in its field references. */
export function flexipageRecordObject(text: string): string | undefined {
  return /<sobjectType>\s*([^<]*?)\s*<\/sobjectType>/.exec(text)?.[1];
}
