import type { Finding } from '../../shared/finding';
import { lineAt } from '../../shared/files';
import { blankSoqlLiterals } from './soql';
import { scanSource } from './sourceScanner';

export const RULE_SOQL_ALIAS = 'soql-alias';

/** Top-level comma items of a select list (parentheses nest: `COUNT_DISTINCT(a)`, subqueries). */
function selectItems(list: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '(') depth++;
    else if (list[i] === ')') depth--;
    else if (list[i] === ',' && depth === 0) {
      items.push(list.slice(start, i));
      start = i + 1;
    }
  }
  items.push(list.slice(start));
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

/**
 * The names an `AggregateResult` of this query answers to (lower-cased): each alias, each grouped field without an
 * alias (its last segment: `Account.Name` → `Name`), and `expr0`, `expr1`… for aggregates without one — Salesforce's
 * naming. Undefined when the text is not a query with a select list.
 */
export function aggregateNames(query: string): Set<string> | undefined {
  const head = /^\s*SELECT\s+([\s\S]*?)\bFROM\b/i.exec(blankSoqlLiterals(query));
  if (head === null) return undefined;
  const names = new Set<string>();
  let unnamed = 0;
  for (const item of selectItems(head[1])) {
    const aggregate = /^\w+\s*\([\s\S]*\)\s*(\w+)?$/.exec(item);
    if (aggregate !== null) {
      names.add(aggregate[1] === undefined ? `expr${unnamed++}` : aggregate[1].toLowerCase());
      continue;
    }
    const field = /^([\w.]+)(?:\s+(\w+))?$/.exec(item);
    if (field !== null) names.add((field[2] ?? field[1].split('.').pop() ?? '').toLowerCase());
  }
  return names;
}

/**
 * `row.get('alias')` on an `AggregateResult` variable must name an alias (or grouped field) of a query of the same class:
 * a misspelled alias returns null at run time, silently. Applies to classes that hold an aggregate query themselves;
 * a class that runs query text built elsewhere is not checked here (its builder is).
 */
export function aggregateAliasFindings(path: string, text: string): Finding[] {
  const scanned = scanSource(text, "'");
  const queries: string[] = scanned.strings.map((literal) => literal.value);
  for (const match of scanned.code.matchAll(/\[\s*SELECT\b/gi)) {
    const end = scanned.code.indexOf(']', match.index);
    queries.push(text.slice(match.index + 1, end < 0 ? text.length : end));
  }
  const known = new Set<string>();
  let aggregateQueries = 0;
  for (const query of queries) {
    const names = aggregateNames(query);
    if (names === undefined || !/\b\w+\s*\(/.test(query.slice(0, query.search(/\bFROM\b/i)))) continue;
    aggregateQueries++;
    for (const name of names) known.add(name);
  }
  if (aggregateQueries === 0) return [];

  const variables = [...scanned.code.matchAll(/\bAggregateResult\s+(\w+)/g)].map((match) => match[1]);
  const findings: Finding[] = [];
  for (const variable of new Set(variables)) {
    const getter = new RegExp(`\\b${variable}\\s*\\.\\s*get\\s*\\(\\s*'`, 'g');
    for (const match of scanned.code.matchAll(getter)) {
      const start = match.index + match[0].length;
      const literal = scanned.strings.find((candidate) => candidate.start === start);
      if (literal === undefined || known.has(literal.value.toLowerCase())) continue;
      findings.push({
        path,
        line: lineAt(text, start),
        rule: RULE_SOQL_ALIAS,
        message: `${variable}.get('${literal.value}'): no aggregate query of this class selects that alias or field (it has: ${[...known].sort().join(', ')})`
      });
    }
  }
  return findings;
}
