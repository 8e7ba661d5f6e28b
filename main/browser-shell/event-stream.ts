/**
 * The browser shell's push channel: Server-Sent Events on GET /events, for the same page and
 * behind the same bearer token as the API (the server checks both before this runs). The page
 * reads it with fetch, not EventSource, so the token travels in the Authorization header and
 * never in a URL.
 */
import type { ServerResponse } from 'node:http';
import type { EventName, EventPayloads } from '../api/contract';

export const EVENTS_PATH = '/events';

/** Keeps idle proxies and the browser from dropping a quiet stream. */
const HEARTBEAT_MS = 25_000;

export type EventSubscribe = (listener: <E extends EventName>(event: E, payload: EventPayloads[E]) => void) => () => void;

export function serveEventStream(res: ServerResponse, subscribe: EventSubscribe): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  res.flushHeaders();
  res.write(': open\n\n');
  const unsubscribe = subscribe((event, payload) => {
    res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  const heartbeat = setInterval(() => res.write(': still here\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  res.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}
