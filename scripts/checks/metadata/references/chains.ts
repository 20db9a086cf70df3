import { isCustomName } from '../schema';
import { DESCRIBE_WORDS, type ReferenceTarget } from './reference';

/** How to read dotted names (`Account.Value_Score__c`, `Schema.SObjectType.X__c.fields.Y__c`) in a text. */
export interface ChainOptions {
  /** Whether a name is an object the check knows (custom object in source, listed or well-known standard object). */
  isObjectName(name: string): boolean;
  /** Whether a name is a standard object, recognised only when `standardToo` (Apex code) or followed by a custom name. */
  isStandardObjectName(name: string): boolean;
  /** Report standard objects and standard fields named on them (Apex code), not only custom names. */
  standardToo: boolean;
  /** The object `Record.` stands for (a record flexipage's sobjectType). */
  recordObject?: string;
}

export interface ChainReference {
  offset: number;
  /** Lower-cased last segment: used to avoid reporting a name twice when a precise extractor already did. */
  key: string;
  target: ReferenceTarget;
}

const CHAIN = /(?<![\w.$/-])[A-Za-z_$][\w$]*(?:\.[A-Za-z_]\w*)*/g;

/** Every dotted name of `text` that names schema, read as precisely as its first segment allows. */
export function chainReferences(text: string, options: ChainOptions): ChainReference[] {
  const references: ChainReference[] = [];
  for (const match of text.matchAll(CHAIN)) {
    const isCall = text
      .slice(match.index + match[0].length)
      .trimStart()
      .startsWith('(');
    const segments = normaliseSegments(match[0].split('.'), isCall);
    const target = targetOf(segments, options);
    if (target !== undefined) {
      references.push({ offset: match.index, key: segments[segments.length - 1].toLowerCase(), target });
    }
  }
  return references;
}

/** Drops a trailing method call, `Schema.` / `SObjectType.` prefixes, `.fields.` and what follows a describe word. */
function normaliseSegments(raw: string[], isCall: boolean): string[] {
  let segments = isCall ? raw.slice(0, -1) : raw;
  if (segments[0]?.toLowerCase() === 'schema') segments = segments.slice(1);
  if (segments.length > 1 && segments[0].toLowerCase() === 'sobjecttype') segments = segments.slice(1);
  segments = segments.filter((segment, index) => index === 0 || segment.toLowerCase() !== 'fields');
  const describe = segments.findIndex((segment, index) => index > 0 && DESCRIBE_WORDS.has(segment.toLowerCase()));
  return describe < 0 ? segments : segments.slice(0, describe);
}

function targetOf(segments: string[], options: ChainOptions): ReferenceTarget | undefined {
  if (segments.length === 0) return undefined;
  const [first, ...rest] = segments;
  const customIndex = segments.findIndex((segment) => isCustomName(segment) || /__r$/i.test(segment));
  if (first === 'Record' && options.recordObject !== undefined && rest.length > 0) {
    return { kind: 'path', object: options.recordObject, segments: rest };
  }
  const standardObject = options.isStandardObjectName(first);
  if (standardObject && (options.standardToo || customIndex > 0)) {
    return rest.length === 0 ? { kind: 'object', object: first } : { kind: 'path', object: first, segments: rest };
  }
  if (!standardObject && rest.length > 0 && (options.isObjectName(first) || /__(c|mdt|e)$/i.test(first))) {
    return { kind: 'path', object: first, segments: rest };
  }
  if (customIndex < 0) return undefined;
  const tail = segments.slice(customIndex);
  if (tail.length === 1 && /__(mdt|e)$/i.test(tail[0])) return { kind: 'object', object: tail[0] };
  return { kind: 'anywhere', segments: tail };
}
