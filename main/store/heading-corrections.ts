/**
 * The user's heading corrections of a version (migration 4): a line promoted to a heading or a
 * heading demoted to body text, where the detector was unsure. Keyed by the line's offset in the
 * version's stored source text; the line's text is kept so a later version of the report can
 * find the same line in its own file.
 */
import type Database from 'better-sqlite3';
import type { HeadingCorrection, ParsedDocument, Section } from '../model/report';

/** The corrections as the parser takes them: line start → heading or not. */
export const correctionMap = (corrections: HeadingCorrection[]) => new Map(corrections.map((c) => [c.start, c.asHeading]));

/** Every line of a parsed document that a correction can name: headings and paragraphs, by start. */
export function correctableLines(document: Pick<ParsedDocument, 'root'>): Map<number, string> {
  const lines = new Map<number, string>();
  const visit = (section: Section) => {
    const headingStart = section.headingSpans[0]?.start;
    if (headingStart !== undefined && !section.runIn) lines.set(headingStart, section.heading);
    for (const paragraph of section.paragraphs) {
      const start = paragraph.spans[0]?.start;
      if (start !== undefined) lines.set(start, paragraph.text);
    }
    section.children.forEach(visit);
  };
  visit(document.root);
  return lines;
}

/**
 * The corrections of an earlier version carried to a new one: each goes to the line of the new
 * document with the same text (the first one not yet taken); one whose line is gone is dropped.
 */
export function carryCorrections(corrections: HeadingCorrection[], document: Pick<ParsedDocument, 'root'>): HeadingCorrection[] {
  const byText = new Map<string, number[]>();
  for (const [start, text] of correctableLines(document)) byText.set(text, [...(byText.get(text) ?? []), start]);
  return corrections.flatMap((correction) => {
    const start = byText.get(correction.text)?.shift();
    return start === undefined ? [] : [{ ...correction, start }];
  });
}

export class HeadingCorrections {
  private statements: Record<'list' | 'put' | 'remove', Database.Statement> | null = null;

  constructor(private readonly db: Database.Database) {}

  // Prepared on first use, like VersionCopies: a store opened at an older schema still works.
  private prepared() {
    this.statements ??= {
      list: this.db.prepare('SELECT start, text, as_heading FROM heading_corrections WHERE version_id = ? ORDER BY start'),
      put: this.db.prepare(`
        INSERT INTO heading_corrections (version_id, start, text, as_heading) VALUES (?, ?, ?, ?)
        ON CONFLICT(version_id, start) DO UPDATE SET text = excluded.text, as_heading = excluded.as_heading`),
      remove: this.db.prepare('DELETE FROM heading_corrections WHERE version_id = ? AND start = ?'),
    };
    return this.statements;
  }

  list(versionId: string): HeadingCorrection[] {
    const rows = this.prepared().list.all(versionId) as { start: number; text: string; as_heading: number }[];
    return rows.map((row) => ({ start: row.start, text: row.text, asHeading: row.as_heading === 1 }));
  }

  /** Sets (or with asHeading null removes) one correction; the caller holds the transaction. */
  put(versionId: string, correction: Omit<HeadingCorrection, 'asHeading'> & { asHeading: boolean | null }): void {
    if (correction.asHeading === null) this.prepared().remove.run(versionId, correction.start);
    else this.prepared().put.run(versionId, correction.start, correction.text, correction.asHeading ? 1 : 0);
  }
}
