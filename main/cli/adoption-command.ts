/**
 * `shenyi adoption --report ID [--from VERSION] [--to VERSION] [--chain]`: what became of each opinion
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
  chain: boolean;
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

/** `--chain`: each opinion through every hop of the chain, one line a hop: 「征求意见稿→提请审议稿 部分采纳 0.62」. */
async function adoptionChain(call: StoreCall, reportId: string, json: boolean): Promise<void> {
  const history = await call('versions.history', { reportId });
  const label = new Map(history.versions.map((version) => [version.id, version.label]));
  print(history, json, () =>
    history.hops
      .flatMap((hop) =>
        hop.opinions.map((entry) => {
          const outcome = entry.confirmed?.status ?? entry.outcome;
          const score = outcome === 'partly-adopted' && !entry.confirmed ? entry.score.toFixed(2) : '';
          return [entry.opinionId, `${label.get(hop.fromVersionId)}→${label.get(hop.toVersionId)}`, ADOPTION_LABELS[outcome], score, entry.confirmed ? `${entry.confirmed.by}已确认` : ''].join('\t');
        }),
      )
      .join('\n'),
  );
}

export async function adoption(call: StoreCall, options: AdoptionOptions): Promise<void> {
  const reportId = requireOption(options.report, '--report', 'adoption');
  if (options.chain) return adoptionChain(call, reportId, options.json);
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
