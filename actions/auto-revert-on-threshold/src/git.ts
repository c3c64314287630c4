/**
 * Track 2: bring the base branch back in line with production. The revert is made in a temporary
 * worktree of the caller's checkout at the remote's tip of the base branch, so the checkout itself
 * is never touched; it is pushed to a branch of its own (or, where the policy allows, straight to
 * the base branch). Never a force push, never a rewritten commit: a rejected push is reported, a
 * conflict is aborted before anything is pushed.
 *
 * git runs through action-kit's `runProcess` (`@actions/exec`, argument arrays, silent) with the
 * options and environment every action's git uses (`SAFE_GIT_OPTIONS`, `safeGitEnv`): what an
 * earlier step left in the environment or the checkout's configuration cannot change what is
 * read, reverted or pushed.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAFE_GIT_OPTIONS, runProcess, safeGitEnv } from '@change-actions/action-kit';
import { revertBranch, revertMessage, type RevertSubject } from '@change-actions/rollback';

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

const IDENTITY = {
  GIT_AUTHOR_NAME: 'github-actions[bot]',
  GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
  GIT_COMMITTER_NAME: 'github-actions[bot]',
  GIT_COMMITTER_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
};

/**
 * Credentials for fetch and push over HTTPS, the way actions/checkout gives them (an
 * `http.<server>/.extraheader`), but through the environment of each git call: never on a command
 * line, never written to the checkout's config. Set once from the token input.
 */
let credentials: Record<string, string> = {};

export function useToken(server: string | undefined, token: string): void {
  if (!server || !token) return;
  credentials = {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${server.replace(/\/+$/, '')}/.extraheader`,
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`,
  };
}

/** How long a call that talks to the remote (fetch, ls-remote, push) may take before it is stopped. */
const NETWORK_TIMEOUT_MS = 60_000;
const NETWORK_COMMANDS = new Set(['fetch', 'ls-remote', 'push']);

/**
 * One git call in `cwd`. `checkout` is the caller's repository, named as a safe directory with
 * `cwd` (a temporary worktree keeps its objects there): without global configuration, that is
 * the entry actions/checkout would have given (a container job's workspace belongs to another
 * user). Hooks and signing are off: the revert is made by the action, not by the checkout's tools.
 */
async function git(cwd: string, args: string[], checkout: string = cwd): Promise<GitResult> {
  const safe = [...new Set([cwd, checkout])].flatMap((dir) => ['-c', `safe.directory=${dir}`]);
  const result = await runProcess('git', [...SAFE_GIT_OPTIONS, ...safe, '-c', 'core.hooksPath=/dev/null', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    env: { ...safeGitEnv(), ...credentials, ...IDENTITY, GIT_EDITOR: 'true' },
    ...(NETWORK_COMMANDS.has(args[0]!) ? { timeoutMs: NETWORK_TIMEOUT_MS } : {}),
  });
  const stdout = result.stdout.toString('utf8');
  const stderr = result.stderr.toString('utf8');
  if (result.spawnError !== undefined) return { code: 127, stdout, stderr: `git could not be run: ${result.spawnError}` };
  if (result.killed) return { code: 124, stdout, stderr: `${stderr}\ngit ${args[0]} did not finish within ${NETWORK_TIMEOUT_MS / 1000} s and was stopped` };
  return { code: result.exitCode ?? 1, stdout, stderr };
}

async function ok(cwd: string, args: string[], checkout: string = cwd): Promise<string> {
  const r = await git(cwd, args, checkout);
  if (r.code !== 0) throw new Error(`git ${args.join(' ')} failed (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
  return r.stdout.trim();
}

export type RevertOutcome =
  | { outcome: 'pushed' | 'pull-request-branch'; branch: string; sha: string; existed: boolean; message: string }
  | { outcome: 'conflict'; reason: string; files: string[] }
  | { outcome: 'not-attempted' | 'failed'; reason: string }
  | { outcome: 'dry-run'; branch: string; message: string };

export interface RevertRequest {
  repository: string;
  sha: string;
  baseBranch: string;
  directPush: boolean;
  reason: string;
  targetVersionId: string;
  incident: number | null;
  dryRun: boolean;
}

export async function revertOnBase(request: RevertRequest): Promise<RevertOutcome> {
  const { repository: repo, sha, baseBranch } = request;
  const remoteBase = `refs/remotes/origin/${baseBranch}`;
  const fetched = await git(repo, ['fetch', '--no-tags', '--quiet', 'origin', `+refs/heads/${baseBranch}:${remoteBase}`]);
  if (fetched.code !== 0) return { outcome: 'failed', reason: `git fetch of ${baseBranch} from origin failed: ${fetched.stderr.trim().split('\n').at(-1) ?? ''}` };
  const present = await git(repo, ['cat-file', '-e', `${sha}^{commit}`]);
  if (present.code !== 0) {
    const again = await git(repo, ['fetch', '--no-tags', '--quiet', 'origin', sha]);
    if (again.code !== 0) return { outcome: 'not-attempted', reason: `the root-cause commit ${sha.slice(0, 12)} is not in the repository` };
  }
  const ancestor = await git(repo, ['merge-base', '--is-ancestor', sha, remoteBase]);
  if (ancestor.code !== 0) return { outcome: 'not-attempted', reason: `${sha.slice(0, 12)} is not on ${baseBranch}: there is nothing on ${baseBranch} to revert` };
  // Already reverted on the base (a rerun after a direct push, or a person was faster).
  const reverted = await ok(repo, ['log', '--format=%H', `--grep=This reverts commit ${sha}`, '--fixed-strings', `${sha}..${remoteBase}`]);
  if (reverted) return { outcome: 'pushed', branch: baseBranch, sha: reverted.split('\n')[0]!, existed: true, message: '' };

  const branch = revertBranch(sha);
  if (!request.directPush) {
    // A rerun: the branch an earlier run pushed already holds the revert.
    const remote = await git(repo, ['ls-remote', '--exit-code', 'origin', `refs/heads/${branch}`]);
    if (remote.code === 0) {
      const tip = remote.stdout.split(/\s/)[0]!;
      return { outcome: 'pull-request-branch', branch, sha: tip, existed: true, message: '' };
    }
  }
  const parents = (await ok(repo, ['rev-list', '--parents', '-n', '1', sha])).split(' ').slice(1);
  const subject: RevertSubject = { sha, message: await ok(repo, ['log', '-1', '--format=%B', sha]), parents };
  const message = revertMessage({ subject, reason: request.reason, targetVersionId: request.targetVersionId, incident: request.incident, baseBranch });
  if (request.dryRun) return { outcome: 'dry-run', branch: request.directPush ? baseBranch : branch, message };

  const dir = await mkdtemp(join(tmpdir(), 'auto-revert-'));
  const tree = join(dir, 'tree');
  try {
    await ok(repo, ['worktree', 'add', '--detach', '--quiet', tree, remoteBase]);
    const args = ['revert', '--no-commit', ...(parents.length > 1 ? ['-m', '1'] : []), sha];
    const reverting = await git(tree, args, repo);
    if (reverting.code !== 0) {
      const files = (await git(tree, ['diff', '--name-only', '--diff-filter=U'], repo)).stdout.split('\n').filter(Boolean);
      await git(tree, ['revert', '--abort'], repo);
      return { outcome: 'conflict', files, reason: `git revert of ${sha.slice(0, 12)} conflicts with what ${baseBranch} holds now${files.length ? ` (${files.slice(0, 10).join(', ')})` : ''}: nothing was pushed; a person reverts it by hand` };
    }
    const file = join(dir, 'message');
    await writeFile(file, message);
    await ok(tree, ['commit', '--quiet', '--cleanup=verbatim', '-F', file], repo);
    const made = await ok(tree, ['rev-parse', 'HEAD'], repo);
    const destination = request.directPush ? `refs/heads/${baseBranch}` : `refs/heads/${branch}`;
    // Never --force: a base that moved meanwhile rejects the push, and nothing is overwritten.
    const pushed = await git(tree, ['push', '--quiet', 'origin', `${made}:${destination}`], repo);
    if (pushed.code !== 0) {
      const said = pushed.stderr.split('\n').filter((l) => /^remote:|rejected|error:/.test(l)).map((l) => l.trim()).slice(0, 6).join(' ');
      return { outcome: 'failed', reason: `git push to ${destination.replace('refs/heads/', '')} was refused (nothing was forced): ${said || `exit ${pushed.code}`}` };
    }
    return { outcome: request.directPush ? 'pushed' : 'pull-request-branch', branch: request.directPush ? baseBranch : branch, sha: made, existed: false, message };
  } finally {
    await git(repo, ['worktree', 'remove', '--force', tree]);
    await rm(dir, { recursive: true, force: true });
  }
}

/** The commit a ref names in the checkout, or undefined when it has none (no checkout, no such ref). */
export async function resolveRef(repo: string, ref: string): Promise<string | undefined> {
  const r = await git(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  return r.code === 0 ? r.stdout.trim() : undefined;
}

/** Brings the remote's base branch into refs/remotes/origin/<branch>: the policy is read at the tip. */
export async function fetchBase(repo: string, baseBranch: string): Promise<boolean> {
  const r = await git(repo, ['fetch', '--no-tags', '--quiet', 'origin', `+refs/heads/${baseBranch}:refs/remotes/origin/${baseBranch}`]);
  return r.code === 0;
}
