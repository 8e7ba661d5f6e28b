/**
 * Running Electron, and telling an early death from a normal end. The main process prints a
 * marker on stdout once its window is shown (SHENYI_LAUNCH_MARKERS=1). Until then, Electron
 * dying — the Chromium sandbox refused by AppArmor on Ubuntu 23.10+ (electron/electron#42510),
 * a missing system library, no usable display — is explained in one line and the browser shell
 * takes over. After it, Electron's exit is the user's.
 */
import { createInterface } from 'node:readline';
import { runShell } from './processes.mjs';

export const WINDOW_SHOWN = 'SHENYI_WINDOW_SHOWN';
export const ALREADY_RUNNING = 'SHENYI_ALREADY_RUNNING';

/** Resolves `{ exitCode }` when Electron ran (or another Shenyi has the data folder), else `{ reason }`. */
export async function launchElectron(electronPath, appDir, args, env) {
  const childEnv = { ...env, SHENYI_LAUNCH_MARKERS: '1' };
  // Inherited from a parent tool, this would turn Electron into plain Node.
  delete childEnv.ELECTRON_RUN_AS_NODE;
  // The project folder, not out/main/index.js: Electron then reads package.json (its "main"),
  // so the app has its own name and version as when packaged.
  const { child, ended } = runShell(electronPath, [appDir, ...args], { env: childEnv, stdio: ['inherit', 'pipe', 'pipe'] });
  let shown = false;
  let alreadyRunning = false;
  const early = [];
  // stdout is kept for the browser shell's URL line: Electron's own output goes to stderr.
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line === WINDOW_SHOWN) shown = true;
    else if (line === ALREADY_RUNNING) alreadyRunning = true;
    else process.stderr.write(`${line}\n`);
  });
  createInterface({ input: child.stderr }).on('line', (line) => {
    if (!shown && early.length < 400) early.push(line);
    process.stderr.write(`${line}\n`);
  });
  const outcome = await ended;
  if (outcome.error) return { reason: `Electron could not be started: ${outcome.error.message}` };
  if (alreadyRunning) return { exitCode: 0, alreadyRunning: true };
  if (shown || outcome.stoppedByUser || (outcome.code === 0 && outcome.signal === null)) return { exitCode: outcome.code ?? 0 };
  return { reason: explainEarlyExit(outcome.code, outcome.signal, early.join('\n')) };
}

/** One line: what killed Electron before its window showed, and what fixes it. */
export function explainEarlyExit(code, signal, stderr, env = process.env) {
  if (/SUID sandbox helper|setuid_sandbox|No usable sandbox|Failed to move to new namespace|zygote_host_impl_linux|credentials\.cc/i.test(stderr)) {
    return (
      "Electron's sandbox could not start (on Ubuntu 23.10 and later AppArmor blocks it for an Electron run from node_modules). " +
      'Fix: install Shenyi from its .deb or AppImage (npm run dist), or let this copy use the sandbox helper: ' +
      'sudo chown root:root node_modules/electron/dist/chrome-sandbox && sudo chmod 4755 node_modules/electron/dist/chrome-sandbox'
    );
  }
  const library = /error while loading shared libraries: ([^:\s]+)/.exec(stderr)?.[1];
  if (library) return `Electron needs the system library ${library}, which is not installed. Fix: install it with your package manager (Debian/Ubuntu: apt-get install libnss3 libgtk-3-0 libasound2 libgbm1).`;
  if (/Missing X server|cannot open display|Failed to connect to Wayland|platform_ozone|ozone_platform/i.test(stderr)) {
    return `Electron could not open the display (DISPLAY=${env.DISPLAY ?? ''}, WAYLAND_DISPLAY=${env.WAYLAND_DISPLAY ?? ''}). Fix: run it from a desktop session.`;
  }
  const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
  const line = stderr
    .split('\n')
    .map((text) => text.trim())
    .find((text) => /error|fatal|cannot|failed/i.test(text));
  return `Electron ${how} before its window showed${line ? `: ${line.length > 160 ? `${line.slice(0, 157)}…` : line}` : ''}`;
}
