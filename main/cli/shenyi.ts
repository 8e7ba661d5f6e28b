/**
 * `shenyi`: the same domain modules as the app, headless, for scripting and batch work.
 * Errors go to stderr as one line with a non-zero exit; a failed command leaves the store as it was.
 */
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveDataDir } from '../app/data-dir';
import { readReportFileIsolated } from '../import/read-file-isolated';
import { DomainError } from '../model/errors';
import { openStore, type Store } from '../store/store';
import { inOneTransaction, storeApi } from './store-api';
import { readImportFile } from '../import/read-input';
import { noteAdd, noteList } from './note-command';
import { importNotes } from './import-notes';
import { outlineJson, outlineText } from './outline-json';
import { print } from './print';
import { reanchor } from './reanchor-command';
import { exportOpinions, importPackageFile } from './export-command';
import { compare } from './compare-command';
import { adoption } from './adoption-command';
import { draftCommand } from './draft-command';
import { draftExport, draftList, draftNew } from './draft-store-commands';
import { backupCommand, checkCommand, restoreCommand, unusableStoreMessage } from './store-commands';
import { markChangesPending } from '../app/backup-schedule';
import { StoreUnusableError } from '../store/store-errors';
import { deskCommand } from './desk-command';
import packageJson from '../../package.json';

const APP_VERSION = packageJson.version;
import { requireOption, USAGE, UsageError } from './usage';

function parseSelection(value: string | undefined): 'originals' | 'all' | number[] {
  if (value === undefined || value === 'originals') return 'originals';
  if (value === 'all') return 'all';
  const numbers = value.split(',').map((part) => Number(part.trim()));
  if (numbers.some((n) => !Number.isInteger(n) || n < 1)) throw new UsageError(`--documents takes all, originals or numbers like 1,3 (got ${value})`);
  return numbers.map((n) => n - 1);
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      documents: { type: 'string' },
      'as-version-of': { type: 'string' },
      label: { type: 'string' },
      'read-as': { type: 'string' },
      report: { type: 'string' },
      quote: { type: 'string' },
      occurrence: { type: 'string' },
      stance: { type: 'string' },
      body: { type: 'string' },
      suggest: { type: 'string' },
      reason: { type: 'string' },
      author: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      anchors: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      order: { type: 'string' },
      orphans: { type: 'boolean', default: false },
      adoption: { type: 'boolean', default: false },
      chain: { type: 'boolean', default: false },
      script: { type: 'string' },
      'ignore-formatting': { type: 'boolean', default: false },
      form: { type: 'string' },
      level: { type: 'string' },
      profile: { type: 'string' },
      earlier: { type: 'string', multiple: true },
      dismiss: { type: 'string', multiple: true },
      list: { type: 'boolean', default: false },
      against: { type: 'string' },
      anonymous: { type: 'boolean', default: false },
      issue: { type: 'string' },
      publisher: { type: 'string' },
      date: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  // --read-as docx: a Word document that came with another extension is read as what it is.
  const readPath = (file: string) => {
    const readAs = values['read-as'];
    if (readAs === undefined) return file;
    if (readAs !== 'docx') throw new UsageError(`--read-as takes docx (got ${readAs})`);
    return `${file.replace(/\.[^./\\]*$/, '')}.docx`;
  };
  const dataDir = () => resolveDataDir(values['data-dir'] ? ['--data-dir', values['data-dir']] : [], process.env);
  /** `writes`: the next launch of the app takes a backup of what this command changed. */
  const withStore = async (work: (store: Store) => void | Promise<void>, writes = false) => {
    const store = openStore(dataDir());
    try {
      if (writes && store.readOnly !== null) throw new DomainError('store-failed', `${store.path}: ${store.readOnly}; nothing was written`);
      await work(store);
      if (writes) markChangesPending(store.dataDir);
    } finally {
      store.close();
    }
  };

  switch (command) {
    case 'outline': {
      const [file] = rest;
      if (!file) throw new UsageError('outline needs a FILE');
      const parsed = await readReportFileIsolated(readImportFile(file), readPath(file));
      print(outlineJson(parsed), values.json, () => outlineText(parsed));
      return;
    }
    case 'import': {
      const [file] = rest;
      if (!file) throw new UsageError('import needs a FILE');
      const bytes = readImportFile(file);
      const selection = parseSelection(values.documents);
      await withStore(async (store) => {
        const asVersionOf = values['as-version-of'];
        const outcome = await storeApi(store, APP_VERSION)('import.file', {
          fileName: readPath(file),
          dataBase64: bytes.toString('base64'),
          select: selection,
          ...(asVersionOf !== undefined ? { asVersionOf } : {}),
          ...(values.label !== undefined ? { label: values.label } : {}),
        });
        // A selection is always given, so the API never asks which documents to import.
        const reports = outcome.status === 'imported' ? outcome.reports : [];
        for (const note of importNotes(basename(file), reports)) process.stderr.write(`${note}\n`);
        print(reports, values.json, () => reports.map((entry) => entry.reportId).join('\n'));
      }, true);
      return;
    }
    case 'reports':
      await withStore(async (store) => {
        const reports = await storeApi(store, APP_VERSION)('library.list', {});
        print(reports, values.json, () => reports.map((r) => `${r.id}\t${r.title}\t${r.paragraphCount}¶\t${r.sourceFileName}`).join('\n'));
      });
      return;
    case 'note': {
      const [action] = rest;
      if (action !== 'add' && action !== 'list') throw new UsageError(`note takes add or list${action ? ` (got ${action})` : ''}`);
      await withStore((store) => {
        const api = storeApi(store, APP_VERSION);
        return action === 'add' ? noteAdd(api, (work) => inOneTransaction(store, work), values) : noteList(api, values);
      }, action === 'add');
      return;
    }
    case 'reanchor':
      await reanchor(values);
      return;
    case 'compare':
      await compare(rest, values, APP_VERSION);
      return;
    case 'versions':
      await withStore(async (store) => {
        const versions = await storeApi(store, APP_VERSION)('report.versions', { reportId: requireOption(values.report, '--report', 'versions') });
        print(versions, values.json, () => versions.map((v) => `${v.id}\t${v.label}\t${v.importedAt}\t${v.sourceFileName}`).join('\n'));
      });
      return;
    case 'adoption':
      await withStore((store) => adoption(storeApi(store, APP_VERSION), values));
      return;
    case 'export':
      await withStore((store) => exportOpinions(storeApi(store, APP_VERSION), values));
      return;
    case 'package': {
      const [action, file] = rest;
      if (action !== 'import') throw new UsageError(`package takes import${action ? ` (got ${action})` : ''}`);
      if (!file) throw new UsageError('package import needs a FILE');
      await withStore((store) => importPackageFile(storeApi(store, APP_VERSION), file, values.json), true);
      return;
    }
    case 'draft': {
      const [action, target] = rest;
      if (action === 'lint') draftCommand(rest, values);
      else if (action === 'new') await withStore((store) => draftNew(storeApi(store, APP_VERSION), target, values), true);
      else if (action === 'list') await withStore((store) => draftList(storeApi(store, APP_VERSION), values));
      else if (action === 'export') await withStore((store) => draftExport(storeApi(store, APP_VERSION), target, values));
      else throw new UsageError(`draft takes new, list, lint or export${action ? ` (got ${action})` : ''}`);
      return;
    }
    case 'backup':
      await backupCommand(dataDir(), values.json);
      return;
    case 'restore':
      restoreCommand(dataDir(), { list: values.list, from: rest[0], json: values.json });
      return;
    case 'check':
      if (!checkCommand(dataDir(), values.json)) process.exitCode = 1;
      return;
    case 'desk':
      await deskCommand(rest, values, {
        named: values['data-dir'] !== undefined,
        withApi: (work, writes) => withStore((store) => work(storeApi(store, APP_VERSION)), writes),
      });
      return;
    default:
      throw new UsageError(`unknown command: ${command}`);
  }
}

const oneLine = (message: string) => message.replace(/\s*\n\s*/g, ' ');

main(process.argv.slice(2)).catch((error: unknown) => {
  const usage = error instanceof UsageError || (error instanceof Error && String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS'));
  if (usage) process.stderr.write(`shenyi: ${oneLine((error as Error).message)} (shenyi --help shows the usage)\n`);
  else if (error instanceof StoreUnusableError) process.stderr.write(`shenyi: ${oneLine(unusableStoreMessage(error, dirname(error.path)))}\n`);
  else if (error instanceof DomainError) process.stderr.write(`shenyi: ${oneLine(error.message)}\n`);
  else process.stderr.write(`shenyi: unexpected error: ${oneLine(error instanceof Error ? error.message : String(error))}\n`);
  process.exitCode = usage ? 2 : 1;
});
