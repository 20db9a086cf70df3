import type { StandardFieldList } from '../standardFields';
import { isCustomName, type ObjectDefinition, type SchemaModel } from '../schema';

/** Fields every custom object has (Salesforce Object Reference, "System Fields"); the value is the target object. */
const CUSTOM_OBJECT_SYSTEM_FIELDS: Readonly<Record<string, string>> = {
  id: '',
  name: '',
  ownerid: '',
  owner: 'User',
  createddate: '',
  createdbyid: '',
  createdby: 'User',
  lastmodifieddate: '',
  lastmodifiedbyid: '',
  lastmodifiedby: 'User',
  systemmodstamp: '',
  isdeleted: '',
  recordtypeid: '',
  recordtype: 'RecordType',
  lastvieweddate: '',
  lastreferenceddate: '',
  currencyisocode: ''
};

/** Fields every custom metadata type has (Metadata API Guide, "CustomMetadata"). */
const CUSTOM_METADATA_SYSTEM_FIELDS = new Set([
  'id',
  'developername',
  'masterlabel',
  'label',
  'qualifiedapiname',
  'namespaceprefix',
  'language'
]);

/** A failed resolution: what is missing, said so a reader can fix it. */
export type Resolution = { ok: true; object: string } | { ok: false; problem: string; standard: boolean };

/**
 * Resolves object names and field paths (`Account__r.Owner.Name`) against the package's schema and the maintained
 * list of standard fields, remembering which list entries were used (an unused entry is a finding too).
 */
export class SchemaResolver {
  private readonly usedStandard = new Set<string>();

  constructor(
    private readonly schema: SchemaModel,
    private readonly standardFields: StandardFieldList
  ) {}

  /** Canonical name of an object, or a problem. Standard objects must be listed. */
  resolveObject(name: string, record = true): Resolution {
    const defined = this.schema.object(name);
    if (isCustomName(name)) {
      if (defined !== undefined) return { ok: true, object: defined.name };
      return { ok: false, problem: `custom object ${name} is not defined in force-app`, standard: false };
    }
    const standardName = this.standardObjectName(name);
    if (standardName !== undefined) {
      if (record) this.usedStandard.add(standardName.toLowerCase());
      return { ok: true, object: standardName };
    }
    // A standard object that carries custom fields in force-app is known from source.
    if (defined !== undefined) return { ok: true, object: defined.name };
    return { ok: false, problem: `standard object ${name} is not in standardFields.ts`, standard: true };
  }

  /** Resolves `segments` (a field path) starting on `objectName`; the last segment is a field, the others relationships. */
  resolvePath(objectName: string, segments: string[], record = true): Resolution {
    const start = this.resolveObject(objectName, record);
    if (!start.ok) return start;
    let current = start.object;
    for (let i = 0; i < segments.length; i++) {
      const step =
        i === segments.length - 1
          ? this.resolveField(current, segments[i], record)
          : this.resolveRelationship(current, segments[i], record);
      if (!step.ok) return step;
      current = step.object;
    }
    return { ok: true, object: current };
  }

  /** True when the path exists on at least one object of the package (used when the starting type is unknown). */
  existsOnSomeObject(segments: string[]): boolean {
    if (segments.length === 1 && this.schema.object(segments[0]) !== undefined) return true;
    for (const object of this.schema.objects.values()) {
      // Probe without recording, then record the standard entries of the path that resolved.
      if (this.resolvePath(object.name, segments, false).ok) return this.resolvePath(object.name, segments, true).ok;
    }
    return false;
  }

  /** The object a child relationship (`Value_Snapshots__r` on Account) points to. */
  resolveChildRelationship(parentObject: string, relationship: string, record = true): Resolution {
    const parent = this.resolveObject(parentObject, record);
    if (!parent.ok) return parent;
    const wanted = relationship.replace(/__r$/i, '').toLowerCase();
    for (const object of this.schema.objects.values()) {
      for (const field of object.fields.values()) {
        if (
          field.relationshipName?.toLowerCase() === wanted &&
          field.referenceTo?.toLowerCase() === parent.object.toLowerCase()
        ) {
          return { ok: true, object: object.name };
        }
      }
    }
    return {
      ok: false,
      problem: `child relationship ${parent.object}.${relationship} is not defined by any lookup in force-app`,
      standard: !/__r$/i.test(relationship)
    };
  }

  /** Entries of the standard list that no reference used, as `Object` or `Object.Field`. */
  unusedStandardEntries(): string[] {
    const unused: string[] = [];
    for (const [object, entry] of Object.entries(this.standardFields)) {
      if (!this.usedStandard.has(object.toLowerCase())) unused.push(object);
      for (const name of [...entry.fields, ...Object.keys(entry.relationships ?? {})]) {
        if (!this.usedStandard.has(`${object}.${name}`.toLowerCase())) unused.push(`${object}.${name}`);
      }
    }
    return unused;
  }

  private resolveField(objectName: string, fieldName: string, record: boolean): Resolution {
    if (fieldName.toLowerCase() === 'id') return { ok: true, object: objectName };
    // A path may end on a relationship (`Account.Value_Snapshots__r` in a report type): parent or child side.
    if (/__r$/i.test(fieldName)) {
      const parent = this.resolveRelationship(objectName, fieldName, record);
      return parent.ok ? parent : this.resolveChildRelationship(objectName, fieldName, record);
    }
    const custom = this.schema.object(objectName);
    if (isCustomName(fieldName)) {
      if (custom?.fields.has(fieldName.toLowerCase())) return { ok: true, object: objectName };
      return { ok: false, problem: `field ${objectName}.${fieldName} is not defined in force-app`, standard: false };
    }
    if (isCustomName(objectName)) return this.systemField(objectName, custom, fieldName, false);
    return this.standardMember(objectName, fieldName, 'fields', record);
  }

  private resolveRelationship(objectName: string, name: string, record: boolean): Resolution {
    if (/__r$/i.test(name)) {
      const field = this.schema.field(objectName, name.replace(/__r$/i, '__c'));
      if (field?.referenceTo === undefined) {
        return {
          ok: false,
          problem: `relationship ${objectName}.${name} has no lookup field in force-app`,
          standard: false
        };
      }
      return this.resolveObject(field.referenceTo, record);
    }
    if (isCustomName(objectName)) return this.systemField(objectName, this.schema.object(objectName), name, true);
    const member = this.standardMember(objectName, name, 'relationships', record);
    return member.ok ? this.resolveObject(member.object, record) : member;
  }

  private systemField(
    objectName: string,
    object: ObjectDefinition | undefined,
    name: string,
    relationship: boolean
  ): Resolution {
    const key = name.toLowerCase();
    if (/__mdt$/i.test(objectName)) {
      if (!relationship && CUSTOM_METADATA_SYSTEM_FIELDS.has(key)) return { ok: true, object: objectName };
    } else if (Object.hasOwn(CUSTOM_OBJECT_SYSTEM_FIELDS, key)) {
      const target = CUSTOM_OBJECT_SYSTEM_FIELDS[key];
      if (relationship && target !== '') return { ok: true, object: target };
      if (!relationship) return { ok: true, object: objectName };
    }
    const what = relationship ? 'relationship' : 'field';
    return {
      ok: false,
      problem: `${what} ${object?.name ?? objectName}.${name} is neither defined in force-app nor a system ${what}`,
      standard: false
    };
  }

  private standardMember(
    objectName: string,
    name: string,
    kind: 'fields' | 'relationships',
    record: boolean
  ): Resolution {
    const standardName = this.standardObjectName(objectName);
    const entry = standardName === undefined ? undefined : this.standardFields[standardName];
    if (standardName !== undefined && entry !== undefined) {
      if (kind === 'fields') {
        const field = entry.fields.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
        if (field !== undefined) {
          if (record) this.usedStandard.add(`${standardName}.${field}`.toLowerCase());
          return { ok: true, object: standardName };
        }
      } else {
        const relationship = Object.keys(entry.relationships ?? {}).find(
          (candidate) => candidate.toLowerCase() === name.toLowerCase()
        );
        if (relationship !== undefined && entry.relationships !== undefined) {
          if (record) this.usedStandard.add(`${standardName}.${relationship}`.toLowerCase());
          return { ok: true, object: entry.relationships[relationship] };
        }
      }
    }
    const what = kind === 'fields' ? 'standard field' : 'standard relationship';
    return { ok: false, problem: `${what} ${objectName}.${name} is not in standardFields.ts`, standard: true };
  }

  private standardObjectName(name: string): string | undefined {
    return Object.keys(this.standardFields).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  }
}
