// Two jest projects: LWC components in jsdom (sfdx-lwc-jest), and Node-side code (engine, scripts) in node.
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');
const setupFilesAfterEnv = jestConfig.setupFilesAfterEnv ?? [];

const tsTransform = { '^.+\\.(js|ts)$': require.resolve('@lwc/jest-transformer') };

// `npm run test:quick` (CVP_TEST_QUICK=1, scripts/checks/steps.ts) leaves out the slow suites, by path so a new one is
// covered by naming it so: the whole-engine differential proof, and browser tests (a file named `*.browser.test.ts`
// or under a `browser/` test folder), the Graph Engine check's fixture run (~30–80 s), and the freshness check's own
// proof in a copy of the project (~55 s: it runs the generator; check:generated itself still runs). `npm test` runs
// everything.
const SLOW_TEST_PATHS = [
  '/scripts/apexgen/__tests__/engine\\.test\\.ts$',
  '/scripts/checks/__tests__/generatedFreshness\\.test\\.ts$',
  '/scripts/checks/sfge/__tests__/',
  '\\.browser\\.test\\.ts$',
  '/__tests__/browser/'
];
const quickIgnore = process.env.CVP_TEST_QUICK === '1' ? SLOW_TEST_PATHS : [];

module.exports = {
  coverageReporters: ['text-summary', 'json-summary', 'lcov'],
  collectCoverageFrom: [
    'force-app/main/default/lwc/**/*.ts',
    'scripts/**/*.ts',
    '!**/__tests__/**',
    '!**/*.d.ts',
    '!force-app/main/default/lwc/valueEngine/valueEngine.ts',
    '!scripts/bench/**',
    '!scripts/**/run.ts',
    '!scripts/workbench/**',
    // A command-line entry; what it writes is held by goldenVectors.test.ts (the build equals the committed file).
    '!scripts/golden/update.ts',
    // Run only in child processes (spawned CLI/preview tests, the differential proof runner, and the generator that
    // `npm run build` and `check:generated` run and compare byte for byte): jest's in-process coverage cannot see them.
    '!scripts/cli/cvp.ts',
    '!scripts/local/preview.ts',
    '!scripts/checks/all.ts',
    '!scripts/apexgen/{cli,proof,proofWorker,build,generate,goldenTests}.ts',
    '!scripts/apexgen/evaluator/engineDifferential.ts'
  ],
  coverageThreshold: {
    // Floors below today's figures (89 % lines, 75 % branches outside the engine): fast-check inputs vary per run.
    global: { lines: 85, branches: 73 },
    './force-app/main/default/lwc/valueEngine/': { lines: 95 }
  },
  projects: [
    {
      ...jestConfig,
      displayName: 'lwc',
      testMatch: ['<rootDir>/force-app/main/default/lwc/**/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/lwc/valueEngine/', ...quickIgnore],
      moduleNameMapper: {
        // One stand-in module per Apex method (a callable wire adapter), found by name; refreshApex; custom permissions.
        '^@salesforce/apex$': '<rootDir>/force-app/test/jest-mocks/apex/refreshApex',
        '^@salesforce/apex/(.*)$': '<rootDir>/force-app/test/jest-mocks/apex/$1',
        '^@salesforce/customPermission/.*$': '<rootDir>/force-app/test/jest-mocks/customPermission',
        '^lightning/navigation$': '<rootDir>/force-app/test/jest-mocks/lightning/navigation',
        '^lightning/uiRecordApi$': '<rootDir>/force-app/test/jest-mocks/lightning/uiRecordApi',
        '^lightning/platformResourceLoader$': '<rootDir>/force-app/test/jest-mocks/lightning/platformResourceLoader',
        '^lightning/platformShowToastEvent$': '<rootDir>/force-app/test/jest-mocks/lightning/platformShowToastEvent'
      },
      setupFilesAfterEnv: [...setupFilesAfterEnv, '<rootDir>/force-app/test/jest-setup.js']
    },
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform: tsTransform,
      moduleFileExtensions: ['ts', 'js', 'json'],
      testMatch: [
        '<rootDir>/force-app/main/default/lwc/valueEngine/__tests__/**/*.test.ts',
        '<rootDir>/scripts/**/__tests__/**/*.test.ts'
      ],
      testPathIgnorePatterns: ['/node_modules/', '/fixtures/', ...quickIgnore]
    }
  ]
};
