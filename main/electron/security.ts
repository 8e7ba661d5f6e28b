/**
 * Electron hardening in one place, imported first by main/electron/index.ts so that no window
 * or web contents can exist before these rules do. Deny by default; each allowance says why.
 * The window's own webPreferences (sandbox, contextIsolation, …) are set in window.ts.
 */
import { app } from 'electron';
import type { Session, WebContents } from 'electron';
import { isAllowedRequestUrl } from './app-origin';

// Every renderer is sandboxed, whatever a future BrowserWindow forgets to say.
app.enableSandbox();

app.on('web-contents-created', (_event, contents) => lockDownContents(contents));

/**
 * The page is the whole app: it never navigates, never opens windows and never embeds a
 * webview. In-page (#fragment) changes and reloads are not navigations and stay possible.
 */
function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Called once the app is ready, for the session the window uses. */
export function hardenSession(session: Session): void {
  // No camera, notifications, clipboard-read, geolocation, HID/USB/serial, … for anyone.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // No screen capture either: answering with no streams refuses the request.
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));

  // Nothing leaves the machine: not a font, not an image, not the spell-checker's dictionary.
  session.setSpellCheckerEnabled(false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
}
