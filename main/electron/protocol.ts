/**
 * The renderer is served from `app://shenyi/`, not file://: a file:// page could read any
 * local file by URL, while this handler serves only files inside out/renderer (same containment
 * check and security headers as the browser shell).
 */
import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { RENDERER_SECURITY_HEADERS, contentType, resolveRendererFile } from '../app/renderer-files';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: URLs parse like http (so relative URLs and `..` normalisation work) and
      // the scheme has an origin; secure: treated like https (secure context). No corsEnabled:
      // the page and its module scripts are all same-origin, and without it no other origin
      // may read app:// responses.
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Call once, after ready: answers every app:// request of the default session. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return notFound();
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed', { status: 405 });
    const file = await resolveRendererFile(rendererDir, url.pathname);
    if (file === null) return notFound();
    const content = await readFile(file);
    return new Response(request.method === 'HEAD' ? null : content, {
      status: 200,
      headers: { ...RENDERER_SECURITY_HEADERS, 'Content-Type': contentType(file) },
    });
  });
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
