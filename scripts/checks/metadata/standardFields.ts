/**
 * The standard objects and fields this project relies on — the only standard schema the metadata check accepts.
 * Keep it minimal: the check reports an entry no source uses, so the list always says what the package depends on.
 * Each object cites its page in the Salesforce Object Reference (API 66.0), where the field names were checked.
 * `relationships` maps a standard relationship name (as used in `Contact.Account.Name`) to its target object.
 */
export interface StandardObjectEntry {
  reference: string;
  fields: readonly string[];
  relationships?: Readonly<Record<string, string>>;
}

export type StandardFieldList = Readonly<Record<string, StandardObjectEntry>>;

const OBJECT_REFERENCE = 'https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference';

export const STANDARD_FIELDS: StandardFieldList = {
  // Account: the customer whose value is scored; Name labels it in the report types, where managers also segment by
  // industry, country and size (the same dimensions as the target positioning). The scoring batch reads the owner
  // (alerts) and the ISO country code where State and Country Picklists are enabled.
  Account: {
    reference: `${OBJECT_REFERENCE}/sforce_api_objects_account.htm`,
    fields: ['BillingCountry', 'BillingCountryCode', 'Industry', 'Name', 'NumberOfEmployees', 'OwnerId', 'Phone'],
    relationships: { Owner: 'User' }
  },
  // Case: support cases and complaints (Type = Complaint) per account and window (CaseSelector).
  Case: {
    reference: `${OBJECT_REFERENCE}/sforce_api_objects_case.htm`,
    fields: ['AccountId', 'CreatedDate', 'Type']
  },
  // AsyncApexJob: a scoring run whose Batch Apex job has ended no longer locks (ScoringRunService).
  AsyncApexJob: { reference: `${OBJECT_REFERENCE}/sforce_api_objects_asyncapexjob.htm`, fields: ['Status'] },
  // Contact: the GDPR anonymization blanks the personal fields of a separated customer's contacts; the separation
  // letter is addressed to the account's first contact (SeparationPlanService).
  Contact: {
    reference: `${OBJECT_REFERENCE}/sforce_api_objects_contact.htm`,
    fields: ['AccountId', 'CreatedDate', 'LastName', 'Name']
  },
  // CustomNotificationType: the Customer_Value_Alert notification the scoring run sends.
  CustomNotificationType: {
    reference: `${OBJECT_REFERENCE}/sforce_api_objects_customnotificationtype.htm`,
    fields: ['DeveloperName']
  },
  // Event: the last contact with an account (ActivitySelector); a retention play's visit is an Event on the play (WhatId).
  Event: {
    reference: `${OBJECT_REFERENCE}/sforce_api_objects_event.htm`,
    fields: ['AccountId', 'ActivityDate', 'WhatId']
  },
  // Opportunity: revenue (won), purchase history and weighted pipeline (open) per account.
  Opportunity: {
    reference: `${OBJECT_REFERENCE}/sforce_api_objects_opportunity.htm`,
    fields: ['AccountId', 'Amount', 'CloseDate', 'ExpectedRevenue', 'IsClosed', 'IsWon'],
    relationships: { Account: 'Account' }
  },
  // Order: revenue when the revenue source is `order` (activated orders).
  Order: {
    reference: `${OBJECT_REFERENCE}/sforce_api_objects_order.htm`,
    fields: ['AccountId', 'EffectiveDate', 'StatusCode', 'TotalAmount'],
    relationships: { Account: 'Account' }
  },
  // PermissionSet, PermissionSetAssignment, Profile: the Apex tests create users with and without the Customer Value
  // permission sets (CvpTestData).
  PermissionSet: { reference: `${OBJECT_REFERENCE}/sforce_api_objects_permissionset.htm`, fields: ['Name'] },
  PermissionSetAssignment: {
    reference: `${OBJECT_REFERENCE}/sforce_api_objects_permissionsetassignment.htm`,
    fields: []
  },
  Profile: { reference: `${OBJECT_REFERENCE}/sforce_api_objects_profile.htm`, fields: ['Name'] },
  // Task: the last contact with an account (ActivitySelector); the tasks of a separation plan, a retention play or a
  // survey request are related to it (WhatId) and assigned to the account team (OwnerId).
  Task: {
    reference: `${OBJECT_REFERENCE}/sforce_api_objects_task.htm`,
    fields: ['AccountId', 'ActivityDate', 'OwnerId', 'WhatId']
  },
  // User: the generated engine tests run as the current user (System.runAs); alerts escalate to the owner's manager;
  // the panel names who overrode a tier (Tier_Overridden_By__r.Name); a team retention objective covers the users of
  // its department.
  User: { reference: `${OBJECT_REFERENCE}/sforce_api_objects_user.htm`, fields: ['Department', 'ManagerId', 'Name'] }
};
