/**
 * Reads an opinion package from outside, trusting nothing: bounded JSON without prototype
 * keys (safe-json.ts), recognisably a Shenyi package, from a schema this Shenyi knows, with
 * its checksum intact — a mismatch refuses the whole package, never part of it — and then the
 * strict schema. Timestamps far in the future or the past are let through with a warning: a
 * delegate's clock can be wrong, and the clerk should see that rather than lose the opinion.
 * So is a body with nodes or marks outside the rich-text schema: the import keeps their words
 * (main/model/rich-text/sanitize-body.ts), and the warning names the opinion that held them.
 */
import { DomainError } from '../../model/errors';
import { describeUnknownParts, RICH_TEXT_SCHEMA, unknownParts, type RichTextSchema } from '../../model/rich-text';
import { canonicalSha256 } from './canonical-json';
import { CHECKSUM_KEY, CHECKSUM_PREFIX, PACKAGE_SCHEMA_VERSION } from './package-format';
import { packageSchema, type PackageDocument } from './package-schema';
import { parseBoundedJson } from './safe-json';

/** 256 Mi characters: room for 200,000 opinions, short of V8's largest string. */
export const MAX_PACKAGE_CHARS = 256 * 1024 * 1024;
/** The package's own nesting is about 8 levels; an opinion body may nest 20 more (main/model/rich-text/sanitize-body.ts). */
export const MAX_PACKAGE_DEPTH = 64;

/** Before this, Shenyi did not exist: such a date is a clock error, not history. */
const EARLIEST_PLAUSIBLE = Date.parse('2000-01-01T00:00:00Z');
/** Clocks drift: a day ahead is tolerated before it is called the future. */
const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

export interface PackageWarning {
  code: 'far-future' | 'far-past' | 'unknown-stance' | 'unknown-rich-text';
  message: string;
}

export interface Package {
  document: PackageDocument;
  warnings: PackageWarning[];
}

const WHAT = 'The opinion package';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeIssues(issues: { path: PropertyKey[]; message: string }[]): string {
  const shown = issues.slice(0, 5).map((issue) => `${issue.path.map(String).join('.') || '(top level)'}: ${issue.message}`);
  const more = issues.length > shown.length ? `; and ${issues.length - shown.length} more` : '';
  return `${shown.join('; ')}${more}`;
}

function recognise(value: unknown): Record<string, unknown> {
  if (!isRecord(value) || value.type !== 'AnnotationCollection' || !('shenyi:schemaVersion' in value)) {
    throw new DomainError('invalid-input', `${WHAT} is not a Shenyi opinion package (expected a W3C AnnotationCollection with shenyi:schemaVersion)`);
  }
  const version = value['shenyi:schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new DomainError('invalid-input', `${WHAT} has an invalid shenyi:schemaVersion (${JSON.stringify(version)})`);
  }
  if (version > PACKAGE_SCHEMA_VERSION) {
    throw new DomainError('invalid-input', `${WHAT} was written by a newer Shenyi (package schema ${version}; this Shenyi reads up to ${PACKAGE_SCHEMA_VERSION}); update Shenyi to import it`);
  }
  return value;
}

function verifyChecksum(value: Record<string, unknown>): void {
  const stated = value[CHECKSUM_KEY];
  if (typeof stated !== 'string' || !stated.startsWith(CHECKSUM_PREFIX)) {
    throw new DomainError('invalid-input', `${WHAT} has no ${CHECKSUM_KEY}; it cannot be checked and was not imported`);
  }
  const { [CHECKSUM_KEY]: _checksum, ...rest } = value;
  const computed = `${CHECKSUM_PREFIX}${canonicalSha256(rest)}`;
  if (computed !== stated) {
    throw new DomainError(
      'invalid-input',
      `${WHAT} was changed after it was exported: its checksum does not match its content (stated ${stated.slice(0, 19)}…, computed ${computed.slice(0, 19)}…); nothing was imported`,
    );
  }
}

function timeWarnings(document: PackageDocument, now: Date): PackageWarning[] {
  const warnings: PackageWarning[] = [];
  const latest = now.getTime() + FUTURE_TOLERANCE_MS;
  const check = (what: string, value: string) => {
    const time = Date.parse(value);
    if (time > latest) warnings.push({ code: 'far-future', message: `${what} is in the future (${value}); the author's clock may be wrong` });
    else if (time < EARLIEST_PLAUSIBLE) warnings.push({ code: 'far-past', message: `${what} is implausibly old (${value}); the author's clock may be wrong` });
  };
  check('The package date', document.generated);
  for (const item of document.first.items) {
    check(`Opinion ${item.id} creation time`, item.created);
    check(`Opinion ${item.id} change time`, item.modified);
  }
  return warnings;
}

function stanceWarnings(document: PackageDocument): PackageWarning[] {
  const known = new Set(document['shenyi:stances'].map((stance) => stance.id));
  const missing = new Set(document.first.items.map((item) => item['shenyi:stanceId']).filter((id): id is string => id !== null && !known.has(id)));
  return [...missing].map((id) => ({ code: 'unknown-stance' as const, message: `Stance ${id} is used but not described in the package` }));
}

function richTextWarnings(document: PackageDocument, schema: RichTextSchema): PackageWarning[] {
  const warnings: PackageWarning[] = [];
  for (const item of document.first.items) {
    for (const body of item.body) {
      if (body.type !== 'shenyi:RichText') continue;
      const unknown = describeUnknownParts(unknownParts(body['shenyi:doc'], schema));
      if (unknown) {
        warnings.push({
          code: 'unknown-rich-text',
          message: `Opinion ${item.id} has rich text this Shenyi does not know (${unknown}); its words were kept, that formatting was not`,
        });
      }
    }
  }
  return warnings;
}

/** `schema`: the rich-text schema the bodies are checked against (RICH_TEXT_SCHEMA unless a workspace extended it). */
export function parsePackage(json: string, options: { now?: () => Date; schema?: RichTextSchema } = {}): Package {
  const value = recognise(parseBoundedJson(json, { maxChars: MAX_PACKAGE_CHARS, maxDepth: MAX_PACKAGE_DEPTH, what: WHAT }));
  verifyChecksum(value);
  const parsed = packageSchema.safeParse(value);
  if (!parsed.success) throw new DomainError('invalid-input', `${WHAT} does not follow the package schema: ${describeIssues(parsed.error.issues)}`);
  const document = parsed.data;
  return {
    document,
    warnings: [
      ...timeWarnings(document, (options.now ?? (() => new Date()))()),
      ...stanceWarnings(document),
      ...richTextWarnings(document, options.schema ?? RICH_TEXT_SCHEMA),
    ],
  };
}
