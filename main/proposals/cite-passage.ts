/**
 * 引为案据: a selection in one version of the report becomes a citation — an anchor of the
 * same kind an opinion has (so it is re-found in a revised version by the same rules) and the
 * label the draft prints, naming the passage's place in that version.
 */
import { createPassageAnchor, type Selection } from '../anchoring/create-anchor';
import type { ReadingTexts } from '../anchoring/reading-texts';
import { buildOutline } from '../export/report-outline';
import { paragraphLocations } from '../export/report-position';
import type { PassageAnchor } from '../model/opinion';
import type { Store } from '../store/store';
import { citationLabel } from './citation-label';

export interface PassageCitation {
  anchor: PassageAnchor;
  label: string;
}

/** The label for an anchor made in `versionId` (a citation, or an opinion's passage a draft starts from). */
export function labelFor(store: Store, reportId: string, anchor: PassageAnchor): string {
  const document = store.reports.openDocument(reportId, anchor.versionId);
  const location = paragraphLocations(buildOutline(document.root)).get(anchor.startParagraphId) ?? '';
  return citationLabel(document.title || document.report.title, location, anchor.quote.exact);
}

export function citePassage(store: Store, readings: ReadingTexts, reportId: string, versionId: string, selection: Selection): PassageCitation {
  const anchor = createPassageAnchor(versionId, readings.get(versionId), selection);
  return { anchor, label: labelFor(store, reportId, anchor) };
}
