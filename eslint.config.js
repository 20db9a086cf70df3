// Flat ESLint config: typescript-eslint type-checked rules everywhere, LWC platform rules on components.
const tseslint = require('typescript-eslint');
const lwcPlugin = require('@lwc/eslint-plugin-lwc');
const globals = require('globals');
// The generator's catalogue is TypeScript: tsx loads it, so the editor's messages are the generator's own.
const { ENGINE_SUBSET_SYNTAX } = require('tsx/cjs/api').require('./scripts/apexgen/engineSubsetLint.ts', __filename);

const lwcDir = 'force-app/main/default/lwc';

module.exports = tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'coverage/**',
      '.sf/**',
      '.sfdx/**',
      `${lwcDir}/**/*.js`,
      '**/__tests__/fixtures/**',
      'scripts/workbench/dist/**',
      '.test-results/**',
      // copied byte for byte from npm packages (npm run build:resources)
      'force-app/main/default/staticresources/**'
    ]
  },
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.strictTypeChecked, ...tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', `./${lwcDir}/tsconfig.json`],
        tsconfigRootDir: __dirname
      }
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // The engine is written in an Apex-transpilable subset that needs explicit loops and index access.
      '@typescript-eslint/prefer-for-of': 'off',
      '@typescript-eslint/prefer-nullish-coalescing': 'off'
    }
  },
  {
    // Index reads (records, arrays, regular-expression groups) are typed as always present, because the project does
    // not enable noUncheckedIndexedAccess; in these files the guards on such reads (x === undefined, ?., ??) are real
    // and no-unnecessary-condition reports them as unnecessary. Each file leaves this list once its guards are written
    // against precise types (or the project turns noUncheckedIndexedAccess on).
    files: [
      `${lwcDir}/valueLabels/valueLabels.ts`,
      'scripts/apexgen/contract/contract.ts',
      'scripts/apexgen/evaluator/differential.ts',
      'scripts/apexgen/evaluator/values.ts',
      'scripts/apexgen/goldenTests.ts',
      'scripts/apexgen/transpiler/apexText.ts',
      'scripts/apexgen/transpiler/calls.ts',
      'scripts/checks/__tests__/steps.test.ts',
      'scripts/checks/metadata/companions.ts',
      'scripts/checks/metadata/flexipages.ts',
      'scripts/checks/metadata/references/aggregateAliases.ts',
      'scripts/checks/sfge/checkSecurity.ts',
      'scripts/local/configFromCustomMetadata.ts',
      'scripts/workbench/apexHandlers.ts',
      'scripts/workbench/portfolio.ts',
      'scripts/workbench/salesforceModules.ts',
      'scripts/workbench/server.ts',
      'scripts/workbench/store.ts'
    ],
    rules: { '@typescript-eslint/no-unnecessary-condition': 'off' }
  },
  {
    // The Apex evaluator walks the parse tree of @apexdevtools/apex-parser, whose ANTLR typings declare optional
    // children (an initialiser, an else branch, a type argument) as always present: its guards on them are real.
    files: ['scripts/apexgen/evaluator/compile/**/*.ts', 'scripts/apexgen/evaluator/interpreter.ts'],
    rules: { '@typescript-eslint/no-unnecessary-condition': 'off' }
  },
  {
    // The value engine: its inputs come from JSON and Apex, where any field the types call required may be null, so it
    // guards values its types say are always there (`config ?? []`, `x == null`): no-unnecessary-condition would flag
    // every such guard. The generator's subset is flagged in the editor with the generator's own wording.
    files: [`${lwcDir}/valueEngine/**/*.ts`],
    ignores: [`${lwcDir}/valueEngine/__tests__/**`, `${lwcDir}/valueEngine/valueEngine.ts`],
    rules: {
      '@typescript-eslint/no-unnecessary-condition': 'off',
      'no-restricted-syntax': ['error', ...ENGINE_SUBSET_SYNTAX]
    }
  },
  {
    files: [`${lwcDir}/**/*.ts`],
    ignores: [`${lwcDir}/valueEngine/**`, '**/__tests__/**'],
    plugins: { '@lwc/lwc': lwcPlugin },
    languageOptions: { globals: globals.browser },
    rules: {
      '@lwc/lwc/no-api-reassignments': 'error',
      '@lwc/lwc/no-deprecated': 'error',
      '@lwc/lwc/no-document-query': 'error',
      '@lwc/lwc/no-inner-html': 'error',
      '@lwc/lwc/no-async-operation': 'error',
      '@lwc/lwc/no-leading-uppercase-api-name': 'error',
      '@lwc/lwc/valid-api': 'error',
      '@lwc/lwc/valid-track': 'error',
      '@lwc/lwc/valid-wire': 'error'
    }
  },
  {
    files: ['**/__tests__/**/*.ts'],
    languageOptions: { globals: { ...globals.jest, ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off'
    }
  },
  {
    files: ['force-app/test/**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { sourceType: 'module', globals: { ...globals.jest, ...globals.browser } }
  },
  {
    // The workbench's browser side: plain ES modules bundled with LWC OSS (stand-ins for Lightning's own modules).
    files: ['scripts/workbench/client/**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { sourceType: 'module', globals: globals.browser }
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    ignores: [`${lwcDir}/**`, 'force-app/test/**', 'scripts/workbench/client/**'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { sourceType: 'commonjs', globals: globals.node }
  }
);
