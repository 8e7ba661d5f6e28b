/**
 * `shenyi adoption --report ID [--from VERSION] [--to VERSION]`: what became of each opinion
 * between two versions in the store (by default the last two of the report's chain), and per
 * author the tally a delegate reads: 「…的N条修改建议：采纳a，部分采纳b，未采纳c」.
 */
import type { OpinionAdoption } from '../model/versions';
import type { StoreCall } from './store-api';
import { ADOPTION_LABELS, tallySentence, type SuggestionTally } from '../versions/adoption-wording';
import { cell, print } from './print';
import { requireOption } from './usage';

export interface AdoptionOptions {
  report?: string;
  from?: string;
  to?: string;
  json: boolean;
}

function talliesByAuthor(opinions: OpinionAdoption[]): Map<string, SuggestionTally> {
  const tallies = new Map<string, SuggestionTally>();
  for (const opinion of opinions) {
    if (opinion.proposed === null) continue;
    const who = opinion.author.delegation ? `${opinion.author.name}（${opinion.author.delegation}）` : opinion.author.name;
    const tally = tallies.get(who) ?? { adopted: 0, 'partly-adopted': 0, 'not-adopted': 0, 'changed-otherwise': 0, deleted: 0, unplaced: 0 };
    tally[opinion.outcome as keyof SuggestionTally]++;
    tallies.set(who, tally);
  }
  return tallies;
}

export async function adoption(call: StoreCall, options: AdoptionOptions): Promise<void> {
  const reportId = requireOption(options.report, '--report', 'adoption');
  const result = await call('versions.adoption', { reportId, fromVersionId: options.from, toVersionId: options.to });
  print(result, options.json, () =>
    [
      ...[...talliesByAuthor(result.opinions)].map(([who, tally]) => tallySentence(tally, `${who}的`)),
      ...result.opinions.map((entry) =>
        [entry.opinionId, ADOPTION_LABELS[entry.outcome], entry.outcome === 'partly-adopted' ? entry.score.toFixed(2) : '', cell(entry.original), cell(entry.proposed ?? ''), cell(entry.now)].join('\t'),
      ),
    ].join('\n'),
  );
}
