import { checkMetadata, type MetadataCheckOptions } from '../checkMetadata';
import type { Finding } from '../../shared/finding';
import { formatFinding } from '../../shared/finding';
import { brokenProject, VALID_FIXTURE } from './fixtureProject';

/** The fixture's own minimal list: Account.Name is what its SOQL and LWC use. */
const OPTIONS: MetadataCheckOptions = {
  standardFields: { Account: { reference: 'sforce_api_objects_account.htm', fields: ['Name'] } },
  standardFieldsPath: 'standardFields.ts',
  convert: false
};

const DEFAULT_CLASS = 'force-app/main/default/classes';

async function findingsOf(name: string, options: Partial<MetadataCheckOptions> = {}): Promise<Finding[]> {
  const project = brokenProject(name);
  try {
    return await checkMetadata(project.root, { ...OPTIONS, ...options });
  } finally {
    project.dispose();
  }
}

describe('metadata check', () => {
  it('passes the minimal valid project, conversion included', async () => {
    const findings = await checkMetadata(VALID_FIXTURE, { ...OPTIONS, convert: true });
    expect(findings.map(formatFinding)).toEqual([]);
  });

  it('reports malformed XML with its file and line', async () => {
    expect(await findingsOf('malformed-xml')).toContainEqual(
      expect.objectContaining({
        path: 'force-app/main/default/labels/CustomLabels.labels-meta.xml',
        line: 9,
        rule: 'xml-well-formed'
      })
    );
  });

  it('reports a component SDR cannot read (two labels merged into one element) instead of crashing', async () => {
    const findings = await findingsOf('labels-merged', { convert: true });
    const conversion = findings.filter((finding) => finding.rule === 'conversion');
    expect(conversion).toHaveLength(1);
    expect(conversion[0].message).toMatch(
      /^SDR cannot convert the source: Missing fullName on CustomLabel in .*CustomLabels\.labels-meta\.xml/
    );
  });

  it('reports a class without its -meta.xml, which SDR silently drops', async () => {
    const findings = await findingsOf('class-without-meta', { convert: true });
    expect(findings).toContainEqual(
      expect.objectContaining({ path: `${DEFAULT_CLASS}/Orphan.cls`, rule: 'meta-companion' })
    );
    expect(findings).toContainEqual(
      expect.objectContaining({ path: `${DEFAULT_CLASS}/Orphan.cls`, rule: 'conversion' })
    );
  });

  it('reports an apiVersion that differs from sourceApiVersion', async () => {
    expect(await findingsOf('wrong-api-version')).toEqual([
      expect.objectContaining({
        path: `${DEFAULT_CLASS}/ValueSnapshotSelector.cls-meta.xml`,
        line: 3,
        rule: 'api-version',
        message: 'apiVersion 62.0 differs from sourceApiVersion 66.0 (sfdx-project.json)'
      })
    ]);
  });

  it('reports fields that do not exist, wherever they are named', async () => {
    const findings = (await findingsOf('unknown-fields')).filter((finding) => finding.rule === 'reference');
    expect(findings.map(formatFinding)).toEqual([
      `${DEFAULT_CLASS}/GhostReader.cls:3 — reference — SOQL: field Account.Ghost_Score__c is not defined in force-app`,
      `${DEFAULT_CLASS}/GhostReader.cls:6 — reference — dynamic SOQL: field Value_Snapshot__c.Phantom__c is not defined in force-app`,
      `${DEFAULT_CLASS}/GhostReader.cls:9 — reference — Apex: field Account.Missing_Token__c is not defined in force-app`,
      'force-app/main/default/lwc/scoreBadge/scoreBadge.js:2 — reference — LWC schema import: field Account.Ghost_Import__c is not defined in force-app',
      'force-app/main/default/permissionsets/Ghost_Access.permissionset-meta.xml:5 — reference — permission set: field Account.Ghost_Permission__c is not defined in force-app'
    ]);
  });

  it('reports misspelled names in select lists, relationship paths, FROM and aggregate aliases of hand-written SOQL', async () => {
    const findings = await findingsOf('soql-paths', {
      standardFields: {
        Account: { reference: 'sforce_api_objects_account.htm', fields: ['Name'], relationships: { Owner: 'User' } },
        User: { reference: 'sforce_api_objects_user.htm', fields: ['ManagerId'] }
      }
    });
    expect(findings.map(formatFinding)).toEqual([
      `${DEFAULT_CLASS}/SoqlPaths.cls:4 — standard-field — SOQL: standard field Account.Nme is not in standardFields.ts`,
      `${DEFAULT_CLASS}/SoqlPaths.cls:4 — standard-field — SOQL: standard field User.ManagrId is not in standardFields.ts`,
      `${DEFAULT_CLASS}/SoqlPaths.cls:7 — reference — SOQL: field Account.Value_Scor__c is not defined in force-app`,
      `${DEFAULT_CLASS}/SoqlPaths.cls:17 — soql-alias — row.get('totl'): no aggregate query of this class selects that alias or field (it has: accountid, expr0, total)`,
      `${DEFAULT_CLASS}/SoqlPaths.cls:22 — reference — SOQL: custom object Value_Snapshots__c is not defined in force-app`
    ]);
  });

  it('reports a standard field missing from the list, and a listed one nobody uses', async () => {
    const findings = await findingsOf('standard-field-not-listed', {
      standardFields: { Account: { reference: 'sforce_api_objects_account.htm', fields: ['Name', 'Phone'] } }
    });
    expect(findings.map(formatFinding)).toEqual([
      `${DEFAULT_CLASS}/RevenueReader.cls:3 — standard-field — SOQL: standard field Account.AnnualRevenue is not in standardFields.ts`,
      'standardFields.ts — standard-field-unused — Account.Phone is listed but no source uses it: remove it to keep the list minimal'
    ]);
  });

  it('reports a custom field no permission set can read', async () => {
    expect(await findingsOf('field-without-permission')).toEqual([
      expect.objectContaining({
        path: 'force-app/main/default/objects/Account/fields/Churn_Risk__c.field-meta.xml',
        rule: 'permission',
        message: 'field Account.Churn_Risk__c is readable in no permission set (fieldPermissions)'
      })
    ]);
  });

  it('reports a custom object nobody can read and without a French label', async () => {
    expect((await findingsOf('object-without-access-or-french')).map(formatFinding)).toEqual([
      'force-app/main/default/objects/Churn_Alert__c/Churn_Alert__c.object-meta.xml — permission — custom object Churn_Alert__c has no objectPermissions with allowRead in any permission set',
      'force-app/main/default/objects/Churn_Alert__c/Churn_Alert__c.object-meta.xml — translation-fr — object Churn_Alert__c has no French label (force-app/main/default/objectTranslations/Churn_Alert__c-fr/Churn_Alert__c-fr.objectTranslation-meta.xml caseValues)'
    ]);
  });

  it('reports a custom label without French', async () => {
    expect(await findingsOf('label-without-french')).toEqual([
      expect.objectContaining({
        path: 'force-app/main/default/labels/CustomLabels.labels-meta.xml',
        line: 12,
        rule: 'translation-fr',
        message: 'custom label Value_Panel_Empty has no French entry in translations/fr.translation-meta.xml'
      })
    ]);
  });

  it('reports a field without a French label and an untranslated picklist value', async () => {
    const messages = (await findingsOf('field-without-french')).map((finding) => `${finding.rule}: ${finding.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^translation-fr: field Account\.Value_Score__c has no French label/),
      'translation-fr: picklist value Silver of Account.Value_Tier__c has no French translation'
    ]);
  });

  it('reports a file SDR would silently leave out of the deployment', async () => {
    expect(await findingsOf('dropped-by-sdr', { convert: true })).toEqual([
      expect.objectContaining({ path: 'force-app/main/default/notes/readme.txt', rule: 'conversion' })
    ]);
  });
  it('reports a Lightning page component that does not exist, is not exposed, or is limited to another object', async () => {
    const page = 'force-app/main/default/flexipages/Fixture_Page.flexipage-meta.xml';
    const findings = (await findingsOf('flexipage-components')).filter((f) => f.rule === 'flexipage-component');
    expect(findings.map((f) => `${f.path}:${f.line ?? 0} ${f.message}`)).toEqual([
      `${page}:6 component c:valueBadge does not exist (no lwc/valueBadge/valueBadge.js-meta.xml)`,
      `${page}:12 component c:valuePanel is not exposed (isExposed false in force-app/main/default/lwc/valuePanel/valuePanel.js-meta.xml)`,
      `${page}:18 component c:otherObjectCard is limited to Opportunity, not Account (force-app/main/default/lwc/otherObjectCard/otherObjectCard.js-meta.xml)`
    ]);
  });

  it('reports record page actions that do not exist, belong to another object or open a component without the action target, and actions nobody can find or read in French', async () => {
    const page = 'force-app/main/default/flexipages/Fixture_Page.flexipage-meta.xml';
    const hidden = 'force-app/main/default/quickActions/Account.Hidden_Action.quickAction-meta.xml';
    const findings = (await findingsOf('quick-actions')).filter((f) => f.rule === 'quick-action');
    expect(findings.map((f) => `${f.path}:${f.line ?? 0} ${f.message}`)).toEqual([
      `${page}:10 action Account.Plan_Wizard opens c:planWizard, which has no target lightning__RecordAction`,
      `${page}:16 action Account.Ghost_Action does not exist (no quickActions/Account.Ghost_Action.quickAction-meta.xml)`,
      `${page}:19 action Contact.Plan_Wizard belongs to Contact, not to the page's object Account`,
      `${hidden}:1 action Account.Hidden_Action is on no page layout and no Lightning record page (actionNames): no user can find it`,
      `${hidden}:4 action Account.Hidden_Action has no French label (quickActions in objectTranslations/Account-fr/Account-fr.objectTranslation-meta.xml)`
    ]);
  });

  it('accepts a record page component exposed for the page object', async () => {
    expect(await findingsOf('flexipage-exposed-component')).toEqual([]);
  });
  it('accepts a report on its report type and a dashboard on that report, conversion included', async () => {
    expect((await findingsOf('reports-valid', { convert: true })).map(formatFinding)).toEqual([]);
  });

  it('reports report fields outside the report type, unknown report types, missing folders and dashboard reports', async () => {
    const reportRules = new Set([
      'report-type',
      'report-field',
      'report-folder',
      'dashboard-report',
      'dashboard-chart'
    ]);
    const findings = (await findingsOf('reports')).filter((finding) => reportRules.has(finding.rule));
    const reports = 'force-app/main/default/reports';
    const type = 'Value_Accounts__c (force-app/main/default/reportTypes/Value_Accounts.reportType-meta.xml)';
    expect(findings.map(formatFinding)).toEqual([
      'force-app/main/default/dashboards/Value/Board.dashboard-meta.xml:19 — dashboard-report — report Value/Missing does not exist (no reports/Value/Missing.report-meta.xml)',
      'force-app/main/default/dashboards/Value/Board.dashboard-meta.xml:25 — dashboard-chart — a Donut chart needs a grouping: report Value/Flat has none (summary or matrix format)',
      `${reports}/Loose/Orphan.report-meta.xml — report-folder — report folder Loose has no reports/Loose.reportFolder-meta.xml`,
      `${reports}/Value/Broken.report-meta.xml:4 — report-field — <field> Account$Value_Scor__c is not a column of report type ${type}`,
      `${reports}/Value/Broken.report-meta.xml:8 — report-field — <column> Value_Tier__c is not a report-type column (Table$Field)`,
      `${reports}/Value/Broken.report-meta.xml:19 — report-field — <field> Account$Industry is not a column of report type ${type}`,
      `${reports}/Value/Ghost.report-meta.xml:27 — report-type — report type Ghost_Type__c does not exist (no reportTypes/Ghost_Type.reportType-meta.xml)`,
      `${reports}/Value/Standard.report-meta.xml:27 — report-type — report type AccountList is not a custom report type (Name__c): only this project's report types can be checked`
    ]);
  });
});
