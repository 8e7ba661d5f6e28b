/**
 * CLI entry of the browser shell:
 *   tsx main/browser-shell/start.ts [--data-dir DIR] [--port N] [--no-open] [REPORT-FILE…]
 * Prints exactly one line to stdout, `Shenyi browser shell: <url>` (tests and scripts/start.mjs
 * parse it); everything else goes to stderr. Closes the store cleanly on SIGINT/SIGTERM.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { resolveDataDir } from '../app/data-dir';
import { startCoreHost, workerThreadCarrier } from '../jobs/core-host';
import { startBrowserShell } from './server';
import { LAUNCH_PAGE_LIFETIME_MS, writeLaunchPage, type LaunchPage } from './launch-page';
import type { BrowserShell } from './server';

const rendererDir = fileURLToPath(new URL('../../out/renderer/', import.meta.url));

interface CommandLine {
  port: number;
  open: boolean;
  /** Report files to import at start, as the Electron shell does with files on its command line. */
  files: string[];
}

function parseCommandLine(argv: string[]): CommandLine {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' }, // read by resolveDataDir
      port: { type: 'string' },
      'no-open': { type: 'boolean' },
    },
    strict: true,
    allowPositionals: true,
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a port number (0–65535), not "${values.port}"`);
  }
  return { port, open: values['no-open'] !== true, files: positionals.map((file) => resolve(file)) };
}

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return manifest.version ?? '0.0.0';
}

/**
 * Best effort: the URL is printed anyway, so a missing opener is not an error. The opener is
 * given a page only this user can read, never the token itself (launch-page.ts says why).
 * SHENYI_BROWSER_OPENER names another opener command (tests use it).
 */
function openInBrowser(shellUrl: string): LaunchPage | null {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return null;
  const page = writeLaunchPage(shellUrl);
  const url = page.url;
  const [command, args] = process.env.SHENYI_BROWSER_OPENER
    ? [process.env.SHENYI_BROWSER_OPENER, [url]]
    : process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['rundll32', ['url.dll,FileProtocolHandler', url]]
        : ['xdg-open', [url]];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
  setTimeout(() => page.remove(), LAUNCH_PAGE_LIFETIME_MS).unref();
  return page;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let options: CommandLine;
  try {
    options = parseCommandLine(argv);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\nUsage: tsx main/browser-shell/start.ts [--data-dir DIR] [--port N] [--no-open] [REPORT-FILE…]`);
    process.exitCode = 2;
    return;
  }
  if (!existsSync(`${rendererDir}index.html`)) {
    console.error(`The renderer is not built (${rendererDir}index.html is missing); run "npm run build". The API still works.`);
  }

  // The store and all heavy work run in a worker thread; this thread only serves HTTP, so the
  // page's calls and its event stream are answered while an import or an export runs.
  const dataDir = resolveDataDir(process.argv, process.env);
  const core = await startCoreHost(workerThreadCarrier(), { dataDir, shell: 'browser', version: packageVersion() });
  let shell: BrowserShell | null = null;
  let launchPage: LaunchPage | null = null;

  // Registered as soon as the store is open, so even a Ctrl+C during start-up closes it.
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    // A second Ctrl+C while closing must not cut the store's close short.
    if (closing) return;
    closing = true;
    console.error(`Closing the browser shell (${signal})…`);
    (shell?.close() ?? Promise.resolve())
      .catch((error: unknown) => console.error('Closing the server failed:', error))
      .then(() => {
        launchPage?.remove();
        return core.close();
      })
      .catch((error: unknown) => console.error('Closing the store failed:', error))
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  for (const file of options.files) {
    // A file that fails to import is reported and skipped; the library still opens.
    try {
      await core.importPath(file);
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
    }
  }

  try {
    shell = await startBrowserShell({ core, port: options.port, rendererDir });
  } catch (error) {
    await core.close(); // e.g. the port is taken: still close the store before exiting
    throw error;
  }
  if (closing) return;

  process.stdout.write(`Shenyi browser shell: ${shell.url}\n`);
  console.error(`Data: ${dataDir}`);
  if (options.open) launchPage = openInBrowser(shell.url);
  core.warmUp();
}

main().catch((error: unknown) => {
  console.error('Shenyi browser shell failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
