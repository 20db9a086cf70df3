import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** One result of `Sfge execute` (shape of @salesforce/code-analyzer-sfge-engine's sfge-wrapper.d.ts, checked by running it). */
export interface SfgeResult {
  ruleName: string;
  message: string;
  sourceFileName: string;
  sourceLineNumber: number;
  sourceType?: string;
  sourceVertexName: string;
  sinkFileName?: string;
  sinkLineNumber?: number;
}

export interface SfgeRun {
  results: SfgeResult[];
  /** Entry points Graph Engine found in the targets (from its progress messages), undefined if it did not say. */
  entryPoints?: number;
}

export interface SfgeOptions {
  /** Time one entry point may take (`SFGE_RULE_THREAD_TIMEOUT`); past it the entry point is reported as timed out. */
  timeoutMs: number;
  /** Java heap (`-Xmx`): Graph Engine keeps the whole graph in memory. */
  heap: string;
  threads: number;
}

function classpath(): string {
  return join(dirname(require.resolve('@salesforce/code-analyzer-sfge-engine')), 'java-lib', '*');
}

/** Entry-point count of the `progress_sfgePathEntryPointsIdentified` progress message on stdout. */
export function entryPointsFrom(stdout: string): number | undefined {
  const match = /"messageKey":"progress_sfgePathEntryPointsIdentified","args":\["(\d+)"\]/.exec(stdout);
  return match === null ? undefined : Number(match[1]);
}

/**
 * Runs Graph Engine through its bundled entry point `com.salesforce.Sfge execute input.json results.json` — the one place
 * that knows it (Code Analyzer's core, which normally drives it, does not install here: TOOLCHAIN.md).
 * `targets` are the classes whose entry points are analysed; `projectFiles` everything the paths may enter;
 * `targetMethods` (by target file) names methods analysed as entry points instead of the file's annotated ones.
 */
export function runGraphEngine(
  targets: string[],
  projectFiles: string[],
  rules: string[],
  options: SfgeOptions,
  targetMethods: Readonly<Record<string, readonly string[]>> = {}
): SfgeRun {
  const workDir = mkdtempSync(join(tmpdir(), 'cvp-sfge-'));
  try {
    const input = join(workDir, 'input.json');
    const output = join(workDir, 'results.json');
    writeFileSync(
      input,
      JSON.stringify({
        targets: targets.map((targetFile) => ({ targetFile, targetMethods: targetMethods[targetFile] ?? [] })),
        projectFilesAndFolders: projectFiles,
        rulesToRun: rules
      })
    );
    const java = spawnSync(
      'java',
      [
        `-Dsfge_log_name=${join(workDir, 'sfge.log')}`,
        `-Xmx${options.heap}`,
        `-DSFGE_RULE_THREAD_COUNT=${options.threads}`,
        `-DSFGE_RULE_THREAD_TIMEOUT=${options.timeoutMs}`,
        '-cp',
        classpath(),
        'com.salesforce.Sfge',
        'execute',
        input,
        output
      ],
      { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }
    );
    if (java.status !== 0) {
      const text = `${java.stdout}\n${java.stderr}`;
      const marker = text.indexOf('SfgeErrorStart');
      const detail = marker >= 0 ? text.slice(marker + 'SfgeErrorStart'.length) : text.slice(-2000);
      throw new Error(`Graph Engine exited with ${String(java.status ?? java.signal)}: ${detail.trim()}`);
    }
    return {
      results: JSON.parse(readFileSync(output, 'utf8')) as SfgeResult[],
      entryPoints: entryPointsFrom(java.stdout)
    };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
