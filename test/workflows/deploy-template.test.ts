/**
 * workflows-templates/deploy.yml end to end through the workflow runner, on a push to main of a
 * real Worker repository: actions/checkout (a stand-in cloning that repository), classify-change
 * and wrangler-deploy-verify from their bundles, a real `npm ci` (offline: the project links the
 * real wrangler), real wrangler against the Cloudflare stand-in, the real test Worker under
 * `wrangler dev` answering as the new version, and the GitHub stand-in for the Deployments API.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedWorker, type RecordedDeployment } from '../../actions/wrangler-deploy-verify/test/support.ts';
import type { CloudflareStandIn } from '../harness/cloudflare-standin.ts';
import type { TempRepo } from '../harness/git-repo.ts';
import type { GitHubStandIn } from '../harness/github-standin.ts';
import type { WorkerDev } from '../harness/worker-dev.ts';
import { runWorkflow, stepOf, type WorkflowRunResult } from '../harness/workflow-runner.ts';
import { type DeployLab, offlineNpm, pushEvent, SESSIONS_KV, startDeployLab, workerRepository, wranglerToml } from './support.ts';

const GOOD = '5d6e7f80-91a2-4b3c-8d4e-5f60718293a4';

let lab: DeployLab;
let cf: CloudflareStandIn;
let gh: GitHubStandIn;
let dev: WorkerDev;
let deployments: Map<number, RecordedDeployment>;
let chooseIds: (worker: string, ...ids: string[]) => void;
const repos: TempRepo[] = [];

beforeAll(async () => {
  lab = await startDeployLab(GOOD);
  ({ cf, gh, dev, deployments, chooseIds } = lab);
}, 60_000);

afterAll(async () => {
  await lab?.stop();
  for (const r of repos) r.remove();
});

/** A Worker repository whose last push is `message` changing wrangler.toml to `after` (from `before`). */
function change(name: string, before: string, after: string, message: string) {
  const repo = workerRepository(name, before);
  repos.push(repo);
  const base = repo.head();
  const head = repo.commit(message, { 'wrangler.toml': wranglerToml(name, after), 'src/notes.md': `${name}\n` });
  // The version serving now, the rollback target, of the Worker wrangler deploys for env.production.
  const worker = `${name}-production`;
  const [previous] = seedWorker(cf, worker);
  return { repo, base, head, worker, previous: previous! };
}

function deploy(c: ReturnType<typeof change>): Promise<WorkflowRunResult> {
  return runWorkflow({
    workflow: 'workflows-templates/deploy.yml',
    eventName: 'push',
    event: pushEvent(c.repo, c.base, c.head),
    checkout: c.repo.dir,
    githubApiUrl: gh.url,
    secrets: { CLOUDFLARE_API_TOKEN: cf.env['CLOUDFLARE_API_TOKEN']! },
    vars: { CLOUDFLARE_ACCOUNT_ID: cf.accountId, DEPLOY_URL: dev.url },
    env: { ...cf.env, ...offlineNpm, CHANGE_ACTIONS_RETRY_BASE_MS: '20' },
    stepTimeoutMs: 60_000,
  });
}

/** Requests that upload or deploy anything for this Worker. */
const changes = (name: string) => cf.requests.filter((q) => q.params['script'] === name && (q.method === 'POST' || q.method === 'PUT') && !q.route?.endsWith('/subdomain'));
const planOf = (run: WorkflowRunResult) => JSON.parse(stepOf(run.jobs['deploy'], 'deploy').outputs['rollback-plan'] ?? 'null') as Record<string, any>;

describe('deploy.yml', () => {
  test('a rollback-safe change: classified, installed, deployed, verified, recorded; the plan is kept', async () => {
    const c = change('tpl-safe', '', '', 'fix: answer the health check faster\n\nThe health check timed out under load.\n');
    chooseIds(c.worker, GOOD);
    const run = await deploy(c);
    const job = run.jobs['deploy']!;
    expect(job.steps.map((s) => `${s.id}:${s.conclusion}`), job.steps.map((s) => `${s.id} ${s.durationMs}ms\n${s.stdout}${s.stderr}`).join('\n') + JSON.stringify(gh.unmatched.map((q) => `${q.method} ${q.path}`))).toEqual([
      '__actions_checkout:success',
      'classify:success',
      '__run:success',
      'deploy:success',
      '__actions_upload-artifact:success',
      // Verified: nothing to roll back.
      'rollback:skipped',
    ]);
    expect(run.conclusion).toBe('success');
    // What the template asks GitHub for.
    expect(run.permissions).toEqual({ contents: 'read' });
    // contents, issues and pull-requests: the automatic rollback's revert branch, incident and pull request.
    expect(job.permissions).toEqual({ contents: 'write', deployments: 'write', issues: 'write', 'pull-requests': 'write' });
    expect(job.environment).toEqual({ name: 'production' });
    expect(run.concurrency).toEqual({ group: 'deploy-Codertocat/Hello-World-production', 'cancel-in-progress': false });
    expect(job.timeoutMinutes).toBe(20);
    expect(run.unpinned).toEqual([]);
    expect(run.actionUses.map((u) => u.uses.split('@')[0])).toEqual(['actions/checkout', 'actions/upload-artifact']);

    const classify = stepOf(job, 'classify');
    expect(classify.inputs['sync-labels']).toBe('false');
    expect(classify.outputs['rollback-safe']).toBe('true');
    const deployStep = stepOf(job, 'deploy');
    expect(deployStep.env).toEqual({ CLOUDFLARE_API_TOKEN: cf.env['CLOUDFLARE_API_TOKEN'], CLOUDFLARE_ACCOUNT_ID: cf.accountId });
    expect(deployStep.inputs).toMatchObject({ 'change-record': classify.outputs['record-path'], 'forward-fix-only': 'false', url: dev.url, environment: 'production' });
    expect(deployStep.outputs).toMatchObject({ 'version-id': GOOD, 'previous-version-id': c.previous, healthy: 'true', 'deployment-url': dev.url });
    expect(planOf(run)).toMatchObject({ mode: 'rollback', target_version_id: c.previous, recommended: false });
    const recorded = [...deployments.values()].find((d) => d.ref === c.head);
    expect(recorded?.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    // The rollback plan was uploaded as the artifact the template names.
    const artifact = run.artifacts.get('rollback-plan');
    expect(artifact?.retentionDays).toBe('90');
    const [planFile] = Object.values(artifact?.files ?? {});
    expect(JSON.parse(readFileSync(planFile!, 'utf8'))).toMatchObject({ target_version_id: c.previous });
    expect(run.summary).toContain(GOOD.slice(0, 8));
    expect(cf.outsideRequests).toEqual([]);
    expect(gh.unmatched).toEqual([]);
  }, 90_000);

  // Passes once the deploy reads the change record classify-change writes (the record's facts
  // sit under `record`; the deploy's reader looks for them at the top level).
  test('classify → deploy refuses a rollback-unsafe change unless forward-fix-only is set', async () => {
    const message = 'refactor: keep sessions in the session Durable Object\n\nThe SESSIONS namespace is no longer read.\n';
    const refused = change('tpl-unsafe', SESSIONS_KV, '', message);
    // Were it deployed, it would be healthy: only the refusal keeps it out.
    chooseIds(refused.worker, GOOD);
    const run = await deploy(refused);
    const job = run.jobs['deploy']!;
    expect(stepOf(job, 'classify').outputs['rollback-safe']).toBe('false');
    expect(stepOf(job, 'deploy').inputs['forward-fix-only']).toBe('false');
    expect(job.result).toBe('failure');
    expect(stepOf(job, 'deploy').conclusion).toBe('failure');
    expect(planOf(run)).toMatchObject({ mode: 'refused' });
    expect(changes(refused.worker)).toEqual([]);
    // The plan is still kept: the upload runs after a failure.
    expect(stepOf(job, 'actions/upload-artifact').conclusion).toBe('success');
    // Nothing was deployed, so the plan recommends no rollback and none runs.
    expect(stepOf(job, 'rollback').conclusion).toBe('skipped');

    const accepted = change('tpl-forward-fix', SESSIONS_KV, '', `${message}\nForward-fix-only: true\n`);
    chooseIds(accepted.worker, GOOD);
    const forward = await deploy(accepted);
    const deployStep = stepOf(forward.jobs['deploy'], 'deploy');
    expect(stepOf(forward.jobs['deploy'], 'classify').outputs['rollback-safe']).toBe('false');
    expect(deployStep.inputs['forward-fix-only']).toBe('true');
    expect(deployStep.outputs).toMatchObject({ 'version-id': GOOD, healthy: 'true' });
    expect(planOf(forward)).toMatchObject({ mode: 'forward-fix-only' });
    expect(forward.conclusion).toBe('success');
  }, 150_000);
});
