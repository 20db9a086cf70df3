import { unjustifiedSuppressions } from '../suppressions';

const lines = (text: string): (number | undefined)[] =>
  unjustifiedSuppressions('Example.cls', text).map((finding) => finding.line);

describe('suppression reasons', () => {
  it('accepts a reason on the same line or on a comment line just above', () => {
    expect(
      lines(
        [
          "@SuppressWarnings('PMD.ApexCRUDViolation') // the selector enforces user mode",
          '// Debug output is how admins follow the batch',
          "@SuppressWarnings('PMD.AvoidDebugStatements')",
          'System.debug(x); // NOPMD: admins read this line in the logs',
          '/* Governor limits are checked by the caller */',
          'insert records; // NOPMD'
        ].join('\n')
      )
    ).toEqual([]);
  });

  it('reports a suppression whose only neighbour is code or an ApexDoc block', () => {
    expect(
      lines(
        [
          'Integer a = 1;',
          "@SuppressWarnings('PMD.AvoidDebugStatements')",
          '/**',
          ' */',
          "@SuppressWarnings('PMD.ApexCRUDViolation') // ok",
          'insert records; // NOPMD -'
        ].join('\n')
      )
    ).toEqual([2, 5, 6]);
  });

  it('ignores suppressions that are not PMD', () => {
    expect(lines("@SuppressWarnings('checkstyle:x')")).toEqual([]);
  });
});
