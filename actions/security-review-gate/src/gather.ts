/**
 * Gathers what the gate decides from: the pull request as GitHub has it now (the payload may be
 * stale), the policy from the base commit only, the change record computed here by classify for
 * the same head commit (never a record file another step wrote), and the snapshot the engine
 * reads. Nothing of the pull request is checked out or run; local git is read only when the
 * checkout already holds both ends. Every list is read to its last page; anything missing,
 * truncated or contradictory is an error, so the gate fails closed.
 */
import { describePolicySource, loadPolicy, type Git } from '@change-actions/action-kit';
import type { GitHubClient } from '@change-actions/action-kit/github';
import { describeChange, gatherChange } from '@change-actions/change-gather';
import { classify, filesNeedingContent, type ChangeRecord } from '@change-actions/classify';
import { isPersonalAccount, standingReviews, threatModelDocuments, type ChangedFile, type Label, type PullRequestSnapshot, type Review } from '@change-actions/gate';
import type { Policy, PolicySource } from '@change-actions/policy';
import { call, callOr404 } from './api.ts';
import { requiredChecks } from './checks.ts';
import { gatherDirectory, rolesInPlay } from './directory.ts';
import { actorOf, accountOf, commitOf, reviewOf } from './people.ts';
import { listRetrospectives, retrospectiveFor } from './retrospective.ts';

/** GitHub's caps: "List commits on a pull request" and the files of "Compare two commits". */
const PULL_COMMITS_MAX = 250;
const COMPARE_FILES_MAX = 300;
/** Linked threat model documents checked at most; links beyond are not looked at. */
const LINKS_MAX = 20;

export interface GatherRequest {
  owner: string;
  repo: string;
  number: number;
  github: () => Promise<GitHubClient>;
  git: Git;
  policyPath: string;
  checkName: string;
  now: Date;
}

export interface Gathered {
  policy: Policy;
  source: PolicySource;
  record: ChangeRecord;
  /** Where the change itself was read from: local git or the REST API. */
  via: string;
  snapshot: PullRequestSnapshot;
  title: string;
  baseRef: string;
  baseSha: string;
  /** The repository's default branch, as the pull request's base repository names it. */
  defaultBranch?: string;
  /** Facts worth a line in the report (what was not looked up, and why). */
  notes: string[];
}

/** What is known so far, for reporting a failure part-way: the head to write the check run on. */
export interface Progress {
  headSha?: string;
  policy?: string;
}

export async function gatherPullRequest(request: GatherRequest, progress: Progress): Promise<Gathered> {
  const { owner, repo, number } = request;
  const github = await request.github();
  const { data: pr } = await call(`reading pull request #${number}`, 'pull-requests: read', () => github.rest.pulls.get({ owner, repo, pull_number: number }));
  const headSha = pr.head.sha;
  const author = actorOf(pr.user);
  if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(headSha) || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(pr.base.sha)) {
    throw new Error(`pull request #${number} names no valid head and base commits`);
  }
  if (author === null) throw new Error(`pull request #${number} has no author GitHub can name`);
  progress.headSha = headSha;

  // The policy from the base commit: never from the pull request, which cannot weaken its own gate.
  const { policy, source } = await loadPolicy({ owner, repo, ref: pr.base.sha, path: request.policyPath }, { git: request.git, github: request.github });
  progress.policy = describePolicySource(source);

  // The change record, for this head, by classify itself.
  const ref = describeChange('pull_request', { pull_request: pr });
  const change = await gatherChange({ owner, repo, git: request.git, github: request.github }, ref, policy.commits, (paths) => filesNeedingContent(policy.classify, paths));
  const record = classify(policy.classify, change.snapshot, request.now);
  const files: ChangedFile[] = change.snapshot.files.map((file) => ({ path: file.path, status: file.status }));

  const notes: string[] = [];
  let listed = await call(`listing the commits of pull request #${number}`, 'pull-requests: read', () =>
    github.paginate(github.rest.pulls.listCommits, { owner, repo, pull_number: number, per_page: 100 }),
  );
  let commitsTruncated = pr.commits > listed.length;
  if (commitsTruncated && change.via === 'local git') {
    // More than GitHub lists of a pull request: the checkout's history names every commit, and the
    // comparison gives each one's accounts; the three must agree.
    listed = await commitsFromHistory(github, owner, repo, pr.base.sha, headSha, change.snapshot.commits.map((c) => c.sha), pr.commits);
    commitsTruncated = false;
    notes.push(`${pr.commits} commits, more than GitHub lists of a pull request: read from the checkout's history, their accounts from the comparison`);
  }
  if (!commitsTruncated && (listed.length !== pr.commits || listed[listed.length - 1]?.sha !== headSha)) {
    throw new Error(
      `pull request #${number} changed while it was read: the API listed ${listed.length} commits ending at ${listed[listed.length - 1]?.sha.slice(0, 12) ?? 'nothing'}, the pull request has ${pr.commits} ending at ${headSha.slice(0, 12)}; the run its push started judges it`,
    );
  }
  const reviews = (
    await call(`listing the reviews of pull request #${number}`, 'pull-requests: read', () =>
      github.paginate(github.rest.pulls.listReviews, { owner, repo, pull_number: number, per_page: 100 }),
    )
  ).map(reviewOf);

  const emergency = record.changeType === 'emergency';
  const gate = policy.gate;
  // The engine's own reading of the reviews, so exactly the approvals it may count are looked up.
  const standing = standingReviews(reviews, author).filter((entry) => entry.state === 'APPROVED');
  const contributors = new Set([author.id, ...listed.flatMap((c) => [accountOf(c.author)?.id, accountOf(c.committer)?.id]).filter((id) => id !== undefined)]);
  // Approvers whose role or permission can decide something: bots and contributors never approve.
  const approvers = standing.map((entry) => entry.user).filter((user) => isPersonalAccount(user) && !contributors.has(user.id));

  const [timeline, changedSince, retrospective, checks, documents, directory] = await Promise.all([
    emergency ? labelsWithActors(github, owner, repo, number, pr.labels) : { labels: pr.labels.map((label): Label => ({ name: label.name })), titleChangedAt: undefined },
    gate.staleApprovals.mode === 'keep-unless-security-relevant' ? changedSinceReviews(github, owner, repo, headSha, standing.flatMap((entry) => entry.reviews)) : {},
    emergency ? listRetrospectives(github, owner, repo).then((issues) => retrospectiveFor(issues, number)) : undefined,
    gate.codeReview.mode === 'sole-operator'
      ? requiredChecks(github, { owner, repo, baseRef: pr.base.ref, headSha, checkName: request.checkName })
      : { state: 'none' as const, contexts: [] },
    record.securityRelevant
      ? readDocuments(github, owner, repo, headSha, threatModelDocuments(gate, pr.body ?? '', `${owner}/${repo}`, files), notes)
      : { existing: [], texts: {} },
    gatherDirectory(github, { owner, repo, policy: gate, roles: rolesInPlay(gate, record), people: approvers, permissions: true }),
  ]);
  if (gate.codeReview.mode === 'sole-operator') {
    notes.push(checks.contexts.length > 0 ? `required checks on the base branch: ${checks.contexts.join(', ')} (${checks.state})` : 'the base branch requires no status checks besides this gate');
  }

  const retrospectiveMarker = retrospective !== undefined && typeof retrospective.marker === 'object' ? retrospective.marker : undefined;
  const snapshot: PullRequestSnapshot = {
    repository: `${owner}/${repo}`,
    number,
    author,
    headSha,
    body: pr.body ?? '',
    labels: timeline.labels,
    commits: listed.map(commitOf),
    ...(commitsTruncated ? { commitsTruncated } : {}),
    files,
    reviews,
    changedSince,
    directory,
    requiredChecks: checks.state,
    linkedDocuments: documents.existing,
    documents: documents.texts,
    createdAt: pr.created_at,
    ...(timeline.titleChangedAt === undefined ? {} : { titleChangedAt: timeline.titleChangedAt }),
    ...(retrospective !== undefined && retrospectiveMarker !== undefined ? { retrospective: { issue: retrospective.number, due: retrospectiveMarker.due } } : {}),
  };
  if (listed.length >= PULL_COMMITS_MAX && commitsTruncated) notes.push(`GitHub lists at most ${PULL_COMMITS_MAX} commits of a pull request; this one has ${pr.commits}`);
  const defaultBranch = typeof pr.base.repo?.default_branch === 'string' ? pr.base.repo.default_branch : undefined;
  return { policy, source, record, via: change.via, snapshot, title: pr.title, baseRef: pr.base.ref, baseSha: pr.base.sha, ...(defaultBranch === undefined ? {} : { defaultBranch }), notes };
}

/**
 * The labels, each with who added it last and when (a later removal forgets it), and when the
 * title was last changed, from the timeline: what dates an emergency's signals.
 */
async function labelsWithActors(github: GitHubClient, owner: string, repo: string, number: number, labels: ReadonlyArray<{ name: string }>): Promise<{ labels: Label[]; titleChangedAt: string | undefined }> {
  const events = await call(`listing the events of pull request #${number}`, 'pull-requests: read', () =>
    github.paginate(github.rest.issues.listEvents, { owner, repo, issue_number: number, per_page: 100 }),
  );
  const added = new Map<string, { by: ReturnType<typeof accountOf>; at: string }>();
  let titleChangedAt: string | undefined;
  for (const event of events) {
    if (event.event === 'renamed') titleChangedAt = event.created_at;
    const name = 'label' in event ? event.label?.name?.toLowerCase() : undefined;
    if (name === undefined) continue;
    if (event.event === 'labeled') added.set(name, { by: accountOf(event.actor), at: event.created_at });
    else if (event.event === 'unlabeled') added.delete(name);
  }
  return {
    labels: labels.map((label) => {
      const entry = added.get(label.name.toLowerCase());
      return { name: label.name, addedBy: entry?.by ?? null, ...(entry === undefined ? {} : { addedAt: entry.at }) };
    }),
    titleChangedAt,
  };
}

/**
 * Every commit of a pull request longer than GitHub lists, in the checkout's order (oldest first),
 * with its author and committer accounts from the comparison of the base and the head. The local
 * history only says which commits there are; it must name exactly the comparison's commits, as many
 * as the pull request counts, or nothing is decided (a shallow or grafted checkout hides commits).
 */
async function commitsFromHistory(github: GitHubClient, owner: string, repo: string, base: string, head: string, local: readonly string[], count: number) {
  type Listed = Awaited<ReturnType<GitHubClient['rest']['repos']['compareCommitsWithBasehead']>>['data']['commits'][number];
  const compared: Listed[] = [];
  let total = Infinity;
  for (let page = 1; compared.length < total; page++) {
    const { data } = await call(`comparing ${base.slice(0, 12)}...${head.slice(0, 12)}`, 'contents: read', () =>
      github.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${base}...${head}`, per_page: 100, page }),
    );
    total = data.total_commits;
    if (data.commits.length === 0) break;
    compared.push(...data.commits);
  }
  const bySha = new Map(compared.map((commit) => [commit.sha, commit]));
  if (compared.length !== total || total !== count || new Set(local).size !== count || local.some((sha) => !bySha.has(sha)) || local.at(-1) !== head) {
    throw new Error(
      `the pull request has ${count} commits, the checkout's history lists ${local.length} and the comparison ${compared.length} of ${total}: they do not agree, so its committers are not known`,
    );
  }
  return local.map((sha) => bySha.get(sha) as Listed);
}

/**
 * For each commit an approval was given on, other than the head: the paths changed since, both
 * sides of a rename, or `unknown` when the comparison cannot say (the commit is gone, the head does
 * not descend from it, or GitHub's list of 300 files is full).
 */
async function changedSinceReviews(github: GitHubClient, owner: string, repo: string, head: string, approvals: readonly Review[]): Promise<Record<string, string[] | 'unknown'>> {
  const commits = [...new Set(approvals.map((review) => review.commit_id).filter((sha): sha is string => sha !== null && sha !== head))];
  const changed: Record<string, string[] | 'unknown'> = {};
  for (const commit of commits) {
    if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(commit)) {
      changed[commit] = 'unknown';
      continue;
    }
    // The file list comes whole on the first page (at most 300); later pages only page the commits.
    const found = await callOr404(`comparing ${commit.slice(0, 12)} with the head ${head.slice(0, 12)}`, 'contents: read', () =>
      github.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${commit}...${head}`, per_page: 100 }),
    );
    const data = found?.data;
    const files = data?.files ?? [];
    changed[commit] =
      data === undefined || !(data.status === 'ahead' || data.status === 'identical') || files.length >= COMPARE_FILES_MAX
        ? 'unknown'
        : files.flatMap((file) => (file.previous_filename === undefined ? [file.filename] : [file.filename, file.previous_filename]));
  }
  return changed;
}

/**
 * The threat model documents (linked or changed) that exist as files at the head commit, and their
 * texts, which the engine checks like the body's section.
 */
async function readDocuments(
  github: GitHubClient,
  owner: string,
  repo: string,
  head: string,
  wanted: readonly string[],
  notes: string[],
): Promise<{ existing: string[]; texts: Record<string, string> }> {
  const paths = [...new Set(wanted)];
  if (paths.length > LINKS_MAX) notes.push(`the pull request names ${paths.length} threat model documents; the first ${LINKS_MAX} were read`);
  const existing: string[] = [];
  const texts: Record<string, string> = {};
  for (const path of paths.slice(0, LINKS_MAX)) {
    const found = await callOr404(`reading the threat model ${path} at ${head.slice(0, 12)}`, 'contents: read', () =>
      github.rest.repos.getContent({ owner, repo, path, ref: head }),
    );
    if (found === undefined || Array.isArray(found.data) || found.data.type !== 'file') continue;
    existing.push(path);
    const { content, encoding } = found.data as { content?: string; encoding?: string };
    if (typeof content === 'string' && encoding === 'base64') texts[path] = Buffer.from(content, 'base64').toString('utf8');
  }
  return { existing, texts };
}
