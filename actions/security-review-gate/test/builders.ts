/**
 * Builders of the GitHub REST objects the gate reads and writes, beyond those of
 * test/harness/fixtures.ts: pull requests, issue events, issues, check runs, commit statuses,
 * branches and rules, teams and memberships, permissions, accounts. Each takes the fields a test
 * cares about and fills in the rest so that it conforms to GitHub's OpenAPI description
 * (builders.test.ts checks each against its operation).
 */
import { webhookExample } from '../../../test/harness/events.ts';
import { fakeSha, user, type UserFields } from '../../../test/harness/fixtures.ts';

const REPO = 'maelstrom/provii-verifier';
const API = `https://api.github.com/repos/${REPO}`;
const WEB = `https://github.com/${REPO}`;
const DATE = '2026-03-30T09:00:00Z';

export function label(name: string, id = 1) {
  return { id, node_id: `LA_${id}`, url: `${API}/labels/${encodeURIComponent(name)}`, name, description: null, color: 'ededed', default: false };
}

export interface PullRequestFields {
  number: number;
  user: UserFields;
  head: string;
  base: string;
  baseRef?: string;
  headRef?: string;
  title?: string;
  body?: string | null;
  labels?: string[];
  commits: number;
  changedFiles: number;
  state?: 'open' | 'closed';
  defaultBranch?: string;
  createdAt?: string;
}

/** "Get a pull request": the real webhook example's pull request, shaped as the REST API answers it. */
export function pullRequest(fields: PullRequestFields) {
  const pr = webhookExample('pull_request', 'opened')['pull_request'];
  Object.assign(pr, {
    number: fields.number,
    url: `${API}/pulls/${fields.number}`,
    html_url: `${WEB}/pull/${fields.number}`,
    user: user(fields.user),
    title: fields.title ?? 'fix: tighten session expiry',
    body: fields.body === undefined ? 'Sessions lived too long.' : fields.body,
    labels: (fields.labels ?? []).map((name, i) => label(name, i + 1)),
    commits: fields.commits,
    changed_files: fields.changedFiles,
    state: fields.state ?? 'open',
    auto_merge: null,
  });
  pr.head.sha = fields.head;
  pr.head.ref = fields.headRef ?? 'feature/session-expiry';
  pr.base.sha = fields.base;
  pr.base.ref = fields.baseRef ?? 'main';
  pr.base.repo.default_branch = fields.defaultBranch ?? 'main';
  if (fields.createdAt !== undefined) pr.created_at = fields.createdAt;
  return pr;
}

export interface IssueEventFields {
  id: number;
  event: 'labeled' | 'unlabeled' | 'closed' | 'reopened' | 'commented' | 'renamed';
  /** For `renamed`: the title before and after. */
  rename?: { from: string; to: string };
  actor: UserFields;
  at?: string;
  label?: string;
  stateReason?: 'completed' | 'not_planned' | null;
}

/** An entry of "List issue events" (labeled, unlabeled, closed, reopened). */
export function issueEvent(fields: IssueEventFields) {
  return {
    id: fields.id,
    node_id: `IE_${fields.id}`,
    url: `${API}/issues/events/${fields.id}`,
    actor: user(fields.actor),
    event: fields.event,
    commit_id: null,
    commit_url: null,
    created_at: fields.at ?? DATE,
    performed_via_github_app: null,
    ...(fields.label === undefined ? {} : { label: { name: fields.label, color: 'ededed' } }),
    ...(fields.stateReason === undefined ? {} : { state_reason: fields.stateReason }),
    ...(fields.rename === undefined ? {} : { rename: fields.rename }),
  };
}

export interface IssueFields {
  number: number;
  title?: string;
  body?: string | null;
  user?: UserFields;
  labels?: string[];
  state?: 'open' | 'closed';
  stateReason?: 'completed' | 'not_planned' | 'reopened' | null;
  createdAt?: string;
}

/** An issue as "List repository issues" and "Create an issue" answer it. */
export function issue(fields: IssueFields) {
  const url = `${API}/issues/${fields.number}`;
  const state = fields.state ?? 'open';
  return {
    id: 900_000 + fields.number,
    node_id: `I_${fields.number}`,
    url,
    repository_url: API,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${WEB}/issues/${fields.number}`,
    number: fields.number,
    state,
    state_reason: fields.stateReason ?? (state === 'closed' ? 'completed' : null),
    title: fields.title ?? `Issue ${fields.number}`,
    body: fields.body === undefined ? null : fields.body,
    user: user(fields.user ?? { login: 'github-actions[bot]', id: 41898282 }),
    labels: (fields.labels ?? []).map((name, i) => label(name, 100 + i)),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: 0,
    pull_request: undefined,
    closed_at: state === 'closed' ? DATE : null,
    created_at: fields.createdAt ?? DATE,
    updated_at: fields.createdAt ?? DATE,
    author_association: 'NONE',
  };
}

/** "Create an issue comment". */
export function issueComment(issueNumber: number, body: string, id = 5_000) {
  return {
    id,
    node_id: `IC_${id}`,
    url: `${API}/issues/comments/${id}`,
    html_url: `${WEB}/issues/${issueNumber}#issuecomment-${id}`,
    issue_url: `${API}/issues/${issueNumber}`,
    body,
    user: user({ login: 'github-actions[bot]', id: 41898282 }),
    created_at: DATE,
    updated_at: DATE,
    author_association: 'NONE',
  };
}

const actionsApp = {
  id: 15368,
  slug: 'github-actions',
  node_id: 'MDM6QXBwMTUzNjg=',
  owner: user({ login: 'github', id: 9919, type: 'Organization' }),
  name: 'GitHub Actions',
  description: 'Automate your workflow from idea to production',
  external_url: 'https://help.github.com/en/actions',
  html_url: 'https://github.com/apps/github-actions',
  created_at: '2018-07-30T09:30:17Z',
  updated_at: '2019-12-10T19:04:12Z',
  permissions: { checks: 'write', contents: 'read' },
  events: ['check_run'],
};

export interface CheckRunFields {
  id: number;
  name: string;
  head: string;
  status?: 'queued' | 'in_progress' | 'completed';
  conclusion?: 'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required' | null;
  output?: { title?: string | null; summary?: string | null; text?: string | null };
  detailsUrl?: string | null;
  externalId?: string | null;
}

/** A check run, as "Create a check run" and "List check runs for a Git reference" answer it. */
export function checkRun(fields: CheckRunFields) {
  const status = fields.status ?? 'completed';
  return {
    id: fields.id,
    node_id: `CR_${fields.id}`,
    head_sha: fields.head,
    external_id: fields.externalId ?? null,
    url: `${API}/check-runs/${fields.id}`,
    html_url: `${WEB}/runs/${fields.id}`,
    details_url: fields.detailsUrl ?? null,
    status,
    conclusion: status === 'completed' ? (fields.conclusion ?? 'success') : null,
    started_at: DATE,
    completed_at: status === 'completed' ? DATE : null,
    output: {
      title: fields.output?.title ?? null,
      summary: fields.output?.summary ?? null,
      text: fields.output?.text ?? null,
      annotations_count: 0,
      annotations_url: `${API}/check-runs/${fields.id}/annotations`,
    },
    name: fields.name,
    check_suite: { id: 7_000 },
    app: actionsApp,
    pull_requests: [],
  };
}

export function checkRunList(runs: ReturnType<typeof checkRun>[]) {
  return { total_count: runs.length, check_runs: runs };
}

/** "Get the combined status for a specific reference". */
export function combinedStatus(head: string, statuses: Array<{ context: string; state: 'success' | 'pending' | 'failure' | 'error' }>, page?: { total: number }) {
  const repository = webhookExample('pull_request', 'opened')['repository'];
  return {
    state: statuses.some((s) => s.state === 'failure' || s.state === 'error') ? 'failure' : statuses.every((s) => s.state === 'success') ? 'success' : 'pending',
    sha: head,
    total_count: page?.total ?? statuses.length,
    statuses: statuses.map((s, i) => ({
      id: 8_000 + i,
      node_id: `SC_${i}`,
      url: `${API}/statuses/${head}`,
      avatar_url: null,
      state: s.state,
      description: null,
      target_url: null,
      context: s.context,
      created_at: DATE,
      updated_at: DATE,
      creator: user({ login: 'ci-bot[bot]', id: 777 }),
    })),
    repository,
    commit_url: `${API}/commits/${head}`,
    url: `${API}/commits/${head}/status`,
  };
}

/** "Get a branch", with classic protection requiring `contexts` (none: an unprotected branch). */
export function branch(name: string, contexts: string[] = []) {
  const sha = fakeSha(`branch:${name}`);
  return {
    name,
    commit: {
      sha,
      node_id: `C_${sha.slice(0, 8)}`,
      url: `${API}/commits/${sha}`,
      html_url: `${WEB}/commit/${sha}`,
      comments_url: `${API}/commits/${sha}/comments`,
      commit: {
        url: `${API}/git/commits/${sha}`,
        author: { name: 'Ada', email: 'ada@example.com', date: DATE },
        committer: { name: 'Ada', email: 'ada@example.com', date: DATE },
        message: 'Merge',
        comment_count: 0,
        tree: { sha: fakeSha(`tree:${name}`), url: `${API}/git/trees/${fakeSha(`tree:${name}`)}` },
      },
      author: null,
      committer: null,
      parents: [],
    },
    _links: { html: `${WEB}/tree/${name}`, self: `${API}/branches/${name}` },
    protected: contexts.length > 0,
    protection:
      contexts.length > 0
        ? { enabled: true, required_status_checks: { enforcement_level: 'non_admins', contexts, checks: contexts.map((context) => ({ context, app_id: null })) } }
        : { enabled: false, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } },
    protection_url: `${API}/branches/${name}/protection`,
  };
}

/** "Get rules for a branch": one required_status_checks rule from a ruleset, or none. */
export function branchRules(contexts: string[]) {
  if (contexts.length === 0) return [];
  return [
    {
      type: 'required_status_checks',
      ruleset_source_type: 'Repository',
      ruleset_source: REPO,
      ruleset_id: 42,
      parameters: { strict_required_status_checks_policy: false, required_status_checks: contexts.map((context) => ({ context })) },
    },
  ];
}

/** "Get a team by name". */
export function team(org: string, slug: string) {
  return {
    id: 3_000,
    node_id: 'T_3000',
    url: `https://api.github.com/organizations/1/team/3000`,
    html_url: `https://github.com/orgs/${org}/teams/${slug}`,
    name: slug,
    slug,
    description: null,
    privacy: 'closed',
    notification_setting: 'notifications_enabled',
    permission: 'pull',
    members_url: `https://api.github.com/organizations/1/team/3000/members{/member}`,
    repositories_url: `https://api.github.com/organizations/1/team/3000/repos`,
    parent: null,
    members_count: 2,
    repos_count: 5,
    created_at: DATE,
    updated_at: DATE,
    type: 'organization',
    organization: {
      login: org,
      id: 4_000,
      node_id: 'O_4000',
      url: `https://api.github.com/orgs/${org}`,
      repos_url: `https://api.github.com/orgs/${org}/repos`,
      events_url: `https://api.github.com/orgs/${org}/events`,
      hooks_url: `https://api.github.com/orgs/${org}/hooks`,
      issues_url: `https://api.github.com/orgs/${org}/issues`,
      members_url: `https://api.github.com/orgs/${org}/members{/member}`,
      public_members_url: `https://api.github.com/orgs/${org}/public_members{/member}`,
      avatar_url: 'https://avatars.githubusercontent.com/u/4000?v=4',
      description: null,
      html_url: `https://github.com/${org}`,
      has_organization_projects: true,
      has_repository_projects: true,
      public_repos: 12,
      public_gists: 0,
      followers: 0,
      following: 0,
      type: 'Organization',
      created_at: DATE,
      updated_at: DATE,
      archived_at: null,
    },
  };
}

/** "Get team membership for a user": 200 for active members and for invitations not yet accepted. */
export function teamMembership(org: string, slug: string, login: string, state: 'active' | 'pending') {
  return { url: `https://api.github.com/organizations/1/team/3000/memberships/${login}`, role: 'member', state, org, slug };
}

/** "Get repository permissions for a user". */
export function permission(account: UserFields, role: 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none') {
  const legacy = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role;
  return { permission: legacy, role_name: role, user: { ...user(account), role_name: role } };
}

/** "Get a user": the public view of an account. */
export function publicUser(account: UserFields) {
  return {
    ...user(account),
    name: null,
    company: null,
    blog: null,
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 3,
    public_gists: 0,
    followers: 1,
    following: 1,
    created_at: DATE,
    updated_at: DATE,
  };
}

/** "Dismiss a review for a pull request". */
export function dismissedReview(id: number, reviewer: UserFields, commitId: string, pullNumber: number) {
  const html = `${WEB}/pull/${pullNumber}#pullrequestreview-${id}`;
  return {
    id,
    node_id: `PRR_${id}`,
    user: user(reviewer),
    body: '',
    state: 'DISMISSED',
    html_url: html,
    pull_request_url: `${API}/pulls/${pullNumber}`,
    _links: { html: { href: html }, pull_request: { href: `${API}/pulls/${pullNumber}` } },
    submitted_at: DATE,
    commit_id: commitId,
    author_association: 'MEMBER',
  };
}
