/**
 * lint-commit without local history: every commit and the policy come from the GitHub REST API
 * (a loopback stand-in whose answers are checked against GitHub's OpenAPI description), with
 * pagination, the API's caps, and every fault the stand-in can inject.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { webhookExample } from '../../../test/harness/events.ts';
import { commit, commitComparison, contentFile, fakeSha } from '../../../test/harness/fixtures.ts';
import { startGitHubStandIn, type Fault, type GitHubStandIn } from '../../../test/harness/github-standin.ts';
import { runAction, type RunResult } from '../../../test/harness/run-action.ts';

const COMMITS = '/repos/{owner}/{repo}/pulls/{pull_number}/commits';
const CONTENTS = '/repos/{owner}/{repo}/contents/{path}';
const COMPARE = '/repos/{owner}/{repo}/compare/{basehead}';

const good = (i: number) => `feat: change number ${i}\n\nChange ${i} is needed because of reason ${i}.\n\nFixes: #${i}\n`;

let gh: GitHubStandIn;
let empty: string; // a workspace that is not a git repository
beforeAll(() => {
  empty = mkdtempSync(join(tmpdir(), 'no-git-'));
});
afterAll(() => rmSync(empty, { recursive: true, force: true }));
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
});

async function standIn(): Promise<GitHubStandIn> {
  gh = await startGitHubStandIn();
  gh.route('GET', CONTENTS, { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content' } });
  return gh;
}

function pullRequest(count: number, head: string) {
  const event = webhookExample('pull_request', 'opened');
  Object.assign(event['pull_request'], { title: 'feat: add x', body: 'Because.\n\nFixes: #1', commits: count });
  event['pull_request'].base.sha = fakeSha('base');
  event['pull_request'].head.sha = head;
  return event;
}

function run(eventName: string, event: unknown, inputs: Record<string, string> = {}): Promise<RunResult> {
  return runAction({
    action: 'lint-commit',
    eventName,
    event,
    cwd: empty,
    inputs: { 'timeout-seconds': '20', ...inputs },
    env: { GITHUB_API_URL: gh.url, CHANGE_ACTIONS_RETRY_BASE_MS: '5' },
  });
}

const errorsOf = (r: RunResult) => r.commands.filter((c) => c.command === 'error').map((c) => c.message);

describe('pull request commits from the API', () => {
  test('all pages are read; the policy comes from the base commit through the contents API', async () => {
    await standIn();
    const commits = Array.from({ length: 130 }, (_, i) => commit({ message: good(i), sha: fakeSha(`c${i}`) }));
    commits[77] = commit({ message: 'wip\n', sha: fakeSha('c77') });
    gh.paginate('GET', COMMITS, commits);
    const r = await run('pull_request', pullRequest(130, commits.at(-1)!.sha));
    expect(r.exitCode).toBe(1);
    const results = JSON.parse(r.outputs['results']!) as Array<{ sha?: string; valid: boolean }>;
    expect(results).toHaveLength(132);
    expect(results.filter((e) => !e.valid).map((e) => e.sha)).toEqual([fakeSha('c77')]);
    expect(gh.count(`GET ${COMMITS}`)).toBe(2);
    const policyRead = gh.requests.find((q) => q.operation === `GET ${CONTENTS}`)!;
    expect(decodeURIComponent(policyRead.path)).toBe('/repos/maelstrom/provii-verifier/contents/.github/change-policy.yml');
    expect(policyRead.query.get('ref')).toBe(fakeSha('base'));
    expect(policyRead.headers['authorization']).toBe('token ghs_test_token_0000000000000000000000000000');
    expect(gh.unmatched).toEqual([]);
    expect(r.summary).toContain('REST API (pull request commits)');
  });

  test('a policy served by the API applies', async () => {
    await standIn();
    gh.route('GET', CONTENTS, { body: contentFile({ path: '.github/change-policy.yml', content: 'version: 1\ncommits:\n  fixup-commits: exempt\n', ref: fakeSha('base') }) });
    const commits = [commit({ message: 'fixup! feat: x\n', sha: fakeSha('f') })];
    gh.paginate('GET', COMMITS, commits);
    const r = await run('pull_request', pullRequest(1, fakeSha('f')));
    expect(r.exitCode).toBe(0);
    expect(r.summary).toContain('.github/change-policy.yml at');
  });

  test('over 250 commits without local history fails closed before calling the API', async () => {
    await standIn();
    const r = await run('pull_request', pullRequest(251, fakeSha('h')));
    expect(r.exitCode).toBe(1);
    expect(errorsOf(r).join('\n')).toMatch(/251 commits; the API lists at most 250.*fetch-depth: 0/);
    expect(gh.requests).toHaveLength(0);
    expect(r.outputs['valid']).toBe('false');
  });

  test('a list that does not end at the event head fails closed', async () => {
    await standIn();
    gh.paginate('GET', COMMITS, [commit({ message: good(1), sha: fakeSha('old') })]);
    const r = await run('pull_request', pullRequest(1, fakeSha('new')));
    expect(r.exitCode).toBe(1);
    expect(errorsOf(r).join('\n')).toMatch(/pull request changed since the event/);
  });
});

describe('push commits from the compare API', () => {
  function compareRoute(commits: ReturnType<typeof commit>[], total = commits.length) {
    gh.route('GET', COMPARE, ({ query }) => {
      const perPage = Number(query.get('per_page') ?? 30);
      const page = Number(query.get('page') ?? 1);
      const body = commitComparison({ base: fakeSha('before'), commits: commits.slice((page - 1) * perPage, page * perPage) });
      return { body: { ...body, total_commits: total, ahead_by: total } };
    });
  }

  test('a force push without local history reads every page of the comparison', async () => {
    await standIn();
    const commits = Array.from({ length: 230 }, (_, i) => commit({ message: good(i), sha: fakeSha(`p${i}`) }));
    compareRoute(commits);
    const event = webhookExample('push', undefined, (e) => e['ref'] === 'refs/heads/master');
    Object.assign(event, { ref: 'refs/heads/main', before: fakeSha('before'), after: commits.at(-1)!.sha, forced: true, created: false, deleted: false, commits: [] });
    const r = await run('push', event);
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.outputs['results']!)).toHaveLength(230);
    expect(gh.count(`GET ${COMPARE}`)).toBe(3);
    expect(gh.requests.find((q) => q.operation === `GET ${COMPARE}`)!.path).toBe(
      `/repos/maelstrom/provii-verifier/compare/${fakeSha('before')}...${commits.at(-1)!.sha}`,
    );
  });

  test('a comparison that lists fewer commits than it counts fails closed', async () => {
    await standIn();
    const commits = Array.from({ length: 3 }, (_, i) => commit({ message: good(i), sha: fakeSha(`q${i}`) }));
    compareRoute(commits, 5);
    const event = webhookExample('merge_group', 'checks_requested');
    Object.assign(event['merge_group'], { base_sha: fakeSha('before'), head_sha: commits.at(-1)!.sha });
    const r = await run('merge_group', event);
    expect(r.exitCode).toBe(1);
    expect(errorsOf(r).join('\n')).toMatch(/gave 3 of 5 commits/);
  });
});

describe('faults: every call crossed with every fault', () => {
  const calls = [
    ['GET', COMMITS],
    ['GET', CONTENTS],
  ] as const;
  const transient: Array<[string, Fault]> = [
    ['500 once', { kind: 'status', status: 500 }],
    ['502 once', { kind: 'status', status: 502 }],
    ['503 once', { kind: 'status', status: 503 }],
    ['secondary rate limit 403 with retry-after', { kind: 'rate-limit-secondary', status: 403, retryAfter: 1 }],
    ['secondary rate limit 429 with retry-after', { kind: 'rate-limit-secondary', status: 429, retryAfter: 1 }],
    ['primary rate limit', { kind: 'rate-limit-primary', resetInSeconds: 1 }],
    ['connection reset once', { kind: 'reset' }],
  ];
  const persistent: Array<[string, Fault]> = [
    ['500 always', { kind: 'status', status: 500 }],
    ['401 (bad token)', { kind: 'status', status: 401 }],
    ['403 (no permission)', { kind: 'status', status: 403, body: { message: 'Resource not accessible by integration' } }],
    ['malformed JSON', { kind: 'malformed' }],
    ['hang past the deadline', { kind: 'hang' }],
    ['secondary rate limit without end', { kind: 'rate-limit-secondary', status: 403, retryAfter: 1 }],
  ];

  function script() {
    gh.paginate('GET', COMMITS, [commit({ message: good(1), sha: fakeSha('h1') })]);
  }

  for (const [method, path] of calls) {
    test.each(transient)(`${method} ${path}: %s is retried and the run completes`, async (_name, fault) => {
      await standIn();
      script();
      gh.fault(method, path, fault, { times: 1 });
      const r = await run('pull_request', pullRequest(1, fakeSha('h1')));
      expect(r.stderr).toBe('');
      expect(errorsOf(r)).toEqual([]);
      expect(r.exitCode).toBe(0);
      expect(r.outputs['valid']).toBe('true');
    });

    test.each(persistent)(`${method} ${path}: %s fails closed with a clear message`, async (name, fault) => {
      await standIn();
      script();
      gh.fault(method, path, fault);
      const r = await run('pull_request', pullRequest(1, fakeSha('h1')), name.startsWith('hang') ? { 'timeout-seconds': '2' } : {});
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toBe(''); // nothing escaped the action's own error handling
      expect(r.outputs).toEqual({ valid: 'false', 'invalid-count': '0', results: '[]', 'results-omitted': '0', 'results-file': '' });
      const message = errorsOf(r).join('\n');
      expect(message.length).toBeGreaterThan(20);
      if (name.startsWith('hang')) expect(message).toMatch(/did not answer|deadline/);
      if (name === 'malformed JSON') expect(message).toMatch(/not valid JSON/);
      if (path === CONTENTS) expect(message).toMatch(/reading the policy/);
    });
  }
});
