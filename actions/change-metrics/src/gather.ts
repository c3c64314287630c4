/**
 * Reads what the metrics need from the GitHub API, every list paginated, each call counted against
 * the run's budget: deployments of the production environment and their statuses, the default
 * branch's commits of the period (for reverts, and the commits each successful deployment brought
 * since the service's previous one; the compare API only where that history does not reach), and
 * incident issues by their label.
 */
import { coreLogger as log, messageOf, statusOf, UserError } from '@change-actions/action-kit';
import type { GitHubClient } from '@change-actions/action-kit/github';
import { compareCommits } from '@change-actions/change-gather';
import { INCIDENT_LABEL, check, deploymentPayloadContract } from '@change-actions/change-record';
import { commitsBetween, type DeployedCommit, type DeploymentInput, type HistoryCommit, type RepositoryInput } from '@change-actions/metrics';

/** Counts every request and refuses the one past the budget, so a run never drains the token. */
export class ApiBudget {
  calls = 0;
  rateLimitRemaining: number | null = null;
  readonly max: number;
  constructor(max: number) {
    this.max = max;
  }

  attach(client: GitHubClient): void {
    client.hook.before('request', (options) => {
      if (this.calls >= this.max) {
        throw new UserError(
          `stopped before ${options.method} ${options.url}: the run has made ${this.calls} API calls, the most input max-api-calls allows; nothing is reported from incomplete data. Read fewer repositories or a shorter period, or raise max-api-calls within the token's rate limit.`,
        );
      }
      this.calls++;
    });
    const remember = (headers: Record<string, unknown> | undefined) => {
      const remaining = Number(headers?.['x-ratelimit-remaining']);
      if (Number.isFinite(remaining)) this.rateLimitRemaining = remaining;
    };
    client.hook.after('request', (response) => remember(response.headers as Record<string, unknown>));
    client.hook.error('request', (error) => {
      remember((error as { response?: { headers?: Record<string, unknown> } }).response?.headers);
      throw error;
    });
  }
}

/** The service of one of our deployments (its Worker, or the repository); undefined when it is not ours. */
function serviceOfIn(repository: string, d: { id: number; payload: unknown }): string | undefined {
  try {
    return check(deploymentPayloadContract, d.payload, `deployment ${d.id} payload`).worker ?? repository;
  } catch {
    return undefined; // not ours: the engine reports it
  }
}

function split(repository: string) {
  const [owner, repo] = repository.split('/') as [string, string];
  return { owner, repo };
}

function failReading(repository: string, what: string, error: unknown): never {
  if (error instanceof UserError) throw error;
  const status = statusOf(error);
  const hint = status === 404 || status === 403 ? ' (the token cannot read it: give it deployments, issues and contents read on every repository)' : '';
  throw new UserError(`cannot read ${what} of ${repository}: ${status ? `HTTP ${status}: ` : ''}${messageOf(error)}${hint}; no figures are reported from incomplete data`);
}

/** Every repository of the organisation, archived and forked ones left out. */
export async function organisationRepositories(github: GitHubClient, org: string): Promise<string[]> {
  try {
    const repos = await github.paginate(github.rest.repos.listForOrg, { org, type: 'all', per_page: 100 });
    return repos.filter((r) => !r.archived && !r.fork).map((r) => r.full_name).sort();
  } catch (error) {
    return failReading(org, 'the repository list', error);
  }
}

const REVERT = /This reverts commit [0-9a-f]{40}/;

export async function readRepository(github: GitHubClient, repository: string, period: { start: string; end: string }, environment: string): Promise<RepositoryInput> {
  const where = split(repository);
  const start = Date.parse(period.start);
  const serviceOf = (d: { id: number; payload: unknown }) => serviceOfIn(repository, d);

  // Newest first. The page that reaches before the period holds the bases of its first compares.
  const listed: Array<{ id: number; sha: string; environment: string; created_at: string; payload: unknown }> = [];
  try {
    for await (const { data } of github.paginate.iterator(github.rest.repos.listDeployments, { ...where, environment, per_page: 100 })) {
      listed.push(...data.map((d) => ({ id: d.id, sha: d.sha, environment: d.environment, created_at: d.created_at, payload: d.payload })));
      const last = data.at(-1);
      if (!last || Date.parse(last.created_at) < start) break;
    }
  } catch (error) {
    failReading(repository, 'the deployments', error);
  }
  const end = Date.parse(period.end);
  const deployments: DeploymentInput[] = [];
  const statusesOf = async (d: (typeof listed)[number]): Promise<DeploymentInput> => {
    let statuses: Array<{ state: string; created_at: string }>;
    try {
      statuses = await github.paginate(github.rest.repos.listDeploymentStatuses, { ...where, deployment_id: d.id, per_page: 100 });
    } catch (error) {
      return failReading(repository, `the statuses of deployment ${d.id}`, error);
    }
    return { id: d.id, sha: d.sha, environment: d.environment, createdAt: d.created_at, payload: d.payload, statuses: statuses.map((s) => ({ state: s.state, createdAt: s.created_at })), commits: null };
  };
  for (const d of listed.filter((x) => Date.parse(x.created_at) >= start && Date.parse(x.created_at) < end)) deployments.push(await statusesOf(d));
  // Before the period, only the last successful deployment of each service counts: the base of
  // the first compare. Newest first, and no further than needed.
  const wanted = new Set(deployments.map(serviceOf).filter((s): s is string => s !== undefined));
  for (const d of listed.filter((x) => Date.parse(x.created_at) < start)) {
    if (wanted.size === 0) break;
    const service = serviceOf(d);
    if (service === undefined || !wanted.has(service)) continue;
    const read = await statusesOf(d);
    deployments.push(read);
    if (read.statuses.some((x) => x.state === 'success')) wanted.delete(service);
  }

  // The default branch's commits of the period: revert commits, and the history most deployments'
  // commits are read from without a compare call each.
  const history = new Map<string, HistoryCommit>();
  const commits: RepositoryInput['commits'] = [];
  try {
    const listedCommits = await github.paginate(github.rest.repos.listCommits, { ...where, since: period.start, until: period.end, per_page: 100 });
    for (const c of listedCommits) {
      const committedAt = c.commit.committer?.date ?? c.commit.author?.date;
      if (committedAt) history.set(c.sha, { committedAt, parents: c.parents.map((p) => p.sha) });
      if (REVERT.test(c.commit.message)) commits.push({ sha: c.sha, message: c.commit.message, committedAt: committedAt ?? period.start });
    }
  } catch (error) {
    // An empty repository answers 409: it has no commits to revert.
    if (statusOf(error) !== 409) failReading(repository, 'the commits', error);
  }

  // Lead time: the commits each successful deployment in the period brought to its service.
  const ordered = [...deployments].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  const lastSuccess = new Map<string, string>();
  for (const d of ordered) {
    let service: string;
    let strategy: string;
    try {
      const payload = check(deploymentPayloadContract, d.payload, `deployment ${d.id} payload`);
      service = payload.worker ?? repository;
      strategy = payload.strategy;
    } catch {
      continue; // not ours: the engine reports it
    }
    if (!d.statuses.some((s) => s.state === 'success') || strategy === 'verify') continue;
    const base = lastSuccess.get(service);
    lastSuccess.set(service, d.sha);
    if (Date.parse(d.createdAt) < start) continue;
    try {
      const listedHead = history.get(d.sha);
      // The first deployment of a service: its own commit (listed, or asked for).
      if (base === undefined) d.commits = [listedHead ? { sha: d.sha, committedAt: listedHead.committedAt } : await oneCommit(github, where, d.sha)];
      else d.commits = commitsBetween(history, base, d.sha) ?? (await broughtCommits(github, where, base, d.sha));
    } catch (error) {
      failReading(repository, `the commits of deployment ${d.id}`, error);
    }
  }

  let incidents: RepositoryInput['incidents'] = [];
  try {
    const issues = await github.paginate(github.rest.issues.listForRepo, { ...where, labels: INCIDENT_LABEL, state: 'all', since: period.start, per_page: 100 });
    incidents = issues.filter((i) => !i.pull_request).map((i) => ({ number: i.number, body: i.body ?? '', createdAt: i.created_at, closedAt: i.closed_at }));
  } catch (error) {
    failReading(repository, 'the incident issues', error);
  }

  log.info(`${repository}: ${deployments.length} deployments, ${incidents.length} incident issues, ${commits.length} revert commits`);
  return { repository, deployments, incidents, commits, changeRecords: [] };
}

async function oneCommit(github: GitHubClient, where: { owner: string; repo: string }, sha: string): Promise<DeployedCommit> {
  const { data } = await github.rest.repos.getCommit({ ...where, ref: sha, per_page: 1 });
  const date = data.commit.committer?.date ?? data.commit.author?.date;
  if (!date) throw new Error(`commit ${sha.slice(0, 12)} has no date`);
  return { sha: data.sha, committedAt: date };
}

async function broughtCommits(github: GitHubClient, where: { owner: string; repo: string }, base: string, head: string): Promise<DeployedCommit[]> {
  const { commits } = await compareCommits(github, where.owner, where.repo, base, head);
  return commits.map((c) => {
    if (!c.committedAt) throw new Error(`commit ${c.sha.slice(0, 12)} has no date`);
    return { sha: c.sha, committedAt: c.committedAt };
  });
}
