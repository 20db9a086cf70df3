import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ComponentSet, MetadataConverter, type SourceComponent } from '@salesforce/source-deploy-retrieve';
import type { Finding } from '../shared/finding';
import { toRelative } from '../shared/files';
import { childNodes, childTexts, parseMetadataXml } from '../shared/xml';
import type { Project } from './project';

export const RULE_CONVERSION = 'conversion';

/** package.xml lists a folder among the members of the type it holds, with a trailing slash (`Report`: `Folder/`). */
const FOLDER_CONTENT_TYPE: Partial<Record<string, string>> = {
  ReportFolder: 'Report',
  DashboardFolder: 'Dashboard',
  DocumentFolder: 'Document',
  EmailFolder: 'EmailTemplate'
};

/**
 * What deploys is what source says: SDR (the library behind `sf project deploy`) resolves force-app (honouring
 * .forceignore) and converts it to Metadata API format. SDR drops what it cannot place without a word (a file in an
 * unknown folder, a class without its -meta.xml), so every deployable file must belong to a resolved component,
 * and the generated package.xml must list every component resolved from source.
 */
export async function checkConversion(project: Project): Promise<Finding[]> {
  const packageDir = join(project.root, project.packageDir);
  if (!existsSync(packageDir)) return [];
  let components: ComponentSet;
  try {
    components = ComponentSet.fromSource(packageDir);
  } catch (error) {
    return [
      { path: project.packageDir, rule: RULE_CONVERSION, message: `SDR cannot resolve the source: ${messageOf(error)}` }
    ];
  }
  try {
    const findings = unclaimedFiles(project, components);
    findings.push(...(await manifestGaps(project, components)));
    return findings;
  } catch (error) {
    // SDR throws on a component it cannot read (two labels merged into one element: "Missing fullName"): a finding,
    // not a crash of the whole metadata check.
    return [
      { path: project.packageDir, rule: RULE_CONVERSION, message: `SDR cannot convert the source: ${messageOf(error)}` }
    ];
  }
}

function unclaimedFiles(project: Project, components: ComponentSet): Finding[] {
  const claimed = new Set<string>();
  const claim = (component: SourceComponent): void => {
    if (component.xml !== undefined) claimed.add(toRelative(project.root, component.xml));
    for (const file of component.walkContent()) claimed.add(toRelative(project.root, file));
    for (const child of component.getChildren()) claim(child);
  };
  for (const component of components.getSourceComponents()) claim(component);
  return project.deployableFiles
    .filter((file) => !claimed.has(file))
    .map((path) => ({
      path,
      rule: RULE_CONVERSION,
      message: 'SDR resolves no component for this file: it would be silently left out of the deployment'
    }));
}

async function manifestGaps(project: Project, components: ComponentSet): Promise<Finding[]> {
  const outputDirectory = mkdtempSync(join(tmpdir(), 'cvp-convert-'));
  try {
    // A directory conversion always writes package.xml beside the converted files.
    const result = await new MetadataConverter().convert(components, 'metadata', {
      type: 'directory',
      outputDirectory
    });
    const manifestPath = join(result.packagePath ?? outputDirectory, 'package.xml');
    const listed = new Set<string>();
    for (const type of childNodes(parseMetadataXml(readFileSync(manifestPath, 'utf8')), 'types')) {
      const typeName = childTexts(type, 'name')[0] ?? '';
      for (const member of childTexts(type, 'members')) listed.add(`${typeName}:${member}`);
    }
    const findings: Finding[] = [];
    // Top-level components and their addressable children (fields, list views…), which the manifest lists one by one.
    const expected = [...components].map((component) => {
      const content = FOLDER_CONTENT_TYPE[component.type.name];
      return content === undefined
        ? `${component.type.name}:${component.fullName}`
        : `${content}:${component.fullName}/`;
    });
    for (const component of components.getSourceComponents()) {
      for (const child of component.getChildren()) {
        if (child.type.isAddressable !== false) expected.push(`${child.type.name}:${child.fullName}`);
      }
    }
    for (const key of new Set(expected)) {
      if (!listed.has(key)) {
        findings.push({
          path: project.packageDir,
          rule: RULE_CONVERSION,
          message: `${key} is missing from the converted package.xml`
        });
      }
    }
    for (const converted of result.converted ?? []) {
      if (converted.xml !== undefined && !existsSync(converted.xml)) {
        findings.push({
          path: project.packageDir,
          rule: RULE_CONVERSION,
          message: `${converted.type.name}:${converted.fullName} was not written by the converter`
        });
      }
    }
    return findings;
  } catch (error) {
    return [{ path: project.packageDir, rule: RULE_CONVERSION, message: `conversion failed: ${messageOf(error)}` }];
  } finally {
    rmSync(outputDirectory, { recursive: true, force: true });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
