/**
 * The one origin the renderer runs in, and the URL checks built on it. Pure functions (no
 * electron import) so they are unit-tested with hostile input.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'shenyi';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parse(url: unknown): URL | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True for a URL of our renderer, `app://shenyi/…`. Compared by scheme and host rather than
 * `URL.origin`: Node's URL reports origin "null" for schemes it does not know, such as app:.
 */
export function isAppUrl(url: unknown): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

/**
 * Which requests the session lets through: our own files, DevTools' own frontend (it exists
 * only when not packaged) and in-memory data:/blob: content, which never touches the network.
 * Everything else, http(s), file:, ws:, ftp: and the rest, is cancelled: Shenyi makes no remote
 * requests at all.
 */
export function isAllowedRequestUrl(url: unknown): boolean {
  const parsed = parse(url);
  if (parsed === null) return false;
  switch (parsed.protocol) {
    case `${APP_SCHEME}:`:
      return parsed.host === APP_HOST;
    case 'devtools:':
    case 'data:':
    case 'blob:':
      return true;
    default:
      return false;
  }
}
