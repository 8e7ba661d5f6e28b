/**
 * The inputs the renderer sends as rich text or a selection in the reading view, shared by the
 * contract's parts (opinions, drafting).
 */
import { z } from 'zod';
import type { RichTextNode } from '../model/opinion';

const id = z.string().min(1).max(200);

/**
 * A rich-text body as it arrives from the editor. Its shape is checked here; which node and
 * mark types survive is decided by the body sanitiser (main/model/rich-text/sanitize-body.ts).
 */
export const RichText: z.ZodType<RichTextNode> = z.lazy(() =>
  z
    .object({
      type: z.string().max(40),
      attrs: z.record(z.string().max(40), z.unknown()).optional(),
      content: z.array(RichText).max(200_000).optional(),
      text: z.string().max(2_000_000).optional(),
      marks: z.array(z.object({ type: z.string().max(40), attrs: z.record(z.string().max(40), z.unknown()).optional() }).strict()).max(20).optional(),
    })
    .strict(),
);

/** A selection in the reading view: paragraph ids and offsets into their text. */
export const SelectionInput = z
  .object({
    startParagraphId: id,
    startOffset: z.number().int().min(0),
    endParagraphId: id,
    endOffset: z.number().int().min(0),
  })
  .strict();
export type SelectionInput = z.infer<typeof SelectionInput>;

