/**
 * The deploy templates end to end through the workflow runner, on a push to main of a real Worker
 * repository: the template calls deploy-worker.yml by its published path, which runs
 * actions/deploy-pipeline: classify-change and wrangler-deploy-verify from their bundles, real
 * wrangler against the Cloudflare stand-in, the test Worker under `wrangler dev`, the GitHub
 * stand-in for Deployments; the watch and the rollback as the stand-ins of suite-root.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedWorker } from '../../actions/wrangler-deploy-verify/test/support.ts';
import type { CloudflareStandIn } from '../harness/cloudflare-standin.ts';
import type { TempRepo } from '../harness/git-repo.ts';
import type { GitHubStandIn } from '../harness/github-standin.ts';
import type { WorkerDev } from '../harness/worker-dev.ts';
import { allJobs, runWorkflow, stepOf, type WorkflowRunResult } from '../harness/workflow-runner.ts';
import { suiteRootWithStandIns } from './suite-root.ts';
import { type DeployLab, offlineNpm, pushEvent, startDeployLab, workerRepository, wranglerToml } from './support.ts';

const GOOD = '7f8091a2-b3c4-4d5e-8f60-718293a4b5c6';
// The push example payload's repository: the templates name the service after it.
const SERVICE = 'Hello-World';

let lab: DeployLab;
let cf: CloudflareStandIn;
let gh: GitHubStandIn;
let dev: WorkerDev;
let chooseIds: (worker: string, ...ids: string[]) => void;
const repos: TempRepo[] = [];
const suite = suiteRootWithStandIns();
const logDir = mkdtempSync(join(tmpdir(), 'stand-in-log-'));
let logs = 0;

beforeAll(async () => {
  lab = await startDeployLab(GOOD);
  ({ cf, gh, dev, chooseIds } = lab);
}, 60_000);

afterAll(async () => {
  await lab?.stop();
  for (const r of repos) r.remove();
  suite.remove();
  rmSync(logDir, { recursive: true, force: true });
});

const HOSTED = '\n[env.hosted-production.version_metadata]\nbinding = "CF_VERSION_METADATA"\n';

function change(name: string, hosted: boolean) {
  const repo = workerRepository(name);
  repos.push(repo);
  const base = repo.head();
  const head = repo.commit('fix: answer the health check faster\n\nThe health check timed out under load.\n', { 'wrangler.toml': wranglerToml(name, '') + (hosted ? HOSTED : ''), 'src/notes.md': `${name}\n` });
  const workers = [`${name}-production`, ...(hosted ? [`${name}-hosted-production`] : [])];
  const previous = workers.map((w) => seedWorker(cf, w)[0]!);
  for (const w of workers) chooseIds(w, GOOD);
  return { repo, base, head, workers, previous };
}

async function deploy(template: string, c: ReturnType<typeof change>, env: Record<string, string> = {}) {
  const log = join(logDir, `${++logs}.jsonl`);
  writeFileSync(log, '');
  const run = await runWorkflow({
    root: suite.root,
    workflow: template,
    eventName: 'push',
    event: pushEvent(c.repo, c.base, c.head),
    checkout: c.repo.dir,
    githubApiUrl: gh.url,
    secrets: { CLOUDFLARE_API_TOKEN: cf.env['CLOUDFLARE_API_TOKEN']!, LOKI_PASSWORD: 'loki-secret' },
    vars: { CLOUDFLARE_ACCOUNT_ID: cf.accountId, DEPLOY_URL: dev.url, HOSTED_DEPLOY_URL: dev.url, LOKI_URL: 'http://127.0.0.1:9/loki', LOKI_TENANT: 'provii', LOKI_USERNAME: 'provii-ci' },
    env: { ...cf.env, ...offlineNpm, CHANGE_ACTIONS_RETRY_BASE_MS: '20', STAND_IN_LOG: log, ...env },
    stepTimeoutMs: 90_000,
  });
  const calls = readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { action: string; inputs: Record<string, string> });
  return { run, calls };
}

const results = (r: WorkflowRunResult) => Object.fromEntries(Object.entries(allJobs(r)).map(([id, job]) => [id, job.result]));
const pipelineSteps = (r: WorkflowRunResult, job: string) => (stepOf(allJobs(r)[job], 'pipeline').steps ?? []).map((s) => `${s.id}:${s.outcome}`);

describe('workflows-templates/rust-worker-service-deploy.yml', () => {
  test('the Worker, then its hosted mode: each deployed, verified and watched in its own environment and group', async () => {
    const c = change('tpl-rust', true);
    const { run, calls } = await deploy('workflows-templates/rust-worker-service-deploy.yml', c);
    expect(run.conclusion, JSON.stringify(results(run))).toBe('success');
    expect(results(run)).toMatchObject({ worker: 'success', 'worker/deploy': 'success', hosted: 'success', 'hosted/deploy': 'success' });
    const jobs = allJobs(run);
    expect(jobs['worker/deploy']!.environment?.name).toBe('production');
    expect(jobs['hosted/deploy']!.environment?.name).toBe('hosted-production');
    expect(allJobs(run)['hosted/deploy']!.outputs['version-id']).toBe(GOOD);
    expect(jobs['worker/deploy']!.concurrency).toEqual({ group: `deploy-Codertocat/Hello-World-${SERVICE}-production`, 'cancel-in-progress': false });
    expect(jobs['hosted/deploy']!.concurrency).toEqual({ group: `deploy-Codertocat/Hello-World-${SERVICE}-hosted-hosted-production`, 'cancel-in-progress': false });
    expect(stepOf(jobs['worker/deploy'], 'dtolnay/rust-toolchain').inputs).toMatchObject({ targets: 'wasm32-unknown-unknown' });
    expect(run.jobs['worker']!.secretNames).toEqual(['CLOUDFLARE_API_TOKEN', 'GITHUB_TOKEN', 'LOKI_PASSWORD']);
    expect(run.jobs['worker']!.inputs).toMatchObject({ service: SERVICE, environment: 'production', rust: true, emergency: false, 'emergency-reason': '' });
    for (const id of ['worker/deploy', 'hosted/deploy']) expect(pipelineSteps(run, id)).toEqual(['classify:success', 'type:success', 'deploy:success', 'monitor:success', 'rollback:skipped', 'outcome:success']);
    expect(calls.map((call) => [call.action, call.inputs['service'], call.inputs['loki-password']])).toEqual([
      ['post-deploy-monitor', SERVICE, 'loki-secret'],
      ['post-deploy-monitor', `${SERVICE}-hosted`, 'loki-secret'],
    ]);
    expect(calls.map((call) => call.inputs['previous-version-id'])).toEqual(c.previous);
    expect(run.unpinned).toEqual([]);
  }, 240_000);

  test('a breach of the Worker rolls it back and keeps the hosted mode from deploying', async () => {
    const c = change('tpl-rust-breach', true);
    const { run, calls } = await deploy('workflows-templates/rust-worker-service-deploy.yml', c, { STAND_IN_VERDICT: 'breached' });
    expect(results(run)).toMatchObject({ worker: 'failure', hosted: 'skipped' });
    expect(calls.map((call) => call.action)).toEqual(['post-deploy-monitor', 'auto-revert-on-threshold']);
    expect(allJobs(run)['worker/deploy']!.outputs).toMatchObject({ 'rolled-back': 'true' });
  }, 240_000);
});

describe('workflows-templates/typescript-worker-deploy.yml', () => {
  test('a push: deployed, verified and watched, with the write scopes the rollback needs granted to its job only', async () => {
    const c = change('tpl-ts', false);
    const { run } = await deploy('workflows-templates/typescript-worker-deploy.yml', c);
    expect(run.conclusion, JSON.stringify(results(run))).toBe('success');
    expect(pipelineSteps(run, 'worker/deploy')).toEqual(['classify:success', 'type:success', 'deploy:success', 'monitor:success', 'rollback:skipped', 'outcome:success']);
    expect(allJobs(run)['worker/deploy']!.permissions).toEqual({ contents: 'write', deployments: 'write', 'pull-requests': 'write', issues: 'write' });
    expect(run.permissions).toEqual({});
  }, 240_000);
});
