import { lineAt, lineOf } from '../shared/files';
import type { Finding } from '../shared/finding';
import { childNodes, childText, parseMetadataXml, type XmlNode } from '../shared/xml';
import type { Project } from './project';

export const RULE_QUICK_ACTION = 'quick-action';

function parseOrEmpty(project: Project, path: string): XmlNode {
  try {
    return parseMetadataXml(project.read(path));
  } catch {
    return {}; // reported by xml-well-formed
  }
}

/**
 * Object quick actions (`quickActions/<Object>.<Name>.quickAction-meta.xml`) a user can find and read:
 * - every action a Lightning record page lists in its highlights panel (`actionNames`, dynamic actions) exists, on the
 *   page's object, and a Lightning web component action's bundle targets `lightning__RecordAction`;
 * - every object quick action is placed somewhere — a page layout's action list or a record page's `actionNames` —
 *   else it deploys and nobody sees it;
 * - its label has a French version (`objectTranslations/<Object>-fr/<Object>-fr.objectTranslation-meta.xml`).
 */
export function checkQuickActions(project: Project): Finding[] {
  const actions = new Map<string, string>();
  for (const path of project.deployableFiles) {
    const match = /\/quickActions\/([A-Za-z0-9_]+\.[A-Za-z0-9_]+)\.quickAction-meta\.xml$/.exec(path);
    if (match) actions.set(match[1], path);
  }
  const placed = new Set<string>();
  const findings: Finding[] = [];
  for (const path of project.deployableFiles.filter((file) => file.endsWith('.flexipage-meta.xml'))) {
    const text = project.read(path);
    const sobjectType = /<sobjectType>([^<]+)<\/sobjectType>/.exec(text)?.[1];
    const list = /<name>actionNames<\/name>\s*<valueList>([\s\S]*?)<\/valueList>/.exec(text);
    if (!list) continue;
    const offset = list.index + list[0].indexOf(list[1]);
    for (const match of list[1].matchAll(/<value>([^<]+)<\/value>/g)) {
      const name = match[1].trim();
      if (!name.includes('.')) continue; // a standard action (Edit, Delete…)
      placed.add(name);
      const problem = (message: string): void => {
        findings.push({ path, line: lineAt(text, offset + match.index), rule: RULE_QUICK_ACTION, message });
      };
      const actionPath = actions.get(name);
      if (actionPath === undefined) {
        problem(`action ${name} does not exist (no quickActions/${name}.quickAction-meta.xml)`);
        continue;
      }
      if (sobjectType !== undefined && name.split('.')[0] !== sobjectType) {
        problem(`action ${name} belongs to ${name.split('.')[0]}, not to the page's object ${sobjectType}`);
        continue;
      }
      const component = childText(parseOrEmpty(project, actionPath), 'lightningWebComponent');
      if (component !== undefined) {
        const bundle = project.allFiles.find((file) => file.endsWith(`/lwc/${component}/${component}.js-meta.xml`));
        const meta = bundle === undefined ? '' : project.read(bundle);
        if (!/<target>\s*lightning__RecordAction\s*<\/target>/.test(meta)) {
          problem(`action ${name} opens c:${component}, which has no target lightning__RecordAction`);
        }
      }
    }
  }
  for (const path of project.deployableFiles.filter((file) => file.endsWith('.layout-meta.xml'))) {
    const object = /\/layouts\/([^-/]+)-/.exec(path)?.[1] ?? '';
    const text = project.read(path);
    for (const match of text.matchAll(/<actionName>([^<]+)<\/actionName>/g)) {
      const name = match[1].trim();
      placed.add(name.includes('.') ? name : `${object}.${name}`);
    }
  }
  for (const [name, path] of actions) {
    const [object, action] = name.split('.');
    if (!placed.has(name)) {
      findings.push({
        path,
        line: 1,
        rule: RULE_QUICK_ACTION,
        message: `action ${name} is on no page layout and no Lightning record page (actionNames): no user can find it`
      });
    }
    const frenchPath = project.deployableFiles.find((file) =>
      file.endsWith(`/objectTranslations/${object}-fr/${object}-fr.objectTranslation-meta.xml`)
    );
    const french = frenchPath === undefined ? {} : parseOrEmpty(project, frenchPath);
    const translated = childNodes(french, 'quickActions').some(
      (entry) => childText(entry, 'name') === action && (childText(entry, 'label') ?? '') !== ''
    );
    if (!translated) {
      const text = project.read(path);
      findings.push({
        path,
        line: lineOf(text, '<label>'),
        rule: RULE_QUICK_ACTION,
        message: `action ${name} has no French label (quickActions in objectTranslations/${object}-fr/${object}-fr.objectTranslation-meta.xml)`
      });
    }
  }
  return findings;
}
