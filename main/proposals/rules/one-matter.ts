/**
 * 一事一案: a title that joins several matters, or measures addressed to many unrelated
 * departments, usually means two proposals in one (and a 并案 or a 不予立案 later).
 */
import type { Finding, LintRule } from '../lint-rule';
import { departmentsNamed } from '../departments';

const MANY = /等(?:问题|方面)|若干(?:问题|建议)|几点(?:建议|意见)|几个问题|多项|一揽子/;
const VERB = /发展|加快|推进|加强|完善|建立|设立|推动|促进|提高|解决|规范|支持|保障|优化|改善|扩大|实施|整治|降低|减轻/;
// 「加强和改进…」is one matter: only halves that each carry a verb and an object are two.
const JOINS = /以及|并且|同时|，|,|；|和|及|与/;
const MAX_DEPARTMENTS = 5;

function matters(topic: string): string[] {
  return topic.split(JOINS).filter((half) => half.length >= 6 && VERB.test(half));
}

function withoutFrame(title: string, prefix: string, suffix: string): string {
  const inner = title.startsWith(prefix) ? title.slice(prefix.length) : title;
  return suffix !== '' && inner.endsWith(suffix) ? inner.slice(0, -suffix.length) : inner;
}

export const oneMatter: LintRule = {
  id: 'one-matter',
  severity: 'warning',
  source: '一事一案（提案）、一事一议（建议、议案）的书写要求',
  errorsDismissable: false,
  check({ draft, profile, text }) {
    const findings: Finding[] = [];
    const title = draft.title.trim();
    const topic = withoutFrame(title, profile.title.prefix, profile.title.suffix);
    if (MANY.test(topic)) findings.push({ message: '标题概括了多件事（「等问题」「几点建议」）：一事一案，请只写一件事', part: '标题', excerpt: title });
    else if (matters(topic).length >= 2) findings.push({ message: '标题把几件事连在一起：一事一案，请拆成几份', part: '标题', excerpt: title });
    const departments = departmentsNamed(text.measures);
    if (departments.length > MAX_DEPARTMENTS) {
      findings.push({ message: `建议涉及${departments.length}个不同部门（${departments.join('、')}）：可能不止一件事`, part: profile.measuresPart });
    }
    return findings;
  },
};
