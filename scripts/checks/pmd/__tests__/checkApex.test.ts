import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkApex } from '../checkApex';
import { formatFinding, type Finding } from '../../shared/finding';

const FIXTURES = join(__dirname, 'fixtures');
const CLASSES = 'force-app/main/default/classes';

describe('apex check (PMD)', () => {
  it('passes clean Apex, with a justified suppression', () => {
    const result = checkApex(join(FIXTURES, 'valid'));
    expect(result.files).toBe(1);
    expect(result.findings.map(formatFinding)).toEqual([]);
  });

  it('succeeds on a project without Apex, without starting Java', () => {
    const root = mkdtempSync(join(tmpdir(), 'cvp-no-apex-'));
    try {
      expect(checkApex(root)).toEqual({ files: 0, findings: [] });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  // One PMD run for every broken fixture: Java starts once (~3 s).
  describe('broken fixtures', () => {
    let findings: Finding[] = [];
    beforeAll(() => {
      findings = checkApex(join(FIXTURES, 'broken')).findings;
    });
    const rulesIn = (file: string): string[] =>
      findings
        .filter((finding) => finding.path === `${CLASSES}/${file}`)
        .map((finding) => `${finding.line}:${finding.rule}`);

    it('reports SOQL injection in dynamic SOQL built by concatenation', () => {
      expect(rulesIn('SoqlInjection.cls')).toContain('3:ApexSOQLInjection');
    });

    it('reports SOQL in a loop', () => {
      expect(rulesIn('SoqlInLoop.cls')).toContain('5:OperationWithLimitsInLoop');
    });

    it('reports DML in a loop', () => {
      expect(rulesIn('DmlInLoop.cls')).toContain('4:OperationWithLimitsInLoop');
    });

    it('reports a class without a sharing declaration', () => {
      expect(rulesIn('NoSharing.cls')).toContain('1:ApexSharingViolations');
    });

    it('reports a Custom Label filled with String.format (the French apostrophes break MessageFormat)', () => {
      expect(rulesIn('LabelStringFormat.cls')).toContain('3:LabelWithStringFormat');
    });

    it('reports a file PMD cannot parse, with the parser message', () => {
      const error = findings.find((finding) => finding.path === `${CLASSES}/SyntaxError.cls`);
      expect(error?.rule).toBe('pmd-processing-error');
      expect(error?.message).toContain('Syntax error at 2:');
    });

    it('reports suppressions without a reason', () => {
      expect(rulesIn('UnexplainedSuppression.cls')).toEqual([
        '2:suppression-without-reason',
        '8:suppression-without-reason'
      ]);
    });
  });
});
