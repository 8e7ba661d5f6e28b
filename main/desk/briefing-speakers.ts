/**
 * Who speaks in a 简报 paragraph. 简报 open each speaker's paragraph in a few fixed ways:
 * 「张三代表说/认为/建议/表示……」, 「张三委员……」, with the delegation or sector when named
 * (「山西代表团张三代表」, 「来自山西的张三代表」, 「经济界李四委员」), sometimes a title in brackets
 * (「张三代表（太原市市长）说」), sometimes two names (「张三、李四代表认为」). A paragraph opening
 * 「他说/她还建议」 continues the speaker before it. Anything else names no one.
 */
import type { Role } from '../model/opinion';

export interface BriefingSpeaker {
  name: string;
  /** 代表团 or 界别 as the paragraph names it, else the briefing's own (see `delegationFrom`). */
  delegation: string | null;
  delegationFrom: 'paragraph' | 'briefing' | null;
  /** Where 「来自××的」 says they come from, when that is a place within the briefing's delegation. */
  from: string | null;
  role: Extract<Role, 'npc-delegate' | 'cppcc-member'>;
  /** The title in brackets after the name, if any. */
  title: string | null;
}

const HAN = '\\u3400-\\u9fff';
const NAME = `[${HAN}]{2,4}(?:[·•・][${HAN}]{1,6})?`;
const NAMES = `${NAME}(?:、${NAME})*`;
const VERBS = '说|认为|建议|表示|指出|提出|谈到|强调|呼吁|希望|提议|介绍|坦言|直言|补充说|发言|举例说|分析说|感慨';
const TITLE = '(?:[（(]([^）)]{1,40})[）)])?';
const SETTING = `(?:在[^，。]{1,16}(?:时|中))?`;
const SECTOR = `(?:[${HAN}]{1,10}?界|民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|无党派人士|共青团|全国总工会|全国妇联|全国青联|全国工商联|中国科协|全国台联|特邀香港人士|特邀澳门人士)`;

const FORMS: RegExp[] = [
  // 来自山西（代表团）的张三代表说
  new RegExp(`^来自([${HAN}]{2,12}?)(代表团)?的(${NAMES})(代表|委员)${TITLE}${SETTING}[，,]?(?:${VERBS})`),
  // 山西代表团张三代表说 · 经济界李四委员认为 · 张三代表说
  new RegExp(`^(?:([${HAN}]{2,10}?)(代表团)|(${SECTOR}))?(${NAMES})(代表|委员)${TITLE}${SETTING}[，,]?(?:${VERBS})`),
];

/** Words that stand where a name would but name no one (与会代表认为, 大家认为). */
const NOT_NAMES = /^(与会|大家|全体|部分|多位|一些|不少|有的|其他|其他的|各位|许多|几位|列席|广大|人大|政协|省人大|全国人大)|们$/;

const CONTINUES = new RegExp(`^(?:他|她)(?:还|也|又|进一步|同时|并|最后)?(?:${VERBS})`);

export type SpeakerLine = { kind: 'speakers'; speakers: BriefingSpeaker[] } | { kind: 'continues' } | { kind: 'none' };

export function speakersOf(paragraph: string, briefingDelegation: string | null): SpeakerLine {
  const text = paragraph.trim();
  if (CONTINUES.test(text)) return { kind: 'continues' };
  const from = FORMS[0]!.exec(text);
  const plain = from ? null : FORMS[1]!.exec(text);
  let names: string;
  let delegation: string | null;
  let role: BriefingSpeaker['role'];
  let title: string | null;
  let place: string | null = null;
  if (from) {
    // 来自大同的 in a 山西代表团 briefing is a city of the delegation; with no briefing delegation,
    // 来自山西的 names the delegation itself.
    const named = from[2] !== undefined || !briefingDelegation;
    delegation = named ? from[1]! + (from[2] ?? (from[4] === '代表' ? '代表团' : '')) : null;
    place = named ? null : from[1]!;
    names = from[3]!;
    role = from[4] === '委员' ? 'cppcc-member' : 'npc-delegate';
    title = from[5] ?? null;
  } else if (plain) {
    delegation = plain[1] ? plain[1] + plain[2]! : (plain[3] ?? null);
    names = plain[4]!;
    role = plain[5] === '委员' ? 'cppcc-member' : 'npc-delegate';
    title = plain[6] ?? null;
  } else return { kind: 'none' };
  const people = names.split('、').filter((name) => !NOT_NAMES.test(name));
  if (people.length === 0) return { kind: 'none' };
  return {
    kind: 'speakers',
    speakers: people.map((name) => ({
      name,
      delegation: delegation ?? briefingDelegation,
      delegationFrom: delegation ? 'paragraph' : briefingDelegation ? 'briefing' : null,
      from: place,
      role,
      title,
    })),
  };
}
