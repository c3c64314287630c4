/**
 * The change as read from real git repositories: statuses, renames, binary files, odd paths,
 * line numbers of added and removed lines, and the full texts the engine asks for.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { Git } from '@change-actions/action-kit';
import { defaultCommitPolicy } from '@change-actions/policy';
import { TempRepo } from '../../../test/harness/git-repo.ts';
import { describeChange, gatherChange } from '../src/index.ts';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
});

const unreachableApi = async (): Promise<never> => {
  throw new Error('the API must not be called when local git holds the change');
};

function pr(base: string, head: string) {
  return describeChange('pull_request', {
    pull_request: { number: 7, title: 'feat: x', body: 'Because.', labels: [{ name: 'emergency' }], changed_files: 0, commits: 0, base: { sha: base }, head: { sha: head, ref: 'feature/x' } },
  });
}

describe('local git', () => {
  test('statuses, renames, binary files, spaces and unicode in paths, line numbers', async () => {
    const g = new TempRepo();
    repos.push(g);
    const base = g.commit('chore: start\n\nx\n', {
      'src/auth/session.ts': 'export const a = 1;\nexport const b = 2;\nexport const c = 3;\n',
      'docs/old name.md': '# Old\n\nSame text that survives a rename.\nAnd more of it.\nAnd more.\n',
      'logo.png': '\u0000\u0001\u0002binary',
      'gone.txt': 'bye\n',
    });
    g.git('checkout', '-q', '-b', 'feature/x');
    g.git('mv', 'docs/old name.md', 'docs/nouveau-ü.md');
    g.git('rm', '-q', 'gone.txt');
    const head = g.commit('feat: change things\n\nBecause.\n', {
      'src/auth/session.ts': 'export const a = 1;\nexport const b = verify(token);\nexport const c = 3;\nexport const d = 4;\n',
      'logo.png': '\u0000\u0001\u0003binary',
      'wrangler.toml': 'name = "w"\n',
    });
    const gathered = await gatherChange({ owner: 'o', repo: 'r', git: new Git(g.dir), github: unreachableApi }, pr(base, head), defaultCommitPolicy, (paths) =>
      paths.filter((p) => p.endsWith('.toml') || p.endsWith('.ts')),
    );
    expect(gathered.via).toBe('local git');
    const byPath = Object.fromEntries(gathered.snapshot.files.map((f) => [f.path, f]));
    expect(Object.keys(byPath).sort()).toEqual(['docs/nouveau-ü.md', 'gone.txt', 'logo.png', 'src/auth/session.ts', 'wrangler.toml']);
    expect(byPath['docs/nouveau-ü.md']).toMatchObject({ status: 'renamed', previousPath: 'docs/old name.md', binary: false });
    expect(byPath['gone.txt']).toMatchObject({ status: 'removed', deletions: [{ line: 1, text: 'bye' }] });
    // Read as text whatever git calls it: a NUL byte cannot hide a line from the scan.
    expect(byPath['logo.png']).toMatchObject({ status: 'modified', binary: true, additions: [{ line: 1, text: '\u0000\u0001\u0003binary' }], deletions: [{ line: 1, text: '\u0000\u0001\u0002binary' }] });
    expect(byPath['src/auth/session.ts']).toMatchObject({
      status: 'modified',
      deletions: [{ line: 2, text: 'export const b = 2;' }],
      additions: [
        { line: 2, text: 'export const b = verify(token);' },
        { line: 4, text: 'export const d = 4;' },
      ],
      before: 'export const a = 1;\nexport const b = 2;\nexport const c = 3;\n',
    });
    expect(byPath['wrangler.toml']).toMatchObject({ status: 'added', after: 'name = "w"\n' });
    expect(byPath['wrangler.toml']!.before).toBeUndefined();
    expect(gathered.snapshot.commits).toEqual([{ sha: head, header: 'feat: change things', type: 'feat', breaking: false }]);
    expect(gathered.snapshot).toMatchObject({ event: 'pull_request', branch: 'feature/x', labels: ['emergency'], title: 'feat: x' });
  });

  test('a pull request diff starts at the merge base, not at the moved base tip', async () => {
    const g = new TempRepo();
    repos.push(g);
    const fork = g.commit('chore: start\n\nx\n', { 'a.txt': 'a\n' });
    g.git('checkout', '-q', '-b', 'feature/x');
    const head = g.commit('fix: b\n\nwhy\n', { 'b.txt': 'b\n' });
    g.git('checkout', '-q', 'main');
    const movedBase = g.commit('chore: c\n\nwhy\n', { 'c.txt': 'c\n' });
    const gathered = await gatherChange({ owner: 'o', repo: 'r', git: new Git(g.dir), github: unreachableApi }, pr(movedBase, head), defaultCommitPolicy, () => []);
    expect(gathered.diffBase).toBe(fork);
    expect(gathered.snapshot.files.map((f) => f.path)).toEqual(['b.txt']);
  });

  test('breaking commits are told by ! or a BREAKING CHANGE footer', async () => {
    const g = new TempRepo();
    repos.push(g);
    const base = g.commit('chore: start\n\nx\n');
    const a = g.commit('feat: drop v1\n\nThe v1 API is gone.\n\nBREAKING CHANGE: v1 clients must move to v2\n', { 'a.txt': 'a' });
    const gathered = await gatherChange({ owner: 'o', repo: 'r', git: new Git(g.dir), github: unreachableApi }, describeChange('push', { before: base, after: a, ref: 'refs/heads/main', head_commit: { message: 'feat: drop v1' } }), defaultCommitPolicy, () => []);
    expect(gathered.snapshot.commits[0]).toMatchObject({ type: 'feat', breaking: true });
  });
});

describe('events', () => {
  test.each([
    ['issues', {}, /event "issues" names no change; accepted: pull_request/],
    ['push', { deleted: true, before: 'a'.repeat(40), after: '0'.repeat(40) }, /deleted a branch/],
  ])('%s is refused with what is accepted', (name, payload, message) => {
    expect(() => describeChange(name, payload)).toThrow(message);
  });
});
