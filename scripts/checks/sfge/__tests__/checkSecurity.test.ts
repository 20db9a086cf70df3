import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BATCH_ENTRY_POINTS,
  checkSecurity,
  classesLeftOut,
  DEFAULT_OPTIONS,
  codeOnly,
  isTestClass,
  LEFT_OUT,
  RULE_INTERNAL_ERROR,
  RULE_NOT_PURE,
  RULE_TIMEOUT,
  toFindings
} from '../checkSecurity';
import { entryPointsFrom } from '../graphEngine';
import type { Finding } from '../../shared/finding';

const BROKEN = join(__dirname, 'fixtures', 'broken');
const CLASSES = 'force-app/main/default/classes';

describe('apex security check (Graph Engine)', () => {
  // One Graph Engine run over every broken fixture (~25 s, 0.6 GB); UserModeAccess.cls is correct Apex beside them.
  describe('broken fixtures', () => {
    let result: ReturnType<typeof checkSecurity>;
    let findings: Finding[] = [];
    beforeAll(() => {
      result = checkSecurity(BROKEN, DEFAULT_OPTIONS, LEFT_OUT, { SnapshotBatch: ['start', 'execute'] });
      findings = result.findings;
    }, 300_000);
    const rulesIn = (file: string): string[] =>
      findings
        .filter((finding) => finding.path === `${CLASSES}/${file}`)
        .map((finding) => `${finding.line}:${finding.rule}`);

    it('reports a system-mode insert reached from an @AuraEnabled method', () => {
      expect(rulesIn('SystemModeDml.cls')).toEqual(['7:ApexFlsViolation']);
      expect(findings.find((finding) => finding.path.endsWith('SystemModeDml.cls'))?.message).toContain(
        '[INSERT] operation on [Value_Snapshot__c] with field(s) [Score__c]'
      );
    });

    it('reports a dynamic query without an access level', () => {
      expect(rulesIn('QueryWithoutAccessLevel.cls')).toEqual(['6:ApexFlsViolation']);
      expect(findings.find((finding) => finding.path.endsWith('QueryWithoutAccessLevel.cls'))?.message).toContain(
        'entry point QueryWithoutAccessLevel.scores'
      );
    });

    it('reports DML in a class without sharing', () => {
      expect(rulesIn('WithoutSharingDml.cls')).toEqual(['6:DatabaseOperationsMustUseWithSharing']);
    });

    it('reports nothing on user-mode DML and queries, and leaves test classes out of the targets', () => {
      expect(rulesIn('UserModeAccess.cls')).toEqual([]);
      expect(rulesIn('UserModeAccessTest.cls')).toEqual([]);
      expect(result.files).toBe(5);
      expect(result.entryPoints).toBe(7);
    });

    it('analyses the listed batch methods as entry points, and only those', () => {
      // execute (listed) deletes in system mode: reported; finish (not listed) inserts in system mode: not reached.
      expect(rulesIn('SnapshotBatch.cls')).toEqual(['7:ApexFlsViolation']);
      expect(findings.find((finding) => finding.path.endsWith('SnapshotBatch.cls'))?.message).toContain(
        'entry point SnapshotBatch.execute'
      );
    });

    it('reports generated Apex that reads data, since its exclusion rests on its purity', () => {
      expect(rulesIn('generated/CVP_Impure.cls')).toEqual(['5:sfge-left-out-not-pure']);
    });
  });

  it('leaves out the listed pure classes and reports one that writes data', () => {
    const classes = ['UserModeAccess', 'SystemModeDml', 'QueryWithoutAccessLevel'].map((name) =>
      join(BROKEN, CLASSES, `${name}.cls`)
    );
    const { files, findings } = classesLeftOut(BROKEN, classes, {
      UserModeAccess: 'said to be pure',
      QueryWithoutAccessLevel: 'said to be pure'
    });
    expect(files).toEqual([classes[0], classes[2]]);
    expect(findings.map((finding) => `${finding.path}:${finding.line}:${finding.rule}`)).toEqual([
      `${CLASSES}/UserModeAccess.cls:7:${RULE_NOT_PURE}`,
      `${CLASSES}/QueryWithoutAccessLevel.cls:6:${RULE_NOT_PURE}`
    ]);
    expect(findings[0].message).toContain('(said to be pure)');
  });

  it('lists batch entry points of classes and methods that exist in this project', () => {
    const root = join(__dirname, '..', '..', '..', '..');
    for (const [name, methods] of Object.entries(BATCH_ENTRY_POINTS)) {
      const text = readFileSync(join(root, CLASSES, `${name}.cls`), 'utf8');
      for (const method of methods)
        expect(`${name}.${method}: ${String(new RegExp(`\\b${method}\\s*\\(`).test(text))}`).toBe(
          `${name}.${method}: true`
        );
    }
  });

  it('lists only pure classes of this project as left out', () => {
    const root = join(__dirname, '..', '..', '..', '..');
    const classes = Object.keys(LEFT_OUT).map((name) => join(root, CLASSES, `${name}.cls`));
    expect(classesLeftOut(root, classes, LEFT_OUT)).toEqual({ files: classes, findings: [] });
  });

  it('succeeds on a project without hand-written Apex, without starting Java', () => {
    const root = mkdtempSync(join(tmpdir(), 'cvp-no-apex-'));
    try {
      expect(checkSecurity(root)).toEqual({ files: 0, entryPoints: 0, findings: [] });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('turns an entry point that timed out into a finding, not a pass', () => {
    // The record Graph Engine writes when SFGE_RULE_THREAD_TIMEOUT runs out (captured from a run with a 1 ms time-out).
    const timedOut = {
      ruleName: 'InternalExecutionError',
      message: 'Path evaluation timed out after 180000 ms',
      sourceFileName: '/p/force-app/main/default/classes/ScoringBatch.cls',
      sourceLineNumber: 12,
      sourceType: 'ScoringBatch',
      sourceVertexName: 'execute'
    };
    const other = { ...timedOut, message: 'Unable to resolve method' };
    expect(toFindings('/p', [timedOut, other])).toEqual([
      {
        path: 'force-app/main/default/classes/ScoringBatch.cls',
        line: 12,
        rule: RULE_TIMEOUT,
        message:
          'entry point ScoringBatch.execute was not analysed to the end (Path evaluation timed out after 180000 ms): ' +
          'split the method or raise the time-out — an unfinished analysis is not a pass'
      },
      {
        path: 'force-app/main/default/classes/ScoringBatch.cls',
        line: 12,
        rule: RULE_INTERNAL_ERROR,
        message: 'entry point ScoringBatch.execute: Unable to resolve method'
      }
    ]);
  });

  it('reads the entry-point count from the progress messages', () => {
    const stdout =
      'SFCA-REALTIME-START[{"messageKey":"progress_sfgePathEntryPointsIdentified","args":["7"],' +
      '"internalLog":"Path entry points identified","progressPercent":30}]SFCA-REALTIME-END';
    expect(entryPointsFrom(stdout)).toBe(7);
    expect(entryPointsFrom('no progress')).toBeUndefined();
  });

  it('recognises test classes by their annotation, not by a comment or a name', () => {
    expect(isTestClass('@IsTest\nprivate class ATest {}')).toBe(true);
    expect(isTestClass('@isTest(SeeAllData=false) public class B {}')).toBe(true);
    expect(isTestClass('// @IsTest once\npublic with sharing class C { @IsTest static void t() {} }')).toBe(false);
    expect(codeOnly("x = '@IsTest'; // c")).toBe('x =          ;     ');
  });
});
