import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The process boundaries are enforced here, folder by folder: domain code never reaches for
// Electron, the renderer never reaches for Node or main-process code (contract types excepted),
// and the preload sees only the IPC bridge and the method list.
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url', 'worker_threads'];

// The layers of main/, lowest first. A folder may import only the folders listed for it (and
// itself); everything else is an upward or sideways import and fails lint. Capabilities may also
// import the API contract and method list (their slice of the handler map is typed and checked by
// it; the contract itself imports only the model), and the shells may import types from any layer. README "How it is built" draws the same picture.
const LAYERS = {
  model: [],
  // Progress and cancellation of the job a piece of work runs in (a no-op outside a job).
  progress: ['model'],
  structure: ['model'],
  // Re-anchoring a report's opinions is long work: it reports progress like a job.
  anchoring: ['model', 'progress'],
  // Reading a file ends in parsing its text into sections.
  import: ['model', 'progress', 'structure'],
  store: ['model', 'progress', 'structure', 'anchoring', 'import'],
  // Document layouts and the office layer under them: pure, from model values to bytes.
  export: ['model', 'progress'],
  // Capabilities: use cases over the store, each with its slice of the handler map.
  library: ['model', 'progress', 'structure', 'anchoring', 'import', 'store'],
  settings: ['model', 'progress', 'store'],
  opinions: ['model', 'progress', 'structure', 'anchoring', 'import', 'store', 'export', 'packages/format'],
  packages: ['model', 'progress', 'structure', 'anchoring', 'import', 'store', 'export', 'opinions'],
  // The opinion package as an interchange format: like a document layout, below the capabilities.
  'packages/format': ['model', 'progress', 'export'],
  versions: ['model', 'progress', 'structure', 'anchoring', 'import', 'store', 'export', 'opinions'],
  desk: ['model', 'progress', 'structure', 'anchoring', 'import', 'store', 'export', 'opinions', 'packages', 'versions'],
  proposals: ['model', 'progress', 'structure', 'anchoring', 'import', 'store', 'export', 'opinions', 'versions'],
  // The API: the contract, the composer of the capabilities' slices, and dispatch.
  api: ['model', 'progress', 'structure', 'anchoring', 'import', 'store', 'export', 'library', 'settings', 'opinions', 'packages', 'versions', 'desk', 'proposals'],
  // Long work run off the shells' main thread; it hosts the composition root in a worker.
  jobs: ['model', 'progress', 'api', 'app'],
  // The composition root and the data folder.
  app: ['model', 'progress', 'structure', 'anchoring', 'import', 'store', 'export', 'library', 'settings', 'opinions', 'packages', 'versions', 'desk', 'proposals', 'api', 'jobs'],
  // Shells: transport only.
  electron: ['model', 'progress', 'api', 'app', 'jobs'],
  'browser-shell': ['model', 'progress', 'api', 'app', 'jobs'],
  // The CLI: a shell whose store commands go through the API's dispatch. It opens the store (as
  // app/ does for the other shells); the commands that read files without a store (outline,
  // compare, reanchor, draft lint, desk briefing) call their capability directly.
  cli: ['model', 'progress', 'structure', 'anchoring', 'import', 'store', 'export', 'versions', 'desk', 'proposals', 'api', 'app'],
};
const CAPABILITIES = ['library', 'settings', 'opinions', 'packages', 'versions', 'desk', 'proposals'];
// Shells and the jobs relay may take types from any layer (what they carry is typed there).
const TYPES_FROM_ANY_LAYER = ['electron', 'browser-shell', 'cli', 'jobs'];

const betterSqlite = { name: 'better-sqlite3', allowTypeImports: true, message: 'Load SQLite through main/store/sqlite.ts (it checks the runtime first).' };
const electronBan = { name: 'electron', message: 'Domain and shell-neutral code must not import electron; wire it in main/electron/.' };

function layerConfigs() {
  const folders = Object.keys(LAYERS);
  return folders.map((folder) => {
    // A folder allowed brings its inner folders (packages: packages/format).
    const allowed = LAYERS[folder].flatMap((a) => [a, ...folders.filter((f) => f.startsWith(`${a}/`))]);
    const forbidden = folders.filter((other) => other !== folder && !allowed.includes(other));
    const message = `main/${folder}/ may import only ${allowed.length ? allowed.map((f) => `main/${f}/`).join(', ') : 'nothing of ours'} (the layer rule in eslint.config.js).`;
    const patterns = [];
    const typeOnly = TYPES_FROM_ANY_LAYER.includes(folder) ? forbidden : [];
    const blocked = forbidden.filter((f) => !typeOnly.includes(f) && !(f === 'api' && CAPABILITIES.includes(folder)));
    // A folder allowed inside a forbidden one (packages/format inside packages) is let through.
    const reopened = allowed.filter((a) => blocked.some((b) => a.startsWith(`${b}/`))).flatMap((a) => [`!**/${a}`, `!**/${a}/**`]);
    const ownFolder = folder.includes('/') ? [] : folders.filter((f) => f.startsWith(`${folder}/`));
    if (blocked.length) patterns.push({ group: [...blocked.filter((f) => !ownFolder.includes(f)).map((f) => `**/${f}/**`), ...reopened], message });
    if (typeOnly.length) patterns.push({ group: typeOnly.map((f) => `**/${f}/**`), allowTypeImports: true, message: `${message} Types are the exception.` });
    if (CAPABILITIES.includes(folder)) {
      patterns.push({ group: ['**/api/**', '!**/api/contract', '!**/api/methods'], message: `${message} Of main/api/, only the contract and the method list.` });
    }
    const rule = (paths) => ({ '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }] });
    const shellNeutral = folder === 'electron' ? [] : [electronBan];
    const configs = [{ files: [`main/${folder}/**/*.{ts,mts}`], rules: rule([betterSqlite, ...shellNeutral]) }];
    if (folder === 'store') configs.push({ files: ['main/store/sqlite.ts'], rules: rule(shellNeutral) });
    return configs;
  }).flat();
}

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
    files: ['{renderer,preload,tests,scripts}/**/*.{ts,tsx,mts}'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [betterSqlite] }] },
  },
  ...layerConfigs(),
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The contract's schemas are zod at run time: the renderer takes its types only.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [betterSqlite],
          patterns: [{ group: ['**/main/api/**'], allowTypeImports: true, message: 'The renderer may import only types from the API contract.' }],
        },
      ],
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
          paths: [
            {
              name: 'electron',
              allowImportNames: ['contextBridge', 'ipcRenderer', 'IpcRendererEvent'],
              message: 'The preload may use only contextBridge and ipcRenderer.',
            },
          ],
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
