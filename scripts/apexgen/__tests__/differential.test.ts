import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { ApexInterpreter } from '../evaluator/interpreter';
import { FunctionFigures, fuzzFunction, registry } from '../evaluator/differential';
import { GeneratorRules, transpile } from '../transpiler';

const root = path.resolve(__dirname, '../../..');
const fixtureDir = path.join(__dirname, 'fixtures/engine');
const files = fs
  .readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => path.join(fixtureDir, f));

// eslint-disable-next-line @typescript-eslint/no-require-imports
const scoring = require('./fixtures/engine/scoring') as Record<string, (...args: unknown[]) => unknown>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sorting = require('./fixtures/engine/sorting') as Record<string, (...args: unknown[]) => unknown>;

const segment = fc.constantFrom('enterprise', 'Enterprise', 'ENTERPRISE', 'mid', 'midmarket', 'Mid', 'smb', '');
const tag = fc.constantFrom('a', 'A', 'b', 'vip', 'VIP', '#x', ' c ');
const amount = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1e6, noNaN: true }));
const scoreInput = fc.record(
  {
    accountId: fc.string({ maxLength: 6 }),
    revenue: amount,
    cost: amount,
    discount: fc.constantFrom(0, 0.1, 0.25, 0.5),
    segment,
    tags: fc.array(tag, { maxLength: 6 }),
    limit: fc.integer({ min: -3, max: 30 })
  },
  { requiredKeys: ['accountId', 'revenue', 'cost', 'segment', 'tags', 'limit'] }
);
const scoreResult = scoreInput.map((i) => scoring.scoreAccount(i));

const ARGS: Record<string, fc.Arbitrary<unknown[]>> = {
  tierFor: fc.tuple(fc.oneof(fc.integer({ min: -10, max: 110 }), fc.double({ min: -10, max: 110, noNaN: true }))),
  segmentWeight: fc.tuple(segment),
  scoreAccount: fc.tuple(scoreInput),
  sameSegment: fc.tuple(segment, segment),
  countTiers: fc.tuple(fc.array(scoreResult, { maxLength: 6 })),
  medianScore: fc.tuple(fc.array(scoreResult, { maxLength: 6 })),
  describe: fc.tuple(fc.array(tag, { maxLength: 8 }), fc.integer({ min: 0, max: 4 })),
  roundedPercent: fc.tuple(fc.integer({ min: 0, max: 200 }).map((k) => k / 200)),
  sortNumbersAscending: fc.tuple(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 20 })),
  sortStrings: fc.tuple(fc.array(fc.string({ maxLength: 3 }), { maxLength: 12 })),
  median: fc.tuple(fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 9 }))
};

function differential(rules: Partial<GeneratorRules>, runs: number): FunctionFigures[] {
  const classes = transpile(files, { root, rules });
  const interp = new ApexInterpreter(classes.map((c) => c.source));
  const reg = registry(classes.map((c) => c.module));
  return [...reg.functions.keys()].sort().map((name) => {
    const impl = scoring[name] ?? sorting[name];
    return fuzzFunction(interp, reg, name, impl, runs, [], ARGS[name]);
  });
}

describe('differential test on the fixture engine', () => {
  it('agrees with TypeScript on 10 000 random inputs per function', () => {
    const figures = differential({}, 10_000);
    expect(figures.map((f) => f.name)).toEqual(Object.keys(ARGS).sort());
    for (const f of figures) {
      expect({ name: f.name, mismatches: f.mismatches, first: f.firstMismatch }).toEqual({
        name: f.name,
        mismatches: 0,
        first: undefined
      });
      expect(f.runs).toBe(10_000);
    }
  });

  describe('mutation check: a wrong generator rule is caught', () => {
    it('== for String equality (case-insensitive in Apex)', () => {
      const figures = differential({ stringEquality: 'operator' }, 2_000);
      const caught = figures.filter((f) => f.mismatches > 0).map((f) => f.name);
      expect(caught).toEqual(expect.arrayContaining(['sameSegment', 'segmentWeight', 'scoreAccount']));
    });

    it('Math.round without the half-up fix (Apex rounds half to even)', () => {
      const figures = differential({ roundHalfUp: false }, 2_000);
      const caught = figures.filter((f) => f.mismatches > 0).map((f) => f.name);
      expect(caught).toContain('roundedPercent');
    });
  });
});
