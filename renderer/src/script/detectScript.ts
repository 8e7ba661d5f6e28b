/**
 * Whether a report is written in Simplified or Traditional characters, judged from characters
 * common in work reports that exist in only one of the two scripts. It decides the report's
 * `lang` (and so the SC/TC font) and lets a conversion into the script the text already uses be
 * skipped: converting Simplified text "to Simplified" can still alter a few characters (乾/干).
 */
export type ChineseScript = 'hans' | 'hant';

const HANS_ONLY = new Set('们国这为说发经会个来时实现与对业进学关产体动机长开问当从还过点电区义后务际设质报据场济岁应样两线级县镇农医疗环护资权监总统扩稳'.split(''));
const HANT_ONLY = new Set('們國這為說發經會個來時實現與對業進學關產體動機長開問當從還過點電區義後務際設質報據場濟歲應樣兩線級縣鎮農醫療環護資權監總統擴穩'.split(''));

const SAMPLE_CHARS = 20_000;

export function detectScript(samples: Iterable<string>): ChineseScript {
  let hans = 0;
  let hant = 0;
  let seen = 0;
  for (const text of samples) {
    for (const char of text) {
      if (HANS_ONLY.has(char)) hans += 1;
      else if (HANT_ONLY.has(char)) hant += 1;
    }
    seen += text.length;
    if (seen >= SAMPLE_CHARS) break;
  }
  return hant > hans ? 'hant' : 'hans';
}
