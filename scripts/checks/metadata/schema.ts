import type { Project } from './project';
import { childNodes, childText, parseMetadataXml } from '../shared/xml';

/** A field defined in source: `objects/<Object>/fields/<Field>.field-meta.xml`. */
export interface FieldDefinition {
  name: string;
  path: string;
  type: string;
  required: boolean;
  /** Lookup / master-detail target object. */
  referenceTo?: string;
  /** Child relationship name (what the parent queries as `<name>__r`). */
  relationshipName?: string;
  /** Values of a picklist defined on the field itself (global value sets are translated elsewhere). */
  picklistValues: { fullName: string; label: string }[];
}

export interface ObjectDefinition {
  name: string;
  /** Folder `objects/<Object>`. */
  dir: string;
  /** Path of `<Object>.object-meta.xml`, when the object is defined (standard objects often only carry fields). */
  objectFile?: string;
  /** Custom settings are granted through customSettingAccesses, not objectPermissions. */
  isCustomSetting: boolean;
  fields: Map<string, FieldDefinition>;
}

/** The objects and fields the package defines, keyed by API name (case-insensitive, as on the platform). */
export interface SchemaModel {
  objects: Map<string, ObjectDefinition>;
  object(name: string): ObjectDefinition | undefined;
  field(objectName: string, fieldName: string): FieldDefinition | undefined;
}

export function isCustomName(name: string): boolean {
  return /__(c|mdt|e|x|b)$/i.test(name);
}

export function loadSchema(project: Project): SchemaModel {
  const objects = new Map<string, ObjectDefinition>();
  const objectFor = (dir: string, name: string): ObjectDefinition => {
    const key = name.toLowerCase();
    let object = objects.get(key);
    if (object === undefined) {
      object = { name, dir, isCustomSetting: false, fields: new Map() };
      objects.set(key, object);
    }
    return object;
  };

  for (const path of project.allFiles) {
    const objectMatch = /^(.*\/objects\/([^/]+))\/\2\.object-meta\.xml$/.exec(path);
    if (objectMatch !== null) {
      const object = objectFor(objectMatch[1], objectMatch[2]);
      object.objectFile = path;
      object.isCustomSetting = safeParse(project, path).customSettingsType !== undefined;
      continue;
    }
    const fieldMatch = /^(.*\/objects\/([^/]+))\/fields\/([^/]+)\.field-meta\.xml$/.exec(path);
    if (fieldMatch !== null) {
      const object = objectFor(fieldMatch[1], fieldMatch[2]);
      object.fields.set(fieldMatch[3].toLowerCase(), readField(project, path, fieldMatch[3]));
    }
  }
  return {
    objects,
    object: (name) => objects.get(name.toLowerCase()),
    field: (objectName, fieldName) => objects.get(objectName.toLowerCase())?.fields.get(fieldName.toLowerCase())
  };
}

function readField(project: Project, path: string, name: string): FieldDefinition {
  const node = safeParse(project, path);
  const valueSetDefinition = childNodes(node, 'valueSet').flatMap((valueSet) =>
    childNodes(valueSet, 'valueSetDefinition')
  );
  const picklistValues = valueSetDefinition.flatMap((definition) =>
    childNodes(definition, 'value').map((value) => {
      const fullName = childText(value, 'fullName') ?? '';
      return { fullName, label: childText(value, 'label') ?? fullName };
    })
  );
  const field: FieldDefinition = {
    name,
    path,
    type: childText(node, 'type') ?? '',
    required: childText(node, 'required') === 'true',
    picklistValues
  };
  const referenceTo = childText(node, 'referenceTo');
  if (referenceTo !== undefined) field.referenceTo = referenceTo;
  const relationshipName = childText(node, 'relationshipName');
  if (relationshipName !== undefined) field.relationshipName = relationshipName;
  return field;
}

/** Malformed XML is reported by the xml-well-formed rule; other rules read what they can. */
function safeParse(project: Project, path: string): ReturnType<typeof parseMetadataXml> {
  try {
    return parseMetadataXml(project.read(path));
  } catch {
    return {};
  }
}
