/**
 * A form profile: everything that differs between 政协提案, 人大代表建议 and 议案, and between
 * levels, as plain data. A clerk edits a profile as JSON; loadFormProfile checks it at the door,
 * so a mistyped file is refused with the field that is wrong instead of silently changing the lint.
 */
import { z } from 'zod';
import { DomainError } from '../model/errors';

import { DRAFT_FORMS, DRAFT_LEVELS, type DraftForm, type DraftLevel, type FormProfile } from '../model/drafting';

export const FORM_IDS = DRAFT_FORMS;
export type FormId = DraftForm;

export const LEVELS = DRAFT_LEVELS;
export type Level = DraftLevel;

export const LEVEL_NAMES: Record<Level, string> = { national: '全国', provincial: '省', municipal: '市', county: '县' };

const text = z.string().trim().min(1);

const partSchema = z.strictObject({
  name: text,
  /** Other headings accepted for this part in a draft file (情况、案据 for 理由 …). */
  aliases: z.array(text).default([]),
  required: z.boolean(),
  /** Required only for this category (议案: the draft law attached to a 法律案). */
  requiredForCategory: z.string().optional(),
  /** Whether the part counts towards the length norms (an attached draft law does not). */
  inLength: z.boolean().default(true),
});

const levelSchema = z.strictObject({
  /** The line above the form, with {term} {session} {place} to fill in (e.g. 政协第十四届全国委员会第四次会议提案). */
  header: text,
  categories: z.array(text).min(1),
  /** Fewest signers in all, leader included (议案: 30 nationally, 10 at the levels above 乡镇). */
  minSigners: z.number().int().min(1),
  /** Where minSigners comes from, said with the warning. */
  minSignersSource: z.string().default(''),
});

export const formProfileSchema = z.strictObject({
  id: z.enum(FORM_IDS),
  name: text,
  /** The title a form wants: 关于…的提案. */
  title: z.strictObject({ prefix: z.string(), suffix: z.string(), maxLength: z.number().int().positive() }),
  parts: z.array(partSchema).min(1),
  /** The part that holds the measures (建议 / 内容 / 方案): where 只反映问题，不提办法 is looked for. */
  measuresPart: text,
  signers: z.strictObject({
    leaderHeading: text,
    coSignerHeading: text,
    credentialName: text,
    credentialRequired: z.boolean(),
  }),
  /** In characters of the content parts (whitespace not counted). */
  length: z
    .strictObject({ min: z.number().int().nonnegative(), target: z.number().int().positive(), max: z.number().int().positive(), platformCap: z.number().int().positive() })
    .refine((l) => l.min <= l.target && l.target <= l.max && l.max <= l.platformCap, 'length needs min ≤ target ≤ max ≤ platformCap'),
  lengthSource: z.string().default(''),
  /** The rules whose 不予立案 / 不作为建议 cases the admissibility rules cite. */
  admissibilitySource: text,
  deadline: z.string().default(''),
  levels: z.strictObject({ national: levelSchema, provincial: levelSchema, municipal: levelSchema, county: levelSchema }),
});

export type { FormProfile } from '../model/drafting';
export type LevelProfile = FormProfile['levels'][Level];

// The model's plain interface (which the renderer sees) and what the schema parses stay one shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesModel: Same<z.infer<typeof formProfileSchema>, FormProfile> = true;
void schemaMatchesModel;

/** A profile from JSON a clerk edited, or a clear error naming where it came from and the field. */
export function loadFormProfile(value: unknown, origin: string): FormProfile {
  const parsed = formProfileSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new DomainError('invalid-input', `${origin}: not a form profile: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
}

/** The header line of a form at a level, with the session filled in. */
export function headerLine(profile: FormProfile, level: Level, session: { term: string; session: string; place?: string }): string {
  return profile.levels[level].header.replace('{term}', session.term).replace('{session}', session.session).replace('{place}', session.place ?? '');
}
