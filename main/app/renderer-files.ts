/**
 * Serving the built renderer (out/renderer), shared by both shells: the loopback HTTP server
 * and Electron's app:// protocol. Nothing here imports electron, so the Electron protocol
 * handler and the browser shell apply the very same containment check and headers.
 */
import { realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

/**
 * The renderer loads only its own files. `style-src 'unsafe-inline'` is the one allowance:
 * React's `style={…}` props and some libraries set inline styles; scripts stay 'self' only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Sent with every renderer file in both shells. */
export const RENDERER_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** With `nosniff`, an unknown type is never guessed into something executable. */
export function contentType(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path (still percent-encoded, as in `URL.pathname`) to a file inside `rootDir`, or
 * null. Pure string checks first: any `..` segment, backslash, NUL or undecodable escape is
 * refused outright rather than normalised, so `/assets/..%2f..%2fsecret` is a 404 and never a
 * "harmless" resolve. The resolved path must stay under the root.
 */
export function rendererPathFor(rootDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..' || /^[a-zA-Z]:/.test(segment))) return null;
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const root = resolve(rootDir);
  const full = resolve(root, relative);
  return isInside(root, full) ? full : null;
}

/**
 * The file to serve for a URL path, or null (→ 404). Also resolves symlinks, so a link inside
 * the output folder cannot point outside it, and refuses anything that is not a regular file.
 */
export async function resolveRendererFile(rootDir: string, urlPath: string): Promise<string | null> {
  const candidate = rendererPathFor(rootDir, urlPath);
  if (candidate === null) return null;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(rootDir), realpath(candidate)]);
    if (!isInside(realRoot, realFile)) return null;
    const info = await stat(realFile);
    return info.isFile() ? realFile : null;
  } catch {
    return null;
  }
}

function isInside(root: string, full: string): boolean {
  return full.startsWith(root.endsWith(sep) ? root : root + sep);
}
