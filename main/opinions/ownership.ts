/**
 * An opinion belongs to its author. A clerk who imported delegates' packages reads, annotates
 * (with notes of their own) and exports those opinions, but never changes or deletes them: what
 * a delegate said must reach the session as they said it. Enforced here, where every write
 * passes, not only by the reading view hiding the buttons.
 */
import type { Opinion, Profile } from '../model/opinion';
import { DomainError } from '../model/errors';

export function requireOwnOpinion(opinion: Opinion, profile: Profile | null, action: 'change' | 'delete'): void {
  if (profile && opinion.author.id === profile.id) return;
  const who = opinion.author.delegation ? `${opinion.author.name} (${opinion.author.delegation})` : opinion.author.name;
  throw new DomainError('forbidden', `Opinion ${opinion.id} is ${who}'s: only its author can ${action} it; add a note of your own instead`);
}
