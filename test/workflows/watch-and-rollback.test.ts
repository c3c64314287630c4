/**
 * .github/workflows/deploy-worker.yml with the real watch and rollback: the bundles of
 * post-deploy-monitor and auto-revert-on-threshold run through the workflow runner from this
 * repository's tree (no stand-ins for them), after classify-change and wrangler-deploy-verify.
 * Real wrangler deploys and rolls back against the Cloudflare stand-in, whose deployments the test
 * Worker under `wrangler dev` follows (it answers as the version serving); the Worker's request
 * logs go to the Loki stand-in in the Logpush shape, which the monitor queries; the GitHub
 * stand-in serves Deployments, the revert pull request and the incident. The starter
 * workflows-templates/deploy.yml, which rolls back when the verification fails, runs the real
 * auto-revert-on-threshold the same way, and typescript-worker-deploy.yml (which calls
 * deploy-worker.yml by its published path) the real post-deploy-monitor. The change policy of the
 * Worker repository watches for 4 seconds, every second, so each watch takes seconds.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chooseVersionIds, seedWorker, serveDeployments, type RecordedDeployment } from '../../actions/wrangler-deploy-verify/test/support.ts';
import { GitHubRepo } from '../../actions/auto-revert-on-threshold/test/github.ts';
import { startCloudflareStandIn, type CloudflareStandIn } from '../harness/cloudflare-standin.ts';
import type { TempRepo } from '../harness/git-repo.ts';
import { startGitHubStandIn, type GitHubStandIn } from '../harness/github-standin.ts';
import { forwardLogpush, type LogpushForwarder } from '../harness/logpush.ts';
import { startLokiStandin, type LokiStandin } from '../harness/loki-standin.ts';
import { repoRoot } from '../harness/paths.ts';
import { startWorkerDev, type WorkerDev } from '../harness/worker-dev.ts';
import { allJobs, runWorkflow, stepOf, type WorkflowRunResult } from '../harness/workflow-runner.ts';
import { offlineNpm, pushEvent, SHORT_WATCH_POLICY, workerRepository, wranglerToml } from './support.ts';

const GOOD = '8091a2b3-c4d5-4e6f-8071-8293a4b5c6d7';
const TENANT = 'provii-logs';
const WORKFLOW = '.github/workflows/deploy-worker.yml';

let cf: CloudflareStandIn;
let gh: GitHubStandIn;
let dev: WorkerDev;
let loki: LokiStandin;
let logpush: LogpushForwarder;
let deployments: Map<number, RecordedDeployment>;
let chooseIds: (worker: string, ...ids: string[]) => void;
const repos: TempRepo[] = [];
/** Versions that answer 500 whenever they serve. */
const bad = new Set<string>();
let running = true;
let load: Promise<void> = Promise.resolve();

/** The Worker answers as the version at the highest share, as a request pinned to the new one does. */
async function follow(versions: ReadonlyArray<{ version_id: string; percentage: number }>): Promise<void> {
  const serving = [...versions].sort((a, b) => b.percentage - a.percentage)[0]?.version_id;
  if (serving !== undefined) await dev.control(bad.has(serving) ? { version: serving, status: 500 } : { version: serving });
}

beforeAll(async () => {
  [cf, gh, loki] = await Promise.all([startCloudflareStandIn({ onDeployment: (_script, deployment) => follow(deployment.versions) }), startGitHubStandIn(), startLokiStandin({ tenant: TENANT })]);
  // The revert pull request and the incident; then the Deployments and an empty freeze list.
  new GitHubRepo(gh);
  deployments = serveDeployments(gh);
  chooseIds = chooseVersionIds(cf);
  dev = await startWorkerDev({ env: cf.env });
  logpush = forwardLogpush(() => dev.output(), loki.url, TENANT);
  // Traffic the watch measures, two requests at a time, for the whole file.
  const loop = async () => {
    while (running) {
      await fetch(`${dev.url}/`).then((r) => r.arrayBuffer()).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  load = Promise.all([loop(), loop()]).then(() => undefined);
}, 90_000);

afterAll(async () => {
  running = false;
  await load;
  await logpush?.stop();
  await dev?.stop();
  await Promise.all([cf?.close(), gh?.close(), loki?.close()]);
  for (const r of repos) r.remove();
});

function change(name: string, message: string) {
  const repo = workerRepository(name);
  repos.push(repo);
  repo.commit('chore: add the change policy\n\nA short watch for the deploy.\n', { '.github/change-policy.yml': SHORT_WATCH_POLICY });
  const base = repo.head();
  const head = repo.commit(message, { 'wrangler.toml': wranglerToml(name, ''), 'src/notes.md': `${name}\n` });
  const worker = `${name}-production`;
  const [previous] = seedWorker(cf, worker);
  chooseIds(worker, GOOD);
  return { repo, base, head, worker, previous: previous! };
}

async function deploy(c: ReturnType<typeof change>): Promise<WorkflowRunResult> {
  // The previous version serves before the deploy: the monitor's baseline.
  await dev.control({ version: c.previous });
  return runWorkflow({
    root: repoRoot,
    workflow: WORKFLOW,
    eventName: 'push',
    event: pushEvent(c.repo, c.base, c.head),
    checkout: c.repo.dir,
    githubApiUrl: gh.url,
    inputs: { service: c.worker, environment: 'production', 'cloudflare-account-id': cf.accountId, 'install-command': 'npm ci', url: dev.url, 'loki-url': loki.url, 'loki-tenant': TENANT },
    secrets: { CLOUDFLARE_API_TOKEN: cf.env['CLOUDFLARE_API_TOKEN']! },
    env: { ...cf.env, ...offlineNpm, CHANGE_ACTIONS_RETRY_BASE_MS: '20' },
    stepTimeoutMs: 120_000,
  });
}

const explain = (run: WorkflowRunResult) =>
  JSON.stringify(Object.values(run.jobs).map((j) => [j.id, j.result, j.steps.map((s) => [s.id, s.conclusion, s.steps?.map((c) => [c.id, c.conclusion, (c.stdout + c.stderr).slice(-2000)])])]));

const liveVersions = (worker: string) => {
  const script = cf.state.scripts.get(worker);
  return script?.deployments.at(-1)?.versions.map((v) => v.version_id);
};

describe('deploy-worker.yml with the real post-deploy-monitor and auto-revert-on-threshold', () => {
  test('a healthy deploy: watched for the whole window, healthy, nothing rolled back', async () => {
    const c = change('real-healthy', 'fix: cache the key set\n\nEvery request fetched it.\n');
    const run = await deploy(c);
    const pipeline = stepOf(run.jobs['deploy'], 'pipeline');
    expect(pipeline.steps?.map((s) => `${s.id}:${s.conclusion}`), explain(run)).toEqual(['classify:success', 'type:success', 'deploy:success', 'monitor:success', 'rollback:skipped', 'outcome:success']);
    expect(run.conclusion).toBe('success');
    expect(pipeline.outputs).toMatchObject({ 'version-id': GOOD, verdict: 'healthy', 'rolled-back': 'false' });
    expect(run.jobs['deploy']!.outputs).toMatchObject({ verdict: 'healthy', 'rolled-back': 'false' });
    expect(liveVersions(c.worker)).toEqual([GOOD]);
    // The monitor measured the new version from the Worker's logs in Loki (not only by probes).
    expect(loki.queries.some((q) => q.tenant === TENANT && q.status === 200 && q.query.includes(GOOD))).toBe(true);
    expect(pipeline.steps?.find((s) => s.id === 'monitor')?.stdout).toMatch(/whole window:\n  error-rate: HEALTHY/);
  }, 240_000);

  test('a deploy that breaches: rolled back to the previous version, verified, and the job is red', async () => {
    const c = change('real-breach', 'feat: stream the proof\n\nLarge proofs timed out.\n');
    // The new version passes its verification, then answers 500 to everything while it is watched.
    const watcher = setInterval(() => {
      const verified = [...deployments.values()].some((d) => d.ref === c.head && d.statuses.some((s) => s.state === 'success'));
      if (verified && !bad.has(GOOD)) {
        bad.add(GOOD);
        void dev.control({ version: GOOD, status: 500 });
      }
    }, 50);
    let run: WorkflowRunResult;
    try {
      run = await deploy(c);
    } finally {
      clearInterval(watcher);
      bad.delete(GOOD);
    }
    const pipeline = stepOf(run.jobs['deploy'], 'pipeline');
    expect(pipeline.steps?.map((s) => `${s.id}:${s.outcome}`), explain(run)).toEqual(['classify:success', 'type:success', 'deploy:success', 'monitor:failure', 'rollback:success', 'outcome:failure']);
    expect(pipeline.outputs).toMatchObject({ verdict: 'breached', 'rolled-back': 'true', 'target-version-id': c.previous });
    expect(run.jobs['deploy']!.result).toBe('failure');
    expect(run.jobs['deploy']!.outputs).toMatchObject({ 'rolled-back': 'true', verdict: 'breached' });
    // The live deployment on Cloudflare is the previous version again, and the Worker answers as it.
    expect(liveVersions(c.worker)).toEqual([c.previous]);
    expect(await fetch(`${dev.url}/health`).then((r) => r.json())).toMatchObject({ status: 'ok', version: c.previous });
    // The breach was measured from the Worker's logs in Loki, not only by the probes.
    expect(stepOf(run.jobs['deploy'], 'pipeline').steps?.find((s) => s.id === 'monitor')?.stdout).toMatch(/error-rate: BREACH/);
    expect(run.summary).toContain(`rolled back to ${c.previous} and verified`);
  }, 240_000);
});

describe('workflows-templates/deploy.yml with the real auto-revert-on-threshold', () => {
  test('a new version that fails its verification is rolled back to the recorded version, verified', async () => {
    const c = change('real-tpl-failed', 'fix: shorten the cache\n\nStale keys were served.\n');
    await dev.control({ version: c.previous });
    // Every answer of the new version is a 500: the health check fails once its window (5 s here) is over.
    bad.add(GOOD);
    let run: WorkflowRunResult;
    try {
      run = await runWorkflow({
        workflow: 'workflows-templates/deploy.yml',
        eventName: 'push',
        event: pushEvent(c.repo, c.base, c.head),
        checkout: c.repo.dir,
        githubApiUrl: gh.url,
        secrets: { CLOUDFLARE_API_TOKEN: cf.env['CLOUDFLARE_API_TOKEN']! },
        vars: { CLOUDFLARE_ACCOUNT_ID: cf.accountId, DEPLOY_URL: dev.url, DEPLOY_HEALTH_TIMEOUT_SECONDS: '5' },
        env: { ...cf.env, ...offlineNpm, CHANGE_ACTIONS_RETRY_BASE_MS: '20' },
        stepTimeoutMs: 240_000,
      });
    } finally {
      bad.delete(GOOD);
    }
    const job = run.jobs['deploy']!;
    expect(stepOf(job, 'deploy').outcome, explain(run)).toBe('failure');
    const rollback = stepOf(job, 'rollback');
    expect(rollback.conclusion, explain(run)).toBe('success');
    expect(rollback.outputs).toMatchObject({ 'rolled-back': 'true', 'target-version-id': c.previous });
    expect(job.result).toBe('failure');
    expect(liveVersions(c.worker)).toEqual([c.previous]);
    expect(await fetch(`${dev.url}/health`).then((r) => r.json())).toMatchObject({ status: 'ok', version: c.previous });
  }, 300_000);
});

describe('workflows-templates/typescript-worker-deploy.yml with the real post-deploy-monitor', () => {
  test('a push: deployed through deploy-worker.yml, watched against Loki for the whole window, healthy', async () => {
    const c = change('real-tpl-ts', 'fix: answer the health check faster\n\nThe health check timed out under load.\n');
    await dev.control({ version: c.previous });
    const run = await runWorkflow({
      workflow: 'workflows-templates/typescript-worker-deploy.yml',
      eventName: 'push',
      event: pushEvent(c.repo, c.base, c.head),
      checkout: c.repo.dir,
      githubApiUrl: gh.url,
      secrets: { CLOUDFLARE_API_TOKEN: cf.env['CLOUDFLARE_API_TOKEN']! },
      vars: { CLOUDFLARE_ACCOUNT_ID: cf.accountId, DEPLOY_URL: dev.url, LOKI_URL: loki.url, LOKI_TENANT: TENANT },
      env: { ...cf.env, ...offlineNpm, CHANGE_ACTIONS_RETRY_BASE_MS: '20' },
      stepTimeoutMs: 120_000,
    });
    const job = allJobs(run)['worker/deploy'];
    const steps = (stepOf(job, 'pipeline').steps ?? []).map((s) => `${s.id}:${s.conclusion}`);
    expect(steps, explain(run)).toEqual(['classify:success', 'type:success', 'deploy:success', 'monitor:success', 'rollback:skipped', 'outcome:success']);
    expect(run.conclusion).toBe('success');
    expect(job!.outputs).toMatchObject({ 'version-id': GOOD, verdict: 'healthy', 'rolled-back': 'false' });
    expect(liveVersions(c.worker)).toEqual([GOOD]);
  }, 240_000);
});
