/** `npm run check:tests`: each rule on a broken fixture, and the valid forms it must leave alone. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkApexTestClass } from '../apexTests';
import { checkTests } from '../checkTests';
import { checkJestTestFile } from '../jestTests';

const apexClass = (body: string): string => `@IsTest
private class FixtureTest {
  @IsTest
  static void checksSomething() {
    Integer total = CVP_Numbers.add(1, 1);
    ${body}
  }
}
`;
const apex = (body: string): string[] =>
  checkApexTestClass('FixtureTest.cls', apexClass(body)).map((f) => `${f.line ?? 0} ${f.rule}`);
const jestRules = (source: string): string[] =>
  checkJestTestFile('fixture.test.ts', source).map((f) => `${f.line ?? 0} ${f.rule}`);

describe('Apex test classes', () => {
  it('flag an assertion of a constant, in any case and through System.assert', () => {
    expect(apex("Assert.isTrue(true, 'addToSketch ran');")).toEqual(['6 constant-assertion']);
    expect(apex("assert.ISFALSE(!true, 'negated');")).toEqual(['6 constant-assertion']);
    expect(apex("System.assert(1 == 1, 'arithmetic');")).toEqual(['6 constant-assertion']);
    expect(apex("Assert.isNull(null, 'nothing');")).toEqual(['6 constant-assertion']);
  });

  it('flag a comparison of two constants', () => {
    expect(apex("Assert.areEqual(1, 1, 'one');")).toEqual(['6 constant-assertion']);
    expect(apex("System.assertEquals('a', 'a');")).toEqual(['6 constant-assertion']);
  });

  it('flag a comparison of a value with itself', () => {
    expect(apex("Assert.areEqual(total, total, 'same');")).toEqual(['6 self-comparison']);
    expect(apex("Assert.areNotEqual(result.score, result.score, 'same');")).toEqual(['6 self-comparison']);
  });

  it('leave real assertions, calls that may differ, comments and strings alone', () => {
    expect(apex("Assert.areEqual(2, total, 'one plus one');")).toEqual([]);
    expect(apex("Assert.isTrue(total > 1, 'positive');")).toEqual([]);
    expect(apex("Assert.areEqual(Crypto.getRandomLong(), Crypto.getRandomLong(), 'differ');")).toEqual([]);
    expect(apex("// Assert.isTrue(true, 'commented out');\n String s = 'Assert.isTrue(true)';")).toEqual([]);
    expect(apex("Assert.fail('not reached');")).toEqual([]);
  });

  it('report a class that does not parse instead of passing it', () => {
    expect(checkApexTestClass('Broken.cls', '@IsTest private class Broken {').map((f) => f.rule)).toEqual([
      'parse-error'
    ]);
  });
});

describe('jest tests', () => {
  it('flag expect() of a constant, whatever the matcher', () => {
    expect(jestRules("it('a', () => {\n  expect(true).toBe(true);\n});")).toEqual(['2 constant-assertion']);
    expect(jestRules("it('a', () => {\n  expect(1).toBeGreaterThan(0);\n});")).toEqual(['2 constant-assertion']);
    expect(jestRules("it('a', () => {\n  expect([1, -2]).not.toEqual([]);\n});")).toEqual(['2 constant-assertion']);
    expect(jestRules("it('a', () => {\n  expect({ a: 'x' }).toBeDefined();\n});")).toEqual(['2 constant-assertion']);
  });

  it('flag a comparison of a value with itself', () => {
    expect(jestRules("it('a', () => {\n  expect(x).toBe(x);\n});")).toEqual(['2 self-comparison']);
    expect(jestRules("it('a', () => {\n  expect(r.score).toEqual(r.score);\n});")).toEqual(['2 self-comparison']);
  });

  it('flag skipped tests', () => {
    expect(jestRules("it.skip('a', () => {\n  expect(f()).toBe(1);\n});")).toEqual(['1 skipped-test']);
    expect(jestRules("describe.skip('a', () => {});\nxit('b', () => {});")).toEqual([
      '1 skipped-test',
      '2 skipped-test'
    ]);
    expect(jestRules("test.todo('later');\nxdescribe('c', () => {});")).toEqual(['1 skipped-test', '2 skipped-test']);
    expect(jestRules("(ready ? describe : describe.skip)('d', () => {});")).toEqual(['1 skipped-test']);
    expect(jestRules("it.skip.each([1])('e %d', () => {});")).toEqual(['1 skipped-test']);
  });

  it('flag focused tests', () => {
    expect(jestRules("it.only('a', () => {});\ndescribe.only('b', () => {});")).toEqual([
      '1 focused-test',
      '2 focused-test'
    ]);
    expect(jestRules("fit('a', () => {});\nfdescribe(`b`, () => {});\ntest.only('c', () => {});")).toEqual([
      '1 focused-test',
      '2 focused-test',
      '3 focused-test'
    ]);
  });

  it('leave real assertions, repeated calls and look-alike helpers alone', () => {
    const valid = [
      "it('a', () => {",
      '  expect(score(facts)).toBe(42);',
      '  expect(run(seed)).toEqual(run(seed));',
      '  expect(x).toBe(y);',
      '  const model = fit(data, options);',
      '  expect(/a/.test(name)).toBe(true);',
      "  expect(only.skip).toBe('x');",
      '});',
      "describe.each([1, 2])('b %d', (n) => {",
      "  test('c', () => expect(n).toBeGreaterThan(0));",
      '});'
    ].join('\n');
    expect(jestRules(valid)).toEqual([]);
  });
});

describe('the project scan', () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cvp-check-tests-'));
    const write = (file: string, content: string): void => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), content);
    };
    write('force-app/main/default/classes/generated/CVP_PortfolioTest.cls', apexClass("Assert.isTrue(true, 'ran');"));
    write(
      'force-app/main/default/classes/Service.cls',
      "public class Service { void f() { Assert.isTrue(true, 'x'); } }"
    );
    write('force-app/main/default/lwc/badge/__tests__/badge.test.ts', "it.only('a', () => {});");
    write('scripts/models/__tests__/fit.test.ts', "it('a', () => {\n  expect(1).toBe(1);\n});");
    write('scripts/checks/tests/__tests__/fixtures/broken.test.ts', "it.skip('fixture', () => {});");
    write('scripts/models/fit.ts', "export const skipped = 'it.skip';");
  });
  afterAll(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('checks generated and hand-written Apex test classes and jest tests, not other classes or fixture folders', () => {
    const result = checkTests(root);
    expect(result.findings.map((f) => `${f.path}:${f.line ?? 0} ${f.rule}`)).toEqual([
      'force-app/main/default/classes/generated/CVP_PortfolioTest.cls:6 constant-assertion',
      'force-app/main/default/lwc/badge/__tests__/badge.test.ts:1 focused-test',
      'scripts/models/__tests__/fit.test.ts:2 constant-assertion'
    ]);
    expect(result.apexTestClasses).toBe(1);
    expect(result.jestFiles).toBe(2);
  });
});
