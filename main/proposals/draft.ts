/**
 * A draft 提案 / 代表建议 / 议案 as the lint and later the editor and the exports see it: plain
 * text per named part, so every rule reads the same thing whatever the draft was written in.
 */
import type { FormId, Level } from './form-profile';

/** One person on the form. The leader (提案人 / 领衔代表) is meant to come first. */
export interface Signer {
  name: string;
  role: 'leader' | 'co-signer';
  /** 代表证号 / 委员号 when given; required on some forms (see FormProfile.signers). */
  credential?: string;
}

export interface Draft {
  formId: FormId;
  level: Level;
  title: string;
  /** 案由 / 理由 / 建议 / 内容 / 案据 / 方案 … by the part's name, as plain text (paragraphs split by \n). */
  parts: Record<string, string>;
  /** In the order written; the lint checks that the leader is first. */
  signers: Signer[];
  /** 类别 as written, '' when none. */
  category: string;
}

/** A draft written earlier (one's own, or an imported past proposal) that a new draft is compared with. */
export interface EarlierDraft {
  id: string;
  title: string;
  text: string;
}
