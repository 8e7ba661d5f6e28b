/**
 * One piece of a version diff. Offsets are UTF-16 indices into the whole old and new texts, as
 * every span in Shenyi is. Concatenating the `old` of all ops in old-text order gives the old text
 * back, and the `new` of all ops in new-text order the new text; an `equal` op's two sides are
 * the same string unless formatting differences were asked to be ignored.
 */
export interface TextOp {
  kind: 'equal' | 'delete' | 'insert';
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
  old: string;
  new: string;
}

/** Characters (code points) an op marks as changed: both sides of a delete or insert. */
export function markedCodePoints(op: TextOp): number {
  if (op.kind === 'equal') return 0;
  return codePointLength(op.old) + codePointLength(op.new);
}

export function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) n--;
  }
  return n;
}
