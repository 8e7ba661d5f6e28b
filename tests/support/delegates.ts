/**
 * Many delegates' opinion packages on the bundled sample report, each made in a library of its
 * own and exported as their Shenyi would: 30 delegates in 5 delegations, on 8 passages they
 * overlap on. Delegates of one passage propose nearly the same change in their own words (the
 * clusters a clerk should be offered); the last three annotated a revised draft of the report
 * (another text: their packages must be re-anchored), one of them on words the revision
 * rewrote, which are not in the clerk's text at all.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../main/api/dispatch';
import type { Input, Method, Output } from '../../main/api/contract';
import { openApp, type App } from '../../main/app/open-app';
import { SAMPLE_REPORT } from './paths';

export const DELEGATIONS = ['北京代表团', '山西代表团', '上海代表团', '广东代表团', '四川代表团'] as const;

/** Unique in the sample; each the 原文 of one passage the delegates write on. */
export const PASSAGE_QUOTES = [
  '非煤產業工業增加值比重提高0.7個百分點',
  '全市實施城鎮化項目466項',
  '積極建設區域資本市場',
  '建成保障性住房26832套',
  '加強政府系統廉政建設和作風建設',
  '全年共辦理人大代表意見建議211件',
  '城鎮化發展相對滯後',
  '地區生產總值增長9%',
] as const;

/** What delegates of passage k propose for its words: near the same, said two ways. */
const PROPOSALS = [
  ['并说明新兴产业的具体增长来源', '并说明新兴产业增长的具体来源'],
  ['并列出城镇化项目的完成率', '并列出城镇化项目完成率'],
  ['补充区域资本市场建设的时间表', '补充区域资本市场建设时间表'],
  ['并说明保障性住房的分配入住情况', '并说明保障性住房分配和入住情况'],
  ['增加廉政建设的量化考核指标', '增加廉政建设量化考核指标'],
  ['补充代表建议办理的满意率数据', '补充代表建议办理满意率数据'],
  ['写明城镇化滞后的主要原因和对策', '写明城镇化滞后的主要原因及对策'],
  ['将增速目标表述为9%左右', '将增速目标表述为百分之九左右'],
] as const;

/** The words the revised draft rewrote: in it, not in the clerk's text. */
export const REVISED_FROM = '積極建設區域資本市場';
export const REVISED_TO = '大力培育多層次區域資本市場';

export interface DelegatePackage {
  fileName: string;
  bytes: Buffer;
  delegate: string;
  delegation: string;
  /** Made on the revised draft. */
  revised: boolean;
}

export const delegateName = (i: number) => `代表${String(i + 1).padStart(2, '0')}`;

type Call = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;
const caller = (app: App): Call => async (method, input) => {
  const result = await dispatch(app.handlers, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as never;
};

async function selectionOf(call: Call, reportId: string, versionId: string, quote: string) {
  const document = await call('report.open', { reportId, versionId });
  const paragraphs: { id: string; text: string }[] = [];
  const visit = (section: typeof document.root) => {
    paragraphs.push(...section.paragraphs);
    section.children.forEach(visit);
  };
  visit(document.root);
  const paragraph = paragraphs.find((candidate) => candidate.text.includes(quote));
  if (!paragraph) throw new Error(`the sample has no ${quote}`);
  const start = paragraph.text.indexOf(quote);
  return { startParagraphId: paragraph.id, startOffset: start, endParagraphId: paragraph.id, endOffset: start + quote.length };
}

/** One delegate's package: two opinions (a suggestion on one passage, a comment on another) and, for some, a note on the whole report. */
async function onePackage(i: number, revised: boolean, withEdit: boolean): Promise<DelegatePackage[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'shenyi-delegate-'));
  const app = await openApp({ dataDir, shell: 'browser', version: 'test' });
  try {
    const call = caller(app);
    const delegation = DELEGATIONS[i % DELEGATIONS.length]!;
    await call('profile.set', { name: delegateName(i), delegation, role: 'npc-delegate' });
    const [report] = await call('library.list', {});
    let versionId = report!.latestVersionId;
    if (revised) {
      const text = readFileSync(SAMPLE_REPORT, 'utf8').replace(REVISED_FROM, REVISED_TO);
      const imported = await call('import.file', { fileName: '晋中市政府工作报告-修改稿.txt', dataBase64: Buffer.from(text).toString('base64'), asVersionOf: report!.id, label: '修改稿', select: 'originals' });
      if (imported.status !== 'imported') throw new Error('the revised draft was not imported');
      versionId = imported.reports[0]!.versionId;
    }
    const k = i % PASSAGE_QUOTES.length;
    const quote = revised && i % 2 === 1 ? REVISED_TO : PASSAGE_QUOTES[k]!;
    const proposal = PROPOSALS[k]![Math.floor(i / PASSAGE_QUOTES.length) % 2]!;
    const suggestion = await call('opinions.create', {
      reportId: report!.id,
      versionId,
      kind: 'passage-suggestion',
      stanceId: 'revise',
      selection: await selectionOf(call, report!.id, versionId, quote),
      suggestion: { proposed: `${quote}，${proposal}`, reason: `本代表团认为${proposal}更符合实际。` },
    });
    const other = PASSAGE_QUOTES[(k + 3) % PASSAGE_QUOTES.length]!;
    await call('opinions.create', {
      reportId: report!.id,
      versionId,
      kind: 'passage-comment',
      stanceId: i % 3 === 0 ? 'agree' : 'question',
      selection: await selectionOf(call, report!.id, versionId, other),
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `${delegateName(i)}认为这一表述需要数据支撑（第${i}条）。` }] }] },
    });
    if (i % 10 === 0) {
      await call('opinions.create', { reportId: report!.id, versionId, kind: 'report-note', stanceId: 'agree', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '总体赞同报告。' }] }] } });
    }
    const exported = async (suffix: string): Promise<DelegatePackage> => {
      const built = await call('export.build', { reportId: report!.id, versionId, format: 'json', order: 'report', includeOrphans: true, script: 'source' });
      return { fileName: `${String(i + 1).padStart(2, '0')}-${delegateName(i)}${suffix}.json`, bytes: Buffer.from(built.dataBase64, 'base64'), delegate: delegateName(i), delegation, revised };
    };
    const packages = [await exported('')];
    if (withEdit) {
      await call('opinions.update', { id: suggestion.id, versionId, patch: { suggestion: { proposed: suggestion.suggestion!.proposed, reason: '会后补充：理由已改写。' } } });
      packages.push(await exported('-修改后'));
    }
    return packages;
  } finally {
    app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export const DELEGATE_COUNT = 30;
/** The last three annotated the revised draft. */
export const REVISED_DELEGATES = [27, 28, 29];

export interface DelegateFixture {
  packages: DelegatePackage[];
  /** Delegate 1's package exported again after they rewrote their suggestion's reason: a conflict for the clerk. */
  edited: DelegatePackage;
}

export async function delegatePackages(): Promise<DelegateFixture> {
  const packages: DelegatePackage[] = [];
  let edited: DelegatePackage | undefined;
  for (let i = 0; i < DELEGATE_COUNT; i++) {
    const [made, again] = await onePackage(i, REVISED_DELEGATES.includes(i), i === 0);
    packages.push(made!);
    edited ??= again;
  }
  return { packages, edited: edited! };
}
