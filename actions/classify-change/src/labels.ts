/**
 * Keeps a pull request's labels in step with its change record: adds the record's labels and
 * removes the policy's managed labels that no longer apply. Labels are a convenience for people,
 * not the verdict, so a failure here is a warning, never a failed step.
 */
import type { GitHubClient } from '@change-actions/action-kit/github';
import { coreLogger as log, messageOf } from '@change-actions/action-kit';

export interface LabelSync {
  owner: string;
  repo: string;
  number: number;
  current: readonly string[];
  wanted: readonly string[];
  managed: Readonly<Record<string, string>>;
}

/** Returns a line for the summary saying what changed, or what could not be done. */
export async function syncLabels(github: GitHubClient, sync: LabelSync): Promise<string> {
  const { owner, repo, number } = sync;
  const managed = new Set(Object.values(sync.managed));
  const add = sync.wanted.filter((l) => !sync.current.includes(l));
  const remove = sync.current.filter((l) => managed.has(l) && !sync.wanted.includes(l));
  try {
    if (add.length > 0) await github.rest.issues.addLabels({ owner, repo, issue_number: number, labels: add });
    for (const name of remove) {
      try {
        await github.rest.issues.removeLabel({ owner, repo, issue_number: number, name });
      } catch (error) {
        if ((error as { status?: number }).status !== 404) throw error; // already gone
      }
    }
  } catch (error) {
    const message = `labels of pull request #${number} were not synced (${messageOf(error)}); the record and outputs are complete. Grant pull-requests: write to sync them.`;
    log.warning(message);
    return message;
  }
  if (add.length === 0 && remove.length === 0) return 'labels already match the record';
  return [add.length > 0 ? `added ${add.join(', ')}` : '', remove.length > 0 ? `removed ${remove.join(', ')}` : ''].filter(Boolean).join('; ');
}
