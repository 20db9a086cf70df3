import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkMetadata, type MetadataCheckOptions } from '../checkMetadata';
import { formatFinding } from '../../shared/finding';
import { VALID_FIXTURE } from './fixtureProject';

const D = 'force-app/main/default';
const XML = '<?xml version="1.0" encoding="UTF-8" ?>';
const NS = 'xmlns="http://soap.sforce.com/2006/04/metadata"';
const CLASS_META = `${XML}<ApexClass ${NS}><apiVersion>66.0</apiVersion><status>Active</status></ApexClass>`;

const OPTIONS: MetadataCheckOptions = {
  standardFields: {
    Account: { reference: 'sforce_api_objects_account.htm', fields: ['Name'] },
    Contact: { reference: 'sforce_api_objects_contact.htm', fields: [], relationships: { Account: 'Account' } }
  },
  standardFieldsPath: 'standardFields.ts',
  convert: false
};

/** Every reader of schema names, fed names that exist (`good`) or not (`bad`). */
function files(good: boolean): Record<string, string> {
  const pick = (valid: string, invalid: string): string => (good ? valid : invalid);
  return {
    [`${D}/layouts/Account-Account Layout.layout-meta.xml`]: `${XML}<Layout ${NS}><layoutSections><layoutColumns>
<layoutItems><field>Name</field></layoutItems>
<layoutItems><field>${pick('Value_Score__c', 'Layout_Ghost__c')}</field></layoutItems>
</layoutColumns></layoutSections></Layout>`,
    [`${D}/objects/Value_Snapshot__c/compactLayouts/Default.compactLayout-meta.xml`]: `${XML}<CompactLayout ${NS}>
<fields>Name</fields>
<fields>${pick('Score__c', 'Compact_Ghost__c')}</fields>
</CompactLayout>`,
    [`${D}/objects/Value_Snapshot__c/listViews/All.listView-meta.xml`]: `${XML}<ListView ${NS}>
<columns>NAME</columns>
<columns>${pick('Score__c', 'List_Ghost__c')}</columns>
</ListView>`,
    [`${D}/objects/Value_Snapshot__c/fieldSets/Summary.fieldSet-meta.xml`]: `${XML}<FieldSet ${NS}><displayedFields>
<field>${pick('Account__r.Name', 'Account__r.Phone')}</field>
</displayedFields></FieldSet>`,
    [`${D}/reportTypes/Accounts_With_Snapshots.reportType-meta.xml`]: `${XML}<ReportType ${NS}>
<baseObject>Account</baseObject>
<sections><columns><field>Value_Score__c</field><table>Account</table></columns>
<columns><field>${pick('Score__c', 'Report_Ghost__c')}</field><table>Account.${pick('Value_Snapshots__r', 'Snapshots__r')}</table></columns></sections>
</ReportType>`,
    [`${D}/flexipages/Account_Record.flexipage-meta.xml`]: `${XML}<FlexiPage ${NS}>
<sobjectType>Account</sobjectType>
<fieldItem>Record.${pick('Value_Tier__c', 'Page_Ghost__c')}</fieldItem>
</FlexiPage>`,
    [`${D}/customMetadata/Value_Setting.Other.md-meta.xml`]: `${XML}<CustomMetadata ${NS}><label>Other</label><values>
<field>${pick('Weight__c', 'Record_Ghost__c')}</field>
</values></CustomMetadata>`,
    [`${D}/classes/Readers.cls`]: `public with sharing class Readers {
  public static Object read(Value_Snapshot__c snapshot, Set<Id> ids) {
    List<Account> a = [SELECT Id FROM Account WHERE Id IN (SELECT Account__c FROM ${pick('Value_Snapshot__c', 'Ghost_Object__c')}) WITH USER_MODE];
    List<AggregateResult> b = [SELECT Account__c, SUM(Score__c) total FROM Value_Snapshot__c GROUP BY ${pick('Account__c', 'Group_Ghost__c')}];
    List<Value_Setting__mdt> c = [SELECT DeveloperName, ${pick('Weight__c', 'MasterLabelx')} FROM Value_Setting__mdt];
    Object d = snapshot.get('${pick('Score__c', 'String_Ghost__c')}');
    String e = snapshot.${pick('Account__r', 'Owner__r')}.Name;
    Schema.SObjectField f = Schema.SObjectType.Value_Snapshot__c.fields.${pick('Score__c', 'Describe_Ghost__c')}.getSObjectField();
    return Value_Setting__mdt.getAll();
  }
}
`,
    [`${D}/classes/Readers.cls-meta.xml`]: CLASS_META,
    [`${D}/lwc/contactCard/contactCard.js`]: `import ACCOUNT_NAME from '@salesforce/schema/Contact.${pick('Account', 'Company')}.Name';
export default class ContactCard { field = ACCOUNT_NAME; }
`,
    [`${D}/lwc/contactCard/contactCard.js-meta.xml`]: `${XML}<LightningComponentBundle ${NS}><apiVersion>66.0</apiVersion></LightningComponentBundle>`,
    [`${D}/staticresources/logo.png`]: 'png',
    [`${D}/staticresources/logo.resource-meta.xml`]: `${XML}<StaticResource ${NS}><cacheControl>Public</cacheControl></StaticResource>`
  };
}

async function check(extraFiles: Record<string, string>, options = OPTIONS): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'cvp-references-'));
  try {
    cpSync(VALID_FIXTURE, root, { recursive: true });
    for (const [path, text] of Object.entries(extraFiles)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return (await checkMetadata(root, options)).map(formatFinding);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('schema references in every kind of source', () => {
  it('resolves layouts, compact layouts, list views, field sets, report types, flexipages, records, Apex and LWC', async () => {
    expect(await check(files(true))).toEqual([]);
  });

  it('reports each unknown name with the reader that found it', async () => {
    expect(await check(files(false))).toEqual([
      `${D}/classes/Readers.cls:3 — reference — SOQL: custom object Ghost_Object__c is not defined in force-app`,
      `${D}/classes/Readers.cls:4 — reference — SOQL: field Value_Snapshot__c.Group_Ghost__c is not defined in force-app`,
      `${D}/classes/Readers.cls:5 — reference — SOQL: field Value_Setting__mdt.MasterLabelx is neither defined in force-app nor a system field`,
      `${D}/classes/Readers.cls:6 — reference — Apex string: String_Ghost__c is not defined on any object in force-app`,
      `${D}/classes/Readers.cls:7 — reference — Apex: Owner__r.Name is not defined on any object in force-app`,
      `${D}/classes/Readers.cls:8 — reference — Apex: field Value_Snapshot__c.Describe_Ghost__c is not defined in force-app`,
      `${D}/customMetadata/Value_Setting.Other.md-meta.xml:2 — reference — custom metadata record: field Value_Setting__mdt.Record_Ghost__c is not defined in force-app`,
      `${D}/flexipages/Account_Record.flexipage-meta.xml:3 — reference — metadata: field Account.Page_Ghost__c is not defined in force-app`,
      `${D}/layouts/Account-Account Layout.layout-meta.xml:3 — reference — layout: field Account.Layout_Ghost__c is not defined in force-app`,
      `${D}/lwc/contactCard/contactCard.js:1 — standard-field — LWC schema import: standard relationship Contact.Company is not in standardFields.ts`,
      `${D}/objects/Value_Snapshot__c/compactLayouts/Default.compactLayout-meta.xml:3 — reference — compact layout: field Value_Snapshot__c.Compact_Ghost__c is not defined in force-app`,
      `${D}/objects/Value_Snapshot__c/fieldSets/Summary.fieldSet-meta.xml:2 — standard-field — field set: standard field Account.Phone is not in standardFields.ts`,
      `${D}/objects/Value_Snapshot__c/listViews/All.listView-meta.xml:3 — reference — list view: field Value_Snapshot__c.List_Ghost__c is not defined in force-app`,
      `${D}/reportTypes/Accounts_With_Snapshots.reportType-meta.xml:4 — reference — report type: child relationship Account.Snapshots__r is not defined by any lookup in force-app`,
      'standardFields.ts — standard-field-unused — Contact.Account is listed but no source uses it: remove it to keep the list minimal'
    ]);
  });

  it('reports files without companions: static resources and LWC bundles', async () => {
    expect(
      await check(
        {
          [`${D}/staticresources/chart.js`]: 'chart',
          [`${D}/staticresources/gone.resource-meta.xml`]: `${XML}<StaticResource ${NS}/>`,
          [`${D}/lwc/noMeta/noMeta.js`]: 'export default class NoMeta {}',
          [`${D}/lwc/noSource/noSource.js-meta.xml`]: `${XML}<LightningComponentBundle ${NS}/>`,
          [`${D}/classes/Lonely.cls-meta.xml`]: CLASS_META
        },
        { ...OPTIONS, standardFields: { Account: OPTIONS.standardFields.Account } }
      )
    ).toEqual([
      `${D}/classes/Lonely.cls-meta.xml — meta-companion — no Lonely.cls beside this -meta.xml`,
      `${D}/lwc/noMeta — meta-companion — LWC bundle without noMeta.js-meta.xml`,
      `${D}/lwc/noSource/noSource.js-meta.xml — meta-companion — LWC bundle without noSource.js (or noSource.ts compiled to it)`,
      `${D}/staticresources/chart — meta-companion — static resource without .resource-meta.xml`,
      `${D}/staticresources/gone.resource-meta.xml — meta-companion — static resource -meta.xml without its file or folder`
    ]);
  });
});
