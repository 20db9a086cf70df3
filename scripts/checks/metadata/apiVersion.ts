import type { Finding } from '../shared/finding';
import { lineAt } from '../shared/files';
import type { Project } from './project';

export const RULE_API_VERSION = 'api-version';

/** Every `<apiVersion>` equals sfdx-project.json's `sourceApiVersion`: one platform behaviour for the whole package. */
export function checkApiVersions(project: Project): Finding[] {
  const findings: Finding[] = [];
  for (const path of project.deployableFiles.filter((file) => file.endsWith('.xml'))) {
    const text = project.read(path);
    for (const match of text.matchAll(/<apiVersion>\s*([^<]*?)\s*<\/apiVersion>/g)) {
      if (match[1] !== project.sourceApiVersion) {
        findings.push({
          path,
          line: lineAt(text, match.index),
          rule: RULE_API_VERSION,
          message: `apiVersion ${match[1]} differs from sourceApiVersion ${project.sourceApiVersion} (sfdx-project.json)`
        });
      }
    }
  }
  return findings;
}
