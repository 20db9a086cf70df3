/**
 * The steps of `npm test` (scripts/checks/all.ts) and `npm run test:quick`, in order. Each is its own npm script and
 * counts as one test. The order is the rule here, so it is tested (scripts/checks/__tests__/steps.test.ts):
 * - the freshness of the committed generated Apex is checked FIRST, in memory, before any step could write a file;
 * - no step regenerates the Apex (`build:apex`): the committed classes are what deploys, so they are what is checked
 *   and what the differential proof runs. The LWC tsc emit runs (it writes only git-ignored .js the metadata
 *   conversion reads);
 * - cheap static checks run before jest.
 */
export interface Step {
  name: string;
  npmScript: string;
  /** Part of `npm run test:quick` too (false: only in the full `npm test`, e.g. browser tests). */
  quick: boolean;
  /**
   * test:quick runs up to one step per core at once; a step starts only after the step named here. The one step that
   * writes (build:lwc) waits for the freshness check; the metadata conversion reads what build:lwc wrote.
   */
  after?: string;
  /**
   * Extra arguments in test:quick only: caches for the inner loop (git-ignored `.cache/`). `npm test` runs uncached, so
   * a result a cache could hold stale (ESLint's type-aware rules read other files) never reaches CI.
   */
  quickArgs?: string[];
}

export const STEPS: Step[] = [
  {
    name: 'generated Apex is up to date (in memory, before anything writes)',
    npmScript: 'check:generated',
    quick: true
  },
  {
    name: 'build (tsc → LWC .js; the Apex is not regenerated)',
    npmScript: 'build:lwc',
    quick: true,
    after: 'check:generated'
  },
  { name: 'typecheck (tsc --noEmit, strict)', npmScript: 'typecheck', quick: true },
  {
    name: 'lint (ESLint, zero warnings)',
    npmScript: 'lint',
    quick: true,
    quickArgs: ['--cache', '--cache-location', '.cache/eslint/']
  },
  {
    name: 'format (Prettier; parses Apex with the Salesforce parser)',
    npmScript: 'format:check',
    quick: true,
    quickArgs: ['--cache', '--cache-location', '.cache/prettier/cache.json']
  },
  {
    name: 'tests can fail (no constant assertion or self-comparison, no skipped or focused test)',
    npmScript: 'check:tests',
    quick: true
  },
  {
    name: 'metadata (strict XML, references, translations, conversion)',
    npmScript: 'check:metadata',
    quick: true,
    after: 'build:lwc'
  },
  { name: 'apex static analysis (PMD)', npmScript: 'check:apex', quick: true },
  {
    name: 'apex semantic check (apex-ls: classes, methods, fields, types)',
    npmScript: 'check:apex-semantic',
    quick: true
  },
  // Graph Engine needs tens of seconds to minutes (one entry point may take 3): full run only.
  { name: 'apex security data flow (Graph Engine: FLS, sharing)', npmScript: 'check:apex-security', quick: false },
  {
    name: 'browser tests (Debian Chromium against the workbench; screenshots in .test-results/screenshots)',
    npmScript: 'test:browser',
    quick: false,
    after: 'build:lwc'
  }
];

/**
 * Environment variable that tells jest.config.js to leave out the slow suites (the whole-engine differential proof and
 * the browser tests); set by `npm run test:quick`.
 */
export const QUICK_ENV = 'CVP_TEST_QUICK';
