/**
 * What every export builder reads: one version of one report, the opinions shown in it, and
 * how the delegate wants them written out. Builders are pure functions of this value — the
 * store, the clock and the app version all come in through it — so the same input always
 * gives the same bytes, and tests can open what a builder made without a running app.
 */
import type { OpinionView, Profile, Stance } from '../model/opinion';
import type { Section } from '../model/report';
import type { OpinionAdoption } from '../model/versions';

export type ExportScript = 'source' | 'hans' | 'hant';
export type ExportOrder = 'report' | 'stance';

export interface ExportReport {
  id: string;
  title: string;
  versionId: string;
  versionLabel: string;
  /** SHA-256 (hex) of the version's reading text: a clerk's Shenyi checks a package against it. */
  textHash: string;
}

export interface ExportInput {
  report: ExportReport;
  /** The version's section tree: its order is the order of every grouped export. */
  root: Section;
  /**
   * Lines between the title and the body (date line, speaker). Optional: only the report
   * document prints them, and an export without them is still complete.
   */
  titleBlock?: string[];
  opinions: OpinionView[];
  stances: Stance[];
  profile: Profile;
  /** 简 or 繁 for the words written out; stored data (and the package) are never converted. */
  script: ExportScript;
  order: ExportOrder;
  /** Whether opinions that cannot be placed in this version (orphaned, ambiguous) are written out. */
  includeOrphans: boolean;
  now: () => Date;
  appVersion: string;
  /**
   * Offset of the wall-clock times printed in the documents, in minutes east of UTC: the zone
   * the UI shows its times in (the app passes it), so a spreadsheet never says 8 hours off what
   * the card said. Beijing time when absent, since a pure builder must not depend on the time
   * zone of the machine that runs it.
   */
  utcOffsetMinutes?: number;
  /** What became of each opinion between the version before this one and this one; absent unless asked for. */
  adoption?: ExportAdoption;
}

export interface ExportAdoption {
  fromVersionId: string;
  toVersionId: string;
  fromLabel: string;
  toLabel: string;
  byOpinion: ReadonlyMap<string, OpinionAdoption>;
}
