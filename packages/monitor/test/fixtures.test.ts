/**
 * Fault and edge fixtures across the sources: every answer that is not a clean, sufficient,
 * in-threshold number must be judged anything but healthy. Each fixture goes through the same
 * reader and judgement the action uses.
 */
import { describe, expect, test } from 'vitest';
import { defaultMonitorPolicy, type MonitorMetricPolicy } from '@change-actions/policy';
import {
  chooseBaseline,
  cloudflareFigures,
  cloudflareVariables,
  figuresOf,
  judge,
  probeCheck,
  readCloudflare,
  readMatrix,
  syntheticFigures,
  type Figures,
  type Reading,
} from '../src/index.ts';

const NEW = 'a1b2c3d4-0000-4000-8000-000000000001';
const OLD = 'a1b2c3d4-0000-4000-8000-000000000000';
const at = new Date('2026-12-02T10:00:00Z');
const metric = (name: string): MonitorMetricPolicy => defaultMonitorPolicy.metrics.find((m) => m.name === name)!;
const errorRate = metric('error-rate');
const latency = metric('latency-p95');
const synthetic = metric('synthetic');
// An absolute latency limit, so that only the answer decides (no baseline): 10 s.
const cfLatency: MonitorMetricPolicy = { name: 'latency-p90', source: 'cloudflare', template: 'latency-p90', threshold: { kind: 'absolute', operator: '>', value: 10_000 }, minSamples: 50, trigger: 'performance degradation > 50 %' };

const matrix = (...series: Array<{ version?: string; values: Array<[unknown, unknown]>; extra?: Record<string, string> }>) => ({
  status: 'success',
  data: { resultType: 'matrix', result: series.map((s) => ({ metric: { ...(s.version === undefined ? {} : { version: s.version }), ...s.extra }, values: s.values })) },
});
const point = (v: string): Array<[unknown, unknown]> => [[1796205600, v]];
const samples = (n: number, version = NEW) => matrix({ version, values: point(String(n)) });

function loki(value: unknown, count: unknown = samples(500), m: MonitorMetricPolicy = errorRate, baseline: Figures | null = null) {
  const read = (b: unknown): Reading => readMatrix(b, [NEW, OLD]);
  const current = figuresOf(read(value), read(count), NEW);
  return judge(m, current, chooseBaseline('auto', m.minSamples, baseline, null), at);
}

const goodBaseline: Figures = { value: 100, samples: 500 };

/** [name, the measurement's status]: never `healthy`. */
const fixtures: Array<[string, () => string]> = [
  // Loki / Prometheus matrix answers
  ['empty result (no data)', () => loki(matrix(), matrix()).status],
  ['empty value, samples present', () => loki(matrix()).status],
  ['NaN value', () => loki(matrix({ version: NEW, values: point('NaN') })).status],
  ['+Inf value', () => loki(matrix({ version: NEW, values: point('+Inf') })).status],
  ['-Inf value', () => loki(matrix({ version: NEW, values: point('-Inf') })).status],
  ['zero denominator (0/0 = NaN, no samples)', () => loki(matrix({ version: NEW, values: point('NaN') }), samples(0)).status],
  ['value is a JSON number, not a string', () => loki(matrix({ version: NEW, values: [[1796205600, 0.01]] })).status],
  ['value is not a number', () => loki(matrix({ version: NEW, values: point('0.01x') })).status],
  ['value is an empty string', () => loki(matrix({ version: NEW, values: point('') })).status],
  ['series for the wrong version', () => loki(matrix({ version: 'ffffffff-0000', values: point('0.01') })).status],
  ['series without a version label', () => loki(matrix({ values: point('0.01') })).status],
  ['two series for the new version', () => loki(matrix({ version: NEW, values: point('0.01') }, { version: NEW, values: point('0.02'), extra: { outcome: 'ok' } })).status],
  ['series with no points', () => loki(matrix({ version: NEW, values: [] })).status],
  ['point without a timestamp', () => loki(matrix({ version: NEW, values: [['x', '0.01']] })).status],
  ['status error in a 200 body', () => loki({ status: 'error', errorType: 'bad_data', error: 'parse error' }).status],
  ['resultType streams (a log query)', () => loki({ status: 'success', data: { resultType: 'streams', result: [] } }).status],
  ['resultType vector', () => loki({ status: 'success', data: { resultType: 'vector', result: [] } }).status],
  ['no data object', () => loki({ status: 'success' }).status],
  ['not an object', () => loki('<html>502 Bad Gateway</html>').status],
  ['null body', () => loki(null).status],
  ['too few samples (min − 1)', () => loki(matrix({ version: NEW, values: point('0') }), samples(errorRate.minSamples - 1)).status],
  ['no samples at all, value 0', () => loki(matrix({ version: NEW, values: point('0') }), matrix()).status],
  ['sample count is NaN', () => loki(matrix({ version: NEW, values: point('0') }), matrix({ version: NEW, values: point('NaN') })).status],
  ['sample count is negative', () => loki(matrix({ version: NEW, values: point('0') }), matrix({ version: NEW, values: point('-3') })).status],
  ['sample count is +Inf', () => loki(matrix({ version: NEW, values: point('0') }), matrix({ version: NEW, values: point('+Inf') })).status],
  ['samples answer failed', () => judge(errorRate, figuresOf(readMatrix(matrix({ version: NEW, values: point('0') }), [NEW]), { ok: false, problem: 'HTTP 503: Ingester not ready' }, NEW), { kind: 'none', figures: null }, at).status],
  ['query error (HTTP 400)', () => judge(errorRate, figuresOf({ ok: false, problem: 'HTTP 400: parse error' }, { ok: false, problem: 'HTTP 400' }, NEW), { kind: 'none', figures: null }, at).status],
  ['query timeout (HTTP 504)', () => judge(errorRate, figuresOf({ ok: false, problem: 'HTTP 504 (query timeout)' }, { ok: false, problem: 'x' }, NEW), { kind: 'none', figures: null }, at).status],
  ['client timeout', () => judge(errorRate, figuresOf({ ok: false, problem: 'no answer within 30 s' }, { ok: false, problem: 'x' }, NEW), { kind: 'none', figures: null }, at).status],
  // relative thresholds and their baseline
  ['relative: no baseline', () => loki(matrix({ version: NEW, values: point('120') }), samples(500), latency).status],
  ['relative: baseline with too few samples', () => loki(matrix({ version: NEW, values: point('120') }), samples(500), latency, { value: 100, samples: 3 }).status],
  ['relative: baseline 0', () => judge(latency, { value: 120, samples: 500 }, { kind: 'before-deploy', figures: { value: 0, samples: 500 } }, at).status],
  ['relative: baseline NaN problem', () => judge(latency, { value: 120, samples: 500 }, { kind: 'before-deploy', figures: { value: null, samples: null, problem: 'the value is NaN' } }, at).status],
  ['relative: baseline kind none', () => judge(latency, { value: 120, samples: 500 }, { kind: 'none', figures: goodBaseline }, at).status],
  // Cloudflare GraphQL analytics
  ['cloudflare: GraphQL errors', () => judge(errorRate, cloudflareFigures(readCloudflare({ data: null, errors: [{ message: 'not authorized' }] }, [NEW]), 'error-rate', NEW), { kind: 'none', figures: null }, at).status],
  ['cloudflare: no account', () => judge(errorRate, cloudflareFigures(readCloudflare({ data: { viewer: { accounts: [] } }, errors: null }, [NEW]), 'error-rate', NEW), { kind: 'none', figures: null }, at).status],
  ['cloudflare: no rows (no traffic)', () => judge(errorRate, cloudflareFigures(readCloudflare({ data: { viewer: { accounts: [{ workersInvocationsAdaptive: [] }] } } }, [NEW]), 'error-rate', NEW), { kind: 'none', figures: null }, at).status],
  ['cloudflare: row for another version', () => judge(errorRate, cloudflareFigures(readCloudflare(cfRow('zzz', 500, 0), [NEW]), 'error-rate', NEW), { kind: 'none', figures: null }, at).status],
  ['cloudflare: requests 0', () => judge(errorRate, cloudflareFigures(readCloudflare(cfRow(NEW, 0, 0), [NEW]), 'error-rate', NEW), { kind: 'none', figures: null }, at).status],
  ['cloudflare: errors above requests', () => judge(errorRate, cloudflareFigures(readCloudflare(cfRow(NEW, 10, 20), [NEW]), 'error-rate', NEW), { kind: 'none', figures: null }, at).status],
  ['cloudflare: requests null', () => judge(errorRate, cloudflareFigures(readCloudflare(cfRow(NEW, null, 0), [NEW]), 'error-rate', NEW), { kind: 'none', figures: null }, at).status],
  ['cloudflare: not JSON object', () => judge(errorRate, cloudflareFigures(readCloudflare('error code: 1015', [NEW]), 'error-rate', NEW), { kind: 'none', figures: null }, at).status],
  // Cloudflare has no 95th percentile: an answer carrying one instead of P90 is not read as latency.
  ['cloudflare: wallTimeP95 instead of wallTimeP90', () => judge(cfLatency, cloudflareFigures(readCloudflare({ data: { viewer: { accounts: [{ workersInvocationsAdaptive: [{ sum: { requests: 500, errors: 0 }, quantiles: { wallTimeP50: 1000, wallTimeP95: 2000, wallTimeP99: 3000 }, dimensions: { scriptVersion: NEW } }] }] } }, errors: null }, [NEW]), 'latency-p90', NEW), { kind: 'none', figures: null }, at).status],
  ['cloudflare: latency-p95 asked of Cloudflare', () => judge(cfLatency, cloudflareFigures(readCloudflare(cfRow(NEW, 500, 0), [NEW]), 'latency-p95', NEW), { kind: 'none', figures: null }, at).status],
  // synthetic probes
  ['probes: none configured to run', () => judge(synthetic, syntheticFigures([]), { kind: 'none', figures: null }, at).status],
  ['probes: connection refused', () => judge(synthetic, syntheticFigures([probeCheck('health check', [{ check: 'connection', message: 'connection refused' }])]), { kind: 'none', figures: null }, at).status],
  ['probes: the previous version answered', () => judge(synthetic, syntheticFigures([probeCheck('health check', [{ check: 'version', message: 'the previous version answered' }])]), { kind: 'none', figures: null }, at).status],
  ['probes: health 503', () => judge(synthetic, syntheticFigures([probeCheck('health check', [{ check: 'status', message: 'status 503' }])]), { kind: 'none', figures: null }, at).status],
  ['probes: one critical smoke test failed', () => judge(synthetic, syntheticFigures([probeCheck('health check', []), probeCheck('smoke sign-in', [{ check: 'json', message: 'ok is false' }])]), { kind: 'none', figures: null }, at).status],
];

function cfRow(version: string, requests: unknown, errors: unknown) {
  return { data: { viewer: { accounts: [{ workersInvocationsAdaptive: [{ sum: { requests, errors }, quantiles: { wallTimeP50: 1000, wallTimeP90: 2000, wallTimeP99: 3000 }, dimensions: { scriptVersion: version } }] }] } }, errors: null };
}

describe('fault and edge fixtures: never healthy', () => {
  test('there are at least 35 fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(35);
  });
  test.each(fixtures)('%s', (_name, run) => {
    expect(run()).not.toBe('healthy');
  });
  test('the fixtures tally: 0 false healthy', () => {
    const falseHealthy = fixtures.filter(([, run]) => run() === 'healthy').map(([name]) => name);
    expect(falseHealthy).toEqual([]);
  });
});

describe('clean answers are judged on their numbers', () => {
  test('an error rate within 5 % with enough requests is healthy', () => {
    expect(loki(matrix({ version: NEW, values: point('0.01') })).status).toBe('healthy');
  });
  test('an error rate above 5 % is breached', () => {
    expect(loki(matrix({ version: NEW, values: point('0.2') })).status).toBe('breached');
  });
  test('latency against the previous version over the same minutes', () => {
    const value = matrix({ version: NEW, values: point('180') }, { version: OLD, values: point('100') });
    const count = matrix({ version: NEW, values: point('500') }, { version: OLD, values: point('500') });
    const read = (b: unknown) => readMatrix(b, [NEW, OLD]);
    const baseline = chooseBaseline('auto', latency.minSamples, figuresOf(read(value), read(count), OLD), null);
    expect(baseline.kind).toBe('same-minutes');
    expect(judge(latency, figuresOf(read(value), read(count), NEW), baseline, at).status).toBe('breached');
  });
  test('the before-deploy baseline stands in when the previous version no longer serves', () => {
    const baseline = chooseBaseline('auto', latency.minSamples, { value: null, samples: 0 }, goodBaseline);
    expect(baseline.kind).toBe('before-deploy');
    expect(judge(latency, { value: 140, samples: 500 }, baseline, at).status).toBe('healthy');
  });
  test('Cloudflare analytics: errors over requests', () => {
    expect(cloudflareFigures(readCloudflare(cfRow(NEW, 200, 2), [NEW]), 'error-rate', NEW)).toEqual({ value: 0.01, samples: 200 });
  });
  test("Cloudflare analytics: bounds in whole seconds, as Cloudflare's datetime is", () => {
    const ctx = { service: 'svc', versionId: NEW, previousVersionId: OLD, policy: defaultMonitorPolicy };
    const v = cloudflareVariables('acc', ctx, new Date('2026-12-02T10:00:00.700Z'), new Date('2026-12-02T10:01:00.700Z'));
    expect(v).toEqual({ accountTag: 'acc', scriptName: 'svc', versions: [NEW, OLD], since: '2026-12-02T10:00:00Z', until: '2026-12-02T10:01:00Z' });
  });
  test('Cloudflare analytics: wall-time quantiles in microseconds, read in milliseconds', () => {
    const read = readCloudflare(cfRow(NEW, 200, 0), [NEW]);
    expect(['latency-p50', 'latency-p90', 'latency-p99'].map((t) => cloudflareFigures(read, t, NEW).value)).toEqual([1, 2, 3]);
    expect(judge(cfLatency, cloudflareFigures(readCloudflare(cfRow(NEW, 500, 0), [NEW]), 'latency-p90', NEW), { kind: 'none', figures: null }, at).status).toBe('healthy');
  });
});
