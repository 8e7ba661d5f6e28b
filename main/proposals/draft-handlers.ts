/**
 * Drafting as API methods: a member's 提案 / 代表建议 / 议案 drafts over a report, the passages
 * they cite, the form lint, offline 联名, outcomes and the documents. Every read returns the
 * whole DraftDetail, so the workspace never shows a lint or a citation check older than the words.
 */
import { randomUUID } from 'node:crypto';
import type { Handlers } from '../api/contract';
import type { ReadingTexts } from '../anchoring/reading-texts';
import type { PdfPrinter } from '../export/pdf-printer';
import { decodeText } from '../import/decode';
import type { DraftContent, DraftSummary, StoredDraft } from '../model/drafting';
import { DomainError } from '../model/errors';
import { safeFileNamePart } from '../model/export-file';
import type { Store } from '../store/store';
import { citePassage, labelFor } from './cite-passage';
import { draftDetail } from './draft-detail';
import { partFromParagraphs, plainDraft, sanitizeDraftContent, signedText, textHash } from './draft-content';
import { exportDraft } from './draft-export';
import { draftFromOpinions } from './draft-from-opinions';
import { parseDraftMarkdown } from './draft-markdown';
import { profileInForce, profilesInForce, saveProfile } from './profiles-in-force';
import { confirmSigning, readSigningConfirmation, readSigningRequest, signingRequest } from './signing';

type DraftMethods =
  | 'drafts.profiles'
  | 'drafts.saveProfile'
  | 'drafts.list'
  | 'drafts.create'
  | 'drafts.importPast'
  | 'drafts.get'
  | 'drafts.save'
  | 'drafts.remove'
  | 'drafts.revisions'
  | 'drafts.restoreRevision'
  | 'drafts.cite'
  | 'drafts.dismiss'
  | 'drafts.signingRequest'
  | 'drafts.confirmSigning'
  | 'drafts.importSignature'
  | 'drafts.setOutcome'
  | 'drafts.export';

const JSON_MIME = 'application/json';
const fromBase64 = (data: string) => new Uint8Array(Buffer.from(data, 'base64'));
const jsonFile = (fileName: string, value: unknown) => ({ fileName, mime: JSON_MIME, dataBase64: Buffer.from(JSON.stringify(value, null, 2), 'utf8').toString('base64') });

export function draftHandlers(store: Store, readings: ReadingTexts, printer: PdfPrinter, now: () => Date): Pick<Handlers, DraftMethods> {
  const requireDraft = (id: string): StoredDraft => {
    const draft = store.drafts.get(id);
    if (!draft) throw new DomainError('not-found', `There is no draft ${id}`);
    return draft;
  };
  const requireReport = (reportId: string) => {
    if (!store.reports.hasReport(reportId)) throw new DomainError('not-found', `Report ${reportId} is not in the library`);
  };
  const detail = (draft: StoredDraft) => draftDetail(store, readings, draft);
  const summary = (draft: StoredDraft, counts: Map<string, number>, hashes: Map<string, string[]>): DraftSummary => {
    const signed = hashes.get(draft.id) ?? [];
    const current = signed.length > 0 ? textHash(signedText(plainDraft(draft), profileInForce(store, draft.form))) : '';
    return {
      id: draft.id,
      reportId: draft.reportId,
      form: draft.form,
      level: draft.level,
      origin: draft.origin,
      title: draft.title,
      updatedAt: draft.updatedAt,
      outcome: draft.outcome,
      citationCount: counts.get(draft.id) ?? 0,
      staleSignatures: signed.filter((hash) => hash !== current).length,
    };
  };
  const save = (id: string, baseRevision: number, content: DraftContent) => detail(store.drafts.save(id, baseRevision, sanitizeDraftContent(content)));

  return {
    'drafts.profiles': () => profilesInForce(store),
    'drafts.saveProfile': (input) => {
      saveProfile(store, input);
      return profilesInForce(store);
    },
    'drafts.list': ({ reportId }) => {
      const counts = store.drafts.citationCounts();
      const hashes = store.drafts.signatureHashes();
      return store.drafts
        .list()
        .filter((draft) => reportId === undefined || draft.reportId === reportId)
        .map((draft) => summary(draft, counts, hashes));
    },
    'drafts.create': ({ id = randomUUID(), reportId, form, level, title = '', fromOpinionIds = [] }) => {
      requireReport(reportId);
      if (store.drafts.get(id)) throw new DomainError('invalid-input', `A draft ${id} already exists`);
      const profile = profileInForce(store, form);
      const opinions = fromOpinionIds.map((opinionId) => {
        const opinion = store.opinions.get(opinionId);
        if (!opinion || opinion.reportId !== reportId || opinion.deletedAt !== null) throw new DomainError('not-found', `Report ${reportId} has no opinion ${opinionId}`);
        return opinion;
      });
      const started = draftFromOpinions(opinions, profile, (opinion) => labelFor(store, reportId, opinion.anchor!));
      const created = store.drafts.createWithCitations(
        { id, reportId, form, level, origin: 'written', title, parts: started.parts, signers: [], category: '' },
        started.citations,
      );
      return detail(created);
    },
    'drafts.importPast': ({ fileName, dataBase64, form, level }) => {
      const profile = profileInForce(store, form);
      const plain = parseDraftMarkdown(decodeText(fromBase64(dataBase64), fileName).text, profile, level);
      if (plain.title === '' && Object.values(plain.parts).every((text) => text === '')) throw new DomainError('invalid-input', `${fileName}: no title and no text: nothing to compare new drafts with`);
      const parts = Object.fromEntries(Object.entries(plain.parts).map(([name, text]) => [name, partFromParagraphs(text.split('\n'))]));
      const draft = store.drafts.create({ id: randomUUID(), reportId: null, form, level, origin: 'imported', title: plain.title, parts, signers: plain.signers, category: plain.category });
      return summary(draft, new Map(), new Map());
    },
    'drafts.get': ({ id }) => detail(requireDraft(id)),
    'drafts.save': ({ id, baseRevision, content }) => save(id, baseRevision, content),
    'drafts.remove': ({ id }) => ({ removed: store.drafts.remove(id) }),
    'drafts.revisions': ({ id }) => {
      requireDraft(id);
      return store.drafts.revisions(id);
    },
    'drafts.restoreRevision': ({ id, revision, baseRevision }) => {
      requireDraft(id);
      const content = store.drafts.revisionContent(id, revision);
      if (!content) throw new DomainError('not-found', `Draft ${id} has no revision ${revision}`);
      return save(id, baseRevision, content);
    },
    'drafts.cite': ({ draftId, versionId, selection }) => {
      const draft = requireDraft(draftId);
      if (draft.reportId === null) throw new DomainError('invalid-input', `Draft ${draftId} is an imported past proposal: it cites no report`);
      if (store.reports.reportOfVersion(versionId) !== draft.reportId) throw new DomainError('not-found', `The draft's report has no version ${versionId}`);
      const { anchor, label } = citePassage(store, readings, draft.reportId, versionId, selection);
      return store.drafts.addCitation({ id: randomUUID(), draftId, reportId: draft.reportId, anchor, label });
    },
    'drafts.dismiss': ({ id, ruleId, reason }) => {
      requireDraft(id);
      store.drafts.dismiss(id, ruleId, reason);
      return detail(requireDraft(id));
    },
    'drafts.signingRequest': ({ id }) => {
      const draft = requireDraft(id);
      const profile = profileInForce(store, draft.form);
      const plain = plainDraft(draft);
      const leader = plain.signers.find((signer) => signer.role === 'leader')?.name ?? store.profile.get()?.name ?? '';
      const request = signingRequest({ id, form: draft.form, title: plain.title }, signedText(plain, profile), leader, now());
      return jsonFile(`${safeFileNamePart(plain.title || profile.name)}-联名请求.json`, request);
    },
    'drafts.confirmSigning': ({ fileName, dataBase64, credential }) => {
      const request = readSigningRequest(fromBase64(dataBase64), fileName);
      const me = store.profile.get();
      if (!me || me.name.trim() === '') throw new DomainError('invalid-input', 'Say who you are (your name) before confirming a signing request');
      const confirmation = confirmSigning(request, { name: me.name, credential }, now());
      return jsonFile(`${safeFileNamePart(request.title)}-${safeFileNamePart(me.name)}-联名确认.json`, confirmation);
    },
    'drafts.importSignature': ({ id, fileName, dataBase64 }) => {
      requireDraft(id);
      const confirmation = readSigningConfirmation(fromBase64(dataBase64), fileName, id);
      store.drafts.sign(id, { name: confirmation.name, credential: confirmation.credential, textHash: confirmation.textHash, confirmedAt: confirmation.confirmedAt });
      return detail(requireDraft(id));
    },
    'drafts.setOutcome': ({ id, outcome }) => detail(store.drafts.setOutcome(id, outcome)),
    'drafts.export': ({ id, format, session }) => exportDraft(detail(requireDraft(id)), format, session, printer, now()),
  };
}
