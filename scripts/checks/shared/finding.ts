/** One problem found by a check: where it is, which rule found it, and what to do about it. */
export interface Finding {
  /** Path relative to the project root, with forward slashes. */
  path: string;
  line?: number;
  rule: string;
  message: string;
}

/** `path:line — rule — message`: the format every check prints, one finding per line. */
export function formatFinding(finding: Finding): string {
  const where = finding.line === undefined ? finding.path : `${finding.path}:${finding.line}`;
  return `${where} — ${finding.rule} — ${finding.message}`;
}

/** Stable order (path, line, rule) so output and tests do not depend on file-system order. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => a.path.localeCompare(b.path) || (a.line ?? 0) - (b.line ?? 0) || a.rule.localeCompare(b.rule)
  );
}
