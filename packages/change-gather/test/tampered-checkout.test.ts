/**
 * A checkout the change under review, or an earlier step, can write into: type changes that shift
 * patch sections, in-tree attributes that turn diffs off, replace refs, repository configuration
 * and GIT_* variables. None of it may change what the gatherer reads.
 */
import { symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { Git } from '@change-actions/action-kit';
import { classify, defaultClassifyPolicy, filesNeedingContent } from '@change-actions/classify';
import { defaultCommitPolicy } from '@change-actions/policy';
import { TempRepo } from '../../../test/harness/git-repo.ts';
import { describeChange, gatherChange } from '../src/index.ts';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
  delete process.env['GIT_DIFF_OPTS'];
  delete process.env['GIT_REPLACE_REF_BASE'];
});

const unreachableApi = async (): Promise<never> => {
  throw new Error('the API must not be called when local git holds the change');
};

function pr(base: string, head: string) {
  return describeChange('pull_request', {
    pull_request: { number: 7, title: 'fix: x', body: '', labels: [], changed_files: 0, commits: 0, base: { sha: base }, head: { sha: head, ref: 'fix/x' } },
  });
}

async function gather(g: TempRepo, base: string, head: string) {
  const change = await gatherChange({ owner: 'o', repo: 'r', git: new Git(g.dir), github: unreachableApi }, pr(base, head), defaultCommitPolicy, (paths) =>
    filesNeedingContent(defaultClassifyPolicy, paths),
  );
  return { change, byPath: Object.fromEntries(change.snapshot.files.map((f) => [f.path, f])) };
}

describe('a tampered checkout', () => {
  test('a symlink that becomes a file does not shift later files\' lines onto the wrong file', async () => {
    const g = new TempRepo();
    repos.push(g);
    g.write('a.ts', 'export const a = 1;\n');
    symlinkSync('a.ts', join(g.dir, 'b-link.ts'));
    const base = g.commit('chore: start\n', { 'c.ts': 'export const c = 1;\n' });
    unlinkSync(join(g.dir, 'b-link.ts'));
    const head = g.commit('fix: x\n', { 'b-link.ts': 'export const b = 2;\n', 'c.ts': 'if (!isAdmin(user)) return deny();\n' });
    const { change, byPath } = await gather(g, base, head);
    expect(byPath['b-link.ts']).toMatchObject({ symlink: true, additions: [{ line: 1, text: 'export const b = 2;' }], deletions: [{ line: 1, text: 'a.ts' }] });
    expect(byPath['c.ts']).toMatchObject({ additions: [{ line: 1, text: 'if (!isAdmin(user)) return deny();' }] });
    const record = classify(defaultClassifyPolicy, change.snapshot, new Date('2026-03-31T10:00:00Z'));
    expect(record.triggers.map((t) => t.rule)).toEqual(expect.arrayContaining(['content.symlink', 'authentication.content']));
    expect(record.triggers.find((t) => t.rule === 'authentication.content')?.evidence[0]?.file).toBe('c.ts');
  });

  test('attributes, replace refs, configuration and GIT_* variables change nothing that is read', async () => {
    const g = new TempRepo();
    repos.push(g);
    const base = g.commit('chore: start\n', { 'src/handler.ts': 'export const open = true;\n', 'package.json': '{"dependencies":{}}\n' });
    const head = g.commit('fix: x\n', {
      '.gitattributes': 'src/** -diff\npackage.json binary\n',
      'src/handler.ts': 'export const open = true;\nif (request.headers.get("cf-connecting-ip") === ADMIN_IP) return next();\n',
      'package.json': '{"dependencies":{"left-pad":"1.3.0"}}\n',
    });
    // An earlier step: a decoy commit replacing the head, repository configuration, attributes, variables.
    const decoy = g.git('commit-tree', `${base}^{tree}`, '-p', base, '-m', 'fix: nothing');
    g.git('replace', head, decoy);
    // A graft that cuts the head off its history (no merge base left), which --no-replace-objects keeps.
    writeFileSync(join(g.dir, '.git', 'info', 'grafts'), `${head}\n`);
    g.git('config', 'diff.noprefix', 'true');
    g.git('config', 'diff.relative', 'true');
    g.git('config', 'core.bigFileThreshold', '1');
    g.git('config', 'diff.orderFile', '.git/order');
    writeFileSync(join(g.dir, '.git', 'info', 'attributes'), '* -diff\n');
    process.env['GIT_DIFF_OPTS'] = '--unified=5';
    process.env['GIT_REPLACE_REF_BASE'] = 'refs/replace/';
    const { change, byPath } = await gather(g, base, head);
    expect(Object.keys(byPath).sort()).toEqual(['.gitattributes', 'package.json', 'src/handler.ts']);
    expect(byPath['src/handler.ts']?.additions).toEqual([{ line: 2, text: 'if (request.headers.get("cf-connecting-ip") === ADMIN_IP) return next();' }]);
    expect(byPath['src/handler.ts']?.diffTruncated).toBeUndefined();
    const record = classify(defaultClassifyPolicy, change.snapshot, new Date('2026-03-31T10:00:00Z'));
    expect(record.triggers.map((t) => t.rule)).toEqual(expect.arrayContaining(['authentication.content', 'content.gitattributes', 'dependencies.new']));
  });

  test('a submodule is third-party code', async () => {
    const g = new TempRepo();
    repos.push(g);
    const base = g.commit('chore: start\n', { 'a.txt': 'a\n' });
    g.git('update-index', '--add', '--cacheinfo', `160000,${base},vendor/lib`);
    g.git('commit', '-q', '-m', 'chore: add lib');
    const head = g.head();
    const { change, byPath } = await gather(g, base, head);
    expect(byPath['vendor/lib']).toMatchObject({ submodule: true });
    const record = classify(defaultClassifyPolicy, change.snapshot, new Date('2026-03-31T10:00:00Z'));
    expect(record.triggers.map((t) => t.rule)).toContain('dependencies.submodule');
  });
});
