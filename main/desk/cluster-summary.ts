/**
 * The line a cluster shows above its 归纳意见: 「综合N位代表（M个代表团）意见」, or for CPPCC members
 * 「综合N位委员（M个界别）意见」. A person is counted once however many opinions they gave; a member
 * without a delegation counts as a person but adds no delegation.
 */
import type { DeskAuthor } from './desk-opinion';

export interface ClusterCounts {
  people: number;
  delegations: number;
}

export function clusterCounts(authors: readonly DeskAuthor[]): ClusterCounts {
  const people = new Set(authors.map((author) => `${author.delegation}\u0000${author.name}`));
  const delegations = new Set(authors.map((author) => author.delegation).filter((delegation) => delegation !== ''));
  return { people: people.size, delegations: delegations.size };
}

export function clusterSummary(authors: readonly DeskAuthor[]): string {
  const { people, delegations } = clusterCounts(authors);
  const members = authors.length > 0 && authors.every((author) => author.role === 'cppcc-member');
  return members ? `综合${people}位委员（${delegations}个界别）意见` : `综合${people}位代表（${delegations}个代表团）意见`;
}
