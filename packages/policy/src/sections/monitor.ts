/**
 * The `monitor` section of the change policy: how post-deploy-monitor watches a new version in its
 * first minutes (procedure, "Post-Deployment": error rates, response times, authentication success
 * rates for 30 minutes) and which numbers are the procedure's rollback triggers (error rate > 5 %,
 * performance degradation > 50 %, critical functionality broken). Read from the base branch like
 * every section, so a change cannot weaken the trigger that would roll it back; the action's inputs
 * may only tighten what is written here.
 *
 * The typed section, its defaults and its schema fragment; the converter is in
 * `./monitor.convert.ts`.
 */
// The contract's vocabulary alone: plain data, none of the contract's readers or validators.
import { ROLLBACK_TRIGGERS, thresholdSchema as contractThreshold, type RollbackTrigger, type Threshold } from '@change-actions/change-record/vocabulary';

export const MONITOR_SOURCES = ['loki', 'prometheus', 'cloudflare', 'probes'] as const;
export type MonitorSource = (typeof MONITOR_SOURCES)[number];

/** The shipped query templates (see packages/monitor): what each default metric measures. */
export const MONITOR_TEMPLATES = [
  'error-rate',
  'latency-p50',
  'latency-p90',
  'latency-p95',
  'latency-p99',
  'auth-success-rate',
  'synthetic',
] as const;
export type MonitorTemplate = (typeof MONITOR_TEMPLATES)[number];

/**
 * The templates each source measures. Cloudflare's GraphQL analytics (`workersInvocationsAdaptive`)
 * has wall-time quantiles P25, P50, P75, P90, P99 and P999 but no P95, and no request path (so no
 * authentication success rate); Prometheus has no templates (its metric names differ per exporter).
 */
export const MONITOR_SOURCE_TEMPLATES: Record<MonitorSource, readonly MonitorTemplate[]> = {
  loki: ['error-rate', 'latency-p50', 'latency-p90', 'latency-p95', 'latency-p99', 'auth-success-rate'],
  prometheus: [],
  cloudflare: ['error-rate', 'latency-p50', 'latency-p90', 'latency-p99'],
  probes: ['synthetic'],
};

/** The procedure's rollback triggers: the contract's list (change-record's ROLLBACK_TRIGGERS). */
export const MONITOR_TRIGGERS = ROLLBACK_TRIGGERS;
export type MonitorTrigger = RollbackTrigger;

export const MONITOR_BASELINES = ['auto', 'same-minutes', 'before-deploy', 'none'] as const;
export type MonitorBaseline = (typeof MONITOR_BASELINES)[number];

/** A metric's threshold: the contract's `Threshold`, as every monitor verdict records it. */
export type MonitorThreshold = Threshold;

export interface MonitorMetricPolicy {
  name: string;
  source: MonitorSource;
  /** A shipped template, or absent when `query` is given. */
  template?: MonitorTemplate;
  /** The value's query (LogQL, PromQL), with `${version}`, `${versions}`, `${range}`, `${selector}`, `${service}`, `${auth_routes}`. */
  query?: string;
  /** The query counting samples (requests) per version; required with `query` for loki and prometheus. */
  samplesQuery?: string;
  threshold: MonitorThreshold;
  /** Fewer samples than this in a measurement is inconclusive, never healthy. */
  minSamples: number;
  trigger: MonitorTrigger;
}

export interface MonitorPolicy {
  /** How long the watch lasts, in seconds (the procedure's "first 30 minutes"). */
  windowSeconds: number;
  intervalSeconds: number;
  initialDelaySeconds: number;
  /** Breached measurements tolerated before the verdict is `breached` (Argo Rollouts' failureLimit). */
  failureLimit: number;
  /** Consecutive measurement errors of one metric past which the watch ends `failed` (consecutiveErrorLimit). */
  consecutiveErrorLimit: number;
  baseline: MonitorBaseline;
  /** Paths whose answers make the authentication success rate: `/login`, or `/oauth/*` for every path below. */
  authRoutes: string[];
  /** The LogQL stream selector of the Worker's Logpush lines; `${service}` is the service input. */
  lokiSelector: string;
  metrics: MonitorMetricPolicy[];
}

const ERROR_RATE: MonitorMetricPolicy = {
  name: 'error-rate',
  source: 'loki',
  template: 'error-rate',
  threshold: { kind: 'absolute', operator: '>', value: 0.05 },
  minSamples: 50,
  trigger: 'error rate > 5 %',
};

export const defaultMonitorPolicy: MonitorPolicy = {
  windowSeconds: 1800,
  intervalSeconds: 60,
  initialDelaySeconds: 0,
  failureLimit: 0,
  consecutiveErrorLimit: 4,
  baseline: 'auto',
  authRoutes: [],
  lokiSelector: '{service_name="${service}"}',
  metrics: [
    ERROR_RATE,
    { name: 'latency-p95', source: 'loki', template: 'latency-p95', threshold: { kind: 'relative', operator: '>', value: 1.5 }, minSamples: 50, trigger: 'performance degradation > 50 %' },
    // Measured only when auth-routes names the routes (see toMonitorPolicy).
    { name: 'auth-success-rate', source: 'loki', template: 'auth-success-rate', threshold: { kind: 'relative', operator: '<', value: 0.9 }, minSamples: 20, trigger: 'critical functionality broken' },
    { name: 'synthetic', source: 'probes', template: 'synthetic', threshold: { kind: 'absolute', operator: '<', value: 1 }, minSamples: 1, trigger: 'critical functionality broken' },
  ],
};

const duration = { type: 'string', pattern: '^(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$', minLength: 2, description: 'A duration: 30m, 90s, 1h, 1m30s.' } as const;

/** The contract's threshold, closed: a policy file names no other key. */
const thresholdSchema = {
  type: 'object',
  additionalProperties: false,
  required: contractThreshold.required,
  properties: contractThreshold.properties,
} as const;

/** JSON Schema of the `monitor` section. */
export const monitorPolicySchema = {
  type: 'object',
  additionalProperties: false,
  description: 'post-deploy-monitor: the watch of a new version and the rollback triggers it judges.',
  properties: {
    window: duration,
    interval: duration,
    'initial-delay': { ...duration, minLength: 1, pattern: '^(?:0|(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?)$' },
    'failure-limit': { type: 'integer', minimum: 0, maximum: 100 },
    'consecutive-error-limit': { type: 'integer', minimum: 0, maximum: 100 },
    baseline: { enum: [...MONITOR_BASELINES] },
    'auth-routes': { type: 'array', maxItems: 50, items: { type: 'string', pattern: '^/[^\\s*]*(?:/\\*)?$' } },
    loki: {
      type: 'object',
      additionalProperties: false,
      properties: { selector: { type: 'string', pattern: '^\\{.*\\}$', description: 'LogQL stream selector of the Logpush lines.' } },
    },
    metrics: {
      type: 'array',
      minItems: 1,
      maxItems: 20,
      description: 'The metrics judged; a list given here replaces the default list whole.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'source', 'threshold'],
        properties: {
          name: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
          source: { enum: [...MONITOR_SOURCES] },
          template: { enum: [...MONITOR_TEMPLATES] },
          query: { type: 'string', minLength: 1 },
          'samples-query': { type: 'string', minLength: 1 },
          threshold: thresholdSchema,
          'min-samples': { type: 'integer', minimum: 1, maximum: 1_000_000 },
          trigger: { enum: [...MONITOR_TRIGGERS] },
        },
      },
    },
  },
} as const;

/** The `monitor` section as written in YAML, after schema validation. */
export interface RawMonitorPolicy {
  window?: string;
  interval?: string;
  'initial-delay'?: string;
  'failure-limit'?: number;
  'consecutive-error-limit'?: number;
  baseline?: MonitorBaseline;
  'auth-routes'?: string[];
  loki?: { selector?: string };
  metrics?: Array<{
    name: string;
    source: MonitorSource;
    template?: MonitorTemplate;
    query?: string;
    'samples-query'?: string;
    threshold: MonitorThreshold;
    'min-samples'?: number;
    trigger?: MonitorTrigger;
  }>;
}

/** Seconds in a duration (`30m`, `90s`, `1h`, `1m30s`, `0`), or undefined when it is not one. */
export function durationSeconds(text: string): number | undefined {
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text.trim());
  if (text.trim() === '0') return 0;
  if (!match || text.trim() === '') return undefined;
  const [, h = '0', m = '0', s = '0'] = match;
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
}
