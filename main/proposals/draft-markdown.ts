/**
 * The draft file format of `shenyi draft lint`: Markdown with the title as `# 标题` and each part
 * as a `## 部分` heading (案由, 理由, 建议 … or their aliases in the form profile), `## 类别` with
 * one line, and the signers under `## 提案人` / `## 领衔代表` (the first there is the leader
 * unless another is marked （领衔）) and `## 联名提案人` / `## 附议代表`. A signer is a line (or
 * a 、-separated list) like `王立新（委员证号 0123）` or `王立新 110123`. Text before the first
 * `##` and under an unknown heading is kept as a part of its own, so the lint still reads it.
 */
import type { Draft, Signer } from './draft';
import type { FormProfile, Level } from './form-profile';

const LEADER_HEADINGS = ['提案人', '领衔代表', '领衔人', '提案者'];
const CO_SIGNER_HEADINGS = ['联名提案人', '联名人', '联名', '附议代表', '附议人', '联名代表'];
const CATEGORY_HEADINGS = ['类别', '分类'];
const PREAMBLE = '（标题下的文字）';
const LEADER_MARK = /[（(]\s*领衔\s*[）)]/;
// 「王立新（委员证号：0123）」「王立新(110123)」「王立新 110123」
const SIGNER = /^(.+?)\s*(?:[（(]\s*(?:[^\d（）()]*?[:：]?\s*)?([A-Za-z0-9-]+)\s*[）)]|\s+(?:[^\d\s]*[:：]?\s*)?([A-Za-z0-9-]{3,}))?$/;
const LIST_MARK = /^\s*(?:[-*+]\s+|\d+[.、]\s*)/;

type Section = { kind: 'part'; name: string } | { kind: 'category' } | { kind: 'signers'; role: Signer['role'] };

function sectionFor(heading: string, profile: FormProfile): Section {
  const name = heading.trim();
  const part = profile.parts.find((p) => p.name === name || p.aliases.includes(name));
  if (part) return { kind: 'part', name: part.name };
  if (CATEGORY_HEADINGS.includes(name)) return { kind: 'category' };
  if (name === profile.signers.leaderHeading || LEADER_HEADINGS.includes(name)) return { kind: 'signers', role: 'leader' };
  if (name === profile.signers.coSignerHeading || CO_SIGNER_HEADINGS.includes(name)) return { kind: 'signers', role: 'co-signer' };
  return { kind: 'part', name };
}

function parseSigner(token: string, role: Signer['role']): Signer | null {
  const marked = LEADER_MARK.test(token);
  const text = token.replace(LEADER_MARK, '').trim();
  const match = SIGNER.exec(text);
  if (!match || text === '') return null;
  const credential = match[2] ?? match[3];
  return { name: match[1]!.trim(), role: marked ? 'leader' : role, ...(credential ? { credential } : {}) };
}

/** Signers of one section: in a leader section the first is the leader, the rest co-sign, unless one is marked （领衔）. */
function signersOf(lines: string[], role: Signer['role']): Signer[] {
  const tokens = lines.flatMap((line) => line.replace(LIST_MARK, '').split(/[、；;，,](?![^（(]*[）)])/));
  const signers = tokens.map((token) => parseSigner(token, 'co-signer')).filter((s): s is Signer => s !== null);
  if (role === 'leader' && signers.length > 0 && !signers.some((s) => s.role === 'leader')) signers[0] = { ...signers[0]!, role: 'leader' };
  return signers;
}

export function parseDraftMarkdown(source: string, profile: FormProfile, level: Level): Draft {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n|\u2028/);
  let title = '';
  let section: Section = { kind: 'part', name: PREAMBLE };
  const parts = new Map<string, string[]>();
  const categories: string[] = [];
  const signers: Signer[] = [];
  let pendingSigners: { role: Signer['role']; lines: string[] } | null = null;
  const flushSigners = () => {
    if (pendingSigners) signers.push(...signersOf(pendingSigners.lines, pendingSigners.role));
    pendingSigners = null;
  };

  for (const line of lines) {
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading && heading[1] === '#' && title === '') {
      title = heading[2]!;
      continue;
    }
    if (heading && heading[1] === '##') {
      flushSigners();
      section = sectionFor(heading[2]!, profile);
      if (section.kind === 'signers') pendingSigners = { role: section.role, lines: [] };
      continue;
    }
    const text = line.trim();
    if (text === '') continue;
    if (section.kind === 'category') categories.push(text);
    else if (section.kind === 'signers') pendingSigners!.lines.push(text);
    else parts.set(section.name, [...(parts.get(section.name) ?? []), text]);
  }
  flushSigners();

  return {
    formId: profile.id,
    level,
    title: title.trim(),
    parts: Object.fromEntries([...parts].map(([name, paragraphs]) => [name, paragraphs.join('\n')])),
    signers,
    category: categories[0] ?? '',
  };
}
