/**
 * `node --import register.mjs drive.mjs BUNDLE`: loads the built Electron main bundle against
 * the recording fake, plays Electron's part (ready, a page calling over IPC, app:// requests,
 * the user closing the window, quit) and prints what happened as one JSON line on stdout.
 */
import { record, app } from 'electron';

const bundle = process.argv[2];
const report = { steps: [] };
const step = (name, value) => report.steps.push({ name, value });
const waitFor = async (check, what, timeoutMs = 30_000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

try {
  await import(bundle);
  step('before-ready', [...record.calls]);
  app.__becomeReady();
  await waitFor(() => record.windows.length > 0 && record.calls.includes('window.show'), 'the window to show');
  const window = record.windows[0];
  step('order', [...record.calls]);
  step('webPreferences', { ...window.options.webPreferences, preload: String(window.options.webPreferences.preload) });
  step('loaded', window.loaded);
  step('schemes', record.schemes);

  const fetchApp = async (url) => {
    const response = await record.protocol(new Request(url));
    return { status: response.status, type: response.headers.get('content-type'), csp: response.headers.get('content-security-policy'), body: (await response.text()).slice(0, 200) };
  };
  step('index', await fetchApp('app://shenyi/index.html'));
  step('traversal', await fetchApp('app://shenyi/..%2f..%2fpackage.json'));
  step('other-host', await fetchApp('app://elsewhere/index.html'));

  const call = record.ipc.get('shenyi:call');
  const trusted = { senderFrame: { url: 'app://shenyi/index.html', parent: null } };
  step('library', await call(trusted, 'library.list', {}));
  const library = report.steps.at(-1).value;
  const reportId = library.ok ? library.value[0]?.id : null;
  if (reportId) {
    const opened = await call(trusted, 'report.open', { reportId });
    step('opinions', opened.ok ? await call(trusted, 'opinions.list', { reportId, versionId: opened.value.version.id }) : opened);
  }
  step('foreign', await call({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'library.list', {}));
  step('invalid', await call(trusted, 'settings.set', { locale: 'fr' }));
  step('locale', await call(trusted, 'settings.set', { locale: 'en' }));
  step('menu', record.menu.map((item) => item.label));

  // The user closes the window: the renderer is asked to flush and answers.
  window.close();
  const asked = window.webContents.sent.find(([, event]) => event === 'window.flush-requested');
  step('flush-requested', asked ? asked[2] : null);
  step('closed-before-answer', window.destroyed);
  if (asked) await call(trusted, 'window.flushed', asked[2]);
  step('closed-after-answer', window.destroyed);
  step('quit-after-close', record.calls.includes('app.quit'));
  // Electron's will-quit: the shell holds the quit while the core closes its store, then quits again.
  const quitsBefore = record.calls.filter((entry) => entry === 'app.quit').length;
  let held = false;
  app.emit('will-quit', { preventDefault: () => (held = true) });
  step('quit-held', held);
  await waitFor(() => record.calls.filter((entry) => entry === 'app.quit').length > quitsBefore, 'the quit after the store closed');
  step('dialogs', record.dialogs);
} catch (error) {
  report.error = error instanceof Error ? `${error.message}\n${error.stack}` : String(error);
}
process.stdout.write(`${JSON.stringify(report)}\n`);
process.exit(0);
