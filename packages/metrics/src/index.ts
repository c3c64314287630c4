/**
 * @change-actions/metrics: the engine of `change-metrics` and `change metrics`. Pure: deployments,
 * incident issues, commits and change records in (as plain data), the four DORA keys per
 * service, change type, week and quarter out, with the Markdown and Mermaid they are read in.
 */
export { PROCEDURE_TARGETS, type CommitInput, type DeployedCommit, type DeploymentInput, type DeploymentStatusInput, type IncidentIssueInput, type MetricsInput, type MetricsTargets, type RepositoryInput } from './input.ts';
export {
  computeMetrics,
  formatDuration,
  isoWeek,
  quarterBounds,
  quarterOf,
  type ChangeTypeKey,
  type DeploymentFact,
  type DeploymentOutcome,
  type Failure,
  type Keys,
  type MetricsReport,
  type RollbackFact,
  type Skipped,
  type TargetVerdict,
} from './compute.ts';
export { cell, mermaidCharts, reviewMarkdown, summaryMarkdown, type MermaidChart, type SourceInfo } from './render.ts';
export { parseExport, type MetricsExport } from './export.ts';
export { PERIOD_FORMS, resolvePeriod } from './period.ts';
export { commitsBetween, type HistoryCommit } from './history.ts';
