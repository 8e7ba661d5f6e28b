// Preloaded with --import into a command under test: on exit the main thread prints the
// process's peak resident memory (all threads) as the last line of stderr.
import { writeSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  process.on('exit', () => writeSync(2, `peak-rss-kb ${process.resourceUsage().maxRSS}\n`));
}
