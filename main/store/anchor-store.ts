/**
 * Where a person placed an anchor in a version (migration 9's anchor_placements): the store
 * side of opinions.place. A placement replaces an earlier one of the same anchor in the same
 * version; the resolver's answer is never stored.
 */
import type Database from 'better-sqlite3';
import { prepareOnce } from './prepare-once';
import { DomainError } from '../model/errors';

export interface Placement {
  start: number;
  end: number;
  /** The words the range covered when it was placed. */
  text: string;
  placedBy: string;
  placedAt: string;
}

interface PlacementRow {
  opinion_id: string;
  start: number;
  end: number;
  text: string;
  placed_by: string;
  placed_at: string;
}

const toPlacement = (row: PlacementRow): Placement => ({ start: row.start, end: row.end, text: row.text, placedBy: row.placed_by, placedAt: row.placed_at });

export class AnchorStore {
  private readonly statements = prepareOnce(() => this.prepare());
  private writes = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {}


  private prepare() {
    const db = this.db;
    const select = `SELECT o.id AS opinion_id, p.start, p."end", p.text, p.placed_by, p.placed_at
      FROM anchor_placements p JOIN opinions o ON o.anchor_id = p.anchor_id`;
    return {
      anchorOf: db.prepare('SELECT anchor_id FROM opinions WHERE id = ?'),
      put: db.prepare(`
        INSERT INTO anchor_placements (anchor_id, version_id, start, "end", text, placed_by, placed_at) VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (anchor_id, version_id) DO UPDATE SET start = excluded.start, "end" = excluded."end", text = excluded.text,
          placed_by = excluded.placed_by, placed_at = excluded.placed_at`),
      remove: db.prepare('DELETE FROM anchor_placements WHERE anchor_id = (SELECT anchor_id FROM opinions WHERE id = ?) AND version_id = ?'),
      inVersion: db.prepare(`${select} WHERE p.version_id = ?`),
      ofOpinion: db.prepare(`${select} WHERE o.id = ? AND p.version_id = ?`),
    };
  }

  /** Counts placements written through this store: a list kept from before one is stale. */
  get revision(): number {
    return this.writes;
  }

  /** Records a person's placement of an opinion's anchor in a version (offsets into its reading text). */
  place(opinionId: string, versionId: string, placement: Omit<Placement, 'placedAt'>): Placement {
    const anchorId = (this.statements().anchorOf.get(opinionId) as { anchor_id: string | null } | undefined)?.anchor_id ?? null;
    if (anchorId === null) throw new DomainError('invalid-input', `Opinion ${opinionId} is not about a passage: there is nothing to place`);
    const placedAt = this.now().toISOString();
    this.writes += 1;
    this.statements().put.run(anchorId, versionId, placement.start, placement.end, placement.text, placement.placedBy, placedAt);
    return { ...placement, placedAt };
  }

  /** Takes a placement back; false when there was none. */
  unplace(opinionId: string, versionId: string): boolean {
    this.writes += 1;
    return this.statements().remove.run(opinionId, versionId).changes > 0;
  }

  /** Every placement in a version, by opinion id. */
  placementsIn(versionId: string): Map<string, Placement> {
    return new Map((this.statements().inVersion.all(versionId) as PlacementRow[]).map((row) => [row.opinion_id, toPlacement(row)]));
  }

  placementOf(opinionId: string, versionId: string): Placement | null {
    const row = this.statements().ofOpinion.get(opinionId, versionId) as PlacementRow | undefined;
    return row ? toPlacement(row) : null;
  }
}
