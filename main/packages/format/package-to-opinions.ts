/**
 * A parsed package back as Shenyi's own values: the opinions exactly as they were exported
 * (every field of every kind), the stances they use, the author who sent them and the report
 * they are about. Bodies pass through the same sanitiser the editor's do (main/model/rich-text/sanitize-body.ts):
 * the schema checked their shape, the sanitiser makes them the editor's schema and nothing else.
 */
import type { Opinion, PassageAnchor, Profile, Stance, Suggestion } from '../../model/opinion';
import { DomainError } from '../../model/errors';
import { sanitizeBody } from '../../model/rich-text/sanitize-body';
import type { ExportReport } from '../../export/export-input';
import { idFromAuthorUrn, idFromOpinionUrn } from './package-format';
import type { PackageAnnotation, PackageBody } from './package-schema';
import type { Package } from './parse-package';

export interface PackageContents {
  opinions: Opinion[];
  stances: Stance[];
  /** Who exported the package. */
  author: Profile;
  report: ExportReport;
  generated: string;
  appVersion: string;
}

type Of<T extends PackageBody['type'], P> = Extract<PackageBody, { type: T; purpose?: P }>;

function profileOf(person: PackageAnnotation['creator']): Profile {
  // The schema has checked the URN; a null here would be a schema bug, not bad input.
  const id = idFromAuthorUrn(person.id);
  if (id === null) throw new DomainError('internal', `Unreadable author id ${person.id}`);
  return { id, name: person.name, delegation: person['shenyi:delegation'], role: person['shenyi:role'] };
}

function anchorOf(target: PackageAnnotation['target']): PassageAnchor | null {
  if (typeof target === 'string' || !Array.isArray(target.selector)) return null;
  const [quote, position, reading, paragraph] = target.selector;
  return {
    versionId: paragraph['shenyi:versionId'],
    startParagraphId: paragraph['shenyi:startParagraphId'],
    startOffset: paragraph['shenyi:startOffset'],
    endParagraphId: paragraph['shenyi:endParagraphId'],
    endOffset: paragraph['shenyi:endOffset'],
    path: paragraph['shenyi:path'],
    quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
    reading: { start: reading.start, end: reading.end },
    source: { start: position.start, end: position.end },
  };
}

function sectionIdOf(target: PackageAnnotation['target']): string | null {
  if (typeof target === 'string' || Array.isArray(target.selector)) return null;
  return target.selector['shenyi:sectionId'];
}

function opinionOf(item: PackageAnnotation): Opinion {
  const id = idFromOpinionUrn(item.id);
  if (id === null) throw new DomainError('internal', `Unreadable opinion id ${item.id}`);
  const rich = item.body.find((b): b is Of<'shenyi:RichText', undefined> => b.type === 'shenyi:RichText')!;
  const edit = item.body.find((b): b is Of<'TextualBody', 'editing'> => b.type === 'TextualBody' && b.purpose === 'editing');
  const tags = item.body.filter((b): b is Of<'TextualBody', 'tagging'> => b.type === 'TextualBody' && b.purpose === 'tagging').map((b) => b.value);
  const { body, text } = sanitizeBody(rich['shenyi:doc']);
  const suggestion: Suggestion | null = edit ? { original: edit['shenyi:original'], proposed: edit.value, reason: edit['shenyi:reason'] } : null;
  return {
    id,
    reportId: item['shenyi:reportId'],
    versionId: item['shenyi:versionId'],
    kind: item['shenyi:kind'],
    stanceId: item['shenyi:stanceId'],
    tags,
    body,
    // The plain text is derived from the sanitised body, as the store derives it: the two can never disagree.
    bodyText: text,
    anchor: anchorOf(item.target),
    sectionId: sectionIdOf(item.target),
    suggestion,
    author: profileOf(item.creator),
    createdAt: item.created,
    updatedAt: item.modified,
    // Opinions in the trash are never exported.
    deletedAt: null,
  };
}

export function packageToOpinions(pkg: Package): PackageContents {
  const document = pkg.document;
  const report = document['shenyi:report'];
  return {
    opinions: document.first.items.map(opinionOf),
    stances: document['shenyi:stances'].map((s) => ({ id: s.id, name: s.name, color: s.color, builtin: s.builtin, order: s.order })),
    author: profileOf(document.creator),
    report: { id: report.id, title: report.title, versionId: report.versionId, versionLabel: report.versionLabel, textHash: report.textHash },
    generated: document.generated,
    appVersion: document.generator['shenyi:appVersion'],
  };
}
