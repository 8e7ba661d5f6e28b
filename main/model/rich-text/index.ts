/**
 * Shenyi's rich-text schema, the one the main process and the renderer share (see schema.ts).
 * RICH_TEXT_SCHEMA is what bodies hold today; a workspace that needs a node (drafting's
 * citation) declares it with RICH_TEXT_SCHEMA.extend and hands the result to the sanitiser,
 * the exporters and the editor alike.
 */
import { defineSchema } from './schema';
import { STARTER_MARKS, STARTER_NODES } from './starter-nodes';

export const RICH_TEXT_SCHEMA = defineSchema(STARTER_NODES, STARTER_MARKS);

export { CORE_NODES, defineSchema, type Attrs, type MarkSpec, type NodeRole, type NodeSpec, type RichTextSchema, type SchemaAddition } from './schema';
export { MAX_BODY_DEPTH, MAX_BODY_NODES, MAX_BODY_TEXT } from './limits';
export { describeUnknownParts, unknownParts, type UnknownParts } from './unknown-parts';
