// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** botbuilder may only be imported at the SDK seam (see docs/adr/0001-sdk-seam-and-composition-root.md). */
const botbuilderPackages = [
  'botbuilder',
  'botbuilder-core',
  'botbuilder-dialogs',
  'botbuilder-testing',
  'botframework-connector',
  'botframework-schema',
];

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'coverage/', 'data/', 'knowledge/*.schema.json'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "ThrowStatement > NewExpression[callee.name='Error']",
          message:
            'Throw a WijkwijzerError with a catalogue code (src/shared/errors.ts), not a bare Error.',
        },
        {
          selector: 'ExportDefaultDeclaration',
          message: 'Use named exports.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: botbuilderPackages.map((name) => ({
            name,
            message: 'botbuilder stays in src/bot/, src/teams/ and dialogs/ (the SDK seam).',
          })),
        },
      ],
    },
  },
  {
    // The SDK seam: the only places that may talk to botbuilder.
    files: ['src/bot/**', 'src/teams/**', 'dialogs/**', 'test/**', 'bench/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['test/**', 'bench/**', 'scripts/**'],
    rules: {
      // Tests may throw plain errors from fakes and use non-null assertions on fixtures they built;
      // build and CI scripts in scripts/ are tooling, not the product.
      'no-restricted-syntax': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['web/**/*.js'],
    languageOptions: {
      globals: { ...globals.browser },
    },
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['*.config.js', '*.config.ts', 'eslint.config.js', '.dependency-cruiser.mjs'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
