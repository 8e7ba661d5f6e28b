/**
 * The renderer's one window onto main/: the API contract's types and the model's types, plus a
 * few plain constants (HEADING_RANKS, ROLES, the export formats and file types) and pure
 * functions (plainTextBody, the export file names). Everything else in main/ (and zod, which the
 * contract's schemas would drag in at run time) stays out of the renderer.
 */
export type {
  ApiError,
  DocumentChoice,
  ErrorCode,
  EventName,
  EventPayloads,
  ExportedFile,
  ExportFormat,
  ImportOutcome,
  Input,
  Locale,
  Method,
  Output,
  PackageImported,
  Result,
  SearchHit,
  SelectionInput,
  Settings,
  ShenyiApi,
} from '../../../main/api/contract';
export type {
  AnchorResolution,
  AnchorStatus,
  Opinion,
  OpinionKind,
  ListedAnchor,
  ListedOpinion,
  ListedResolution,
  ParagraphRange,
  Profile,
  RichTextNode,
  Role,
  Stance,
  Suggestion,
} from '../../../main/model/opinion';
export { ROLES } from '../../../main/model/opinion';
export { plainTextBody } from '../../../main/model/plain-body';
export { EXPORT_FILE_TYPES, EXPORT_FORMATS, safeFileNamePart, suggestFileName } from '../../../main/model/export-file';
export type {
  DebrisLine,
  DebrisReason,
  HeadingKind,
  ImportedReport,
  OutlineFinding,
  OutlineFindingCode,
  OutlineFindingDetail,
  Paragraph,
  ReportDocument,
  ReportSummary,
  ReportVersion,
  Section,
} from '../../../main/model/report';
export { HEADING_RANKS } from '../../../main/model/report';
export type {
  AdoptionReport,
  AdoptionStatus,
  ComparedChange,
  ComparedParagraph,
  ComparedPiece,
  ComparedStatus,
  OpinionAdoption,
  ParagraphFate,
  VersionComparison,
} from '../../../main/model/versions';
export type { BackupSummary, DamagedOpinion, StoreProblem, StoreStatus } from '../../../main/model/store-status';
export type { DeskCluster, DeskExportFormat, DeskView, FileOutcome, Headline, IntakeReport } from '../../../main/api/contract';
export type { Channel, DeskAssignment, DeskFilter, DispositionConflict, DeskRow, Disposition, DispositionKind, ReviewStage, TallyNode } from '../../../main/model/desk';
