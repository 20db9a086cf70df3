import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DIAGNOSTICS } from '../diagnostics';
import { doubleLiteral, transpile } from '../transpiler';
import { NameScope, constantCase, pascalCase } from '../naming';

const root = path.resolve(__dirname, '../../..');
const fixtureDir = path.join(__dirname, 'fixtures/engine');
const files = fs
  .readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => path.join(fixtureDir, f));

describe('transpiler', () => {
  const classes = transpile(files, { root });
  const scoring = classes.find((c) => c.className === 'CVP_Scoring')?.source ?? '';

  it('makes one class per module, skipping barrels, with a stable prefix and a header naming the source', () => {
    expect(classes.map((c) => c.className)).toEqual(['CVP_Scoring', 'CVP_Sorting', 'CVP_Runtime']);
    expect(scoring).toContain(
      '// GENERATED FILE — DO NOT EDIT. Source: scripts/apexgen/__tests__/fixtures/engine/scoring.ts'
    );
    expect(scoring).toContain('public with sharing class CVP_Scoring {');
  });

  it('is deterministic', () => {
    expect(transpile(files, { root }).map((c) => c.source)).toEqual(classes.map((c) => c.source));
  });

  it('maps interfaces to DTO classes with @AuraEnabled fields and an all-fields constructor', () => {
    expect(scoring).toMatch(/public class ScoreInput \{\n@AuraEnabled\npublic String accountId;/);
    expect(scoring).toContain('return new CVP_Scoring.ScoreResult(');
  });

  it('renames reserved words and case-insensitive collisions deterministically', () => {
    expect(scoring).toContain('public Double limitX;');
    expect(scoring).toContain('public Double Score2;');
    expect(scoring).toContain('public static String describe(List<String> names, Double fromX)');
  });

  it('emits string-literal unions as constants, a value set and a validator', () => {
    expect(scoring).toContain("public static final String TIER_D1 = 'D1';");
    expect(scoring).toContain('public static Boolean isValidTier(String value)');
  });

  // What the Apex differences compute is held by constructs.test.ts (each construct run both ways); these are the
  // translations whose form matters beyond their result.
  it('indexes lists with Integer counters and calls the runtime class for %', () => {
    expect(scoring).toContain('for (Integer i = 0; i < results.size(); i++)');
    expect(scoring).toContain('CVP_Runtime.jsMod(input.limitX, 7.0d)');
  });

  it('puts the runtime helpers the modules call in one runtime class, and none in the modules', () => {
    const runtime = classes.find((c) => c.runtime === true);
    expect(runtime?.className).toBe('CVP_Runtime');
    expect(runtime?.source).toContain('public static Double jsMod(Double dividend, Double divisor)');
    expect(runtime?.source).not.toContain('jsIsNaN'); // only the helpers some module calls
    expect(scoring).not.toContain('static Double jsMod(');
  });

  it('rejects an engine module whose class would be the runtime class', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apexgen-runtime-'));
    fs.writeFileSync(path.join(dir, 'runtime.ts'), 'export function f(x: number): number {\n  return x % 2;\n}\n');
    expect(() => transpile([path.join(dir, 'runtime.ts')], { root: dir })).toThrow(DIAGNOSTICS.moduleNameReserved.code);
  });

  it('writes every number literal as a Double', () => {
    expect(doubleLiteral(2)).toBe('2.0d');
    expect(doubleLiteral(0.5)).toBe('0.5d');
    expect(doubleLiteral(1e-7)).toBe('0.0000001d');
    expect(doubleLiteral(1.5e21)).toBe('1500000000000000000000.0d');
  });
});

describe('naming', () => {
  it('keeps the first name, suffixes reserved words and later case-insensitive duplicates, shortens to 40', () => {
    const scope = new NameScope();
    expect(scope.declare('a', 'value')).toBe('value');
    expect(scope.declare('b', 'Value')).toBe('Value2');
    expect(scope.declare('c', 'limit')).toBe('limitX');
    expect(scope.declare('d', 'x'.repeat(50))).toHaveLength(40);
    expect(scope.declare('a', 'ignored')).toBe('value');
  });

  it('builds class and constant names', () => {
    expect(pascalCase('costToServe')).toBe('CostToServe');
    expect(constantCase('net_value')).toBe('NET_VALUE');
    expect(constantCase('D1')).toBe('D1');
    expect(constantCase('1st')).toBe('V1ST');
  });
});
