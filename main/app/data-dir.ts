/**
 * Where Shenyi keeps its data and finds its bundled resources. The data folder is the same for
 * every shell (Electron, the browser shell, the CLI), so they all see one library.
 */
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_NAME = 'Shenyi';
export const DATA_DIR_ENV = 'SHENYI_DATA_DIR';

/** The platform's per-user application data folder, as Electron's `userData` would be. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

/** `--data-dir DIR` (or `--data-dir=DIR`) wins, then SHENYI_DATA_DIR, then the platform folder. */
export function explicitDataDir(argv: string[], env: NodeJS.ProcessEnv): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--data-dir' && argv[i + 1]) return resolve(argv[i + 1]!);
    if (arg.startsWith('--data-dir=')) return resolve(arg.slice('--data-dir='.length));
  }
  return env[DATA_DIR_ENV] ? resolve(env[DATA_DIR_ENV]!) : null;
}

export function resolveDataDir(argv: string[], env: NodeJS.ProcessEnv): string {
  return explicitDataDir(argv, env) ?? defaultDataDir(env);
}

/**
 * The bundled resources folder. The source file (main/app/) and the built Electron main
 * (out/main/) both sit two levels below the project root.
 */
export function resourcesDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SHENYI_RESOURCES_DIR) return resolve(env.SHENYI_RESOURCES_DIR);
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'resources');
}

export const SAMPLE_REPORT_FILE = 'sample-report.txt';
