/**
 * How large an opinion body may be, wherever it comes from: the sanitiser enforces these, the
 * package schema bounds a package's bodies by them before anything else reads one.
 */

/** Deeper than any real note (a list in a quote in a list…); beyond it content is flattened to text. */
export const MAX_BODY_DEPTH = 20;
/** About 1 MB of text (UTF-16 code units): far beyond any opinion, short of hurting the store. */
export const MAX_BODY_TEXT = 1_000_000;
export const MAX_BODY_NODES = 100_000;
