/**
 * The desk package one clerk sends another when the work is split by delegation or by part:
 * the opinions of their share as an ordinary opinion package (so the receiving desk re-anchors
 * them by the same rules as any delegate's), and what the clerk made of them — how each came
 * in, the clusters confirmed, the kinds of disposition used and every 初审/复审 — under one
 * checksum, so a package changed on the way is refused whole.
 */
import { z } from 'zod';
import { REVIEW_STAGES } from '../../model/desk';

export const DESK_PACKAGE_TYPE = 'shenyi:DeskPackage';
export const DESK_PACKAGE_SCHEMA_VERSION = 1;
/** Written first in the file, so the intake tells a desk package from a delegate's by its opening. */
export const DESK_PACKAGE_OPENING = new RegExp(`^\\uFEFF?\\s*\\{\\s*"type"\\s*:\\s*"${DESK_PACKAGE_TYPE}"`);

const id = z.string().min(1).max(400);
const text = (max: number) => z.string().max(max);
const clerk = z.strictObject({ id, name: text(100).min(1) });

const disposition = z.strictObject({
  opinionId: id,
  stage: z.enum(REVIEW_STAGES),
  kindId: id,
  reason: text(2000),
  department: text(200),
  clerk,
  decidedAt: z.string().min(1).max(40),
  override: text(500).nullable(),
});

export const deskPackageSchema = z.strictObject({
  type: z.literal(DESK_PACKAGE_TYPE),
  schemaVersion: z.literal(DESK_PACKAGE_SCHEMA_VERSION),
  generated: z.string().min(1).max(40),
  clerk,
  /** What share of the work this is, in words (代表团: …; 部分: …), for the receiving clerk. */
  share: text(2000),
  /** An opinion package, as a delegate's Shenyi writes one (main/packages/format/). */
  opinions: z.string(),
  /** Each opinion's author: an opinion id is only unique per author (main/packages/import-package.ts). */
  authors: z.array(z.strictObject({ opinionId: id, authorId: id })),
  channels: z.array(z.strictObject({ opinionId: id, channel: z.enum(['briefing', 'meeting-notes', 'hotline', 'online', 'other']), provenance: text(1000) })),
  kinds: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z0-9-]{1,40}$/),
      name: text(60).min(1),
      needs: z.enum(['reason', 'department']).nullable(),
      countsAs: z.enum(['adopted', 'reflected', 'not-adopted', 'referred', 'out-of-scope']),
      builtin: z.boolean(),
      order: z.number().int(),
    }),
  ),
  dispositions: z.array(disposition),
  clusters: z.array(z.strictObject({ id, memberIds: z.array(id).min(2), summary: text(5000), confirmedBy: text(100), confirmedAt: z.string().min(1).max(40) })),
  checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/),
});

export type DeskPackage = z.infer<typeof deskPackageSchema>;
