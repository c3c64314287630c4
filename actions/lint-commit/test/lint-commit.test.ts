/**
 * lint-commit run from its bundle the way the runner runs it, on real git repositories and the
 * real webhook payloads of push, pull_request and merge_group.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { webhookExample } from '../../../test/harness/events.ts';
import { TempRepo } from '../../../test/harness/git-repo.ts';
import { repoRoot } from '../../../test/harness/paths.ts';
import { runAction, type RunResult } from '../../../test/harness/run-action.ts';

const GOOD = 'feat: add the health endpoint\n\nThe deploy check needs a route that answers when the Worker is up.\n\nFixes: #12\n';
const GOOD2 = 'fix: count only active team members\n\nPending members were counted as approvers.\n\nFixes: #13\n';
const BAD = 'Fixed stuff\n';

const repos: TempRepo[] = [];
function repo(): TempRepo {
  const r = new TempRepo();
  repos.push(r);
  return r;
}
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
});

interface ResultEntry {
  sha?: string;
  subject: string;
  header: string;
  valid: boolean;
  errors: Array<{ rule: string; message: string }>;
  warnings: Array<{ rule: string }>;
  notes: Array<{ rule: string }>;
}
const results = (r: RunResult) => JSON.parse(r.outputs['results'] ?? 'null') as ResultEntry[];

function pushEvent(before: string, after: string, commits: Array<{ id: string; message: string }>, extra: Record<string, unknown> = {}) {
  const event = webhookExample('push', undefined, (e) => e['ref'] === 'refs/heads/master');
  return Object.assign(event, { ref: 'refs/heads/main', before, after, created: false, deleted: false, forced: false, commits, head_commit: commits.at(-1) ?? null }, extra);
}

function pullRequestEvent(base: string, head: string, count: number, title: string, body: string | null) {
  const event = webhookExample('pull_request', 'opened');
  Object.assign(event['pull_request'], { title, body, commits: count });
  event['pull_request'].base.sha = base;
  event['pull_request'].head.sha = head;
  return event;
}

/** Every command the runner would act on, with the command name. */
const commandsOf = (r: RunResult, name: string) => r.commands.filter((c) => c.command === name);

describe('push', () => {
  test('the payload lists every commit: each is linted from the objects git holds, the bad one fails the step', async () => {
    const g = repo();
    const base = g.commit(GOOD);
    const a = g.commit(GOOD2, { 'a.txt': 'a' });
    const b = g.commit(BAD, { 'b.txt': 'b' });
    const event = pushEvent(base, b, [
      { id: a, message: GOOD2 },
      { id: b, message: BAD },
    ]);
    const r = await runAction({ action: 'lint-commit', eventName: 'push', event, cwd: g.dir });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ valid: 'false', 'invalid-count': '1' });
    const entries = results(r);
    expect(entries.map((e) => [e.sha, e.valid])).toEqual([
      [a, true],
      [b, false],
    ]);
    expect(entries[1]!.errors.map((e) => e.rule)).toEqual(['header-format', 'body-required']);
    const errors = commandsOf(r, 'error');
    expect(errors.filter((c) => c.properties['title']?.startsWith(b.slice(0, 7)))).toHaveLength(2);
    expect(errors.at(-1)!.message).toMatch(/1 of 2 messages do not follow/);
    expect(r.summary).toContain('Commit messages: 1 of 2 need changes');
    expect(r.summary).toContain('Commits from: local git');
    expect(r.summary).toContain(`<code>${b.slice(0, 7)}</code>`);
  });

  test('all good: the step passes and says so', async () => {
    const g = repo();
    const base = g.commit(GOOD);
    const a = g.commit(GOOD2, { 'a.txt': 'a' });
    const r = await runAction({ action: 'lint-commit', eventName: 'push', event: pushEvent(base, a, [{ id: a, message: GOOD2 }]), cwd: g.dir });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ valid: 'true', 'invalid-count': '0' });
    expect(r.summary).toContain('all 1 follow the procedure');
    expect(commandsOf(r, 'error')).toEqual([]);
  });

  test('a force push is read from local git: before..after, not the payload', async () => {
    const g = repo();
    const base = g.commit(GOOD);
    const old = g.commit(GOOD2, { 'x.txt': '1' });
    g.git('reset', '-q', '--hard', base);
    const rewritten = g.commit(BAD, { 'x.txt': '2' });
    // The payload of a force push cannot be trusted to list what is new: give it nothing useful.
    const event = pushEvent(old, rewritten, [], { forced: true });
    const r = await runAction({ action: 'lint-commit', eventName: 'push', event, cwd: g.dir });
    expect(r.exitCode).toBe(1);
    expect(results(r).map((e) => e.sha)).toEqual([rewritten]);
    expect(r.summary).toContain('Commits from: local git');
  });

  test('a new branch brings the commits the default branch does not have', async () => {
    const g = repo();
    const base = g.commit(GOOD);
    g.git('update-ref', 'refs/remotes/origin/main', base);
    g.git('checkout', '-q', '-b', 'feature/x');
    const a = g.commit(GOOD2, { 'a.txt': 'a' });
    const b = g.commit(BAD, { 'b.txt': 'b' });
    const event = pushEvent('0'.repeat(40), b, [{ id: b, message: BAD }], { created: true, ref: 'refs/heads/feature/x' });
    event['repository'].default_branch = 'main';
    const r = await runAction({ action: 'lint-commit', eventName: 'push', event, cwd: g.dir });
    expect(results(r).map((e) => e.sha)).toEqual([a, b]);
    expect(r.exitCode).toBe(1);
  });

  test('a deleted branch has nothing to lint', async () => {
    const g = repo();
    const base = g.commit(GOOD);
    const event = pushEvent(base, '0'.repeat(40), [], { deleted: true });
    const r = await runAction({ action: 'lint-commit', eventName: 'push', event, cwd: g.dir });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ valid: 'true', 'invalid-count': '0', results: '[]' });
    expect(r.summary).toContain('Nothing to lint');
  });
});

describe('pull request and merge queue', () => {
  test('every commit from local git, plus the title and the body', async () => {
    const g = repo();
    const base = g.commit(GOOD);
    g.git('checkout', '-q', '-b', 'feature/x');
    const a = g.commit(GOOD2, { 'a.txt': 'a' });
    const b = g.commit(GOOD, { 'b.txt': 'b' });
    const event = pullRequestEvent(base, b, 2, 'Add the health endpoint', null);
    const r = await runAction({ action: 'lint-commit', eventName: 'pull_request', event, cwd: g.dir });
    const entries = results(r);
    expect(entries.map((e) => e.sha ?? e.subject)).toEqual([a, b, 'pull-request-title', 'pull-request-body']);
    expect(entries.map((e) => e.valid)).toEqual([true, true, false, false]);
    expect(entries[2]!.errors.map((e) => e.rule)).toEqual(['header-format']);
    expect(entries[3]!.errors.map((e) => e.rule)).toEqual(['body-required']);
    expect(entries[3]!.warnings.map((e) => e.rule)).toEqual(['fixes-trailer']);
    expect(r.exitCode).toBe(1);
    expect(r.outputs['invalid-count']).toBe('2');
  });

  test('merge commits in a pull request are told by their parents and exempt by default', async () => {
    const g = repo();
    const base = g.commit(GOOD);
    g.git('checkout', '-q', '-b', 'feature/x');
    g.commit(GOOD2, { 'a.txt': 'a' });
    g.git('checkout', '-q', 'main');
    const mainMoved = g.commit(GOOD, { 'm.txt': 'm' });
    g.git('checkout', '-q', 'feature/x');
    g.git('merge', '-q', '--no-ff', '-m', 'Sync with main', 'main');
    const head = g.head();
    const event = pullRequestEvent(base, head, 3, 'fix: count only active members', 'Pending members were counted.\n\nFixes: #13');
    const r = await runAction({ action: 'lint-commit', eventName: 'pull_request', event, cwd: g.dir });
    const merge = results(r).find((e) => e.sha === head)!;
    expect(merge.valid).toBe(true);
    expect(merge.notes.map((n) => n.rule)).toEqual(['merge-commit']);
    expect(results(r).some((e) => e.sha === mainMoved)).toBe(true);
    expect(r.exitCode).toBe(0);
  });

  test('merge_group lints base_sha..head_sha', async () => {
    const g = repo();
    const base = g.commit(GOOD);
    const a = g.commit(BAD, { 'a.txt': 'a' });
    const event = webhookExample('merge_group', 'checks_requested');
    Object.assign(event['merge_group'], { base_sha: base, head_sha: a });
    const r = await runAction({ action: 'lint-commit', eventName: 'merge_group', event, cwd: g.dir });
    expect(results(r).map((e) => e.sha)).toEqual([a]);
    expect(r.exitCode).toBe(1);
  });
});

describe('the policy comes from the base of the change', () => {
  const strict = 'version: 1\ncommits:\n  rules:\n    fixes-trailer: error\n';
  const lax = 'version: 1\ncommits:\n  rules:\n    header-format: off\n    type-enum: off\n    body-required: off\n    fixes-trailer: off\n';

  test('a pull request that weakens the policy is judged by the base policy', async () => {
    const g = repo();
    const base = g.commit(GOOD, { '.github/change-policy.yml': strict });
    g.git('checkout', '-q', '-b', 'feature/x');
    const a = g.commit('fix: relax the gate\n\nIt was in the way.\n', { '.github/change-policy.yml': lax });
    const event = pullRequestEvent(base, a, 1, 'fix: relax the gate', 'It was in the way.\n\nFixes: #1');
    const r = await runAction({ action: 'lint-commit', eventName: 'pull_request', event, cwd: g.dir });
    expect(results(r)[0]!.errors.map((e) => e.rule)).toEqual(['fixes-trailer']);
    expect(r.exitCode).toBe(1);
    expect(r.summary).toContain(`.github/change-policy.yml at ${base.slice(0, 12)}`);
  });

  test('an invalid base policy fails with the file, line and what is accepted', async () => {
    const g = repo();
    const base = g.commit(GOOD, { '.github/change-policy.yml': 'version: 1\ncommits:\n  rules:\n    body-required: sometimes\n' });
    const a = g.commit(GOOD2, { 'a.txt': 'a' });
    const r = await runAction({ action: 'lint-commit', eventName: 'push', event: pushEvent(base, a, [{ id: a, message: GOOD2 }]), cwd: g.dir });
    expect(r.exitCode).toBe(1);
    const annotation = commandsOf(r, 'error').find((c) => c.properties['title'] === 'Invalid change policy')!;
    expect(annotation.properties).toMatchObject({ file: '.github/change-policy.yml', line: '4' });
    expect(annotation.message).toMatch(/"sometimes" is not accepted; accepted: error, warning, off/);
    expect(r.outputs).toEqual({ valid: 'false', 'invalid-count': '0', results: '[]', 'results-omitted': '0', 'results-file': '' });
  });

  test('input policy-path reads another file, still from the base', async () => {
    const g = repo();
    const base = g.commit(GOOD, { 'policy/custom.yml': strict });
    const a = g.commit('fix: x\n\nBecause.\n', { 'a.txt': 'a' });
    const r = await runAction({ action: 'lint-commit', eventName: 'push', event: pushEvent(base, a, [{ id: a, message: 'fix: x\n\nBecause.\n' }]), cwd: g.dir, inputs: { 'policy-path': 'policy/custom.yml' } });
    expect(results(r)[0]!.errors.map((e) => e.rule)).toEqual(['fixes-trailer']);
  });
});

describe('hostile and odd messages', () => {
  test('workflow commands inside messages never reach the runner', async () => {
    const g = repo();
    const base = g.commit(GOOD);
    const evil = 'fix: x\n\n::add-mask::secret\n::set-output name=valid::true\n::stop-commands::abc\n::error::owned\n%0A::warning::owned2\n\nFixes: #1\n';
    const evilTitle = '::error title=owned::owned3';
    const a = g.commit(evil, { 'a.txt': 'a' });
    const b = g.commit(evilTitle, { 'b.txt': 'b' });
    const event = pushEvent(base, b, [
      { id: a, message: evil },
      { id: b, message: evilTitle },
    ]);
    const r = await runAction({ action: 'lint-commit', eventName: 'push', event, cwd: g.dir });
    // The only commands are the action's own annotations: a rule's finding, or the closing verdict.
    for (const c of r.commands) {
      expect(['error', 'warning']).toContain(c.command);
      expect(c.message).toMatch(/^([a-z-]+: |\d+ of \d+ messages)/);
    }
    expect(r.commands.some((c) => /secret|owned2/.test(c.message))).toBe(false);
    expect(r.log.join('\n')).toContain('::error title=owned::owned3');
    expect(r.outputs['valid']).toBe('false');
  });

  test('1 MB, CRLF, invalid UTF-8, emoji and right-to-left text each get a finding or a pass, never a crash', async () => {
    const g = repo();
    const base = g.commit(GOOD);
    const huge = g.commit(`fix: huge\n\n${'x'.repeat(1024 * 1024)}\n\nFixes: #1\n`, { '1': '1' });
    const crlf = g.commit(GOOD.replace(/\n/g, '\r\n'), { '2': '2' });
    const latin1 = g.commitRawMessage(Buffer.concat([Buffer.from('fix: caf'), Buffer.from([0xe9]), Buffer.from('\n\nBecause.\n\nFixes: #1\n')]));
    const emoji = g.commit('docs: explain the 🎉 שלום greeting\n\nThe sites greet users in Hebrew.\n\nFixes: #5\n', { '4': '4' });
    const event = pushEvent(base, emoji, [], { forced: true });
    const r = await runAction({ action: 'lint-commit', eventName: 'push', event, cwd: g.dir });
    const bySha = new Map(results(r).map((e) => [e.sha, e]));
    expect(bySha.get(huge)!.errors.map((e) => e.rule)).toEqual(['message-size']);
    expect(bySha.get(crlf)!.valid).toBe(true);
    expect(bySha.get(latin1)!.errors.map((e) => e.rule)).toEqual(['unsafe-characters']);
    expect(bySha.get(emoji)!.valid).toBe(true);
    expect(r.exitCode).toBe(1);
    expect(Buffer.byteLength(r.summary)).toBeLessThan(1024 * 1024);
  });
});

describe('inputs and events', () => {
  test('base and head lint any range, for any event', async () => {
    const g = repo();
    const base = g.commit(GOOD);
    const a = g.commit(BAD, { 'a.txt': 'a' });
    const r = await runAction({ action: 'lint-commit', eventName: 'workflow_dispatch', event: webhookExample('workflow_dispatch'), cwd: g.dir, inputs: { base, head: a } });
    expect(results(r).map((e) => e.sha)).toEqual([a]);
  });

  test.each<[string, Record<string, string>, RegExp]>([
    ['base without head', { base: 'a'.repeat(40) }, /inputs base and head go together/],
    ['a short SHA', { base: 'abc1234', head: 'abc1235' }, /input base: "abc1234" is not a full commit SHA/],
    ['a bad boolean', { 'fail-on-warning': 'yes' }, /input fail-on-warning: "yes" is not accepted; accepted: true, false/],
    ['a bad number', { 'timeout-seconds': 'soon' }, /input timeout-seconds: "soon" is not a whole number; accepted: 1 to 3600/],
    ['a policy path outside the repository', { 'policy-path': '../etc/passwd' }, /input policy-path/],
  ])('%s is a clear error and every output is still set', async (_name, inputs, message) => {
    const r = await runAction({ action: 'lint-commit', eventName: 'push', event: pushEvent('a'.repeat(40), 'b'.repeat(40), []), inputs });
    expect(r.exitCode).toBe(1);
    expect(commandsOf(r, 'error').map((c) => c.message).join('\n')).toMatch(message);
    expect(r.outputs).toEqual({ valid: 'false', 'invalid-count': '0', results: '[]', 'results-omitted': '0', 'results-file': '' });
  });

  test('an event without commits names the events it accepts', async () => {
    const r = await runAction({ action: 'lint-commit', eventName: 'issues', event: webhookExample('issues', 'opened') });
    expect(r.exitCode).toBe(1);
    expect(commandsOf(r, 'error')[0]!.message).toMatch(/accepted: push, pull_request, pull_request_target, merge_group/);
  });

  test('fail-on-warning turns warnings into failures', async () => {
    const g = repo();
    const base = g.commit(GOOD);
    const msg = 'fix: x\n\nBecause the limit was wrong.\n';
    const a = g.commit(msg, { 'a.txt': 'a' });
    const event = pushEvent(base, a, [{ id: a, message: msg }]);
    expect((await runAction({ action: 'lint-commit', eventName: 'push', event, cwd: g.dir })).exitCode).toBe(0);
    const strict = await runAction({ action: 'lint-commit', eventName: 'push', event, cwd: g.dir, inputs: { 'fail-on-warning': 'true' } });
    expect(strict.exitCode).toBe(1);
    expect(strict.outputs['valid']).toBe('false');
  });
});

describe('commit-msg hook', () => {
  test('a real git commit is refused with the findings, and accepted when fixed', () => {
    const g = repo();
    g.commit(GOOD);
    const hook = join(g.dir, '.git', 'hooks', 'commit-msg');
    const node = process.env['CHANGE_ACTIONS_NODE'] ?? process.execPath;
    writeFileSync(hook, `#!/bin/sh\nexec "${node}" "${join(repoRoot, 'actions/lint-commit/dist/hook/index.js')}" "$1"\n`);
    chmodSync(hook, 0o755);
    const dir = mkdtempSync(join(tmpdir(), 'msg-'));
    const attempt = (message: string) => {
      writeFileSync(join(dir, 'msg'), message);
      try {
        execFileSync('git', ['commit', '-q', '--allow-empty', '-F', join(dir, 'msg')], { cwd: g.dir, encoding: 'utf8', stdio: 'pipe' });
        return { ok: true, stderr: '' };
      } catch (error) {
        return { ok: false, stderr: String((error as { stderr?: string }).stderr) };
      }
    };
    const refused = attempt('Fixed stuff\n');
    expect(refused.ok).toBe(false);
    expect(refused.stderr).toMatch(/header-format/);
    expect(attempt(GOOD).ok).toBe(true);
    expect(readFileSync(join(g.dir, '.git', 'COMMIT_EDITMSG'), 'utf8')).toBe(GOOD);
  });

  test('the hook cleans the message up as git will for that commit: -m, an editor, core.commentChar', () => {
    const g = repo();
    g.commit(GOOD);
    const hook = join(g.dir, '.git', 'hooks', 'commit-msg');
    const node = process.env['CHANGE_ACTIONS_NODE'] ?? process.execPath;
    writeFileSync(hook, `#!/bin/sh\nexec "${node}" "${join(repoRoot, 'actions/lint-commit/dist/hook/index.js')}" "$1"\n`);
    chmodSync(hook, 0o755);
    const dir = mkdtempSync(join(tmpdir(), 'msg-'));
    const commit = (args: string[], editorText?: string) => {
      const env = { ...process.env, GIT_EDITOR: ':' };
      if (editorText !== undefined) {
        writeFileSync(join(dir, 'edit'), editorText);
        env.GIT_EDITOR = `cp ${join(dir, 'edit')}`;
      }
      try {
        execFileSync('git', ['commit', '-q', '--allow-empty', ...args], { cwd: g.dir, encoding: 'utf8', stdio: 'pipe', env });
        return { ok: true, stored: g.git('log', '-1', '--format=%B') };
      } catch (error) {
        return { ok: false, stderr: String((error as { stderr?: string }).stderr) };
      }
    };
    // With -m git keeps a body line that starts with "#": the hook must not drop it either.
    const hashBody = 'fix: count only active members\n\n#42 showed pending members counted as approvers.\n\nFixes: #42';
    const kept = commit(['-m', hashBody]);
    expect(kept).toMatchObject({ ok: true });
    expect(kept.stored).toContain('#42 showed');
    // In an editor the same line is a comment git removes: the body is then empty, and refused.
    expect(commit(['-e'], `${hashBody}\n`)).toMatchObject({ ok: false, stderr: expect.stringMatching(/body-required/) });
    // Another comment character: ";" lines are comments, "#" lines are text.
    g.git('config', 'core.commentChar', ';');
    const other = commit(['-e'], `${hashBody}\n; Please enter the commit message\n`);
    expect(other).toMatchObject({ ok: true });
    expect(other.stored).not.toContain('Please enter');
    // --cleanup=verbatim keeps the comment: the hook sees what git stores.
    g.git('config', 'core.commentChar', '#');
    expect(commit(['--cleanup=verbatim', '-e'], 'fix: x\n# only a comment\n')).toMatchObject({ ok: false, stderr: expect.stringMatching(/body-leading-blank/) });
  });
});
