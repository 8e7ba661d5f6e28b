/**
 * The renderer's one window onto main/: the API contract's types and the report model's types,
 * plus HEADING_RANKS and ROLES, plain constants, and plainTextBody, a pure function. Everything
 * else in main/ (and zod, which the contract's schemas would drag in at run time) stays out of
 * the renderer.
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
export type {
  DebrisLine,
  DebrisReason,
  HeadingKind,
  Paragraph,
  ReportDocument,
  ReportSummary,
  ReportVersion,
  Section,
} from '../../../main/model/report';
export { HEADING_RANKS } from '../../../main/model/report';
