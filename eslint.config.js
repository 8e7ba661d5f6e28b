import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The process boundaries are enforced here, folder by folder: domain code never reaches for
// Electron, the renderer never reaches for Node or main-process code (contract types excepted),
// and the preload sees only the IPC bridge and the method list.
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url', 'worker_threads'];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'tests/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // better-sqlite3's binary crashes an older Node instead of throwing: it is loaded only behind
    // the runtime check in main/store/sqlite.ts.
    files: ['**/*.{ts,tsx,mts}'],
    ignores: ['main/store/sqlite.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'better-sqlite3', allowTypeImports: true, message: 'Load SQLite through main/store/sqlite.ts (it checks the runtime first).' }] },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Domain and shell-neutral code must not import electron; wire it in main/electron/.' }] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches the shell only through the API client.' }],
          patterns: [
            { group: nodeBuiltins, message: 'The renderer runs without Node.' },
            {
              // A negated folder is needed before a file in it can be re-included.
              group: ['**/main/**', '!**/main/api', '!**/main/api/contract', '!**/main/api/methods', '!**/main/model', '!**/main/model/*'],
              message: 'The renderer may import only the API contract and model types from main/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'The preload runs sandboxed.' },
            {
              group: ['**/main/**', '!**/main/api', '!**/main/api/methods', '!**/main/api/contract'],
              message: 'The preload may import only the method list and contract types.',
            },
          ],
        },
      ],
    },
  },
);
