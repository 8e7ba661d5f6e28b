/**
 * The office layer (main/export/office/: zip, WordprocessingML, SpreadsheetML, their style
 * registries) sits under the document layouts and knows none of them: a new layout, or the
 * drafting workspace's own documents, can be written on it without taking an opinion sheet's
 * look along. Until the lint config says so, this test does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const OFFICE = join(__dirname, '../../../main/export/office');

describe('the office layer', () => {
  it('imports only its own modules and packages, never a layout or anything else of Shenyi’s', () => {
    const upward: string[] = [];
    for (const file of readdirSync(OFFICE).filter((name) => name.endsWith('.ts'))) {
      const source = readFileSync(join(OFFICE, file), 'utf8');
      for (const match of source.matchAll(/\bfrom\s+'([^']+)'/g)) {
        if (match[1]!.startsWith('..')) upward.push(`${file}: ${match[1]}`);
      }
    }
    expect(upward).toEqual([]);
  });
});
