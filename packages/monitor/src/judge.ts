/**
 * One measurement of one metric, judged: healthy, breached, inconclusive or error. Too few
 * samples is inconclusive, never healthy; a problem with the answer is an error, never healthy;
 * a relative threshold without a usable baseline is inconclusive.
 */
import type { MeasurementStatus, Threshold } from '@change-actions/change-record';
import type { MonitorBaseline, MonitorMetricPolicy } from '@change-actions/policy';
import type { Figures } from './answers.ts';

export type BaselineKind = 'same-minutes' | 'before-deploy' | 'none';

export interface Measurement {
  metric: string;
  source: string;
  status: MeasurementStatus;
  value: number | null;
  baseline: number | null;
  baselineKind: BaselineKind;
  samples: number | null;
  minSamples: number;
  threshold: Threshold;
  /** The number the value is compared with: the threshold, or the baseline times the threshold. */
  limit: number | null;
  reason: string;
  /** When the measured minutes end (ISO). */
  at: string;
}

/** Whether `value <operator> limit`: the breach condition. Exactly at the limit is not a breach of `>` or `<`. */
export function crosses(value: number, operator: Threshold['operator'], limit: number): boolean {
  switch (operator) {
    case '>':
      return value > limit;
    case '>=':
      return value >= limit;
    case '<':
      return value < limit;
    case '<=':
      return value <= limit;
  }
}

export interface Baseline {
  kind: BaselineKind;
  figures: Figures | null;
}

/**
 * The baseline of one measurement. `auto`: the previous version over the same minutes when it
 * served enough of them (a gradual deploy), else the same length of time before the deploy.
 */
export function chooseBaseline(mode: MonitorBaseline, minSamples: number, sameMinutes: Figures | null, beforeDeploy: Figures | null): Baseline {
  const usable = (f: Figures | null) => f !== null && f.problem === undefined && f.value !== null && (f.samples ?? 0) >= minSamples;
  switch (mode) {
    case 'none':
      return { kind: 'none', figures: null };
    case 'same-minutes':
      return { kind: 'same-minutes', figures: sameMinutes };
    case 'before-deploy':
      return { kind: 'before-deploy', figures: beforeDeploy };
    case 'auto':
      if (usable(sameMinutes)) return { kind: 'same-minutes', figures: sameMinutes };
      if (beforeDeploy !== null) return { kind: 'before-deploy', figures: beforeDeploy };
      return { kind: sameMinutes ? 'same-minutes' : 'none', figures: sameMinutes };
  }
}

const show = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Number(n.toPrecision(4)).toString());

export function describeThreshold(t: Threshold): string {
  return t.kind === 'absolute' ? `${t.operator} ${show(t.value)}` : `${t.operator} ${show(t.value)} × baseline`;
}

export function judge(metric: MonitorMetricPolicy, current: Figures, baseline: Baseline, at: Date): Measurement {
  const base = {
    metric: metric.name,
    source: metric.source,
    value: current.value,
    baseline: baseline.figures?.value ?? null,
    baselineKind: baseline.kind,
    samples: current.samples,
    minSamples: metric.minSamples,
    threshold: { ...metric.threshold },
    at: at.toISOString(),
  };
  const result = (status: MeasurementStatus, reason: string, limit: number | null = null): Measurement => ({ ...base, status, reason, limit });
  if (current.problem !== undefined) return result('error', current.problem);
  if (current.samples === null || current.samples < metric.minSamples) {
    return result('inconclusive', `${current.samples ?? 0} samples, fewer than the ${metric.minSamples} needed: too little traffic to judge`);
  }
  if (current.value === null || !Number.isFinite(current.value)) return result('error', 'no value');
  const t = metric.threshold;
  if (t.kind === 'absolute') {
    return crosses(current.value, t.operator, t.value)
      ? result('breached', `${show(current.value)} ${t.operator} ${show(t.value)}`, t.value)
      : result('healthy', `${show(current.value)}, within ${describeThreshold(t)}`, t.value);
  }
  const b = baseline.figures;
  if (baseline.kind === 'none' || b === null) return result('inconclusive', 'no baseline to compare with (the previous version is not known or did not serve)');
  if (b.problem !== undefined) return result('error', `baseline (${baseline.kind}): ${b.problem}`);
  if (b.samples === null || b.samples < metric.minSamples) return result('inconclusive', `the baseline (${baseline.kind}) has ${b.samples ?? 0} samples, fewer than the ${metric.minSamples} needed`);
  if (b.value === null || !Number.isFinite(b.value) || b.value <= 0) return result('inconclusive', `the baseline (${baseline.kind}) is ${b.value === null ? 'missing' : show(b.value)}: no ratio to it`);
  const limit = b.value * t.value;
  return crosses(current.value, t.operator, limit)
    ? result('breached', `${show(current.value)} ${t.operator} ${show(t.value)} × baseline ${show(b.value)} (${show(limit)})`, limit)
    : result('healthy', `${show(current.value)}, within ${show(t.value)} × baseline ${show(b.value)} (${show(limit)})`, limit);
}

/** One line per metric per interval for the log: value, threshold, baseline, samples. */
export function describeMeasurement(m: Measurement): string {
  const value = m.value === null ? '—' : show(m.value);
  const baseline = m.baseline === null ? 'none' : `${show(m.baseline)} (${m.baselineKind})`;
  const limit = m.limit === null ? describeThreshold(m.threshold) : `${m.threshold.operator} ${show(m.limit)}`;
  return `${m.metric}: ${m.status.toUpperCase()} value ${value}, threshold ${limit}, baseline ${baseline}, samples ${m.samples ?? '—'}/${m.minSamples} — ${m.reason}`;
}
