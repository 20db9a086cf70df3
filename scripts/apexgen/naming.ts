/**
 * Apex naming rules: identifiers are case-insensitive, many words are reserved, names are at most 40 characters.
 * Every rename here is deterministic (a pure function of the declaration order in the source).
 */
import { createHash } from 'node:crypto';

/**
 * Apex reserved keywords (Apex Developer Guide, "Reserved Keywords"), plus the type and system names a local
 * must not shadow in generated code.
 */
export const APEX_RESERVED = new Set(
  (
    'abstract activate and any array as asc autonomous begin bigdecimal blob boolean break bulk by byte case cast catch ' +
    'char class collect commit const continue currency date datetime decimal default delete desc do double else end ' +
    'enum exception exit export extends false final finally float for from global goto group having hint if ' +
    'implements import in inner insert instanceof int integer interface into join like limit list long loop map ' +
    'merge new not null nulls number object of on or outer override package parallel pragma private protected public ' +
    'retrieve return rollback select set short sobject sort static string super switch synchronized system testmethod ' +
    'then this throw time transaction trigger true try undelete update upsert using virtual void webservice when ' +
    'where while id math json schema database type label page test limits userinfo assert'
  ).split(' ')
);

export const MAX_APEX_NAME = 40;

/** `scoring` → `Scoring`, `cost_to_serve` → `CostToServe`. */
export function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter((p) => p.length > 0)
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('');
}

/** `net_value` → `NET_VALUE`, `D1` → `D1`, `per-year` → `PER_YEAR`. */
export function constantCase(value: string): string {
  const s = value
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  return s.length === 0 ? 'EMPTY' : /^[0-9]/.test(s) ? `V${s}` : s;
}

function shorten(name: string): string {
  if (name.length <= MAX_APEX_NAME) {
    return name;
  }
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 6);
  return `${name.slice(0, MAX_APEX_NAME - 7)}_${hash}`;
}

/** Apex forbids leading/trailing/double underscores in identifiers. */
function legal(name: string): string {
  let s = name.replace(/_+/g, '_').replace(/^_+/, '').replace(/_+$/, '');
  if (s.length === 0 || /^[0-9]/.test(s)) {
    s = `x${s}`;
  }
  return s;
}

/**
 * One Apex naming scope (a class's members, a method's locals). The first declaration keeps its name; a reserved
 * word gets the suffix `X` (`limit` → `limitX`); a later name equal to an earlier one ignoring case gets `2`, `3`, ….
 */
export class NameScope {
  private readonly taken = new Set<string>();
  private readonly byKey = new Map<string, string>();

  constructor(private readonly parent?: NameScope) {}

  /** Reserve a name exactly (no rename), e.g. helper methods. */
  reserve(name: string): void {
    this.taken.add(name.toLowerCase());
  }

  isTaken(lower: string): boolean {
    return this.taken.has(lower) || (this.parent?.isTaken(lower) ?? false);
  }

  /** Declare `tsName` under `key` (unique per declaration) and return its Apex name. */
  declare(key: string, tsName: string): string {
    const existing = this.byKey.get(key);
    if (existing !== undefined) {
      return existing;
    }
    let base = legal(tsName);
    if (APEX_RESERVED.has(base.toLowerCase())) {
      base = `${base}X`;
    }
    base = shorten(base);
    let candidate = base;
    for (let n = 2; this.isTaken(candidate.toLowerCase()); n++) {
      candidate = shorten(`${base}${n}`);
    }
    this.taken.add(candidate.toLowerCase());
    this.byKey.set(key, candidate);
    return candidate;
  }

  lookup(key: string): string | undefined {
    return this.byKey.get(key);
  }
}
