/**
 * change-metrics: read deployments, incidents, reverts and change records across the chosen
 * repositories, compute the four DORA keys (packages/metrics), and publish them as the job summary,
 * a JSON file, an export of what was read, and the Markdown report for the quarterly review.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as core from '@actions/core';
import { coreLogger as log, Deadline, runAction, UserError } from '@change-actions/action-kit';
import { computeMetrics, reviewMarkdown, summaryMarkdown, type MetricsExport, type RepositoryInput, type SourceInfo } from '@change-actions/metrics';
import { ApiBudget, organisationRepositories, readRepository } from './gather.ts';
import { readSettings, type Settings } from './settings.ts';

type Output = 'metrics' | 'metrics-file' | 'report-file' | 'export-file' | 'targets-met' | 'api-calls' | 'skipped';

const FALLBACK: Record<Output, string> = {
  metrics: '{}',
  'metrics-file': '',
  'report-file': '',
  'export-file': '',
  'targets-met': 'false',
  'api-calls': '0',
  skipped: '0',
};

/** Change record files named by input change-records: files, or folders of .json files. */
function changeRecordFiles(settings: Settings): RepositoryInput['changeRecords'] {
  const files: string[] = [];
  for (const path of settings.changeRecords) {
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      throw new UserError(`input change-records: ${path} cannot be read; pass the record-path files of classify-change or a folder of them`);
    }
    if (isFolder) files.push(...readdirSync(path).filter((f) => f.endsWith('.json')).sort().map((f) => join(path, f)));
    else files.push(path);
  }
  return files.map((source) => {
    try {
      return { source, document: JSON.parse(readFileSync(source, 'utf8')) as unknown };
    } catch (error) {
      throw new UserError(`input change-records: ${source} is not JSON (${(error as Error).message}); pass the record-path file of classify-change`);
    }
  });
}

async function write(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}

export function run(): Promise<void> {
  return runAction<Output>(FALLBACK, async (outputs) => {
    const settings = readSettings();
    const deadline = new Deadline(settings.timeoutSeconds);
    const records = changeRecordFiles(settings);
    const budget = new ApiBudget(settings.maxApiCalls);
    const { createGitHubClient } = await import('@change-actions/action-kit/github');
    const github = await createGitHubClient({ token: settings.token, deadline });
    budget.attach(github);
    try {
      const names = settings.scope.kind === 'list' ? settings.scope.repositories : await organisationRepositories(github, settings.scope.organisation);
      const scope = settings.scope.kind === 'list' ? names.join(', ') : `all repositories of ${settings.scope.organisation} (${names.length})`;
      log.info(`change-metrics: ${settings.period.label} (${settings.period.start} to ${settings.period.end}), ${scope}`);

      const repositories: RepositoryInput[] = [];
      for (const name of names) {
        const repository = await readRepository(github, name, settings.period, settings.environment);
        repository.changeRecords = records;
        repositories.push(repository);
      }
      const source: SourceInfo = { apiCalls: budget.calls, rateLimitRemaining: budget.rateLimitRemaining, scope };
      const input = { period: { start: settings.period.start, end: settings.period.end }, environment: settings.environment, repositories, readAt: settings.now.toISOString() };
      const report = computeMetrics(input);

      const exported: MetricsExport = { kind: 'change-metrics-export', version: 1, ...input, source };
      await write(settings.exportPath, `${JSON.stringify(exported, null, 2)}\n`);
      await write(settings.metricsPath, `${JSON.stringify({ ...report, source }, null, 2)}\n`);
      await write(settings.reportPath, reviewMarkdown(report, source));
      const summary = summaryMarkdown(report, source);
      await core.summary.addRaw(summary).write();

      const o = report.overall;
      const met = o.targets.changeFailureRate.status === 'met' && o.targets.recovery.status === 'met';
      outputs.set(
        'metrics',
        JSON.stringify({
          period: report.period,
          environment: report.environment,
          repositories: report.repositories.length,
          deployments: o.deployments,
          deployments_per_week: o.deploymentsPerWeek,
          lead_time_median_seconds: o.leadTime.medianSeconds,
          change_failure_rate: o.changeFailureRate,
          recovery_mean_seconds: o.recovery.meanSeconds,
          targets: { change_failure_rate: o.targets.changeFailureRate.status, recovery: o.targets.recovery.status },
          emergency_deployments: report.emergency.deployments,
          rollbacks: report.rollbacks.automatic,
          reverts: report.rollbacks.reverts,
          api_calls: budget.calls,
        }),
      );
      outputs.set('metrics-file', settings.metricsPath);
      outputs.set('report-file', settings.reportPath);
      outputs.set('export-file', settings.exportPath);
      outputs.set('targets-met', met);
      outputs.set('skipped', report.skipped.length);
      log.info(summary.split('\n')[0]!.replace(/^## /, ''));
      for (const s of report.skipped) log.warning(`${s.repository} ${s.what} ${s.source} skipped: ${s.reason}`);
    } finally {
      outputs.set('api-calls', budget.calls);
    }
  });
}
