/**
 * The pull request and push workflows end to end through the workflow runner, on a real
 * repository: the reusable change-checks.yml (run directly, and called from the ci.yml template
 * as maelstrom/change-actions/.github/workflows/change-checks.yml@<commit>), and this repository's own
 * .github/workflows/ci.yml. lint-commit and classify-change run from their bundles; the GitHub
 * stand-in answers the label sync.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { webhookExample } from '../harness/events.ts';
import { TempRepo } from '../harness/git-repo.ts';
import { startGitHubStandIn, type GitHubStandIn } from '../harness/github-standin.ts';
import { allJobs, runWorkflow, stepOf } from '../harness/workflow-runner.ts';
import { offlineNpm, pushEvent } from './support.ts';

const GOOD = 'feat: add the health endpoint\n\nThe deploy check needs a route that answers when the Worker is up.\n\nFixes: #12\n';
const BAD = 'Fixed stuff\n';

let gh: GitHubStandIn;
const repos: TempRepo[] = [];

beforeAll(async () => {
  gh = await startGitHubStandIn();
  gh.route('POST', '/repos/{owner}/{repo}/issues/{issue_number}/labels', ({ body }) => ({
    body: ((body as { labels: string[] }).labels ?? []).map((name, i) => ({ id: i + 1, node_id: `L${i}`, url: 'https://api.github.com/x', name, color: 'ededed', default: false, description: null })),
  }));
  gh.route('DELETE', '/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', { body: [] });
});

afterAll(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
  for (const r of repos) r.remove();
});

/**
 * A repository with a pull request: `messages` committed on a branch, the merge commit GitHub
 * would test (refs/pull/N/merge), and the pull_request event for it.
 */
function pullRequest(messages: string[], files: Record<string, string> = {}) {
  const repo = new TempRepo();
  repos.push(repo);
  const base = repo.commit('chore: start\n\nThe project as it is on main.\n', {
    'package.json': JSON.stringify({ name: 'fixture', version: '1.0.0', private: true, scripts: { test: 'echo "fixture tests ran in $PWD"' } }, null, 2) + '\n',
    'package-lock.json': JSON.stringify({ name: 'fixture', version: '1.0.0', lockfileVersion: 3, requires: true, packages: { '': { name: 'fixture', version: '1.0.0' } } }, null, 2) + '\n',
    'src/index.ts': 'export const x = 1;\n',
  });
  repo.git('checkout', '-q', '-b', 'feature/health');
  let head = base;
  messages.forEach((message, i) => (head = repo.commit(message, i === 0 ? { 'src/health.ts': 'export const ok = true;\n', ...files } : { [`src/f${i}.ts`]: `${i}\n` })));
  repo.git('checkout', '-q', '-b', 'pull/7/merge', base);
  repo.git('merge', '-q', '--no-ff', '-m', 'Merge feature/health into main', head);
  const merge = repo.head();
  repo.git('checkout', '-q', 'main');
  const event = webhookExample('pull_request', 'opened');
  Object.assign(event['pull_request'], { number: 7, title: 'feat: add the health endpoint', body: 'Adds /health.\n\nFixes: #12', commits: messages.length, changed_files: 1, merge_commit_sha: merge, labels: [] });
  event['number'] = 7;
  event['pull_request'].base.sha = base;
  event['pull_request'].base.ref = 'main';
  event['pull_request'].head.sha = head;
  event['pull_request'].head.ref = 'feature/health';
  return { repo, base, head, merge, event };
}

const run = (workflow: string, eventName: string, event: Record<string, any>, checkout: string, inputs?: Record<string, unknown>) =>
  runWorkflow({ workflow, eventName, event, checkout, githubApiUrl: gh.url, env: { ...offlineNpm, CHANGE_ACTIONS_RETRY_BASE_MS: '20' }, ...(inputs ? { inputs } : {}) });

describe('change-checks.yml (reusable)', () => {
  test('a pull request whose commits follow the procedure: linted, classified, labelled, record uploaded', async () => {
    const pr = pullRequest([GOOD]);
    const result = await run('.github/workflows/change-checks.yml', 'pull_request', pr.event, pr.repo.dir);
    const commits = result.jobs['commits']!;
    const classify = result.jobs['classify']!;
    expect(result.conclusion, JSON.stringify(allJobs(result), (k, v) => (k === 'stdout' || k === 'stderr' || k === 'log' ? undefined : v)).slice(0, 3000)).toBe('success');
    expect(stepOf(commits, 'maelstrom/change-actions/actions/lint-commit').outputs).toMatchObject({ valid: 'true', 'invalid-count': '0' });
    expect(commits.permissions).toEqual({ contents: 'read', 'pull-requests': 'read' });
    expect(classify.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(stepOf(classify, 'classify').inputs['sync-labels']).toBe('true');
    expect(classify.outputs).toEqual({ 'change-type': 'normal', 'security-relevant': 'false', 'rollback-safe': 'true' });
    expect(gh.requests.some((q) => q.method === 'POST' && q.path.endsWith('/issues/7/labels'))).toBe(true);
    expect(result.artifacts.get('change-record')?.retentionDays).toBe('90');
    expect(result.unpinned).toEqual([]);
    expect(result.annotations.filter((a) => a.command === 'error')).toEqual([]);
  });

  test('a commit that breaks the format fails the commits job with its annotation; sync-labels false is passed on', async () => {
    const pr = pullRequest([GOOD, BAD]);
    const result = await run('.github/workflows/change-checks.yml', 'pull_request', pr.event, pr.repo.dir, { 'sync-labels': false });
    expect(result.conclusion).toBe('failure');
    expect(result.jobs['commits']!.result).toBe('failure');
    expect(result.jobs['classify']!.result).toBe('success');
    expect(stepOf(result.jobs['classify'], 'classify').inputs['sync-labels']).toBe('false');
    const lint = stepOf(result.jobs['commits'], 'maelstrom/change-actions/actions/lint-commit');
    expect(lint.exitCode).toBe(1);
    expect(lint.outputs).toMatchObject({ valid: 'false', 'invalid-count': '1' });
    expect(result.annotations.some((a) => a.job === 'commits' && a.command === 'error' && a.properties['title']?.startsWith(pr.head.slice(0, 7)))).toBe(true);
  });
});

describe('workflows-templates/ci.yml', () => {
  test('on a pull request: the reusable workflow is called by its published path, and the repository tests run', async () => {
    const pr = pullRequest([GOOD]);
    const result = await run('workflows-templates/ci.yml', 'pull_request', pr.event, pr.repo.dir);
    const jobs = allJobs(result);
    expect(Object.fromEntries(Object.entries(jobs).map(([k, j]) => [k, j.result]))).toEqual({
      change: 'success',
      'change/commits': 'success',
      'change/classify': 'success',
      test: 'success',
    });
    expect(result.conclusion).toBe('success');
    const change = result.jobs['change']!;
    // Pinned to a commit, as the suite's templates are (the placeholder a release replaces).
    expect(change.uses).toBe(`maelstrom/change-actions/.github/workflows/change-checks.yml@${'0'.repeat(40)}`);
    expect(change.inputs).toEqual({ 'sync-labels': true });
    expect(change.outputs).toEqual({ 'change-type': 'normal', 'security-relevant': 'false', 'rollback-safe': 'true' });
    // The caller grants what the called jobs ask for; each job records its own.
    expect(change.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(jobs['change/commits']!.permissions).toEqual({ contents: 'read', 'pull-requests': 'read' });
    expect(result.concurrency).toEqual({ group: 'ci-refs/pull/7/merge', 'cancel-in-progress': true });
    const test = result.jobs['test']!;
    expect(test.steps.map((s) => s.run ?? s.uses)).toEqual(['actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683', 'npm ci', 'npm test']);
    expect(stepOf(test, '__run_2').log.join('\n')).toContain(`fixture tests ran in ${test.workspace}`);
  });

  test('on a push to main (a squash merge): concurrency does not cancel, and the change is classified from the push', async () => {
    const pr = pullRequest([GOOD]);
    pr.repo.git('checkout', '-q', 'main');
    const squash = pr.repo.commit(GOOD, { 'src/health.ts': 'export const ok = true;\n' });
    const result = await run('workflows-templates/ci.yml', 'push', pushEvent(pr.repo, pr.base, squash), pr.repo.dir);
    expect(result.conclusion, JSON.stringify(Object.values(allJobs(result)).map((j) => [j.id, j.result, j.steps.map((s) => [s.id, s.conclusion, s.stdout.slice(0, 1500)])]))).toBe('success');
    expect(result.concurrency).toEqual({ group: 'ci-refs/heads/main', 'cancel-in-progress': false });
    expect(result.jobs['change']!.outputs['change-type']).toBe('normal');
  });
});

describe('.github/workflows/ci.yml (this repository)', () => {
  test('on a pull request: npm test runs in the checkout, and the commits are linted with ./actions/lint-commit', async () => {
    const pr = pullRequest([GOOD]);
    const result = await run('.github/workflows/ci.yml', 'pull_request', pr.event, pr.repo.dir);
    expect(result.conclusion).toBe('success');
    const test = result.jobs['test']!;
    const npmTest = stepOf(test, '__run');
    expect(npmTest.run).toBe('npm test');
    expect(npmTest.env).toEqual({ CI: 'true' });
    expect(npmTest.log.join('\n')).toContain('fixture tests ran');
    expect(test.timeoutMinutes).toBe(30);
    expect(stepOf(result.jobs['commits'], './actions/lint-commit').outputs['valid']).toBe('true');
    expect(result.permissions).toEqual({ contents: 'read' });
  });
});
