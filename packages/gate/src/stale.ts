/**
 * Whether an approval given on an earlier commit still holds for the head. By default it does not.
 * With `keep-unless-security-relevant` it does when nothing security-relevant changed since:
 * decided from the paths that differ between the reviewed commit and the head, against the files
 * the change record's triggers cite (so the same rules classify applied, paths and content alike)
 * and the policy's own security paths. Pushes are tied to SHAs, never to times.
 */
import type { ChangeRecord } from '@change-actions/classify';
import type { CompiledGate } from './compile.ts';
import type { GatePolicy } from '@change-actions/policy';
import type { PullRequestSnapshot } from './snapshot.ts';
import { listSome, short } from './text.ts';

export interface Freshness {
  stale?: string;
  kept?: string;
}

export function freshnessOf(policy: GatePolicy, compiled: CompiledGate, record: ChangeRecord, snapshot: PullRequestSnapshot): (commit: string | null) => Freshness {
  const head = snapshot.headSha;
  const triggerFiles = new Set<string>();
  const triggerCommits = new Set<string>();
  let unlocated = false;
  for (const trigger of record.triggers) {
    for (const evidence of trigger.evidence) {
      if (evidence.file !== undefined) triggerFiles.add(evidence.file);
      else if (evidence.commit !== undefined) triggerCommits.add(evidence.commit);
    }
    if (!trigger.evidence.some((evidence) => evidence.file !== undefined || evidence.commit !== undefined)) unlocated = true;
  }
  const securityRelevant = (path: string) => triggerFiles.has(path) || compiled.securityPaths(path) || compiled.documents(path);

  return (commit) => {
    if (commit === head) return {};
    if (commit === null) return { stale: 'given on no known commit' };
    const given = `given on ${short(commit)}, not on the head ${short(head)}`;
    if (policy.staleApprovals.mode !== 'keep-unless-security-relevant') return { stale: given };
    const changed = Object.hasOwn(snapshot.changedSince, commit) ? snapshot.changedSince[commit] : undefined;
    if (!Array.isArray(changed)) return { stale: `${given}, and the files changed since are not known` };
    const sensitive = changed.filter(securityRelevant);
    if (sensitive.length > 0) return { stale: `${given}; security-relevant files changed since: ${listSome(sensitive)}` };
    const later = laterCommits(snapshot, commit);
    const securityCommits = [...triggerCommits].filter((sha) => later.has(sha));
    if (securityCommits.length > 0) return { stale: `${given}; security commits pushed since: ${listSome(securityCommits.map(short))}` };
    if (unlocated && changed.length > 0) {
      return { stale: `${given}; the change record has security review triggers that name no file, so any change since may be security-relevant` };
    }
    return { kept: changed.length === 0 ? `nothing changed since ${short(commit)}` : `kept from ${short(commit)}: only ${listSome(changed)} changed since, none security-relevant` };
  };
}

/** The commits after `commit` in the pull request; all of them when it is no longer in its history. */
function laterCommits(snapshot: PullRequestSnapshot, commit: string): Set<string> {
  const shas = snapshot.commits.map((c) => c.sha);
  return new Set(shas.slice(shas.indexOf(commit) + 1));
}
