import { XMLValidator } from 'fast-xml-parser';
import type { Finding } from '../shared/finding';
import type { Project } from './project';

export const RULE_XML = 'xml-well-formed';

/**
 * Every XML file under the package directory parses strictly. The CLI's converter silently "repairs" or drops broken
 * XML, so without this a typo would deploy as something else or not at all.
 */
export function checkXmlWellFormed(project: Project): Finding[] {
  const findings: Finding[] = [];
  for (const path of project.allFiles.filter((file) => file.endsWith('.xml'))) {
    const result = XMLValidator.validate(project.read(path));
    if (result !== true) {
      findings.push({ path, line: result.err.line, rule: RULE_XML, message: `${result.err.code}: ${result.err.msg}` });
    }
  }
  return findings;
}
