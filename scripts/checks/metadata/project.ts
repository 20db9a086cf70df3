import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ForceIgnore } from '@salesforce/source-deploy-retrieve';
import { listFiles, toRelative } from '../shared/files';

/** The slice of an SFDX project every metadata rule reads: its files under force-app, read once. */
export interface Project {
  root: string;
  /** Project-relative path of the package directory (`force-app`). */
  packageDir: string;
  /** Every file under the package directory, project-relative, sorted. */
  allFiles: string[];
  /** The files that deploy: `allFiles` minus what `.forceignore` denies. */
  deployableFiles: string[];
  sourceApiVersion: string;
  read(relativePath: string): string;
}

interface SfdxProjectJson {
  sourceApiVersion?: string;
  packageDirectories?: { path: string; default?: boolean }[];
}

export function loadProject(projectRoot: string): Project {
  // Absolute, because .forceignore matching resolves relative paths against the .forceignore's folder.
  const root = resolve(projectRoot);
  const sfdx = JSON.parse(readFileSync(join(root, 'sfdx-project.json'), 'utf8')) as SfdxProjectJson;
  const packageDir = (sfdx.packageDirectories?.find((dir) => dir.default) ?? { path: 'force-app' }).path;
  const packageDirAbsolute = join(root, packageDir);
  const absoluteFiles = existsSync(packageDirAbsolute) ? listFiles(packageDirAbsolute) : [];
  const forceIgnorePath = join(root, '.forceignore');
  // SDR's own matcher, so this check ignores exactly what a deploy ignores.
  const forceIgnore = existsSync(forceIgnorePath) ? new ForceIgnore(forceIgnorePath) : new ForceIgnore();
  const cache = new Map<string, string>();
  return {
    root,
    packageDir,
    allFiles: absoluteFiles.map((file) => toRelative(root, file)).sort(),
    deployableFiles: absoluteFiles
      .filter((file) => forceIgnore.accepts(file))
      .map((file) => toRelative(root, file))
      .sort(),
    sourceApiVersion: sfdx.sourceApiVersion ?? '',
    read(relativePath: string): string {
      let text = cache.get(relativePath);
      if (text === undefined) {
        text = readFileSync(join(root, relativePath), 'utf8');
        cache.set(relativePath, text);
      }
      return text;
    }
  };
}
