import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { sortFindings, type Finding } from '../shared/finding';
import { lineAt, listFiles, toRelative } from '../shared/files';
import { runGraphEngine, type SfgeOptions, type SfgeResult } from './graphEngine';

export const RULES = ['ApexFlsViolation', 'DatabaseOperationsMustUseWithSharing'];
export const RULE_TIMEOUT = 'sfge-timeout';
export const RULE_INTERNAL_ERROR = 'sfge-internal-error';
export const RULE_NOT_PURE = 'sfge-left-out-not-pure';
/**
 * Hand-written classes left out of the graph like classes/generated/, each for its reason. Each must stay pure (no
 * SOQL, no DML, no `Database.` call): the check verifies it, since the exclusion is only sound for code without data access.
 */
export const LEFT_OUT: Readonly<Record<string, string>> = {
  ValueConfigMapper:
    'maps the Custom Metadata records to CVP_Config.ValueConfig; its branches per record type and field make Graph ' +
    'Engine time out (3 minutes) on every entry point that loads the configuration; it reads and writes no data',
  SeparationPlanResponses:
    "shapes the separation wizard's response from what SeparationController fetched (plan, events, partners, " +
    'policies); its null checks per field multiply the paths of every wizard entry point past the time-out; it reads ' +
    'and writes no data'
};
/**
 * Methods of batch and schedulable classes analysed as entry points (Graph Engine 0.25 starts paths only at
 * `@AuraEnabled`, `@InvocableMethod`, `@RemoteAction` and global methods; a method named in `targetMethods` is an entry
 * point too). Each listed method is analysed to the end on this tree; the ones left out time out or stop on a Graph
 * Engine internal error (docs/CHECKS.md).
 */
export const BATCH_ENTRY_POINTS: Readonly<Record<string, readonly string[]>> = {
  // finish times out (its measuring paths); the write it ends with is its own method, save.
  RetentionObjectiveBatch: ['start', 'execute', 'save'],
  SatisfactionSurveyBatch: ['start', 'execute'],
  ScoringIssuePurgeBatch: ['execute', 'finish'],
  ValueSnapshotPurgeBatch: ['execute', 'finish']
};
/** One entry point may take 3 minutes; past it, it is a finding (an unfinished analysis proves nothing). */
export const DEFAULT_OPTIONS: SfgeOptions = { timeoutMs: 180_000, heap: '3g', threads: 2 };
const GENERATED_DIR = '/classes/generated/';

export interface SecurityCheckResult {
  /** Classes whose entry points were analysed (non-test, hand-written). */
  files: number;
  entryPoints: number;
  findings: Finding[];
}

/** Apex text without comments and string literals (what a purity or test-class scan must not be fooled by). */
export function codeOnly(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'/g, (match) => match.replace(/[^\n]/g, ' '));
}

/** A class annotated `@IsTest` before its `class` keyword (test classes hold no entry points worth the time). */
export function isTestClass(text: string): boolean {
  const code = codeOnly(text);
  const declaration = /\bclass\b/i.exec(code);
  return declaration !== null && /@istest\b/i.test(code.slice(0, declaration.index));
}

const DATA_ACCESS =
  /\[\s*select\b|\bdatabase\s*\.|\b(?:insert|update|upsert|delete|undelete|merge)\s+(?:as\s+\w+\s+)?[a-z_]\w*\s*;/i;

/**
 * The generated engine is left out of Graph Engine (its paths are pure arithmetic and make the analysis time out); that
 * is only sound while it reads and writes no data: any SOQL, `Database.` call or DML statement in it is a finding.
 */
export function impureCode(projectRoot: string, file: string, why: string): Finding[] {
  const code = codeOnly(readFileSync(file, 'utf8'));
  const match = DATA_ACCESS.exec(code);
  if (match === null) return [];
  return [
    {
      path: toRelative(projectRoot, file),
      line: lineAt(code, match.index),
      rule: RULE_NOT_PURE,
      message: `reads or writes data (\`${match[0].trim()}\`), but Graph Engine leaves it out (${why}) — only sound while it is pure: move the data access to a class it analyses`
    }
  ];
}

/** Class name of an Apex file path. */
function classNameOf(file: string): string {
  return basename(file, '.cls');
}

/** The classes of `classes` that Graph Engine leaves out (generated, or listed in `leftOut`), with a finding for each that is not pure. */
export function classesLeftOut(
  projectRoot: string,
  classes: string[],
  leftOut: Readonly<Record<string, string>>
): { files: string[]; findings: Finding[] } {
  const files: string[] = [];
  const findings: Finding[] = [];
  for (const file of classes) {
    const generated = file.split('\\').join('/').includes(GENERATED_DIR);
    const reason = generated ? 'the generated engine is pure arithmetic' : leftOut[classNameOf(file)];
    if (reason === undefined) continue;
    files.push(file);
    findings.push(...impureCode(projectRoot, file, reason));
  }
  return { files, findings };
}

/** Graph Engine results as findings: violations at their sink, time-outs and internal errors at their entry point. */
export function toFindings(projectRoot: string, results: SfgeResult[]): Finding[] {
  return results.map((result) => {
    const entryPoint = `${result.sourceType ?? ''}${result.sourceType === undefined ? '' : '.'}${result.sourceVertexName}`;
    if (result.ruleName === 'InternalExecutionError') {
      const timedOut = /timed out/i.test(result.message);
      return {
        path: toRelative(projectRoot, result.sourceFileName),
        line: result.sourceLineNumber,
        rule: timedOut ? RULE_TIMEOUT : RULE_INTERNAL_ERROR,
        message: timedOut
          ? `entry point ${entryPoint} was not analysed to the end (${result.message}): split the method or raise the time-out — an unfinished analysis is not a pass`
          : `entry point ${entryPoint}: ${result.message}`
      };
    }
    return {
      path: toRelative(projectRoot, result.sinkFileName ?? result.sourceFileName),
      line: result.sinkLineNumber ?? result.sourceLineNumber,
      rule: result.ruleName,
      message: `${result.message.replace(/\s+/g, ' ').trim()} (entry point ${entryPoint})`
    };
  });
}

/**
 * Salesforce Graph Engine's data-flow security rules (FLS/CRUD on every path from an entry point, DML only in sharing
 * classes) over the hand-written, non-test Apex of force-app. Generated classes and the pure classes of `leftOut` are
 * neither targets nor part of the graph.
 */
export function checkSecurity(
  projectRoot: string,
  options: SfgeOptions = DEFAULT_OPTIONS,
  leftOut: Readonly<Record<string, string>> = LEFT_OUT,
  batchEntryPoints: Readonly<Record<string, readonly string[]>> = BATCH_ENTRY_POINTS
): SecurityCheckResult {
  const sourceRoot = join(projectRoot, 'force-app');
  const classes = existsSync(sourceRoot) ? listFiles(sourceRoot).filter((file) => file.endsWith('.cls')) : [];
  const excluded = classesLeftOut(projectRoot, classes, leftOut);
  const findings = excluded.findings;
  const targets = classes.filter((file) => !excluded.files.includes(file) && !isTestClass(readFileSync(file, 'utf8')));
  if (targets.length === 0) return { files: 0, entryPoints: 0, findings: sortFindings(findings) };
  const targetMethods: Record<string, readonly string[]> = {};
  for (const file of targets) {
    const methods = batchEntryPoints[classNameOf(file)];
    if (methods !== undefined) targetMethods[file] = methods;
  }
  const run = runGraphEngine(targets, targets, RULES, options, targetMethods);
  findings.push(...toFindings(projectRoot, run.results));
  return { files: targets.length, entryPoints: run.entryPoints ?? 0, findings: sortFindings(findings) };
}
