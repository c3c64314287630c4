export { Deadline, DeadlineError } from './deadline.ts';
export { UserError, messageOf, statusOf } from './errors.ts';
export { readEvent, type WorkflowEvent } from './event.ts';
export { Git, GitError, SAFE_GIT_OPTIONS, parseCommit, safeGitEnv, type GitCommit, type GitDiff, type GitDiffEntry } from './git.ts';
export * as inputs from './inputs.ts';
export { loadPolicy, describePolicySource, type LoadedPolicy, type PolicyLocation, type PolicyOrigin } from './policy.ts';
export { isCommitSha, resolveRevision, type ResolvedRevision, type RevisionReaders } from './refs.ts';
export { html, printUntrusted } from './report.ts';
export { Outputs, runAction } from './run.ts';
