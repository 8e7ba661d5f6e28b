/**
 * axe-core (the npm package, run inside the page) over one screen: the rule hits that are
 * serious or critical, each with the nodes it found. The renderer's CSP allows no inline
 * script, so the sessions that scan are opened with bypassCSP (see openScannableSession).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { openSession, type Session } from './session';
import { tempDir } from './temp-dirs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeHit {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** Like openSession, but the page may run axe (an injected script). */
export const openScannableSession = (browser: Browser, dataDir = tempDir()): Promise<Session> => openSession(browser, dataDir, { bypassCSP: true });

/** The serious and critical hits of axe's WCAG 2.x A/AA rules (and its best practices) on the page as it is. */
export async function seriousAxeHits(page: Page): Promise<AxeHit[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.addScriptTag({ content: AXE_SOURCE });
  const results = (await page.evaluate(`window.axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ' :: ' + (n.failureSummary || '').split('\\n').slice(0, 2).join(' ')),
  })))`)) as AxeHit[];
  return results.filter((hit) => hit.impact === 'serious' || hit.impact === 'critical');
}

/** One line per hit, for a failure message a person can act on. */
export const describeHits = (hits: AxeHit[]): string => hits.map((hit) => `${hit.impact} ${hit.id} (${hit.help}): ${hit.nodes.join(' | ')}`).join('\n');
