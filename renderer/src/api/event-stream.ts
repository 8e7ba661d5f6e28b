/**
 * The browser shell's pushed events (main/browser-shell/event-stream.ts), read as a
 * Server-Sent Events stream through fetch so the bearer token goes in a header, as for API
 * calls. The browser shell pushes only job progress, so the stream is open only while a call
 * is slow enough to be a job (and a moment after, for the job's last event): an idle page holds
 * no connection open.
 */
import type { EventName } from './contract';

type Listener = (payload: unknown) => void;

/** A call still pending after this long may be a job worth showing (the indicator waits 300 ms). */
const OPEN_AFTER_MS = 100;
/** The job's last event and its Result travel on two connections; the stream waits for the former. */
const LINGER_MS = 1_500;
const RETRY_MS = 1_000;

export interface EventStream {
  subscribe(event: EventName, listener: Listener): () => void;
  /** Tells the stream a call began; the returned function says it ended. */
  callStarted(): () => void;
}

export function eventStream(token: string | null): EventStream {
  const listeners = new Map<string, Set<Listener>>();
  let pending = 0;
  let connection: AbortController | null = null;
  let closeTimer: ReturnType<typeof setTimeout> | null = null;

  const deliver = (block: string) => {
    let name = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) name = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    if (data.length === 0) return;
    let payload: unknown;
    try {
      payload = JSON.parse(data.join('\n'));
    } catch {
      return;
    }
    for (const listener of listeners.get(name) ?? []) listener(payload);
  };

  const read = async (abort: AbortController) => {
    const headers: Record<string, string> = {};
    if (token) headers.Authorization = `Bearer ${token}`;
    try {
      const response = await fetch('/events', { headers, cache: 'no-store', signal: abort.signal });
      // Not allowed (a stale token) is final; anything else is worth another try.
      if (response.status === 401 || response.status === 403) return;
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffered = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffered += value;
        let end: number;
        while ((end = buffered.indexOf('\n\n')) >= 0) {
          deliver(buffered.slice(0, end));
          buffered = buffered.slice(end + 2);
        }
      }
    } catch {
      // Closed on purpose, or the shell dropped it: reopened below if still wanted.
    }
    if (connection === abort) {
      connection = null;
      if (pending > 0) setTimeout(open, RETRY_MS);
    }
  };

  const open = () => {
    if (closeTimer !== null) {
      clearTimeout(closeTimer);
      closeTimer = null;
    }
    if (connection !== null || pending === 0 || listeners.size === 0) return;
    const abort = new AbortController();
    connection = abort;
    void read(abort);
  };

  const closeSoon = () => {
    if (closeTimer !== null) clearTimeout(closeTimer);
    closeTimer = setTimeout(() => {
      closeTimer = null;
      if (pending > 0 || connection === null) return;
      const abort = connection;
      connection = null;
      abort.abort();
    }, LINGER_MS);
  };

  return {
    subscribe(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(event);
      };
    },
    callStarted() {
      pending++;
      const slow = setTimeout(open, OPEN_AFTER_MS);
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        clearTimeout(slow);
        pending--;
        if (pending === 0) closeSoon();
      };
    },
  };
}
