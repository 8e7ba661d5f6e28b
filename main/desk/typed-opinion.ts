/**
 * An opinion the clerk types in: heard at a meeting (听会记录), taken on the hotline, read
 * online. It records its channel and where exactly it came from, and its speaker is the same
 * author as in a 简报 (briefing-intake.ts), so a person is counted once however they spoke. The
 * words of the report it is about, when given, must stand there exactly once: a clerk typing
 * is asked again rather than the opinion being placed on a guess.
 */
import { randomUUID } from 'node:crypto';
import type { ReadingText } from '../anchoring/reading-text';
import type { RecordedChannel } from '../model/desk';
import { DomainError } from '../model/errors';
import type { Opinion, Role } from '../model/opinion';
import { plainTextBody } from '../model/plain-body';
import type { Store } from '../store/store';
import { anchorAt, speakerId } from './briefing-intake';
import { places, quoteTarget } from './briefing-quotes';

export interface TypedOpinion {
  channel: RecordedChannel;
  /** The meeting and the note-taker, a call's reference, the page read. */
  provenance: string;
  author: { name: string; delegation: string; role: Role };
  text: string;
  /** The report's words it is about; a note on the whole report without. */
  quote?: string;
  /** What the speaker would write instead of the quoted words. */
  proposed?: string;
}

export function addTypedOpinion(store: Store, target: { reportId: string; versionId: string }, reading: ReadingText, typed: TypedOpinion, now: Date): Opinion {
  const text = typed.text.trim();
  if (text === '') throw new DomainError('invalid-input', 'The opinion has no words: type what was said');
  const quote = typed.quote?.trim() ?? '';
  let anchor: Opinion['anchor'] = null;
  if (quote !== '') {
    const found = places(quoteTarget(reading.text), quote);
    if (found.length !== 1) {
      throw new DomainError('invalid-input', found.length === 0 ? `「${quote}」 is not in the report's text: copy the words as they stand` : `「${quote}」 stands ${found.length} times in the report: quote a few more words so it stands once`);
    }
    anchor = anchorAt(target.versionId, reading, { start: found[0]!, end: found[0]! + quote.length });
  }
  const proposed = typed.proposed?.trim() ?? '';
  if (proposed !== '' && !anchor) throw new DomainError('invalid-input', 'A proposed wording replaces words of the report: give the words it replaces');
  const at = now.toISOString();
  const delegation = typed.author.delegation.trim();
  const opinion: Opinion = {
    id: `typ_${randomUUID().replace(/-/g, '').slice(0, 20)}`,
    reportId: target.reportId,
    versionId: target.versionId,
    kind: anchor ? (proposed !== '' ? 'passage-suggestion' : 'passage-comment') : 'report-note',
    stanceId: null,
    tags: [],
    body: plainTextBody(text),
    bodyText: text,
    anchor,
    sectionId: null,
    suggestion: anchor && proposed !== '' ? { original: anchor.quote.exact, proposed, reason: '' } : null,
    author: { id: speakerId(typed.author.name.trim(), delegation), name: typed.author.name.trim(), delegation, role: typed.author.role },
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
  store.db.transaction(() => {
    store.opinions.insertImported(opinion);
    store.channels.record(opinion.id, typed.channel, typed.provenance.trim());
  })();
  return opinion;
}
