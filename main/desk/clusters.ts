/**
 * Near-duplicate opinions, suggested to the clerk as clusters — never imposed: a cluster lists its
 * members and how alike they are, and nothing about an opinion changes because it is in one.
 *
 * Opinions are compared only within one passage (overlapping anchors, one section's notes, or the
 * unanchored pool), by the character-bigram Jaccard similarity of what each proposes (the quoted
 * 原文 and stock phrases removed: see proposal-signature.ts). Pairs at or above the threshold are
 * linked, strongest first; each connected set of two or more is a cluster.
 */
import type { DeskOpinion } from './desk-opinion';
import { groupByPassage, type Passage } from './passages';
import { proposalSignature } from './proposal-signature';
import { similarPairs } from './similar-pairs';

/**
 * Measured on the labelled fixture (tests/unit/desk/labelled-opinions.ts): lower pairs different
 * proposals sharing a few words; higher loses paraphrases that reorder clauses.
 */
export const DEFAULT_THRESHOLD = 0.5;

export interface SuggestedCluster {
  /** Stable for the same input: the first member's id. */
  id: string;
  passage: Passage;
  /** Ids of the members, in input order. */
  memberIds: string[];
  /** The weakest link that holds the cluster together: every member is at least this alike to another. */
  similarity: number;
}

export interface ClusterOptions {
  threshold?: number;
  /** What is compared; proposalSignature unless a bench measures another way. */
  signature?: (opinion: DeskOpinion) => Float64Array;
}

class DisjointSets {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, i) => i);
  }
  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[x] !== root) [x, this.parent[x]] = [this.parent[x]!, root];
    return root;
  }
  /** Joins the two sets; false when they were one already. */
  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
    return true;
  }
}

export function suggestClusters(opinions: readonly DeskOpinion[], options: ClusterOptions = {}): SuggestedCluster[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const signatureOf = options.signature ?? proposalSignature;
  const clusters: SuggestedCluster[] = [];
  for (const group of groupByPassage(opinions)) {
    if (group.members.length < 2) continue;
    const sets = new DisjointSets(group.members.length);
    const weakest = new Map<number, number>();
    // Many delegates send the same words: identical proposals are one set from the start, and
    // only one of each is compared with the rest.
    const distinct = new Map<string, number>();
    const signatures: Float64Array[] = [];
    const owners: number[] = [];
    group.members.forEach((member, local) => {
      const signature = signatureOf(opinions[member]!);
      const key = signature.join(',');
      const first = distinct.get(key);
      if (first === undefined) {
        distinct.set(key, local);
        signatures.push(signature);
        owners.push(local);
      } else if (signature.length > 0) {
        sets.union(first, local);
        weakest.set(sets.find(first), 1);
      }
    });
    const pairs = similarPairs(signatures, threshold).sort((p, q) => q.similarity - p.similarity || p.a - q.a || p.b - q.b);
    for (const pair of pairs) {
      const a = owners[pair.a]!;
      const b = owners[pair.b]!;
      if (!sets.union(a, b)) continue;
      // Strongest links come first, so the link just made is the weakest of the merged set.
      weakest.set(sets.find(a), pair.similarity);
    }
    const byRoot = new Map<number, number[]>();
    group.members.forEach((_, local) => {
      const root = sets.find(local);
      if (weakest.has(root)) (byRoot.get(root) ?? byRoot.set(root, []).get(root)!).push(local);
    });
    for (const [root, locals] of byRoot) {
      const memberIds = locals.map((local) => opinions[group.members[local]!]!.id);
      clusters.push({ id: memberIds[0]!, passage: group.passage, memberIds, similarity: Number(weakest.get(root)!.toFixed(3)) });
    }
  }
  return clusters;
}
