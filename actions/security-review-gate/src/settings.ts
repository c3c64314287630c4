import { UserError, inputs } from '@change-actions/action-kit';

export type Mode = 'gate' | 'overdue';

export interface Settings {
  token: string;
  policyPath: string;
  repositoryPath: string;
  checkName: string;
  mode: Mode;
  timeoutSeconds: number;
  now: Date;
  /** Login of the account the gate opens retrospective issues as. */
  retrospectiveCreator: string;
}

/** The only reader of this action's inputs. */
export function readSettings(): Settings {
  const policyPath = inputs.repositoryFile('policy-path', '.github/change-policy.yml');
  const checkName = inputs.text('check-name') || 'security-review-gate';
  if (checkName.length > 100 || /[\r\n]/.test(checkName)) {
    throw new UserError('input check-name: accepted: one line of at most 100 characters, e.g. security-review-gate');
  }
  const now = inputs.instant('now');
  return {
    token: inputs.text('token'),
    policyPath,
    repositoryPath: inputs.text('repository-path') || process.env['GITHUB_WORKSPACE'] || process.cwd(),
    checkName,
    mode: inputs.oneOf<Mode>('mode', ['gate', 'overdue'], 'gate'),
    timeoutSeconds: inputs.integer('timeout-seconds', { min: 2, max: 3600 }, 300),
    now,
    retrospectiveCreator: inputs.text('retrospective-creator') || 'github-actions[bot]',
  };
}
