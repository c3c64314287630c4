import { readFileSync } from 'node:fs';
import { UserError } from './errors.ts';

export interface WorkflowEvent {
  eventName: string;
  payload: Record<string, any>;
  owner: string;
  repo: string;
}

/** The triggering event as the runner describes it: GITHUB_EVENT_NAME, the payload file, the repository. */
export function readEvent(): WorkflowEvent {
  const eventName = process.env['GITHUB_EVENT_NAME'] ?? '';
  const path = process.env['GITHUB_EVENT_PATH'];
  if (!eventName || !path) throw new UserError('GITHUB_EVENT_NAME and GITHUB_EVENT_PATH are not set; run this action in a GitHub workflow');
  let payload: Record<string, any>;
  try {
    payload = JSON.parse(readFileSync(path, 'utf8')) as Record<string, any>;
  } catch (error) {
    throw new UserError(`the event payload ${path} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const [owner = '', repo = ''] = (process.env['GITHUB_REPOSITORY'] ?? String(payload['repository']?.['full_name'] ?? '')).split('/');
  if (!owner || !repo) throw new UserError('GITHUB_REPOSITORY is not set and the payload names no repository');
  return { eventName, payload, owner, repo };
}
