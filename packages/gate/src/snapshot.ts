/**
 * The pull request snapshot: everything the gate knows about a pull request, gathered by the
 * action from the GitHub REST API before `evaluateGate` runs. Plain data only, so a snapshot can be
 * written as a test table.
 *
 * It holds no policy: the action reads the policy from the base branch and passes it separately,
 * so nothing in the pull request can weaken its own gate. It holds no issue or review comments
 * either: "LGTM" or a 👍 is not a review, and only reviews approve.
 */
import type { Permission } from '@change-actions/policy';

/** A GitHub account, identified by its numeric id; the login is only for people reading the result. */
export interface Account {
  id: number;
  login: string;
}

export type AccountType = 'User' | 'Bot' | 'Organization';

/** An account with its type, as GitHub's `user` objects give it. */
export interface Actor extends Account {
  type: AccountType;
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

/**
 * A pull request review, with GitHub's own field names so the action copies it field by field.
 * Reviews are given in the order GitHub lists them (oldest first), every page of them.
 */
export interface Review {
  id: number;
  /** `null` for a deleted account: such a review counts for nothing. */
  user: Actor | null;
  state: ReviewState;
  /** The head SHA the reviewer saw. */
  commit_id: string | null;
  /** ISO 8601; absent or `null` only for a pending (unsubmitted) review. */
  submitted_at?: string | null;
}

/**
 * A commit of the pull request. `null` stands for an email that maps to no GitHub account: such a
 * commit could be anyone's, so no approver can be shown independent of it.
 */
export interface Commit {
  sha: string;
  author: Account | null;
  committer: Account | null;
  /** Accounts of the commit's `Co-authored-by` trailers. */
  coAuthors?: readonly (Account | null)[];
}

/** A label of the pull request and, when the timeline says so, who added it. */
export interface Label {
  name: string;
  addedBy?: Account | null;
  /** ISO 8601: when the label was last added (a removal and re-adding counts from the re-adding); absent when the timeline was not read. */
  addedAt?: string;
}

export type FileStatus = 'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface ChangedFile {
  path: string;
  status: FileStatus;
}

/** A collaborator's permission on the repository, as `role_name` names it. */
export type { Permission };

/** What the action found out about one reviewer. */
export interface Person {
  permission: Permission;
  /**
   * The reviewer's membership of each team the policy names (`org/team-slug`), as the membership
   * endpoint answers it; a team left out means no membership. Only `active` counts.
   */
  teams: Readonly<Record<string, 'active' | 'pending'>>;
}

/** The facts about people the policy's roles are decided from. */
export interface Directory {
  /** Every reviewer (and, for `overdue`, every retrospective approver), by user id. */
  people: Readonly<Record<string, Person>>;
  /** The account id of each login the policy names (lower-case), `null` when no account has it. */
  logins: Readonly<Record<string, number | null>>;
}

/**
 * The required status checks on the head commit, excluding the gate's own check: all passed, some
 * still running, one failed, or no check is required at all.
 */
export type RequiredChecks = 'success' | 'pending' | 'failure' | 'none';

export interface PullRequestSnapshot {
  /** `owner/name`, for recognising links into the repository. */
  repository: string;
  number: number;
  author: Actor;
  headSha: string;
  body: string;
  labels: readonly Label[];
  /** Every commit of the pull request, oldest first; the last is the head. */
  commits: readonly Commit[];
  /** GitHub lists at most 250 commits of a pull request: with more, the committers are not all known. */
  commitsTruncated?: boolean;
  /** The files the pull request changes. A partial list can only hide a threat model document. */
  files: readonly ChangedFile[];
  reviews: readonly Review[];
  /**
   * For each reviewed commit that is not the head, the paths (both sides of a rename) that differ
   * between it and the head, or `unknown` when the comparison failed, was truncated, or the head
   * does not descend from it.
   */
  changedSince: Readonly<Record<string, readonly string[] | 'unknown'>>;
  directory: Directory;
  requiredChecks: RequiredChecks;
  /** The paths among `threatModelLinks(...)` that exist in the repository at the head commit. */
  linkedDocuments: readonly string[];
  /**
   * The texts at the head of the threat model documents the pull request changes or links (those
   * that exist), by path. A document whose text is not here has not been read, so it proves nothing.
   */
  documents?: Readonly<Record<string, string>>;
  /** ISO 8601: when the pull request was opened (its branch is fixed from then on). */
  createdAt?: string;
  /** ISO 8601: when the title was last changed, from the timeline; absent when it never was. */
  titleChangedAt?: string;
  /** The retrospective issue already opened for this emergency change, if any. */
  retrospective?: { issue: number; due?: string };
}
