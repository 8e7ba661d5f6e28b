/** The drafts a work report goes through before the session votes on it, in order. */
export const DRAFT_LABELS: readonly string[] = ['征求意见稿', '提请审议稿', '修改稿'];
