/**
 * What `shenyi import` says besides the report ids: the copies of the body in the file (how
 * many, which was kept, which were left out) and the outline self-check's findings. The notes go
 * to stderr, so stdout stays one report id a line for scripts.
 */
import type { ImportedReport } from '../model/report';

const numbers = (indices: number[]) => indices.map((index) => `#${index + 1}`).join(', ');

export function importNotes(fileName: string, reports: ImportedReport[]): string[] {
  const notes: string[] = [];
  const said = new Set<number>();
  for (const report of reports) {
    const { count, original } = report.copies;
    if (count > 1 && !said.has(original)) {
      said.add(original);
      const repeats = reports.filter((r) => r.copies.original === original && r.document !== original).map((r) => r.document);
      const left = report.copiesLeftOut;
      const kept = `the body appears ${count} times in the file: document #${original + 1} was imported as the report`;
      const also = repeats.length > 0 ? `; ${numbers(repeats)} too, each marked as a copy of #${original + 1}` : '';
      const out = left.length > 0 ? `; ${numbers(left)} left out as copies (--documents all imports them, marked as copies)` : '';
      notes.push(`${kept}${also}${out}`);
    }
    for (const finding of report.findings) {
      if (finding.code !== 'copies') notes.push(`outline check of ${report.title} (${finding.code}): ${finding.detail}`);
    }
  }
  return notes.map((note) => `shenyi: ${fileName}: ${note}`);
}
