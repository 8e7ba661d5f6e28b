/**
 * The opinion package's schema: strict (an unknown key anywhere is refused, so a package can
 * never smuggle data past the importer), bounded (every string, list and number has a limit),
 * and consistent (each kind of opinion carries exactly the target and bodies it needs).
 */
import { z } from 'zod';
import { OPINION_KINDS, ROLES } from '../../model/opinion';
import { MAX_BODY_NODES, MAX_BODY_TEXT } from '../../model/rich-text';
import { ANNO_CONTEXT, idFromAuthorUrn, idFromOpinionUrn } from './package-format';

/** Far more than one delegate writes on one report; a clerk's merged package stays under it too. */
export const MAX_PACKAGE_OPINIONS = 200_000;

/** Ids Shenyi itself makes (UUIDs, "agree", "s_…", "o_…"): plain, so they are safe in a file name or a CSV cell. */
const PLAIN_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$/;
const plainId = z.string().regex(PLAIN_ID, 'must be a plain id: letters, digits and _ . : -, at most 200 characters');
/** Report, version, section and paragraph ids may hold the report's own headings ("s:二/（三）"). */
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const structuralId = z.string().min(1).max(1000).regex(/^[^\u0000-\u001F\u007F]+$/, 'must not hold control characters');
const timestamp = z.iso.datetime({ offset: true, message: 'must be an RFC 3339 timestamp with seconds and an offset, such as 2026-03-05T09:30:00+08:00' });
const longText = z.string().max(MAX_BODY_TEXT);
const shortText = (max: number) => z.string().max(max);
const offset = z.number().int().min(0).max(2 ** 31);

export interface RichTextJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichTextJson[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
}

const attrs = z.record(z.string().max(64), z.unknown());

/**
 * A rich-text body's shape only: which node and mark names it may use is the rich-text
 * schema's (main/model/rich-text/). A name this Shenyi does not know — a newer Shenyi's node,
 * say — does not refuse the package; parse-package.ts reports it, and the sanitiser keeps its
 * words.
 */
const richTextNode: z.ZodType<RichTextJson> = z.lazy(() =>
  z.strictObject({
    type: z.string().min(1).max(64),
    attrs: attrs.optional(),
    content: z.array(richTextNode).max(MAX_BODY_NODES).optional(),
    text: longText.optional(),
    marks: z.array(z.strictObject({ type: z.string().min(1).max(64), attrs: attrs.optional() })).max(16).optional(),
  }),
);

const person = z.strictObject({
  id: z.string().refine((urn) => PLAIN_ID.test(idFromAuthorUrn(urn) ?? ''), 'must be urn:shenyi:author: followed by a plain id'),
  type: z.literal('Person'),
  name: shortText(200),
  'shenyi:delegation': shortText(200),
  'shenyi:role': z.enum(ROLES),
});

export const stanceSchema = z.strictObject({
  id: plainId,
  name: shortText(100).min(1),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a #rrggbb colour'),
  builtin: z.boolean(),
  order: z.number().int().min(0).max(1_000_000),
});

const plainBody = z.strictObject({
  type: z.literal('TextualBody'),
  purpose: z.literal('commenting'),
  format: z.literal('text/plain'),
  value: longText,
});
const richBody = z.strictObject({
  type: z.literal('shenyi:RichText'),
  format: z.literal('application/json'),
  'shenyi:doc': richTextNode,
});
const tagBody = z.strictObject({ type: z.literal('TextualBody'), purpose: z.literal('tagging'), value: shortText(200).min(1) });
const stanceBody = z.strictObject({
  type: z.literal('TextualBody'),
  purpose: z.literal('classifying'),
  value: shortText(100),
  'shenyi:stanceId': plainId,
});
const editBody = z.strictObject({
  type: z.literal('TextualBody'),
  purpose: z.literal('editing'),
  value: longText,
  'shenyi:original': longText,
  'shenyi:reason': longText,
});
const bodySchema = z.union([plainBody, richBody, tagBody, stanceBody, editBody]);

const quoteSelector = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: longText.min(1),
  prefix: shortText(1000),
  suffix: shortText(1000),
});
const positionSelector = z.strictObject({ type: z.literal('TextPositionSelector'), start: offset, end: offset });
const readingSelector = z.strictObject({ type: z.literal('shenyi:ReadingPositionSelector'), start: offset, end: offset });
const paragraphSelector = z.strictObject({
  type: z.literal('shenyi:ParagraphSelector'),
  'shenyi:versionId': structuralId,
  'shenyi:startParagraphId': structuralId,
  'shenyi:startOffset': offset,
  'shenyi:endParagraphId': structuralId,
  'shenyi:endOffset': offset,
  'shenyi:path': shortText(1000),
});
const sectionSelector = z.strictObject({ type: z.literal('shenyi:SectionSelector'), 'shenyi:sectionId': structuralId });

const passageTarget = z.strictObject({
  source: z.string().max(3000),
  // In a fixed order: quote first, as the W3C model suggests, then the positions.
  selector: z.tuple([quoteSelector, positionSelector, readingSelector, paragraphSelector]),
});
const sectionTarget = z.strictObject({ source: z.string().max(3000), selector: sectionSelector });
const reportTarget = z.string().max(3000);

/** What became of the opinion in a later version of the report, when the export was asked to carry it. */
const adoptionSchema = z.strictObject({
  'shenyi:fromVersionId': structuralId,
  'shenyi:toVersionId': structuralId,
  'shenyi:outcome': z.enum(['adopted', 'partly-adopted', 'not-adopted', 'changed-otherwise', 'deleted', 'unchanged', 'changed', 'unplaced']),
  'shenyi:score': z.number().min(0).max(1),
  /** The name of whoever confirmed the outcome, when a person did. */
  'shenyi:confirmedBy': shortText(200).nullable(),
  /** The outcome in words: 部分采纳（符合度0.62）. */
  label: shortText(200),
});

export const annotationSchema = z
  .strictObject({
    id: z.string().refine((urn) => PLAIN_ID.test(idFromOpinionUrn(urn) ?? ''), 'must be urn:shenyi:opinion: followed by a plain id'),
    type: z.literal('Annotation'),
    motivation: z.enum(['commenting', 'editing']),
    created: timestamp,
    modified: timestamp,
    creator: person,
    'shenyi:kind': z.enum(OPINION_KINDS),
    'shenyi:stanceId': plainId.nullable(),
    'shenyi:reportId': structuralId,
    'shenyi:versionId': structuralId,
    body: z.array(bodySchema).min(2).max(1000),
    target: z.union([reportTarget, sectionTarget, passageTarget]),
    'shenyi:adoption': adoptionSchema.optional(),
  })
  .superRefine((annotation, context) => {
    const kind = annotation['shenyi:kind'];
    const count = (test: (body: z.infer<typeof bodySchema>) => boolean) => annotation.body.filter(test).length;
    const problem = (message: string, path: (string | number)[] = []) => context.addIssue({ code: 'custom', message, path });
    if (count((b) => b.type === 'TextualBody' && b.purpose === 'commenting') !== 1) problem('must have exactly one plain-text commenting body', ['body']);
    if (count((b) => b.type === 'shenyi:RichText') !== 1) problem('must have exactly one shenyi:RichText body', ['body']);
    if (count((b) => b.type === 'TextualBody' && b.purpose === 'classifying') > 1) problem('must have at most one classifying body', ['body']);
    const edits = count((b) => b.type === 'TextualBody' && b.purpose === 'editing');
    const suggestion = kind === 'passage-suggestion';
    if (edits !== (suggestion ? 1 : 0)) problem(suggestion ? 'a passage-suggestion must have one editing body' : `a ${kind} must not have an editing body`, ['body']);
    if ((annotation.motivation === 'editing') !== suggestion) problem(`motivation must be ${suggestion ? 'editing' : 'commenting'} for a ${kind}`, ['motivation']);
    const target = annotation.target;
    const passage = kind === 'passage-comment' || kind === 'passage-suggestion';
    const targetKind = typeof target === 'string' ? 'report' : Array.isArray(target.selector) ? 'passage' : 'section';
    const expected = passage ? 'passage' : kind === 'section-note' ? 'section' : 'report';
    if (targetKind !== expected) problem(`a ${kind} must target a ${expected}, not a ${targetKind}`, ['target']);
    if (typeof target !== 'string' && Array.isArray(target.selector)) {
      const [, position, reading] = target.selector;
      if (position.end < position.start) problem('TextPositionSelector ends before it starts', ['target', 'selector', 1]);
      if (reading.end <= reading.start) problem('shenyi:ReadingPositionSelector is empty or reversed', ['target', 'selector', 2]);
    }
  });

export const packageSchema = z
  .strictObject({
    '@context': z.tuple([z.literal(ANNO_CONTEXT), z.record(z.string(), z.unknown())]),
    id: z.string().max(3000),
    type: z.literal('AnnotationCollection'),
    label: shortText(3000),
    total: z.number().int().min(0).max(MAX_PACKAGE_OPINIONS),
    generator: z.strictObject({ id: z.string().max(1000), type: z.literal('Software'), name: z.literal('Shenyi'), 'shenyi:appVersion': shortText(100) }),
    generated: timestamp,
    creator: person,
    'shenyi:schemaVersion': z.number().int().min(1),
    'shenyi:report': z.strictObject({
      id: structuralId,
      title: shortText(1000),
      versionId: structuralId,
      versionLabel: shortText(1000),
      textHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in lower-case hex'),
    }),
    'shenyi:stances': z.array(stanceSchema).max(1000),
    'shenyi:tags': z.array(shortText(200)).max(100_000),
    first: z.strictObject({
      type: z.literal('AnnotationPage'),
      startIndex: z.literal(0),
      items: z.array(annotationSchema).max(MAX_PACKAGE_OPINIONS),
    }),
    'shenyi:checksum': z.string().regex(/^sha256:[0-9a-f]{64}$/, 'must be sha256: followed by 64 hex digits'),
  })
  .superRefine((pkg, context) => {
    const items = pkg.first.items;
    if (pkg.total !== items.length) context.addIssue({ code: 'custom', message: `says ${pkg.total} opinions but holds ${items.length}`, path: ['total'] });
    // Merge identity is (author, opinion id): the same id twice from one author is a broken package.
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const key = `${item.creator.id}\n${item.id}`;
      if (seen.has(key)) context.addIssue({ code: 'custom', message: `repeats opinion ${item.id} by the same author`, path: ['first', 'items', i, 'id'] });
      seen.add(key);
    });
    const stanceIds = new Set<string>();
    pkg['shenyi:stances'].forEach((stance, i) => {
      if (stanceIds.has(stance.id)) context.addIssue({ code: 'custom', message: `repeats stance ${stance.id}`, path: ['shenyi:stances', i, 'id'] });
      stanceIds.add(stance.id);
    });
  });

export type PackageDocument = z.infer<typeof packageSchema>;
export type PackageAnnotation = z.infer<typeof annotationSchema>;
export type PackageBody = z.infer<typeof bodySchema>;
