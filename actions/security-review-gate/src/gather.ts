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
import { threatModelLinks, type ChangedFile, type Label, type PullRequestSnapshot, type Review } from '@change-actions/gate';
import type { Policy, PolicySource } from '@change-actions/policy';
import { call, callOr404 } from './api.ts';
import { requiredChecks } from './checks.ts';
import { gatherDirectory, rolesInPlay } from './directory.ts';
import { actorOf, accountOf, commitOf, isPersonal, reviewOf, standingApprovals } from './people.ts';
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

  const listed = await call(`listing the commits of pull request #${number}`, 'pull-requests: read', () =>
    github.paginate(github.rest.pulls.listCommits, { owner, repo, pull_number: number, per_page: 100 }),
  );
  const commitsTruncated = pr.commits > listed.length;
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
  const notes: string[] = [];
  const standing = standingApprovals(reviews, author.id);
  const contributors = new Set([author.id, ...listed.flatMap((c) => [accountOf(c.author)?.id, accountOf(c.committer)?.id]).filter((id) => id !== undefined)]);
  // Approvers whose role or permission can decide something: bots and contributors never approve.
  const approvers = [...standing.values()].map((entry) => entry.user).filter((user) => isPersonal(user) && !contributors.has(user.id));

  const [labels, changedSince, retrospective, checks, linkedDocuments, directory] = await Promise.all([
    emergency ? labelsWithActors(github, owner, repo, number, pr.labels) : pr.labels.map((label): Label => ({ name: label.name })),
    gate.staleApprovals.mode === 'keep-unless-security-relevant' ? changedSinceReviews(github, owner, repo, headSha, [...standing.values()].flatMap((entry) => entry.reviews)) : {},
    emergency ? listRetrospectives(github, owner, repo).then((issues) => retrospectiveFor(issues, number)) : undefined,
    gate.codeReview.mode === 'sole-operator'
      ? requiredChecks(github, { owner, repo, baseRef: pr.base.ref, headSha, checkName: request.checkName })
      : { state: 'none' as const, contexts: [] },
    record.securityRelevant ? existingDocuments(github, owner, repo, headSha, threatModelLinks(gate, pr.body ?? '', `${owner}/${repo}`), notes) : [],
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
    labels,
    commits: listed.map(commitOf),
    ...(commitsTruncated ? { commitsTruncated } : {}),
    files,
    reviews,
    changedSince,
    directory,
    requiredChecks: checks.state,
    linkedDocuments,
    ...(retrospective !== undefined && retrospectiveMarker !== undefined ? { retrospective: { issue: retrospective.number, due: retrospectiveMarker.due } } : {}),
  };
  if (listed.length >= PULL_COMMITS_MAX && commitsTruncated) notes.push(`GitHub lists at most ${PULL_COMMITS_MAX} commits of a pull request; this one has ${pr.commits}`);
  return { policy, source, record, via: change.via, snapshot, title: pr.title, baseRef: pr.base.ref, notes };
}

/** The labels, each with who added it last (a later removal forgets it), from the timeline. */
async function labelsWithActors(github: GitHubClient, owner: string, repo: string, number: number, labels: ReadonlyArray<{ name: string }>): Promise<Label[]> {
  const events = await call(`listing the events of pull request #${number}`, 'pull-requests: read', () =>
    github.paginate(github.rest.issues.listEvents, { owner, repo, issue_number: number, per_page: 100 }),
  );
  const addedBy = new Map<string, ReturnType<typeof accountOf>>();
  for (const event of events) {
    const name = 'label' in event ? event.label?.name?.toLowerCase() : undefined;
    if (name === undefined) continue;
    if (event.event === 'labeled') addedBy.set(name, accountOf(event.actor));
    else if (event.event === 'unlabeled') addedBy.delete(name);
  }
  return labels.map((label) => ({ name: label.name, addedBy: addedBy.get(label.name.toLowerCase()) ?? null }));
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

/** The linked threat model documents that exist as files at the head commit. */
async function existingDocuments(github: GitHubClient, owner: string, repo: string, head: string, paths: readonly string[], notes: string[]): Promise<string[]> {
  if (paths.length > LINKS_MAX) notes.push(`the body links ${paths.length} threat model documents; the first ${LINKS_MAX} were looked for`);
  const existing: string[] = [];
  for (const path of paths.slice(0, LINKS_MAX)) {
    const found = await callOr404(`looking for the linked threat model ${path} at ${head.slice(0, 12)}`, 'contents: read', () =>
      github.rest.repos.getContent({ owner, repo, path, ref: head }),
    );
    if (found !== undefined && !Array.isArray(found.data) && found.data.type === 'file') existing.push(path);
  }
  return existing;
}

