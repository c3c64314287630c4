/**
 * The `monitor` section's converter: kebab-case YAML onto the typed section, the procedure's
 * defaults for what is left out, and every check the schema cannot make (durations, a window
 * shorter than its interval, a query without a sample count or a trigger, a metric listed twice),
 * each a PolicySectionError naming the key.
 */
import { PolicySectionError } from '../section.ts';
import { MONITOR_SOURCE_TEMPLATES, MONITOR_TEMPLATES, MONITOR_TRIGGERS, defaultMonitorPolicy, durationSeconds, type MonitorMetricPolicy, type MonitorPolicy, type RawMonitorPolicy } from './monitor.ts';

const WINDOW_MAX = 6 * 3600;

function seconds(key: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const value = durationSeconds(text);
  if (value === undefined) throw new PolicySectionError(key, `"${text}" is not a duration; accepted: e.g. 30m, 90s, 1h, 1m30s`);
  if (value < min || value > max) throw new PolicySectionError(key, `${text} is out of range; accepted: ${min} s to ${max} s`);
  return value;
}

/** The typed section: defaults for what is left out, and every check the schema cannot make. */
export function toMonitorPolicy(raw: RawMonitorPolicy | undefined): MonitorPolicy {
  const d = defaultMonitorPolicy;
  if (!raw) return d;
  const windowSeconds = seconds('monitor.window', raw.window, d.windowSeconds, 1, WINDOW_MAX);
  const intervalSeconds = seconds('monitor.interval', raw.interval, Math.min(d.intervalSeconds, windowSeconds), 1, 3600);
  if (intervalSeconds > windowSeconds) throw new PolicySectionError('monitor.interval', `${raw.interval ?? `${intervalSeconds}s`} is longer than the window (${windowSeconds} s)`);
  const metrics = raw.metrics?.map((m, i): MonitorMetricPolicy => {
    const key = `monitor.metrics[${i}]`;
    if (m.template === undefined && m.query === undefined) throw new PolicySectionError(key, `metric ${m.name} names neither a template nor a query; accepted: template (${MONITOR_TEMPLATES.join(', ')}) or query`);
    if (m.query !== undefined && (m.source === 'loki' || m.source === 'prometheus') && m['samples-query'] === undefined) {
      throw new PolicySectionError(key, `metric ${m.name} has a query but no samples-query: without the number of samples a measurement can never be told apart from no traffic`);
    }
    if (m.query !== undefined && m.trigger === undefined) throw new PolicySectionError(key, `metric ${m.name} has its own query: name the rollback trigger it measures (trigger: ${MONITOR_TRIGGERS.map((t) => JSON.stringify(t)).join(', ')})`);
    if ((m.source === 'cloudflare' || m.source === 'probes') && m.query !== undefined) throw new PolicySectionError(key, `metric ${m.name}: source ${m.source} takes a template, not a query`);
    if (m.template === 'synthetic' && m.source !== 'probes') throw new PolicySectionError(key, `metric ${m.name}: template synthetic is measured by source probes`);
    if (m.source === 'probes' && m.template !== 'synthetic') throw new PolicySectionError(key, `metric ${m.name}: source probes measures template synthetic only`);
    if (m.source === 'cloudflare' && m.template !== undefined && !MONITOR_SOURCE_TEMPLATES.cloudflare.includes(m.template)) {
      const why = m.template === 'latency-p95' ? "Cloudflare's workersInvocationsAdaptive has no 95th percentile (its wall-time quantiles are P25, P50, P75, P90, P99, P999)" : "Cloudflare's workersInvocationsAdaptive has no request path or status per request";
      throw new PolicySectionError(`${key}.template`, `metric ${m.name}: source cloudflare does not measure ${m.template}: ${why}; accepted: ${MONITOR_SOURCE_TEMPLATES.cloudflare.join(', ')}`);
    }
    if (!Number.isFinite(m.threshold.value)) throw new PolicySectionError(`${key}.threshold.value`, 'must be a finite number');
    if (m.threshold.kind === 'relative' && m.threshold.value <= 0) throw new PolicySectionError(`${key}.threshold.value`, 'a relative threshold is a ratio to the baseline and must be above 0');
    const fallbackTrigger = m.threshold.kind === 'relative' && m.template?.startsWith('latency') ? 'performance degradation > 50 %' : m.template === 'error-rate' ? 'error rate > 5 %' : 'critical functionality broken';
    return {
      name: m.name,
      source: m.source,
      ...(m.template === undefined ? {} : { template: m.template }),
      ...(m.query === undefined ? {} : { query: m.query }),
      ...(m['samples-query'] === undefined ? {} : { samplesQuery: m['samples-query'] }),
      threshold: { ...m.threshold },
      minSamples: m['min-samples'] ?? (m.source === 'probes' ? 1 : 50),
      trigger: m.trigger ?? fallbackTrigger,
    };
  });
  const names = new Set<string>();
  for (const [i, m] of (metrics ?? []).entries()) {
    if (names.has(m.name)) throw new PolicySectionError(`monitor.metrics[${i}].name`, `metric ${m.name} is listed twice`);
    names.add(m.name);
  }
  return {
    windowSeconds,
    intervalSeconds,
    initialDelaySeconds: seconds('monitor.initial-delay', raw['initial-delay'], d.initialDelaySeconds, 0, 3600),
    failureLimit: raw['failure-limit'] ?? d.failureLimit,
    consecutiveErrorLimit: raw['consecutive-error-limit'] ?? d.consecutiveErrorLimit,
    baseline: raw.baseline ?? d.baseline,
    authRoutes: raw['auth-routes'] ?? d.authRoutes,
    lokiSelector: raw.loki?.selector ?? d.lokiSelector,
    metrics: metrics ?? d.metrics,
  };
}
