/**
 * Builders of GitHub REST API objects for scripting the GitHub stand-in. Each takes the few fields
 * a test cares about and fills in the rest with realistic values, so that the result conforms to
 * GitHub's OpenAPI description (fixtures.test.ts checks each against its operation).
 *
 * Field names follow the API's. URLs point at the repository {@link FIXTURE_REPOSITORY}.
 */
import { createHash } from 'node:crypto';

export const FIXTURE_REPOSITORY = 'octo-org/hello-world';

const API = `https://api.github.com/repos/${FIXTURE_REPOSITORY}`;
const WEB = `https://github.com/${FIXTURE_REPOSITORY}`;
const DEFAULT_DATE = '2024-05-14T09:30:00Z';

/** A stable 40-hex SHA derived from `seed`, for fixtures that need many distinct commits. */
export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

/** A stable positive id derived from `seed`, so that the same login always gets the same id. */
function fakeId(seed: string): number {
  return Number.parseInt(fakeSha(seed).slice(0, 7), 16) + 1;
}

/** Encodes a repository file path for a URL, keeping its `/` separators. */
const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

export interface UserFields {
  login?: string;
  id?: number;
  /** Default: `Bot` for logins ending in `[bot]`, else `User`. */
  type?: 'User' | 'Bot' | 'Organization';
}

/** A "simple user", as in commit authors, reviewers and assignees. Default login `octocat`. */
export function user(fields: UserFields = {}) {
  const login = fields.login ?? 'octocat';
  const id = fields.id ?? fakeId(login);
  const type = fields.type ?? (login.endsWith('[bot]') ? 'Bot' : 'User');
  const url = `https://api.github.com/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: Buffer.from(`04:${type}${id}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `https://github.com/${encodeURIComponent(login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** A git identity, optionally linked to a GitHub account. */
export interface GitPersonFields {
  name?: string;
  email?: string;
  date?: string;
  /** The GitHub account the email belongs to; `null` when it matches none. Default `octocat`. */
  login?: string | null;
  /** The account's id; derived from the login when omitted. */
  id?: number;
}

export interface CommitFields {
  /** Default: derived from the message. */
  sha?: string;
  message?: string;
  author?: GitPersonFields;
  /** Default: the author. */
  committer?: GitPersonFields;
  /** Parent SHAs; default a single parent derived from the SHA. Two or more make a merge commit. */
  parents?: string[];
}

function gitPerson(fields: GitPersonFields) {
  return { name: fields.name ?? 'Mona Lisa', email: fields.email ?? 'mona@example.com', date: fields.date ?? DEFAULT_DATE };
}

function account(fields: GitPersonFields) {
  if (fields.login === null) return null;
  return user({ login: fields.login ?? 'octocat', ...(fields.id === undefined ? {} : { id: fields.id }) });
}

/**
 * A commit as listed by "List commits on a pull request" and in "Compare two commits"
 * (`commits`, `base_commit`, `merge_base_commit`).
 */
export function commit(fields: CommitFields = {}) {
  const message = fields.message ?? 'Fix all the bugs';
  const sha = fields.sha ?? fakeSha(`commit:${message}`);
  const author = fields.author ?? {};
  const committer = fields.committer ?? author;
  const treeSha = fakeSha(`tree:${sha}`);
  const parents = fields.parents ?? [fakeSha(`parent:${sha}`)];
  return {
    url: `${API}/commits/${sha}`,
    sha,
    node_id: `C_kwDO${Buffer.from(sha.slice(0, 18), 'hex').toString('base64url')}`,
    html_url: `${WEB}/commit/${sha}`,
    comments_url: `${API}/commits/${sha}/comments`,
    commit: {
      url: `${API}/git/commits/${sha}`,
      author: gitPerson(author),
      committer: gitPerson(committer),
      message,
      tree: { sha: treeSha, url: `${API}/git/trees/${treeSha}` },
      comment_count: 0,
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    },
    author: account(author),
    committer: account(committer),
    parents: parents.map((parent) => ({
      sha: parent,
      url: `${API}/commits/${parent}`,
      html_url: `${WEB}/commit/${parent}`,
    })),
  };
}

export type DiffStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface PullRequestFileFields {
  filename: string;
  /** Default `modified`. */
  status?: DiffStatus;
  additions?: number;
  deletions?: number;
  /** The unified diff hunk(s); GitHub omits it for binary and very large files (pass `null`). */
  patch?: string | null;
  /** For `renamed` (and `copied`) files. */
  previous_filename?: string;
  /** The head commit the URLs point at. */
  ref?: string;
}

/** A file as listed by "List pull requests files" (also the `files` of "Compare two commits"). */
export function pullRequestFile(fields: PullRequestFileFields) {
  const { filename, status = 'modified', additions = 1, deletions = status === 'added' ? 0 : 1 } = fields;
  const ref = fields.ref ?? fakeSha('head');
  const path = encodePath(filename);
  const patch = fields.patch === undefined ? '@@ -1 +1 @@\n-before\n+after' : fields.patch;
  return {
    sha: fakeSha(`blob:${filename}`),
    filename,
    status,
    additions,
    deletions,
    changes: additions + deletions,
    blob_url: `${WEB}/blob/${ref}/${path}`,
    raw_url: `${WEB}/raw/${ref}/${path}`,
    contents_url: `${API}/contents/${path}?ref=${ref}`,
    ...(patch === null ? {} : { patch }),
    ...(fields.previous_filename === undefined ? {} : { previous_filename: fields.previous_filename }),
  };
}

export interface CommitComparisonFields {
  /** SHA of the base commit; default derived. */
  base?: string;
  /** The commits from base to head, oldest first (build them with {@link commit}). */
  commits?: ReturnType<typeof commit>[];
  /** Build them with {@link pullRequestFile}. */
  files?: ReturnType<typeof pullRequestFile>[];
}

/** The answer of "Compare two commits" for a head that is ahead of the base. */
export function commitComparison(fields: CommitComparisonFields = {}) {
  const commits = fields.commits ?? [];
  const base = commit({ sha: fields.base ?? fakeSha('base'), message: 'Base commit' });
  const head = commits.at(-1)?.sha ?? base.sha;
  const range = `${base.sha}...${head}`;
  return {
    url: `${API}/compare/${range}`,
    html_url: `${WEB}/compare/${range}`,
    permalink_url: `${WEB}/compare/octo-org:${base.sha.slice(0, 7)}...octo-org:${head.slice(0, 7)}`,
    diff_url: `${WEB}/compare/${range}.diff`,
    patch_url: `${WEB}/compare/${range}.patch`,
    base_commit: base,
    merge_base_commit: base,
    status: commits.length > 0 ? 'ahead' : 'identical',
    ahead_by: commits.length,
    behind_by: 0,
    total_commits: commits.length,
    commits,
    files: fields.files ?? [],
  };
}

export interface ContentFileFields {
  path: string;
  content: string | Uint8Array;
  /** Branch, tag or SHA the file was read at; default `main`. */
  ref?: string;
}

/**
 * A file as answered by "Get repository content": base64 content wrapped at 60 characters per
 * line as GitHub sends it, and the real git blob SHA of the content.
 */
export function contentFile(fields: ContentFileFields) {
  const bytes = typeof fields.content === 'string' ? Buffer.from(fields.content, 'utf8') : Buffer.from(fields.content);
  const ref = fields.ref ?? 'main';
  const path = encodePath(fields.path);
  const sha = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
  const url = `${API}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  const gitUrl = `${API}/git/blobs/${sha}`;
  const htmlUrl = `${WEB}/blob/${ref}/${path}`;
  return {
    type: 'file',
    encoding: 'base64',
    size: bytes.length,
    name: fields.path.split('/').at(-1) ?? fields.path,
    path: fields.path,
    content: `${bytes.toString('base64').replace(/.{60}/g, '$&\n')}\n`,
    sha,
    url,
    git_url: gitUrl,
    html_url: htmlUrl,
    download_url: `https://raw.githubusercontent.com/${FIXTURE_REPOSITORY}/${ref}/${path}`,
    _links: { self: url, git: gitUrl, html: htmlUrl },
  };
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
export type AuthorAssociation =
  | 'COLLABORATOR'
  | 'CONTRIBUTOR'
  | 'FIRST_TIMER'
  | 'FIRST_TIME_CONTRIBUTOR'
  | 'MANNEQUIN'
  | 'MEMBER'
  | 'NONE'
  | 'OWNER';

export interface ReviewFields {
  id?: number;
  /** The reviewer; `null` for a deleted account. Default `octocat`. */
  user?: UserFields | null;
  /** Default `APPROVED`. */
  state?: ReviewState;
  /** The head commit the review was submitted on. */
  commit_id?: string;
  body?: string;
  /** Absent for `PENDING` reviews, as on GitHub. */
  submitted_at?: string;
  /** Default `MEMBER`. */
  author_association?: AuthorAssociation;
  pull_number?: number;
}

/** A review as listed by "List reviews for a pull request". */
export function review(fields: ReviewFields = {}) {
  const { state = 'APPROVED', pull_number = 1 } = fields;
  const id = fields.id ?? fakeId(`review:${state}:${fields.user?.login ?? ''}`);
  const htmlUrl = `${WEB}/pull/${pull_number}#pullrequestreview-${id}`;
  const pullRequestUrl = `${API}/pulls/${pull_number}`;
  return {
    id,
    node_id: `PRR_kwDO${Buffer.from(String(id)).toString('base64url')}`,
    user: fields.user === null ? null : user(fields.user),
    body: fields.body ?? '',
    state,
    html_url: htmlUrl,
    pull_request_url: pullRequestUrl,
    _links: { html: { href: htmlUrl }, pull_request: { href: pullRequestUrl } },
    ...(state === 'PENDING' ? {} : { submitted_at: fields.submitted_at ?? DEFAULT_DATE }),
    commit_id: fields.commit_id ?? fakeSha('head'),
    author_association: fields.author_association ?? 'MEMBER',
  };
}
