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
}

/** The only reader of this action's inputs. */
export function readSettings(): Settings {
  const policyPath = inputs.text('policy-path') || '.github/change-policy.yml';
  if (policyPath.startsWith('/') || policyPath.split('/').includes('..')) {
    throw new UserError(`input policy-path: "${policyPath}" must be a path inside the repository`);
  }
  const checkName = inputs.text('check-name') || 'security-review-gate';
  if (checkName.length > 100 || /[\r\n]/.test(checkName)) {
    throw new UserError('input check-name: accepted: one line of at most 100 characters, e.g. security-review-gate');
  }
  const nowText = inputs.text('now');
  const now = nowText ? new Date(nowText) : new Date();
  if (Number.isNaN(now.getTime()) || (nowText && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(nowText))) {
    throw new UserError(`input now: "${nowText.slice(0, 80)}" is not an ISO 8601 instant with an offset; accepted: e.g. 2026-03-31T10:15:00Z`);
  }
  return {
    token: inputs.text('token'),
    policyPath,
    repositoryPath: inputs.text('repository-path') || process.env['GITHUB_WORKSPACE'] || process.cwd(),
    checkName,
    mode: inputs.oneOf<Mode>('mode', ['gate', 'overdue'], 'gate'),
    timeoutSeconds: inputs.integer('timeout-seconds', { min: 2, max: 3600 }, 300),
    now,
  };
}
