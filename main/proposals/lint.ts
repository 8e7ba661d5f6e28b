/**
 * Runs the form lint: every rule on one draft, then the user's dismissals. A dismissed warning
 * stays in the result, marked, so the editor can show it greyed with its reason; an error is
 * lifted only by a rule that allows it, otherwise it keeps blocking export.
 */
import { z } from 'zod';
import { DomainError } from '../model/errors';
import { draftText } from './draft-text';
import type { LintResult, LintWarning } from '../model/drafting';
import type { LintInput, LintRule } from './lint-rule';
import { LINT_RULES } from './lint-rules';

export const dismissalSchema = z.strictObject({ ruleId: z.string().min(1), reason: z.string().trim().min(1) });
export type Dismissal = z.infer<typeof dismissalSchema>;

export type { LintResult, LintWarning } from '../model/drafting';

export function lintDraft(input: LintInput, dismissals: readonly Dismissal[] = [], rules: readonly LintRule[] = LINT_RULES): LintResult {
  for (const dismissal of dismissals) {
    const parsed = dismissalSchema.safeParse(dismissal);
    if (!parsed.success) throw new DomainError('invalid-input', `A dismissal needs a rule id and a reason (got ${JSON.stringify(dismissal)})`);
  }
  const reasons = new Map(dismissals.map((d) => [d.ruleId, d.reason.trim()]));
  const context = { ...input, levelProfile: input.profile.levels[input.draft.level], text: draftText(input.draft, input.profile) };
  const refused = new Set<string>();
  const warnings = rules.flatMap((rule) =>
    rule.check(context).map((finding): LintWarning => {
      const severity = finding.severity ?? rule.severity;
      const reason = reasons.get(rule.id);
      const dismissable = severity === 'warning' || rule.errorsDismissable;
      if (reason !== undefined && !dismissable) refused.add(rule.id);
      const dismissed = reason !== undefined && dismissable ? { reason } : null;
      return {
        ruleId: rule.id,
        severity,
        message: finding.message,
        source: finding.source ?? rule.source,
        ...(finding.part !== undefined ? { part: finding.part } : {}),
        ...(finding.excerpt !== undefined ? { excerpt: finding.excerpt } : {}),
        ...(finding.related !== undefined ? { related: finding.related } : {}),
        dismissed,
        blocking: severity === 'error' && dismissed === null,
      };
    }),
  );
  return { warnings, blocking: warnings.some((w) => w.blocking), refusedDismissals: [...refused] };
}
