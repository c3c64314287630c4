import { join } from 'node:path';
import { inputs } from '@change-actions/action-kit';

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
  const range = inputs.range('classify the event');
  return {
    token: inputs.text('token'),
    policyPath: inputs.repositoryFile('policy-path', '.github/change-policy.yml'),
    repositoryPath: inputs.text('repository-path') || process.env['GITHUB_WORKSPACE'] || process.cwd(),
    ...(range ? { range } : {}),
    syncLabels: inputs.boolean('sync-labels', true),
    recordPath: inputs.text('record-path') || join(process.env['RUNNER_TEMP'] || process.cwd(), 'change-record.json'),
    now: inputs.instant('now'),
    timeoutSeconds: inputs.integer('timeout-seconds', { min: 1, max: 3600 }, 300),
  };
}
