/**
 * Reviews as GitHub counts them, and the approvals among them that the gate may count. Only
 * reviews: the snapshot carries no comments, so "LGTM" or a 👍 never approves anything.
 */
import type { Freshness } from './stale.ts';
import type { Account, Actor, PullRequestSnapshot, Review } from './snapshot.ts';
import { mention } from './text.ts';

/**
 * A reviewer's standing: approved or changes requested. An approval stands with every approval the
 * reviewer gave since their last change request or dismissal, so a later approval on an older
 * commit never takes back an approval of the head.
 */
export interface Standing {
  user: Actor;
  state: 'APPROVED' | 'CHANGES_REQUESTED';
  /** The reviews behind it, oldest first: the approvals in a row, or the one change request. */
  reviews: readonly Review[];
}

/**
 * Each reviewer's standing, GitHub's way: a later approval or change request replaces an earlier
 * one; a comment leaves it as it was; a dismissal leaves nothing; a pending review is not
 * submitted and counts for nothing. The author's own reviews are ignored altogether: GitHub
 * refuses them, and neither their approval nor their objection can be independent.
 */
export function standingReviews(reviews: readonly Review[], author: Account): Standing[] {
  const standing = new Map<number, Standing>();
  for (const review of reviews) {
    const { user, state } = review;
    if (user === null || user.id === author.id) continue;
    const current = standing.get(user.id);
    if (state === 'APPROVED' || state === 'CHANGES_REQUESTED') {
      const earlier = state === 'APPROVED' && current?.state === 'APPROVED' ? current.reviews : [];
      standing.delete(user.id);
      standing.set(user.id, { user, state, reviews: [...earlier, review] });
    } else if (state === 'DISMISSED') {
      standing.delete(user.id);
    }
  }
  return [...standing.values()];
}

/** The people who made the change, by account id, and the commits made by someone unknown. */
export interface Contributors {
  ids: ReadonlySet<number>;
  unknown: readonly string[];
}

export function contributorsOf(snapshot: PullRequestSnapshot): Contributors {
  const ids = new Set([snapshot.author.id]);
  const unknown: string[] = [];
  for (const commit of snapshot.commits) {
    const people = [commit.author, commit.committer, ...(commit.coAuthors ?? [])];
    for (const person of people) if (person !== null) ids.add(person.id);
    if (people.includes(null)) unknown.push(commit.sha);
  }
  return { ids, unknown };
}

export interface Approval {
  user: Actor;
  /** The review shown for it: one on the head if any, else one kept, else the latest. */
  review: Review;
  /** When the reviews that hold for the head were given, oldest first; for a stale approval, when the latest was. */
  given: readonly Date[];
  /** Why the approval counts for nothing at all. */
  excluded?: string;
  /** Why the approval does not hold for the head commit. */
  stale?: string;
  /** Why it holds although given on an earlier commit. */
  kept?: string;
}

export function assessApprovals(
  standing: readonly Standing[],
  contributors: Contributors,
  freshness: (commit: string | null) => Freshness,
): Approval[] {
  const dated = (review: Review) => new Date(review.submitted_at ?? Number.NaN);
  return standing
    .filter((entry) => entry.state === 'APPROVED')
    .map(({ user, reviews }) => {
      const excluded = !isPersonalAccount(user)
        ? 'not a personal account: bots never approve'
        : contributors.ids.has(user.id)
          ? 'a committer or author of commits in the change'
          : undefined;
      const assessed = reviews.map((review) => ({ review, ...freshness(review.commit_id) }));
      const holding = assessed.filter((entry) => entry.stale === undefined);
      const latest = assessed[assessed.length - 1] as (typeof assessed)[number];
      const shown = holding.find((entry) => entry.kept === undefined) ?? holding[holding.length - 1] ?? latest;
      return {
        user,
        review: shown.review,
        given: (holding.length > 0 ? holding : [latest]).map((entry) => dated(entry.review)),
        ...(excluded === undefined ? {} : { excluded }),
        ...(shown.stale === undefined ? {} : { stale: shown.stale }),
        ...(shown.kept === undefined ? {} : { kept: shown.kept }),
      };
    });
}

export function counts(approval: Approval): boolean {
  return approval.excluded === undefined && approval.stale === undefined;
}

/** `@login (why it does not count)`. */
export function notCounted(approval: Approval, why = approval.excluded ?? approval.stale ?? ''): string {
  return `${mention(approval.user)} (${why})`;
}

/** GitHub apps and machine users marked as bots never approve, whatever their type claims. */
export function isPersonalAccount(user: Actor): boolean {
  return user.type === 'User' && !/\[bot\]$/i.test(user.login);
}
