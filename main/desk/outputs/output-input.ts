/**
 * What every desk output is made from: the report, its rows in report order, the confirmed
 * clusters, the kinds of disposition and stances by id, and how it is to be printed. The
 * handler gathers it (main/desk/desk-handlers.ts); the writers are pure.
 */
import type { ConfirmedCluster, DeskRow, DispositionKind } from '../../model/desk';
import type { Stance } from '../../model/opinion';

export interface BriefingHeaderInput {
  /** 报头: the briefing's name (会议简报, 审议简报). */
  name: string;
  /** 第N期 */
  issue: number;
  /** 编印单位 */
  publisher: string;
  /** YYYY-MM-DD */
  date: string;
  /** 密级, printed top left when given. */
  classification?: string;
  /** 按语 */
  editorNote?: string;
  /** 报尾: 报/送/发 lines and 印数. */
  sendTo?: string;
  copyTo?: string;
  distributeTo?: string;
  copies?: number;
}

export interface DeskOutputInput {
  report: { title: string; versionLabel: string };
  /** Every row of the desk, live opinions only, sorted by `order` then id. */
  rows: DeskRow[];
  clusters: ConfirmedCluster[];
  kinds: DispositionKind[];
  stances: Stance[];
  /** Print the delegation only, never a person's name. */
  anonymous: boolean;
  /** When the file is made: printed dates, and the docx/xlsx core properties (never the OS user). */
  generatedAt: Date;
  briefing?: BriefingHeaderInput;
}
