/**
 * What the workflow run says about the change being deployed: the repository, the commit, the
 * pull request it came from, and where the run's log is.
 */
import { readFileSync } from 'node:fs';
import { UserError } from '@change-actions/action-kit';

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

export function pullRequestOf(eventName: string, payload: Record<string, any>): number | undefined {
  if (eventName.startsWith('pull_request')) {
    const n = payload['pull_request']?.['number'] ?? payload['number'];
    return typeof n === 'number' ? n : undefined;
  }
  if (eventName === 'push') {
    const header = String(payload['head_commit']?.['message'] ?? '').split('\n')[0] ?? '';
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
  const path = env['GITHUB_EVENT_PATH'];
  if (pullRequest === undefined && path) {
    try {
      pullRequest = pullRequestOf(env['GITHUB_EVENT_NAME'] ?? '', JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>);
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
