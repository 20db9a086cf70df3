/** Orchestration: engine folder → formatted Apex classes (+ meta XML), deterministic. */
import * as fs from 'node:fs';
import * as path from 'node:path';

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

/**
 * Engine module files: every .ts of the engine folder except tests, declaration files and LWC-only modules (barrels
 * are skipped later).
 */
export function engineFiles(engineDir: string): string[] {
  if (!fs.existsSync(engineDir)) {
    return [];
  }
  return fs
    .readdirSync(engineDir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.test.ts'))
    .sort()
    .map((f) => path.join(engineDir, f))
    .filter((file) => !isLwcOnlyModule(file));
}

/** Marks an engine module that runs in the browser and Node only (first comment): it is not transpiled to Apex. */
export const LWC_ONLY_MARKER = '@lwc-only';

/** True when the module's opening comment carries {@link LWC_ONLY_MARKER}. */
export function isLwcOnlyModule(file: string): boolean {
  const head = fs.readFileSync(file, 'utf8').slice(0, 400);
  return /^\/\*\*?\s*\*?\s*@lwc-only\b/.test(head);
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
