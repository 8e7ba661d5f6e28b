/**
 * Drafts and what hangs off them (migration 11): revisions, cited passages, dismissed lint rules,
 * co-signers' signatures, and a clerk's edited form profiles. Content is stored as the JSON the
 * domain hands over; what it may hold is checked before it gets here (main/proposals/).
 */
import type Database from 'better-sqlite3';
import type { Citation, DraftContent, DraftForm, DraftLevel, DraftOrigin, DraftOutcome, DraftRevision, StoredDismissal, StoredDraft } from '../model/drafting';
import type { PassageAnchor } from '../model/opinion';
import { DomainError } from '../model/errors';
import { newAnchorId } from './anchor-id';
import { prepareOnce } from './prepare-once';

/** Saves closer together than this replace the newest revision instead of adding one. */
export const REVISION_COALESCE_MS = 5 * 60_000;

interface DraftRow {
  id: string;
  report_id: string | null;
  form: DraftForm;
  level: DraftLevel;
  origin: DraftOrigin;
  title: string;
  parts: string;
  signers: string;
  category: string;
  revision: number;
  created_at: string;
  updated_at: string;
  outcome_status: DraftOutcome['status'] | null;
  reply_code: DraftOutcome['replyCode'];
  outcome_note: string;
  outcome_at: string | null;
}

interface CitationRow {
  id: string;
  draft_id: string;
  report_id: string;
  anchor: string;
  label: string;
  created_at: string;
}

export interface SignatureRow {
  name: string;
  credential: string;
  textHash: string;
  confirmedAt: string;
}

export interface NewDraft extends DraftContent {
  id: string;
  reportId: string | null;
  form: DraftForm;
  level: DraftLevel;
  origin: DraftOrigin;
}

const toDraft = (row: DraftRow): StoredDraft => ({
  id: row.id,
  reportId: row.report_id,
  form: row.form,
  level: row.level,
  origin: row.origin,
  title: row.title,
  parts: JSON.parse(row.parts) as StoredDraft['parts'],
  signers: JSON.parse(row.signers) as StoredDraft['signers'],
  category: row.category,
  revision: row.revision,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  outcome: row.outcome_status === null ? null : { status: row.outcome_status, replyCode: row.reply_code, note: row.outcome_note, recordedAt: row.outcome_at! },
});

const contentJson = (content: DraftContent) =>
  JSON.stringify({ title: content.title, parts: content.parts, signers: content.signers, category: content.category });

export class DraftStore {
  private readonly statements = prepareOnce(() => this.prepare());

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private prepare() {
    const db = this.db;
    return {
      insert: db.prepare(`
        INSERT INTO drafts (id, report_id, form, level, origin, title, parts, signers, category, revision, created_at, updated_at)
        VALUES (@id, @reportId, @form, @level, @origin, @title, @parts, @signers, @category, 1, @at, @at)`),
      get: db.prepare('SELECT * FROM drafts WHERE id = ? AND deleted_at IS NULL'),
      list: db.prepare('SELECT * FROM drafts WHERE deleted_at IS NULL ORDER BY updated_at DESC, id'),
      update: db.prepare(`
        UPDATE drafts SET title = @title, parts = @parts, signers = @signers, category = @category, revision = revision + 1, updated_at = @at
        WHERE id = @id AND revision = @revision AND deleted_at IS NULL`),
      remove: db.prepare('UPDATE drafts SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL'),
      outcome: db.prepare('UPDATE drafts SET outcome_status = ?, reply_code = ?, outcome_note = ?, outcome_at = ? WHERE id = ? AND deleted_at IS NULL'),
      lastRevision: db.prepare('SELECT revision, saved_at FROM draft_revisions WHERE draft_id = ? ORDER BY revision DESC LIMIT 1'),
      addRevision: db.prepare('INSERT INTO draft_revisions (draft_id, revision, saved_at, content) VALUES (?, ?, ?, ?)'),
      replaceRevision: db.prepare('UPDATE draft_revisions SET revision = ?, saved_at = ?, content = ? WHERE draft_id = ? AND revision = ?'),
      revisions: db.prepare('SELECT revision, saved_at, content FROM draft_revisions WHERE draft_id = ? ORDER BY revision DESC'),
      revision: db.prepare('SELECT content FROM draft_revisions WHERE draft_id = ? AND revision = ?'),
      insertAnchor: db.prepare('INSERT INTO anchors (id, report_id, created_at) VALUES (?, ?, ?)'),
      insertCitation: db.prepare('INSERT INTO draft_citations (id, draft_id, anchor_id, anchor, label, created_at) VALUES (?, ?, ?, ?, ?, ?)'),
      citations: db.prepare(`
        SELECT c.id, c.draft_id, d.report_id, c.anchor, c.label, c.created_at FROM draft_citations c JOIN drafts d ON d.id = c.draft_id
        WHERE c.draft_id = ? ORDER BY c.created_at, c.rowid`),
      citationCounts: db.prepare('SELECT draft_id, count(*) AS n FROM draft_citations GROUP BY draft_id'),
      removeCitation: db.prepare('DELETE FROM draft_citations WHERE id = ? AND draft_id = ?'),
      dismissals: db.prepare('SELECT rule_id, reason, dismissed_at FROM draft_dismissals WHERE draft_id = ? ORDER BY dismissed_at, rule_id'),
      dismiss: db.prepare(`
        INSERT INTO draft_dismissals (draft_id, rule_id, reason, dismissed_at) VALUES (?, ?, ?, ?)
        ON CONFLICT (draft_id, rule_id) DO UPDATE SET reason = excluded.reason, dismissed_at = excluded.dismissed_at`),
      undismiss: db.prepare('DELETE FROM draft_dismissals WHERE draft_id = ? AND rule_id = ?'),
      signatures: db.prepare('SELECT name, credential, text_hash AS textHash, confirmed_at AS confirmedAt FROM draft_signatures WHERE draft_id = ? ORDER BY received_at, name'),
      allSignatures: db.prepare('SELECT draft_id, text_hash FROM draft_signatures'),
      sign: db.prepare(`
        INSERT INTO draft_signatures (draft_id, name, credential, text_hash, confirmed_at, received_at) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (draft_id, name) DO UPDATE SET credential = excluded.credential, text_hash = excluded.text_hash,
          confirmed_at = excluded.confirmed_at, received_at = excluded.received_at`),
      profile: db.prepare('SELECT profile FROM form_profiles WHERE form = ?'),
      profiles: db.prepare('SELECT form, profile FROM form_profiles'),
      putProfile: db.prepare(`
        INSERT INTO form_profiles (form, profile, updated_at) VALUES (?, ?, ?)
        ON CONFLICT (form) DO UPDATE SET profile = excluded.profile, updated_at = excluded.updated_at`),
      removeProfile: db.prepare('DELETE FROM form_profiles WHERE form = ?'),
    };
  }

  create(draft: NewDraft): StoredDraft {
    const at = this.now().toISOString();
    this.db.transaction(() => {
      this.statements().insert.run({
        id: draft.id,
        reportId: draft.reportId,
        form: draft.form,
        level: draft.level,
        origin: draft.origin,
        title: draft.title,
        parts: JSON.stringify(draft.parts),
        signers: JSON.stringify(draft.signers),
        category: draft.category,
        at,
      });
      this.statements().addRevision.run(draft.id, 1, at, contentJson(draft));
    })();
    return this.get(draft.id)!;
  }

  /** A new draft and the passages it starts out citing (a draft begun from opinions), in one transaction. */
  createWithCitations(draft: NewDraft, citations: readonly Omit<Citation, 'draftId' | 'createdAt'>[]): StoredDraft {
    return this.db.transaction(() => {
      const created = this.create(draft);
      for (const citation of citations) this.addCitation({ ...citation, draftId: draft.id });
      return created;
    })();
  }

  get(id: string): StoredDraft | null {
    const row = this.statements().get.get(id) as DraftRow | undefined;
    return row ? toDraft(row) : null;
  }

  list(): StoredDraft[] {
    return (this.statements().list.all() as DraftRow[]).map(toDraft);
  }

  /**
   * Saves new content made on `baseRevision`. Refused when the draft moved on since (another
   * window saved): the caller reloads rather than overwriting words it never saw.
   */
  save(id: string, baseRevision: number, content: DraftContent): StoredDraft {
    const s = this.statements();
    const at = this.now();
    return this.db.transaction(() => {
      const changed = s.update.run({ id, revision: baseRevision, title: content.title, parts: JSON.stringify(content.parts), signers: JSON.stringify(content.signers), category: content.category, at: at.toISOString() });
      if (changed.changes === 0) {
        const current = this.get(id);
        if (!current) throw new DomainError('not-found', `No draft ${id}`);
        throw new DomainError('invalid-input', `Draft ${id} was saved elsewhere (revision ${current.revision}, this edit was made on ${baseRevision}): reload it first`);
      }
      const last = s.lastRevision.get(id) as { revision: number; saved_at: string } | undefined;
      const revision = baseRevision + 1;
      if (last && at.getTime() - Date.parse(last.saved_at) < REVISION_COALESCE_MS && last.revision > 1) {
        s.replaceRevision.run(revision, at.toISOString(), contentJson(content), id, last.revision);
      } else {
        s.addRevision.run(id, revision, at.toISOString(), contentJson(content));
      }
      return this.get(id)!;
    })();
  }

  remove(id: string): boolean {
    return this.statements().remove.run(this.now().toISOString(), id).changes > 0;
  }

  setOutcome(id: string, outcome: Omit<DraftOutcome, 'recordedAt'> | null): StoredDraft {
    const at = this.now().toISOString();
    const changed = outcome
      ? this.statements().outcome.run(outcome.status, outcome.replyCode, outcome.note, at, id)
      : this.statements().outcome.run(null, null, '', null, id);
    if (changed.changes === 0) throw new DomainError('not-found', `No draft ${id}`);
    return this.get(id)!;
  }

  revisions(id: string): DraftRevision[] {
    return (this.statements().revisions.all(id) as { revision: number; saved_at: string; content: string }[]).map((row) => {
      const content = JSON.parse(row.content) as DraftContent;
      return { revision: row.revision, savedAt: row.saved_at, title: content.title, characters: JSON.stringify(content.parts).length };
    });
  }

  revisionContent(id: string, revision: number): DraftContent | null {
    const row = this.statements().revision.get(id, revision) as { content: string } | undefined;
    return row ? (JSON.parse(row.content) as DraftContent) : null;
  }

  /** A cited passage: an anchor row of the draft's report and its selectors, in one transaction. */
  addCitation(citation: { id: string; draftId: string; reportId: string; anchor: PassageAnchor; label: string }): Citation {
    const at = this.now().toISOString();
    const s = this.statements();
    this.db.transaction(() => {
      const anchorId = newAnchorId();
      s.insertAnchor.run(anchorId, citation.reportId, at);
      s.insertCitation.run(citation.id, citation.draftId, anchorId, JSON.stringify(citation.anchor), citation.label, at);
    })();
    return { ...citation, createdAt: at };
  }

  /** Citations are kept while the draft's text still holds their node; taking one out of the text is the caller's call. */
  removeCitation(draftId: string, citationId: string): boolean {
    return this.statements().removeCitation.run(citationId, draftId).changes > 0;
  }

  citations(draftId: string): Citation[] {
    return (this.statements().citations.all(draftId) as CitationRow[]).map((row) => ({
      id: row.id,
      draftId: row.draft_id,
      reportId: row.report_id,
      anchor: JSON.parse(row.anchor) as PassageAnchor,
      label: row.label,
      createdAt: row.created_at,
    }));
  }

  citationCounts(): Map<string, number> {
    return new Map((this.statements().citationCounts.all() as { draft_id: string; n: number }[]).map((row) => [row.draft_id, row.n]));
  }

  dismissals(draftId: string): StoredDismissal[] {
    return (this.statements().dismissals.all(draftId) as { rule_id: string; reason: string; dismissed_at: string }[]).map((row) => ({
      ruleId: row.rule_id,
      reason: row.reason,
      dismissedAt: row.dismissed_at,
    }));
  }

  /** Sets a rule aside for the draft with a reason, or (reason null) brings it back. */
  dismiss(draftId: string, ruleId: string, reason: string | null): void {
    if (reason === null) this.statements().undismiss.run(draftId, ruleId);
    else this.statements().dismiss.run(draftId, ruleId, reason.trim(), this.now().toISOString());
  }

  signatures(draftId: string): SignatureRow[] {
    return this.statements().signatures.all(draftId) as SignatureRow[];
  }

  /** Every signature's hash by draft, for the list's stale counts. */
  signatureHashes(): Map<string, string[]> {
    const byDraft = new Map<string, string[]>();
    for (const row of this.statements().allSignatures.all() as { draft_id: string; text_hash: string }[]) {
      (byDraft.get(row.draft_id) ?? byDraft.set(row.draft_id, []).get(row.draft_id)!).push(row.text_hash);
    }
    return byDraft;
  }

  /** A co-signer's confirmation; a later one from the same person replaces theirs. */
  sign(draftId: string, signature: SignatureRow): void {
    this.statements().sign.run(draftId, signature.name, signature.credential, signature.textHash, signature.confirmedAt, this.now().toISOString());
  }

  /** A clerk's edited profile as stored JSON (checked by the caller), or null for the built-in one. */
  profileJson(form: DraftForm): string | null {
    return (this.statements().profile.pluck().get(form) as string | undefined) ?? null;
  }

  profileJsons(): Map<DraftForm, string> {
    return new Map((this.statements().profiles.all() as { form: DraftForm; profile: string }[]).map((row) => [row.form, row.profile]));
  }

  putProfile(form: DraftForm, json: string | null): void {
    if (json === null) this.statements().removeProfile.run(form);
    else this.statements().putProfile.run(form, json, this.now().toISOString());
  }
}
