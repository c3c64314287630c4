/**
 * What the stages of `npm run demo` share: one GitHub stand-in that records the Deployments and
 * statuses the deploys create, the incident issue of an automatic rollback (and serves them back,
 * paginated, as the metrics read them), the revert pull request; the Worker repository the two
 * changes are made in; and a folder where every stage leaves its artifacts, per change, for the
 * auditability check.
 *
 * Artifacts: `<change>/<kind>.json`, kind one of change-record, gate-result, deployment-payload,
 * deploy-verification (the deploy's outputs: health, smoke tests, URL),
 * rollback-plan, monitor-verdict, incident; and `metrics.json` for the whole run.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INCIDENT_LABEL } from '@change-actions/change-record';
import { GitHubRepo } from '../../actions/auto-revert-on-threshold/test/github.ts';
import { apiIssue, serve, type RepositoryWorld } from '../../actions/change-metrics/test/world.ts';
import type { TempRepo } from '../harness/git-repo.ts';
import { startGitHubStandIn, type GitHubStandIn, type StandInRequest } from '../harness/github-standin.ts';
import { deploymentFixture, deploymentStatusFixture } from '../../actions/wrangler-deploy-verify/test/support.ts';

/** The repository every bundle run by the harness believes it runs in (GITHUB_REPOSITORY). */
export const DEMO_REPOSITORY = 'maelstrom/provii-verifier';

export const ARTIFACT_KINDS = ['change-record', 'gate-result', 'deployment-payload', 'deploy-verification', 'rollback-plan', 'monitor-verdict', 'incident'] as const;
export type ArtifactKind = (typeof ARTIFACT_KINDS)[number];

/** The demo's two changes: the normal one deploys healthy, the security one breaches and is rolled back. */
export const DEMO_CHANGES = ['normal', 'security'] as const;
export type DemoChange = (typeof DEMO_CHANGES)[number];

export interface Lifecycle {
  github: GitHubStandIn;
  world: RepositoryWorld;
  /** Where the artifacts are written. */
  artifacts: string;
  /** Commit times of the demo's commits, for the compare API the metrics read lead time from. */
  commitTimes: Map<string, string>;
  /** The Worker repository the changes are made in, once classify made it (removed on close). */
  repository?: TempRepo;
  /** Each change as it lands on main: the commit before it and its own. */
  changes: Partial<Record<DemoChange, { before: string; head: string }>>;
  save(change: DemoChange, kind: ArtifactKind, value: unknown): void;
  close(): Promise<void>;
}

export async function startLifecycle(artifacts = process.env['CHANGE_DEMO_ARTIFACTS']): Promise<Lifecycle> {
  const github = await startGitHubStandIn();
  // The revert pull request of an automatic rollback; the routes below replace its issues and
  // deployment statuses with the ones the metrics read back.
  new GitHubRepo(github);
  const world: RepositoryWorld = { name: DEMO_REPOSITORY, deployments: [], incidents: [], commits: [] };
  serve(github, 'maelstrom', [world]);
  const commitTimes = new Map<string, string>();
  let nextStatus = 1;
  github.route('POST', '/repos/{owner}/{repo}/deployments', ({ body }: StandInRequest) => {
    const request = body as { ref: string; environment?: string; description?: string; payload?: Record<string, unknown>; task?: string };
    const id = world.deployments.length + 1;
    const createdAt = new Date().toISOString();
    world.deployments.push({
      id,
      sha: request.ref,
      environment: request.environment ?? 'production',
      createdAt,
      payload: request.payload ?? {},
      statuses: [],
      commits: [{ sha: request.ref, committedAt: commitTimes.get(request.ref) ?? createdAt }],
    });
    return { status: 201, body: { ...deploymentFixture(id, request), created_at: createdAt, updated_at: createdAt } };
  });
  github.route('POST', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', ({ params, body }: StandInRequest) => {
    const deployment = world.deployments.find((d) => d.id === Number(params['deployment_id']));
    if (!deployment) return { status: 404, body: { message: 'Not Found' } };
    const request = body as { state: string; description?: string };
    deployment.statuses.push({ state: request.state, createdAt: new Date().toISOString() });
    return { status: 201, body: deploymentStatusFixture(nextStatus++, deployment.id, request) };
  });
  // An incident issue (auto-revert-on-threshold's) is kept where the metrics list them.
  github.route('POST', '/repos/{owner}/{repo}/issues', ({ body }: StandInRequest) => {
    const request = body as { title: string; body?: string; labels?: Array<string | { name: string }> };
    const number = 1000 + world.incidents.length + 1;
    const issue = { number, body: request.body ?? '', createdAt: new Date().toISOString(), closedAt: null };
    const labels = (request.labels ?? []).map((l) => (typeof l === 'string' ? l : l.name));
    if (labels.includes(INCIDENT_LABEL)) world.incidents.push(issue);
    return { status: 201, body: { ...apiIssue(DEMO_REPOSITORY, issue), title: request.title } };
  });
  // The rollback completes its incident issue (the revert pull request, the restore time).
  github.route('PATCH', '/repos/{owner}/{repo}/issues/{issue_number}', ({ params, body }: StandInRequest) => {
    const issue = world.incidents.find((i) => i.number === Number(params['issue_number']));
    if (!issue) return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
    const request = body as { title?: string; body?: string };
    if (request.body !== undefined) issue.body = request.body;
    return { body: { ...apiIssue(DEMO_REPOSITORY, issue), ...(request.title ? { title: request.title } : {}) } };
  });
  const keep = artifacts !== undefined && artifacts !== '';
  const dir = keep ? artifacts : mkdtempSync(join(tmpdir(), 'change-demo-'));
  mkdirSync(dir, { recursive: true });
  const lifecycle: Lifecycle = {
    github,
    world,
    artifacts: dir,
    commitTimes,
    changes: {},
    save(change, kind, value) {
      mkdirSync(join(dir, change), { recursive: true });
      writeFileSync(join(dir, change, `${kind}.json`), typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`);
    },
    async close() {
      await github.close();
      lifecycle.repository?.remove();
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
  };
  return lifecycle;
}
