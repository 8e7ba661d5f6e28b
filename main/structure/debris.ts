/**
 * Recognises the web debris that scraped reports carry: page buttons, breadcrumbs, HTML comment
 * stubs, escaped NBSPs, licence footers, photo captions, editor lines. Debris is kept out of the
 * body but never deleted: each line is stored with its reason and the user can restore it.
 */
import type { DebrisReason } from '../model/report';
import type { SourceLine } from './lines';
import { markTruncatedCopies } from './truncated-copies';

/** Literal escapes such as `<U+00A0>` that R and other scrapers write instead of the character. */
export const ESCAPE_LITERAL = /<U\+[0-9A-Fa-f]{4,6}>/g;

const PAGE_UI = new Set([
  '下载', '下載', '打印', '全屏', '收藏', '分享', '加大', '还原', '還原', '减小', '減小', '】', '【',
  '关闭窗口', '關閉窗口', '返回顶部', '返回頂部', '【字号：', '【字號：', '字号：', '【E-mail推荐', '【打印本页】',
  '打印本页', '打印本頁', '扫一扫在手机打开当前页', '掃一掃在手機打開當前頁',
]);

/** Page metadata labels whose value a scraper put on the next line ("发表时间：" / "2026-02-09 09:45:30"). */
const META_LABEL = /^(发表时间|發表時間|发布时间|發佈時間|阅读量|閱讀量|浏览次数|瀏覽次數)[：:]$/;
/** The one-character buttons of a split 【字体：小 中 大】 control. */
const FONT_BUTTONS = new Set(['小', '中', '大', '】']);

const RULES: { reason: DebrisReason; pattern: RegExp }[] = [
  { reason: 'page-ui', pattern: /^【\s*(字体|字體|字号|字號)[：:].*】?$/ },
  { reason: 'page-ui', pattern: /^【\s*(E-mail推荐|打印|关闭|關閉)[^】]*】?$/ },
  { reason: 'page-ui', pattern: /^上一页[\d\s]*下一页$|^上一頁[\d\s]*下一頁$/ },
  { reason: 'breadcrumb', pattern: /^(当前位置|當前位置|您的位置|您现在的位置)[：:]/ },
  { reason: 'breadcrumb', pattern: /首页\s*(>>|>|›|»)|首頁\s*(>>|>|›|»)/ },
  { reason: 'page-header', pattern: /(门户网站|門戶網站).*www\.|^www\.[a-z0-9.-]+$/i },
  { reason: 'editor-note', pattern: /^[（(]\s*(责任编辑|責任編輯|编辑|編輯)[：:]/ },
  { reason: 'photo-caption', pattern: /(记者|記者|摄影|攝影).{0,16}(摄|攝)[。.]?$/ },
  { reason: 'dateline', pattern: /^(新华社|新華社|人民网|人民網|中新网|中新網).{0,16}[\d０-９]{1,2}月[\d０-９]{1,2}日(电|電)$/ },
  { reason: 'promo', pattern: /小(编|編).{0,12}(分享|整理|推荐|推薦)|一起(来|來)?看(一下|一看|看)吧|仅供参考|僅供參考/ },
  { reason: 'source-note', pattern: /^[（(]《[^》]+》[\d\s]+第.{0,12}版[）)]$/ },
];

function classifyOne(text: string): DebrisReason | null {
  const trimmed = text.trim();
  if (PAGE_UI.has(trimmed) || /^[）)】\]」』]$/.test(trimmed)) return 'page-ui';
  for (const rule of RULES) if (rule.pattern.test(trimmed)) return rule.reason;
  return null;
}

const LICENCE_START = /^(本作品(是|来自|來自|在)|注：中文维基文库|注：中文維基文庫|Public domain$)/;
const RELATED_START = /^(相关报道|相關報道|相关链接|相關鏈接|相关阅读|相關閱讀)[：:]?$/;

/**
 * Where a Wikisource licence footer ends: after its closing "Public domain"/"false" lines, or
 * before the next report on the page (a "…篇N" title or a salutation), else at the end of the file.
 */
function licenceFooterEnd(content: string[], start: number): number {
  let lastMarker = -1;
  for (let j = start + 1; j < content.length; j++) {
    const text = content[j]!;
    if (text === '') continue;
    if (text === 'false' || text === 'Public domain') {
      lastMarker = j;
      continue;
    }
    if (lastMarker !== -1 || NEXT_REPORT.test(text)) return j - 1;
  }
  return content.length - 1;
}

const NEXT_REPORT = /篇[\s\u3000]*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})$|^(各位代表|各位委员|各位委員)[：:，,]/;

/** Marks the lines after `from` while `belongs` holds (blank lines pass); returns the last line marked. */
function takeWhile(content: string[], from: number, debris: Map<number, DebrisReason>, reason: DebrisReason, belongs: (j: number) => boolean): number {
  let last = from;
  for (let j = from + 1; j < content.length; j++) {
    if (content[j] === '') continue;
    if (!belongs(j)) break;
    debris.set(j, reason);
    last = j;
  }
  return last;
}

/**
 * Returns the debris reason of each line (by index). `content` gives each line's text with
 * blanks and escape literals removed; lines that are nothing but escapes are debris too.
 */
export function classifyDebris(lines: SourceLine[], content: string[]): Map<number, DebrisReason> {
  const debris = new Map<number, DebrisReason>();
  let inComment = false;
  const tailFrom = Math.floor(lines.length * 0.6);

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.text.trim();
    const text = content[i]!;
    if (inComment || raw.startsWith('<!--')) {
      debris.set(i, 'html-comment');
      inComment = !raw.includes('-->') || (raw.startsWith('<!--') && raw.lastIndexOf('-->') < raw.lastIndexOf('<!--'));
      continue;
    }
    if (raw === '-->') {
      debris.set(i, 'html-comment');
      continue;
    }
    if (text === '' && ESCAPE_LITERAL.test(raw)) {
      ESCAPE_LITERAL.lastIndex = 0;
      debris.set(i, 'escape-literal');
      continue;
    }
    ESCAPE_LITERAL.lastIndex = 0;
    if (text === '') continue;
    // A licence footer or a "related reports" tail runs to the end of the page. The footer's
    // wording is Wikisource's own; "相关报道" is common enough to need the end of the file too.
    if (LICENCE_START.test(text)) {
      const end = licenceFooterEnd(content, i);
      for (let j = i; j <= end; j++) if (content[j] !== '' || /\S/.test(lines[j]!.text)) debris.set(j, 'licence-footer');
      i = end;
      continue;
    }
    if (i >= tailFrom && RELATED_START.test(text)) {
      for (let j = i; j < lines.length; j++) if (content[j] !== '') debris.set(j, 'related-links');
      break;
    }
    const reason = classifyOne(text);
    if (reason) debris.set(i, reason);
    // Web pages scraped one element a line split a breadcrumb ("当前位置：" / "首页" / ">" / …),
    // a metadata pair or the font buttons over several lines: the pieces go with their start.
    if (reason === 'breadcrumb' && /[：:]$/.test(text)) i = takeWhile(content, i, debris, 'breadcrumb', (j) => content[j] === '>' || content[j + 1] === '>' || content[j - 1] === '>');
    else if (META_LABEL.test(text)) {
      debris.set(i, 'page-ui');
      if (content[i + 1] !== undefined && content[i + 1]!.length <= 24 && !/[。，【】]/.test(content[i + 1]!)) debris.set(++i, 'page-ui');
    } else if (reason === 'page-ui' && /^【\s*(字体|字體|字号|字號)[：:]$/.test(text)) i = takeWhile(content, i, debris, 'page-ui', (j) => FONT_BUTTONS.has(content[j]!));
  }
  markTruncatedCopies(content, debris);
  return debris;
}
