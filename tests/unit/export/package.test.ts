/**
 * The opinion package: built, parsed and turned back into opinions, every field of every kind
 * must come back exactly; anything tampered with, hostile or malformed is refused whole, with
 * a message naming what is wrong.
 */
import { describe, expect, it } from 'vitest';
import type { Opinion } from '../../../main/model/opinion';
import { SEEDED_STANCES } from '../../../main/model/opinion';
import { buildOpinionPackage, buildPackageDocument } from '../../../main/packages/format/build-package';
import { canonicalJson, canonicalSha256 } from '../../../main/packages/format/canonical-json';
import { parsePackage, MAX_PACKAGE_DEPTH } from '../../../main/packages/format/parse-package';
import { packageToOpinions } from '../../../main/packages/format/package-to-opinions';
import { nestingDepth, parseBoundedJson } from '../../../main/packages/format/safe-json';
import { corpusCase, NOW, PROFILE } from './corpus-input';

const later = () => new Date('2026-03-06T00:00:00Z');

/** Re-seals a package after a deliberate change, so the test reaches the check after the checksum. */
function reseal(document: Record<string, unknown>): string {
  const { 'shenyi:checksum': _old, ...rest } = document;
  return JSON.stringify({ ...rest, 'shenyi:checksum': `sha256:${canonicalSha256(rest)}` });
}

const stripView = ({ resolution: _r, ...opinion }: Opinion & { resolution?: unknown }): Opinion => opinion;

describe('the opinion package', () => {
  it('round-trips every field of every kind of opinion exactly', () => {
    const { input, opinions } = corpusCase();
    const contents = packageToOpinions(parsePackage(buildOpinionPackage(input), { now: later }));
    const expected = opinions.filter((o) => o.deletedAt === null).map(stripView);
    const byId = new Map(contents.opinions.map((o) => [o.id, o]));
    expect(contents.opinions).toHaveLength(expected.length);
    for (const opinion of expected) expect(byId.get(opinion.id), opinion.id).toStrictEqual(opinion);
    // Every kind, every awkward shape is in there.
    expect(new Set(expected.map((o) => o.kind))).toEqual(new Set(['passage-comment', 'passage-suggestion', 'section-note', 'report-note']));
    expect(expected.some((o) => o.anchor?.quote.exact.includes('\n'))).toBe(true);
    expect(expected.some((o) => o.tags.length > 1 && o.body.content!.length > 5)).toBe(true);
  });

  it('carries the report identity, the author, app and schema versions, and the stances and tags used', () => {
    const { input } = corpusCase();
    const contents = packageToOpinions(parsePackage(buildOpinionPackage(input), { now: later }));
    expect(contents.report).toEqual(input.report);
    expect(contents.author).toEqual(PROFILE);
    expect(contents.appVersion).toBe('0.1.0-test');
    expect(contents.generated).toBe(NOW.toISOString());
    expect(contents.stances).toEqual(SEEDED_STANCES);
    const document = buildPackageDocument(input);
    expect(document['shenyi:schemaVersion']).toBe(1);
    expect(document['shenyi:tags']).toEqual(['数据', '目标', '营商环境']);
  });

  it('is a W3C Web Annotation collection with the standard selectors and bodies', () => {
    const { input } = corpusCase();
    const document = JSON.parse(buildOpinionPackage(input));
    expect(document['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(document['@context'][1].shenyi).toBe('https://shenyi.app/ns/annotation#');
    expect(document.type).toBe('AnnotationCollection');
    expect(document.total).toBe(16);
    const suggestion = document.first.items.find((item: { id: string }) => item.id === 'urn:shenyi:opinion:o_sugg');
    expect(suggestion.motivation).toBe('editing');
    expect(suggestion.target.selector.map((s: { type: string }) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
      'shenyi:ReadingPositionSelector',
      'shenyi:ParagraphSelector',
    ]);
    expect(suggestion.body.map((b: { purpose?: string; type: string }) => b.purpose ?? b.type)).toEqual(['commenting', 'shenyi:RichText', 'classifying', 'editing']);
    const section = document.first.items.find((item: { id: string }) => item.id === 'urn:shenyi:opinion:o_sec_heading');
    expect(section.target.selector).toEqual({ type: 'shenyi:SectionSelector', 'shenyi:sectionId': 's:三/（一）' });
    expect(document['shenyi:checksum']).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('never converts the script: quotes must match the report exactly', () => {
    const { input } = corpusCase();
    expect(buildOpinionPackage({ ...input, script: 'hant' })).toBe(buildOpinionPackage(input));
  });

  it('is valid and empty with no opinions', () => {
    const { input } = corpusCase({ opinions: [] });
    const contents = packageToOpinions(parsePackage(buildOpinionPackage(input), { now: later }));
    expect(contents.opinions).toEqual([]);
    expect(contents.stances).toEqual([]);
  });

  it('refuses a package changed after export, naming the checksum', () => {
    const { input } = corpusCase();
    const tampered = buildOpinionPackage(input).replace('此处表述宜更具体。', '此处表述宜更模糊。');
    expect(() => parsePackage(tampered)).toThrow(/changed after it was exported: its checksum does not match/);
    const document = JSON.parse(buildOpinionPackage(input));
    delete document['shenyi:checksum'];
    expect(() => parsePackage(JSON.stringify(document))).toThrow(/has no shenyi:checksum/);
  });

  it('refuses __proto__, constructor and prototype keys wherever they are', () => {
    const { input } = corpusCase();
    const text = buildOpinionPackage(input);
    const proto = text.replace('"type":"AnnotationCollection",', '"type":"AnnotationCollection","__proto__":{"polluted":true},');
    expect(proto).not.toBe(text);
    expect(() => parsePackage(proto)).toThrow(/forbidden key __proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const nested = text.replace('"shenyi:kind":"report-note",', '"shenyi:kind":"report-note","x":{"constructor":{"prototype":1}},');
    expect(nested).not.toBe(text);
    expect(() => parsePackage(nested)).toThrow(/forbidden keys (constructor, prototype|prototype, constructor)/);
  });

  it('refuses JSON nested too deep before parsing it, and JSON too large', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(() => parsePackage(deep)).toThrow(`nested more than ${MAX_PACKAGE_DEPTH} levels deep`);
    expect(nestingDepth('{"a":"[[[[[[","b":[1,[2]]}', 10)).toBe(3);
    expect(nestingDepth('"\\"[[["', 10)).toBe(0);
    expect(() => parseBoundedJson('[1,2,3]', { maxChars: 5, maxDepth: 10, what: 'The test file' })).toThrow('The test file is too large: 7 characters, at most 5 are read');
    expect(() => parsePackage('{"type": ')).toThrow(/not valid JSON/);
  });

  it('refuses what is not a Shenyi package, or comes from a newer Shenyi', () => {
    expect(() => parsePackage('{"hello": "world"}')).toThrow(/not a Shenyi opinion package/);
    expect(() => parsePackage('[]')).toThrow(/not a Shenyi opinion package/);
    const { input } = corpusCase();
    const document = JSON.parse(buildOpinionPackage(input));
    expect(() => parsePackage(reseal({ ...document, 'shenyi:schemaVersion': 2 }))).toThrow(/written by a newer Shenyi \(package schema 2; this Shenyi reads up to 1\)/);
  });

  it('refuses a package that does not follow the schema, naming the field', () => {
    const { input } = corpusCase();
    const document = JSON.parse(buildOpinionPackage(input));
    const item = (id: string) => document.first.items.findIndex((i: { id: string }) => i.id === `urn:shenyi:opinion:${id}`);

    const badTime = structuredClone(document);
    badTime.first.items[item('o_sugg')].created = '2026-02-01 10:00';
    expect(() => parsePackage(reseal(badTime))).toThrow(new RegExp(`first\\.items\\.${item('o_sugg')}\\.created: must be an RFC 3339 timestamp`));

    const noOffset = structuredClone(document);
    noOffset.first.items[0].modified = '2026-02-01T10:00:00';
    expect(() => parsePackage(reseal(noOffset))).toThrow(/first\.items\.0\.modified: must be an RFC 3339 timestamp with seconds and an offset/);

    const numericId = structuredClone(document);
    numericId['shenyi:stances'][0].id = 7;
    expect(() => parsePackage(reseal(numericId))).toThrow(/shenyi:stances\.0\.id/);

    const extra = structuredClone(document);
    extra.first.items[0].evil = 'x';
    expect(() => parsePackage(reseal(extra))).toThrow(/first\.items\.0: Unrecognized key: "evil"/);

    const wrongKind = structuredClone(document);
    wrongKind.first.items[item('o_sugg')]['shenyi:kind'] = 'report-note';
    expect(() => parsePackage(reseal(wrongKind))).toThrow(/a report-note must not have an editing body/);

    const miscount = structuredClone(document);
    miscount.total = 3;
    expect(() => parsePackage(reseal(miscount))).toThrow(/total: says 3 opinions but holds 16/);

    const repeated = structuredClone(document);
    repeated.first.items.push(repeated.first.items[0]);
    repeated.total += 1;
    expect(() => parsePackage(reseal(repeated))).toThrow(/repeats opinion urn:shenyi:opinion:o_report by the same author/);
  });

  it('lets implausible timestamps through with warnings, and flags unknown stances', () => {
    const { input } = corpusCase();
    const document = JSON.parse(buildOpinionPackage(input));
    document.first.items[0].created = '2099-01-01T00:00:00+08:00';
    document.first.items[1].modified = '1970-01-01T00:00:00Z';
    document['shenyi:stances'] = document['shenyi:stances'].filter((s: { id: string }) => s.id !== 'oppose');
    const { warnings } = parsePackage(reseal(document), { now: later });
    expect(warnings.map((w) => w.code).sort()).toEqual(['far-future', 'far-past', 'unknown-stance']);
    expect(warnings.find((w) => w.code === 'far-future')!.message).toContain('2099-01-01T00:00:00+08:00');
    expect(parsePackage(buildOpinionPackage(input), { now: later }).warnings).toEqual([]);
  });

  it('sanitises bodies on the way in: an unknown node keeps its words, nothing else', () => {
    const { input } = corpusCase();
    const document = JSON.parse(buildOpinionPackage(input));
    const rich = document.first.items[0].body.find((b: { type: string }) => b.type === 'shenyi:RichText');
    rich['shenyi:doc'] = { type: 'doc', content: [{ type: 'iframe', attrs: { src: 'javascript:alert(1)' }, content: [{ type: 'text', text: '留下的字' }] }] };
    const [opinion] = packageToOpinions(parsePackage(reseal(document), { now: later })).opinions;
    expect(opinion!.body).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '留下的字' }] }] });
    expect(opinion!.bodyText).toBe('留下的字');
  });

  it('hashes a canonical form: key order and white space do not matter, content does', () => {
    expect(canonicalJson({ b: 1, a: [true, null, '中'] })).toBe('{"a":[true,null,"中"],"b":1}');
    expect(canonicalSha256({ a: 1, b: 2 })).toBe(canonicalSha256(JSON.parse('{ "b": 2,\n "a": 1 }')));
    expect(canonicalSha256({ a: 1 })).not.toBe(canonicalSha256({ a: 2 }));
  });
});
