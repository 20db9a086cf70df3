/** A field path used by a query, with its offset in the text that was parsed. */
export interface SoqlField {
  segments: string[];
  offset: number;
}

/** The schema names of one SOQL query; relationship subqueries are nested, semi-join subqueries are queries of their own. */
export interface SoqlQuery {
  from: string;
  fromOffset: number;
  fields: SoqlField[];
  /** `(SELECT … FROM Value_Snapshots__r)` in the select list: `from` is a child relationship of the outer object. */
  childQueries: SoqlQuery[];
  /** `WHERE Id IN (SELECT AccountId FROM Opportunity)`: `from` is an object. */
  semiJoins: SoqlQuery[];
}

const PATH = /[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*/g;
/** Words of SOQL itself, never field names. */
const KEYWORDS = new Set([
  'select', 'from', 'where', 'and', 'or', 'not', 'in', 'like', 'includes', 'excludes', 'null', 'true', 'false',
  'asc', 'desc', 'nulls', 'first', 'last', 'limit', 'offset', 'with', 'user_mode', 'system_mode', 'security_enforced',
  'typeof', 'when', 'then', 'else', 'end', 'all', 'fields', 'standard', 'custom', 'rollup', 'cube', 'by', 'group',
  'order', 'having', 'for', 'update', 'view', 'reference', 'using', 'scope'
]); // prettier-ignore

/** Blanks quoted values (escaped quotes included) so their contents are never read as field names. */
export function blankSoqlLiterals(text: string): string {
  return text.replace(/\\'/g, '  ').replace(/'[^']*('|$)/g, (match) => ' '.repeat(match.length));
}

/** Parses the schema names out of a SOQL query (string contents already blanked), or undefined if it is not one. */
export function parseSoql(text: string, base = 0): SoqlQuery | undefined {
  const { blanked, subqueries } = extractSubqueries(text, base);
  const head = /^\s*SELECT\s+([\s\S]*?)\bFROM\s+([A-Za-z_]\w*)/i.exec(blanked);
  if (head === null) return undefined;
  const selectStart = head[0].indexOf(head[1]);
  const fromOffset = head[0].lastIndexOf(head[2]);
  const query: SoqlQuery = {
    from: head[2],
    fromOffset: base + fromOffset,
    fields: [],
    childQueries: [],
    semiJoins: []
  };
  for (const subquery of subqueries) {
    (subquery.offset < base + fromOffset ? query.childQueries : query.semiJoins).push(subquery.query);
  }
  query.fields.push(...listedFields(head[1], base + selectStart));
  const rest = blanked.slice(head[0].length);
  const restBase = base + head[0].length;
  query.fields.push(...comparedFields(rest, restBase), ...groupedOrSortedFields(rest, restBase));
  // `SELECT Account.Name FROM Account` is legal: a leading object name is not a relationship.
  for (const field of query.fields) {
    if (field.segments.length > 1 && field.segments[0].toLowerCase() === query.from.toLowerCase()) {
      field.segments = field.segments.slice(1);
    }
  }
  return query;
}

function extractSubqueries(
  text: string,
  base: number
): { blanked: string; subqueries: { offset: number; query: SoqlQuery }[] } {
  let blanked = text;
  const subqueries: { offset: number; query: SoqlQuery }[] = [];
  const opener = /\(\s*SELECT\b/gi;
  let match: RegExpExecArray | null;
  while ((match = opener.exec(blanked)) !== null) {
    let depth = 0;
    let close = match.index;
    for (; close < blanked.length; close++) {
      if (blanked[close] === '(') depth++;
      else if (blanked[close] === ')' && --depth === 0) break;
    }
    const inner = blanked.slice(match.index + 1, close);
    const query = parseSoql(inner, base + match.index + 1);
    if (query !== undefined) subqueries.push({ offset: base + match.index, query });
    blanked = blanked.slice(0, match.index + 1) + ' '.repeat(inner.length) + blanked.slice(close);
    opener.lastIndex = close;
  }
  return { blanked, subqueries };
}

/** The first field path of each comma-separated item (`SUM(Amount__c) total` → `Amount__c`). */
function listedFields(list: string, base: number): SoqlField[] {
  const fields: SoqlField[] = [];
  let itemStart = 0;
  for (const item of list.split(',')) {
    const field = firstFieldIn(item, base + itemStart);
    if (field !== undefined) fields.push(field);
    itemStart += item.length + 1;
  }
  return fields;
}

function firstFieldIn(item: string, base: number): SoqlField | undefined {
  for (const match of item.matchAll(PATH)) {
    const after = item.slice(match.index + match[0].length).trimStart();
    if (after.startsWith('(') || KEYWORDS.has(match[0].toLowerCase())) continue;
    if (match.index > 0 && item[match.index - 1] === ':') continue;
    return { segments: match[0].split('.'), offset: base + match.index };
  }
  return undefined;
}

/** Field paths on the left of a comparison in WHERE / HAVING (`Score__c > :minimum`). */
function comparedFields(rest: string, base: number): SoqlField[] {
  const fields: SoqlField[] = [];
  const comparison =
    /([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\s*(?:=|!=|<>|<=|>=|<|>|\b(?:NOT\s+)?(?:LIKE|IN|INCLUDES|EXCLUDES)\b)/gi;
  for (const match of rest.matchAll(comparison)) {
    const previous = rest.slice(0, match.index).trimEnd();
    if (previous.endsWith(':') || previous.endsWith('.') || KEYWORDS.has(match[1].toLowerCase())) continue;
    fields.push({ segments: match[1].split('.'), offset: base + match.index });
  }
  return fields;
}

/** Field paths listed after GROUP BY and ORDER BY. */
function groupedOrSortedFields(rest: string, base: number): SoqlField[] {
  const fields: SoqlField[] = [];
  const clause = /\b(?:GROUP|ORDER)\s+BY\s+([\s\S]*?)(?=\b(?:LIMIT|OFFSET|HAVING|ORDER|WITH|FOR|UPDATE)\b|$)/gi;
  for (const match of rest.matchAll(clause)) {
    fields.push(...listedFields(match[1], base + match.index + match[0].indexOf(match[1])));
  }
  return fields;
}
