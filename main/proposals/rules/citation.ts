/**
 * The citation check: a draft argues from the words it cites, so when the latest imported
 * version of the report no longer says them the member must look again before sending the
 * form. The wording now in the passage's place comes with the warning (a fuzzy match), or the
 * passage is said to be gone (an orphan). The store resolves the anchors; this rule only reads
 * what it was given.
 */
import type { Finding, LintRule } from '../lint-rule';

/** Characters of a passage quoted in a message: the panel shows the rest on request. */
const SHOWN = 80;
const shown = (text: string) => (text.length > SHOWN ? `${text.slice(0, SHOWN)}……` : text);

export const citation: LintRule = {
  id: 'citation',
  severity: 'warning',
  source: '案据核对：以最新导入的报告版本为准',
  errorsDismissable: false,
  check({ citedPassages = [] }) {
    return citedPassages
      .filter((passage) => passage.current !== passage.quote)
      .map((passage): Finding => ({
        message: passage.current === null ? '报告已修改此处：所引原文在最新版本中已删去' : `报告已修改此处，现为：“${shown(passage.current)}”`,
        excerpt: passage.quote,
        related: passage.citationId,
      }));
  },
};
