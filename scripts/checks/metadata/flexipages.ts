import { lineAt } from '../shared/files';
import type { Finding } from '../shared/finding';
import type { Project } from './project';

export const RULE_FLEXIPAGE_COMPONENT = 'flexipage-component';

/** The js-meta.xml target a FlexiPage type needs of the custom components it places. */
const TARGET_OF_PAGE_TYPE: Record<string, string> = {
  RecordPage: 'lightning__RecordPage',
  AppPage: 'lightning__AppPage',
  HomePage: 'lightning__HomePage'
};

/**
 * Every custom component a Lightning page places (`<componentName>c:name</componentName>`) exists as an LWC bundle
 * that is exposed (`isExposed` true) for the page's type (its target), and — on a record page — that does not
 * restrict itself to other objects. Salesforce rejects such a page at deploy time; this says so before.
 */
export function checkFlexipageComponents(project: Project): Finding[] {
  const bundles = new Map<string, string>();
  for (const file of project.allFiles) {
    const match = /\/lwc\/([^/]+)\/\1\.js-meta\.xml$/.exec(file);
    if (match) bundles.set(match[1], file);
  }
  const findings: Finding[] = [];
  for (const path of project.deployableFiles.filter((file) => file.endsWith('.flexipage-meta.xml'))) {
    const text = project.read(path);
    const pageType = /<type>(\w+)<\/type>\s*<\/FlexiPage>/.exec(text)?.[1] ?? '';
    const target = TARGET_OF_PAGE_TYPE[pageType];
    const sobjectType = /<sobjectType>([^<]+)<\/sobjectType>/.exec(text)?.[1];
    for (const match of text.matchAll(/<componentName>c:([A-Za-z0-9_]+)<\/componentName>/g)) {
      const name = match[1];
      const line = lineAt(text, match.index);
      const bundle = bundles.get(name);
      const problem = (message: string): void => {
        findings.push({ path, line, rule: RULE_FLEXIPAGE_COMPONENT, message });
      };
      if (bundle === undefined) {
        problem(`component c:${name} does not exist (no lwc/${name}/${name}.js-meta.xml)`);
        continue;
      }
      const meta = project.read(bundle);
      if (!/<isExposed>\s*true\s*<\/isExposed>/.test(meta)) {
        problem(`component c:${name} is not exposed (isExposed false in ${bundle})`);
        continue;
      }
      if (target !== undefined && !new RegExp(`<target>\\s*${target}\\s*</target>`).test(meta)) {
        problem(`component c:${name} has no target ${target} (${bundle})`);
        continue;
      }
      const objects = [...meta.matchAll(/<object>([^<]+)<\/object>/g)].map((each) => each[1].trim());
      if (
        pageType === 'RecordPage' &&
        sobjectType !== undefined &&
        objects.length > 0 &&
        !objects.includes(sobjectType)
      ) {
        problem(`component c:${name} is limited to ${objects.join(', ')}, not ${sobjectType} (${bundle})`);
      }
    }
  }
  return findings;
}
