import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Shapes of the wrapper's out.json (from @salesforce/code-analyzer-pmd-engine's pmd-wrapper.d.ts, checked by running it). */
export interface PmdViolation {
  rule: string;
  message: string;
  codeLocation: { file: string; startLine: number; startCol: number; endLine: number; endCol: number };
}

export interface PmdProcessingError {
  file: string;
  message: string;
  detail: string;
}

export interface PmdResults {
  violations: PmdViolation[];
  processingErrors: PmdProcessingError[];
}

/** The PMD 7 jars bundled with Salesforce Code Analyzer's PMD engine (the whole analyzer does not install from this registry). */
function classpath(): string {
  return join(dirname(require.resolve('@salesforce/code-analyzer-pmd-engine')), 'java-lib', '*');
}

/**
 * Runs PMD on Apex files through the engine's internal entry point `PmdWrapper run in.json out.json` — the one
 * place that knows it, so a change of that format is fixed here only. Files are absolute paths; ~2.5 s per call.
 */
export function runPmd(rulesetPath: string, files: string[]): PmdResults {
  const workDir = mkdtempSync(join(tmpdir(), 'cvp-pmd-'));
  try {
    const input = join(workDir, 'in.json');
    const output = join(workDir, 'out.json');
    writeFileSync(
      input,
      JSON.stringify({ ruleSetInputFile: rulesetPath, runDataPerLanguage: { apex: { filesToScan: files } } })
    );
    const java = spawnSync(
      'java',
      ['-cp', classpath(), 'com.salesforce.sfca.pmdwrapper.PmdWrapper', 'run', input, output],
      { encoding: 'utf8' }
    );
    if (java.status !== 0) {
      throw new Error(
        `PMD wrapper exited with ${String(java.status)}: ${java.stderr || java.stdout || String(java.error)}`
      );
    }
    return JSON.parse(readFileSync(output, 'utf8')) as PmdResults;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
