/**
 * The one rich-text schema and its extension point: a node declared with
 * RICH_TEXT_SCHEMA.extend (here drafting's citation, an atom) is kept by the sanitiser, counted
 * in the plain text, carried by a package and printed by the Markdown and Word exporters; the
 * same node where it is not declared is not kept — its words are — and it is reported, by the
 * sanitiser and by the package reader with the opinion it was in.
 */
import { describe, expect, it } from 'vitest';
import type { RichTextNode } from '../../../main/model/opinion';
import { RICH_TEXT_SCHEMA, type NodeSpec } from '../../../main/model/rich-text';
import { sanitizeBody, type BodyProblem } from '../../../main/model/rich-text/sanitize-body';
import { richTextToMarkdown } from '../../../main/export/rich-text-markdown';
import { richTextToWordml } from '../../../main/export/rich-text-docx';
import { buildOpinionPackage, packageToOpinions, parsePackage } from '../../../main/packages/format';
import { corpusCase } from './corpus-input';

/** A citation of a paragraph of a report, as drafting will declare it: shown as its label. */
const CITATION: NodeSpec = {
  name: 'citation',
  role: 'atom',
  attrs: (input) =>
    typeof input.paragraphId === 'string' && typeof input.label === 'string'
      ? { paragraphId: input.paragraphId.slice(0, 200), label: input.label.slice(0, 200) }
      : undefined,
  text: (attrs) => `〔${typeof attrs.label === 'string' ? attrs.label : '引文'}〕`,
};
const DRAFTING = RICH_TEXT_SCHEMA.extend({ nodes: [CITATION] });

const same = (text: string) => text;
const text = (value: string): RichTextNode => ({ type: 'text', text: value });
const citation = { type: 'citation', attrs: { paragraphId: 'p12', label: '报告第12段', onclick: 'steal()' } };
const withCitation = (): RichTextNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [text('见'), citation as RichTextNode, text('所述')] }] });
const later = () => new Date('2026-03-06T00:00:00Z');

function sanitized(input: unknown, schema = RICH_TEXT_SCHEMA) {
  const problems: BodyProblem[] = [];
  return { ...sanitizeBody(input, { schema, report: (problem) => problems.push(problem) }), problems };
}

describe('the rich-text schema', () => {
  it('keeps a declared node with its declared attributes only, and counts its words in the plain text', () => {
    const { body, text: plain, problems } = sanitized(withCitation(), DRAFTING);
    expect(body.content![0]!.content).toEqual([text('见'), { type: 'citation', attrs: { paragraphId: 'p12', label: '报告第12段' } }, text('所述')]);
    expect(plain).toBe('见〔报告第12段〕所述');
    expect(problems).toEqual([]);
  });

  it('reports a node or mark it does not declare, once per name, and keeps the words around and inside it', () => {
    const input = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [text('见'), citation, text('所述'), { type: 'mention', content: [text('@李四')] }, citation] },
        { type: 'table', content: [{ type: 'paragraph', content: [{ type: 'text', text: '单元格', marks: [{ type: 'link', attrs: { href: 'javascript:x' } }] }] }] },
      ],
    };
    const { body, text: plain, problems } = sanitized(input);
    expect(plain).toBe('见所述@李四\n单元格');
    expect(JSON.stringify(body)).not.toMatch(/citation|mention|table|link/);
    expect(problems.map((problem) => [problem.code, problem.name])).toEqual([
      ['unknown-node', 'citation'],
      ['unknown-node', 'mention'],
      ['unknown-node', 'table'],
      ['unknown-mark', 'link'],
    ]);
    expect(problems[0]!.message).toContain('"citation"');
  });

  it('has the exporters print a declared node by its role', () => {
    const { body } = sanitized(withCitation(), DRAFTING);
    expect(richTextToMarkdown(body, same, DRAFTING)).toBe('见〔报告第12段〕所述');
    const xml = richTextToWordml(body, same, { schema: DRAFTING });
    expect(xml).toContain('<w:t xml:space="preserve">〔报告第12段〕</w:t>');
    expect(xml.match(/<w:p>/g)).toHaveLength(1);
  });

  it('refuses a second node of a name it has, an atom without words, and a name that is not plain', () => {
    expect(() => DRAFTING.extend({ nodes: [CITATION] })).toThrow(/declared twice/);
    expect(() => RICH_TEXT_SCHEMA.extend({ nodes: [{ name: 'footnote', role: 'atom' }] })).toThrow(/needs a text form/);
    expect(() => RICH_TEXT_SCHEMA.extend({ nodes: [{ name: '__proto__', role: 'textblock' }] })).toThrow(/not a plain name/);
    expect(RICH_TEXT_SCHEMA.node('citation')).toBeUndefined();
    expect(RICH_TEXT_SCHEMA.node('constructor')).toBeUndefined();
  });
});

describe('a package with a node this Shenyi does not declare', () => {
  function packageWithCitation() {
    const { input } = corpusCase();
    const index = input.opinions.findIndex((opinion) => opinion.deletedAt === null);
    const opinions = input.opinions.map((opinion, i) => (i === index ? { ...opinion, body: withCitation(), bodyText: '见〔报告第12段〕所述' } : opinion));
    return { json: buildOpinionPackage({ ...input, opinions }), id: input.opinions[index]!.id };
  }

  it('imports, with a warning naming the opinion, and keeps the words', () => {
    const { json, id } = packageWithCitation();
    const parsed = parsePackage(json, { now: later });
    const warnings = parsed.warnings.filter((warning) => warning.code === 'unknown-rich-text');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain(`urn:shenyi:opinion:${id}`);
    expect(warnings[0]!.message).toContain('node citation');
    const opinion = packageToOpinions(parsed).opinions.find((o) => o.id === id)!;
    expect(opinion.bodyText).toBe('见所述');
  });

  it('imports without a warning where the node is declared', () => {
    const { json } = packageWithCitation();
    expect(parsePackage(json, { now: later, schema: DRAFTING }).warnings.filter((warning) => warning.code === 'unknown-rich-text')).toEqual([]);
  });
});
