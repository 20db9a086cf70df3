/** Orchestration: engine folder → formatted Apex classes (+ meta XML), deterministic. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { transpile, GeneratorRules } from './transpiler';
import { GeneratedClass } from './types';

export const API_VERSION = '66.0';

export interface EnginePaths {
  root: string;
  engineDir: string;
  outDir: string;
}

export function defaultPaths(root: string): EnginePaths {
  return {
    root,
    engineDir: path.join(root, 'force-app/main/default/lwc/valueEngine'),
    outDir: path.join(root, 'force-app/main/default/classes/generated')
  };
}

/** Engine module files: every .ts of the engine folder except tests and declaration files (barrels are skipped later). */
export function engineFiles(engineDir: string): string[] {
  if (!fs.existsSync(engineDir)) {
    return [];
  }
  return fs
    .readdirSync(engineDir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.test.ts'))
    .sort()
    .map((f) => path.join(engineDir, f));
}

export function metaXml(): string {
  return [
    '<?xml version="1.0" encoding="UTF-8" ?>',
    '<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">',
    `  <apiVersion>${API_VERSION}</apiVersion>`,
    '  <status>Active</status>',
    '</ApexClass>',
    ''
  ].join('\n');
}

/**
 * Prettier is loaded on first use: its CommonJS entry uses a dynamic import that jest cannot run, and the tests that
 * import this module never format.
 */
export async function loadPrettier(): Promise<typeof import('prettier')> {
  return import('prettier');
}

/** Format Apex with the project's Prettier configuration (prettier-plugin-apex, native Salesforce parser). */
export async function formatApex(source: string, root: string, fileName = 'Generated.cls'): Promise<string> {
  const prettier = await loadPrettier();
  const config = (await prettier.resolveConfig(path.join(root, 'force-app', fileName))) ?? {};
  return prettier.format(source, { ...config, filepath: path.join(root, 'force-app', fileName) });
}

export interface GeneratedFiles {
  classes: GeneratedClass[];
  /** File name (in outDir) → content. */
  files: Map<string, string>;
}

/** Adds `<name>.cls` and `<name>.cls-meta.xml` for a formatted class. */
export async function addClass(
  files: Map<string, string>,
  className: string,
  source: string,
  root: string
): Promise<void> {
  files.set(`${className}.cls`, await formatApex(source, root, `${className}.cls`));
  files.set(`${className}.cls-meta.xml`, metaXml());
}

export async function generateEngine(
  paths: EnginePaths,
  rules?: Partial<GeneratorRules>,
  files: string[] = engineFiles(paths.engineDir)
): Promise<GeneratedFiles> {
  const classes = transpile(files, { root: paths.root, rules });
  const out = new Map<string, string>();
  for (const c of classes) {
    await addClass(out, c.className, c.source, paths.root);
  }
  return { classes, files: out };
}

/** Files whose content differs from `expected` (missing, different or extra, by name). */
export function diffFiles(outDir: string, expected: Map<string, string>): string[] {
  const problems: string[] = [];
  const present = fs.existsSync(outDir) ? fs.readdirSync(outDir).filter((f) => /\.cls(-meta\.xml)?$/.test(f)) : [];
  for (const [name, content] of [...expected].sort(([a], [b]) => a.localeCompare(b))) {
    const file = path.join(outDir, name);
    if (!fs.existsSync(file)) {
      problems.push(`missing: ${name}`);
    } else if (fs.readFileSync(file, 'utf8') !== content) {
      problems.push(`stale: ${name}`);
    }
  }
  for (const f of present.sort()) {
    if (!expected.has(f)) {
      problems.push(`not generated (remove it): ${f}`);
    }
  }
  return problems;
}

export function writeFiles(outDir: string, files: Map<string, string>): void {
  fs.mkdirSync(outDir, { recursive: true });
  for (const f of fs.readdirSync(outDir)) {
    if (/\.cls(-meta\.xml)?$/.test(f) && !files.has(f)) {
      fs.rmSync(path.join(outDir, f));
    }
  }
  for (const [name, content] of files) {
    fs.writeFileSync(path.join(outDir, name), content);
  }
}
