import { join } from 'node:path';
import { UserError, inputs } from '@change-actions/action-kit';
import { resolvePeriod } from '@change-actions/metrics';

export interface Settings {
  token: string;
  /** Explicit repositories, or an organisation to list, or the workflow's repository. */
  scope: { kind: 'list'; repositories: string[] } | { kind: 'organisation'; organisation: string };
  period: { start: string; end: string; label: string };
  environment: string;
  changeRecords: string[];
  maxApiCalls: number;
  now: Date;
  metricsPath: string;
  reportPath: string;
  exportPath: string;
  timeoutSeconds: number;
}

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

/** The only reader of this action's inputs. */
export function readSettings(): Settings {
  const temp = process.env['RUNNER_TEMP'] || process.cwd();
  const listed = inputs.text('repositories').split(/[\s,]+/).filter(Boolean);
  for (const name of listed) {
    if (!REPOSITORY.test(name)) throw new UserError(`input repositories: "${name.slice(0, 80)}" is not owner/name`);
  }
  const organisation = inputs.text('organisation');
  if (organisation && !OWNER.test(organisation)) throw new UserError(`input organisation: "${organisation.slice(0, 80)}" is not an organisation login`);
  let scope: Settings['scope'];
  if (listed.length > 0) scope = { kind: 'list', repositories: [...new Set(listed)] };
  else if (organisation) scope = { kind: 'organisation', organisation };
  else {
    const current = process.env['GITHUB_REPOSITORY'] ?? '';
    if (!REPOSITORY.test(current)) throw new UserError('inputs repositories and organisation are empty and GITHUB_REPOSITORY is not set; name the repositories to read');
    scope = { kind: 'list', repositories: [current] };
  }
  const now = inputs.instant('now');
  let period: Settings['period'];
  try {
    period = resolvePeriod(inputs.text('period') || 'previous-quarter', now);
  } catch (error) {
    throw new UserError(`input period: ${(error as Error).message}`);
  }
  return {
    token: inputs.text('token'),
    scope,
    period,
    environment: inputs.text('environment') || 'production',
    changeRecords: inputs.text('change-records').split('\n').map((l) => l.trim()).filter(Boolean),
    maxApiCalls: inputs.integer('max-api-calls', { min: 1, max: 100_000 }, 900),
    now,
    metricsPath: inputs.text('metrics-path') || join(temp, 'change-metrics.json'),
    reportPath: inputs.text('report-path') || join(temp, 'change-metrics.md'),
    exportPath: inputs.text('export-path') || join(temp, 'change-metrics-export.json'),
    timeoutSeconds: inputs.integer('timeout-seconds', { min: 1, max: 3600 }, 600),
  };
}
