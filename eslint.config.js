// Lint rules: the recommended sets for JS, TypeScript and Svelte; formatting is Prettier's job.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // The app is served at the root (no paths.base), so links need no resolve().
      'svelte/no-navigation-without-resolve': 'off',
    },
  },
  {
    // Rooms (issue 12): DuckDB and the file system only in src/lib/server/ and the server-only route files; the
    // rest of src/ also reaches the browser. The CLI and tests run in Node only, so they may import the server.
    files: ['src/**/*.{js,ts,svelte}'],
    ignores: [
      'src/lib/server/**',
      'src/cli/**',
      'src/**/*.test.ts',
      'src/routes/**/+*.server.ts',
      'src/routes/**/+server.ts',
      'src/hooks.server.ts',
      // Type declarations only (the server's locals): erased at build, never shipped.
      'src/app.d.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@duckdb/node-api',
              message:
                'DuckDB is server-only: call a function from $lib/server in a +page.server.ts.',
            },
          ],
          patterns: [
            {
              regex: '^\\$lib/server(/|$)|^(\\.\\.?/)+(.*/)?server(/|$)',
              message:
                'Server code (src/lib/server) does not reach the browser: load it in a +page.server.ts or +server.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // src/lib/components/ holds Svelte components (and their tests) only: view logic shared by server and browser
    // lives in src/lib/features/<feature>/, where exports and notebooks can use it too.
    files: ['src/lib/components/**/*.ts', 'src/lib/components/**/*.js'],
    ignores: ['src/lib/components/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Program',
          message:
            'src/lib/components/ holds Svelte components only: put this module in src/lib/features/<feature>/.',
        },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  { ignores: ['build/', '.svelte-kit/', 'node_modules/', 'tmp/', 'screenshots/', 'data/'] },
);
