/**
 * Finds every message a push, pull request or merge group brings, from the cheapest complete
 * source: local git when the checkout holds the commits (each read from its stored object), else
 * the push payload when it lists every commit, else the REST API with all pages. A list that
 * cannot be complete fails closed. The payload names no parents: where a message's verdict
 * depends on whether it is a merge, `needsParents` says so and the API supplies them.
 */
import { coreLogger as log, resolveRevision, UserError, type Git, type GitCommit, type ResolvedRevision, type WorkflowEvent } from '@change-actions/action-kit';
import type { GitHubClient } from '@change-actions/action-kit/github';

export interface Message {
  /** Commit SHA, or `pull-request-title` / `pull-request-body`. */
  id: string;
  subject: 'commit' | 'pull-request-title' | 'pull-request-body';
  text: string;
  /** Number of parents; undefined when the source (the push payload) does not say. */
  parents?: number;
}

export interface Gathered {
  messages: Message[];
  /** Commit the policy is read from (the base of the change), resolved when a branch named it. */
  policyRef: string | ResolvedRevision;
  /** How the commits were found, for the report. */
  via: string;
  /** Set when there is nothing to lint, with the reason. */
  nothing?: string;
  pullRequest?: { number: number; title: string; body: string };
  /** Set when the messages came from the push payload: where the API can list them with parents. */
  payloadRange?: { base: string; head: string };
}

/** The triggering event (action-kit's reader) and how to read commits. */
export interface Context extends WorkflowEvent {
  range?: { base: string; head: string } | undefined;
  git: Git;
  github: () => Promise<GitHubClient>;
}

/** GitHub lists at most this many commits in a push payload. */
const PUSH_PAYLOAD_MAX = 2048;

export async function gather(ctx: Context): Promise<Gathered> {
  if (ctx.range) {
    const messages = await commitsBetween(ctx, ctx.range.base, ctx.range.head);
    return { ...messages, policyRef: ctx.range.base };
  }
  switch (ctx.kind) {
    case 'push':
      return gatherPush(ctx);
    case 'pull_request':
      return gatherPullRequest(ctx);
    case 'merge_group': {
      const { base, head } = ends(ctx);
      const found = await commitsBetween(ctx, base, head);
      return { ...found, policyRef: base };
    }
    default:
      throw new UserError(
        `event "${ctx.eventName}" has no commits to lint; accepted: push, pull_request, pull_request_target, merge_group, or any event with inputs base and head`,
      );
  }
}

/** The commits a pull request or merge group spans, or a clear refusal when the event lacks one. */
function ends(ctx: Context): { base: string; head: string } {
  if (ctx.base.sha === undefined || ctx.head.sha === undefined) throw new UserError(`the ${ctx.eventName} event names no base or no head commit: there are no commits to lint`);
  return { base: ctx.base.sha, head: ctx.head.sha };
}

async function gatherPush(ctx: Context): Promise<Gathered> {
  const p = ctx.payload;
  const before = ctx.base.sha ?? '';
  const after = ctx.head.sha ?? '';
  if (ctx.deleted) {
    return { messages: [], policyRef: before, via: 'push payload', nothing: 'the push deleted a branch or tag' };
  }
  if (ctx.created) {
    // A new branch brings the commits its default branch does not have; both the list and the
    // policy are read at the default branch's commit, never at a bare name a tag could shadow.
    const defaultBranch = ctx.defaultBranch ?? '';
    if (defaultBranch === '') throw new UserError('the push event names no default branch (repository.default_branch) to read the policy from');
    const base = await resolveRevision(defaultBranch, ctx);
    const found = await commitsBetween(ctx, base.sha, after);
    return { ...found, policyRef: base };
  }
  const commits = (p['commits'] ?? []) as Array<{ id: string; message: string }>;
  const complete =
    !ctx.forced && commits.length > 0 && commits.length < PUSH_PAYLOAD_MAX && commits[commits.length - 1]?.id === after;
  if (complete) {
    const ids = commits.map((c) => c.id);
    // The checkout's objects are what git stores, parents included: read them when it has them.
    const local = await ctx.git.findCommits(ids);
    if (local && local.every((c) => c !== undefined)) {
      return { messages: (local as GitCommit[]).map(fromGit), policyRef: before, via: 'local git' };
    }
    return {
      messages: commits.map((c) => ({ id: c.id, subject: 'commit', text: c.message })),
      policyRef: before,
      via: 'push payload',
      payloadRange: { base: before, head: after },
    };
  }
  // A force push: the commits that `before` does not have.
  const found = await commitsBetween(ctx, before, after);
  return { ...found, policyRef: before };
}

/**
 * The payload's messages again with their parents, from the API, for when a verdict depends on
 * them (a two-parent commit is a merge; the payload cannot say). The list must be the same.
 */
export async function withParents(ctx: Context, gathered: Gathered): Promise<Gathered> {
  const { payloadRange: range, ...rest } = gathered;
  if (!range) return gathered;
  const { compareCommits } = await import('@change-actions/change-gather');
  const { commits } = await compareCommits(await ctx.github(), ctx.owner, ctx.repo, range.base, range.head);
  const ids = gathered.messages.map((m) => m.id);
  if (commits.length !== ids.length || commits.some((c, i) => c.sha !== ids[i])) {
    throw new Error(
      `the compare API lists ${commits.length} commits between ${range.base.slice(0, 12)} and ${range.head.slice(0, 12)}; the push payload lists ${ids.length}, not the same ones`,
    );
  }
  const messages = commits.map((c): Message => ({ id: c.sha, subject: 'commit', text: c.message, parents: c.parents }));
  return { ...rest, messages, via: 'REST API (compare): the push payload names no parents' };
}

async function gatherPullRequest(ctx: Context): Promise<Gathered> {
  const pr = ctx.payload['pull_request'] as { number: number; title: string; body: string | null; commits: number };
  const { base, head } = ends(ctx);
  const pullRequest = { number: ctx.number ?? pr.number, title: pr.title ?? '', body: pr.body ?? '' };
  let found: { messages: Message[]; via: string } | undefined;
  if ((await ctx.git.present([base, head])).size === 2) {
    const commits = await ctx.git.commits(head, [base]);
    if (commits.length !== pr.commits) {
      log.warning(
        `local git lists ${commits.length} commits for pull request #${pr.number}; GitHub counted ${pr.commits} when the event was sent. All ${commits.length} are linted.`,
      );
    }
    found = { messages: commits.map(fromGit), via: 'local git' };
  }
  if (!found) {
    // Loaded only when local git cannot answer: a run that never calls the API skips it.
    const { PULL_COMMITS_MAX } = await import('@change-actions/change-gather');
    if (pr.commits > PULL_COMMITS_MAX) {
      throw new UserError(
        `pull request #${pr.number} has ${pr.commits} commits; the API lists at most ${PULL_COMMITS_MAX} and the checkout does not hold ${head.slice(0, 12)} and ${base.slice(0, 12)}. Check out with fetch-depth: 0 so every commit can be linted.`,
      );
    }
    const github = await ctx.github();
    const listed = await github.paginate(github.rest.pulls.listCommits, {
      owner: ctx.owner,
      repo: ctx.repo,
      pull_number: pr.number,
      per_page: 100,
    });
    if (listed.length !== pr.commits || listed[listed.length - 1]?.sha !== head) {
      throw new Error(
        `the API listed ${listed.length} commits ending at ${listed[listed.length - 1]?.sha.slice(0, 12) ?? 'nothing'}; the event names ${pr.commits} ending at ${head.slice(0, 12)}. The pull request changed since the event; its newer run checks it.`,
      );
    }
    found = {
      messages: listed.map((c) => ({ id: c.sha, subject: 'commit', text: c.commit.message, parents: c.parents.length })),
      via: 'REST API (pull request commits)',
    };
  }
  return { ...found, policyRef: base, pullRequest };
}

function fromGit(c: GitCommit): Message {
  return { id: c.sha, subject: 'commit', text: c.message, parents: c.parents.length };
}

/** Commits reachable from head and not from base: local git when it holds both, else the API. */
async function commitsBetween(ctx: Context, base: string, head: string): Promise<{ messages: Message[]; via: string }> {
  if ((await ctx.git.present([base, head])).size === 2) {
    return { messages: (await ctx.git.commits(head, [base])).map(fromGit), via: 'local git' };
  }
  const { compareCommits } = await import('@change-actions/change-gather');
  const { commits } = await compareCommits(await ctx.github(), ctx.owner, ctx.repo, base, head);
  const messages = commits.map((c): Message => ({ id: c.sha, subject: 'commit', text: c.message, parents: c.parents }));
  return { messages, via: 'REST API (compare)' };
}
