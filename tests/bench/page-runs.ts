/**
 * The page cases' loop: open the browser shell's URL in a fresh browser context (1280x800) once
 * per run, with a probe injected before the renderer's scripts, and wait for the probe to set
 * `done` on its result object. The first run is also returned apart: it is the only one in a
 * browser that has not loaded the renderer yet.
 */
import { launchBrowser } from '../support/browser';

export interface ProbeResult {
  done?: boolean;
  error?: string;
}

export interface PageRuns<T> {
  browserVersion: string;
  cold: T | undefined;
  /** The runs after the warm-up ones. */
  results: T[];
}

export interface PageRunOptions {
  url: string;
  /** Injected with page.addInitScript: sets the page up and starts the probe. */
  initScript: string;
  /** The global the probe writes its result to. */
  resultGlobal: string;
  warmUp: number;
  runs: number;
  timeoutMs: number;
}

export async function runPages<T extends ProbeResult>(options: PageRunOptions): Promise<PageRuns<T>> {
  const browser = await launchBrowser();
  const results: T[] = [];
  let cold: T | undefined;
  try {
    for (let i = 0; i < options.warmUp + options.runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.addInitScript({ content: options.initScript });
      await page.goto(options.url, { waitUntil: 'commit' });
      const deadline = Date.now() + options.timeoutMs;
      let timings: T | null = null;
      while (!timings) {
        // A function over CDP, not Playwright's waitForFunction: the renderer's CSP forbids eval.
        timings = await page.evaluate((name) => {
          const result = (globalThis as Record<string, unknown>)[name] as T | undefined;
          return result?.done === true ? result : null;
        }, options.resultGlobal);
        if (!timings && Date.now() > deadline) throw new Error(`run ${i + 1}: no result after ${options.timeoutMs} ms`);
        if (!timings) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await context.close();
      if (timings.error) throw new Error(`run ${i + 1}: ${timings.error}${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`);
      if (i === 0) cold = timings;
      if (i >= options.warmUp) results.push(timings);
    }
    return { browserVersion: browser.version(), cold, results };
  } finally {
    await browser.close();
  }
}
