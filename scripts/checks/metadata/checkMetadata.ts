import { sortFindings, type Finding } from '../shared/finding';
import { checkApiVersions } from './apiVersion';
import { checkCompanions } from './companions';
import { checkConversion } from './conversion';
import { checkFlexipageComponents } from './flexipages';
import { checkPermissions } from './permissions';
import { checkQuickActions } from './quickActions';
import { loadProject } from './project';
import { checkReferences, type ReferenceCheckOptions } from './references/checkReferences';
import { checkReports } from './reports';
import { loadSchema } from './schema';
import { STANDARD_FIELDS } from './standardFields';
import { checkTranslations } from './translations';
import { checkXmlWellFormed } from './xmlWellFormed';

export interface MetadataCheckOptions extends ReferenceCheckOptions {
  /** The SDR conversion takes about 2 s; tests of other rules skip it. */
  convert: boolean;
}

export const DEFAULT_OPTIONS: MetadataCheckOptions = {
  standardFields: STANDARD_FIELDS,
  standardFieldsPath: 'scripts/checks/metadata/standardFields.ts',
  convert: true
};

/** Every metadata rule over the project at `projectRoot`, findings sorted by file and line. */
export async function checkMetadata(
  projectRoot: string,
  options: MetadataCheckOptions = DEFAULT_OPTIONS
): Promise<Finding[]> {
  const project = loadProject(projectRoot);
  const schema = loadSchema(project);
  const findings = [
    ...checkXmlWellFormed(project),
    ...checkCompanions(project),
    ...checkApiVersions(project),
    ...checkReferences(project, schema, options),
    ...checkPermissions(project, schema),
    ...checkTranslations(project, schema),
    ...checkFlexipageComponents(project),
    ...checkQuickActions(project),
    ...checkReports(project)
  ];
  if (options.convert) findings.push(...(await checkConversion(project)));
  return sortFindings(findings);
}
