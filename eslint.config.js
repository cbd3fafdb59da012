// One config for every file in the repository: the glob lives here, not on the command line,
// so nothing escapes lint by a shell quirk.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      'node_modules/**',
      'coverage/**',
      '.psrt-cache/**',
      'tmp/**',
      // Written by .ci/compile-schemas.mjs, checked by `npm run check-dist`.
      'actions/lib/config/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': 'off',
    },
  },
  {
    files: [
      'actions/lib/domain/**/*.ts',
      'actions/lib/jobs/**/*.ts',
      'actions/lib/clients/**/*.ts',
      'actions/lib/config/**/*.ts',
    ],
    rules: {
      // No ambient I/O in the library: entries inject clients, the logger and the clock.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@actions/core', message: 'Only action entries (actions/<job>/main.ts) talk to @actions/core.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Entries read the environment and pass settings in.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
);
