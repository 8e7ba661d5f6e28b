/**
 * The 汇总表's 报告位置 column on real reports: 第X部分（Y）第Z段, whatever way the report
 * numbers its items (「（三）」 in the national report, 「二是」 in the city sample).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphLocations } from '../../../main/export/report-position';
import { buildOutline } from '../../../main/export/report-outline';
import { readReportFile } from '../../../main/import/read-file';

const FIXTURES = join(__dirname, '../../fixtures');

async function locationOf(file: string, words: string): Promise<string | undefined> {
  const parsed = await readReportFile(readFileSync(join(FIXTURES, file)), file);
  const outline = buildOutline(parsed.documents[0]!.root);
  const labels = paragraphLocations(outline);
  for (const [id, entry] of outline.paragraphs) if (entry.paragraph.text.includes(words)) return labels.get(id);
  return undefined;
}

describe('报告位置', () => {
  it('writes the city sample’s 「二是…」 items as （二）', async () => {
    expect(await locationOf('jinzhong-report-zh-hant.txt', '二是產業轉型邁出新步伐')).toBe('第一部分（二）第1段');
  });

  it('keeps the national report’s （三） and counts paragraphs within the item', async () => {
    expect(await locationOf('national-2024-wikisource-zh-hans.txt', '（一）大力推进现代化产业体系建设')).toBe('第三部分（一）第1段');
  });
});
