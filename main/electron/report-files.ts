/**
 * Which files the shell offers to open, and report paths handed to the app on its command line
 * (Windows passes a file chosen from the jump list or "Open with" as an argument). Pure, no
 * electron import.
 */
import { extname, resolve } from 'node:path';

/** What the importer reads; the importer still sniffs the bytes, the extension is only a filter. */
export const REPORT_EXTENSIONS = ['docx', 'txt', 'md', 'markdown', 'html', 'htm', 'pdf'] as const;

const known = new Set<string>(REPORT_EXTENSIONS);

/** Flags that take a value, so the value is not mistaken for a file. */
const FLAGS_WITH_VALUE = new Set(['--data-dir']);

export function reportPathsFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  const paths: string[] = [];
  // argv[0] is the executable (and in development argv[1] is the app folder, never a report).
  for (let index = 1; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (FLAGS_WITH_VALUE.has(arg)) {
      index += 1;
      continue;
    }
    if (arg.startsWith('-')) continue;
    if (known.has(extname(arg).slice(1).toLowerCase())) paths.push(resolve(workingDirectory, arg));
  }
  return paths;
}
