#!/usr/bin/env node
/**
 * `npm start [-- --data-dir DIR]`: run Shenyi in Electron when this machine can, otherwise in the
 * browser shell. Plain JavaScript so it runs before anything is built.
 *
 *   1. Build (electron-vite) when out/ is missing or older than the sources.
 *   2. Find the Electron binary. The electron package downloads it on first use; that can fail
 *      (offline) or hang (a dead proxy), so it is tried in a child process under a time limit.
 *      On Linux without a display there is no point trying at all.
 *   3. Make sure better-sqlite3 has a build for Electron's ABI. The build in node_modules is for
 *      Node and must stay: the tests and the CLI use it. The Electron build is made once in a
 *      temporary copy of the package and cached in .electron-native/, and its path is handed to
 *      the Electron main process in SHENYI_NATIVE_BINDING.
 *   4. Run Electron, or say in one line why not and run the browser shell instead.
 *
 * Our own messages go to stderr: stdout carries only what the shell prints (the browser shell's
 * "Shenyi browser shell: <url>" line, which scripts parse).
 *
 * Environment: SHENYI_SHELL=browser skips Electron; SHENYI_ELECTRON_TIMEOUT_MS (default 60000)
 * bounds the Electron download.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const forwardedArgs = process.argv.slice(2);
const isWindows = process.platform === 'win32';
const log = (line) => process.stderr.write(`${line}\n`);

const ELECTRON_TIMEOUT_MS = Number(process.env.SHENYI_ELECTRON_TIMEOUT_MS) || 60_000;
const PREBUILD_TIMEOUT_MS = 5 * 60_000;
const COMPILE_TIMEOUT_MS = 20 * 60_000;

async function main() {
  await buildIfStale();

  const electron = await findElectron();
  let reason = electron.reason;
  if (electron.path) {
    const binding = await electronNativeBinding(electron.path);
    if (binding.path) {
      const env = { ...process.env, SHENYI_NATIVE_BINDING: binding.path };
      // Inherited from a parent tool, this would turn Electron into plain Node.
      delete env.ELECTRON_RUN_AS_NODE;
      // The project folder, not out/main/index.js: Electron then reads package.json (its
      // "main" is out/main/index.js), so the app has its own name and version as when packaged.
      return runForwardingSignals(electron.path, [root, ...forwardedArgs], env);
    }
    reason = binding.reason;
  }

  log(`Electron is not available here (${reason}); starting the browser shell instead.`);
  // `node --import tsx` rather than the tsx CLI: one process, so signals reach it directly.
  // Resolved from here, so it works from any working directory.
  const tsx = import.meta.resolve('tsx');
  return runForwardingSignals(process.execPath, ['--import', tsx, join(root, 'main', 'browser-shell', 'start.ts'), ...forwardedArgs], process.env);
}

// ---------------------------------------------------------------------------------------------
// 1. Build

/** Everything the build reads; a change to any of it makes out/ stale. */
const SOURCES = ['main', 'preload', 'renderer', 'electron.vite.config.ts', 'package.json', 'package-lock.json', 'tsconfig.base.json', 'tsconfig.node.json', 'tsconfig.web.json'];

async function buildIfStale() {
  const outputs = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

  const oldestOutput = Math.min(...outputs.map((file) => mtimeOf(join(root, file)) ?? -Infinity));
  const newestSource = Math.max(...SOURCES.map((entry) => newestMtime(join(root, entry))));
  if (oldestOutput >= newestSource) return;

  log(oldestOutput === -Infinity ? 'Building Shenyi (out/ is missing)…' : 'Building Shenyi (sources changed)…');
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  if (!existsSync(cli)) throw new Error('electron-vite is not installed; run "npm install" first.');
  const result = await run(process.execPath, [cli, 'build'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.code !== 0) throw new Error('the build failed (see above).');
}

function mtimeOf(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

function newestMtime(path) {
  let info;
  try {
    info = statSync(path);
  } catch {
    return -Infinity;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs; // a deleted file changes its folder's mtime
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

// ---------------------------------------------------------------------------------------------
// 2. Electron

async function findElectron() {
  if (process.env.SHENYI_SHELL === 'browser') return { reason: 'SHENYI_SHELL=browser' };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'no display: neither DISPLAY nor WAYLAND_DISPLAY is set' };
  }
  if (!existsSync(join(root, 'node_modules', 'electron', 'package.json'))) return { reason: 'the electron package is not installed' };

  // require('electron') from Node returns the binary's path, downloading it first if missing.
  // The marker keeps the path apart from the installer's own chatter on stdout.
  const script = "process.stdout.write('\\nSHENYI_ELECTRON_PATH=' + require('electron') + '\\n')";
  const result = await run(process.execPath, ['-e', script], { cwd: root, timeoutMs: ELECTRON_TIMEOUT_MS });
  if (result.timedOut) return { reason: `the Electron download did not finish within ${Math.round(ELECTRON_TIMEOUT_MS / 1000)} s` };
  const path = /^SHENYI_ELECTRON_PATH=(.+)$/m.exec(result.stdout)?.[1]?.trim();
  if (result.code === 0 && path && existsSync(path)) return { path };
  return { reason: `the Electron binary is missing and could not be downloaded: ${firstError(result.stderr)}` };
}

/** The most specific error line in a Node stack dump ("TypeError: fetch failed"). */
function firstError(stderr) {
  const lines = stderr.split('\n').map((line) => line.trim());
  const errors = lines.filter((line) => /^[A-Za-z]*Error\b.*:/.test(line) && !line.includes('Electron failed to install correctly'));
  const line = errors[0] ?? lines.find((candidate) => candidate !== '') ?? 'unknown error';
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}

// ---------------------------------------------------------------------------------------------
// 3. better-sqlite3 for Electron

async function electronNativeBinding(electronPath) {
  const electronVersion = readJson(join(root, 'node_modules', 'electron', 'package.json')).version;
  const sqliteDir = join(root, 'node_modules', 'better-sqlite3');
  const sqliteVersion = readJson(join(sqliteDir, 'package.json')).version;
  const cacheDir = join(root, '.electron-native', `${electronVersion}-${process.platform}-${process.arch}`);
  const cached = join(cacheDir, 'better_sqlite3.node');
  // The cache key in the folder name is Electron's version; better-sqlite3's is kept beside the
  // binary, since an upgraded package needs a new build for the same Electron.
  const stamp = join(cacheDir, 'better-sqlite3.version');
  if (existsSync(cached) && readText(stamp) === sqliteVersion) return { path: cached };

  log(`Preparing better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (once; kept in ${relative(root, cacheDir)})…`);
  const work = mkdtempSync(join(tmpdir(), 'shenyi-native-'));
  try {
    const copy = join(work, 'better-sqlite3');
    // Without the Node build: whatever build/ holds afterwards came from the steps below.
    cpSync(sqliteDir, copy, { recursive: true, filter: (source) => source !== join(sqliteDir, 'build') });
    const built = join(copy, 'build', 'Release', 'better_sqlite3.node');
    const common = [`--runtime=electron`, `--target=${electronVersion}`, `--arch=${process.arch}`];

    // A prebuilt binary is a download of a few MB; compiling SQLite takes minutes and a C++
    // toolchain, so it is only the fallback.
    const prebuildBin = join(root, 'node_modules', 'prebuild-install', 'bin.js');
    const prebuild = existsSync(prebuildBin)
      ? await run(process.execPath, [prebuildBin, ...common], { cwd: copy, stdio: ['ignore', 2, 2], timeoutMs: PREBUILD_TIMEOUT_MS })
      : await run('npx', ['--yes', 'prebuild-install', ...common], { cwd: copy, stdio: ['ignore', 2, 2], timeoutMs: PREBUILD_TIMEOUT_MS });
    if (prebuild.code !== 0 || !existsSync(built)) {
      log('No prebuilt better-sqlite3 for this Electron; compiling it (needs Python and a C++ compiler)…');
      const [command, prefix] = nodeGyp();
      const compile = await run(command, [...prefix, 'rebuild', '--release', ...common, '--dist-url=https://electronjs.org/headers'], {
        cwd: copy,
        env: withoutNodedir(process.env),
        stdio: ['ignore', 2, 2],
        timeoutMs: COMPILE_TIMEOUT_MS,
      });
      if (compile.code !== 0 || !existsSync(built)) return { reason: 'better-sqlite3 could not be built for Electron (no prebuilt binary, and compiling failed)' };
    }

    // Load it in Electron's own Node before trusting it: a binary for the wrong ABI would
    // otherwise fail only once the window is up.
    const check = await run(electronPath, ['-e', 'require(process.env.SHENYI_CHECK_BINDING)'], {
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', SHENYI_CHECK_BINDING: built },
      timeoutMs: 60_000,
    });
    if (check.code !== 0) return { reason: `the better-sqlite3 build for Electron does not load: ${firstError(check.stderr)}` };

    // Copy, then rename into place: an interrupted copy never looks like a finished cache.
    mkdirSync(cacheDir, { recursive: true });
    const partial = `${cached}.${process.pid}.partial`;
    copyFileSync(built, partial);
    renameSync(partial, cached);
    writeFileSync(stamp, sqliteVersion);
    return { path: cached };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * npm's own node-gyp, run directly: through npx, npm exports the user's npm config to the child,
 * and a `nodedir` there (common with distribution-packaged Node) makes node-gyp compile against
 * that Node's headers, silently ignoring --runtime=electron. npx is the last resort.
 */
function nodeGyp() {
  const candidates = [
    process.env.npm_config_node_gyp,
    join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  const local = candidates.find((candidate) => candidate && existsSync(candidate));
  return local ? [process.execPath, [local]] : ['npx', ['--yes', 'node-gyp']];
}

function withoutNodedir(env) {
  return Object.fromEntries(Object.entries(env).filter(([key]) => key.toLowerCase() !== 'npm_config_nodedir'));
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function readText(path) {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Processes

/**
 * Runs a command to completion, capturing stdout/stderr unless `stdio` says otherwise. With a
 * time limit the child gets its own process group (POSIX), so the whole tree is killed: the
 * electron package downloads from a grandchild that would outlive its parent.
 */
function run(command, args, { cwd, env, stdio = ['ignore', 'pipe', 'pipe'], timeoutMs } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env,
      stdio,
      detached: timeoutMs !== undefined && !isWindows,
      windowsHide: true,
      // npx is npx.cmd on Windows, which Node only starts through a shell.
      shell: isWindows && command === 'npx',
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout?.on('data', (chunk) => (stdout += chunk));
    child.stderr?.on('data', (chunk) => (stderr += chunk));
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            killTree(child);
          }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: -1, stdout, stderr: `${stderr}\n${error.message}`, timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr, timedOut });
    });
  });
}

function killTree(child) {
  if (child.pid === undefined) return;
  try {
    if (isWindows) spawn('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
    else process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/**
 * Runs the shell and exits with its status. The child gets its own process group (POSIX) and
 * exactly one copy of the first stop signal: Ctrl+C otherwise reaches it twice (from the
 * terminal and again via npm), and Electron treats a second SIGINT as "die now", skipping the
 * clean close of the store. A signal more than a second after the first forces the issue.
 */
function runForwardingSignals(command, args, env) {
  // The caller's working directory, so a relative --data-dir means what the user typed.
  const child = spawn(command, args, { env, stdio: 'inherit', detached: !isWindows });
  let firstSignalAt;
  const onSignal = (signal) => {
    const now = Date.now();
    if (firstSignalAt === undefined) {
      firstSignalAt = now;
      child.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal);
    } else if (now - firstSignalAt > 1000) {
      child.kill('SIGKILL');
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, onSignal);
  // If this script dies for any other reason, it does not leave the shell running detached.
  process.on('exit', () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  });
  child.on('error', (error) => {
    log(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('close', (code, signal) => {
    process.exit(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1));
  });
}

// Last, so every constant above is initialised before main() reads it.
main().catch((error) => {
  log(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
