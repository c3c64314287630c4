/**
 * The triggering event, read in one place: every action takes the kind of event, the commits and
 * refs it spans, the pull request and the actor from here, never from the payload on its own.
 * The raw payload stays on the event for what only one action reads (a push's commit list, a pull
 * request's labels).
 */
import { readFileSync } from 'node:fs';
import { UserError } from './errors.ts';

/**
 * What kind of change the event describes. `pull_request` covers `pull_request` and
 * `pull_request_target` (the review events keep their pull request's number, base and head, and
 * are `other`); `eventName` keeps the exact name.
 */
export type EventKind = 'push' | 'pull_request' | 'merge_group' | 'workflow_dispatch' | 'schedule' | 'other';

/** One end of the change: its commit and its branch (without `refs/heads/`), where the event names them. */
export interface EventEnd {
  sha?: string;
  ref?: string;
}

export interface WorkflowEvent {
  /** GITHUB_EVENT_NAME as the runner gave it. */
  eventName: string;
  kind: EventKind;
  payload: Record<string, any>;
  owner: string;
  repo: string;
  /** Where the change starts: a pull request's or merge group's base, a push's `before` (none when the push created the ref). */
  base: EventEnd;
  /** Where it ends: a pull request's or merge group's head, a push's `after` (none when the push deleted the ref), else GITHUB_SHA. */
  head: EventEnd;
  /** The pull request the event is about (pull request and review events). */
  number?: number;
  /** Who triggered the run: GITHUB_ACTOR, else the payload's sender. */
  actor?: string;
  defaultBranch?: string;
  /** The message of the head commit a push or merge group names. */
  headCommitMessage?: string;
  /** A push that created, deleted or force-moved its ref. */
  created: boolean;
  deleted: boolean;
  forced: boolean;
}

const ZERO = /^0+$/;
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const commit = (value: unknown): string | undefined => {
  const sha = text(value);
  return sha === undefined || ZERO.test(sha) ? undefined : sha;
};
const branch = (value: unknown): string | undefined => text(value)?.replace(/^refs\/heads\//, '');
const end = (sha: string | undefined, ref: string | undefined): EventEnd => ({ ...(sha === undefined ? {} : { sha }), ...(ref === undefined ? {} : { ref }) });

function kindOf(eventName: string): EventKind {
  if (eventName === 'pull_request' || eventName === 'pull_request_target') return 'pull_request';
  if (eventName === 'push' || eventName === 'merge_group' || eventName === 'workflow_dispatch' || eventName === 'schedule') return eventName;
  return 'other';
}

/** The typed event from its name, its payload and the runner's variables (GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_ACTOR). Pure. */
export function describeEvent(eventName: string, payload: Record<string, any>, env: NodeJS.ProcessEnv = {}): WorkflowEvent {
  const kind = kindOf(eventName);
  const [owner = '', repo = ''] = (env['GITHUB_REPOSITORY'] || String(payload['repository']?.['full_name'] ?? '')).split('/');
  const defaultBranch = text(payload['repository']?.['default_branch']);
  const runSha = text(env['GITHUB_SHA']);
  const pr = payload['pull_request'];
  const group = payload['merge_group'];
  let base: EventEnd = {};
  let head: EventEnd = end(runSha && SHA.test(runSha) ? runSha : undefined, branch(payload['ref']));
  let headCommitMessage: string | undefined;
  if (pr && typeof pr === 'object') {
    base = end(commit(pr.base?.sha), branch(pr.base?.ref));
    head = end(commit(pr.head?.sha), branch(pr.head?.ref));
  } else if (kind === 'merge_group' && group && typeof group === 'object') {
    base = end(commit(group.base_sha), branch(group.base_ref));
    head = end(commit(group.head_sha), branch(group.head_ref));
    headCommitMessage = typeof group.head_commit?.message === 'string' ? group.head_commit.message : undefined;
  } else if (kind === 'push') {
    base = end(commit(payload['before']), undefined);
    head = end(commit(payload['after']), branch(payload['ref']));
  }
  if (kind === 'push' && typeof payload['head_commit']?.['message'] === 'string') headCommitMessage = payload['head_commit']['message'];
  const number = pr?.number ?? (eventName.startsWith('pull_request') ? payload['number'] : undefined);
  const actor = text(env['GITHUB_ACTOR']) ?? text(payload['sender']?.['login']);
  return {
    eventName,
    kind,
    payload,
    owner,
    repo,
    base,
    head,
    ...(typeof number === 'number' && Number.isSafeInteger(number) && number > 0 ? { number } : {}),
    ...(actor === undefined ? {} : { actor }),
    ...(defaultBranch === undefined ? {} : { defaultBranch }),
    ...(headCommitMessage === undefined ? {} : { headCommitMessage }),
    created: kind === 'push' && (payload['created'] === true || ZERO.test(String(payload['before'] ?? ''))),
    deleted: kind === 'push' && (payload['deleted'] === true || ZERO.test(String(payload['after'] ?? ''))),
    forced: kind === 'push' && payload['forced'] === true,
  };
}

/** The triggering event as the runner describes it: GITHUB_EVENT_NAME, the payload file, the repository. */
export function readEvent(env: NodeJS.ProcessEnv = process.env): WorkflowEvent {
  const eventName = env['GITHUB_EVENT_NAME'] ?? '';
  const path = env['GITHUB_EVENT_PATH'];
  if (!eventName || !path) throw new UserError('GITHUB_EVENT_NAME and GITHUB_EVENT_PATH are not set; run this action in a GitHub workflow');
  let payload: Record<string, any>;
  try {
    payload = JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>;
  } catch (error) {
    throw new UserError(`the event payload ${path} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) throw new UserError(`the event payload ${path} is not a JSON object`);
  const event = describeEvent(eventName, payload, env);
  if (!event.owner || !event.repo) throw new UserError('GITHUB_REPOSITORY is not set and the payload names no repository');
  return event;
}
