/** Paths the bench and the e2e tests share. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const RENDERER_DIR = `${ROOT}out/renderer/`;
export const SAMPLE_REPORT = `${ROOT}resources/sample-report.txt`;
export const FIXTURES = `${ROOT}tests/fixtures/`;

/** The browser shell serves the built renderer: fail early and say how to fix it. */
export function requireBuiltRenderer(): void {
  if (!existsSync(`${RENDERER_DIR}index.html`)) {
    throw new Error(`${RENDERER_DIR}index.html is missing: run "npm run build" before the browser tests.`);
  }
}
