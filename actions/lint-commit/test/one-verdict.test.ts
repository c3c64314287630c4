/**
 * One commit, one verdict: the same commits read from local git (their stored objects), from the
 * push payload, and from the compare API give identical results, for generated messages that hold
 * what git and JavaScript read differently, a two-parent commit titled `wip`, and a NUL byte.
 * Also: the policy of a new branch comes from the default branch's commit, never from a tag that
 * shares its name; and a push too large for GitHub's output limit keeps `results` bounded.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { oddMessage } from '../../../packages/commit-lint/test/messages.ts';
import { webhookExample } from '../../../test/harness/events.ts';
import { commit, commitComparison } from '../../../test/harness/fixtures.ts';
import { TempRepo } from '../../../test/harness/git-repo.ts';
import { startGitHubStandIn, type GitHubStandIn } from '../../../test/harness/github-standin.ts';
import { runAction, type RunResult } from '../../../test/harness/run-action.ts';

const COMPARE = '/repos/{owner}/{repo}/compare/{basehead}';
const CONTENTS = '/repos/{owner}/{repo}/contents/{path}';
const REF = '/repos/{owner}/{repo}/git/ref/{ref}';
const GOOD = 'feat: add the health endpoint\n\nThe deploy check needs a route that answers.\n\nFixes: #12\n';

let empty: string;
let gh: GitHubStandIn | undefined;
const repos: TempRepo[] = [];
beforeAll(() => {
  empty = mkdtempSync(join(tmpdir(), 'no-git-'));
});
afterAll(() => rmSync(empty, { recursive: true, force: true }));
afterEach(async () => {
  for (const r of repos.splice(0)) r.remove();
  if (gh) {
    expect(gh.violations).toEqual([]);
    await gh.close();
    gh = undefined;
  }
});

function repo(): TempRepo {
  const r = new TempRepo();
  repos.push(r);
  return r;
}

function pushEvent(before: string, after: string, commits: Array<{ id: string; message: string }>, extra: Record<string, unknown> = {}) {
  const event = webhookExample('push', undefined, (e) => e['ref'] === 'refs/heads/master');
  return Object.assign(event, { ref: 'refs/heads/main', before, after, created: false, deleted: false, forced: false, commits, head_commit: commits.at(-1) ?? null }, extra);
}

interface Entry {
  sha: string;
  valid: boolean;
  header: string;
  errors: unknown[];
  warnings: unknown[];
  notes: unknown[];
}
const byCommit = (r: RunResult) => new Map((JSON.parse(r.outputs['results']!) as Entry[]).map((e) => [e.sha, e]));

/** The commits of before..after as git stores them: SHA, parents and the message bytes as text. */
function stored(g: TempRepo, before: string, after: string) {
  return g
    .git('rev-list', '--reverse', '--parents', after, '--not', before)
    .split('\n')
    .map((line) => {
      const [sha, ...parents] = line.split(' ');
      const object = execFileSync('git', ['cat-file', 'commit', sha!], { cwd: g.dir });
      return { sha: sha!, parents, message: object.subarray(object.indexOf('\n\n') + 2).toString('utf8') };
    });
}

describe('the same commits through every source', () => {
  test('local git, the push payload and the compare API agree on every verdict', async () => {
    const g = repo();
    const before = g.commit(GOOD);
    // Generated messages with invisible characters, U+00A0 lines, comments and empty scopes.
    for (const message of fc.sample(oddMessage, { numRuns: 40, seed: 14 })) g.commit(message);
    // A two-parent commit titled wip: a merge to git, whatever its title.
    g.git('checkout', '-q', '-b', 'side');
    g.commit('fix: on the side\n\nWhy.\n\nFixes: #2\n');
    g.git('checkout', '-q', 'main');
    g.commit('fix: on main\n\nWhy.\n\nFixes: #3\n');
    g.git('-c', 'commit.gpgsign=false', 'merge', '-q', '--no-ff', '-m', 'wip', 'side');
    // A NUL byte: git log would stop at it; the object holds the rest.
    g.commitRawMessage(Buffer.from('feat: add x\n\nWhy.\0 hidden: this text is never shown by git log\n\nFixes: #4\n'));
    const after = g.head();
    const commits = stored(g, before, after);
    const wip = commits.find((c) => c.message === 'wip\n')!;
    expect(wip.parents).toHaveLength(2);

    gh = await startGitHubStandIn({ rateLimit: 100_000 });
    gh.route('GET', CONTENTS, { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content' } });
    gh.route('GET', COMPARE, ({ query }) => {
      const perPage = Number(query.get('per_page') ?? 30);
      const page = Number(query.get('page') ?? 1);
      const listed = commits.map((c) => commit({ sha: c.sha, message: c.message, parents: c.parents }));
      const body = commitComparison({ base: before, commits: listed.slice((page - 1) * perPage, page * perPage) });
      return { body: { ...body, total_commits: listed.length, ahead_by: listed.length } };
    });
    const env = { GITHUB_API_URL: gh.url, CHANGE_ACTIONS_RETRY_BASE_MS: '5' };
    const payload = commits.map((c) => ({ id: c.sha, message: c.message }));

    const local = await runAction({ action: 'lint-commit', eventName: 'push', event: pushEvent(before, after, payload), cwd: g.dir, env });
    expect(local.summary).toContain('Commits from: local git');
    expect(gh.count(`GET ${COMPARE}`)).toBe(0);
    const fromPayload = await runAction({ action: 'lint-commit', eventName: 'push', event: pushEvent(before, after, payload), cwd: empty, env });
    // The payload names no parents and the wip commit's verdict depends on them: the API says.
    expect(fromPayload.summary).toContain('the push payload names no parents');
    const api = await runAction({ action: 'lint-commit', eventName: 'push', event: pushEvent(before, after, [], { forced: true }), cwd: empty, env });
    expect(api.summary).toContain('Commits from: REST API (compare)');

    const [a, b, c] = [byCommit(local), byCommit(fromPayload), byCommit(api)];
    expect(a.size).toBe(commits.length);
    for (const { sha } of commits) {
      expect(b.get(sha), sha).toEqual(a.get(sha));
      expect(c.get(sha), sha).toEqual(a.get(sha));
    }
    expect(a.get(wip.sha)).toMatchObject({ valid: true, notes: [expect.objectContaining({ rule: 'merge-commit' })] });
    const nul = a.get(after)!;
    expect(nul.valid).toBe(false);
    expect(nul.errors).toEqual([expect.objectContaining({ rule: 'unsafe-characters', line: 3, message: expect.stringMatching(/NUL byte/) })]);
    expect(local.exitCode).toBe(1);
    expect(fromPayload.exitCode).toBe(1);
    expect(api.exitCode).toBe(1);
  });

  test('a payload whose verdicts cannot depend on parents costs no request', async () => {
    const g = repo();
    const before = g.commit(GOOD);
    const a = g.commit('fix: count only active members\n\nPending ones were counted.\n\nFixes: #13\n');
    gh = await startGitHubStandIn();
    gh.route('GET', CONTENTS, { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content' } });
    const event = pushEvent(before, a, [{ id: a, message: 'fix: count only active members\n\nPending ones were counted.\n\nFixes: #13\n' }]);
    const r = await runAction({ action: 'lint-commit', eventName: 'push', event, cwd: empty, env: { GITHUB_API_URL: gh.url } });
    expect(r.exitCode).toBe(0);
    expect(r.summary).toContain('Commits from: push payload');
    expect(gh.requests.map((q) => q.operation)).toEqual([`GET ${CONTENTS}`]); // the policy only
  });
});

describe('the policy of a new branch comes from the default branch commit', () => {
  const strict = 'version: 1\ncommits:\n  rules:\n    fixes-trailer: error\n';
  const lax = 'version: 1\ncommits:\n  types: [feat, fix, wip]\n  rules:\n    fixes-trailer: off\n    body-required: off\n';

  function world() {
    const g = repo();
    const base = g.commit(GOOD, { '.github/change-policy.yml': strict });
    // A tag named main, with a permissive policy: `git rev-parse main` would pick it.
    g.git('checkout', '-q', '--detach');
    const tagged = g.commit('chore: loosen\n\nx\n', { '.github/change-policy.yml': lax });
    g.git('tag', 'main', tagged);
    g.git('checkout', '-q', 'main');
    g.git('checkout', '-q', '-b', 'feature/x');
    const head = g.commit('wip: half done\n');
    const event = pushEvent('0'.repeat(40), head, [{ id: head, message: 'wip: half done\n' }], { created: true, ref: 'refs/heads/feature/x' });
    event['repository'].default_branch = 'main';
    return { g, base, tagged, head, event };
  }

  test('refs/remotes/origin/main in the checkout: read there, no API call', async () => {
    const { g, base, event } = world();
    g.git('update-ref', 'refs/remotes/origin/main', base);
    g.git('branch', '-q', '-D', 'main'); // what actions/checkout leaves: only the remote-tracking ref
    gh = await startGitHubStandIn();
    const r = await runAction({ action: 'lint-commit', eventName: 'push', event, cwd: g.dir, env: { GITHUB_API_URL: gh.url } });
    expect(gh.requests).toEqual([]);
    expect(r.exitCode).toBe(1);
    expect(r.summary).toContain(`at ${base.slice(0, 12)} (main, read from refs/remotes/origin/main)`);
    expect(JSON.parse(r.outputs['results']!)[0].errors.map((e: { rule: string }) => e.rule)).toContain('type-enum');
  });

  test('no remote-tracking ref: the branch commit from the API, never the tag', async () => {
    const { g, base, event } = world();
    gh = await startGitHubStandIn();
    gh.route('GET', REF, ({ path }) =>
      decodeURIComponent(path).endsWith('/git/ref/heads/main')
        ? { body: { ref: 'refs/heads/main', node_id: 'REF_1', url: `${gh!.url}/repos/x/y/git/refs/heads/main`, object: { type: 'commit', sha: base, url: `${gh!.url}/repos/x/y/git/commits/${base}` } } }
        : { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/git/refs#get-a-reference' } },
    );
    const r = await runAction({ action: 'lint-commit', eventName: 'push', event, cwd: g.dir, env: { GITHUB_API_URL: gh.url } });
    expect(gh.requests.map((q) => decodeURIComponent(q.path))).toEqual(['/repos/maelstrom/provii-verifier/git/ref/heads/main']);
    expect(r.exitCode).toBe(1);
    expect(r.summary).toContain(`at ${base.slice(0, 12)} (main, read from the API)`);
    expect(JSON.parse(r.outputs['results']!).map((e: { sha: string }) => e.sha)).toHaveLength(1);
  });

  test('a branch the API does not know fails closed, naming it', async () => {
    const { g, event } = world();
    gh = await startGitHubStandIn();
    gh.route('GET', REF, { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/git/refs#get-a-reference' } });
    const r = await runAction({ action: 'lint-commit', eventName: 'push', event, cwd: g.dir, env: { GITHUB_API_URL: gh.url } });
    expect(r.exitCode).toBe(1);
    expect(r.commands.filter((c) => c.command === 'error').map((c) => c.message).join('\n')).toMatch(/resolving branch main .* no such branch/);
  });
});

describe('outputs within GitHub limits', () => {
  test('a 10,000-commit push keeps results bounded, findings first, and writes every entry to the file', async () => {
    const g = repo();
    const before = g.commit(GOOD);
    // fast-import writes 10,000 commits in well under a second.
    const stream: string[] = [];
    for (let i = 1; i <= 10_000; i++) {
      const message = i % 1000 === 0 ? `Bad message ${i}\n` : `feat: change ${i}\n\nChange ${i} is needed for reason ${i}.\n\nFixes: #${i}\n`;
      stream.push(`commit refs/heads/main\ncommitter Ada <ada@example.com> ${1767225600 + i} +0000\ndata ${Buffer.byteLength(message)}\n${message}${i === 1 ? `from ${before}\n` : ''}\n`);
    }
    execFileSync('git', ['fast-import', '--quiet'], { cwd: g.dir, input: stream.join('') });
    const after = g.git('rev-parse', 'refs/heads/main');
    const r = await runAction({ action: 'lint-commit', eventName: 'push', event: pushEvent(before, after, [], { forced: true }), cwd: g.dir });
    expect(r.exitCode).toBe(1);
    const results = r.outputs['results']!;
    expect(Buffer.byteLength(results)).toBeLessThanOrEqual(256 * 1024);
    const listed = JSON.parse(results) as Entry[];
    expect(listed.slice(0, 10).every((e) => !e.valid)).toBe(true);
    expect(listed.slice(10).every((e) => e.valid)).toBe(true);
    expect(Number(r.outputs['results-omitted'])).toBe(10_000 - listed.length);
    expect(listed.length).toBeGreaterThan(100);
    const all = JSON.parse(readFileSync(r.outputs['results-file']!, 'utf8')) as Entry[];
    expect(all).toHaveLength(10_000);
    expect(all.filter((e) => !e.valid).map((e) => e.header)).toEqual(Array.from({ length: 10 }, (_, i) => `Bad message ${(i + 1) * 1000}`));
    expect(r.outputs['invalid-count']).toBe('10');
    expect(Buffer.byteLength(Object.values(r.outputs).join(''))).toBeLessThan(1024 * 1024);
  });
});
