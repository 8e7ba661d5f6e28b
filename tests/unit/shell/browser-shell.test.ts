import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Handlers } from '../../../main/api/contract';
import { DomainError } from '../../../main/model/errors';
import { MAX_BODY_BYTES, startBrowserShell } from '../../../main/browser-shell/server';
import type { BrowserShell } from '../../../main/browser-shell/server';
import { CONTENT_SECURITY_POLICY } from '../../../main/app/renderer-files';

/** A tiny Handlers-shaped fake: these tests are about the door, not the rooms behind it. */
const calls: string[] = [];
const notHere = (method: string) => () => {
  calls.push(method);
  throw new DomainError('not-found', `${method} is not part of this fake`);
};
const fakeHandlers = {
  'app.info': () => {
    calls.push('app.info');
    return { shell: 'browser' as const, version: 'test', dataDir: '/nowhere' };
  },
  'library.list': () => [],
  'report.open': notHere('report.open'),
  'report.remove': () => ({ removed: false }),
  'import.file': notHere('import.file'),
  'report.versions': notHere('report.versions'),
  'versions.compare': notHere('versions.compare'),
  'versions.adoption': notHere('versions.adoption'),
  'versions.note': notHere('versions.note'),
  'versions.confirmAdoption': notHere('versions.confirmAdoption'),
  'debris.setRestored': notHere('debris.setRestored'),
  'outline.correctHeading': notHere('outline.correctHeading'),
  'settings.get': notHere('settings.get'),
  'settings.set': notHere('settings.set'),
  'profile.get': notHere('profile.get'),
  'profile.set': notHere('profile.set'),
  'stances.list': notHere('stances.list'),
  'stances.save': notHere('stances.save'),
  'stances.remove': notHere('stances.remove'),
  'opinions.list': notHere('opinions.list'),
  'opinions.views': notHere('opinions.views'),
  'opinions.create': notHere('opinions.create'),
  'opinions.update': notHere('opinions.update'),
  'opinions.delete': notHere('opinions.delete'),
  'opinions.restore': notHere('opinions.restore'),
  'opinions.settle': notHere('opinions.settle'),
  'opinions.trash': notHere('opinions.trash'),
  'opinions.place': notHere('opinions.place'),
  'opinions.unplace': notHere('opinions.unplace'),
  'versions.history': notHere('versions.history'),
  'search.query': notHere('search.query'),
  'export.build': notHere('export.build'),
  'package.import': notHere('package.import'),
  'window.flushed': () => ({}),
  'jobs.cancel': () => ({ cancelled: false }),
  'store.status': notHere('store.status'),
  'store.openReadOnly': notHere('store.openReadOnly'),
  'backups.list': notHere('backups.list'),
  'backups.create': notHere('backups.create'),
  'backups.restore': notHere('backups.restore'),
  'backups.restoreOpinion': notHere('backups.restoreOpinion'),
  'desk.import': notHere('desk.import'),
  'desk.view': notHere('desk.view'),
  'desk.clusters': notHere('desk.clusters'),
  'desk.confirmCluster': notHere('desk.confirmCluster'),
  'desk.updateCluster': notHere('desk.updateCluster'),
  'desk.mergeClusters': notHere('desk.mergeClusters'),
  'desk.dissolveCluster': notHere('desk.dissolveCluster'),
  'desk.dispose': notHere('desk.dispose'),
  'desk.clearDisposition': notHere('desk.clearDisposition'),
  'desk.kinds': notHere('desk.kinds'),
  'desk.saveKind': notHere('desk.saveKind'),
  'desk.removeKind': notHere('desk.removeKind'),
  'desk.history': notHere('desk.history'),
  'desk.addOpinion': notHere('desk.addOpinion'),
  'desk.assign': notHere('desk.assign'),
  'desk.assignments': notHere('desk.assignments'),
  'desk.resolveConflict': notHere('desk.resolveConflict'),
  'desk.export': notHere('desk.export'),
  'drafts.profiles': notHere('drafts.profiles'),
  'drafts.saveProfile': notHere('drafts.saveProfile'),
  'drafts.list': notHere('drafts.list'),
  'drafts.create': notHere('drafts.create'),
  'drafts.importPast': notHere('drafts.importPast'),
  'drafts.get': notHere('drafts.get'),
  'drafts.save': notHere('drafts.save'),
  'drafts.remove': notHere('drafts.remove'),
  'drafts.revisions': notHere('drafts.revisions'),
  'drafts.restoreRevision': notHere('drafts.restoreRevision'),
  'drafts.cite': notHere('drafts.cite'),
  'drafts.dismiss': notHere('drafts.dismiss'),
  'drafts.signingRequest': notHere('drafts.signingRequest'),
  'drafts.confirmSigning': notHere('drafts.confirmSigning'),
  'drafts.importSignature': notHere('drafts.importSignature'),
  'drafts.setOutcome': notHere('drafts.setOutcome'),
  'drafts.export': notHere('drafts.export'),
} satisfies Handlers;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http rather than fetch: fetch will not send a forged Host header or an unnormalised path. */
function send(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

let root: string;
let shell: BrowserShell;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'shenyi-shell-'));
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>审议</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(rendererDir, 'assets', 'app.css'), 'body{}');
  // Next to the renderer folder, where a traversal would land.
  writeFileSync(join(root, 'secret.txt'), 'SECRET');
  shell = await startBrowserShell({ app: { handlers: fakeHandlers }, rendererDir });
});

afterAll(async () => {
  await shell.close();
  rmSync(root, { recursive: true, force: true });
});

const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  send(shell.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${shell.token}`, ...headers },
    body: JSON.stringify(body),
  });

describe('browser shell', () => {
  it('listens on loopback with a 32-byte token in the URL fragment', () => {
    expect(shell.token).toMatch(/^[0-9a-f]{64}$/);
    expect(shell.url).toBe(`http://127.0.0.1:${shell.port}/#token=${shell.token}`);
  });

  it('serves index.html for / with the security headers', async () => {
    const reply = await send(shell.port, { path: '/' });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('审议');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['cross-origin-opener-policy']).toBe('same-origin');
  });

  it('serves assets with their MIME types', async () => {
    expect((await send(shell.port, { path: '/assets/app.js' })).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await send(shell.port, { path: '/assets/app.css?v=1' })).headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it.each([
    '/..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/../secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/index.html%00.js',
    '/%E0%A4%A',
    '/assets',
    '/missing.js',
  ])('answers 404 to %s', async (path) => {
    const reply = await send(shell.port, { path });
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('SECRET');
  });

  it('refuses a foreign Host header (DNS rebinding), even with the token', async () => {
    calls.length = 0;
    const reply = await api('app.info', {}, { Host: `evil.example:${shell.port}` });
    expect(reply.status).toBe(403);
    expect((await send(shell.port, { path: '/', headers: { Host: `127.0.0.1:${shell.port + 1}` } })).status).toBe(403);
    expect(calls).toEqual([]);
  });

  it('accepts localhost:<port> as Host', async () => {
    const reply = await api('app.info', {}, { Host: `localhost:${shell.port}` });
    expect(reply.status).toBe(200);
  });

  it('refuses a foreign Origin header', async () => {
    calls.length = 0;
    const reply = await api('app.info', {}, { Origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
    expect(calls).toEqual([]);
    expect((await api('app.info', {}, { Origin: `http://127.0.0.1:${shell.port}` })).status).toBe(200);
  });

  it('requires the token for API calls', async () => {
    calls.length = 0;
    const missing = await send(shell.port, { method: 'POST', path: '/api/app.info', body: '{}' });
    expect(missing.status).toBe(401);
    const wrong = await api('app.info', {}, { Authorization: `Bearer ${'0'.repeat(64)}` });
    expect(wrong.status).toBe(401);
    const truncated = await api('app.info', {}, { Authorization: `Bearer ${shell.token.slice(1)}` });
    expect(truncated.status).toBe(401);
    expect(calls).toEqual([]);

    const right = await api('app.info', {});
    expect(right.status).toBe(200);
    expect(JSON.parse(right.body)).toEqual({ ok: true, value: { shell: 'browser', version: 'test', dataDir: '/nowhere' } });
  });

  it('answers an unknown method with invalid-input', async () => {
    const reply = await api('report.delete-everything', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(JSON.parse((await api('__proto__', {})).body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('answers an invalid payload with invalid-input, before any handler runs', async () => {
    calls.length = 0;
    const reply = await api('report.open', { reportId: 42 });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const extra = await api('app.info', { extra: true });
    expect(JSON.parse(extra.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(calls).toEqual([]);
  });

  it('answers a body that is not JSON with invalid-input', async () => {
    const reply = await send(shell.port, {
      method: 'POST',
      path: '/api/app.info',
      headers: { Authorization: `Bearer ${shell.token}` },
      body: '{"oops',
    });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('passes a handler failure through as a Result', async () => {
    const reply = await api('report.open', { reportId: 'r1' });
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'not-found', message: 'report.open is not part of this fake' } });
  });

  it('refuses API calls that are not POST', async () => {
    const reply = await send(shell.port, { path: '/api/app.info', headers: { Authorization: `Bearer ${shell.token}` } });
    expect(reply.status).toBe(405);
  });

  it('refuses an oversized body with 413 without reading it', async () => {
    const reply = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: shell.port,
          method: 'POST',
          path: '/api/import.file',
          headers: { Authorization: `Bearer ${shell.token}`, 'Content-Length': String(MAX_BODY_BYTES + 1) },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write('{');
    });
    expect(reply).toBe(413);
  });
});
