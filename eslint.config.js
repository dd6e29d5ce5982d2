// Lint rules that hold the architecture in place (STYLE.md sections 2, 3 and 8):
// imports only point `cli, server -> graphql -> db`, `load -> extract + resolve + db`, `extract -> nothing`;
// only src/config reads process.env; named exports only.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message: 'Import direction: see STYLE.md section 2.' })) }],
});

export default tseslint.config(
  { ignores: ['node_modules/', 'neo4j/target/', '.data/', 'test-artifacts/', 'bench/corpus/', 'src/server/static/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' }],
    },
  },
  // Tool configuration files must default-export their config.
  { files: ['vitest.config.ts', 'eslint.config.js', 'test/fixtures/**/vitest.config.ts'], rules: { 'no-restricted-syntax': 'off' } },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/config/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Only src/config reads process.env; take a Config.' }],
    },
  },
  // Generic first: later, folder-specific blocks replace this rule and repeat 'neo4j-driver'.
  { files: ['src/**/*.ts'], ignores: ['src/db/**'], rules: restrict(['neo4j-driver']) },
  { files: ['src/extract/**/*.ts'], rules: restrict(['**/db/**', '**/load/**', '**/graphql/**', '**/server/**', '**/cli/**', '**/resolve/**', 'neo4j-driver', 'graphql', 'node:fs', 'node:fs/promises', 'fs']) },
  { files: ['src/resolve/**/*.ts'], rules: restrict(['**/db/**', '**/load/**', '**/graphql/**', '**/server/**', '**/cli/**', 'neo4j-driver', 'graphql']) },
  { files: ['src/db/**/*.ts'], rules: restrict(['**/extract/**', '**/load/**', '**/graphql/**', '**/server/**', '**/cli/**', 'graphql']) },
  { files: ['src/load/**/*.ts'], rules: restrict(['**/graphql/**', '**/server/**', '**/cli/**', 'neo4j-driver']) },
  { files: ['src/graphql/**/*.ts'], rules: restrict(['**/server/**', '**/cli/**', 'neo4j-driver']) },
  // Browser code of the pages (bundled by scripts/build-pages.mjs): browser globals; no Node built-ins, and data
  // only through the public /graphql API (never the server's own modules).
  {
    files: ['src/server/pages/**/*.ts'],
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', fetch: 'readonly', CSS: 'readonly', URLSearchParams: 'readonly',
        HTMLElement: 'readonly', Node: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
      },
    },
    rules: restrict(['node:*', '**/graphql/**', '**/db/**', '**/load/**', '**/cli/**', '**/config/**', 'neo4j-driver']),
  },
);
