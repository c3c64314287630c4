/**
 * What the workflow run says about the change being deployed: the repository, the commit, the
 * pull request it came from, and where the run's log is.
 */
import { UserError, readEvent, type WorkflowEvent } from '@change-actions/action-kit';

export interface RunContext {
  owner: string;
  repo: string;
  sha: string;
  pullRequest?: number;
  /** The run's page, for the GitHub Deployment's log link. */
  runUrl?: string;
}

/** A squash merge's header ends in `(#12)`; a merge commit's starts `Merge pull request #12`. */
const SQUASHED = /\(#(\d+)\)\s*$/;
const MERGED = /^Merge pull request #(\d+)\b/;

/** The pull request a deploy comes from: the event's own, or the one a pushed merge names in its header. */
export function pullRequestOf(event: WorkflowEvent): number | undefined {
  if (event.eventName.startsWith('pull_request')) return event.number;
  if (event.kind === 'push') {
    const header = (event.headCommitMessage ?? '').split('\n')[0] ?? '';
    const found = SQUASHED.exec(header) ?? MERGED.exec(header);
    return found ? Number(found[1]) : undefined;
  }
  return undefined;
}

export function runContext(options: { sha?: string | undefined; pullRequest?: number | undefined }, env: NodeJS.ProcessEnv = process.env): RunContext {
  const [owner = '', repo = ''] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  const sha = options.sha ?? env['GITHUB_SHA'] ?? '';
  if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(sha)) {
    throw new UserError('no commit to tag the version with: GITHUB_SHA is not set; run this action in a workflow, or set input sha');
  }
  let pullRequest = options.pullRequest;
  if (pullRequest === undefined && env['GITHUB_EVENT_PATH']) {
    try {
      pullRequest = pullRequestOf(readEvent(env));
    } catch {
      // No readable event: the pull request stays unknown, which the reports say.
    }
  }
  const server = env['GITHUB_SERVER_URL'];
  const runId = env['GITHUB_RUN_ID'];
  return {
    owner,
    repo,
    sha,
    ...(pullRequest === undefined ? {} : { pullRequest }),
    ...(server && owner && repo && runId ? { runUrl: `${server}/${owner}/${repo}/actions/runs/${runId}` } : {}),
  };
}
