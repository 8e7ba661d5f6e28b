/**
 * 本地查重: a draft that largely repeats one of one's own earlier drafts or an imported past
 * proposal (bigram similarity), or copies a long run of it word for word.
 */
import type { EarlierDraft } from '../draft';
import type { Finding, LintRule } from '../lint-rule';
import { bigramSimilarity, fingerprint, verbatimRuns, type Fingerprint } from '../text-similarity';

const SIMILAR = 0.6;
const RUN = 50;
const QUOTED = 24;

// Earlier drafts do not change while a draft is typed: their fingerprints are built once per object.
const fingerprints = new WeakMap<EarlierDraft, Fingerprint>();
function fingerprintOf(earlier: EarlierDraft): Fingerprint {
  let known = fingerprints.get(earlier);
  if (!known) fingerprints.set(earlier, (known = fingerprint(earlier.text, true)));
  return known;
}

export const localDuplicate: LintRule = {
  id: 'local-duplicate',
  severity: 'warning',
  source: '避免重复提交（与本人以往稿件、已导入的往年提案比对）',
  errorsDismissable: false,
  check({ earlierDrafts = [], text }) {
    const body = fingerprint(text.parts.map((part) => part.text).join('\n'));
    if (body.text.length === 0) return [];
    const findings: Finding[] = [];
    for (const earlier of earlierDrafts) {
      const other = fingerprintOf(earlier);
      const similarity = bigramSimilarity(body, other);
      const [longest] = verbatimRuns(body, other, RUN);
      if (similarity >= SIMILAR) findings.push({ message: `与「${earlier.title}」相似度${Math.round(similarity * 100)}%`, related: earlier.id });
      if (longest !== undefined) {
        findings.push({ message: `有${longest.length}字与「${earlier.title}」逐字相同：「${longest.wording.replace(/\s+/g, ' ').slice(0, QUOTED)}……」`, excerpt: longest.wording, related: earlier.id });
      }
    }
    return findings;
  },
};
