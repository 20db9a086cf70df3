import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sortFindings, type Finding } from '../shared/finding';
import { listFiles, toRelative } from '../shared/files';
import { runPmd } from './pmdWrapper';
import { unjustifiedSuppressions } from './suppressions';

export const RULE_PROCESSING_ERROR = 'pmd-processing-error';
export const DEFAULT_RULESET = join(__dirname, 'ruleset.xml');

export interface ApexCheckResult {
  files: number;
  findings: Finding[];
}

/** Every `.cls` / `.trigger` under `sourceDir` (project-relative), checked by PMD and for unexplained suppressions. */
export function checkApex(
  projectRoot: string,
  sourceDir = 'force-app',
  rulesetPath = DEFAULT_RULESET
): ApexCheckResult {
  const sourceRoot = join(projectRoot, sourceDir);
  const files = existsSync(sourceRoot)
    ? listFiles(sourceRoot).filter((file) => file.endsWith('.cls') || file.endsWith('.trigger'))
    : [];
  if (files.length === 0) return { files: 0, findings: [] };

  const findings: Finding[] = files.flatMap((file) =>
    unjustifiedSuppressions(toRelative(projectRoot, file), readFileSync(file, 'utf8'))
  );
  const results = runPmd(rulesetPath, files);
  for (const violation of results.violations) {
    findings.push({
      path: toRelative(projectRoot, violation.codeLocation.file),
      line: violation.codeLocation.startLine,
      rule: violation.rule,
      message: violation.message.replace(/\s+/g, ' ').trim()
    });
  }
  for (const error of results.processingErrors) {
    findings.push({
      path: toRelative(projectRoot, error.file),
      rule: RULE_PROCESSING_ERROR,
      // The first line names the problem (e.g. a syntax error and its position); the rest is a stack trace.
      message: (error.message.split('\n').slice(0, 2).join(' ') || error.detail.split('\n')[0]).slice(0, 400)
    });
  }
  return { files: files.length, findings: sortFindings(findings) };
}
