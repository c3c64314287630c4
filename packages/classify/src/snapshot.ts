/**
 * The snapshot: everything the engine knows about a change, gathered by an adapter (GitHub API or
 * local git) before `classify` runs. Plain data only, so a snapshot can be written as a test table.
 */
import type { CommitType } from '@change-actions/policy';

export type EventKind = 'pull_request' | 'push' | 'merge_group' | 'workflow_dispatch';

/** The commit types of the procedure's "Git Commit Messages" section (the policy names them). */
export { commitTypes, type CommitType } from '@change-actions/policy';

/** A commit header as `lint-commit` read it. */
export interface CommitHeader {
  sha: string;
  header: string;
  /** The type `lint-commit` found; absent when the header did not lint. */
  type?: CommitType;
  /** `type!:` or a `BREAKING CHANGE:` footer. */
  breaking: boolean;
}

/** One line of a diff; `line` is 1-based, in the new file for additions and the old file for deletions. */
export interface DiffLine {
  line: number;
  text: string;
}

export type FileStatus = 'added' | 'modified' | 'removed' | 'renamed' | 'copied';

/**
 * A changed file. Paths are repository-relative with `/` separators. `before` and `after` are only
 * expected for the files `filesNeedingContent` names: `before` is the text at `previousPath` for a
 * rename, absent for an added file; `after` is absent for a removed file. A copied file is read
 * as an added one.
 */
export interface ChangedFile {
  path: string;
  /** The old path of a rename or the source of a copy. */
  previousPath?: string;
  status: FileStatus;
  binary: boolean;
  additions?: readonly DiffLine[];
  deletions?: readonly DiffLine[];
  /** The diff lines given are incomplete (GitHub omits the patch of a large file). */
  diffTruncated?: boolean;
  before?: string;
  after?: string;
  /** Either side is a symbolic link: the path serves another file's content. */
  symlink?: boolean;
  /** Either side is a submodule (a gitlink): third-party code pinned by commit. */
  submodule?: boolean;
}

export interface ChangeSnapshot {
  /** The event the change came with; the gatherer fills the other fields accordingly (a push has no labels). */
  event: EventKind;
  /** Labels of the pull request (empty for a push). */
  labels: readonly string[];
  /** Head ref of the pull request, or the pushed branch, without `refs/heads/`. */
  branch: string;
  /** Pull request title (or the head commit's header for a push). */
  title: string;
  /** Pull request body (or the head commit's body for a push). */
  body: string;
  commits: readonly CommitHeader[];
  files: readonly ChangedFile[];
  /** The file list is incomplete (GitHub lists at most 3,000 files of a pull request, 300 of a compare). */
  filesTruncated?: boolean;
}
