import { posix } from 'node:path';
import type { Finding } from '../shared/finding';
import type { Project } from './project';

export const RULE_COMPANION = 'meta-companion';

/** Source files that deploy only with a `<file>-meta.xml` beside them (a missing one silently drops the component). */
const SOURCE_SUFFIXES = [
  '.cls',
  '.trigger',
  '.page',
  '.component',
  '.email',
  '.asset',
  '.cmp',
  '.app',
  '.evt',
  '.intf'
];

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
    const source = SOURCE_SUFFIXES.find((suffix) => path.endsWith(suffix));
    if (source !== undefined && !isInBundleOrResource(path) && !files.has(`${path}-meta.xml`)) {
      missing(path, `no ${posix.basename(path)}-meta.xml beside it: the component would be silently dropped`);
    }
    const companionOf = SOURCE_SUFFIXES.find((suffix) => path.endsWith(`${suffix}-meta.xml`));
    if (companionOf !== undefined && !files.has(path.slice(0, -'-meta.xml'.length))) {
      missing(path, `no ${posix.basename(path.slice(0, -'-meta.xml'.length))} beside this -meta.xml`);
    }
  }
  findings.push(...checkLwcBundles(project), ...checkStaticResources(project));
  return findings;
}

/** Files inside LWC bundles and static resource folders follow their own rules (below). */
function isInBundleOrResource(path: string): boolean {
  return /\/(lwc|staticresources)\//.test(path);
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
