/**
 * Shenyi's rich-text schema, the one the main process and the renderer share (see schema.ts).
 * RICH_TEXT_SCHEMA is what bodies hold; the sanitiser, the package reader, the exporters, the
 * card view and the editor all default to it. To add a node (drafting's citation): declare its
 * NodeSpec in a module of its own here and extend the schema below with it
 * (as DRAFT_SCHEMA does below with the citation of citation-node.ts), then give the
 * editor its TipTap node (renderer/src/notes/LiveEditor.tsx refuses to start without one).
 * Each of those functions also takes a schema, so a test or a workspace can use its own.
 */
import { defineSchema } from './schema';
import { STARTER_MARKS, STARTER_NODES } from './starter-nodes';
import { CITATION } from './citation-node';

export const RICH_TEXT_SCHEMA = defineSchema(STARTER_NODES, STARTER_MARKS);

/** A draft's parts: an opinion's rich text and the citation atom (案据 with a live anchor). */
export const DRAFT_SCHEMA = RICH_TEXT_SCHEMA.extend({ nodes: [CITATION] });

export { CORE_NODES, defineSchema, type Attrs, type MarkSpec, type NodeRole, type NodeSpec, type RichTextSchema, type SchemaAddition } from './schema';
export { MAX_BODY_DEPTH, MAX_BODY_NODES, MAX_BODY_TEXT } from './limits';
export { describeUnknownParts, unknownParts, type UnknownParts } from './unknown-parts';
