import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAllowedRequestUrl, isAppUrl } from '../../../main/electron/app-origin';

describe('isAppUrl', () => {
  it('accepts our renderer', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://shenyi/')).toBe(true);
    expect(isAppUrl('app://shenyi/index.html#/report/1')).toBe(true);
  });

  it.each([
    'app://evil/index.html',
    'app://shenyi.evil/index.html',
    'app://user@shenyi/index.html',
    'app://shenyi:1/index.html',
    'https://shenyi/index.html',
    'file:///index.html',
    'http://127.0.0.1:5173/',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl(null)).toBe(false);
    expect(isAppUrl({ toString: () => 'app://shenyi/' })).toBe(false);
  });
});

describe('isAllowedRequestUrl', () => {
  it('lets through our files, DevTools and in-memory content', () => {
    expect(isAllowedRequestUrl('app://shenyi/assets/index.js')).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequestUrl('blob:app://shenyi/5f0c')).toBe(true);
  });

  it.each([
    'https://example.com/font.woff2',
    'http://127.0.0.1:8080/',
    'ws://127.0.0.1/',
    'file:///etc/passwd',
    'ftp://example.com/',
    'app://other/index.html',
    'chrome-extension://abc/x.js',
    'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
    'garbage',
  ])('cancels %s', (url) => {
    expect(isAllowedRequestUrl(url)).toBe(false);
  });
});
