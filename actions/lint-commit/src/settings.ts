import { inputs } from '@change-actions/action-kit';

export interface Settings {
  token: string;
  policyPath: string;
  repositoryPath: string;
  range?: { base: string; head: string };
  failOnWarning: boolean;
  timeoutSeconds: number;
}

/** The only reader of this action's inputs. */
export function readSettings(): Settings {
  const range = inputs.range('lint the event');
  return {
    token: inputs.text('token'),
    policyPath: inputs.repositoryFile('policy-path', '.github/change-policy.yml'),
    repositoryPath: inputs.text('repository-path') || process.env['GITHUB_WORKSPACE'] || process.cwd(),
    ...(range ? { range } : {}),
    failOnWarning: inputs.boolean('fail-on-warning', false),
    timeoutSeconds: inputs.integer('timeout-seconds', { min: 1, max: 3600 }, 300),
  };
}
