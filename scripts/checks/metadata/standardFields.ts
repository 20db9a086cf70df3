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
  // industry, country and size (the same dimensions as the target positioning).
  Account: {
    reference: `${OBJECT_REFERENCE}/sforce_api_objects_account.htm`,
    fields: ['BillingCountry', 'Industry', 'Name', 'NumberOfEmployees']
  },
  // User: the generated engine tests run as the current user (System.runAs), by Id only.
  User: { reference: `${OBJECT_REFERENCE}/sforce_api_objects_user.htm`, fields: [] }
};
