/**
 * The browser shell's pushed events (main/browser-shell/event-stream.ts), read as a
 * Server-Sent Events stream through fetch so the bearer token goes in a header, as for API
 * calls. One stream for the page, opened with the first listener and reopened after a drop.
 */
import type { EventName } from './contract';

type Listener = (payload: unknown) => void;

const RETRY_MS = 2_000;

export function eventStream(token: string | null): (event: EventName, listener: Listener) => () => void {
  const listeners = new Map<string, Set<Listener>>();
  let open = false;

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

  const connect = async () => {
    const headers: Record<string, string> = {};
    if (token) headers.Authorization = `Bearer ${token}`;
    try {
      const response = await fetch('/events', { headers, cache: 'no-store' });
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
      // The shell restarted or the connection dropped: try again below.
    }
    setTimeout(() => void connect(), RETRY_MS);
  };

  return (event, listener) => {
    let set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    set.add(listener);
    if (!open) {
      open = true;
      void connect();
    }
    return () => {
      set.delete(listener);
    };
  };
}
