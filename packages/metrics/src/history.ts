/**
 * The commits a deployment brought, from the default branch's history already read for the
 * period (one list call per 100 commits) instead of one compare call per deployment.
 */
import type { DeployedCommit } from './input.ts';

export interface HistoryCommit {
  committedAt: string;
  parents: string[];
}

/**
 * Commits reachable from `head` and not from `base`, walking `history`; undefined when the walk
 * leaves what `history` holds (a branch not listed, or a commit before the period), so the caller
 * asks the compare API instead of guessing.
 */
export function commitsBetween(history: ReadonlyMap<string, HistoryCommit>, base: string, head: string): DeployedCommit[] | undefined {
  const ofBase = new Set<string>();
  const stack = [base];
  while (stack.length > 0) {
    const sha = stack.pop()!;
    if (ofBase.has(sha)) continue;
    ofBase.add(sha);
    stack.push(...(history.get(sha)?.parents ?? []));
  }
  const brought: DeployedCommit[] = [];
  const seen = new Set<string>();
  const todo = [head];
  while (todo.length > 0) {
    const sha = todo.pop()!;
    if (seen.has(sha) || ofBase.has(sha)) continue;
    seen.add(sha);
    const commit = history.get(sha);
    if (!commit) return undefined;
    brought.push({ sha, committedAt: commit.committedAt });
    todo.push(...commit.parents);
  }
  return brought;
}
