/**
 * The watch, after Argo Rollouts' analysis runs: one measurement per metric per interval, a breach
 * past `failureLimit` ends it `breached` at once, a run of errors past `consecutiveErrorLimit` ends
 * it `failed`, and at the end one measurement of each metric over the whole window decides between
 * `healthy` and `inconclusive`. A watch cut short is not evidence of health.
 */
import type { Breach, MetricResult, MonitorVerdict, MonitorVerdictKind } from '@change-actions/change-record';
import type { MonitorMetricPolicy, MonitorPolicy } from '@change-actions/policy';
import type { Measurement } from './judge.ts';

export interface IntervalRecord {
  at: string;
  measurements: Measurement[];
}

export interface WatchState {
  intervals: IntervalRecord[];
  /** Breached measurements so far. */
  failures: number;
  consecutiveErrors: Record<string, number>;
  breaches: Breach[];
  /** Set once the watch must stop: a breach past the limit, or errors past the limit. */
  end?: { verdict: 'breached' | 'failed'; reason: string };
}

export function startWatch(): WatchState {
  return { intervals: [], failures: 0, consecutiveErrors: {}, breaches: [] };
}

/** The metrics a policy has the watch measure: the authentication success rate only where auth routes are named. */
export function activeMetrics(policy: MonitorPolicy): { metrics: MonitorMetricPolicy[]; skipped: string[] } {
  const skipped: string[] = [];
  const metrics = policy.metrics.filter((m) => {
    if (m.template === 'auth-success-rate' && m.query === undefined && policy.authRoutes.length === 0) {
      skipped.push(`${m.name}: not measured, the policy names no monitor.auth-routes`);
      return false;
    }
    return true;
  });
  return { metrics, skipped };
}

/** When each interval's measurement is taken, in ms since the epoch. */
export function schedule(policy: MonitorPolicy, startedAt: Date): number[] {
  const first = startedAt.getTime() + policy.initialDelaySeconds * 1000;
  const count = Math.max(1, Math.ceil(policy.windowSeconds / policy.intervalSeconds));
  return Array.from({ length: count }, (_, i) => Math.min(first + (i + 1) * policy.intervalSeconds * 1000, first + policy.windowSeconds * 1000));
}

function breachOf(m: Measurement, trigger: MonitorMetricPolicy['trigger']): Breach {
  return { metric: m.metric, trigger, value: m.value, threshold: m.threshold, baseline: m.baseline, samples: m.samples, at: m.at, reason: m.reason };
}

/** Adds one interval's measurements; sets `end` when the watch must stop now. */
export function recordInterval(policy: MonitorPolicy, state: WatchState, at: Date, measurements: readonly Measurement[]): WatchState {
  const next: WatchState = {
    intervals: [...state.intervals, { at: at.toISOString(), measurements: [...measurements] }],
    failures: state.failures,
    consecutiveErrors: { ...state.consecutiveErrors },
    breaches: [...state.breaches],
    ...(state.end ? { end: state.end } : {}),
  };
  for (const m of measurements) {
    const metric = policy.metrics.find((p) => p.name === m.metric);
    if (m.status === 'breached') {
      next.failures += 1;
      next.breaches.push(breachOf(m, metric?.trigger ?? 'critical functionality broken'));
    }
    next.consecutiveErrors[m.metric] = m.status === 'error' ? (next.consecutiveErrors[m.metric] ?? 0) + 1 : 0;
  }
  if (next.end) return next;
  if (next.failures > policy.failureLimit) {
    // The first breach of this interval names the verdict (the others are listed beside it).
    const first = (next.breaches[state.breaches.length] ?? next.breaches.at(-1)) as Breach;
    next.end = { verdict: 'breached', reason: `${first.metric} breached the rollback trigger "${first.trigger}": ${first.reason}` };
    return next;
  }
  const erring = Object.entries(next.consecutiveErrors).find(([, n]) => n > policy.consecutiveErrorLimit);
  if (erring) {
    const last = measurements.find((m) => m.metric === erring[0]);
    next.end = { verdict: 'failed', reason: `${erring[0]} could not be measured ${erring[1]} times in a row (more than the consecutive-error-limit of ${policy.consecutiveErrorLimit}): ${last?.reason ?? 'query errors'}` };
  }
  return next;
}

export interface Conclusion {
  verdict: MonitorVerdictKind;
  reason: string;
  complete: boolean;
  metrics: MetricResult[];
  breaches: Breach[];
}

function resultOf(m: Measurement): MetricResult {
  return { name: m.metric, source: m.source, status: m.status, threshold: m.threshold, value: m.value, baseline: m.baseline, samples: m.samples, min_samples: m.minSamples, reason: m.reason };
}

/**
 * The verdict. `finals` are the whole-window measurements, taken only when the watch ran its
 * window; `cutShort` says what ended it early otherwise. Breached outranks failed, failed
 * outranks inconclusive, and healthy needs every metric healthy over a complete window.
 */
export function concludeWatch(policy: MonitorPolicy, metrics: readonly MonitorMetricPolicy[], state: WatchState, finals: readonly Measurement[] | undefined, cutShort?: string): Conclusion {
  const latest = (name: string): Measurement | undefined => {
    for (let i = state.intervals.length - 1; i >= 0; i--) {
      const found = state.intervals[i]?.measurements.find((m) => m.metric === name);
      if (found) return found;
    }
    return undefined;
  };
  const missing = (metric: MonitorMetricPolicy): MetricResult => ({
    name: metric.name,
    source: metric.source,
    status: 'inconclusive',
    threshold: { ...metric.threshold },
    value: null,
    baseline: null,
    samples: null,
    min_samples: metric.minSamples,
    reason: 'not measured',
  });
  if (state.end) {
    return {
      verdict: state.end.verdict,
      reason: state.end.reason,
      complete: false,
      metrics: metrics.map((m) => {
        const l = latest(m.name);
        return l ? resultOf(l) : missing(m);
      }),
      breaches: state.breaches,
    };
  }
  if (finals === undefined) {
    return {
      verdict: 'inconclusive',
      reason: `the watch was cut short (${cutShort ?? 'not run to its end'}): a watch cut short is not evidence of health`,
      complete: false,
      metrics: metrics.map((m) => {
        const l = latest(m.name);
        return l ? { ...resultOf(l), status: l.status === 'healthy' ? 'inconclusive' : l.status } : missing(m);
      }),
      breaches: state.breaches,
    };
  }
  const results = metrics.map((m) => {
    const f = finals.find((x) => x.metric === m.name);
    return f ? resultOf(f) : missing(m);
  });
  const breaches = [...state.breaches];
  for (const f of finals) {
    if (f.status === 'breached') breaches.push(breachOf(f, policy.metrics.find((p) => p.name === f.metric)?.trigger ?? 'critical functionality broken'));
  }
  const first = (status: string) => results.find((r) => r.status === status);
  const breached = first('breached');
  if (breached) return { verdict: 'breached', reason: `over the whole window, ${breached.name} breached its threshold: ${breached.reason}`, complete: true, metrics: results, breaches };
  // Breaches tolerated by failure-limit are still breaches: never healthy beside them.
  if (breaches.length > 0) return { verdict: 'inconclusive', reason: `${breaches.length} breach(es) within the failure-limit of ${policy.failureLimit}: not evidence of health`, complete: true, metrics: results, breaches };
  const error = first('error');
  if (error) return { verdict: 'failed', reason: `${error.name} could not be measured over the whole window: ${error.reason}`, complete: true, metrics: results, breaches };
  const inconclusive = first('inconclusive');
  if (inconclusive) return { verdict: 'inconclusive', reason: `${inconclusive.name} is inconclusive: ${inconclusive.reason}`, complete: true, metrics: results, breaches };
  if (results.length === 0) return { verdict: 'inconclusive', reason: 'no metric was measured', complete: true, metrics: results, breaches };
  return { verdict: 'healthy', reason: `every metric stayed within its threshold for the whole window (${results.map((r) => r.name).join(', ')})`, complete: true, metrics: results, breaches };
}

export interface VerdictFacts {
  service: string;
  environment: string | null;
  versionId: string;
  previousVersionId: string | null;
  startedAt: Date;
  endedAt: Date;
  policy: MonitorPolicy;
  policySource: { kind: 'file' | 'defaults'; path: string; ref: string };
  queries: MonitorVerdict['queries'];
  dryRun: boolean;
  now: Date;
}

/** The contract's monitor verdict (read by auto-revert-on-threshold). */
export function verdictDocument(facts: VerdictFacts, state: WatchState, conclusion: Conclusion): MonitorVerdict {
  const kinds = new Set(state.intervals.flatMap((i) => i.measurements.filter((m) => m.threshold.kind === 'relative').map((m) => m.baselineKind)));
  const kind = kinds.has('same-minutes') ? 'same-minutes' : kinds.has('before-deploy') ? 'before-deploy' : 'none';
  const baselineReason = {
    'same-minutes': `the previous version ${facts.previousVersionId ?? ''} over the same minutes (both versions served at once)`,
    'before-deploy': `the previous version ${facts.previousVersionId ?? ''} over the ${facts.policy.windowSeconds} s before the deploy`,
    none: facts.previousVersionId ? 'no relative threshold had a usable baseline' : 'no previous version is known: relative thresholds are inconclusive',
  }[kind];
  return {
    kind: 'monitor-verdict',
    version: 1,
    verdict: conclusion.verdict,
    reason: conclusion.reason,
    service: facts.service,
    environment: facts.environment,
    version_id: facts.versionId,
    previous_version_id: facts.previousVersionId,
    window: {
      started_at: facts.startedAt.toISOString(),
      ended_at: facts.endedAt.toISOString(),
      planned_seconds: facts.policy.windowSeconds,
      interval_seconds: facts.policy.intervalSeconds,
      initial_delay_seconds: facts.policy.initialDelaySeconds,
    },
    complete: conclusion.complete,
    baseline: { kind, reason: baselineReason },
    metrics: conclusion.metrics,
    breaches: conclusion.breaches,
    intervals: state.intervals.map((i) => ({
      at: i.at,
      measurements: i.measurements.map((m) => ({ metric: m.metric, status: m.status, value: m.value, baseline: m.baseline, samples: m.samples })),
    })),
    queries: facts.queries,
    policy: facts.policySource,
    dry_run: facts.dryRun,
    recorded_at: facts.now.toISOString(),
  };
}

/** The verdict when the run itself failed before or during the watch: `failed`, never anything better. */
export function failedVerdict(facts: Omit<VerdictFacts, 'policy'> & { policy: MonitorPolicy }, reason: string, state: WatchState = startWatch()): MonitorVerdict {
  return verdictDocument(facts, state, { verdict: 'failed', reason, complete: false, metrics: [], breaches: state.breaches });
}
