/**
 * A pull request's world on the GitHub stand-in: its author, commits, files, reviews, labels and
 * their timeline, the policy at the base (and a different one at the head, never to be read), the
 * people and their permissions and teams, the base branch's required checks, the threat model
 * documents at the head, and the retrospective issues. `script` answers every operation the gate
 * may call from it; `runGate` runs the bundle as the runner does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webhookExample } from '../../../test/harness/events.ts';
import { commit as restCommit, contentFile, fakeSha, pullRequestFile, review as restReview, user, type PullRequestFileFields } from '../../../test/harness/fixtures.ts';
import { startGitHubStandIn, type GitHubStandIn, type RecordedRequest, type StandInRequest, type StandInResponse } from '../../../test/harness/github-standin.ts';
import { runAction, type RunResult } from '../../../test/harness/run-action.ts';
import {
  branch,
  branchRules,
  checkRun,
  combinedStatus,
  dismissedReview,
  issue,
  issueComment,
  issueEvent,
  label,
  permission,
  publicUser,
  pullRequest,
  team,
  teamMembership,
  type IssueEventFields,
  type IssueFields,
} from './builders.ts';

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export interface Person {
  login: string;
  id: number;
  type?: 'User' | 'Bot' | 'Organization';
  permission: Permission;
  /** Memberships of `org/team` as GitHub answers them. */
  teams?: Record<string, 'active' | 'pending'>;
}

const person = (login: string, id: number, permission: Permission, teams?: Person['teams'], type?: Person['type']): Person => ({
  login,
  id,
  permission,
  ...(teams ? { teams } : {}),
  ...(type ? { type } : {}),
});

/** The cast. */
export const alice = person('alice', 101, 'write'); // the author
export const bob = person('bob', 102, 'write');
export const carol = person('carol', 103, 'write');
export const dave = person('dave', 104, 'write'); // commits to alice's branch
export const erin = person('erin', 105, 'write'); // co-author
export const sam = person('sam', 110, 'admin', { 'maelstrom/security': 'active' }); // Security Lead
export const iris = person('iris', 111, 'admin'); // ISMS Owner, named by login
export const otto = person('otto', 112, 'write'); // on call, by id, 08:00–20:00 today
export const pete = person('pete', 113, 'write', { 'maelstrom/security': 'pending' }); // invited, not yet a member
export const mallory = person('mallory', 120, 'read');
export const dependabot = person('dependabot[bot]', 49699333, 'write', undefined, 'Bot');
const everyone = [alice, bob, carol, dave, erin, sam, iris, otto, pete, mallory, dependabot];

export const NOW = '2026-03-31T10:00:00Z';
/** When the labels are added, unless a world says otherwise: before every review of the tables. */
export const LABELLED = '2026-03-31T07:30:00Z';
/** The commit the default branch points at, as `GET /git/ref/heads/<default branch>` answers. */
export const DEFAULT_BRANCH_HEAD = fakeSha('default-branch-head');
export const EARLIER = '2026-03-31T09:00:00Z';
export const BASE = fakeSha('base');
export const OLD = fakeSha('old');
export const HEAD = fakeSha('head');
export const NUMBER = 7;
export const POLICY_PATH = '.github/change-policy.yml';

/** The repository's policy at the base: roles named, everything else the procedure's defaults. */
export const POLICY = `version: 1
gate:
  roles:
    security-lead: { teams: [maelstrom/security] }
    isms-owner: { users: [{ login: iris }] }
    on-call: { users: [{ id: ${otto.id}, from: "2026-03-31T08:00:00Z", until: "2026-03-31T20:00:00Z" }] }
`;

export const policyWith = (extra: string) => `${POLICY}${extra}`;

export const THREAT_MODEL = [
  'Tightens session expiry.',
  '',
  '## Threat model',
  '',
  '### Assets',
  'Session tokens of verifier users.',
  '### Threats',
  '- Replay of a stolen token after logout.',
  '### Mitigations',
  '- Tokens expire after 15 minutes and are revoked on logout.',
].join('\n');

/** A threat model document with every part filled in. */
export const DOCUMENT = ['# Verifier threat model', '', '## Assets', 'Session tokens.', '## Threats', '- Replay after logout.', '## Mitigations', '- Revocation on logout.', ''].join('\n');

export interface CommitSpec {
  sha: string;
  author?: Person | null;
  committer?: Person | null;
  message?: string;
}

export interface ReviewSpec {
  by: Person | null;
  state?: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  on?: string;
  at?: string;
  body?: string;
}

export interface World {
  number?: number;
  author?: Person;
  title?: string;
  body?: string | null;
  branch?: string;
  base?: string;
  /** The base branch's name (default main, the default branch). */
  baseRef?: string;
  /** Text of files at the base and at the head, for the change record (manifests, workflows). */
  contents?: Record<string, { base?: string; head?: string }>;
  /** Labels, each added by someone (the author when not said). */
  labels?: Array<string | { name: string; by: Person; at?: string }>;
  /** Further events of the pull request's timeline. */
  events?: Array<Omit<IssueEventFields, 'id'>>;
  commits?: CommitSpec[];
  files?: PullRequestFileFields[];
  reviews?: ReviewSpec[];
  /** The policy at the base; null: no file there. */
  policy?: string | null;
  /** A different policy the pull request itself carries; served only at the head, which the gate must never read. */
  headPolicy?: string;
  /** Threat model documents that exist at the head. */
  documents?: string[];
  /** Their text (a complete threat model unless said). */
  documentText?: string;
  /** What changed between a reviewed commit and the head, by commit. */
  compare?: Record<string, { status?: 'ahead' | 'identical' | 'behind' | 'diverged'; files: string[] }>;
  /** Whether the token can read the policy's teams (GITHUB_TOKEN cannot). */
  teamsVisible?: boolean;
  required?: { rules?: string[]; protection?: string[] };
  checkRuns?: Array<{ name: string; status?: 'queued' | 'in_progress' | 'completed'; conclusion?: 'success' | 'failure' | 'neutral' | 'skipped' }>;
  statuses?: Array<{ context: string; state: 'success' | 'pending' | 'failure' | 'error' }>;
  /** Issues carrying the retrospective label. */
  retrospectives?: IssueFields[];
  /** Events of each retrospective issue, by number. */
  retrospectiveEvents?: Record<number, Array<Omit<IssueEventFields, 'id'>>>;
  /** Other pull requests (the emergencies the scheduled mode reads), by number. */
  others?: Array<{ number: number; author?: Person; commits?: CommitSpec[] }>;
  /** The default branch the scheduled mode reads the policy from, by name. */
  defaultBranch?: string;
  /** Commits pushed after the pull request was read: listed, but not in its head or count. */
  pushedDuringRead?: CommitSpec[];
  /** Answer "Create an issue" without the labels asked for, as GitHub does for a token that may not set them. */
  dropIssueLabels?: boolean;
}

export const defaultCommits = (author: Person = alice): CommitSpec[] => [
  { sha: OLD, author, message: 'fix: expire sessions sooner\n\nSessions lived for a day.\n' },
  { sha: HEAD, author, message: 'fix: revoke sessions on logout\n\nLogout left the token valid.\n' },
];

const fileDefaults: PullRequestFileFields[] = [{ filename: 'src/app.ts' }];

/** What the action wrote, as the stand-in received it. */
export interface Written {
  checkRuns: Array<{ name: string; head_sha: string; conclusion: string; output: { title: string; summary: string; text: string }; details_url?: string }>;
  issues: Array<{ title: string; body: string; labels: string[] }>;
  comments: Array<{ issue: number; body: string }>;
  labels: Array<{ issue: number; labels: string[] }>;
  dismissals: Array<{ review: number; message: string }>;
}

const userOf = (p: Person) => ({ login: p.login, id: p.id, ...(p.type ? { type: p.type } : {}) });
const find = (login: string) => everyone.find((p) => p.login.toLowerCase() === login.toLowerCase());
const NOT_FOUND = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };

/** One page of `items` the way GitHub serves a list: `per_page`, `page`, and a `link` header. */
function paged(gh: GitHubStandIn, items: readonly unknown[], request: StandInRequest): StandInResponse {
  const perPage = Math.min(Number(request.query.get('per_page')) || 30, 100);
  const page = Number(request.query.get('page')) || 1;
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (target: number, rel: string) => {
    const query = new URLSearchParams(request.query);
    query.set('page', String(target));
    query.set('per_page', String(perPage));
    return `<${gh.url}${request.path}?${query.toString()}>; rel="${rel}"`;
  };
  const links = [...(page > 1 ? [link(page - 1, 'prev')] : []), ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []), ...(page > 1 ? [link(1, 'first')] : [])];
  return { headers: links.length > 0 ? { link: links.join(', ') } : {}, body: items.slice((page - 1) * perPage, page * perPage) };
}

/** GitHub lists at most 250 commits of a pull request. */
const PULL_COMMITS_MAX = 250;

function restCommits(commits: readonly CommitSpec[], author: Person) {
  return allCommits(commits.slice(0, PULL_COMMITS_MAX), author);
}

function allCommits(commits: readonly CommitSpec[], author: Person) {
  return commits.map((c) => {
    const a = c.author === undefined ? author : c.author;
    const k = c.committer === undefined ? a : c.committer;
    return restCommit({
      sha: c.sha,
      message: c.message ?? 'fix: adjust\n\nBecause.\n',
      author: a === null ? { login: null, name: 'Someone', email: 'someone@example.com' } : { login: a.login, id: a.id },
      committer: k === null ? { login: null, name: 'Someone', email: 'someone@example.com' } : { login: k.login, id: k.id },
    });
  });
}

/** "Compare two commits" of base...head listing `commits` (one page of them) of `total`. */
function comparison(from: string, to: string, commits: readonly unknown[], total: number, files: readonly string[]) {
  const at = `https://api.github.com/repos/maelstrom/provii-verifier/compare/${from}...${to}`;
  return {
    url: at,
    html_url: at.replace('api.github.com/repos', 'github.com'),
    permalink_url: at.replace('api.github.com/repos', 'github.com'),
    diff_url: `${at}.diff`,
    patch_url: `${at}.patch`,
    base_commit: restCommit({ sha: from, message: 'base' }),
    merge_base_commit: restCommit({ sha: from, message: 'base' }),
    status: 'ahead',
    ahead_by: total,
    behind_by: 0,
    total_commits: total,
    commits,
    files: files.map((filename) => pullRequestFile({ filename, ref: to })),
  };
}

export function script(gh: GitHubStandIn, world: World): Written {
  const written: Written = { checkRuns: [], issues: [], comments: [], labels: [], dismissals: [] };
  const number = world.number ?? NUMBER;
  const author = world.author ?? alice;
  const commits = world.commits ?? defaultCommits(author);
  const head = commits[commits.length - 1]?.sha ?? HEAD;
  const base = world.base ?? BASE;
  const files = world.files ?? fileDefaults;
  const labels = (world.labels ?? []).map((l) => (typeof l === 'string' ? { name: l, by: author } : l));

  const others = new Map((world.others ?? []).map((o) => [o.number, { author: o.author ?? author, commits: o.commits ?? defaultCommits(o.author ?? author) }]));
  gh.route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}', ({ params }) => {
    const n = Number(params['pull_number']);
    const other = others.get(n);
    if (other !== undefined) {
      const otherHead = other.commits[other.commits.length - 1]?.sha ?? HEAD;
      return { body: pullRequest({ number: n, user: userOf(other.author), head: otherHead, base, labels: ['emergency'], commits: other.commits.length, changedFiles: 1, state: 'closed' }) };
    }
    if (n !== number) return NOT_FOUND;
    return {
      body: pullRequest({
        number,
        user: userOf(author),
        head,
        base,
        ...(world.title !== undefined ? { title: world.title } : {}),
        ...(world.body !== undefined ? { body: world.body } : {}),
        ...(world.branch !== undefined ? { headRef: world.branch } : {}),
        ...(world.baseRef !== undefined ? { baseRef: world.baseRef } : {}),
        labels: labels.map((l) => l.name),
        commits: commits.length,
        changedFiles: files.length,
      }),
    };
  });
  gh.route('GET', '/repos/{owner}/{repo}/git/ref/{ref}', ({ path }) =>
    world.defaultBranch !== undefined && decodeURIComponent(path).endsWith(`/git/ref/heads/${world.defaultBranch}`)
      ? { body: { ref: `refs/heads/${world.defaultBranch}`, node_id: 'REF_kwDO1', url: `${gh.url}/repos/o/r/git/refs/heads/${world.defaultBranch}`, object: { type: 'commit', sha: DEFAULT_BRANCH_HEAD, url: `${gh.url}/repos/o/r/git/commits/${DEFAULT_BRANCH_HEAD}` } } }
      : NOT_FOUND,
  );
  gh.route('GET', '/repos/{owner}/{repo}/contents/{path}', ({ params, query, headers }) => {
    const path = params['path'] ?? '';
    const ref = query.get('ref');
    const side = ref === base ? 'base' : ref === head ? 'head' : undefined;
    const text = side === undefined ? undefined : world.contents?.[path]?.[side];
    if (text !== undefined) return /raw/.test(String(headers['accept'])) ? { raw: text } : { body: contentFile({ path, content: text, ref: ref ?? head }) };
    if (path === POLICY_PATH && (ref === base || (world.defaultBranch !== undefined && ref === DEFAULT_BRANCH_HEAD))) return world.policy === null ? NOT_FOUND : { body: contentFile({ path, content: world.policy ?? POLICY, ref: base }) };
    if (path === POLICY_PATH && ref === head && world.headPolicy !== undefined) return { body: contentFile({ path, content: world.headPolicy, ref: head }) };
    if (ref === head && (world.documents ?? []).includes(path)) return { body: contentFile({ path, content: world.documentText ?? DOCUMENT, ref: head }) };
    return NOT_FOUND;
  });
  gh.paginate('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files', files.map((f) => pullRequestFile({ ref: head, ...f })));
  gh.route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/commits', (request) => {
    const n = Number(request.params['pull_number']);
    const other = others.get(n);
    const listed = other !== undefined ? restCommits(other.commits, other.author) : n === number ? restCommits([...commits, ...(world.pushedDuringRead ?? [])], author) : undefined;
    return listed === undefined ? NOT_FOUND : paged(gh, listed, request);
  });
  let reviewId = 3000;
  gh.paginate(
    'GET',
    '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    (world.reviews ?? []).map((r) =>
      restReview({
        id: ++reviewId,
        user: r.by === null ? null : userOf(r.by),
        state: r.state ?? 'APPROVED',
        commit_id: r.on ?? head,
        ...(r.state === 'PENDING' ? {} : { submitted_at: r.at ?? EARLIER }),
        body: r.body ?? '',
        pull_number: number,
      }),
    ),
  );
  let eventId = 0;
  const pullEvents = [
    ...labels.map((l) => issueEvent({ id: ++eventId, event: 'labeled', actor: userOf(l.by), label: l.name, at: l.at ?? LABELLED })),
    ...(world.events ?? []).map((e) => issueEvent({ id: ++eventId, ...e })),
  ];
  const retrospectiveEvents = Object.fromEntries(
    Object.entries(world.retrospectiveEvents ?? {}).map(([n, events]) => [n, events.map((e) => issueEvent({ id: ++eventId, ...e }))]),
  );
  gh.route('GET', '/repos/{owner}/{repo}/issues/{issue_number}/events', (request) => {
    const n = Number(request.params['issue_number']);
    return paged(gh, n === number ? pullEvents : (retrospectiveEvents[n] ?? []), request);
  });
  gh.route('GET', '/repos/{owner}/{repo}/compare/{basehead}', (request) => {
    const { params } = request;
    const [from = '', to = ''] = (params['basehead'] ?? '').split('...');
    const known = world.compare?.[from];
    if (known === undefined && from === base && to === head) {
      // The pull request's own comparison: every commit, a page at a time, with the first page's files.
      const all = allCommits(commits, author);
      const perPage = Math.min(Number(request.query.get('per_page')) || 250, 250);
      const page = Number(request.query.get('page')) || 1;
      return { body: comparison(base, head, all.slice((page - 1) * perPage, page * perPage), all.length, page === 1 ? files.map((f) => f.filename) : []) };
    }
    if (known === undefined || to !== head) return NOT_FOUND;
    const status = known.status ?? (known.files.length === 0 ? 'identical' : 'ahead');
    return {
      body: {
        url: `https://api.github.com/repos/maelstrom/provii-verifier/compare/${from}...${to}`,
        html_url: `https://github.com/maelstrom/provii-verifier/compare/${from}...${to}`,
        permalink_url: `https://github.com/maelstrom/provii-verifier/compare/${from}...${to}`,
        diff_url: `https://github.com/maelstrom/provii-verifier/compare/${from}...${to}.diff`,
        patch_url: `https://github.com/maelstrom/provii-verifier/compare/${from}...${to}.patch`,
        base_commit: restCommit({ sha: from, message: 'reviewed' }),
        merge_base_commit: restCommit({ sha: from, message: 'reviewed' }),
        status,
        ahead_by: known.files.length > 0 ? 1 : 0,
        behind_by: status === 'diverged' || status === 'behind' ? 1 : 0,
        total_commits: known.files.length > 0 ? 1 : 0,
        commits: known.files.length > 0 ? [restCommit({ sha: head, message: 'later' })] : [],
        files: known.files.map((filename) => pullRequestFile({ filename, ref: head })),
      },
    };
  });
  gh.route('GET', '/repos/{owner}/{repo}/collaborators/{username}/permission', ({ params }) => {
    const p = find(params['username'] ?? '');
    return p === undefined ? NOT_FOUND : { body: permission(userOf(p), p.permission) };
  });
  gh.route('GET', '/orgs/{org}/teams/{team_slug}', ({ params }) =>
    world.teamsVisible === false ? NOT_FOUND : { body: team(params['org'] ?? '', params['team_slug'] ?? '') },
  );
  gh.route('GET', '/orgs/{org}/teams/{team_slug}/memberships/{username}', ({ params }) => {
    const key = `${params['org']}/${params['team_slug']}`;
    const state = find(params['username'] ?? '')?.teams?.[key];
    return state === undefined ? NOT_FOUND : { body: teamMembership(params['org'] ?? '', params['team_slug'] ?? '', params['username'] ?? '', state) };
  });
  gh.route('GET', '/users/{username}', ({ params }) => {
    const p = find(params['username'] ?? '');
    return p === undefined ? NOT_FOUND : { body: publicUser(userOf(p)) };
  });
  gh.paginate('GET', '/repos/{owner}/{repo}/rules/branches/{branch}', branchRules(world.required?.rules ?? []));
  gh.route('GET', '/repos/{owner}/{repo}/branches/{branch}', ({ params }) => ({ body: branch(params['branch'] ?? 'main', world.required?.protection ?? []) }));
  gh.route('GET', '/repos/{owner}/{repo}/commits/{ref}/check-runs', ({ params, query }) => {
    const runs = (world.checkRuns ?? []).map((r, i) => checkRun({ id: 6000 + i, name: r.name, head: params['ref'] ?? head, ...(r.status ? { status: r.status } : {}), ...(r.conclusion ? { conclusion: r.conclusion } : {}) }));
    const perPage = Number(query.get('per_page') ?? 30);
    const page = Number(query.get('page') ?? 1);
    return { body: { total_count: runs.length, check_runs: runs.slice((page - 1) * perPage, page * perPage) } };
  });
  gh.route('GET', '/repos/{owner}/{repo}/commits/{ref}/status', ({ params, query }) => {
    const all = world.statuses ?? [];
    const perPage = Number(query.get('per_page') ?? 30);
    const page = Number(query.get('page') ?? 1);
    return { body: combinedStatus(params['ref'] ?? head, all.slice((page - 1) * perPage, page * perPage), { total: all.length }) };
  });
  const retrospectives = (world.retrospectives ?? []).map((fields) => issue({ labels: ['retrospective'], ...fields }));
  // "List repository issues" filtered as GitHub filters it: by label, by the account that opened it.
  gh.route('GET', '/repos/{owner}/{repo}/issues', (request) => {
    const wanted = request.query.get('labels');
    const creator = request.query.get('creator');
    const listed = retrospectives.filter(
      (i) => (wanted === null || i.labels.some((l) => (typeof l === 'string' ? l : l.name) === wanted)) && (creator === null || i.user?.login.toLowerCase() === creator.toLowerCase()),
    );
    return paged(gh, listed, request);
  });
  let issueNumber = 500;
  gh.route('POST', '/repos/{owner}/{repo}/issues', ({ body }) => {
    const b = body as { title: string; body: string; labels?: string[] };
    written.issues.push({ title: b.title, body: b.body, labels: b.labels ?? [] });
    return { status: 201, body: issue({ number: ++issueNumber, title: b.title, body: b.body, labels: world.dropIssueLabels ? [] : (b.labels ?? []) }) };
  });
  gh.route('POST', '/repos/{owner}/{repo}/issues/{issue_number}/labels', ({ params, body }) => {
    const added = (body as { labels: string[] }).labels;
    written.labels.push({ issue: Number(params['issue_number']), labels: added });
    return { body: added.map((name, i) => label(name, 200 + i)) };
  });
  gh.route('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', ({ params, body }) => {
    const text = (body as { body: string }).body;
    written.comments.push({ issue: Number(params['issue_number']), body: text });
    return { status: 201, body: issueComment(Number(params['issue_number']), text) };
  });
  let checkRunId = 9000;
  gh.route('POST', '/repos/{owner}/{repo}/check-runs', ({ body }) => {
    const b = body as Written['checkRuns'][number] & { external_id?: string };
    written.checkRuns.push(b);
    return {
      status: 201,
      body: checkRun({ id: ++checkRunId, name: b.name, head: b.head_sha, conclusion: b.conclusion as 'success', output: b.output, detailsUrl: b.details_url ?? null, externalId: b.external_id ?? null }),
    };
  });
  gh.route('PUT', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals', ({ params, body }) => {
    const id = Number(params['review_id']);
    written.dismissals.push({ review: id, message: (body as { message: string }).message });
    return { body: dismissedReview(id, { login: 'bob' }, head, number) };
  });
  return written;
}

/** The webhook payload of `eventName` for the world's pull request (as the event saw it; the gate re-reads it). */
export function pullRequestEvent(eventName: string, world: World, overrides: { head?: string } = {}) {
  const event = eventName === 'pull_request_review' ? webhookExample('pull_request_review', 'submitted') : webhookExample('pull_request', 'synchronize');
  const pr = event['pull_request'];
  const commits = world.commits ?? defaultCommits(world.author ?? alice);
  pr.number = world.number ?? NUMBER;
  pr.head.sha = overrides.head ?? commits[commits.length - 1]?.sha ?? HEAD;
  pr.base.sha = world.base ?? BASE;
  pr.user = user(userOf(world.author ?? alice));
  return event;
}

export interface GateRun extends RunResult {
  written: Written;
  requests: readonly RecordedRequest[];
}

let emptyDir: string | undefined;
/** A workspace that is not a git repository: everything comes from the API. */
export function noCheckout(): string {
  if (emptyDir === undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'gate-no-git-'));
    emptyDir = dir;
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return emptyDir;
}

export interface RunOptions {
  eventName?: string;
  event?: unknown;
  inputs?: Record<string, string>;
  cwd?: string;
  env?: Record<string, string>;
}

/** Scripts `world` on `gh` and runs the bundle against it. */
export async function runGate(gh: GitHubStandIn, world: World, options: RunOptions = {}): Promise<GateRun> {
  const written = script(gh, world);
  return runScripted(gh, written, world, options);
}

export async function runScripted(gh: GitHubStandIn, written: Written, world: World, options: RunOptions = {}): Promise<GateRun> {
  const eventName = options.eventName ?? 'pull_request_target';
  const result = await runAction({
    action: 'security-review-gate',
    eventName,
    event: options.event ?? pullRequestEvent(eventName, world),
    cwd: options.cwd ?? noCheckout(),
    inputs: { now: NOW, ...options.inputs },
    env: { GITHUB_API_URL: gh.url, CHANGE_ACTIONS_RETRY_BASE_MS: '5', ...options.env },
  });
  return { ...result, written, requests: gh.requests };
}

/** Runs `body` with a fresh stand-in, then checks it saw no test bug and no call it was not scripted for. */
export async function withStandIn<T>(body: (gh: GitHubStandIn) => Promise<T>): Promise<T> {
  const gh = await startGitHubStandIn();
  try {
    const value = await body(gh);
    if (gh.violations.length > 0) throw new Error(`stand-in violations: ${gh.violations.join('\n')}`);
    if (gh.unmatched.length > 0) throw new Error(`unscripted calls: ${gh.unmatched.map((q) => `${q.method} ${q.path}`).join(', ')}`);
    return value;
  } finally {
    await gh.close();
  }
}

/** The verdict as GitHub would enforce it: the step's `approved` output and the check run's conclusion. */
export function verdict(run: GateRun) {
  const checkRun = run.written.checkRuns[run.written.checkRuns.length - 1];
  return {
    approved: run.outputs['approved'],
    status: run.outputs['status'],
    conclusion: checkRun?.conclusion,
    exitCode: run.exitCode,
    result: JSON.parse(run.outputs['result'] ?? '{}') as { status: string; summary: string; rules: Array<{ rule: string; status: string; reason: string; satisfiedBy?: Array<{ login: string }> }>; staleReviews: number[]; retrospective?: { issue?: number; due: string; state?: string } },
  };
}

export function ruleOf(run: GateRun, name: string) {
  const rule = verdict(run).result.rules.find((r) => r.rule === name);
  if (rule === undefined) throw new Error(`no rule ${name} in ${run.outputs['result']}`);
  return rule;
}

export const errorsOf = (run: RunResult) => run.commands.filter((c) => c.command === 'error').map((c) => c.message);
export const warningsOf = (run: RunResult) => run.commands.filter((c) => c.command === 'warning').map((c) => c.message);
