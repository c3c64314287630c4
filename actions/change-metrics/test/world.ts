/**
 * An organisation's quarter on the GitHub stand-in: repositories with deployments (and their
 * statuses), incident issues and commits, served per repository and paginated the way GitHub
 * does, each answer checked against GitHub's OpenAPI description by the stand-in.
 */
import { commit, commitComparison, fakeSha, user } from '../../../test/harness/fixtures.ts';
import type { GitHubStandIn, StandInRequest, StandInResponse } from '../../../test/harness/github-standin.ts';
import { INCIDENT_LABEL } from '@change-actions/change-record';
import type { CommitInput, DeploymentInput, IncidentIssueInput } from '@change-actions/metrics';

export interface RepositoryWorld {
  name: string;
  archived?: boolean;
  fork?: boolean;
  deployments: DeploymentInput[];
  incidents: IncidentIssueInput[];
  commits: CommitInput[];
  /** Commits on another branch than the default: not in the commit list, only the compare API knows them. */
  offBranch?: string[];
  /** Answer every request about this repository with this status (e.g. 404: the token cannot see it). */
  refuse?: number;
}

const api = (repo: string) => `https://api.github.com/repos/${repo}`;

export function minimalRepository(name: string, fields: { archived?: boolean; fork?: boolean } = {}) {
  const [owner, repo] = name.split('/') as [string, string];
  const url = api(name);
  const id = Number.parseInt(fakeSha(`repo:${name}`).slice(0, 7), 16);
  const urls = Object.fromEntries(
    ['archive', 'assignees', 'blobs', 'branches', 'collaborators', 'comments', 'commits', 'compare', 'contents', 'contributors', 'deployments', 'downloads', 'events', 'forks', 'git_commits', 'git_refs', 'git_tags', 'hooks', 'issue_comment', 'issue_events', 'issues', 'keys', 'labels', 'languages', 'merges', 'milestones', 'notifications', 'pulls', 'releases', 'stargazers', 'statuses', 'subscribers', 'subscription', 'tags', 'teams', 'trees'].map((k) => [`${k}_url`, `${url}/${k}`]),
  );
  return {
    ...urls,
    id,
    node_id: Buffer.from(`010:Repository${id}`).toString('base64'),
    name: repo,
    full_name: name,
    owner: user({ login: owner, type: 'Organization' }),
    private: true,
    html_url: `https://github.com/${name}`,
    description: null,
    fork: fields.fork ?? false,
    url,
    archived: fields.archived ?? false,
  };
}

export function apiDeployment(repo: string, d: DeploymentInput) {
  const url = `${api(repo)}/deployments/${d.id}`;
  return {
    url,
    id: d.id,
    node_id: `DE_${d.id}`,
    sha: d.sha,
    ref: d.sha,
    task: 'deploy',
    payload: d.payload as Record<string, unknown>,
    original_environment: d.environment,
    environment: d.environment,
    description: 'wrangler-deploy-verify',
    creator: user({ login: 'github-actions[bot]' }),
    created_at: d.createdAt,
    updated_at: d.statuses.at(-1)?.createdAt ?? d.createdAt,
    statuses_url: `${url}/statuses`,
    repository_url: api(repo),
    transient_environment: false,
    production_environment: d.environment === 'production',
  };
}

export function apiDeploymentStatus(repo: string, d: DeploymentInput, i: number) {
  const s = d.statuses[i]!;
  const id = d.id * 100 + i;
  return {
    url: `${api(repo)}/deployments/${d.id}/statuses/${id}`,
    id,
    node_id: `DES_${id}`,
    state: s.state,
    creator: user({ login: 'github-actions[bot]' }),
    description: s.state,
    environment: d.environment,
    target_url: `https://github.com/${repo}/actions/runs/${id}`,
    log_url: `https://github.com/${repo}/actions/runs/${id}`,
    environment_url: 'https://provii.example',
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: `${api(repo)}/deployments/${d.id}`,
    repository_url: api(repo),
  };
}

export function apiIssue(repo: string, issue: IncidentIssueInput) {
  const url = `${api(repo)}/issues/${issue.number}`;
  return {
    id: 9_000_000 + issue.number,
    node_id: `I_${issue.number}`,
    url,
    repository_url: api(repo),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `https://github.com/${repo}/issues/${issue.number}`,
    number: issue.number,
    state: issue.closedAt ? 'closed' : 'open',
    title: 'Automatic rollback',
    body: issue.body,
    user: user({ login: 'github-actions[bot]' }),
    labels: [{ id: 1, node_id: 'LA_1', url: `${api(repo)}/labels/${encodeURIComponent(INCIDENT_LABEL)}`, name: INCIDENT_LABEL, description: null, color: 'b60205', default: false }],
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    comments: 0,
    closed_at: issue.closedAt,
    created_at: issue.createdAt,
    updated_at: issue.closedAt ?? issue.createdAt,
    author_association: 'NONE',
  };
}

function paged(gh: GitHubStandIn, request: StandInRequest, items: readonly unknown[]): StandInResponse {
  const perPage = Math.min(Number(request.query.get('per_page') ?? 30) || 30, 100);
  const page = Number(request.query.get('page') ?? 1) || 1;
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (target: number, rel: string) => {
    const q = new URLSearchParams(request.query);
    q.set('page', String(target));
    q.set('per_page', String(perPage));
    return `<${gh.url}${request.path}?${q.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, 'prev'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  return { headers: links.length > 0 ? { link: links.join(', ') } : {}, body: items.slice((page - 1) * perPage, page * perPage) };
}

/** Scripts the stand-in with every repository of the world (and the organisation's list). */
export function serve(gh: GitHubStandIn, org: string, repositories: RepositoryWorld[]): void {
  const find = (r: StandInRequest) => repositories.find((x) => x.name === `${r.params['owner']}/${r.params['repo']}`);
  const per = (answer: (repo: RepositoryWorld, r: StandInRequest) => StandInResponse) => (r: StandInRequest) => {
    const repo = find(r);
    if (!repo) return { status: 404, body: { message: 'Not Found' } };
    if (repo.refuse) return { status: repo.refuse, body: { message: 'Not Found' } };
    return answer(repo, r);
  };
  gh.route('GET', '/orgs/{org}/repos', (r) => (r.params['org'] === org ? paged(gh, r, repositories.map((x) => minimalRepository(x.name, x))) : { status: 404, body: { message: 'Not Found' } }));
  gh.route(
    'GET',
    '/repos/{owner}/{repo}/deployments',
    per((repo, r) => {
      const environment = r.query.get('environment');
      const listed = repo.deployments.filter((d) => !environment || d.environment === environment).sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id);
      return paged(gh, r, listed.map((d) => apiDeployment(repo.name, d)));
    }),
  );
  gh.route(
    'GET',
    '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    per((repo, r) => {
      const d = repo.deployments.find((x) => String(x.id) === r.params['deployment_id']);
      if (!d) return { status: 404, body: { message: 'Not Found' } };
      // Newest first, as GitHub lists them.
      return paged(gh, r, d.statuses.map((_, i) => apiDeploymentStatus(repo.name, d, i)).reverse());
    }),
  );
  const known = (repo: RepositoryWorld) => new Map(repo.deployments.flatMap((d) => d.commits ?? []).map((c) => [c.sha, c]));
  const apiCommit = (sha: string, date: string, message = `change ${sha.slice(0, 7)}`) => commit({ sha, message, author: { date }, committer: { date } });
  gh.route(
    'GET',
    '/repos/{owner}/{repo}/compare/{basehead}',
    per((repo, r) => {
      const [, head] = (r.params['basehead'] ?? '').split('...');
      const d = repo.deployments.find((x) => x.sha === head);
      const commits = (d?.commits ?? []).map((c) => apiCommit(c.sha, c.committedAt));
      return { body: { ...commitComparison({ commits: paged(gh, r, commits).body as ReturnType<typeof commit>[] }), total_commits: commits.length, ahead_by: commits.length } };
    }),
  );
  gh.route(
    'GET',
    '/repos/{owner}/{repo}/commits/{ref}',
    per((repo, r) => {
      const c = known(repo).get(r.params['ref'] ?? '');
      return c ? { body: { ...apiCommit(c.sha, c.committedAt), stats: { total: 1, additions: 1, deletions: 0 }, files: [] } } : { status: 404, body: { message: 'Not Found' } };
    }),
  );
  // The default branch: every deployed commit and every listed one, in one line of history by
  // time, newest first, within since and until as GitHub filters them.
  gh.route(
    'GET',
    '/repos/{owner}/{repo}/commits',
    per((repo, r) => {
      const all = new Map<string, { sha: string; committedAt: string; message?: string }>();
      for (const c of repo.deployments.flatMap((d) => d.commits ?? [])) all.set(c.sha, c);
      for (const c of repo.commits) all.set(c.sha, c);
      for (const sha of repo.offBranch ?? []) all.delete(sha);
      const line = [...all.values()].sort((a, b) => Date.parse(a.committedAt) - Date.parse(b.committedAt));
      const since = Date.parse(r.query.get('since') ?? '1970-01-01T00:00:00Z');
      const until = Date.parse(r.query.get('until') ?? '9999-01-01T00:00:00Z');
      const listed = line
        .map((c, i) => ({ c, parent: line[i - 1]?.sha ?? fakeSha(`root:${repo.name}`) }))
        .filter(({ c }) => Date.parse(c.committedAt) >= since && Date.parse(c.committedAt) <= until)
        .reverse()
        .map(({ c, parent }) => ({ ...apiCommit(c.sha, c.committedAt, c.message), parents: [{ sha: parent, url: `${api(repo.name)}/commits/${parent}`, html_url: `https://github.com/${repo.name}/commit/${parent}` }] }));
      return paged(gh, r, listed);
    }),
  );
  gh.route(
    'GET',
    '/repos/{owner}/{repo}/issues',
    per((repo, r) => paged(gh, r, r.query.get('labels') === INCIDENT_LABEL ? repo.incidents.map((i) => apiIssue(repo.name, i)) : [])),
  );
}
