/**
 * .github/workflows/pr-gate.yml (through the typescript-worker-ci.yml template, which calls it by
 * its published path) and workflows-templates/scheduled.yml (calling scheduled.yml) end to end
 * through the workflow runner. lint-commit, classify-change and security-review-gate run from
 * their bundles against the GitHub stand-in scripted as in the gate's own tests (the world of
 * actions/security-review-gate/test/world.ts), on a real repository whose commits are the pull
 * request's.
 */
import { describe, expect, test } from 'vitest';
import { BASE, alice, bob, carol, pullRequestEvent, script, withStandIn, type World } from '../../actions/security-review-gate/test/world.ts';
import { TempRepo } from '../harness/git-repo.ts';
import type { GitHubStandIn } from '../harness/github-standin.ts';
import { allJobs, runWorkflow, stepOf, type WorkflowRunResult } from '../harness/workflow-runner.ts';
import { offlineNpm } from './support.ts';

const results = (r: WorkflowRunResult) => Object.fromEntries(Object.entries(allJobs(r)).map(([id, job]) => [id, job.result]));

/** A real repository with a pull request (its merge commit as GitHub tests it) and the gate's world for it. */
function pullRequest(message: string, files: Record<string, string>) {
  const repo = new TempRepo();
  const base = repo.commit('chore: start\n\nThe project as it is on main.\n', {
    'CHANGELOG.md': '# Changelog\n\n## [Unreleased]\n',
    'src/app.ts': 'export const a = 1;\n',
  });
  repo.git('checkout', '-q', '-b', 'feature/api');
  const head = repo.commit(message, files);
  repo.git('checkout', '-q', '-b', 'pull/7/merge', base);
  repo.git('merge', '-q', '--no-ff', '-m', 'Merge feature/api into main', head);
  const merge = repo.head();
  repo.git('checkout', '-q', 'main');
  const world: World = { base, commits: [{ sha: head, author: alice, message }], reviews: [{ by: bob, on: head }, { by: carol, on: head }], files: Object.keys(files).map((filename) => ({ filename })) };
  return { repo, base, head, merge, world };
}

function event(eventName: string, pr: ReturnType<typeof pullRequest>) {
  const e = pullRequestEvent(eventName, pr.world);
  Object.assign(e['pull_request'], { merge_commit_sha: pr.merge, title: pr.world.commits![0]!.message!.split('\n')[0], body: 'Changes the API.\n\nFixes: #5', labels: [] });
  e['pull_request'].base.ref = 'main';
  e['pull_request'].head.ref = 'feature/api';
  return e;
}

async function gateRun(gh: GitHubStandIn, eventName: string, pr: ReturnType<typeof pullRequest>) {
  const written = script(gh, pr.world);
  const run = await runWorkflow({
    workflow: 'workflows-templates/typescript-worker-ci.yml',
    eventName,
    event: event(eventName, pr),
    checkout: pr.repo.dir,
    githubApiUrl: gh.url,
    env: { ...offlineNpm, CHANGE_ACTIONS_RETRY_BASE_MS: '5' },
    stepTimeoutMs: 60_000,
  });
  return { run, written };
}

describe('pr-gate.yml', () => {
  test('pull_request_review: only the approvals are judged, through the API, without a checkout', async () => {
    await withStandIn(async (gh) => {
      const pr = pullRequest('fix: expire sessions sooner\n\nSessions lived for a day.\n', { 'src/app.ts': 'export const a = 2;\n' });
      const { run, written } = await gateRun(gh, 'pull_request_review', pr);
      pr.repo.remove();
      const jobs = allJobs(run);
      expect(results(run)).toMatchObject({ gate: 'success', 'gate/commits': 'skipped', 'gate/classify': 'skipped', 'gate/changelog': 'skipped', 'gate/gate': 'success', typescript: 'skipped' });
      expect(run.jobs['gate']!.uses).toBe(`maelstrom/change-actions/${'.github/workflows/pr-gate.yml'}@${'0'.repeat(40)}`);
      const gate = jobs['gate/gate']!;
      expect(gate.steps).toHaveLength(1);
      expect(stepOf(gate, 'gate').inputs).toMatchObject({ mode: 'gate', 'check-name': 'security-review-gate', 'policy-path': '.github/change-policy.yml' });
      expect(gate.outputs).toEqual({ approved: 'true' });
      expect(gate.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', checks: 'write', issues: 'write' });
      expect(gate.concurrency).toEqual({ group: 'security-review-gate-Codertocat/Hello-World-7', 'cancel-in-progress': false });
      expect(written.checkRuns.at(-1)).toMatchObject({ name: 'security-review-gate', conclusion: 'success' });
      expect(run.jobs['gate']!.outputs['approved']).toBe('true');
    });
  }, 120_000);

  test('pull_request: a major change without a changelog entry fails the changelog check; lint and classify run', async () => {
    await withStandIn(async (gh) => {
      const pr = pullRequest('feat: take the session id from the header\n\nThe cookie is gone.\n\nBREAKING CHANGE: clients send the session id in a header.\nFixes: #5\n', { 'src/app.ts': 'export const b = 1;\n' });
      const { run } = await gateRun(gh, 'pull_request', pr);
      pr.repo.remove();
      const jobs = allJobs(run);
      expect(jobs['gate/commits']!.result, JSON.stringify(jobs['gate/commits']!.steps.map((s) => s.stdout.slice(0, 1000)))).toBe('success');
      expect(jobs['gate/classify']!.outputs['major']).toBe('true');
      expect(jobs['gate/changelog']!.result).toBe('failure');
      expect(run.annotations.some((a) => a.command === 'error' && a.properties['title'] === 'changelog')).toBe(true);
      expect(jobs['gate/gate']!.result).not.toBe('skipped');
      expect(run.conclusion).toBe('failure');
    });
  }, 120_000);
});

test('pull_request: the same major change with its Keep a Changelog entry passes the changelog check', async () => {
  await withStandIn(async (gh) => {
    const entry = '# Changelog\n\n## [Unreleased]\n\n### Changed\n\n- Clients send the session id in a header.\n';
    const pr = pullRequest('feat: take the session id from the header\n\nThe cookie is gone.\n\nBREAKING CHANGE: clients send the session id in a header.\nFixes: #5\n', { 'src/app.ts': 'export const b = 1;\n', 'CHANGELOG.md': entry });
    const { run } = await gateRun(gh, 'pull_request', pr);
    pr.repo.remove();
    const jobs = allJobs(run);
    expect(jobs['gate/classify']!.outputs['major']).toBe('true');
    expect(jobs['gate/changelog']!.result, JSON.stringify(jobs['gate/changelog']!.steps.map((s) => s.stdout))).toBe('success');
    expect(results(run)).toMatchObject({ 'gate/commits': 'success', 'gate/classify': 'success' });
  });
}, 120_000);

describe('workflows-templates/scheduled.yml', () => {
  test('the hourly schedule escalates overdue retrospectives (none here) and leaves the metrics for the quarter', async () => {
    await withStandIn(async (gh) => {
      script(gh, { retrospectives: [] });
      const run = await runWorkflow({
        workflow: 'workflows-templates/scheduled.yml',
        eventName: 'schedule',
        event: { schedule: '17 * * * *' },
        githubApiUrl: gh.url,
        env: { CHANGE_ACTIONS_RETRY_BASE_MS: '5' },
        sha: BASE,
      });
      expect(results(run)).toMatchObject({ scheduled: 'success', 'scheduled/retrospectives': 'success', 'scheduled/metrics': 'skipped' });
      expect(run.jobs['scheduled']!.uses).toBe(`maelstrom/change-actions/${'.github/workflows/scheduled.yml'}@${'0'.repeat(40)}`);
      const job = allJobs(run)['scheduled/retrospectives']!;
      expect(stepOf(job, 'overdue').inputs['mode']).toBe('overdue');
      expect(job.outputs).toEqual({ overdue: '[]' });
      expect(job.permissions).toEqual({ contents: 'read', 'pull-requests': 'read', issues: 'write' });
      expect(run.jobs['scheduled']!.inputs).toMatchObject({ metrics: false, retrospectives: true });
      // Named one by one (GITHUB_TOKEN goes to every called workflow, as on GitHub).
      expect(run.jobs['scheduled']!.secretNames).toEqual(['GATE_TOKEN', 'GITHUB_TOKEN', 'METRICS_TOKEN']);
    });
  }, 120_000);
});
