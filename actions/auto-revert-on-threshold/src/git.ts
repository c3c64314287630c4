/**
 * Track 2: bring the base branch back in line with production. The revert is made in a temporary
 * worktree of the caller's checkout at the remote's tip of the base branch, so the checkout itself
 * is never touched; it is pushed to a branch of its own (or, where the policy allows, straight to
 * the base branch). Never a force push, never a rewritten commit: a rejected push is reported, a
 * conflict is aborted before anything is pushed.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

function git(cwd: string, args: string[], timeoutMs = 60_000): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-c', 'core.hooksPath=/dev/null', '-c', 'commit.gpgsign=false', ...args],
      { cwd, env: { ...process.env, ...credentials, ...IDENTITY, GIT_TERMINAL_PROMPT: '0', GIT_EDITOR: 'true' }, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout: String(stdout), stderr: String(stderr) }),
    );
  });
}

async function ok(cwd: string, args: string[]): Promise<string> {
  const r = await git(cwd, args);
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
    const reverting = await git(tree, args);
    if (reverting.code !== 0) {
      const files = (await git(tree, ['diff', '--name-only', '--diff-filter=U'])).stdout.split('\n').filter(Boolean);
      await git(tree, ['revert', '--abort']);
      return { outcome: 'conflict', files, reason: `git revert of ${sha.slice(0, 12)} conflicts with what ${baseBranch} holds now${files.length ? ` (${files.slice(0, 10).join(', ')})` : ''}: nothing was pushed; a person reverts it by hand` };
    }
    const file = join(dir, 'message');
    await writeFile(file, message);
    await ok(tree, ['commit', '--quiet', '--cleanup=verbatim', '-F', file]);
    const made = await ok(tree, ['rev-parse', 'HEAD']);
    const destination = request.directPush ? `refs/heads/${baseBranch}` : `refs/heads/${branch}`;
    // Never --force: a base that moved meanwhile rejects the push, and nothing is overwritten.
    const pushed = await git(tree, ['push', '--quiet', 'origin', `${made}:${destination}`]);
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
