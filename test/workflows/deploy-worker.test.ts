/**
 * .github/workflows/deploy-worker.yml end to end through the workflow runner, run as a caller's
 * job would call it, on a push to main of a real Worker repository: actions/deploy-pipeline (the
 * composite the workflow runs) classifies with classify-change's bundle and deploys with
 * wrangler-deploy-verify's, real wrangler against the Cloudflare stand-in, the test Worker under
 * `wrangler dev` answering as the new version, the GitHub stand-in for Deployments. The watch and
 * the rollback (post-deploy-monitor, auto-revert-on-threshold) run here as stand-ins declaring
 * their published interface (suite-root.ts), to reach every verdict and rollback outcome: this
 * tests the wiring. watch-and-rollback.test.ts runs the same workflow with their real bundles.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedWorker, type RecordedDeployment } from '../../actions/wrangler-deploy-verify/test/support.ts';
import type { CloudflareStandIn } from '../harness/cloudflare-standin.ts';
import type { TempRepo } from '../harness/git-repo.ts';
import type { GitHubStandIn } from '../harness/github-standin.ts';
import type { WorkerDev } from '../harness/worker-dev.ts';
import { runWorkflow, stepOf, type WorkflowRunResult } from '../harness/workflow-runner.ts';
import { type DeployLab, offlineNpm, pushEvent, SESSIONS_KV, startDeployLab, workerRepository, wranglerToml } from './support.ts';
import { suiteRootWithStandIns } from './suite-root.ts';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GOOD = '6e7f8091-a2b3-4c4d-9e5f-60718293a4b5';
const WORKFLOW = '.github/workflows/deploy-worker.yml';

let lab: DeployLab;
let cf: CloudflareStandIn;
let gh: GitHubStandIn;
let dev: WorkerDev;
let deployments: Map<number, RecordedDeployment>;
let chooseIds: (worker: string, ...ids: string[]) => void;
const repos: TempRepo[] = [];
const suite = suiteRootWithStandIns();
const logDir = mkdtempSync(join(tmpdir(), 'stand-in-log-'));
let logs = 0;

beforeAll(async () => {
  lab = await startDeployLab(GOOD);
  ({ cf, gh, dev, deployments, chooseIds } = lab);
}, 60_000);

afterAll(async () => {
  await lab?.stop();
  for (const r of repos) r.remove();
  suite.remove();
  rmSync(logDir, { recursive: true, force: true });
});

/** What the watch and rollback stand-ins were given, in order. */
const calls = (log: string) => readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { action: string; inputs: Record<string, string> });

function change(name: string, before: string, message: string) {
  const repo = workerRepository(name, before);
  repos.push(repo);
  const base = repo.head();
  const head = repo.commit(message, { 'wrangler.toml': wranglerToml(name, ''), 'src/notes.md': `${name}\n` });
  const worker = `${name}-production`;
  const [previous] = seedWorker(cf, worker);
  chooseIds(worker, GOOD);
  return { repo, base, head, worker, previous: previous! };
}

function deploy(c: ReturnType<typeof change>, inputs: Record<string, unknown> = {}, env: Record<string, string> = {}): Promise<WorkflowRunResult & { log: string }> {
  const log = join(logDir, `${++logs}.jsonl`);
  writeFileSync(log, '');
  return runWorkflow({
    root: suite.root,
    workflow: WORKFLOW,
    eventName: 'push',
    event: pushEvent(c.repo, c.base, c.head),
    checkout: c.repo.dir,
    githubApiUrl: gh.url,
    inputs: { service: c.worker, environment: 'production', 'cloudflare-account-id': cf.accountId, 'install-command': 'npm ci', url: dev.url, monitor: false, ...inputs },
    secrets: { CLOUDFLARE_API_TOKEN: cf.env['CLOUDFLARE_API_TOKEN']! },
    env: { ...cf.env, ...offlineNpm, CHANGE_ACTIONS_RETRY_BASE_MS: '20', STAND_IN_LOG: log, ...env },
    stepTimeoutMs: 90_000,
  }).then((run) => ({ ...run, log }));
}

const explain = (run: WorkflowRunResult) =>
  JSON.stringify(Object.values(run.jobs).map((j) => [j.id, j.result, j.steps.map((s) => [s.id, s.conclusion, (s.stdout + s.stderr).slice(0, 1500), s.steps?.map((c) => [c.id, c.conclusion, (c.stdout + c.stderr).slice(0, 1500)])])]));

describe('deploy-worker.yml', () => {
  test('classify, deploy and verify through deploy-pipeline, in the environment and concurrency group of the service', async () => {
    const c = change('wf-safe', '', 'fix: answer the health check faster\n\nThe health check timed out under load.\n');
    const run = await deploy(c);
    const job = run.jobs['deploy']!;
    expect(run.conclusion, explain(run)).toBe('success');
    expect(job.permissions).toEqual({ contents: 'write', deployments: 'write', 'pull-requests': 'write', issues: 'write' });
    expect(job.environment?.name).toBe('production');
    expect(job.concurrency).toEqual({ group: `deploy-Codertocat/Hello-World-${c.worker}-production`, 'cancel-in-progress': false });
    const pipeline = stepOf(job, 'pipeline');
    expect(pipeline.kind).toBe('composite');
    // The composite's own steps: the four deploy steps, watch and rollback skipped with monitor off.
    expect(pipeline.steps?.map((s) => `${s.id}:${s.conclusion}`)).toEqual(['classify:success', 'type:success', 'deploy:success', 'monitor:skipped', 'rollback:skipped', 'outcome:success']);
    expect(pipeline.outputs).toMatchObject({ 'change-type': 'standard', 'version-id': GOOD, 'previous-version-id': c.previous, healthy: 'true', 'rolled-back': 'false', verdict: '' });
    expect(job.outputs).toMatchObject({ 'version-id': GOOD, 'rolled-back': 'false' });
    const deployStep = pipeline.steps!.find((s) => s.id === 'deploy')!;
    expect(deployStep.env).toEqual({ CLOUDFLARE_API_TOKEN: cf.env['CLOUDFLARE_API_TOKEN'], CLOUDFLARE_ACCOUNT_ID: cf.accountId });
    expect(deployStep.inputs).toMatchObject({ environment: 'production', 'change-type': 'standard', url: dev.url, 'forward-fix-only': 'false' });
    expect([...deployments.values()].find((d) => d.ref === c.head)?.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(run.summary).toContain(`not monitored (input monitor is false)`);
    expect(run.artifacts.get(`deploy-${c.worker}-production`)).toBeDefined();
    expect(run.unpinned).toEqual([]);
  }, 150_000);

  test('an emergency is what the change record says: recorded as one, never declared at deploy time', async () => {
    // A normal change: declaring an emergency at deploy time (out of windows, past a freeze) is refused.
    const normal = change('wf-declared', '', 'fix: stop the login loop\n\nLogins fail for every user.\n');
    const declared = await deploy(normal, { emergency: true, 'emergency-reason': 'P0: logins fail for every user' });
    const declaredSteps = stepOf(declared.jobs['deploy'], 'pipeline').steps ?? [];
    expect(declaredSteps.map((s) => `${s.id}:${s.outcome}`).slice(0, 3)).toEqual(['classify:success', 'type:failure', 'deploy:skipped']);
    expect(declaredSteps[1]?.stdout).toContain('never declared at deploy time');
    expect(declared.conclusion).toBe('failure');

    // A change the policy classifies as an emergency (a title marker): recorded as one.
    const c = change('wf-emergency', '', 'fix: [emergency] stop the login loop\n\nLogins fail for every user.\n');
    const unexplained = await deploy(c, { emergency: true });
    expect(stepOf(unexplained.jobs['deploy'], 'pipeline').steps?.find((s) => s.id === 'type')?.stdout).toContain('needs emergency-reason');
    const run = await deploy(c, { emergency: true, 'emergency-reason': 'P0: logins fail for every user' });
    expect(run.conclusion, explain(run)).toBe('success');
    const pipeline = stepOf(run.jobs['deploy'], 'pipeline');
    expect(pipeline.outputs['change-type']).toBe('emergency');
    expect(pipeline.steps?.find((s) => s.id === 'deploy')?.inputs['change-type']).toBe('emergency');
    expect(run.annotations.some((a) => a.command === 'notice' && a.properties['title'] === 'emergency deploy')).toBe(true);
    expect(run.summary).toContain('### Emergency deploy');
    expect(run.summary).toContain('P0: logins fail for every user');
  }, 200_000);

  test('a rollback-unsafe change is refused, and the job is red', async () => {
    const c = change('wf-unsafe', SESSIONS_KV, 'refactor: keep sessions in the session Durable Object\n\nThe SESSIONS namespace is no longer read.\n');
    const run = await deploy(c);
    const pipeline = stepOf(run.jobs['deploy'], 'pipeline');
    expect(pipeline.steps?.find((s) => s.id === 'deploy')?.outcome).toBe('failure');
    expect(pipeline.outputs['healthy']).not.toBe('true');
    expect(run.jobs['deploy']!.result).toBe('failure');
  }, 150_000);

  test('watched and healthy: the monitor is given the new and the previous version, no rollback', async () => {
    const c = change('wf-watched', '', 'fix: cache the key set\n\nEvery request fetched it.\n');
    const run = await deploy(c, { monitor: true, 'loki-url': 'http://127.0.0.1:9/loki', 'loki-tenant': 'provii', window: '2m', interval: '10s' }, { STAND_IN_VERDICT: 'healthy' });
    expect(run.conclusion, explain(run)).toBe('success');
    const pipeline = stepOf(run.jobs['deploy'], 'pipeline');
    expect(pipeline.steps?.map((s) => `${s.id}:${s.conclusion}`)).toEqual(['classify:success', 'type:success', 'deploy:success', 'monitor:success', 'rollback:skipped', 'outcome:success']);
    expect(calls(run.log)).toEqual([
      { action: 'post-deploy-monitor', inputs: expect.objectContaining({ service: c.worker, environment: 'production', 'version-id': GOOD, 'previous-version-id': c.previous, url: dev.url, 'health-url': '/health', 'loki-url': 'http://127.0.0.1:9/loki', 'loki-tenant': 'provii', window: '2m', interval: '10s', 'initial-delay': '', 'dry-run': 'false' }) },
    ]);
    expect(pipeline.outputs).toMatchObject({ verdict: 'healthy', 'rolled-back': 'false' });
  }, 150_000);

  test('a breach: rolled back to the recorded version, verified, and the job is still red', async () => {
    const c = change('wf-breach', '', 'feat: stream the proof\n\nLarge proofs timed out.\n');
    const run = await deploy(c, { monitor: true }, { STAND_IN_VERDICT: 'breached' });
    const pipeline = stepOf(run.jobs['deploy'], 'pipeline');
    expect(pipeline.steps?.map((s) => `${s.id}:${s.outcome}`)).toEqual(['classify:success', 'type:success', 'deploy:success', 'monitor:failure', 'rollback:success', 'outcome:failure']);
    const [, rollback] = calls(run.log);
    expect(rollback).toEqual({ action: 'auto-revert-on-threshold', inputs: expect.objectContaining({ 'verdict-file': pipeline.outputs['verdict-file'], trigger: '', 'rollback-plan': pipeline.outputs['rollback-plan-file'], url: dev.url, 'deployment-id': pipeline.outputs['deployment-id'], 'cloudflare-account-id': cf.accountId, 'dry-run': 'false' }) });
    expect(rollback?.inputs['cloudflare-api-token']).toBe(cf.env['CLOUDFLARE_API_TOKEN']);
    expect(pipeline.outputs).toMatchObject({ 'rolled-back': 'true', 'target-version-id': c.previous, incident: 'https://github.com/o/r/issues/8' });
    expect(run.jobs['deploy']!.result).toBe('failure');
    expect(run.jobs['deploy']!.outputs).toMatchObject({ 'rolled-back': 'true', verdict: 'breached' });
    expect(run.summary).toContain(`rolled back to ${c.previous} and verified`);
  }, 150_000);

  test('inconclusive goes to the rollback action (which pages a person); a failed rollback says restore by hand', async () => {
    const c = change('wf-inconclusive', '', 'fix: retry the key fetch\n\nIt failed once an hour.\n');
    const run = await deploy(c, { monitor: true }, { STAND_IN_VERDICT: 'inconclusive', STAND_IN_ROLLBACK: 'failed' });
    const pipeline = stepOf(run.jobs['deploy'], 'pipeline');
    expect(calls(run.log).map((call) => call.action)).toEqual(['post-deploy-monitor', 'auto-revert-on-threshold']);
    expect(pipeline.outputs['rolled-back']).toBe('false');
    expect(run.jobs['deploy']!.result).toBe('failure');
    expect(run.summary).toContain('restore by hand');
  }, 150_000);

  test('dry-run reaches the watch and the rollback', async () => {
    const c = change('wf-dry', '', 'fix: shorten the cache\n\nStale keys were served.\n');
    const run = await deploy(c, { monitor: true, 'dry-run': true }, { STAND_IN_VERDICT: 'breached' });
    expect(calls(run.log).map((call) => call.inputs['dry-run'])).toEqual(['true', 'true']);
  }, 150_000);
});
