/**
 * A 会议简报 taken into the library: one opinion per speaker of each speech (briefing.ts), the
 * speaker as its author, channel 'briefing' with the 简报's name, 期号 and paragraph as its
 * provenance. A speech quoting the report's words where they stand once is a passage opinion
 * anchored there, like one made in the reader; any other is a note on the whole report,
 * listed unanchored. Ids are made from the file's hash and the paragraph, so taking the same
 * 简报 in again changes nothing.
 */
import { createHash } from 'node:crypto';
import { createPassageAnchor } from '../anchoring/create-anchor';
import { toParagraphRanges, type ReadingText } from '../anchoring/reading-text';
import type { Opinion, PassageAnchor } from '../model/opinion';
import { plainTextBody } from '../model/plain-body';
import type { Store } from '../store/store';
import { parseBriefing, type ParsedBriefing } from './briefing';

export interface BriefingTaken {
  briefing: ParsedBriefing;
  imported: number;
  unchanged: number;
  /** Speeches whose quotes were not found once in the report: taken as unanchored notes. */
  unanchored: number;
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

/** One person, however their words reached the desk (a 简报, notes of a meeting, a call), is one author: counted once. */
export const speakerId = (name: string, delegation: string) => `speaker:${hash(`${name}\n${delegation}`).slice(0, 16)}`;

/** An anchor on a range of the reading text, as the reader makes one from a selection. */
export function anchorAt(versionId: string, reading: ReadingText, range: { start: number; end: number }): PassageAnchor {
  const ranges = toParagraphRanges(reading, range.start, range.end);
  const first = ranges[0]!;
  const last = ranges.at(-1)!;
  return createPassageAnchor(versionId, reading, { startParagraphId: first.paragraphId, startOffset: first.start, endParagraphId: last.paragraphId, endOffset: last.end });
}

export function takeBriefing(store: Store, text: string, fileName: string, target: { reportId: string; versionId: string }, reading: ReadingText, now: Date): BriefingTaken {
  const briefing = parseBriefing(text, { reportText: reading.text });
  const fileHash = hash(text);
  const issue = briefing.header.issueText ?? (briefing.header.issue !== null ? `第${briefing.header.issue}期` : '');
  const name = briefing.header.name ?? fileName;
  const at = now.toISOString();
  const taken: BriefingTaken = { briefing, imported: 0, unchanged: 0, unanchored: 0 };
  store.db.transaction(() => {
    for (const speech of briefing.speeches) {
      const quote = speech.quotes.find((candidate) => candidate.reading !== null) ?? null;
      if (!quote) taken.unanchored++;
      speech.speakers.forEach((speaker, k) => {
        const id = `brf_${hash(`${fileHash}\n${speech.paragraph}\n${k}`).slice(0, 20)}`;
        if (store.opinions.get(id)) {
          taken.unchanged++;
          return;
        }
        const delegation = speaker.delegation ?? briefing.delegation ?? '';
        const opinion: Opinion = {
          id,
          reportId: target.reportId,
          versionId: target.versionId,
          kind: quote ? (speech.suggestion ? 'passage-suggestion' : 'passage-comment') : 'report-note',
          stanceId: null,
          tags: [],
          body: plainTextBody(speech.text),
          bodyText: speech.text,
          anchor: quote ? anchorAt(target.versionId, reading, quote.reading!) : null,
          sectionId: null,
          suggestion: quote && speech.suggestion ? { original: speech.suggestion.original, proposed: speech.suggestion.proposed, reason: '' } : null,
          author: { id: speakerId(speaker.name, delegation), name: speaker.name, delegation, role: speaker.role ?? 'npc-delegate' },
          createdAt: at,
          updatedAt: at,
          deletedAt: null,
        };
        store.opinions.insertImported(opinion);
        store.channels.record(id, 'briefing', `${name}${issue ? ` ${issue}` : ''} 第${speech.paragraph}段`);
        taken.imported++;
      });
    }
  })();
  return taken;
}
