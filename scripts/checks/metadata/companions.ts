import { posix } from 'node:path';
import type { Finding } from '../shared/finding';
import type { Project } from './project';

export const RULE_COMPANION = 'meta-companion';

/**
 * Source files that deploy only with a `<file>-meta.xml` beside them (a missing one silently drops the component),
 * by the folder they live in: `applications/X.app-meta.xml` has no source, an Aura `X.app` has.
 */
const SOURCE_SUFFIXES: Readonly<Record<string, readonly string[]>> = {
  classes: ['.cls'],
  triggers: ['.trigger'],
  pages: ['.page'],
  components: ['.component'],
  email: ['.email'],
  contentassets: ['.asset'],
  aura: ['.cmp', '.app', '.evt', '.intf']
};

/** The source suffix `path` ends with (`ending` appended, e.g. `-meta.xml`) given its metadata folder, if any. */
function sourceSuffix(path: string, ending = ''): string | undefined {
  for (const [folder, suffixes] of Object.entries(SOURCE_SUFFIXES)) {
    if (!path.includes(`/${folder}/`)) continue;
    const suffix = suffixes.find((candidate) => path.endsWith(`${candidate}${ending}`));
    if (suffix !== undefined) return suffix;
  }
  return undefined;
}

/**
 * Every source file has its `-meta.xml` companion and every companion has its source:
 * Apex classes and triggers, Visualforce, email templates, content assets, Aura bundles, LWC bundles
 * (`<name>/<name>.js-meta.xml` beside `<name>.js` or the `<name>.ts` it is compiled from) and static resources
 * (`<name>.resource-meta.xml` beside one `<name>.<ext>` file or a `<name>/` folder).
 */
export function checkCompanions(project: Project): Finding[] {
  const files = new Set(project.deployableFiles);
  const findings: Finding[] = [];
  const missing = (path: string, message: string): void => {
    findings.push({ path, rule: RULE_COMPANION, message });
  };

  for (const path of project.deployableFiles) {
    if (sourceSuffix(path) !== undefined && !files.has(`${path}-meta.xml`)) {
      missing(path, `no ${posix.basename(path)}-meta.xml beside it: the component would be silently dropped`);
    }
    if (sourceSuffix(path, '-meta.xml') !== undefined && !files.has(path.slice(0, -'-meta.xml'.length))) {
      missing(path, `no ${posix.basename(path.slice(0, -'-meta.xml'.length))} beside this -meta.xml`);
    }
  }
  findings.push(...checkLwcBundles(project), ...checkStaticResources(project));
  return findings;
}

function checkLwcBundles(project: Project): Finding[] {
  const findings: Finding[] = [];
  const bundles = new Map<string, Set<string>>();
  for (const path of project.deployableFiles) {
    const match = /^(.*\/lwc)\/([^/]+)\/([^/]+)$/.exec(path);
    if (match === null) continue;
    const bundleDir = `${match[1]}/${match[2]}`;
    const names = bundles.get(bundleDir) ?? new Set<string>();
    names.add(match[3]);
    bundles.set(bundleDir, names);
  }
  // The .ts sources are forceignored, so look for them among all files, not only deployable ones.
  const allFiles = new Set(project.allFiles);
  for (const [bundleDir, names] of bundles) {
    const name = posix.basename(bundleDir);
    if (!names.has(`${name}.js-meta.xml`)) {
      findings.push({ path: bundleDir, rule: RULE_COMPANION, message: `LWC bundle without ${name}.js-meta.xml` });
    } else if (!names.has(`${name}.js`) && !allFiles.has(`${bundleDir}/${name}.ts`)) {
      findings.push({
        path: `${bundleDir}/${name}.js-meta.xml`,
        rule: RULE_COMPANION,
        message: `LWC bundle without ${name}.js (or ${name}.ts compiled to it)`
      });
    }
  }
  return findings;
}

function checkStaticResources(project: Project): Finding[] {
  const findings: Finding[] = [];
  const entries = new Set<string>();
  const metas: string[] = [];
  for (const path of project.deployableFiles) {
    const match = /^(.*\/staticresources)\/([^/]+)(\/.*)?$/.exec(path);
    if (match === null) continue;
    const entry = match[2];
    if (match[3] === undefined && entry.endsWith('.resource-meta.xml')) metas.push(path);
    else entries.add(`${match[1]}/${match[3] === undefined ? entry.replace(/\.[^.]+$/, '') : entry}`);
  }
  const metaNames = new Set(metas.map((meta) => meta.slice(0, -'.resource-meta.xml'.length)));
  for (const entry of entries) {
    if (!metaNames.has(entry)) {
      findings.push({ path: entry, rule: RULE_COMPANION, message: 'static resource without .resource-meta.xml' });
    }
  }
  for (const meta of metas) {
    if (!entries.has(meta.slice(0, -'.resource-meta.xml'.length))) {
      findings.push({
        path: meta,
        rule: RULE_COMPANION,
        message: 'static resource -meta.xml without its file or folder'
      });
    }
  }
  return findings;
}
