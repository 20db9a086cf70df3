import type { Finding } from '../shared/finding';
import { childNodes, childText, parseMetadataXml } from '../shared/xml';
import type { Project } from './project';
import type { SchemaModel } from './schema';

export const RULE_PERMISSION = 'permission';

interface Grants {
  readableFields: Set<string>;
  readableObjects: Set<string>;
}

/**
 * Every custom object and custom field is reachable through at least one permission set, so a deployed feature is
 * never invisible to everyone. Exempt from field permissions, because Salesforce rejects or ignores them there:
 * required fields and master-detail fields (always visible to whoever can read the record — a permission set that
 * lists them fails to deploy), and fields of custom metadata types (read through customMetadataTypeAccesses).
 */
export function checkPermissions(project: Project, schema: SchemaModel): Finding[] {
  const grants = readGrants(project);
  const findings: Finding[] = [];
  for (const object of schema.objects.values()) {
    const isMetadataType = /__mdt$/i.test(object.name);
    if (/__(c|mdt)$/i.test(object.name) && !grants.readableObjects.has(object.name.toLowerCase())) {
      const how = isMetadataType
        ? 'customMetadataTypeAccesses'
        : object.isCustomSetting
          ? 'customSettingAccesses'
          : 'objectPermissions with allowRead';
      findings.push({
        path: object.objectFile ?? object.dir,
        rule: RULE_PERMISSION,
        message: `custom object ${object.name} has no ${how} in any permission set`
      });
    }
    if (isMetadataType) continue;
    for (const field of object.fields.values()) {
      if (!/__c$/i.test(field.name) || field.required || field.type === 'MasterDetail') continue;
      if (!grants.readableFields.has(`${object.name}.${field.name}`.toLowerCase())) {
        findings.push({
          path: field.path,
          rule: RULE_PERMISSION,
          message: `field ${object.name}.${field.name} is readable in no permission set (fieldPermissions)`
        });
      }
    }
  }
  return findings;
}

function readGrants(project: Project): Grants {
  const grants: Grants = { readableFields: new Set(), readableObjects: new Set() };
  for (const path of project.deployableFiles.filter((file) => file.endsWith('.permissionset-meta.xml'))) {
    let permissionSet;
    try {
      permissionSet = parseMetadataXml(project.read(path));
    } catch {
      continue; // reported by xml-well-formed
    }
    for (const field of childNodes(permissionSet, 'fieldPermissions')) {
      if (childText(field, 'readable') === 'true')
        grants.readableFields.add((childText(field, 'field') ?? '').toLowerCase());
    }
    for (const object of childNodes(permissionSet, 'objectPermissions')) {
      if (childText(object, 'allowRead') === 'true')
        grants.readableObjects.add((childText(object, 'object') ?? '').toLowerCase());
    }
    for (const access of [
      ...childNodes(permissionSet, 'customMetadataTypeAccesses'),
      ...childNodes(permissionSet, 'customSettingAccesses')
    ]) {
      if (childText(access, 'enabled') === 'true')
        grants.readableObjects.add((childText(access, 'name') ?? '').toLowerCase());
    }
  }
  return grants;
}
