/**
 * The metrics stage of `npm run demo`: change-metrics, run as the runner runs it, reads back the
 * Deployments the deploy stage recorded on the lifecycle's GitHub stand-in (and any incident
 * issue), with the change records classify wrote, and reports the four keys for the day.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction, type RunResult } from '../../../test/harness/run-action.ts';
import { DEMO_REPOSITORY, type Lifecycle } from '../../../test/demo/lifecycle.ts';

export async function changeMetricsStage(show: (title: string, result: RunResult) => void, lifecycle: Lifecycle): Promise<boolean> {
  const result = await runAction({
    action: 'change-metrics',
    inputs: {
      repositories: DEMO_REPOSITORY,
      period: '1d',
      'change-records': [join(lifecycle.artifacts, 'normal', 'change-record.json'), join(lifecycle.artifacts, 'security', 'change-record.json')].join('\n'),
      'metrics-path': join(lifecycle.artifacts, 'metrics.json'),
      'report-path': join(lifecycle.artifacts, 'metrics.md'),
      'export-path': join(lifecycle.artifacts, 'metrics-export.json'),
    },
    env: { GITHUB_API_URL: lifecycle.github.url, CHANGE_ACTIONS_RETRY_BASE_MS: '100' },
  });
  show("change-metrics: the day's deployments, read back from GitHub, against the procedure's targets", result);
  if (result.exitCode !== 0) return false;
  const metrics = JSON.parse(readFileSync(join(lifecycle.artifacts, 'metrics.json'), 'utf8')) as { overall: { deployments: number; failed: number } };
  return metrics.overall.deployments === lifecycle.world.deployments.filter((d) => d.statuses.some((s) => s.state === 'success' || s.state === 'failure')).length && metrics.overall.failed >= 1;
}
