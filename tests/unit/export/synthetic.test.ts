import { describe, expect, it } from 'vitest';
import { buildOpinionCsv } from '../../../main/export/opinion-csv';
import { buildReportDocx } from '../../../main/export/report-docx';
import { buildOpinionPackage } from '../../../main/packages/format/build-package';
import { parsePackage } from '../../../main/packages/format/parse-package';
import { packageToOpinions } from '../../../main/packages/format/package-to-opinions';
import { buildSyntheticExportInput } from './synthetic';
import { annotationIds, unzip } from './ooxml';

describe('the synthetic export input (for the benchmarks)', () => {
  it('is the same on every run and holds every kind', () => {
    const a = buildSyntheticExportInput(300);
    const b = buildSyntheticExportInput(300);
    expect(a.opinions.map((o) => o.anchor?.quote.exact ?? o.id)).toEqual(b.opinions.map((o) => o.anchor?.quote.exact ?? o.id));
    expect(new Set(a.opinions.map((o) => o.kind)).size).toBe(4);
    expect(a.opinions.some((o) => o.resolution?.status === 'orphan')).toBe(true);
  });

  it('exports at scale with unique Word ids and a package that round-trips', async () => {
    const input = buildSyntheticExportInput(2000);
    const files = await unzip(await buildReportDocx(input));
    const { comments, revisions } = annotationIds(files.get('word/document.xml')!.toString('utf8'));
    expect(comments).toHaveLength(2000);
    const all = [...comments, ...revisions];
    expect(new Set(all).size).toBe(all.length);
    expect(buildOpinionCsv(input).split('\r\n')).toHaveLength(2000 + 2);
    const contents = packageToOpinions(parsePackage(buildOpinionPackage(input), { now: () => new Date('2026-03-06T00:00:00Z') }));
    expect(contents.opinions).toHaveLength(2000);
  });
});
