/**
 * `shenyi reanchor`: finds anchors taken in one text of a report again in another — the
 * lead's re-anchoring (main/anchoring/reanchor-text.ts) on two files, without a store.
 * Each file is decoded like an import and its decoded source text is used as it is.
 */
import { z } from 'zod';
import { readReportFileIsolated } from '../import/read-file-isolated';
import { DomainError } from '../model/errors';
import { reanchorText, type TextAnchor } from '../anchoring/reanchor-text';
import { readImportFile } from '../import/read-input';
import { cell, print } from './print';
import { requireOption } from './usage';

export interface ReanchorOptions {
  from?: string;
  to?: string;
  anchors?: string;
  json: boolean;
}

const offset = z.number().int().min(0);

/** Prefix and suffix may be left empty: the re-anchoring reads them from the old text. */
const AnchorFile = z
  .array(
    z
      .object({
        id: z.string().min(1).max(200),
        exact: z.string().min(1).max(100_000),
        prefix: z.string().max(10_000).default(''),
        suffix: z.string().max(10_000).default(''),
        start: offset,
        end: offset,
      })
      .strict()
      .refine((anchor) => anchor.end > anchor.start, { message: 'end must be after start' }),
  )
  .max(100_000);

function readAnchors(path: string, oldText: string): TextAnchor[] {
  let data: unknown;
  try {
    data = JSON.parse(readImportFile(path).toString('utf8'));
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError('invalid-input', `${path}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = AnchorFile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError('invalid-input', `${path}: ${issue.message}${issue.path.length ? ` at ${issue.path.join('.')}` : ''}`);
  }
  const seen = new Set<string>();
  parsed.data.forEach((anchor, i) => {
    if (seen.has(anchor.id)) throw new DomainError('invalid-input', `${path}: the id ${anchor.id} is given twice (at ${i})`);
    seen.add(anchor.id);
    if (anchor.end > oldText.length) throw new DomainError('invalid-input', `${path}: anchor ${anchor.id} ends at ${anchor.end}, past the end of the old text (${oldText.length})`);
  });
  return parsed.data;
}

export async function reanchor(options: ReanchorOptions): Promise<void> {
  const from = requireOption(options.from, '--from', 'reanchor');
  const to = requireOption(options.to, '--to', 'reanchor');
  const anchorsPath = requireOption(options.anchors, '--anchors', 'reanchor');
  const oldFile = await readReportFileIsolated(readImportFile(from), from);
  const newFile = await readReportFileIsolated(readImportFile(to), to);
  const anchors = readAnchors(anchorsPath, oldFile.sourceText);
  const results = reanchorText(oldFile.sourceText, newFile.sourceText, anchors);
  print(results, options.json, () =>
    results
      .map((r) => [r.id, r.status, r.start === null ? '-' : `${r.start}-${r.end}`, r.score.toFixed(2), r.matched !== null ? cell(r.matched) : (r.candidates ? `${r.candidates.length} candidates` : '')].join('\t'))
      .join('\n'),
  );
}
