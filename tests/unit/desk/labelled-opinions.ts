/**
 * Synthetic opinions on real reports whose truth is known, to measure clustering. Quotes are
 * clauses of real reports (hubei, anhui, henan, shandong, chongqing); the changes delegates ask
 * for are made of clauses of other real reports (donors(), as the scripted revisions use). Each
 * proposal is one truth label, written by 1–12 delegates of 35 delegations in varied words:
 * - suggestions whose 原文 is the clause or a little more or less of the sentence around it, whose
 *   建议改为 may carry a formula (建议改为：…), one character more or fewer in the added words,
 *   or the two clauses of an addition swapped;
 * - comments spelling the change out (建议将“A”改为“B”, 在“A”后增加“B”, 删去“A”) in several wordings;
 * - free comments and notes making one point (one or two donor clauses) with stock phrases
 *   inserted, clauses reordered, a character dropped or added.
 * Several different proposals stand on one quote (the case where comparing whole texts fails),
 * section notes per section, and a pool of unanchored report notes.
 */
import type { DeskOpinion } from '../../../main/desk/desk-opinion';
import { buildReadingText } from '../../../main/anchoring/reading-text';
import type { Paragraph, Section } from '../../../main/model/report';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readReportFile } from '../../../main/import/read-file';
import { FIXTURES } from '../../support/paths';
import { matchHeading } from '../../../main/structure/numbering';
import { donors, random } from '../versions/scripted-revision';

export interface LabelledOpinion extends DeskOpinion {
  /** The proposal it expresses: opinions with the same truth belong together. */
  truth: string;
}

export const DELEGATIONS = [
  '北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南',
  '广东', '广西', '海南', '重庆', '四川', '贵州', '云南', '西藏', '陕西', '甘肃', '青海', '宁夏', '新疆', '香港', '澳门', '台湾', '解放军和武警部队',
].map((name) => `${name}代表团`);

const REPORTS = ['hubei-2026-zh-hans.txt', 'anhui-2026-zh-hans.txt', 'henan-2026-zh-hans.txt', 'shandong-2026-zh-hans.txt', 'chongqing-2026-zh-hans.txt'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰文辉鹏飞红梅建国志斌海燕春晓东宇浩然子涵欣怡';
const FORMULAS = ['建议', '本代表团建议', '我们建议', '代表们建议', '希望', '我们认为，', '本代表团认为，应当', '我认为，', '建议报告', '恳请'];
const COMMENT_FORMULAS = ['建议', '本代表团建议', '我们建议', '建议报告中', '代表们提出，', '我们认为应当'];

interface Place {
  versionId: string;
  sectionId: string;
  paragraph: { start: number; text: string };
}

interface Topic extends Place {
  /** The clause in reading-text offsets. */
  start: number;
  end: number;
}

async function places(copies: number): Promise<Place[]> {
  const out: Place[] = [];
  for (const name of REPORTS) {
    const document = (await readReportFile(readFileSync(join(FIXTURES, name)), join(FIXTURES, name))).documents[0]!;
    const sectionOf = new Map<Paragraph, string>();
    const paragraphs: Paragraph[] = [];
    const visit = (section: Section) => {
      for (const paragraph of section.paragraphs) {
        sectionOf.set(paragraph, section.id);
        paragraphs.push(paragraph);
      }
      section.children.forEach(visit);
    };
    visit(document.root);
    const reading = buildReadingText(paragraphs);
    for (let copy = 0; copy < copies; copy++) {
      for (const entry of reading.paragraphs) {
        if (entry.paragraph.headingLength > 0 || entry.paragraph.text.length < 40) continue;
        out.push({ versionId: `${name}#${copy}`, sectionId: `${name}#${copy}/${sectionOf.get(entry.paragraph)}`, paragraph: { start: entry.start, text: entry.paragraph.text } });
      }
    }
  }
  return out;
}

/** Non-overlapping clauses of a paragraph, at least 8 characters apart so extended spans never meet. */
function topicsOf(place: Place): Topic[] {
  const topics: Topic[] = [];
  let lastEnd = -Infinity;
  for (const match of place.paragraph.text.matchAll(/[^，。；：！？“”、（）《》]{8,22}(?=[，。；])/g)) {
    if (match.index - lastEnd < 8 || /[0-9０-９%．.]/.test(match[0])) continue;
    topics.push({ ...place, start: place.paragraph.start + match.index, end: place.paragraph.start + match.index + match[0].length });
    lastEnd = match.index + match[0].length;
  }
  return topics;
}

/**
 * Clauses of every other simplified-Chinese report in the corpus, for the points of the
 * unanchored pool: a national session's pool holds thousands of distinct points.
 */
function pointClauses(): string[] {
  const lines = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('-zh-hans.txt') && !REPORTS.includes(name))
    .flatMap((name) => readFileSync(join(FIXTURES, name), 'utf8').split(/\r?\n/))
    .map((line) => line.trim())
    .filter((line) => line.length >= 60 && line.endsWith('。') && matchHeading(line) === null);
  return [...new Set(lines.flatMap((line) => line.match(/[^，。；：！？]{8,24}(?=，)/g) ?? []))].filter((c) => !/[0-9０-９“”《》、（）()]/.test(c));
}

export interface FixtureOptions {
  /** About this many opinions (a little more: the last topic is finished). */
  size: number;
  seed: number;
}

type Change = { kind: 'insert' | 'replace' | 'append' | 'delete' | 'rewrite'; at: number; remove: number; add: string } | { kind: 'point'; clauses: string[] };

export async function labelledOpinions(options: FixtureOptions): Promise<LabelledOpinion[]> {
  const rng = random(options.seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rng() * items.length)]!;
  const chance = (p: number) => rng() < p;
  const { clauses: donorClauses } = donors();
  const fragments = donorClauses.map((c) => c.slice(0, -1));
  // Enough copies of the reports that each paragraph holds a few topics, as a busy session does.
  const allPlaces = await places(Math.max(1, Math.ceil(options.size / 60_000)));
  const textOf = (topic: Place, start: number, end: number) => topic.paragraph.text.slice(start - topic.paragraph.start, end - topic.paragraph.start);
  const opinions: LabelledOpinion[] = [];
  const people: { name: string; delegation: string }[] = [];
  for (let i = 0; i < 3000; i++) people.push({ name: pick([...SURNAMES]) + pick([...GIVEN]) + (chance(0.5) ? pick([...GIVEN]) : ''), delegation: pick(DELEGATIONS) });
  let proposals = 0;
  const delegatesPerProposal = () => (chance(0.3) ? 1 : chance(0.6) ? 2 + Math.floor(rng() * 4) : 6 + Math.floor(rng() * 7));

  const add = (opinion: Omit<LabelledOpinion, 'id' | 'author'>) => {
    opinions.push({ id: `o${opinions.length + 1}`, author: pick(people), ...opinion });
  };

  /** Varied words for a point: formula, order, a character dropped or added. */
  const pointText = (clauses: string[], formulas: readonly string[]) => {
    let parts = [...clauses];
    if (parts.length > 1 && chance(0.4)) parts = parts.reverse();
    if (chance(0.3)) parts[0] = parts[0]!.slice(0, -1);
    else if (chance(0.2)) parts[0] = `${parts[0]!.slice(0, 2)}的${parts[0]!.slice(2)}`;
    const formula = pick(formulas);
    const tail = chance(0.25) ? pick(['，更符合实际', '，回应群众关切', '，增强针对性']) : '';
    return chance(0.3) ? `${parts.join('，')}${tail}，${formula.replace(/，$/, '')}。` : `${formula}${parts.join('，')}${tail}。`;
  };

  /** A donor clause not yet used on this passage, so two proposals on it never coincide. */
  const freshFragment = (used: Set<string>) => {
    let fragment = pick(fragments);
    while (used.has(fragment)) fragment = pick(fragments);
    used.add(fragment);
    return fragment;
  };

  const changeOf = (quote: string, used: Set<string>): Change => {
    const kind = pick(['insert', 'insert', 'replace', 'replace', 'append', 'delete', 'rewrite', 'point', 'point'] as const);
    const fresh = () => freshFragment(used);
    const length = [...quote].length;
    if (kind === 'point') return { kind, clauses: chance(0.5) ? [fresh()] : [fresh(), fresh()] };
    if (kind === 'append') return { kind, at: quote.length, remove: 0, add: `，${fresh()}` };
    // The whole clause put otherwise: two rewrites of one clause share everything they take away.
    if (kind === 'rewrite') return { kind, at: 0, remove: quote.length, add: fresh().slice(0, 4 + Math.floor(rng() * 8)) };
    const at = 2 + Math.floor(rng() * (length - 6));
    if (kind === 'delete') return used.has('delete') ? { kind: 'append', at: quote.length, remove: 0, add: `，${fresh()}` } : (used.add('delete'), { kind, at, remove: 2 + Math.floor(rng() * 3), add: '' });
    const fragment = fresh().slice(0, 3 + Math.floor(rng() * 6));
    return kind === 'insert' ? { kind, at, remove: 0, add: fragment } : { kind, at, remove: 2 + Math.floor(rng() * 3), add: fragment };
  };

  const write = (topic: Topic, change: Change, truth: string) => {
    const quote = textOf(topic, topic.start, topic.end);
    if (change.kind === 'point') {
      add({ truth, kind: 'passage-comment', bodyText: `${chance(0.4) ? `报告中“${quote}”一句，` : ''}${pointText(change.clauses, COMMENT_FORMULAS)}`, suggestion: null, versionId: topic.versionId, reading: { start: topic.start, end: topic.end }, quote });
      return;
    }
    // The delegate's selection: the clause, or up to 3 characters more or fewer on either side
    // (never cutting into the words changed).
    const shift = (room: number) => Math.floor(rng() * (room + 4)) - room;
    const start = Math.max(topic.paragraph.start, topic.start - shift(Math.min(3, change.at)));
    const end = Math.min(topic.paragraph.start + topic.paragraph.text.length, topic.end + shift(Math.min(3, quote.length - change.at - change.remove)));
    const selected = textOf(topic, start, end);
    const at = change.at + (topic.start - start);
    let added = change.add;
    if (added.length >= 6 && chance(0.25)) added = chance(0.5) ? added.slice(0, -1) : `${added}等`;
    const removed = selected.slice(at, at + change.remove);
    const proposed = selected.slice(0, at) + added + selected.slice(at + change.remove);
    const reading = { start, end };
    if (chance(0.7)) {
      const proposedText = chance(0.2) ? `${pick(['建议改为：', '改为', '建议表述为'])}${proposed}` : proposed;
      add({ truth, kind: 'passage-suggestion', bodyText: pick(['', '更准确', '更全面', '建议修改', '表述更严谨']), suggestion: { original: selected, proposed: proposedText }, versionId: topic.versionId, reading, quote: selected });
      return;
    }
    const formula = pick(COMMENT_FORMULAS);
    let body: string;
    if (change.kind === 'delete') body = `${formula}删去“${removed}”${pick(['', '，表述更简洁', '二字'])}。`;
    else if (change.kind === 'replace' || change.kind === 'rewrite') body = chance(0.5) ? `${formula}将“${removed}”改为“${added}”。` : `${formula}把“${removed}”修改为“${added}”，${pick(['更准确', '更符合实际'])}。`;
    else if (at === 0) body = `${formula}在“${selected.slice(0, 6)}”前${pick(['增加', '加上'])}“${added}”。`;
    else body = `${formula}在“${selected.slice(Math.max(0, at - 2 - Math.floor(rng() * 6)), at)}”后${pick(['增加', '加上', '补充'])}“${added.replace(/^，/, '')}”。`;
    add({ truth, kind: 'passage-comment', bodyText: body, suggestion: null, versionId: topic.versionId, reading, quote: selected });
  };

  const topics = allPlaces.flatMap(topicsOf);
  // Topics in a shuffled order, so a small fixture still spans reports and parts.
  for (let i = topics.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [topics[i], topics[j]] = [topics[j]!, topics[i]!];
  }
  let next = 0;
  const sectionsNoted = new Set<string>();
  const unanchoredUsed = new Set<string>();
  const points = pointClauses();
  const freshPoint = () => {
    if (unanchoredUsed.size >= points.length) return pick(points);
    let point = pick(points);
    while (unanchoredUsed.has(point)) point = pick(points);
    unanchoredUsed.add(point);
    return point;
  };
  while (opinions.length < options.size) {
    const roll = rng();
    if (roll < 0.08) {
      // A point on the whole report: the unanchored pool.
      const truth = `p${++proposals}`;
      // Distinct clauses while they last, then distinct pairs of them.
      const single = unanchoredUsed.size < points.length && chance(0.5);
      const clauses = single ? [freshPoint()] : [freshPoint(), freshPoint()];
      const key = clauses.join('|');
      if (!single && unanchoredUsed.has(key)) continue;
      unanchoredUsed.add(key);
      for (let n = delegatesPerProposal(); n > 0; n--) add({ truth, kind: 'report-note', bodyText: pointText(clauses, FORMULAS), suggestion: null });
      continue;
    }
    const topic = topics[next++ % topics.length]!;
    if (roll < 0.14 && !sectionsNoted.has(topic.sectionId)) {
      sectionsNoted.add(topic.sectionId);
      const used = new Set<string>();
      for (let k = 1 + Math.floor(rng() * 3); k > 0; k--) {
        const truth = `p${++proposals}`;
        const clauses = [freshFragment(used)];
        if (chance(0.5)) clauses.push(freshFragment(used));
        for (let n = delegatesPerProposal(); n > 0; n--) add({ truth, kind: 'section-note', bodyText: pointText(clauses, FORMULAS), suggestion: null, sectionId: topic.sectionId });
      }
      continue;
    }
    const used = new Set<string>();
    const quote = textOf(topic, topic.start, topic.end);
    for (let k = chance(0.5) ? 1 : 2 + Math.floor(rng() * 3); k > 0; k--) {
      const truth = `p${++proposals}`;
      const change = changeOf(quote, used);
      for (let n = delegatesPerProposal(); n > 0; n--) write(topic, change, truth);
    }
  }
  return opinions;
}

/** Pair-counting precision and recall of suggested clusters against the truth. */
export function pairScores(opinions: readonly LabelledOpinion[], clusters: readonly { memberIds: string[] }[]): { precision: number; recall: number } {
  const pairs = (n: number) => (n * (n - 1)) / 2;
  const truthOf = new Map(opinions.map((o) => [o.id, o.truth]));
  let predicted = 0;
  let correct = 0;
  for (const cluster of clusters) {
    predicted += pairs(cluster.memberIds.length);
    const counts = new Map<string, number>();
    for (const id of cluster.memberIds) counts.set(truthOf.get(id)!, (counts.get(truthOf.get(id)!) ?? 0) + 1);
    for (const n of counts.values()) correct += pairs(n);
  }
  const sizes = new Map<string, number>();
  for (const o of opinions) sizes.set(o.truth, (sizes.get(o.truth) ?? 0) + 1);
  let actual = 0;
  for (const n of sizes.values()) actual += pairs(n);
  return { precision: predicted === 0 ? 1 : correct / predicted, recall: actual === 0 ? 1 : correct / actual };
}
