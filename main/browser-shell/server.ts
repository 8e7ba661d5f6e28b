/**
 * The browser shell: the same API as the Electron shell, served over loopback HTTP for machines
 * where Electron cannot run. Any local process and any web page the user visits can reach a
 * loopback port, so every request must prove it comes from our page:
 *  - bound to 127.0.0.1 only, on a random port by default;
 *  - the `Host` header must name that address, which defeats DNS rebinding (a hostile site
 *    resolving its own name to 127.0.0.1 still sends its own name as Host);
 *  - an `Origin` header, when present, must be this same origin;
 *  - API calls and the event stream carry a random 32-byte bearer token that only the printed
 *    URL contains (in the fragment, which browsers never send to the server or in a Referer).
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dispatch } from '../api/dispatch';
import { MAX_UPLOAD_BASE64_CHARS } from '../api/contract';
import type { Handlers, Result } from '../api/contract';
import { RENDERER_SECURITY_HEADERS, contentType, resolveRendererFile } from '../app/renderer-files';
import { resultBytes } from './result-bytes';
import { EVENTS_PATH, serveEventStream, type EventSubscribe } from './event-stream';

/** The largest upload (base64 in JSON) plus room for the rest of the JSON envelope. */
export const MAX_BODY_BYTES = MAX_UPLOAD_BASE64_CHARS + 16 * 1024 * 1024;

const API_PREFIX = '/api/';

export interface BrowserShellOptions {
  /** Only the handler map is used; the caller owns the app and closes it. */
  app?: { handlers: Handlers };
  /** The core run elsewhere (main/jobs/core-host.ts): calls go to it, its events go out on /events. */
  core?: { call(method: unknown, payload: unknown): Promise<Result<unknown>>; onEvent: EventSubscribe };
  /** 0 or omitted: a random free port. */
  port?: number;
  /** The built renderer, normally out/renderer. */
  rendererDir: string;
}

export interface BrowserShell {
  /** `http://127.0.0.1:PORT/#token=TOKEN`: the renderer reads the token from the fragment. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startBrowserShell(options: BrowserShellOptions): Promise<BrowserShell> {
  const call = callerOf(options);
  const subscribe: EventSubscribe = options.core ? options.core.onEvent : () => () => undefined;
  const token = randomBytes(32).toString('hex');
  const expectedAuthorization = Buffer.from(`Bearer ${token}`);
  let port = 0;

  const server = createServer((req, res) => {
    handleRequest(req, res).catch((error: unknown) => {
      // A bug here must not take the shell (and the open store) down with it.
      console.error('browser shell: request failed:', error);
      if (!res.headersSent) sendPlain(res, 500, 'Internal error');
      else res.destroy();
    });
  });

  async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = (req.headers.host ?? '').toLowerCase();
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      return sendPlain(res, 403, 'Forbidden host');
    }
    const origin = req.headers.origin;
    if (origin !== undefined && origin.toLowerCase() !== `http://${host}`) {
      return sendPlain(res, 403, 'Forbidden origin');
    }

    const pathname = pathnameOf(req.url);
    if (pathname === null) return sendPlain(res, 400, 'Bad request');

    if (pathname === EVENTS_PATH) {
      if (req.method !== 'GET') return sendPlain(res, 405, 'Method not allowed', { Allow: 'GET' });
      if (!hasToken(req.headers.authorization, expectedAuthorization)) {
        return sendPlain(res, 401, 'Unauthorized', { 'WWW-Authenticate': 'Bearer' });
      }
      return serveEventStream(res, subscribe);
    }

    if (pathname.startsWith(API_PREFIX)) {
      if (req.method !== 'POST') return sendPlain(res, 405, 'Method not allowed', { Allow: 'POST' });
      if (!hasToken(req.headers.authorization, expectedAuthorization)) {
        return sendPlain(res, 401, 'Unauthorized', { 'WWW-Authenticate': 'Bearer' });
      }
      const body = await readBody(req, MAX_BODY_BYTES);
      if (body === 'too-large') {
        // Stop reading the rest of a huge upload: answer, then drop the connection.
        res.setHeader('Connection', 'close');
        sendPlain(res, 413, 'Payload too large');
        res.on('finish', () => req.destroy());
        return;
      }
      if (body === 'aborted') return;
      let method: string;
      try {
        method = decodeURIComponent(pathname.slice(API_PREFIX.length));
      } catch {
        method = '';
      }
      return sendResult(res, await callApi(call, method, body));
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendPlain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    }
    const file = await resolveRendererFile(options.rendererDir, pathname);
    if (file === null) return sendPlain(res, 404, 'Not found');
    const content = await readFile(file);
    res.writeHead(200, {
      ...RENDERER_SECURITY_HEADERS,
      'Content-Type': contentType(file),
      'Content-Length': content.length,
      'Cache-Control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : content);
  }

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () => closeServer(server),
  };
}

type Call = (method: string, payload: unknown) => Promise<Result<unknown>>;

function callerOf({ app, core }: BrowserShellOptions): Call {
  if (core) return (method, payload) => core.call(method, payload);
  if (app) return (method, payload) => dispatch(app.handlers, method, payload);
  throw new Error('startBrowserShell needs an app or a core');
}

async function callApi(call: Call, method: string, body: Buffer): Promise<Result<unknown>> {
  let payload: unknown;
  if (body.length > 0) {
    try {
      payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
    } catch {
      return { ok: false, error: { code: 'invalid-input', message: 'The request body is not valid JSON.' } };
    }
  }
  return call(method, payload);
}

function hasToken(header: string | undefined, expected: Buffer): boolean {
  if (header === undefined) return false;
  const given = Buffer.from(header);
  // Compare in constant time so the token cannot be guessed byte by byte from timings.
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function pathnameOf(rawUrl: string | undefined): string | null {
  try {
    return new URL(rawUrl ?? '/', 'http://127.0.0.1').pathname;
  } catch {
    return null;
  }
}

/** Reads the whole body, refusing (early, by Content-Length when given) anything over `limit`. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large' | 'aborted'> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve('too-large');
  return new Promise((resolveBody) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (value: Buffer | 'too-large' | 'aborted') => {
      if (settled) return;
      settled = true;
      resolveBody(value);
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        req.pause();
        settle('too-large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => settle(Buffer.concat(chunks, size)));
    req.on('error', () => settle('aborted'));
    req.on('close', () => settle('aborted'));
  });
}

function sendResult(res: ServerResponse, result: Result<unknown>): void {
  const json = resultBytes(result);
  // Every Result, success or failure, is HTTP 200: the status line is for transport problems.
  res.writeHead(200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': json.length,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(json);
}

function sendPlain(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    ...extra,
  });
  res.end(text);
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolveClose) => {
    server.close(() => resolveClose());
    // Keep-alive connections would hold close() open for seconds; the page is going away anyway.
    server.closeAllConnections();
  });
}
