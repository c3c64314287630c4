/**
 * The metrics as people read them: the job summary (headline first, readable in 10 seconds), the
 * Markdown report attached to the quarterly review, and Mermaid charts (pie and treemap, the
 * diagram types Mermaid's own parser checks).
 */
import { formatDuration, type Keys, type MetricsReport, type TargetVerdict } from './compute.ts';

/** What reading the data cost, written beside the figures. */
export interface SourceInfo {
  apiCalls: number | null;
  /** `x-ratelimit-remaining` after the last call, when known. */
  rateLimitRemaining: number | null;
  /** How the repositories were chosen, e.g. `all repositories of octo-org (3)`. */
  scope: string;
}

/** Escapes text for Markdown (table cells included) with HTML: nothing in it is read as markup. */
export function cell(text: string): string {
  return text.replace(/[&<>"'`|\\*_[\]]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\r?\n/g, ' ');
}

/** A label inside a Mermaid string: no quotes, no line breaks, no markup. */
function label(text: string): string {
  return text.replace(/["\r\n`<>#;]/g, ' ').trim().slice(0, 60) || '(unnamed)';
}

export interface MermaidChart {
  type: 'pie' | 'treemap';
  text: string;
}

export function mermaidCharts(report: MetricsReport): MermaidChart[] {
  const charts: MermaidChart[] = [];
  const types = Object.entries(report.byChangeType).filter(([, k]) => k.deployments > 0);
  if (types.length > 0) {
    charts.push({
      type: 'pie',
      text: `pie showData title Deployments by change type\n${types.map(([t, k]) => `    "${label(t)}" : ${k.deployments}`).join('\n')}\n`,
    });
  }
  const services = Object.entries(report.byService).filter(([, k]) => k.deployments > 0);
  if (services.length > 0) {
    const lines = ['treemap-beta', '"Deployments by service"'];
    for (const [service, k] of services) {
      lines.push(`    "${label(service)}"`);
      if (k.deployments - k.failed > 0) lines.push(`        "succeeded": ${k.deployments - k.failed}`);
      if (k.failed > 0) lines.push(`        "failed": ${k.failed}`);
    }
    charts.push({ type: 'treemap', text: `${lines.join('\n')}\n` });
  }
  const causes = new Map<string, number>();
  for (const d of report.deployments) for (const f of d.failures) causes.set(f.cause, (causes.get(f.cause) ?? 0) + 1);
  if (causes.size > 0) {
    charts.push({
      type: 'pie',
      text: `pie showData title What failed deployments were caught by\n${[...causes].map(([c, n]) => `    "${label(c)}" : ${n}`).join('\n')}\n`,
    });
  }
  return charts;
}

const percent = (v: number | null) => (v === null ? 'n/a' : `${(v * 100).toFixed(1)} %`);

function mark(t: TargetVerdict): string {
  return t.status === 'met' ? '✅ met' : t.status === 'missed' ? '❌ missed' : '➖ no data';
}

function keysRow(name: string, k: Keys): string {
  return `| ${name} | ${k.deployments} | ${k.deploymentsPerWeek} | ${formatDuration(k.leadTime.medianSeconds)} | ${k.failed} | ${percent(k.changeFailureRate)} ${k.targets.changeFailureRate.status === 'missed' ? '❌' : ''} | ${formatDuration(k.recovery.meanSeconds)} ${k.targets.recovery.status === 'missed' ? '❌' : ''} |`;
}

function keysTable(title: string, rows: Record<string, Keys>): string[] {
  const entries = Object.entries(rows);
  if (entries.length === 0) return [];
  return [
    `| ${title} | deployments | per week | lead time (median) | failed | change fail rate | recovery (mean) |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...entries.map(([k, v]) => keysRow(cell(k), v)),
    '',
  ];
}

function headline(report: MetricsReport): string[] {
  const o = report.overall;
  return [
    '| DORA key | value | procedure target |',
    '| --- | --- | --- |',
    `| Deployment frequency | ${o.deployments} deployments, ${o.deploymentsPerWeek} a week | tracked |`,
    `| Change lead time (commit to production) | median ${formatDuration(o.leadTime.medianSeconds)}, p90 ${formatDuration(o.leadTime.p90Seconds)} over ${o.leadTime.commits} commits | tracked |`,
    `| Change fail rate | ${percent(o.changeFailureRate)} (${o.failed} of ${o.deployments}) | < ${percent(report.targets.changeFailureRate)}: ${mark(o.targets.changeFailureRate)} |`,
    `| Failed deployment recovery time (MTTR) | mean ${formatDuration(o.recovery.meanSeconds)}, median ${formatDuration(o.recovery.medianSeconds)}; ${o.recovery.unrecovered} not recovered | < ${formatDuration(report.targets.recoverySeconds)}: ${mark(o.targets.recovery)} |`,
    '',
  ];
}

function period(report: MetricsReport): string {
  return `${report.period.start.slice(0, 10)} to ${new Date(Date.parse(report.period.end) - 1).toISOString().slice(0, 10)}`;
}

function fence(chart: MermaidChart): string[] {
  return ['```mermaid', chart.text.trimEnd(), '```', ''];
}

function apart(report: MetricsReport): string[] {
  const r = report.rollbacks;
  const lines = [
    `**Counted apart.** Emergency changes: ${report.emergency.deployments} deployed, ${report.emergency.failed} failed. Rollbacks: ${r.automatic} automatic (${r.verified} verified), ${r.reverts} revert commits (${r.revertsOfDeployedChanges} of deployed changes).`,
    '',
  ];
  if (report.emergency.list.length > 0) {
    lines.push('| emergency deployment | service | commit | pull request | deployed | outcome |', '| --- | --- | --- | --- | --- | --- |');
    for (const e of report.emergency.list) lines.push(`| ${cell(e.repository)} ${e.id} | ${cell(e.service)} | \`${e.sha.slice(0, 12)}\` | ${e.pullRequest ? `#${e.pullRequest}` : '—'} | ${e.deployedAt ?? '—'} | ${e.outcome} |`);
    lines.push('');
  }
  if (r.list.length > 0) {
    lines.push('| rollback | source | service | deployment | outcome | verified | at |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const x of r.list) lines.push(`| ${x.kind} | ${cell(x.kind === 'revert' ? x.source.slice(0, 12) : x.source)} | ${cell(x.service ?? '—')} | ${x.deployment ?? '—'} | ${cell(x.outcome)} | ${x.verified === null ? '—' : x.verified ? 'yes' : 'no'} | ${x.at} |`);
    lines.push('');
  }
  return lines;
}

function reading(report: MetricsReport, source: SourceInfo): string[] {
  const n = report.notCounted;
  const lines = [
    `Read ${report.repositories.length} repositories (${cell(source.scope)}) at ${report.readAt}${source.apiCalls === null ? '' : ` with **${source.apiCalls} API calls**`}${source.rateLimitRemaining === null ? '' : `, ${source.rateLimitRemaining} left in the rate limit`}. Not counted: ${n.otherEnvironments} deployments to other environments, ${n.verifications} restore verifications, ${n.notDeployed} deploys that deployed nothing, ${n.pending} without a final status, ${n.outsidePeriod} outside the period.`,
    '',
  ];
  if (report.skipped.length > 0) {
    lines.push(`**Skipped, not ours or unreadable (${report.skipped.length}):** never counted, never guessed.`, '', '| repository | what | source | reason |', '| --- | --- | --- | --- |');
    for (const s of report.skipped.slice(0, 50)) lines.push(`| ${cell(s.repository)} | ${s.what} | ${cell(s.source)} | ${cell(s.reason.slice(0, 300))} |`);
    if (report.skipped.length > 50) lines.push(`| … | | | ${report.skipped.length - 50} more in the JSON |`);
    lines.push('');
  }
  for (const note of report.notes) lines.push(`- ${cell(note)}`);
  if (report.notes.length > 0) lines.push('');
  return lines;
}

/** The job summary: the headline and targets first, then charts and tables. */
export function summaryMarkdown(report: MetricsReport, source: SourceInfo): string {
  const o = report.overall;
  const verdict =
    o.targets.changeFailureRate.status === 'missed' || o.targets.recovery.status === 'missed'
      ? '❌ a procedure target was missed'
      : o.targets.changeFailureRate.status === 'no-data'
        ? '➖ no production deployment in the period'
        : '✅ the procedure targets were met';
  return [
    `## Change metrics, ${period(report)} (${cell(report.environment)}): ${verdict}`,
    '',
    ...headline(report),
    ...apart(report),
    ...mermaidCharts(report).flatMap(fence),
    ...keysTable('quarter', report.byQuarter),
    ...keysTable('service', report.byService),
    ...keysTable('change type', report.byChangeType),
    ...keysTable('week', report.byWeek),
    ...reading(report, source),
  ].join('\n');
}

/** The report a person attaches to the quarterly review ("Quarterly Review" in the procedure). */
export function reviewMarkdown(report: MetricsReport, source: SourceInfo): string {
  const failed = report.deployments.filter((d) => d.failures.length > 0);
  return [
    `# Change management metrics: ${period(report)}`,
    '',
    `Environment ${cell(report.environment)}; ${report.repositories.length} repositories: ${report.repositories.map(cell).join(', ') || 'none'}.`,
    'Definitions: the four keys as DORA defines them. Deployment frequency counts deployments that reached production; lead time runs from each deployed commit to the deployment\'s success; a failed deployment needed immediate intervention (failed verification, automatic rollback, or a revert); recovery runs from the failed deployment to the verified restore or the next successful deployment of the service.',
    '',
    '## The four keys and the procedure\'s targets',
    '',
    ...headline(report),
    ...keysTable('quarter', report.byQuarter),
    '## Per service',
    '',
    ...keysTable('service', report.byService),
    '## Per change type',
    '',
    ...keysTable('change type', report.byChangeType),
    '## Per week',
    '',
    ...keysTable('week', report.byWeek),
    '## Emergency changes and rollbacks',
    '',
    ...apart(report),
    '## Failed deployments',
    '',
    ...(failed.length === 0
      ? ['None.', '']
      : [
          '| deployment | service | change type | commit | deployed | why it counts as failed | recovered |',
          '| --- | --- | --- | --- | --- | --- | --- |',
          ...failed.map(
            (d) =>
              `| ${cell(d.repository)} ${d.id} | ${cell(d.service)} | ${d.changeType} | \`${d.sha.slice(0, 12)}\` | ${d.deployedAt} | ${cell(d.failures.map((f) => f.detail + (f.incident ? ` (incident #${f.incident})` : '')).join('; '))} | ${d.recovery ? `${formatDuration(d.recovery.seconds)} by ${d.recovery.by}` : 'not recovered'} |`,
          ),
          '',
        ]),
    ...mermaidCharts(report).flatMap(fence),
    '## How the figures were read',
    '',
    ...reading(report, source),
    '## Review (to be completed at the quarterly review)',
    '',
    '- Analysis of the metrics:',
    '- Improvement opportunities:',
    '- Procedure updates needed:',
    '',
  ].join('\n');
}
