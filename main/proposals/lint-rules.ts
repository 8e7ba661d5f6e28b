/** The form lint, in the order its warnings are listed. */
import type { LintRule } from './lint-rule';
import { academic } from './rules/academic';
import { accusation } from './rules/accusation';
import { actionableMeasures } from './rules/actionable-measures';
import { category } from './rules/category';
import { citation } from './rules/citation';
import { hearsayNumber } from './rules/hearsay-number';
import { length } from './rules/length';
import { letterForm } from './rules/letter-form';
import { litigation } from './rules/litigation';
import { localDuplicate } from './rules/local-duplicate';
import { oneMatter } from './rules/one-matter';
import { personal } from './rules/personal';
import { placeholders } from './rules/placeholders';
import { promotion } from './rules/promotion';
import { punctuationWidth } from './rules/punctuation-width';
import { requiredParts } from './rules/required-parts';
import { secrecy } from './rules/secrecy';
import { signatures } from './rules/signatures';
import { titleForm } from './rules/title-form';

export const LINT_RULES: readonly LintRule[] = [
  titleForm,
  requiredParts,
  length,
  category,
  oneMatter,
  actionableMeasures,
  personal,
  promotion,
  litigation,
  academic,
  accusation,
  secrecy,
  letterForm,
  hearsayNumber,
  signatures,
  placeholders,
  punctuationWidth,
  localDuplicate,
  citation,
];
