/**
 * Drafting through the API on the sample report: passages cited as 案据 and re-checked when a
 * revised version arrives (10 cited, 3 reworded → exactly 3 citation warnings, each with the new
 * words), dismissals kept across a restart, saves refused on a stale revision, offline 联名 that
 * goes stale when the words change, a draft begun from one's opinions, and the outcome.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import type { DraftDetail, Input, Method, Output } from '../../../main/api/contract';
import { openApp, type App } from '../../../main/app/open-app';
import type { Citation } from '../../../main/model/drafting';
import type { Paragraph, Section } from '../../../main/model/report';
import type { RichTextNode } from '../../../main/model/opinion';
import { SAMPLE_REPORT } from '../../support/paths';
import { readDraft } from './drafts';

let dataDir: string;
let app: App;
let reportId: string;
let versionId: string;
let paragraphs: Paragraph[];

const open = async () => {
  app = await openApp({ dataDir, shell: 'browser', version: 'test' });
};
const call = async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
  const result = await dispatch(app.handlers, method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as Output<M>;
};
const refusal = async <M extends Method>(method: M, input: Input<M>): Promise<string> => {
  const result = await dispatch(app.handlers, method, input);
  if (result.ok) throw new Error(`${method} was not refused`);
  return result.error.message;
};

const paragraph = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });
const words = (text: string): RichTextNode => ({ type: 'text', text });
const doc = (...blocks: RichTextNode[]): RichTextNode => ({ type: 'doc', content: blocks });
const atom = (citation: Citation): RichTextNode => ({ type: 'citation', attrs: { citationId: citation.id, label: citation.label } });
const textDoc = (text: string) => doc(...text.split('\n').map((line) => paragraph(words(line))));

/** The clean 提案 fixture's words, with the given citations at the end of 理由. */
function proposalContent(citations: Citation[], title?: string) {
  const clean = readDraft('clean-proposal.md');
  return {
    title: title ?? clean.title,
    parts: {
      案由: textDoc(clean.parts['案由']!),
      理由: doc(...clean.parts['理由']!.split('\n').map((line) => paragraph(words(line))), ...citations.map((c) => paragraph(words('报告指出：'), atom(c)))),
      建议: textDoc(clean.parts['建议']!),
    },
    signers: clean.signers,
    category: clean.category,
  };
}

const allParagraphs = (section: Section): Paragraph[] => [...section.paragraphs, ...section.children.flatMap(allParagraphs)];

/** Passages that occur once in the source file, so a revised copy can reword exactly them. */
function citablePassages(source: string, count: number): { paragraph: Paragraph; start: number; quote: string }[] {
  const chosen: { paragraph: Paragraph; start: number; quote: string }[] = [];
  const long = paragraphs.filter((p) => p.text.length >= 60 && p.headingLength === 0);
  const step = Math.max(1, Math.floor(long.length / (count * 2)));
  for (let i = 0; chosen.length < count && i < long.length; i += step) {
    const candidate = long[i]!;
    const quote = candidate.text.slice(10, 34);
    if (/\s/.test(quote) || source.split(quote).length !== 2) continue;
    chosen.push({ paragraph: candidate, start: 10, quote });
  }
  return chosen;
}

const citationWarnings = (detail: DraftDetail) => detail.lint.warnings.filter((w) => w.ruleId === 'citation');

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'shenyi-drafts-'));
  await open();
  await call('profile.set', { name: '张委员', delegation: '经济界', role: 'cppcc-member' });
  const [report] = await call('library.list', {});
  reportId = report!.id;
  versionId = report!.latestVersionId;
  paragraphs = allParagraphs((await call('report.open', { reportId })).root);
}, 60_000);

afterAll(() => {
  app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('citations re-checked on a revised report', () => {
  it('cites 10 passages; a revised version rewording 3 of them gives exactly 3 citation warnings with the new words', async () => {
    const source = readFileSync(SAMPLE_REPORT, 'utf8');
    const passages = citablePassages(source, 10);
    expect(passages).toHaveLength(10);
    const created = await call('drafts.create', { reportId, form: 'proposal', level: 'municipal' });
    const citations: Citation[] = [];
    for (const passage of passages) {
      const selection = { startParagraphId: passage.paragraph.id, startOffset: passage.start, endParagraphId: passage.paragraph.id, endOffset: passage.start + passage.quote.length };
      citations.push(await call('drafts.cite', { draftId: created.draft.id, versionId, selection }));
    }
    expect(citations[0]!.label).toMatch(/^《.+》.*第\d+段：“.+”$/);
    expect(citations[0]!.label).toContain(passages[0]!.quote);
    const saved = await call('drafts.save', { id: created.draft.id, baseRevision: created.draft.revision, content: proposalContent(citations) });
    expect(saved.citations.map((c) => c.id)).toEqual(citations.map((c) => c.id));
    expect(saved.citations.every((c) => c.check?.status === 'exact' && !c.check.changed)).toBe(true);
    expect(citationWarnings(saved)).toEqual([]);

    const reworded = [1, 4, 8].map((i) => passages[i]!);
    let revised = source;
    const newWords = reworded.map((passage) => {
      const changed = `${passage.quote.slice(0, 10)}进一步全面${passage.quote.slice(14)}`;
      revised = revised.replace(passage.quote, changed);
      return changed;
    });
    await call('import.file', { fileName: '晋中市政府工作报告-修改稿.txt', dataBase64: Buffer.from(revised).toString('base64'), asVersionOf: reportId, label: '修改稿', select: 'originals' });

    const after = await call('drafts.get', { id: created.draft.id });
    const warnings = citationWarnings(after);
    expect(warnings).toHaveLength(3);
    expect(warnings.map((w) => w.related)).toEqual([1, 4, 8].map((i) => citations[i]!.id));
    warnings.forEach((warning, i) => {
      expect(warning.message).toBe(`报告已修改此处，现为：“${newWords[i]}”`);
      expect(warning.excerpt).toBe(reworded[i]!.quote);
    });
    const changed = after.citations.filter((c) => c.check?.changed);
    expect(changed.map((c) => c.check!.current)).toEqual(newWords);
    expect(after.citations.filter((c) => c.check?.versionId !== versionId)).toHaveLength(10);
  });

  it('a citation taken out of the text is no longer checked or listed', async () => {
    const created = await call('drafts.create', { reportId, form: 'proposal', level: 'municipal' });
    const first = paragraphs.find((p) => p.text.length > 40 && p.headingLength === 0)!;
    const citation = await call('drafts.cite', { draftId: created.draft.id, versionId, selection: { startParagraphId: first.id, startOffset: 0, endParagraphId: first.id, endOffset: 12 } });
    const withIt = await call('drafts.save', { id: created.draft.id, baseRevision: 1, content: proposalContent([citation]) });
    expect(withIt.citations).toHaveLength(1);
    const without = await call('drafts.save', { id: created.draft.id, baseRevision: withIt.draft.revision, content: proposalContent([]) });
    expect(without.citations).toEqual([]);
  });
});

describe('saving, revisions and dismissals', () => {
  it('refuses a save made on an older revision, and brings an earlier revision back as a new save', async () => {
    const created = await call('drafts.create', { reportId, form: 'proposal', level: 'national', title: '关于第一稿的提案' });
    const second = await call('drafts.save', { id: created.draft.id, baseRevision: 1, content: proposalContent([], '关于第二稿的提案') });
    expect(await refusal('drafts.save', { id: created.draft.id, baseRevision: 1, content: proposalContent([], '关于旧窗口的提案') })).toMatch(/saved elsewhere/);
    const restored = await call('drafts.restoreRevision', { id: created.draft.id, revision: 1, baseRevision: second.draft.revision });
    expect(restored.draft.title).toBe('关于第一稿的提案');
    expect((await call('drafts.revisions', { id: created.draft.id })).length).toBeGreaterThanOrEqual(2);
  });

  it('keeps a dismissal with its reason across a restart; an undismissed error blocks export', async () => {
    const created = await call('drafts.create', { reportId, form: 'proposal', level: 'national' });
    const content = proposalContent([]);
    content.parts.建议 = textDoc(`${readDraft('clean-proposal.md').parts['建议']}\n力争20xx年底前覆盖全部行政村。`);
    const saved = await call('drafts.save', { id: created.draft.id, baseRevision: 1, content });
    const placeholder = saved.lint.warnings.find((w) => w.ruleId === 'placeholders')!;
    expect(placeholder).toMatchObject({ severity: 'error', blocking: true });
    expect(await refusal('drafts.export', { id: created.draft.id, format: 'platform-text' })).toMatch(/placeholders/);

    await call('drafts.dismiss', { id: created.draft.id, ruleId: 'placeholders', reason: '年份待征集通知确定' });
    app.close();
    await open();
    const reopened = await call('drafts.get', { id: created.draft.id });
    expect(reopened.lint.warnings.find((w) => w.ruleId === 'placeholders')).toMatchObject({ dismissed: { reason: '年份待征集通知确定' }, blocking: false });
    expect(reopened.lint.blocking).toBe(false);
    const file = await call('drafts.export', { id: created.draft.id, format: 'platform-text' });
    expect(Buffer.from(file.dataBase64, 'base64').toString('utf8')).toContain('20xx年底前');
  });
});

describe('offline 联名', () => {
  it('a confirmation matches the words signed, and goes stale when they change', async () => {
    const created = await call('drafts.create', { reportId, form: 'proposal', level: 'national' });
    const saved = await call('drafts.save', { id: created.draft.id, baseRevision: 1, content: proposalContent([]) });
    const request = await call('drafts.signingRequest', { id: created.draft.id });
    const asked = JSON.parse(Buffer.from(request.dataBase64, 'base64').toString('utf8'));
    expect(asked).toMatchObject({ format: 'shenyi-signing-request', textHash: saved.textHash });
    expect(asked.text).toContain('农村互助养老');

    const tampered = Buffer.from(JSON.stringify({ ...asked, text: `${asked.text}另加一句。` })).toString('base64');
    expect(await refusal('drafts.confirmSigning', { fileName: '请求.json', dataBase64: tampered, credential: '0101' })).toMatch(/请求\.json: the text does not match its hash/);

    const confirmation = await call('drafts.confirmSigning', { fileName: request.fileName, dataBase64: request.dataBase64, credential: '0101' });
    const signed = await call('drafts.importSignature', { id: created.draft.id, fileName: confirmation.fileName, dataBase64: confirmation.dataBase64 });
    expect(signed.signatures).toEqual([expect.objectContaining({ name: '张委员', credential: '0101', stale: false })]);

    const edited = await call('drafts.save', { id: created.draft.id, baseRevision: signed.draft.revision, content: proposalContent([], '关于发展农村互助养老服务的再次修改的提案') });
    expect(edited.signatures[0]!.stale).toBe(true);
    const listed = (await call('drafts.list', { reportId })).find((d) => d.id === created.draft.id)!;
    expect(listed.staleSignatures).toBe(1);
    expect(await refusal('drafts.importSignature', { id: created.draft.id, fileName: 'x.json', dataBase64: Buffer.from('{"format":1').toString('base64') })).toMatch(/x\.json: not a Shenyi signing file/);
  });
});

describe('starting from opinions, and the outcome', () => {
  it("cites each opinion's passage in 理由 and puts its proposed wording under 建议", async () => {
    const target = paragraphs.find((p) => p.text.length > 40 && p.headingLength === 0)!;
    const opinion = await call('opinions.create', {
      reportId,
      versionId,
      kind: 'passage-suggestion',
      stanceId: null,
      body: textDoc('这一句应写明时限。'),
      selection: { startParagraphId: target.id, startOffset: 0, endParagraphId: target.id, endOffset: 16 },
      suggestion: { proposed: '力争年内完成', reason: '' },
    });
    const detail = await call('drafts.create', { reportId, form: 'proposal', level: 'national', fromOpinionIds: [opinion.id] });
    expect(detail.citations).toHaveLength(1);
    expect(detail.citations[0]!.label).toContain(target.text.slice(0, 16));
    expect(JSON.stringify(detail.draft.parts['理由'])).toContain('这一句应写明时限。');
    expect(JSON.stringify(detail.draft.parts['建议'])).toContain('力争年内完成');
  });

  it('stores 立案 with the reply code and shows it in the list', async () => {
    const created = await call('drafts.create', { reportId, form: 'suggestion', level: 'national' });
    await call('drafts.setOutcome', { id: created.draft.id, outcome: { status: 'filed', replyCode: 'B', note: '市民政局承办' } });
    const listed = (await call('drafts.list', {})).find((d) => d.id === created.draft.id)!;
    expect(listed.outcome).toMatchObject({ status: 'filed', replyCode: 'B', note: '市民政局承办' });
  });
});
