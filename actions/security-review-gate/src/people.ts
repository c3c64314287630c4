/**
 * GitHub's REST objects turned into the engine's plain data, conservatively: whatever cannot be
 * tied to an account by id stays unknown (`null`), which can only withhold an approval.
 */
import type { Account, Actor, Commit, Review, ReviewState } from '@change-actions/gate';

interface RestUser {
  id?: unknown;
  login?: unknown;
  type?: unknown;
}

/** An account by id, or null when the object names none (an email GitHub could not match). */
export function accountOf(user: RestUser | null | undefined): Account | null {
  if (user === null || user === undefined) return null;
  const { id, login } = user;
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 && typeof login === 'string' ? { id, login } : null;
}

/** An account with its type; any type but User or Organization is treated as a bot (bots never approve). */
export function actorOf(user: RestUser | null | undefined): Actor | null {
  const account = accountOf(user);
  if (account === null) return null;
  const type = user?.type === 'User' || user?.type === 'Organization' ? user.type : 'Bot';
  return { ...account, type };
}

const NOREPLY = /^(\d+)\+([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))@users\.noreply\.github\.com$/i;

/**
 * The accounts of a commit message's `Co-authored-by:` trailers. Only GitHub's no-reply form
 * `ID+login@users.noreply.github.com` names an account by id; any other email could be anyone's,
 * so it is `null`. Every such line counts, wherever it stands in the message: reading more lines
 * as co-authors can only exclude more approvers.
 */
export function coAuthorsOf(message: string): (Account | null)[] {
  const found: (Account | null)[] = [];
  for (const line of message.split(/\r\n|\r|\n/)) {
    const trailer = /^\s*co-authored-by\s*:(.*)$/i.exec(line);
    if (trailer === null) continue;
    const email = /<([^<>]*)>\s*$/.exec(trailer[1] ?? '')?.[1]?.trim() ?? '';
    const noreply = NOREPLY.exec(email);
    found.push(noreply ? { id: Number(noreply[1]), login: noreply[2] ?? '' } : null);
  }
  return found;
}

interface RestCommit {
  sha: string;
  author?: RestUser | null | Record<string, never>;
  committer?: RestUser | null | Record<string, never>;
  commit: { message: string };
}

export function commitOf(commit: RestCommit): Commit {
  const coAuthors = coAuthorsOf(commit.commit.message);
  return {
    sha: commit.sha,
    author: accountOf(commit.author),
    committer: accountOf(commit.committer),
    ...(coAuthors.length > 0 ? { coAuthors } : {}),
  };
}

const reviewStates: readonly ReviewState[] = ['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED', 'PENDING'];

interface RestReview {
  id: number;
  user: RestUser | null;
  state: string;
  commit_id: string | null;
  submitted_at?: string | null;
}

export function reviewOf(review: RestReview): Review {
  const state = review.state.toUpperCase() as ReviewState;
  // A state this action does not know could be a new kind of objection: decide nothing on it.
  if (!reviewStates.includes(state)) throw new Error(`review ${review.id} has the state "${review.state}", which the gate does not know`);
  return {
    id: review.id,
    user: actorOf(review.user),
    state,
    commit_id: review.commit_id ?? null,
    ...(review.submitted_at === undefined ? {} : { submitted_at: review.submitted_at }),
  };
}
