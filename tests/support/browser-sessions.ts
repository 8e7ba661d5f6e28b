/**
 * The lifecycle every e2e file shares: one Chromium for the file; every session a test opens is
 * closed after that test, and the test fails if its page threw (a test that passes with an
 * uncaught error in the page has still found a bug).
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { openSession, type Session } from './session';
import { removeTempDirs } from './temp-dirs';

export interface BrowserSessions {
  /** The file's browser (launched in beforeAll). */
  readonly browser: Browser;
  /** A new session on a fresh (or the given) data folder, closed after the test. */
  open(dataDir?: string): Promise<Session>;
  /** Closes `session` after the test (for sessions opened by other helpers). */
  track(session: Session): Session;
  /** Stops tracking `session` (the caller closes it, e.g. to restart on its data folder). */
  untrack(session: Session): void;
}

/** Registers the hooks; call once at the top of an e2e file. */
export function browserSessions(): BrowserSessions {
  let browser: Browser | undefined;
  const sessions: Session[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    for (const opened of sessions.splice(0)) {
      await opened.close();
      expect(opened.pageErrors, 'uncaught errors in the page').toEqual([]);
    }
  });
  afterAll(async () => {
    for (const opened of sessions.splice(0)) await opened.close();
    await browser?.close();
    removeTempDirs();
  });
  const track = (session: Session): Session => {
    sessions.push(session);
    return session;
  };
  const lifecycle: BrowserSessions = {
    get browser() {
      if (!browser) throw new Error('The browser is launched in beforeAll: use it inside a test');
      return browser;
    },
    open: async (dataDir) => track(await openSession(lifecycle.browser, dataDir)),
    track,
    untrack: (session) => {
      const at = sessions.indexOf(session);
      if (at >= 0) sessions.splice(at, 1);
    },
  };
  return lifecycle;
}
