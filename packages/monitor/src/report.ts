/**
 * The job summary's pictures and numbers, as text: per metric a Mermaid `xychart-beta` (which
 * GitHub renders) of the watch against its threshold and baseline, and a table of the numbers.
 */
import type { MonitorVerdict } from '@change-actions/change-record';
import { describeThreshold, type Measurement } from './judge.ts';
import type { IntervalRecord } from './watch.ts';

/**
 * A number as Mermaid's xychart reads it: plain decimals, never an exponent (`5e-7` is a parse
 * error there), four significant digits, tiny values as 0.
 */
function num(n: number): string {
  if (!Number.isFinite(n) || Math.abs(n) < 1e-12) return '0';
  if (Math.abs(n) >= 1e21) return n > 0 ? '999999999999999999999' : '-999999999999999999999';
  const decimals = Math.min(20, Math.max(0, 3 - Math.floor(Math.log10(Math.abs(n)))));
  const text = n.toFixed(decimals);
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** A label Mermaid accepts in a quoted string. */
function label(text: string): string {
  return text.replace(/["\n\r]/g, ' ').slice(0, 60);
}

/**
 * One metric's chart: the value per interval (a line), the threshold (a line; for a relative
 * threshold, the baseline times the ratio) and the baseline (a line). Intervals without a value
 * are left out; with no value at all there is no chart (undefined).
 */
export function metricChart(metric: string, intervals: readonly IntervalRecord[], startedAt: Date): string | undefined {
  const points = intervals
    .map((i) => ({ at: i.at, m: i.measurements.find((x) => x.metric === metric) }))
    .filter((p): p is { at: string; m: Measurement } => p.m !== undefined && p.m.value !== null && Number.isFinite(p.m.value));
  if (points.length === 0) return undefined;
  const x = points.map((p) => `"+${Math.round((Date.parse(p.at) - startedAt.getTime()) / 1000)}s"`);
  const values = points.map((p) => p.m.value as number);
  const limits = points.map((p) => p.m.limit);
  const baselines = points.map((p) => p.m.baseline);
  const all = [...values, ...limits.filter((n): n is number => n !== null), ...baselines.filter((n): n is number => n !== null)];
  const top = Math.max(...all, 0);
  const lines = [
    'xychart-beta',
    `    title "${label(`${metric} (${describeThreshold(points[0]!.m.threshold)})`)}"`,
    `    x-axis [${x.join(', ')}]`,
    `    y-axis "${label(metric)}" 0 --> ${num(top > 0 ? top * 1.1 : 1)}`,
    `    line [${values.map(num).join(', ')}]`,
  ];
  if (limits.every((n) => n !== null)) lines.push(`    line [${(limits as number[]).map(num).join(', ')}]`);
  if (baselines.every((n) => n !== null)) lines.push(`    line [${(baselines as number[]).map(num).join(', ')}]`);
  return lines.join('\n');
}

const cell = (text: string) => text.replace(/[|\\`*_<>[\]]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The summary's Markdown: the verdict, then per metric its numbers and chart. */
export function summaryMarkdown(verdict: MonitorVerdict, intervals: readonly IntervalRecord[], notes: readonly string[] = []): string {
  const icon = { healthy: '✅', breached: '🛑', inconclusive: '⚠️', failed: '❌' }[verdict.verdict];
  const out: string[] = [];
  out.push(`## ${icon} post-deploy-monitor: ${verdict.verdict}${verdict.dry_run ? ' (dry run)' : ''}`, '');
  out.push(cell(verdict.reason), '');
  out.push(
    `Version \`${cell(verdict.version_id)}\` of ${cell(verdict.service)}, baseline: ${cell(verdict.baseline.reason)}. Window ${verdict.window.planned_seconds} s every ${verdict.window.interval_seconds} s, ${verdict.complete ? 'run to its end' : '**cut short**'}; ${verdict.intervals.length} interval${verdict.intervals.length === 1 ? '' : 's'}, ${verdict.queries.length} queries. Policy: ${cell(`${verdict.policy.kind === 'file' ? verdict.policy.path : 'procedure defaults'} at ${verdict.policy.ref.slice(0, 12)}`)}.`,
    '',
  );
  out.push('| metric | status | value | threshold | baseline | samples | why |', '| --- | --- | --- | --- | --- | --- | --- |');
  for (const m of verdict.metrics) {
    out.push(`| ${cell(m.name)} | ${m.status} | ${m.value === null ? '—' : num(m.value)} | ${cell(describeThreshold(m.threshold))} | ${m.baseline === null ? '—' : num(m.baseline)} | ${m.samples ?? '—'} / ${m.min_samples} | ${cell(m.reason)} |`);
  }
  out.push('');
  if (verdict.breaches.length > 0) {
    out.push('**Breaches**', '');
    for (const b of verdict.breaches) out.push(`- ${cell(b.metric)} at ${b.at}: ${cell(b.trigger)}: ${cell(b.reason)}`);
    out.push('');
  }
  for (const note of notes) out.push(`- ${cell(note)}`);
  if (notes.length > 0) out.push('');
  for (const m of verdict.metrics) {
    const chart = metricChart(m.name, intervals, new Date(verdict.window.started_at));
    out.push(`### ${cell(m.name)}`, '');
    out.push(chart ? `\`\`\`mermaid\n${chart}\n\`\`\`` : '_No value was measured: no chart._', '');
    if (chart) out.push('Lines: the value, then the threshold, then the baseline (where each was known at every point).', '');
  }
  return out.join('\n');
}
