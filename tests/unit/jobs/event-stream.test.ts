import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowserShell, type BrowserShell } from '../../../main/browser-shell/server';
import type { EventName, EventPayloads, Result } from '../../../main/api/contract';

type Listener = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;

const listeners = new Set<Listener>();
const core = {
  call: (): Promise<Result<unknown>> => Promise.resolve({ ok: true, value: null }),
  onEvent: (listener: Listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

let root: string;
let shell: BrowserShell;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'shenyi-events-'));
  shell = await startBrowserShell({ core, rendererDir: root });
});

afterAll(async () => {
  await shell.close();
  rmSync(root, { recursive: true, force: true });
});

/** Opens /events and collects what arrives until `until` is seen or the server answers and ends. */
function openStream(headers: Record<string, string>, method = 'GET'): Promise<{ status: number; body: Promise<string>; close(): void }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: shell.port, path: '/events', method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      const ended = new Promise<string>((done) => {
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => done(body));
        res.on('close', () => done(body));
      });
      resolve({ status: res.statusCode ?? 0, body: ended, close: () => req.destroy() });
    });
    req.on('error', reject);
    req.end();
  });
}

const progress: EventPayloads['job.progress'] = { jobId: 'job-1', method: 'package.import', state: 'running', done: 5, total: 10, label: null };

describe('the browser shell’s event stream', () => {
  it('refuses a request without the token, or with another one', async () => {
    expect((await openStream({})).status).toBe(401);
    expect((await openStream({ Authorization: `Bearer ${'0'.repeat(64)}` })).status).toBe(401);
    expect(listeners.size).toBe(0);
  });

  it('refuses a foreign Host or Origin even with the token', async () => {
    const auth = { Authorization: `Bearer ${shell.token}` };
    expect((await openStream({ ...auth, Host: `evil.example:${shell.port}` })).status).toBe(403);
    expect((await openStream({ ...auth, Origin: 'http://evil.example' })).status).toBe(403);
  });

  it('pushes the core’s events to a page that has the token, and lets go when it leaves', async () => {
    const stream = await openStream({ Authorization: `Bearer ${shell.token}` });
    expect(stream.status).toBe(200);
    await expect.poll(() => listeners.size).toBe(1);
    for (const listener of listeners) listener('job.progress', progress);
    await new Promise((resolve) => setTimeout(resolve, 50));
    stream.close();
    const body = await stream.body;
    expect(body).toContain(`event: job.progress\ndata: ${JSON.stringify(progress)}\n\n`);
    await expect.poll(() => listeners.size).toBe(0);
  });

  it('answers only GET', async () => {
    expect((await openStream({ Authorization: `Bearer ${shell.token}` }, 'POST')).status).toBe(405);
  });
});
