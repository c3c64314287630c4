/**
 * Inputs may tighten the base branch's monitor policy, never loosen it: a change must not be able
 * to weaken the trigger that would roll it back. Each refusal names the input and the limit. A
 * threshold may only move to where it breaches sooner; a minimum sample count may only rise (fewer
 * samples would let less traffic count as proof of health).
 */
import type { MonitorPolicy, MonitorThreshold } from '@change-actions/policy';

export interface Tightening {
  windowSeconds?: number;
  intervalSeconds?: number;
  initialDelaySeconds?: number;
  /** `metric operator value` overrides, e.g. `error-rate > 0.02`. */
  thresholds?: Array<{ metric: string; operator: MonitorThreshold['operator']; value: number }>;
  /** `metric min-samples n` overrides, e.g. `latency-p95 min-samples 200`: only ever raised. */
  minSamples?: Array<{ metric: string; value: number }>;
}

/** The largest minimum sample count the policy's schema accepts. */
export const MIN_SAMPLES_MAX = 1_000_000;

/** Whether `candidate` breaches at least wherever `current` does (so it is at least as strict). */
export function isTighter(current: MonitorThreshold, candidate: Pick<MonitorThreshold, 'operator' | 'value'>): boolean {
  const upper = (op: string) => op === '>' || op === '>=';
  if (upper(current.operator) !== upper(candidate.operator)) return false;
  if (candidate.value === current.value) return candidate.operator === current.operator || candidate.operator.endsWith('=');
  return upper(current.operator) ? candidate.value < current.value : candidate.value > current.value;
}

/** The policy with the inputs applied, or every problem (input named) when one would loosen it. */
export function tightenPolicy(policy: MonitorPolicy, t: Tightening): MonitorPolicy | string[] {
  const problems: string[] = [];
  const next: MonitorPolicy = { ...policy, metrics: policy.metrics.map((m) => ({ ...m, threshold: { ...m.threshold } })) };
  if (t.windowSeconds !== undefined) {
    if (t.windowSeconds < policy.windowSeconds) problems.push(`input window: ${t.windowSeconds} s is shorter than the policy's ${policy.windowSeconds} s; an input may lengthen the watch, never shorten it`);
    else next.windowSeconds = t.windowSeconds;
  }
  if (t.intervalSeconds !== undefined) {
    if (t.intervalSeconds > policy.intervalSeconds) problems.push(`input interval: ${t.intervalSeconds} s is longer than the policy's ${policy.intervalSeconds} s; an input may measure more often, never less`);
    else next.intervalSeconds = t.intervalSeconds;
  }
  if (next.intervalSeconds > next.windowSeconds) problems.push(`input interval: ${next.intervalSeconds} s is longer than the window (${next.windowSeconds} s)`);
  if (t.initialDelaySeconds !== undefined) next.initialDelaySeconds = t.initialDelaySeconds;
  for (const o of t.thresholds ?? []) {
    const metric = next.metrics.find((m) => m.name === o.metric);
    if (!metric) {
      problems.push(`input thresholds: no metric ${o.metric} in the policy; accepted: ${next.metrics.map((m) => m.name).join(', ')}`);
      continue;
    }
    if (!Number.isFinite(o.value)) problems.push(`input thresholds: ${o.metric} ${o.operator} ${o.value} is not a finite number`);
    else if (!isTighter(metric.threshold, o)) {
      problems.push(`input thresholds: ${o.metric} ${o.operator} ${o.value} would loosen the policy's ${metric.threshold.operator} ${metric.threshold.value}; an input may only tighten it`);
    } else metric.threshold = { ...metric.threshold, operator: o.operator, value: o.value };
  }
  for (const o of t.minSamples ?? []) {
    const metric = next.metrics.find((m) => m.name === o.metric);
    if (!metric) {
      problems.push(`input thresholds: no metric ${o.metric} in the policy; accepted: ${next.metrics.map((m) => m.name).join(', ')}`);
      continue;
    }
    const accepted = `accepted: an integer from ${metric.minSamples} (the policy's) to ${MIN_SAMPLES_MAX}`;
    if (!Number.isInteger(o.value) || o.value > MIN_SAMPLES_MAX) problems.push(`input thresholds: ${o.metric} min-samples ${o.value} is not accepted; ${accepted}`);
    else if (o.value < metric.minSamples) {
      problems.push(`input thresholds: ${o.metric} min-samples ${o.value} would lower the policy's minimum of ${metric.minSamples} samples; an input may only raise it (${accepted})`);
    } else metric.minSamples = o.value;
  }
  return problems.length > 0 ? problems : next;
}
