import type { Finding } from '../shared/finding';

export const RULE_SUPPRESSION = 'suppression-without-reason';

/** A comment that says something: at least one word of three letters besides the suppression marker itself. */
function saysWhy(comment: string): boolean {
  return /[A-Za-z]{3,}/.test(comment.replace(/NOPMD/g, ''));
}

/** The comment text of a line that is only a comment (`// …` or a one-line `/* … *\/`), or undefined. */
function commentLine(line: string): string | undefined {
  const trimmed = line.trim();
  if (trimmed.startsWith('//')) return trimmed.slice(2);
  if (trimmed.startsWith('/*') && trimmed.endsWith('*/') && !trimmed.startsWith('/**')) return trimmed.slice(2, -2);
  return undefined;
}

/**
 * Every PMD suppression carries its reason: `@SuppressWarnings('PMD.X')` with a `//` comment on the same line or a
 * comment line just above; `// NOPMD` followed by the reason, or a comment line just above.
 * A suppression without a reason hides a finding nobody can review.
 */
export function unjustifiedSuppressions(path: string, text: string): Finding[] {
  const findings: Finding[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    const previous = index > 0 ? commentLine(lines[index - 1]) : undefined;
    const previousSaysWhy = previous !== undefined && saysWhy(previous);
    const annotation = /@SuppressWarnings\s*\(\s*'([^']*PMD[^']*)'\s*\)/i.exec(line);
    if (annotation !== null) {
      const after = line.slice(annotation.index + annotation[0].length);
      const sameLine = after.includes('//') ? after.slice(after.indexOf('//') + 2) : '';
      if (!saysWhy(sameLine) && !previousSaysWhy) {
        findings.push({
          path,
          line: index + 1,
          rule: RULE_SUPPRESSION,
          message: `@SuppressWarnings('${annotation[1]}') needs a comment saying why, on this line or the line above`
        });
      }
    }
    const noPmd = /\/\/\s*NOPMD\b(.*)$/.exec(line);
    if (noPmd !== null && !saysWhy(noPmd[1]) && !previousSaysWhy) {
      findings.push({
        path,
        line: index + 1,
        rule: RULE_SUPPRESSION,
        message: 'NOPMD needs a reason after it (// NOPMD: why) or a comment on the line above'
      });
    }
  });
  return findings;
}
