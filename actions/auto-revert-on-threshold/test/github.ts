/**
 * The GitHub side of the rollback tests: issues, pull requests, a commit and deployment statuses
 * served by the GitHub stand-in from an in-memory repository, every answer shaped as GitHub's
 * OpenAPI description says (the stand-in validates each one).
 */
import { fakeSha, user } from '../../../test/harness/fixtures.ts';
import { webhookExample } from '../../../test/harness/events.ts';
import type { GitHubStandIn, StandInRequest } from '../../../test/harness/github-standin.ts';

const OWNER = 'maelstrom';
const REPO = 'provii-verifier';
const API = `https://api.github.com/repos/${OWNER}/${REPO}`;
export const REPOSITORY = `${OWNER}/${REPO}`;

export interface StoredIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: 'open' | 'closed';
  closedBy?: string;
  createdAt: string;
}

export interface StoredPull {
  number: number;
  title: string;
  body: string;
  head: string;
  base: string;
}

function label(name: string, id: number) {
  return { id, node_id: Buffer.from(`Label${id}`).toString('base64'), url: `${API}/labels/${encodeURIComponent(name)}`, name, description: null, color: 'b60205', default: false };
}

export function issueFixture(i: StoredIssue) {
  const closer = i.closedBy ? user({ login: i.closedBy }) : null;
  return {
    id: 7000 + i.number,
    node_id: Buffer.from(`Issue${i.number}`).toString('base64'),
    url: `${API}/issues/${i.number}`,
    repository_url: API,
    labels_url: `${API}/issues/${i.number}/labels{/name}`,
    comments_url: `${API}/issues/${i.number}/comments`,
    events_url: `${API}/issues/${i.number}/events`,
    html_url: `https://github.com/${REPOSITORY}/issues/${i.number}`,
    number: i.number,
    state: i.state,
    title: i.title,
    body: i.body,
    user: user({ login: 'github-actions[bot]' }),
    labels: i.labels.map((name, n) => label(name, 100 + n)),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    comments: 0,
    closed_at: i.state === 'closed' ? i.createdAt : null,
    ...(closer ? { closed_by: closer } : {}),
    created_at: i.createdAt,
    updated_at: i.createdAt,
    author_association: 'NONE',
  };
}

export function pullFixture(p: StoredPull) {
  const example = webhookExample('pull_request', 'opened').pull_request as Record<string, any>;
  return {
    ...example,
    url: `${API}/pulls/${p.number}`,
    id: 9000 + p.number,
    html_url: `https://github.com/${REPOSITORY}/pull/${p.number}`,
    number: p.number,
    state: 'open',
    title: p.title,
    body: p.body,
    user: user({ login: 'github-actions[bot]' }),
    head: { ...example['head'], ref: p.head, label: `${OWNER}:${p.head}`, sha: fakeSha(p.head) },
    base: { ...example['base'], ref: p.base, label: `${OWNER}:${p.base}` },
    draft: false,
    merged: false,
    auto_merge: null,
  };
}

export class GitHubRepo {
  readonly issues: StoredIssue[] = [];
  readonly pulls: StoredPull[] = [];
  readonly statuses: Array<{ deployment: number; state: string; description: string }> = [];
  private next = 1;
  /** The login GitHub links to any commit asked about. */
  commitAuthor = 'ada';

  constructor(gh: GitHubStandIn) {
    gh.route('GET', '/repos/{owner}/{repo}/issues', ({ query }: StandInRequest) => {
      const wanted = (query.get('labels') ?? '').split(',').filter(Boolean);
      const state = query.get('state') ?? 'open';
      const items = this.issues
        .filter((i) => wanted.every((l) => i.labels.includes(l)) && (state === 'all' || i.state === state))
        .sort((a, b) => b.number - a.number)
        .map(issueFixture);
      return { body: items };
    });
    gh.route('POST', '/repos/{owner}/{repo}/issues', ({ body }: StandInRequest) => {
      const request = body as { title: string; body?: string; labels?: string[] };
      const issue: StoredIssue = { number: this.next++, title: request.title, body: request.body ?? '', labels: request.labels ?? [], state: 'open', createdAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z') };
      this.issues.push(issue);
      return { status: 201, body: issueFixture(issue) };
    });
    gh.route('PATCH', '/repos/{owner}/{repo}/issues/{issue_number}', ({ params, body }: StandInRequest) => {
      const issue = this.issues.find((i) => i.number === Number(params['issue_number']));
      if (!issue) return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
      const request = body as { title?: string; body?: string };
      if (request.title !== undefined) issue.title = request.title;
      if (request.body !== undefined) issue.body = request.body;
      return { body: issueFixture(issue) };
    });
    gh.route('GET', '/repos/{owner}/{repo}/pulls', ({ query }: StandInRequest) => {
      const head = query.get('head')?.split(':')[1];
      return { body: this.pulls.filter((p) => head === undefined || p.head === head).map(pullFixture) };
    });
    gh.route('POST', '/repos/{owner}/{repo}/pulls', ({ body }: StandInRequest) => {
      const request = body as { title: string; body?: string; head: string; base: string };
      if (this.pulls.some((p) => p.head === request.head)) {
        return { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${OWNER}:${request.head}.` }], documentation_url: 'https://docs.github.com/rest' } };
      }
      const pull: StoredPull = { number: this.next++, title: request.title, body: request.body ?? '', head: request.head, base: request.base };
      this.pulls.push(pull);
      return { status: 201, body: pullFixture(pull) };
    });
    gh.route('GET', '/repos/{owner}/{repo}/commits/{ref}', ({ params }: StandInRequest) => {
      const example = webhookExample('push').head_commit as Record<string, any>;
      const sha = params['ref']!;
      return {
        body: {
          url: `${API}/commits/${sha}`,
          sha,
          node_id: Buffer.from(`Commit${sha}`).toString('base64'),
          html_url: `https://github.com/${REPOSITORY}/commit/${sha}`,
          comments_url: `${API}/commits/${sha}/comments`,
          commit: {
            url: `${API}/git/commits/${sha}`,
            author: { name: 'Ada', email: 'ada@example.com', date: '2026-01-01T00:00:00Z' },
            committer: { name: 'Ada', email: 'ada@example.com', date: '2026-01-01T00:00:00Z' },
            message: String(example['message'] ?? 'x'),
            comment_count: 0,
            tree: { sha: fakeSha(`${sha}-tree`), url: `${API}/git/trees/${fakeSha(`${sha}-tree`)}` },
          },
          author: user({ login: this.commitAuthor }),
          committer: user({ login: this.commitAuthor }),
          parents: [],
        },
      };
    });
    gh.route('POST', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', ({ params, body }: StandInRequest) => {
      const request = body as { state: string; description?: string };
      const id = this.statuses.length + 1;
      this.statuses.push({ deployment: Number(params['deployment_id']), state: request.state, description: request.description ?? '' });
      return {
        status: 201,
        body: {
          url: `${API}/deployments/${params['deployment_id']}/statuses/${id}`,
          id,
          node_id: Buffer.from(`DeploymentStatus${id}`).toString('base64'),
          state: request.state,
          creator: user({ login: 'github-actions[bot]' }),
          description: request.description ?? '',
          environment: 'production',
          target_url: `https://github.com/${REPOSITORY}/actions/runs/1`,
          log_url: `https://github.com/${REPOSITORY}/actions/runs/1`,
          environment_url: 'https://verify.provii.app',
          created_at: '2026-11-28T10:00:00Z',
          updated_at: '2026-11-28T10:00:00Z',
          deployment_url: `${API}/deployments/${params['deployment_id']}`,
          repository_url: API,
        },
      };
    });
  }

  /** A person (or the author) closes an issue. */
  close(number: number, by: string): void {
    const issue = this.issues.find((i) => i.number === number)!;
    issue.state = 'closed';
    issue.closedBy = by;
  }

  /** Moves an incident into the past (the loop guard's window), in its record and its creation time. */
  age(number: number, minutes: number): void {
    const issue = this.issues.find((i) => i.number === number)!;
    const shift = (iso: string | null) => (iso === null ? null : new Date(Date.parse(iso) - minutes * 60_000).toISOString());
    issue.body = issue.body.replace(/"(rollback_started_at|recorded_at|detected_at|restored_at)":"([^"]+)"/g, (_, key: string, value: string) => `"${key}":"${shift(value)}"`);
  }
}
