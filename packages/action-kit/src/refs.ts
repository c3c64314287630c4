/**
 * The one way every action turns "the base of the change" into a commit. A bare name is never
 * handed to git or the API: `git rev-parse main` prefers a tag `main` over the branch, so a tag
 * could supply the policy. A commit SHA is taken as it is; a branch name is resolved to the
 * commit of `refs/remotes/origin/<branch>` in the checkout (what actions/checkout leaves), else
 * to the commit GitHub has for `refs/heads/<branch>`.
 */
import type { Git } from './git.ts';
import { statusOf } from './errors.ts';
import type { GitHubClient } from './github.ts';

export interface ResolvedRevision {
  /** The commit. */
  sha: string;
  /** The branch it was resolved from, when it was given as a branch name. */
  branch?: string;
  /** Where the branch was read: the checkout's remote-tracking ref or the API. */
  via?: string;
}

export interface RevisionReaders {
  owner: string;
  repo: string;
  git?: Git | undefined;
  github: () => Promise<GitHubClient>;
}

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

export const isCommitSha = (revision: string): boolean => SHA.test(revision);

/** A commit SHA as it is; a branch name (bare or `refs/heads/…`) resolved to its commit. */
export async function resolveRevision(revision: string, readers: RevisionReaders): Promise<ResolvedRevision> {
  if (SHA.test(revision)) return { sha: revision };
  const branch = revision.replace(/^refs\/heads\//, '');
  if (branch === '' || branch.startsWith('refs/') || /[\s~^:?*[\\]|\.\.|@\{/.test(branch)) {
    throw new Error(`"${revision}" is neither a commit SHA nor a branch name`);
  }
  const tracking = `refs/remotes/origin/${branch}`;
  const local = readers.git ? (await readers.git.resolve([tracking])).get(tracking) : undefined;
  if (local) return { sha: local, branch, via: tracking };
  const github = await readers.github();
  try {
    const { data } = await github.rest.git.getRef({ owner: readers.owner, repo: readers.repo, ref: `heads/${branch}` });
    if (data.ref !== `refs/heads/${branch}` || data.object.type !== 'commit' || !SHA.test(data.object.sha)) {
      throw new Error(`the API answered ${data.ref} (${data.object.type})`);
    }
    return { sha: data.object.sha, branch, via: 'REST API' };
  } catch (error) {
    const why = statusOf(error) === 404 ? 'no such branch' : error instanceof Error ? error.message : String(error);
    throw new Error(`resolving branch ${branch} of ${readers.owner}/${readers.repo} to a commit failed: ${why}`, { cause: error });
  }
}
