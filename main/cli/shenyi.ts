/**
 * `shenyi`: the same domain modules as the app, headless, for scripting and batch work.
 * Errors go to stderr as one line with a non-zero exit; a failed command leaves the store as it was.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { resolveDataDir } from '../app/data-dir';
import { importIntoStore, type DocumentSelection } from '../app/import-into-store';
import { checkFileSize, readReportFile } from '../import/read-file';
import { DomainError } from '../model/errors';
import { openStore } from '../store/store';
import { outlineJson, outlineText } from './outline-json';

const USAGE = `usage:
  shenyi outline FILE [--json]
  shenyi import FILE [--data-dir DIR] [--documents all|originals|1,2] [--as-version-of REPORT_ID] [--json]
  shenyi reports [--data-dir DIR] [--json]`;

class UsageError extends Error {}

function readInput(path: string): Buffer {
  try {
    const { size } = statSync(path);
    if (size > 0) checkFileSize(size, path);
    return readFileSync(path);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'this is a folder, not a file' : (error as Error).message;
    throw new DomainError('import-failed', `${path}: ${reason}`);
  }
}

function parseSelection(value: string | undefined): DocumentSelection {
  if (value === undefined || value === 'originals') return 'originals';
  if (value === 'all') return 'all';
  const numbers = value.split(',').map((part) => Number(part.trim()));
  if (numbers.some((n) => !Number.isInteger(n) || n < 1)) throw new UsageError(`--documents takes all, originals or numbers like 1,3 (got ${value})`);
  return numbers.map((n) => n - 1);
}

const print = (value: unknown, json: boolean, text: () => string) =>
  process.stdout.write(`${json ? JSON.stringify(value, null, 2) : text()}\n`);

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      documents: { type: 'string' },
      'as-version-of': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const dataDir = () => resolveDataDir(values['data-dir'] ? ['--data-dir', values['data-dir']] : [], process.env);

  switch (command) {
    case 'outline': {
      const [file] = rest;
      if (!file) throw new UsageError('outline needs a FILE');
      const parsed = await readReportFile(readInput(file), file);
      print(outlineJson(parsed), values.json, () => outlineText(parsed));
      return;
    }
    case 'import': {
      const [file] = rest;
      if (!file) throw new UsageError('import needs a FILE');
      const bytes = readInput(file);
      const selection = parseSelection(values.documents);
      const store = openStore(dataDir());
      try {
        const imported = await importIntoStore(store, bytes, file, { select: selection, asVersionOf: values['as-version-of'] });
        print(imported, values.json, () => imported.map((entry) => entry.reportId).join('\n'));
      } finally {
        store.close();
      }
      return;
    }
    case 'reports': {
      const store = openStore(dataDir());
      try {
        const reports = store.reports.listReports();
        print(reports, values.json, () => reports.map((r) => `${r.id}\t${r.title}\t${r.paragraphCount}¶\t${r.sourceFileName}`).join('\n'));
      } finally {
        store.close();
      }
      return;
    }
    default:
      throw new UsageError(`unknown command: ${command}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) process.stderr.write(`shenyi: ${error.message}\n${USAGE}\n`);
  else if (error instanceof DomainError) process.stderr.write(`shenyi: ${error.message}\n`);
  else if (error instanceof Error && 'code' in error && String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS')) process.stderr.write(`shenyi: ${error.message}\n${USAGE}\n`);
  else process.stderr.write(`shenyi: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
