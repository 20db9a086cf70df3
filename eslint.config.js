// Flat ESLint config: typescript-eslint type-checked rules everywhere, LWC platform rules on components.
const tseslint = require('typescript-eslint');
const lwcPlugin = require('@lwc/eslint-plugin-lwc');
const globals = require('globals');

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
      '@typescript-eslint/prefer-nullish-coalescing': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off'
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
