/**
 * A ~1 MB report for benchmarks: the UTF-8 corpus files of tests/fixtures joined (in name
 * order) until the text reaches the target size. Legacy-encoded fixtures (Big5, GB18030) are
 * skipped: they fail a strict UTF-8 decode.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from './paths';

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The joined text, at least `minBytes` UTF-8 bytes long (throws if the corpus is too small). */
export function bigReportText(minBytes = 1_000_000): string {
  const parts: string[] = [];
  let size = 0;
  for (const name of readdirSync(FIXTURES).filter((n) => n.endsWith('.txt')).sort()) {
    const text = decodeUtf8(readFileSync(join(FIXTURES, name)));
    if (text === null) continue;
    parts.push(text.replace(/^\uFEFF/, ''));
    size += Buffer.byteLength(text) + 2;
    if (size >= minBytes) return parts.join('\n\n');
  }
  throw new Error(`the UTF-8 fixtures hold only ${size} bytes; need ${minBytes}`);
}

/** Writes the big report to a fresh temp folder and returns its path. */
export function writeBigReport(minBytes = 1_000_000): string {
  const path = join(mkdtempSync(join(tmpdir(), 'shenyi-big-')), 'big-report.txt');
  writeFileSync(path, bigReportText(minBytes));
  return path;
}
