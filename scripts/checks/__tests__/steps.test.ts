/** The order of `npm test` is a rule (scripts/checks/steps.ts): freshness first, nothing regenerates the Apex. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { listFiles } from '../shared/files';
import { STEPS, QUICK_ENV } from '../steps';

const root = path.resolve(__dirname, '../../..');
const scripts = (
  JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;

/** The command of an npm script with every `npm run x` in it expanded, recursively. */
function expand(name: string, seen = new Set<string>()): string {
  const command = scripts[name];
  if (command === undefined || seen.has(name)) {
    return command ?? '';
  }
  seen.add(name);
  return command.replace(/npm run (?:--silent )?([\w:-]+)/g, (_, inner: string) => `(${expand(inner, seen)})`);
}

const regenerates = (command: string): boolean => /build:apex|apexgen\/cli\.ts generate/.test(command);

describe('npm test steps', () => {
  it('check the committed generated Apex first, before any step could write it', () => {
    expect(STEPS[0].npmScript).toBe('check:generated');
    expect(expand('check:generated')).toMatch(/apexgen\/cli\.ts check$/);
  });

  it('never regenerate the Apex (no step, nor the jest run, runs build:apex)', () => {
    const offenders = [...STEPS.map((s) => s.npmScript), 'test:unit'].filter((s) => regenerates(expand(s)));
    expect(offenders).toEqual([]);
    // The rule can fail: `npm run build` does regenerate.
    expect(regenerates(expand('build'))).toBe(true);
  });

  it('run concurrently in test:quick only after what they depend on: build:lwc after the freshness check', () => {
    const position = (script: string): number => STEPS.findIndex((s) => s.npmScript === script);
    const byScript = new Map(STEPS.map((s) => [s.npmScript, s]));
    expect(byScript.get('build:lwc')?.after).toBe('check:generated');
    expect(byScript.get('check:metadata')?.after).toBe('build:lwc');
    // Every dependency is an earlier step, so the order of npm test honours it too.
    const broken = STEPS.filter(
      (s) => s.after !== undefined && !(position(s.after) >= 0 && position(s.after) < position(s.npmScript))
    );
    expect(broken.map((s) => s.npmScript)).toEqual([]);
  });

  it('each exist as an npm script, and test / test:quick run them through all.ts', () => {
    expect(STEPS.filter((s) => scripts[s.npmScript] === undefined).map((s) => s.npmScript)).toEqual([]);
    expect(scripts.test).toBe('tsx scripts/checks/all.ts');
    expect(scripts['test:quick']).toBe('tsx scripts/checks/all.ts --quick');
  });
});

describe('test:quick', () => {
  /** The test-path ignore patterns of jest.config.js with CVP_TEST_QUICK (QUICK_ENV) set to `env`. */
  const ignoredIn = (env: string): string[] => {
    const saved = process.env.CVP_TEST_QUICK;
    process.env.CVP_TEST_QUICK = env;
    try {
      let patterns: string[] = [];
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const config = require('../../../jest.config.js') as { projects: { testPathIgnorePatterns?: string[] }[] };
        patterns = config.projects.flatMap((p) => p.testPathIgnorePatterns ?? []);
      });
      return patterns;
    } finally {
      if (saved === undefined) delete process.env.CVP_TEST_QUICK;
      else process.env.CVP_TEST_QUICK = saved;
    }
  };
  const skipped = (patterns: string[], file: string): boolean =>
    patterns.some((p) => new RegExp(p).test(path.join(root, file)));

  const slow = [
    'scripts/apexgen/__tests__/engine.test.ts',
    'scripts/checks/sfge/__tests__/checkSecurity.test.ts',
    'scripts/checks/__tests__/generatedFreshness.test.ts',
    'scripts/workbench/__tests__/panel.browser.test.ts',
    'scripts/workbench/__tests__/browser/portfolio.test.ts'
  ];

  it('leaves out the whole-engine proof, browser tests, the Graph Engine fixture run and the freshness proof, and nothing else', () => {
    expect(QUICK_ENV).toBe('CVP_TEST_QUICK'); // the variable all.ts sets is the one jest.config.js reads
    const quick = ignoredIn('1');
    expect(slow.filter((f) => !skipped(quick, f))).toEqual([]);
    expect(skipped(quick, 'scripts/apexgen/__tests__/evaluator.test.ts')).toBe(false);
    expect(skipped(quick, 'scripts/checks/__tests__/steps.test.ts')).toBe(false);
    expect(skipped(quick, 'scripts/checks/apexls/__tests__/checkSemantic.test.ts')).toBe(false);
  });

  it('leaves out every test that drives a browser (imports playwright-core), wherever it is', () => {
    const quick = ignoredIn('1');
    const testFiles = listFiles(path.join(root, 'scripts'))
      .concat(listFiles(path.join(root, 'force-app')))
      .filter((f) => /\/__tests__\/.*\.test\.ts$/.test(f) && !f.includes('/fixtures/'));
    const browserPackage = ['playwright', 'core'].join('-'); // spelled so this file does not match itself
    const drivesBrowser = new RegExp(`from '${browserPackage}'|require\\('${browserPackage}'\\)`);
    const browserTests = testFiles.filter((f) => drivesBrowser.test(fs.readFileSync(f, 'utf8')));
    // Name a browser test *.browser.test.ts (or put it under __tests__/browser/) so test:quick leaves it out.
    expect(browserTests.filter((f) => !skipped(quick, path.relative(root, f)))).toEqual([]);
  });

  it('is off in npm test: every suite runs', () => {
    const full = ignoredIn('');
    expect(slow.filter((f) => skipped(full, f))).toEqual([]);
  });
});
