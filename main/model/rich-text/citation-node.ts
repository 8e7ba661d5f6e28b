/**
 * Drafting's citation: an inline atom carrying the id of a cited passage (the store keeps its
 * live anchor) and the label the draft prints, 「《…》第二部分（三）第2段：“…”」. Only the two
 * strings survive the sanitiser; the label is the atom's words everywhere plain text is read
 * (the lint, the platform text, a docx).
 */
import type { Attrs, NodeSpec } from './schema';

/** A citation label is a location and a short quote: never a document of its own. */
const MAX_LABEL = 600;

function citationAttrs(input: Attrs): Record<string, unknown> {
  const citationId = typeof input.citationId === 'string' ? input.citationId.slice(0, 200) : '';
  const label = typeof input.label === 'string' ? input.label.slice(0, MAX_LABEL) : '';
  return { citationId, label };
}

export const CITATION: NodeSpec = {
  name: 'citation',
  role: 'atom',
  attrs: citationAttrs,
  text: (attrs) => (typeof attrs.label === 'string' ? attrs.label : ''),
};
