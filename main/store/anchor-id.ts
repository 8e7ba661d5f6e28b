/** Anchor ids: made here, never by a client, so a package cannot name another opinion's anchor. */
import { randomUUID } from 'node:crypto';

export const newAnchorId = (): string => `a_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
