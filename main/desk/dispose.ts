/**
 * The rules of a disposition, before anything is written: the kind must exist and carry what it
 * needs (a reason for 未采纳, a department for 转办 — and only a 转办 names a department); the 复审 comes after the 初审 and is made by
 * another clerk, unless an override says why the same clerk may; a 初审 already reviewed is not
 * changed under the 复审 that confirmed it.
 */
import type { Clerk, Disposition, DispositionKind, ReviewStage } from '../model/desk';
import { DomainError } from '../model/errors';

export interface DisposeInput {
  stage: ReviewStage;
  kindId: string;
  reason: string;
  department: string;
  /** Why the clerk of the 初审 may also make the 复审; required only then. */
  override?: string;
}

export function decide(
  kind: DispositionKind | null,
  opinionId: string,
  current: { first: Disposition | null; second: Disposition | null },
  input: DisposeInput,
  clerk: Clerk,
  at: string,
): Disposition {
  if (!kind) throw new DomainError('not-found', `There is no disposition kind ${input.kindId}`);
  const reason = input.reason.trim();
  const department = input.department.trim();
  if (kind.needs === 'reason' && reason === '') throw new DomainError('invalid-input', `「${kind.name}」 needs a reason (说明理由)`);
  if (kind.needs === 'department' && department === '') throw new DomainError('invalid-input', `「${kind.name}」 needs the department it goes to (承办部门)`);
  let override: string | null = null;
  if (input.stage === 'second') {
    if (!current.first) throw new DomainError('invalid-input', `Opinion ${opinionId} has no 初审 yet: the 复审 comes after it`);
    if (current.first.clerk.id === clerk.id) {
      override = input.override?.trim() || null;
      if (override === null) throw new DomainError('invalid-input', `The 复审 of opinion ${opinionId} is made by another clerk than its 初审 (${clerk.name}); give a reason to override`);
    }
  } else if (current.second) {
    throw new DomainError('invalid-input', `Opinion ${opinionId} has had its 复审; change the 复审, or clear it first`);
  }
  return { opinionId, stage: input.stage, kindId: kind.id, reason, department: kind.needs === 'department' ? department : '', clerk, decidedAt: at, override };
}
