/**
 * The opinion package a delegate sends to a clerk: every chosen opinion as a W3C Web
 * Annotation, with everything a clerk's Shenyi needs to import it without retyping — the
 * report it is about (title, version, hash of the reading text), the author, the stances and
 * tags used, every selector, the rich and plain bodies, the suggestion — and a checksum over
 * all of it, so a package changed on the way is refused whole rather than half-trusted.
 *
 * Nothing here is converted to 简 or 繁: a package is data, and its quotes must match the
 * report's text exactly for the clerk's Shenyi to anchor them.
 */
import type { Opinion, Profile } from '../../model/opinion';
import type { ExportAdoption, ExportInput } from '../../export/export-input';
import { adoptionText } from '../../export/wording';
import { prepareExport, type ExportContext } from '../../export/export-context';
import { canonicalSha256 } from './canonical-json';
import {
  authorUrn,
  CHECKSUM_KEY,
  CHECKSUM_PREFIX,
  opinionUrn,
  PACKAGE_CONTEXT,
  PACKAGE_SCHEMA_VERSION,
  versionUrn,
} from './package-format';
import type { PackageAnnotation, PackageBody, PackageDocument } from './package-schema';

function person(profile: Profile): PackageAnnotation['creator'] {
  return { id: authorUrn(profile.id), type: 'Person', name: profile.name, 'shenyi:delegation': profile.delegation, 'shenyi:role': profile.role };
}

function target(opinion: Opinion): PackageAnnotation['target'] {
  const source = versionUrn(opinion.reportId, opinion.versionId);
  if (opinion.anchor) {
    const a = opinion.anchor;
    return {
      source,
      selector: [
        { type: 'TextQuoteSelector', exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix },
        { type: 'TextPositionSelector', start: a.source.start, end: a.source.end },
        { type: 'shenyi:ReadingPositionSelector', start: a.reading.start, end: a.reading.end },
        {
          type: 'shenyi:ParagraphSelector',
          'shenyi:versionId': a.versionId,
          'shenyi:startParagraphId': a.startParagraphId,
          'shenyi:startOffset': a.startOffset,
          'shenyi:endParagraphId': a.endParagraphId,
          'shenyi:endOffset': a.endOffset,
          'shenyi:path': a.path,
        },
      ],
    };
  }
  if (opinion.sectionId !== null) return { source, selector: { type: 'shenyi:SectionSelector', 'shenyi:sectionId': opinion.sectionId } };
  return source;
}

/** The opinion's outcome in the later version, as the package carries it. */
function adoptionOf(adoption: ExportAdoption | undefined, opinionId: string): Pick<PackageAnnotation, 'shenyi:adoption'> {
  const outcome = adoption?.byOpinion.get(opinionId);
  if (!adoption || !outcome) return {};
  return {
    'shenyi:adoption': {
      'shenyi:fromVersionId': adoption.fromVersionId,
      'shenyi:toVersionId': adoption.toVersionId,
      'shenyi:outcome': outcome.confirmed?.status ?? outcome.outcome,
      'shenyi:score': Math.min(1, Math.max(0, outcome.score)),
      'shenyi:confirmedBy': outcome.confirmed?.by ?? null,
      label: adoptionText(outcome),
    },
  };
}

function annotation(opinion: Opinion, stanceName: (id: string) => string | undefined, adoption?: ExportAdoption): PackageAnnotation {
  const body: PackageBody[] = [
    { type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: opinion.bodyText },
    // The body as the editor holds it; RichTextNode and the schema's RichTextJson are the same shape.
    { type: 'shenyi:RichText', format: 'application/json', 'shenyi:doc': opinion.body },
    ...opinion.tags.map((tag): PackageBody => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
  ];
  if (opinion.stanceId !== null) {
    body.push({ type: 'TextualBody', purpose: 'classifying', value: stanceName(opinion.stanceId) ?? '', 'shenyi:stanceId': opinion.stanceId });
  }
  if (opinion.suggestion) {
    const s = opinion.suggestion;
    body.push({ type: 'TextualBody', purpose: 'editing', value: s.proposed, 'shenyi:original': s.original, 'shenyi:reason': s.reason });
  }
  return {
    id: opinionUrn(opinion.id),
    type: 'Annotation',
    motivation: opinion.kind === 'passage-suggestion' ? 'editing' : 'commenting',
    created: opinion.createdAt,
    modified: opinion.updatedAt,
    creator: person(opinion.author),
    'shenyi:kind': opinion.kind,
    'shenyi:stanceId': opinion.stanceId,
    'shenyi:reportId': opinion.reportId,
    'shenyi:versionId': opinion.versionId,
    body,
    target: target(opinion),
    ...adoptionOf(adoption, opinion.id),
  };
}

/** Strips the view-only resolution: a package carries opinions, not how one version placed them. */
function opinionOf(view: ExportInput['opinions'][number]): Opinion {
  const { resolution: _resolution, ...opinion } = view;
  return opinion;
}

/** `context` when the caller has prepared the export already (buildExport, which also counts its entries). */
export function buildPackageDocument(input: ExportInput, context: ExportContext = prepareExport(input)): PackageDocument {
  const opinions = context.entries.map((entry) => opinionOf(entry.opinion));
  const usedStances = new Set(opinions.map((o) => o.stanceId).filter((id): id is string => id !== null));
  const stances = context.stances.filter((stance) => usedStances.has(stance.id));
  const stanceName = (id: string) => context.stanceById.get(id)?.name;
  const tags = [...new Set(opinions.flatMap((o) => o.tags))].sort();
  const generated = context.exportedAt.toISOString();
  const { report, profile } = input;

  const document: Omit<PackageDocument, typeof CHECKSUM_KEY> = {
    '@context': [PACKAGE_CONTEXT[0], { ...PACKAGE_CONTEXT[1] }],
    id: `urn:shenyi:package:${encodeURIComponent(profile.id)}:${encodeURIComponent(report.id)}:${generated}`,
    type: 'AnnotationCollection',
    label: `《${report.title}》审议意见`,
    total: opinions.length,
    generator: { id: 'https://shenyi.app', type: 'Software', name: 'Shenyi', 'shenyi:appVersion': input.appVersion },
    generated,
    creator: person(profile),
    'shenyi:schemaVersion': PACKAGE_SCHEMA_VERSION,
    'shenyi:report': { id: report.id, title: report.title, versionId: report.versionId, versionLabel: report.versionLabel, textHash: report.textHash },
    'shenyi:stances': stances.map((s) => ({ id: s.id, name: s.name, color: s.color, builtin: s.builtin, order: s.order })),
    'shenyi:tags': tags,
    first: { type: 'AnnotationPage', startIndex: 0, items: opinions.map((o) => annotation(o, stanceName, input.adoption)) },
  };
  return { ...document, [CHECKSUM_KEY]: `${CHECKSUM_PREFIX}${canonicalSha256(document)}` };
}

/** Compact JSON: a package of 100,000 opinions is a third smaller than indented, and no one reads it raw. */
export function buildOpinionPackage(input: ExportInput, context: ExportContext = prepareExport(input)): string {
  return `${JSON.stringify(buildPackageDocument(input, context))}\n`;
}
