import { lineAt } from '../../shared/files';
import { chainReferences, type ChainOptions } from './chains';
import type { Reference } from './reference';
import { blankSoqlLiterals, parseSoql, type SoqlQuery } from './soql';
import { scanSource } from './sourceScanner';

/**
 * Schema names in an Apex class or trigger: inline SOQL (`[SELECT … FROM …]`), dynamic SOQL string literals,
 * field tokens (`Account.Value_Score__c`, `Schema.SObjectType.X__c.fields.Y__c`), SObject type names, and custom
 * names inside other string literals (`record.get('Score__c')`).
 */
export function apexReferences(path: string, text: string, options: ChainOptions): Reference[] {
  const references: Reference[] = [];
  const scanned = scanSource(text, "'");
  let code = scanned.code;

  for (const match of scanned.code.matchAll(/\[\s*SELECT\b/gi)) {
    const end = scanned.code.indexOf(']', match.index);
    const stop = end < 0 ? scanned.code.length : end;
    const query = parseSoql(scanned.code.slice(match.index + 1, stop), match.index + 1);
    if (query !== undefined) references.push(...queryReferences(path, text, query, 'SOQL'));
    // Bind variables and the query itself are read above, not as Apex tokens.
    code = code.slice(0, match.index) + ' '.repeat(stop - match.index) + code.slice(stop);
  }

  for (const literal of scanned.strings) {
    const query = /^\s*SELECT\b[\s\S]*\bFROM\b/i.test(literal.value)
      ? parseSoql(blankSoqlLiterals(literal.value), literal.start)
      : undefined;
    if (query !== undefined) {
      references.push(...queryReferences(path, text, query, 'dynamic SOQL'));
    } else {
      const literalOptions = { ...options, standardToo: false };
      for (const chain of chainReferences(literal.value, literalOptions)) {
        references.push({
          path,
          line: lineAt(text, literal.start + chain.offset),
          context: 'Apex string',
          target: chain.target
        });
      }
    }
  }

  for (const chain of chainReferences(code, options)) {
    references.push({ path, line: lineAt(text, chain.offset), context: 'Apex', target: chain.target });
  }
  return references;
}

/** References of a parsed query: its object, its fields, its relationship subqueries and semi-joins. */
export function queryReferences(path: string, text: string, query: SoqlQuery, context: string): Reference[] {
  const references: Reference[] = [
    { path, line: lineAt(text, query.fromOffset), context, target: { kind: 'object', object: query.from } }
  ];
  for (const field of query.fields) {
    references.push({
      path,
      line: lineAt(text, field.offset),
      context,
      target: { kind: 'path', object: query.from, segments: field.segments }
    });
  }
  for (const child of query.childQueries) {
    for (const field of child.fields) {
      references.push({
        path,
        line: lineAt(text, field.offset),
        context,
        target: { kind: 'child', parent: query.from, relationship: child.from, segments: field.segments }
      });
    }
    if (child.fields.length === 0) {
      references.push({
        path,
        line: lineAt(text, child.fromOffset),
        context,
        target: { kind: 'child', parent: query.from, relationship: child.from, segments: [] }
      });
    }
  }
  for (const semiJoin of query.semiJoins) references.push(...queryReferences(path, text, semiJoin, context));
  return references;
}
