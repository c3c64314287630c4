/**
 * Track 2 on real git with a local bare remote: the revert of a plain, a squash and a merge
 * commit, the message lint-commit accepts, a direct push where the policy allows it, a conflict
 * that pushes nothing, a base that moved (refused, never forced), and a rerun that finds its work.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { lintMessage } from '@change-actions/commit-lint';
import { defaultPolicy } from '@change-actions/policy';
import { TempRepo } from '../../../test/harness/git-repo.ts';
import { revertOnBase, type RevertRequest } from '../src/git.ts';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));

function setup() {
  const remote = mkdtempSync(join(tmpdir(), 'revert-remote-'));
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', remote]);
  const repo = new TempRepo();
  repo.git('remote', 'add', 'origin', remote);
  repo.commit('feat: start\n\nThe service.\n\nFixes: #1\n', { 'src/a.ts': 'export const a = 1;\n', 'src/b.ts': 'export const b = 1;\n' });
  cleanups.push(() => {
    repo.remove();
    rmSync(remote, { recursive: true, force: true });
  });
  const bare = (...args: string[]) => execFileSync('git', args, { cwd: remote, encoding: 'utf8' }).trim();
  return { repo, remote, bare };
}

const request = (repository: string, sha: string, extra: Partial<RevertRequest> = {}): RevertRequest => ({
  repository,
  sha,
  baseBranch: 'main',
  directPush: false,
  reason: 'error rate > 5 %: 20 of 20 answers were 5xx',
  targetVersionId: '600d0000-0000-4000-8000-000000000001',
  incident: 7,
  dryRun: false,
  ...extra,
});

function expectLints(message: string): void {
  const lint = lintMessage(message, defaultPolicy.commits);
  expect(lint.errors, JSON.stringify(lint.errors)).toEqual([]);
}

describe('the revert on the base branch', () => {
  test('a squash commit: reverted as the ordinary commit it is, on revert/<sha>, main untouched', async () => {
    const { repo, bare } = setup();
    const bad = repo.commit('feat: raise the limit (#12)\n\n* feat: raise it\n* test: cover it\n\nFixes: #12\n', { 'src/a.ts': 'export const a = 2;\n' });
    repo.git('push', '-q', 'origin', 'main');
    const r = await revertOnBase(request(repo.dir, bad));
    expect(r).toMatchObject({ outcome: 'pull-request-branch', branch: `revert/${bad.slice(0, 12)}`, existed: false });
    const sha = (r as { sha: string }).sha;
    expect(bare('rev-parse', 'main')).toBe(bad);
    expect(bare('show', `${sha}:src/a.ts`)).toBe('export const a = 1;');
    expect(bare('rev-list', '--parents', '-n', '1', sha).split(' ')).toEqual([sha, bad]);
    const message = bare('log', '-1', '--format=%B', sha);
    expect(message.split('\n')[0]).toBe('fix: revert "feat: raise the limit (#12)"');
    expect(message).toContain(`This reverts commit ${bad}.`);
    expect(message.endsWith('Fixes: #7')).toBe(true);
    expectLints(`${message}\n`);
    // The checkout itself was not touched: no worktree left, HEAD where it was.
    expect(repo.git('worktree', 'list').split('\n')).toHaveLength(1);
    expect(repo.head()).toBe(bad);
  });

  test('a merge commit: reverted against its first parent, titled by the pull request', async () => {
    const { repo, bare } = setup();
    repo.git('checkout', '-q', '-b', 'feature');
    repo.commit('feat: one\n\nOne.\n', { 'src/b.ts': 'export const b = 2;\n' });
    repo.commit('feat: two\n\nTwo.\n', { 'src/c.ts': 'export const c = 2;\n' });
    repo.git('checkout', '-q', 'main');
    repo.commit('docs: unrelated\n\nOn main meanwhile.\n', { 'README.md': '# r\n' });
    repo.git('merge', '--no-ff', '-q', '-m', 'Merge pull request #13 from maelstrom/feature\n\nfeat: add the second limiter', 'feature');
    const merge = repo.head();
    repo.git('push', '-q', 'origin', 'main');
    const r = await revertOnBase(request(repo.dir, merge));
    const sha = (r as { sha: string }).sha;
    expect(r.outcome).toBe('pull-request-branch');
    expect(bare('show', `${sha}:src/b.ts`)).toBe('export const b = 1;');
    expect(() => bare('show', `${sha}:src/c.ts`)).toThrow();
    expect(bare('show', `${sha}:README.md`)).toBe('# r');
    const message = bare('log', '-1', '--format=%B', sha);
    expect(message.split('\n')[0]).toBe('fix: revert "feat: add the second limiter"');
    expect(message).toContain(`This reverts commit ${merge}, reversing changes made to ${repo.git('rev-parse', `${merge}^1`)}.`);
    expectLints(`${message}\n`);
  });

  test('direct push where the policy allows it; a rerun finds the revert on main and does nothing', async () => {
    const { repo, bare } = setup();
    const bad = repo.commit('feat: raise the limit\n\nMore.\n', { 'src/a.ts': 'export const a = 2;\n' });
    repo.git('push', '-q', 'origin', 'main');
    const r = await revertOnBase(request(repo.dir, bad, { directPush: true }));
    expect(r).toMatchObject({ outcome: 'pushed', branch: 'main', existed: false });
    expect(bare('rev-parse', 'main')).toBe((r as { sha: string }).sha);
    expect(bare('rev-parse', 'main~1')).toBe(bad);
    const again = await revertOnBase(request(repo.dir, bad, { directPush: true }));
    expect(again).toMatchObject({ outcome: 'pushed', existed: true, sha: (r as { sha: string }).sha });
    expect(bare('rev-list', '--count', 'main')).toBe('3');
  });

  test('a rerun finds the revert branch it pushed', async () => {
    const { repo } = setup();
    const bad = repo.commit('feat: raise the limit\n\nMore.\n', { 'src/a.ts': 'export const a = 2;\n' });
    repo.git('push', '-q', 'origin', 'main');
    const first = await revertOnBase(request(repo.dir, bad));
    const again = await revertOnBase(request(repo.dir, bad));
    expect(again).toMatchObject({ outcome: 'pull-request-branch', existed: true, sha: (first as { sha: string }).sha });
  });

  test('a conflict: aborted, nothing pushed, the files named', async () => {
    const { repo, bare } = setup();
    const bad = repo.commit('feat: raise the limit\n\nMore.\n', { 'src/a.ts': 'export const a = 2;\n' });
    repo.commit('feat: and again\n\nEven more.\n', { 'src/a.ts': 'export const a = 3;\n' });
    repo.git('push', '-q', 'origin', 'main');
    const before = bare('for-each-ref');
    const r = await revertOnBase(request(repo.dir, bad));
    expect(r).toMatchObject({ outcome: 'conflict', files: ['src/a.ts'] });
    expect((r as { reason: string }).reason).toMatch(/nothing was pushed/);
    expect(bare('for-each-ref')).toBe(before);
    expect(repo.git('worktree', 'list').split('\n')).toHaveLength(1);
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  test('a push the remote refuses (a protected base branch): reported, main unchanged, nothing forced', async () => {
    const { repo, remote, bare } = setup();
    const bad = repo.commit('feat: raise the limit\n\nMore.\n', { 'src/a.ts': 'export const a = 2;\n' });
    repo.git('push', '-q', 'origin', 'main');
    execFileSync('sh', ['-c', "printf '#!/bin/sh\\necho protected branch >&2\\nexit 1\\n' > hooks/pre-receive && chmod +x hooks/pre-receive"], { cwd: remote });
    const r = await revertOnBase(request(repo.dir, bad, { directPush: true }));
    expect(r.outcome).toBe('failed');
    expect((r as { reason: string }).reason).toMatch(/refused \(nothing was forced\)[^]*protected branch/);
    expect(bare('rev-parse', 'main')).toBe(bad);
  });

  test('not on the base branch: nothing to revert', async () => {
    const { repo } = setup();
    repo.git('push', '-q', 'origin', 'main');
    repo.git('checkout', '-q', '-b', 'elsewhere');
    const off = repo.commit('feat: elsewhere\n\nNot merged.\n', { 'src/x.ts': 'x\n' });
    const r = await revertOnBase(request(repo.dir, off));
    expect(r).toMatchObject({ outcome: 'not-attempted' });
  });

  test('dry run: the message, no push', async () => {
    const { repo, bare } = setup();
    const bad = repo.commit('feat: raise the limit\n\nMore.\n', { 'src/a.ts': 'export const a = 2;\n' });
    repo.git('push', '-q', 'origin', 'main');
    const r = await revertOnBase(request(repo.dir, bad, { dryRun: true }));
    expect(r).toMatchObject({ outcome: 'dry-run', branch: `revert/${bad.slice(0, 12)}` });
    expect(bare('for-each-ref', '--format=%(refname)')).toBe('refs/heads/main');
  });
});
