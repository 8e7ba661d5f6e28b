/**
 * `shenyi draft lint FILE`: the form lint of main/proposals on a Markdown draft (format in
 * main/proposals/draft-markdown.ts), read and decoded like any text file Shenyi imports. Prints
 * every warning with its rule id; exits 1 while an error-level warning still blocks export.
 */
import { decodeText } from '../import/decode';
import { readImportFile } from '../import/read-input';
import type { Draft, EarlierDraft } from '../proposals/draft';
import { parseDraftMarkdown } from '../proposals/draft-markdown';
import { FORM_IDS, LEVELS, loadFormProfile, type FormId, type FormProfile, type Level } from '../proposals/form-profile';
import { FORM_PROFILES } from '../proposals/form-profiles';
import { lintDraft, type Dismissal, type LintResult, type LintWarning } from '../proposals/lint';
import { DomainError } from '../model/errors';
import { cell, print } from './print';
import { UsageError } from './usage';

export interface DraftOptions {
  form?: string;
  level?: string;
  profile?: string;
  earlier?: string[];
  dismiss?: string[];
  json: boolean;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${option} takes ${allowed.join('|')} (got ${value})`);
  return value as T;
}

const readText = (file: string) => decodeText(readImportFile(file), file).text;

function profileFor(options: DraftOptions): FormProfile {
  const form = oneOf<FormId>(options.form, FORM_IDS, '--form');
  if (options.profile === undefined) return FORM_PROFILES[form ?? 'proposal'];
  let json: unknown;
  try {
    json = JSON.parse(readText(options.profile));
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError('invalid-input', `${options.profile}: not JSON: ${(error as Error).message}`);
  }
  const profile = loadFormProfile(json, options.profile);
  if (form !== undefined && form !== profile.id) throw new UsageError(`--form ${form} does not match the profile in ${options.profile} (${profile.id})`);
  return profile;
}

function dismissalsFrom(values: string[] = []): Dismissal[] {
  return values.map((value) => {
    const at = value.indexOf('=');
    if (at <= 0 || value.slice(at + 1).trim() === '') throw new UsageError(`--dismiss takes RULE=REASON (got ${value})`);
    return { ruleId: value.slice(0, at), reason: value.slice(at + 1) };
  });
}

const earlierFrom = (draft: Draft, id: string): EarlierDraft => ({ id, title: draft.title, text: Object.values(draft.parts).join('\n') });

/** Characters of a quoted passage in the text output (--json has all of it). */
const EXCERPT = 60;

function warningLine(w: LintWarning): string {
  const state = w.dismissed ? `dismissed (${w.dismissed.reason})` : w.severity;
  const where = w.part ? `[${w.part}] ` : '';
  const excerpt = w.excerpt && w.excerpt !== w.message ? ` 「${cell(w.excerpt.length > EXCERPT ? `${w.excerpt.slice(0, EXCERPT)}……` : w.excerpt)}」` : '';
  return `${state}\t${w.ruleId}\t${where}${w.message}${excerpt}\t依据：${w.source}`;
}

function summary(result: LintResult): string {
  const open = result.warnings.filter((w) => !w.dismissed);
  const errors = open.filter((w) => w.severity === 'error').length;
  const dismissed = result.warnings.length - open.length;
  const refused = result.refusedDismissals.length > 0 ? `; cannot be dismissed: ${result.refusedDismissals.join(', ')}` : '';
  return `${errors} error(s), ${open.length - errors} warning(s), ${dismissed} dismissed${refused}${result.blocking ? ' — export blocked' : ''}`;
}

export function draftCommand(rest: string[], options: DraftOptions): void {
  const [action, file] = rest;
  if (action !== 'lint') throw new UsageError(`draft takes lint${action ? ` (got ${action})` : ''}`);
  if (!file) throw new UsageError('draft lint needs a FILE');
  const level = oneOf<Level>(options.level, LEVELS, '--level') ?? 'national';
  const profile = profileFor(options);
  const dismissals = dismissalsFrom(options.dismiss);
  const draft = parseDraftMarkdown(readText(file), profile, level);
  const earlierDrafts = (options.earlier ?? []).map((path) => earlierFrom(parseDraftMarkdown(readText(path), profile, level), path));
  const result = lintDraft({ draft, profile, earlierDrafts }, dismissals);
  print({ file, form: profile.id, level, ...result }, options.json, () => [...result.warnings.map(warningLine), summary(result)].join('\n'));
  if (result.blocking) process.exitCode = 1;
}
