/**
 * PDF → text from pdf.js's text layer. Lines are rebuilt from the glyph runs' positions and
 * joined into paragraphs: a line that stops well short of the column's right edge ends a
 * paragraph, and an indented line starts one. Eval is disabled: a PDF can never run code here.
 */
import { ImportError } from '../model/errors';
import { IMPORT_LIMITS } from './limits';
import { normalisePdfGlyphs } from './pdf-glyphs';

interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Line {
  text: string;
  left: number;
  right: number;
  size: number;
}

function toLines(runs: TextRun[]): Line[] {
  const sorted = runs.filter((run) => run.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { runs: TextRun[]; y: number }[] = [];
  for (const run of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - run.y) <= Math.max(run.height, 1) * 0.5) line.runs.push(run);
    else lines.push({ runs: [run], y: run.y });
  }
  return lines.map(({ runs: lineRuns }) => {
    lineRuns.sort((a, b) => a.x - b.x);
    const first = lineRuns[0]!;
    const last = lineRuns[lineRuns.length - 1]!;
    return {
      text: normalisePdfGlyphs(lineRuns.map((run) => run.str).join('')),
      left: first.x,
      right: last.x + last.width,
      size: Math.max(...lineRuns.map((run) => run.height)) || 12,
    };
  });
}

/**
 * Joins lines into paragraphs. `carry` is the unfinished paragraph from the previous page: a
 * paragraph that runs to the right edge at the foot of a page goes on at the top of the next.
 */
function toParagraphs(lines: Line[], carry: string, paragraphs: string[]): string {
  if (lines.length === 0) return carry;
  const columnLeft = Math.min(...lines.map((line) => line.left));
  const columnRight = Math.max(...lines.map((line) => line.right));
  let current = carry;
  for (const line of lines) {
    const indented = line.left - columnLeft > line.size * 1.5;
    if (current !== '' && indented) {
      paragraphs.push(current);
      current = '';
    }
    current += line.text.trim();
    // Latin words and numbers wrap as units, so a full line may stop up to a few characters short.
    if (columnRight - line.right > line.size * 4) {
      paragraphs.push(current);
      current = '';
    }
  }
  return current;
}

export async function extractPdfText(bytes: Uint8Array, fileName: string): Promise<string> {
  // pdfjs-dist 6 needs Node 22; the 5.x legacy build runs on Node 20.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // The loading task owns the parser and its fake worker; destroying it (not the document, which
  // pdf.js 6 no longer lets you destroy) frees both, also when opening failed.
  const loadingTask = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let document;
  try {
    document = await loadingTask.promise;
  } catch (error) {
    await loadingTask.destroy();
    throw new ImportError(fileName, 'pdf-unopenable', { detail: (error as Error).message });
  }
  try {
    if (document.numPages > IMPORT_LIMITS.maxPdfPages) {
      throw new ImportError(fileName, 'pdf-too-many-pages', { pages: document.numPages, limit: IMPORT_LIMITS.maxPdfPages });
    }
    const paragraphs: string[] = [];
    let carry = '';
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        runs.push({ str: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: item.height });
      }
      carry = toParagraphs(toLines(runs), carry, paragraphs);
      page.cleanup();
      if (paragraphs.length > IMPORT_LIMITS.maxExtractedChars / 10) throw new ImportError(fileName, 'too-much-text');
    }
    if (carry !== '') paragraphs.push(carry);
    if (paragraphs.length === 0) throw new ImportError(fileName, 'pdf-no-text');
    return paragraphs.join('\n\n');
  } finally {
    await loadingTask.destroy();
  }
}
