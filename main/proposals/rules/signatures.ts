/**
 * The signers: someone signed, the leader (提案人 / 领衔代表) first and only once, nobody twice,
 * 代表证号 where the form asks for it, and enough signers for the form at its level (议案).
 */
import type { Signer } from '../draft';
import type { Finding, LintRule } from '../lint-rule';

const nameKey = (name: string) => name.replace(/\s+/g, '');

function duplicates(signers: Signer[], key: (s: Signer) => string | undefined): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const signer of signers) {
    const k = key(signer);
    if (k === undefined || k === '') continue;
    if (seen.has(k)) twice.add(k);
    seen.add(k);
  }
  return [...twice];
}

export const signatures: LintRule = {
  id: 'signatures',
  severity: 'error',
  source: '署名要求：领衔者列第一位，联名者本人知情并签名',
  errorsDismissable: false,
  check({ draft, profile, levelProfile: level }) {
    const { leaderHeading, credentialName, credentialRequired } = profile.signers;
    const signers = draft.signers;
    if (signers.length === 0) return [{ message: `没有署名（${leaderHeading}）` }];
    const findings: Finding[] = [];
    const leaders = signers.filter((s) => s.role === 'leader');
    if (leaders.length === 0) findings.push({ message: `没有标明${leaderHeading}` });
    else if (leaders.length > 1) findings.push({ message: `${leaderHeading}只能有一位（现有${leaders.map((s) => s.name).join('、')}）` });
    else if (signers[0]!.role !== 'leader') findings.push({ message: `${leaderHeading}${leaders[0]!.name}应列第一位`, excerpt: leaders[0]!.name });
    for (const name of duplicates(signers, (s) => nameKey(s.name))) findings.push({ message: `${name}署名了不止一次`, excerpt: name, severity: 'warning' });
    for (const credential of duplicates(signers, (s) => s.credential)) findings.push({ message: `${credentialName}${credential}出现了不止一次`, excerpt: credential });
    if (credentialRequired) {
      const missing = signers.filter((s) => !s.credential).map((s) => s.name);
      if (missing.length > 0) findings.push({ message: `缺少${credentialName}：${missing.join('、')}`, source: `${profile.name}表式：署名须附${credentialName}` });
    }
    const distinct = new Set(signers.map((s) => nameKey(s.name))).size;
    if (distinct < level.minSigners) {
      findings.push({ message: `${profile.name}须${level.minSigners}人以上联名，现有${distinct}人`, source: level.minSignersSource || `${profile.name}联名人数要求` });
    }
    return findings;
  },
};
