/**
 * What the wrangler-deploy-verify tests share: GitHub Deployment fixtures that conform to GitHub's
 * OpenAPI description, a GitHub stand-in that records deployments and their statuses, a way to
 * choose the id of the next version the Cloudflare stand-in makes (so the test Worker under
 * `wrangler dev` can answer as that version), per-test Worker projects, and the sentinel secret
 * check.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { CloudflareStandIn } from '../../../test/harness/cloudflare-standin.ts';
import { fakeSha, user } from '../../../test/harness/fixtures.ts';
import type { GitHubStandIn, StandInRequest } from '../../../test/harness/github-standin.ts';
import { repoRoot } from '../../../test/harness/paths.ts';
import type { RunResult } from '../../../test/harness/run-action.ts';

export const action = 'wrangler-deploy-verify';
export const testWorkerMain = join(repoRoot, 'test', 'worker', 'src', 'index.ts');

const API = 'https://api.github.com/repos/maelstrom/provii-verifier';
const DATE = '2026-11-28T10:00:00Z';

/** A deployment as "Create a deployment" answers it. */
export function deploymentFixture(id: number, request: { ref: string; environment?: string; description?: string | null; payload?: unknown; task?: string }) {
  return {
    url: `${API}/deployments/${id}`,
    id,
    node_id: Buffer.from(`Deployment${id}`).toString('base64'),
    sha: /^[0-9a-f]{40}$/.test(request.ref) ? request.ref : fakeSha(request.ref),
    ref: request.ref,
    task: request.task ?? 'deploy',
    payload: request.payload ?? {},
    original_environment: request.environment ?? 'production',
    environment: request.environment ?? 'production',
    description: request.description ?? null,
    creator: user({ login: 'github-actions[bot]' }),
    created_at: DATE,
    updated_at: DATE,
    statuses_url: `${API}/deployments/${id}/statuses`,
    repository_url: API,
    transient_environment: false,
    production_environment: (request.environment ?? 'production') === 'production',
  };
}

/** A deployment status as "Create a deployment status" answers it. */
export function deploymentStatusFixture(id: number, deploymentId: number, request: { state: string; description?: string; environment_url?: string; log_url?: string }) {
  return {
    url: `${API}/deployments/${deploymentId}/statuses/${id}`,
    id,
    node_id: Buffer.from(`DeploymentStatus${id}`).toString('base64'),
    state: request.state,
    creator: user({ login: 'github-actions[bot]' }),
    description: request.description ?? '',
    environment: 'production',
    target_url: request.log_url ?? '',
    log_url: request.log_url ?? '',
    environment_url: request.environment_url ?? '',
    created_at: DATE,
    updated_at: DATE,
    deployment_url: `${API}/deployments/${deploymentId}`,
    repository_url: API,
  };
}

export interface RecordedDeployment {
  id: number;
  ref: string;
  environment: string;
  payload: Record<string, unknown>;
  statuses: Array<{ state: string; description: string; environment_url?: string; log_url?: string }>;
}

/** Routes deployments and statuses on the stand-in; the record of each deployment is kept by id. */
export function serveDeployments(gh: GitHubStandIn): Map<number, RecordedDeployment> {
  const deployments = new Map<number, RecordedDeployment>();
  // No deploy freeze stands: no issue carries the label.
  gh.route('GET', '/repos/{owner}/{repo}/issues', { body: [] });
  let next = 1;
  let nextStatus = 1;
  gh.route('POST', '/repos/{owner}/{repo}/deployments', ({ body }: StandInRequest) => {
    const request = body as { ref: string; environment?: string; description?: string; payload?: Record<string, unknown>; task?: string };
    const id = next++;
    deployments.set(id, { id, ref: request.ref, environment: request.environment ?? 'production', payload: request.payload ?? {}, statuses: [] });
    return { status: 201, body: deploymentFixture(id, request) };
  });
  gh.route('POST', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', ({ params, body }: StandInRequest) => {
    const deploymentId = Number(params['deployment_id']);
    const request = body as { state: string; description?: string; environment_url?: string; log_url?: string };
    const record = deployments.get(deploymentId);
    if (!record) return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
    record.statuses.push({ state: request.state, description: request.description ?? '', ...(request.environment_url ? { environment_url: request.environment_url } : {}), ...(request.log_url ? { log_url: request.log_url } : {}) });
    return { status: 201, body: deploymentStatusFixture(nextStatus++, deploymentId, request) };
  });
  return deployments;
}

export function deploymentOf(deployments: Map<number, RecordedDeployment>, sha: string): RecordedDeployment | undefined {
  return [...deployments.values()].find((d) => d.ref === sha);
}

/**
 * Lets a test choose the ids of the versions the stand-in makes for a Worker, in order: the test
 * Worker under `wrangler dev` answers with a fixed version id, and a test makes either the new
 * version (healthy) or the previous one (the old version still answering) carry it.
 */
export function chooseVersionIds(cf: CloudflareStandIn): (worker: string, ...ids: string[]) => void {
  const queued = new Map<string, string[]>();
  const upload = cf.state.uploadVersion.bind(cf.state);
  cf.state.uploadVersion = (name, input) => {
    const version = upload(name, input);
    const id = queued.get(name)?.shift();
    if (id !== undefined) version.id = id;
    return version;
  };
  return (worker, ...ids) => queued.set(worker, [...(queued.get(worker) ?? []), ...ids]);
}

/** A Worker whose `count` versions exist, the newest serving 100 % (made directly in the model). */
export function seedWorker(cf: CloudflareStandIn, name: string, count = 1): string[] {
  const ids = Array.from({ length: count }, () => cf.state.uploadVersion(name).id);
  cf.state.deploy(name, [{ version_id: ids.at(-1)!, percentage: 100 }]);
  return ids;
}

/** A temporary Worker project: a wrangler config naming the Worker, using the test Worker's code. */
export class WorkerProject {
  readonly dir: string;
  readonly config: string;
  readonly name: string;

  constructor(name: string, extra = '') {
    this.name = name;
    this.dir = mkdtempSync(join(tmpdir(), `wdv-${name}-`));
    mkdirSync(this.dir, { recursive: true });
    this.config = join(this.dir, 'wrangler.toml');
    writeFileSync(
      this.config,
      `name = "${name}"\nmain = "${testWorkerMain}"\ncompatibility_date = "2026-11-01"\n\n[version_metadata]\nbinding = "CF_VERSION_METADATA"\n${extra}`,
    );
  }

  write(file: string, text: string): string {
    const path = join(this.dir, file);
    writeFileSync(path, text);
    return path;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The forms a sentinel takes that must never be seen: plain, base64 (standard and URL-safe), URL-encoded. */
export function sentinelForms(value: string): string[] {
  const b64 = Buffer.from(value).toString('base64');
  return [...new Set([value, b64, b64.replace(/=+$/, ''), Buffer.from(value).toString('base64url'), encodeURIComponent(value)])];
}

/**
 * Every place a run writes where the runner does not mask: the log (stdout, apart from the
 * `::add-mask::` commands, which the runner consumes and never shows), stderr, the summary, the
 * outputs, and any files given. Returns how many times any form of any sentinel was found.
 */
export function leaks(result: RunResult, sentinels: readonly string[], files: readonly string[] = []): string[] {
  const log = result.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  const places: Record<string, string> = {
    stdout: log,
    stderr: result.stderr,
    summary: result.summary,
    outputs: JSON.stringify(result.outputs),
    ...Object.fromEntries(files.map((text, i) => [`file ${i}`, text])),
  };
  const found: string[] = [];
  for (const sentinel of sentinels) {
    for (const form of sentinelForms(sentinel)) {
      for (const [place, text] of Object.entries(places)) {
        if (text.includes(form)) found.push(`${place}: ${form}`);
      }
    }
  }
  return found;
}

/** Each sentinel form was handed to the runner to mask. */
export function expectMasked(result: RunResult, sentinels: readonly string[]): void {
  const masks = new Set(
    result.stdout
      .split('\n')
      .filter((line) => line.startsWith('::add-mask::'))
      .map((line) => line.slice('::add-mask::'.length).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')),
  );
  for (const sentinel of sentinels) for (const form of sentinelForms(sentinel)) expect(masks, `mask for ${form}`).toContain(form);
}

/** The outputs, with the JSON ones parsed. */
export function outputsOf(r: RunResult): Record<string, string | undefined> & { plan: Record<string, any>; smoke: Array<Record<string, any>> } {
  return Object.assign({} as Record<string, string | undefined>, r.outputs, {
    plan: JSON.parse(r.outputs['rollback-plan'] ?? 'null') as Record<string, any>,
    smoke: JSON.parse(r.outputs['smoke-results'] ?? 'null') as Array<Record<string, any>>,
  });
}

/** Every output the action declares is set. */
export const OUTPUTS = [
  'version-id',
  'previous-version-id',
  'deployment-id',
  'cloudflare-deployment-id',
  'deployment-url',
  'healthy',
  'smoke-results',
  'rollback-plan',
  'rollback-plan-file',
];
