import { lineAt } from '../shared/files';
import type { Finding } from '../shared/finding';
import type { Project } from './project';

export const RULE_REPORT_TYPE = 'report-type';
export const RULE_REPORT_FIELD = 'report-field';
export const RULE_REPORT_FOLDER = 'report-folder';
export const RULE_DASHBOARD_REPORT = 'dashboard-report';
export const RULE_DASHBOARD_CHART = 'dashboard-chart';

/** Dashboard components that draw a chart: their report needs a grouping (summary or matrix). */
const CHART_COMPONENTS = new Set([
  'Bar',
  'BarGrouped',
  'BarStacked',
  'BarStacked100',
  'Column',
  'ColumnGrouped',
  'ColumnStacked',
  'ColumnStacked100',
  'Donut',
  'Funnel',
  'Line',
  'LineGrouped',
  'LineCumulative',
  'LineGroupedCumulative',
  'Pie',
  'Scatter',
  'ScatterGrouped'
]);

/** Report elements whose value names a report-type column (`Table$Field`). */
const FIELD_ELEMENTS = ['field', 'column', 'sortColumn', 'dateColumn'];

interface ReportTypeInfo {
  path: string;
  /** `table$field`, lower case (Salesforce names are case-insensitive). */
  columns: Set<string>;
}

interface ReportInfo {
  path: string;
  text: string;
  grouped: boolean;
}

/** Each custom report type of the project by its name (`Accounts_with_Value_Snapshots`), lower case. */
function readReportTypes(project: Project): Map<string, ReportTypeInfo> {
  const types = new Map<string, ReportTypeInfo>();
  for (const path of project.deployableFiles) {
    const name = /\/reportTypes\/([^/]+)\.reportType-meta\.xml$/.exec(path)?.[1];
    if (name === undefined) continue;
    const columns = new Set<string>();
    for (const block of project.read(path).matchAll(/<columns>([\s\S]*?)<\/columns>/g)) {
      const field = /<field>\s*([^<]*?)\s*<\/field>/.exec(block[1])?.[1];
      const table = /<table>\s*([^<]*?)\s*<\/table>/.exec(block[1])?.[1];
      if (field !== undefined && table !== undefined) columns.add(`${table}$${field}`.toLowerCase());
    }
    types.set(name.toLowerCase(), { path, columns });
  }
  return types;
}

function folderFile(project: Project, kind: 'reports' | 'dashboards', folder: string): boolean {
  const suffix = kind === 'reports' ? 'reportFolder' : 'dashboardFolder';
  return project.allFiles.some((file) => file.endsWith(`/${kind}/${folder}.${suffix}-meta.xml`));
}

function checkReport(project: Project, path: string, text: string, types: Map<string, ReportTypeInfo>): Finding[] {
  const findings: Finding[] = [];
  const at = (index: number, rule: string, message: string): void => {
    findings.push({ path, line: lineAt(text, index), rule, message });
  };
  const typeMatch = /<reportType>\s*([^<]*?)\s*<\/reportType>/.exec(text);
  if (typeMatch === null) {
    findings.push({ path, rule: RULE_REPORT_TYPE, message: 'the report names no <reportType>' });
    return findings;
  }
  const typeName = typeMatch[1];
  if (!typeName.endsWith('__c')) {
    at(
      typeMatch.index,
      RULE_REPORT_TYPE,
      `report type ${typeName} is not a custom report type (Name__c): only this project's report types can be checked`
    );
    return findings;
  }
  const type = types.get(typeName.slice(0, -3).toLowerCase());
  if (type === undefined) {
    at(
      typeMatch.index,
      RULE_REPORT_TYPE,
      `report type ${typeName} does not exist (no reportTypes/${typeName.slice(0, -3)}.reportType-meta.xml)`
    );
    return findings;
  }
  const elements = FIELD_ELEMENTS.join('|');
  for (const match of text.matchAll(new RegExp(`<(${elements})>\\s*([^<]*?)\\s*</(?:${elements})>`, 'g'))) {
    const value = match[2];
    if (!value.includes('$')) {
      at(match.index, RULE_REPORT_FIELD, `<${match[1]}> ${value} is not a report-type column (Table$Field)`);
    } else if (!type.columns.has(value.toLowerCase())) {
      at(
        match.index,
        RULE_REPORT_FIELD,
        `<${match[1]}> ${value} is not a column of report type ${typeName} (${type.path})`
      );
    }
  }
  return findings;
}

/**
 * Reports and dashboards, against what they stand on. Each report (`reports/<Folder>/<Name>.report-meta.xml`) has
 * its folder, names a custom report type of the project, and every column, filter, grouping, sort and time-frame
 * field it uses (`Table$Field`) is a column of that report type. Each dashboard has its folder, every component's
 * report exists, and a chart component's report has a grouping. Salesforce rejects these at deploy time (or deploys
 * a report that fails when opened); this says so before.
 */
export function checkReports(project: Project): Finding[] {
  const types = readReportTypes(project);
  const reports = new Map<string, ReportInfo>();
  const findings: Finding[] = [];
  for (const path of project.deployableFiles) {
    const match = /\/reports\/([^/]+)\/([^/]+)\.report-meta\.xml$/.exec(path);
    if (match === null) continue;
    const text = project.read(path);
    reports.set(`${match[1]}/${match[2]}`.toLowerCase(), {
      path,
      text,
      grouped: /<groupings(Down|Across)>/.test(text)
    });
    if (!folderFile(project, 'reports', match[1])) {
      findings.push({
        path,
        rule: RULE_REPORT_FOLDER,
        message: `report folder ${match[1]} has no reports/${match[1]}.reportFolder-meta.xml`
      });
    }
    findings.push(...checkReport(project, path, text, types));
  }
  for (const path of project.deployableFiles) {
    const match = /\/dashboards\/([^/]+)\/([^/]+)\.dashboard-meta\.xml$/.exec(path);
    if (match === null) continue;
    const text = project.read(path);
    if (!folderFile(project, 'dashboards', match[1])) {
      findings.push({
        path,
        rule: RULE_REPORT_FOLDER,
        message: `dashboard folder ${match[1]} has no dashboards/${match[1]}.dashboardFolder-meta.xml`
      });
    }
    for (const component of text.matchAll(/<components>([\s\S]*?)<\/components>/g)) {
      const reportMatch = /<report>\s*([^<]*?)\s*<\/report>/.exec(component[1]);
      const type = /<componentType>\s*([^<]*?)\s*<\/componentType>/.exec(component[1])?.[1] ?? '';
      const line = lineAt(text, component.index + '<components>'.length + (reportMatch?.index ?? 0));
      if (reportMatch === null) {
        findings.push({ path, line, rule: RULE_DASHBOARD_REPORT, message: `component ${type} names no <report>` });
        continue;
      }
      const report = reports.get(reportMatch[1].toLowerCase());
      if (report === undefined) {
        findings.push({
          path,
          line,
          rule: RULE_DASHBOARD_REPORT,
          message: `report ${reportMatch[1]} does not exist (no reports/${reportMatch[1]}.report-meta.xml)`
        });
      } else if (CHART_COMPONENTS.has(type) && !report.grouped) {
        findings.push({
          path,
          line,
          rule: RULE_DASHBOARD_CHART,
          message: `a ${type} chart needs a grouping: report ${reportMatch[1]} has none (summary or matrix format)`
        });
      }
    }
  }
  return findings;
}
