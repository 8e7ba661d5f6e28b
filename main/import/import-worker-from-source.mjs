// Worker bootstrap when running from TypeScript source (the `shenyi` command, vitest): register
// tsx, then load the worker. The built Electron main runs the compiled import-worker.js directly.
//
// pdf.js is loaded before tsx when the file is a PDF: through tsx's loader its two 1–2 MB
// modules (and their source maps) cost ~400 MB and 3 s per import, paid even by a damaged file
// refused at its first page; loaded natively they cost ~50 MB and a tenth of that time.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

const PDF_SIGNATURE = '%PDF-';
// The PDF specification lets the signature start anywhere in the first 1,024 bytes.
const head = Buffer.from(workerData.bytes.buffer, workerData.bytes.byteOffset, Math.min(workerData.bytes.byteLength, 1024));
if (head.includes(PDF_SIGNATURE, 0, 'latin1')) {
  await import('pdfjs-dist/legacy/build/pdf.mjs');
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
}
register();
await import('./import-worker.ts');
