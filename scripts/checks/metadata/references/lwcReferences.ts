import { lineAt } from '../../shared/files';
import { chainReferences, type ChainOptions } from './chains';
import type { Reference } from './reference';
import { scanSource } from './sourceScanner';

const SCHEMA_IMPORT = '@salesforce/schema/';

/**
 * Schema names in an LWC module: `@salesforce/schema/Object.Field__c` imports (checked precisely, standard fields
 * included) and custom names in code and other strings (`'Account.Value_Score__c'` passed to getRecord).
 */
export function lwcReferences(path: string, text: string, options: ChainOptions): Reference[] {
  const references: Reference[] = [];
  const scanned = scanSource(text, '\'"`');
  for (const literal of scanned.strings) {
    if (literal.value.startsWith(SCHEMA_IMPORT)) {
      const [object, ...segments] = literal.value.slice(SCHEMA_IMPORT.length).split('.');
      references.push({
        path,
        line: lineAt(text, literal.start),
        context: 'LWC schema import',
        target: segments.length === 0 ? { kind: 'object', object } : { kind: 'path', object, segments }
      });
    } else if (!literal.value.startsWith('@salesforce/') && !literal.value.startsWith('lightning/')) {
      for (const chain of chainReferences(literal.value, options)) {
        references.push({
          path,
          line: lineAt(text, literal.start + chain.offset),
          context: 'LWC',
          target: chain.target
        });
      }
    }
  }
  for (const chain of chainReferences(scanned.code, options)) {
    references.push({ path, line: lineAt(text, chain.offset), context: 'LWC', target: chain.target });
  }
  return references;
}
