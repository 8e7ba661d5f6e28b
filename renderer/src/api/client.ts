/**
 * The renderer's only door to the shell. Electron's preload exposes `window.shenyi`; without it
 * the page was opened by the loopback browser shell, which answers `POST /api/<method>` for a
 * bearer token handed over once in the URL hash. Both return the same Result objects, so nothing
 * above this file knows which shell it runs in.
 */
import type { ApiError, Input, Method, Output, Result, ShenyiApi } from './contract';
import { eventStream } from './event-stream';

/** What the Electron preload puts on `window`; untyped on purpose, the contract types it here. */
interface PreloadBridge {
  call(method: string, input: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    shenyi?: PreloadBridge;
  }
}

const TOKEN_KEY = 'shenyi.token';

export function createApiClient(): ShenyiApi {
  const bridge = window.shenyi;
  if (bridge && typeof bridge.call === 'function') return preloadClient(bridge);
  return browserClient(takeToken());
}

function preloadClient(bridge: PreloadBridge): ShenyiApi {
  return {
    async call<M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>> {
      try {
        return asResult<Output<M>>(await bridge.call(method, input));
      } catch (error) {
        return internal(error);
      }
    },
    on(event, listener) {
      return bridge.on(event, listener as (payload: unknown) => void);
    },
  };
}

function browserClient(token: string | null): ShenyiApi {
  const events = eventStream(token);
  return {
    async call<M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>> {
      const ended = events.callStarted();
      try {
        return await post(token, method, input);
      } finally {
        ended();
      }
    },
    // Pushed over GET /events (Server-Sent Events); the menu events never come, the page is the menu.
    on(event, listener) {
      return events.subscribe(event, listener as (payload: unknown) => void);
    },
  };
}

async function post<M extends Method>(token: string | null, method: M, input: Input<M>): Promise<Result<Output<M>>> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(input),
      cache: 'no-store',
    });
  } catch (error) {
    return internal(error);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    const code = response.status === 401 || response.status === 403 ? 'forbidden' : 'internal';
    return { ok: false, error: { code, message: `HTTP ${response.status} ${response.statusText}`.trim() } };
  }
  return asResult<Output<M>>(body);
}

/**
 * The token arrives once as `#token=…`. It is moved to sessionStorage so a reload keeps working,
 * and wiped from the visible URL so it is not copied into bookmarks, screenshots or chat.
 */
function takeToken(): string | null {
  const fromHash = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('token');
  if (fromHash) {
    try {
      sessionStorage.setItem(TOKEN_KEY, fromHash);
    } catch {
      // Storage can be disabled; the token still works for this page's lifetime.
    }
    history.replaceState(history.state, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

function asResult<T>(value: unknown): Result<T> {
  if (typeof value === 'object' && value !== null && 'ok' in value) {
    const candidate = value as { ok: unknown; value?: unknown; error?: unknown };
    if (candidate.ok === true) return { ok: true, value: candidate.value as T };
    const error = candidate.error as { code?: unknown; message?: unknown; detail?: unknown } | undefined;
    if (candidate.ok === false && typeof error?.code === 'string' && typeof error.message === 'string') {
      const detail = asDetail(error.detail);
      return { ok: false, error: { code: error.code as ApiError['code'], message: error.message, ...(detail ? { detail } : {}) } };
    }
  }
  return { ok: false, error: { code: 'internal', message: 'The shell sent an answer that is not a Result.' } };
}

/** An import failure's problem code, file and parameters, kept only when well formed. */
function asDetail(value: unknown): ApiError['detail'] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { problem, fileName, params } = value as { problem?: unknown; fileName?: unknown; params?: unknown };
  if (typeof problem !== 'string' || typeof fileName !== 'string' || typeof params !== 'object' || params === null) return undefined;
  const kept: Record<string, string | number> = {};
  for (const [key, item] of Object.entries(params)) {
    if (typeof item === 'string' || typeof item === 'number') kept[key] = item;
  }
  return { problem, fileName, params: kept };
}

function internal<T>(error: unknown): Result<T> {
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'internal', message } };
}
