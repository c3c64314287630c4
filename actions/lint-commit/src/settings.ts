import { UserError, inputs } from '@change-actions/action-kit';

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
  const base = inputs.sha('base');
  const head = inputs.sha('head');
  if ((base === undefined) !== (head === undefined)) {
    throw new UserError('inputs base and head go together: give both full SHAs, or neither to lint the event');
  }
  const policyPath = inputs.text('policy-path') || '.github/change-policy.yml';
  if (policyPath.startsWith('/') || policyPath.split('/').includes('..')) {
    throw new UserError(`input policy-path: "${policyPath}" must be a path inside the repository`);
  }
  return {
    token: inputs.text('token'),
    policyPath,
    repositoryPath: inputs.text('repository-path') || process.env['GITHUB_WORKSPACE'] || process.cwd(),
    ...(base && head ? { range: { base, head } } : {}),
    failOnWarning: inputs.boolean('fail-on-warning', false),
    timeoutSeconds: inputs.integer('timeout-seconds', { min: 1, max: 3600 }, 300),
  };
}
