/** What a reference names, before it is checked against the schema. */
export type ReferenceTarget =
  /** An object by name (`Value_Snapshot__c`, `Account` as an SObject type). */
  | { kind: 'object'; object: string }
  /** A field path on a known object (`Account` + `Owner.Name`). */
  | { kind: 'path'; object: string; segments: string[] }
  /** A field path on the object behind a child relationship (a SOQL subquery `FROM Value_Snapshots__r`). */
  | { kind: 'child'; parent: string; relationship: string; segments: string[] }
  /** A custom name whose starting type the check cannot know (a variable, a formula): it must exist on some object. */
  | { kind: 'anywhere'; segments: string[] };

/** A schema name found in a source file. */
export interface Reference {
  path: string;
  line: number;
  /** Where it was found, for the message (`SOQL`, `permission set`, `LWC schema import`…). */
  context: string;
  target: ReferenceTarget;
}

/** Names that mark an SObject type as such, never a field (`Account.SObjectType`, `Schema.SObjectType.X__c`). */
export const DESCRIBE_WORDS = new Set(['sobjecttype', 'getsobjecttype', 'sobjectfield', 'getdescribe', 'class']);

/** Standard objects recognised as object names in Apex (case-sensitive); each one used must be in standardFields.ts. */
export const KNOWN_STANDARD_OBJECTS = new Set([
  'Account',
  'AccountContactRelation',
  'Asset',
  'AsyncApexJob',
  'Campaign',
  'Case',
  'Contact',
  'ContentDocumentLink',
  'ContentVersion',
  'Contract',
  'CronTrigger',
  'CustomNotificationType',
  'EmailTemplate',
  'FeedItem',
  'Lead',
  'Opportunity',
  'OpportunityLineItem',
  'Order',
  'OrderItem',
  'Organization',
  'OrgWideEmailAddress',
  'PermissionSetAssignment',
  'Pricebook2',
  'PricebookEntry',
  'Product2',
  'Profile',
  'Quote',
  'RecordType',
  'Task',
  'User'
]);
