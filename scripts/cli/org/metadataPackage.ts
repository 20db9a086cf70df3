/**
 * The Metadata API deploy package of a parameter push: package.xml, one `customMetadata/Model_Parameter.<Name>.md`
 * per record to write (the same XML as the project's source records), and destructiveChanges.xml for the records a
 * replaced model no longer has.
 */
import type { ParameterChange, ParameterRecord } from './modelParameterRecords';
import { zipFiles } from './zip';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function value(field: string, content: string | number | undefined): string {
  if (content === undefined)
    return `  <values>\n    <field>${field}</field>\n    <value xsi:nil="true" />\n  </values>`;
  const type = typeof content === 'number' ? 'xsd:double' : 'xsd:string';
  const text = typeof content === 'number' ? String(content) : escapeXml(content);
  return `  <values>\n    <field>${field}</field>\n    <value xsi:type="${type}">${text}</value>\n  </values>`;
}

export function recordXml(record: ParameterRecord, label: string, source: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">',
    `  <label>${escapeXml(label)}</label>`,
    '  <protected>false</protected>',
    value('Mean__c', record.mean),
    value('Model__c', record.model),
    value('Parameter__c', record.parameter),
    value('Source__c', source.slice(0, 255)),
    value('Standard_Deviation__c', record.standardDeviation),
    value('Value__c', record.value),
    '</CustomMetadata>',
    ''
  ].join('\n');
}

function packageXml(members: string[], apiVersion: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Package xmlns="http://soap.sforce.com/2006/04/metadata">',
    ...(members.length === 0
      ? []
      : [
          '  <types>',
          ...members.map((m) => `    <members>${m}</members>`),
          '    <name>CustomMetadata</name>',
          '  </types>'
        ]),
    `  <version>${apiVersion}</version>`,
    '</Package>',
    ''
  ].join('\n');
}

/** The zip to deploy for `changes` (unchanged records are left out). */
export function parameterPackage(changes: ParameterChange[], source: string, apiVersion: string): Buffer {
  const files = new Map<string, string>();
  const writes = changes.filter((c) => c.kind === 'added' || c.kind === 'changed');
  const removals = changes.filter((c) => c.kind === 'removed');
  files.set(
    'package.xml',
    packageXml(
      writes.map((c) => `Model_Parameter.${c.developerName}`),
      apiVersion
    )
  );
  for (const change of writes) {
    if (change.after === undefined) continue;
    const label = change.developerName.replace(/_/g, ' ').slice(0, 40);
    files.set(`customMetadata/Model_Parameter.${change.developerName}.md`, recordXml(change.after, label, source));
  }
  if (removals.length > 0) {
    files.set(
      'destructiveChanges.xml',
      packageXml(
        removals.map((c) => `Model_Parameter.${c.developerName}`),
        apiVersion
      )
    );
  }
  return zipFiles(files);
}
