import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { contentType, rendererPathFor, resolveRendererFile } from '../../../main/app/renderer-files';

const root = resolve('/srv/renderer');

describe('rendererPathFor', () => {
  it('maps / to index.html and plain paths inside the root', () => {
    expect(rendererPathFor(root, '/')).toBe(join(root, 'index.html'));
    expect(rendererPathFor(root, '')).toBe(join(root, 'index.html'));
    expect(rendererPathFor(root, '/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(rendererPathFor(root, '/./assets//a.css')).toBe(join(root, 'assets', 'a.css'));
    expect(rendererPathFor(root, '/fonts/%E5%AE%8B%E4%BD%93.woff2')).toBe(join(root, 'fonts', '宋体.woff2'));
  });

  it.each([
    '/..',
    '/../etc/passwd',
    '/..%2f..%2fetc%2fpasswd',
    '/assets/..%2findex.html',
    '/%2e%2e/x',
    '/..%5c..%5cwindows',
    '/a\\b',
    '/C:%5cWindows',
    '/C:/Windows/win.ini',
    '/x%00.html',
    '/%E0%A4%A',
    '/%',
  ])('refuses %s', (path) => {
    expect(rendererPathFor(root, path)).toBeNull();
  });
});

describe('resolveRendererFile', () => {
  it('refuses directories and symlinks that leave the root', async () => {
    const base = mkdtempSync(join(tmpdir(), 'shenyi-files-'));
    const renderer = join(base, 'renderer');
    mkdirSync(join(renderer, 'assets'), { recursive: true });
    writeFileSync(join(renderer, 'index.html'), 'ok');
    writeFileSync(join(base, 'secret.txt'), 'SECRET');
    symlinkSync(join(base, 'secret.txt'), join(renderer, 'link.txt'));
    expect(await resolveRendererFile(renderer, '/')).not.toBeNull();
    expect(await resolveRendererFile(renderer, '/assets')).toBeNull();
    expect(await resolveRendererFile(renderer, '/link.txt')).toBeNull();
    expect(await resolveRendererFile(renderer, '/missing')).toBeNull();
    rmSync(base, { recursive: true, force: true });
  });
});

describe('contentType', () => {
  it('knows the renderer types and never guesses the rest', () => {
    expect(contentType('a.html')).toBe('text/html; charset=utf-8');
    expect(contentType('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentType('a.woff2')).toBe('font/woff2');
    expect(contentType('a.svg')).toBe('image/svg+xml');
    expect(contentType('a.exe')).toBe('application/octet-stream');
    expect(contentType('Makefile')).toBe('application/octet-stream');
  });
});
