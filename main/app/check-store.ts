/** `shenyi check`: the file's own check (done on open) and every opinion row against its checksum. */
import type { DamagedOpinion } from '../model/store-status';
import type { Store } from '../store/store';
import { damagedOpinions } from './damaged-opinions';

export interface CheckReport {
  path: string;
  opinionsChecked: number;
  damagedOpinions: DamagedOpinion[];
}

export function checkStore(store: Store, dataDir: string): CheckReport {
  return {
    path: store.path,
    opinionsChecked: store.db.prepare('SELECT count(*) FROM opinions').pluck().get() as number,
    damagedOpinions: damagedOpinions(store, dataDir),
  };
}
