/**
 * The lifecycle's deploys, as a provii repository runs them: `.github/workflows/deploy-worker.yml`
 * through the workflow runner (test/harness/workflow-runner.ts) on a push of each change to main
 * of the lifecycle's Worker repository. Every action in it runs from its bundle; real `npm ci`
 * (offline) and real wrangler against the Cloudflare stand-in, whose deployments the real test
 * Worker under `wrangler dev` follows (it answers as the version serving, with 500s when that
 * version is a bad one); the Worker's own request logs go to the Loki stand-in in the Logpush
 * shape, which post-deploy-monitor queries; the lifecycle's GitHub stand-in records the
 * Deployments, the incident issue and the revert pull request.
 *
 * After each run the files the bundles wrote are kept as the change's artifacts: the deployment
 * payload (as GitHub received it), the deploy's verification outputs, the rollback plan, the
 * monitor verdict and, after an automatic rollback, the incident record.
 *
 * Under plain Node the runner needs test/harness/languageservices-hooks.mjs registered first.
 */
import { readFileSync } from 'node:fs';
import { chooseVersionIds, seedWorker } from '../../actions/wrangler-deploy-verify/test/support.ts';
import { startCloudflareStandIn, type CloudflareStandIn } from '../harness/cloudflare-standin.ts';
import { forwardLogpush, type LogpushForwarder } from '../harness/logpush.ts';
import { startLokiStandin, type LokiStandin } from '../harness/loki-standin.ts';
import { repoRoot } from '../harness/paths.ts';
import type { RunResult } from '../harness/run-action.ts';
import { startWorkerDev, type WorkerDev } from '../harness/worker-dev.ts';
import { allJobs, runWorkflow, type JobResult, type StepResult, type WorkflowRunResult } from '../harness/workflow-runner.ts';
import { offlineNpm, pushEvent } from '../workflows/support.ts';
import { DEMO_REPOSITORY, type DemoChange, type Lifecycle } from './lifecycle.ts';

export const DEPLOY_WORKFLOW = '.github/workflows/deploy-worker.yml';
export const SERVICE = 'provii-verifier';
/** The Worker wrangler deploys for `--env production`. */
export const WORKER = `${SERVICE}-production`;
const TENANT = 'provii-logs';

/** The version each change's deploy makes. */
export const VERSIONS: Record<DemoChange, string> = {
  normal: '5e1ec7ed-0000-4000-8000-00000000beef',
  security: '5ec0de00-0000-4000-8000-0000000bad01',
};

/** What a stage prints of a step (the demo's `show` takes a bundle's run or a workflow step). */
export type Shown = Pick<RunResult, 'outputs' | 'summary'> & { exitCode: number | null | undefined };
export type Show = (title: string, result: Shown) => void;

export interface PipelineRun {
  run: WorkflowRunResult;
  /** The deploy job. */
  job: JobResult;
  /** The deploy-pipeline step and its steps (classify, type, deploy, monitor, rollback, outcome). */
  pipeline: StepResult;
  step(id: string): StepResult;
}

export interface DeployPipeline {
  /** The version serving before the first deploy (made directly in the Cloudflare model). */
  readonly before: string;
  /**
   * Runs deploy-worker.yml for the change's push to main and keeps its artifacts. `breaks`: once
   * the new version passed its verification, it answers 500 to everything.
   */
  deploy(change: DemoChange, options?: { breaks?: boolean }): Promise<PipelineRun>;
  /** The versions of the live deployment on Cloudflare. */
  live(): string[];
  /** The version the Worker answers as now (its health document). */
  answering(): Promise<string | undefined>;
  /** Stops the traffic, the Worker and the stand-ins (once; later calls wait for the first). */
  close(): Promise<void>;
}

export async function startDeployPipeline(lifecycle: Lifecycle): Promise<DeployPipeline> {
  const bad = new Set<string>();
  let dev: WorkerDev | undefined;
  const follow = async (versions: ReadonlyArray<{ version_id: string; percentage: number }>) => {
    const serving = [...versions].sort((a, b) => b.percentage - a.percentage)[0]?.version_id;
    if (serving !== undefined && dev) await dev.control(bad.has(serving) ? { version: serving, status: 500 } : { version: serving });
  };
  let cf: CloudflareStandIn | undefined;
  let loki: LokiStandin | undefined;
  let logpush: LogpushForwarder | undefined;
  let running = true;
  let load: Promise<unknown> = Promise.resolve();
  // Once, however often it is called: the traffic stops, then the Worker and the stand-ins.
  let closed: Promise<void> | undefined;
  const close = () =>
    (closed ??= (async () => {
      running = false;
      await load;
      await logpush?.stop();
      await dev?.stop();
      await Promise.all([cf?.close(), loki?.close()]);
    })());
  try {
    [cf, loki] = await Promise.all([startCloudflareStandIn({ onDeployment: (_script, deployment) => follow(deployment.versions) }), startLokiStandin({ tenant: TENANT })]);
    const chooseIds = chooseVersionIds(cf);
    const [before] = seedWorker(cf, WORKER);
    dev = await startWorkerDev({ vars: { VERSION_ID: before! }, env: cf.env });
    logpush = forwardLogpush(() => dev!.output(), loki.url, TENANT);
    // Traffic the watch measures, two requests at a time, for as long as the pipeline runs.
    const loop = async () => {
      while (running) {
        await fetch(`${dev!.url}/`).then((r) => r.arrayBuffer()).catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    load = Promise.all([loop(), loop()]);
    const standIns = { cf, loki, dev };

    return {
      before: before!,
      async deploy(change, options = {}) {
        const { cf, loki, dev } = standIns;
        const repo = lifecycle.repository;
        const landed = lifecycle.changes[change];
        if (!repo || !landed) throw new Error(`the ${change} change was not made (the classify stage makes it)`);
        const version = VERSIONS[change];
        chooseIds(WORKER, version);
        const event = pushEvent(repo, landed.before, landed.head);
        const [owner, name] = DEMO_REPOSITORY.split('/');
        event['repository'] = { ...event['repository'], name, full_name: DEMO_REPOSITORY, default_branch: 'main', master_branch: 'main', owner: { ...event['repository']['owner'], login: owner, name: owner } };
        const watcher = options.breaks
          ? setInterval(() => {
              const verified = lifecycle.world.deployments.some((d) => d.sha === landed.head && d.statuses.some((s) => s.state === 'success'));
              if (verified && !bad.has(version)) {
                bad.add(version);
                follow([{ version_id: version, percentage: 100 }]).catch((error: unknown) => process.stderr.write(`demo: the Worker could not be made to fail: ${String(error)}\n`));
              }
            }, 50)
          : undefined;
        let run: WorkflowRunResult;
        try {
          run = await runWorkflow({
            root: repoRoot,
            workflow: DEPLOY_WORKFLOW,
            eventName: 'push',
            event,
            checkout: repo.dir,
            githubApiUrl: lifecycle.github.url,
            inputs: { service: SERVICE, environment: 'production', 'cloudflare-account-id': cf.accountId, 'install-command': 'npm ci', url: dev.url, 'loki-url': loki.url, 'loki-tenant': TENANT },
            secrets: { CLOUDFLARE_API_TOKEN: cf.env['CLOUDFLARE_API_TOKEN']! },
            env: { ...cf.env, ...offlineNpm, CHANGE_ACTIONS_RETRY_BASE_MS: '20' },
            stepTimeoutMs: 120_000,
          });
        } finally {
          if (watcher) clearInterval(watcher);
        }
        const result = pipelineRun(run);
        keepArtifacts(lifecycle, change, result);
        return result;
      },
      live: () => standIns.cf.state.activeDeployment(WORKER)?.versions.map((v) => v.version_id) ?? [],
      async answering() {
        const health = (await fetch(`${standIns.dev.url}/health`).then((r) => r.json())) as { version?: string };
        return health.version;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

function pipelineRun(run: WorkflowRunResult): PipelineRun {
  const job = run.jobs['deploy'];
  const pipeline = job?.steps.find((s) => s.id === 'pipeline');
  if (!job || !pipeline) throw new Error(`${DEPLOY_WORKFLOW} ran no deploy job with a pipeline step:\n${describeRun(run)}`);
  const step = (id: string) => {
    const found = pipeline.steps?.find((s) => s.id === id);
    if (!found) throw new Error(`the pipeline of ${DEPLOY_WORKFLOW} has no step ${id}`);
    return found;
  };
  return { run, job, pipeline, step };
}

/** The files the bundles of one run wrote, and what GitHub received, as the change's artifacts. */
function keepArtifacts(lifecycle: Lifecycle, change: DemoChange, { pipeline, step }: PipelineRun): void {
  const deploy = step('deploy');
  const deployment = lifecycle.world.deployments.find((d) => String(d.id) === deploy.outputs['deployment-id']);
  if (deployment) lifecycle.save(change, 'deployment-payload', deployment.payload);
  if (deploy.outcome !== 'skipped') {
    lifecycle.save(change, 'deploy-verification', {
      healthy: deploy.outputs['healthy'],
      'smoke-results': deploy.outputs['smoke-results'],
      'deployment-url': deploy.outputs['deployment-url'],
      'version-id': deploy.outputs['version-id'],
    });
  }
  const files: Array<['rollback-plan' | 'monitor-verdict' | 'incident', string | undefined]> = [
    ['rollback-plan', pipeline.outputs['rollback-plan-file']],
    ['monitor-verdict', pipeline.outputs['verdict-file']],
    ['incident', step('rollback').outputs['incident-file']],
  ];
  for (const [kind, file] of files) if (file) lifecycle.save(change, kind, readFileSync(file, 'utf8'));
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The run as the Actions tab shows it: each job and step with its result, composite steps nested. */
export function describeRun(run: WorkflowRunResult): string {
  const lines = [`${run.name}: ${run.conclusion}`];
  const stepLines = (steps: StepResult[], indent: string) => {
    for (const s of steps) {
      const outcome = s.outcome !== s.conclusion ? ` (outcome ${s.outcome}, continue-on-error)` : '';
      // A step as GitHub lists it: its id where it has one, and what it runs (SHAs shortened).
      const uses = s.uses?.replace(/@([0-9a-f]{12})[0-9a-f]{28}$/, '@$1');
      const label = s.id.startsWith('__') ? (uses ?? s.name) : `${s.id}${uses ? ` (${uses})` : s.name && s.name !== s.id ? ` (${s.name})` : ''}`;
      lines.push(`${indent}${s.conclusion === 'success' ? '✓' : s.conclusion === 'skipped' ? '-' : '✗'} ${label}: ${s.conclusion}${outcome}${s.kind === 'skipped' ? '' : `, ${seconds(s.durationMs)}`}`);
      if (s.steps) stepLines(s.steps, `${indent}    `);
    }
  };
  for (const [id, job] of Object.entries(allJobs(run))) {
    lines.push(`  job ${id} (${job.name}): ${job.result}${job.environment ? `, environment ${job.environment.name}` : ''}`);
    stepLines(job.steps, '    ');
    const outputs = Object.entries(job.outputs).filter(([, v]) => v !== '');
    if (outputs.length) lines.push(`    outputs: ${outputs.map(([k, v]) => `${k}=${v}`).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
