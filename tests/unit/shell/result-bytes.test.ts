import { describe, expect, it } from 'vitest';
import { resultBytes } from '../../../main/browser-shell/result-bytes';

describe('browser shell result bytes', () => {
  it('a frozen value is serialised once; anything else every time, so a changed value is never sent stale', () => {
    const list = Object.freeze([Object.freeze({ id: 'o1', bodyText: '建议' })]);
    const first = resultBytes({ ok: true, value: list });
    expect(JSON.parse(first.toString('utf8'))).toEqual({ ok: true, value: [{ id: 'o1', bodyText: '建议' }] });
    expect(resultBytes({ ok: true, value: list })).toBe(first);

    const settings = { locale: 'zh-Hans' };
    const before = resultBytes({ ok: true, value: settings });
    settings.locale = 'en';
    expect(JSON.parse(resultBytes({ ok: true, value: settings }).toString('utf8')).value.locale).toBe('en');
    expect(JSON.parse(before.toString('utf8')).value.locale).toBe('zh-Hans');
  });

  it('a value that cannot be serialised becomes an internal error, not a broken response', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(JSON.parse(resultBytes({ ok: true, value: cyclic }).toString('utf8'))).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
