import type { Finding } from '../shared/finding';
import { lineOf } from '../shared/files';
import { childNodes, childText, childTexts, parseMetadataXml, type XmlNode } from '../shared/xml';
import type { Project } from './project';
import { isCustomName, type ObjectDefinition, type SchemaModel } from './schema';

export const RULE_TRANSLATION = 'translation-fr';

/** The product ships in English and French (STYLE.md): every label a user can see has a French version. */
export function checkTranslations(project: Project, schema: SchemaModel): Finding[] {
  return [
    ...checkCustomLabels(project),
    ...[...schema.objects.values()].flatMap((object) => checkObject(project, object))
  ];
}

function parseOrEmpty(project: Project, path: string): XmlNode {
  try {
    return parseMetadataXml(project.read(path));
  } catch {
    return {}; // reported by xml-well-formed
  }
}

/** Each custom label of labels/*.labels-meta.xml has a `customLabels` entry in translations/fr.translation-meta.xml. */
function checkCustomLabels(project: Project): Finding[] {
  const frenchFile = project.deployableFiles.find((file) => file.endsWith('/translations/fr.translation-meta.xml'));
  const french = new Set<string>();
  if (frenchFile !== undefined) {
    for (const label of childNodes(parseOrEmpty(project, frenchFile), 'customLabels')) {
      if (childText(label, 'label') !== undefined) french.add((childText(label, 'name') ?? '').toLowerCase());
    }
  }
  const findings: Finding[] = [];
  for (const path of project.deployableFiles.filter((file) => file.endsWith('.labels-meta.xml'))) {
    const text = project.read(path);
    for (const label of childNodes(parseOrEmpty(project, path), 'labels')) {
      const name = childText(label, 'fullName') ?? '';
      if (!french.has(name.toLowerCase())) {
        findings.push({
          path,
          line: lineOf(text, `<fullName>${name}</fullName>`),
          rule: RULE_TRANSLATION,
          message: `custom label ${name} has no French entry in translations/fr.translation-meta.xml`
        });
      }
    }
  }
  return findings;
}

/**
 * A custom object has a French label (`<Object>-fr.objectTranslation-meta.xml` caseValues); every custom field
 * (on custom and standard objects) has `<Field>.fieldTranslation-meta.xml` with a label and its picklist values.
 */
function checkObject(project: Project, object: ObjectDefinition): Finding[] {
  const findings: Finding[] = [];
  const folder = `${project.packageDir}/main/default/objectTranslations/${object.name}-fr`;
  const inFolder = (name: string): string | undefined =>
    project.deployableFiles.find((file) => file.endsWith(`/objectTranslations/${object.name}-fr/${name}`));

  if (isCustomName(object.name)) {
    const objectFile = inFolder(`${object.name}-fr.objectTranslation-meta.xml`);
    const labelled =
      objectFile !== undefined &&
      childNodes(parseOrEmpty(project, objectFile), 'caseValues').some(
        (value) => childText(value, 'value') !== undefined
      );
    if (!labelled) {
      findings.push({
        path: objectFile ?? object.objectFile ?? object.dir,
        rule: RULE_TRANSLATION,
        message: `object ${object.name} has no French label (${folder}/${object.name}-fr.objectTranslation-meta.xml caseValues)`
      });
    }
  }

  for (const field of object.fields.values()) {
    if (!isCustomName(field.name)) continue;
    const translationFile = inFolder(`${field.name}.fieldTranslation-meta.xml`);
    const translation = translationFile === undefined ? {} : parseOrEmpty(project, translationFile);
    if (childText(translation, 'label') === undefined) {
      findings.push({
        path: translationFile ?? field.path,
        rule: RULE_TRANSLATION,
        message: `field ${object.name}.${field.name} has no French label (${folder}/${field.name}.fieldTranslation-meta.xml)`
      });
    }
    const translated = new Set(
      childNodes(translation, 'picklistValues')
        .filter((value) => childTexts(value, 'translation').length > 0)
        .map((value) => (childText(value, 'masterLabel') ?? '').toLowerCase())
    );
    for (const value of field.picklistValues) {
      // `masterLabel` names the value; retrieved files use the API name, hand-written ones often the label.
      if (!translated.has(value.fullName.toLowerCase()) && !translated.has(value.label.toLowerCase())) {
        findings.push({
          path: translationFile ?? field.path,
          rule: RULE_TRANSLATION,
          message: `picklist value ${value.fullName} of ${object.name}.${field.name} has no French translation`
        });
      }
    }
  }
  return findings;
}
