import { join } from 'node:path';
import { UserError, inputs } from '@change-actions/action-kit';

export interface Settings {
  token: string;
  policyPath: string;
  repositoryPath: string;
  range?: { base: string; head: string };
  syncLabels: boolean;
  recordPath: string;
  now: Date;
  timeoutSeconds: number;
}

/** The only reader of this action's inputs. */
export function readSettings(): Settings {
  const base = inputs.sha('base');
  const head = inputs.sha('head');
  if ((base === undefined) !== (head === undefined)) {
    throw new UserError('inputs base and head go together: give both full SHAs, or neither to classify the event');
  }
  const policyPath = inputs.text('policy-path') || '.github/change-policy.yml';
  if (policyPath.startsWith('/') || policyPath.split('/').includes('..')) {
    throw new UserError(`input policy-path: "${policyPath}" must be a path inside the repository`);
  }
  const nowText = inputs.text('now');
  const now = nowText ? new Date(nowText) : new Date();
  if (Number.isNaN(now.getTime()) || (nowText && !/^\d{4}-\d{2}-\d{2}T/.test(nowText))) {
    throw new UserError(`input now: "${nowText}" is not an ISO 8601 instant; accepted: e.g. 2026-03-31T10:15:00Z`);
  }
  return {
    token: inputs.text('token'),
    policyPath,
    repositoryPath: inputs.text('repository-path') || process.env['GITHUB_WORKSPACE'] || process.cwd(),
    ...(base && head ? { range: { base, head } } : {}),
    syncLabels: inputs.boolean('sync-labels', true),
    recordPath: inputs.text('record-path') || join(process.env['RUNNER_TEMP'] || process.cwd(), 'change-record.json'),
    now,
    timeoutSeconds: inputs.integer('timeout-seconds', { min: 1, max: 3600 }, 300),
  };
}
