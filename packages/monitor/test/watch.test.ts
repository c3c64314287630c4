import { describe, expect, test } from 'vitest';
import { defaultMonitorPolicy, parsePolicyForTest } from './support.ts';
import { activeMetrics, concludeWatch, judge, recordInterval, schedule, startWatch, tightenPolicy, verdictDocument, type Measurement } from '../src/index.ts';
import { ROLLBACK_TRIGGERS, monitorVerdictContract, provesHealth, serialize } from '@change-actions/change-record';
import { MONITOR_TRIGGERS } from '@change-actions/policy';

const at = (s: number) => new Date(Date.UTC(2026, 11, 2, 10, 0, s));
const policy = { ...defaultMonitorPolicy, windowSeconds: 5, intervalSeconds: 1 };
const { metrics } = activeMetrics(policy);
const errorRate = metrics.find((m) => m.name === 'error-rate')!;
const healthy = (s: number): Measurement[] => metrics.map((m) => judge(m, m.threshold.kind === 'relative' ? { value: 100, samples: 500 } : { value: m.name === 'synthetic' ? 1 : 0.01, samples: 500 }, { kind: 'before-deploy', figures: { value: 100, samples: 500 } }, at(s)));

describe('the watch', () => {
  test('the schedule: one measurement per interval over the window', () => {
    expect(schedule(policy, at(0)).map((t) => (t - at(0).getTime()) / 1000)).toEqual([1, 2, 3, 4, 5]);
  });
  test('an initial delay shifts every measurement; the last one ends the window', () => {
    expect(schedule({ ...policy, initialDelaySeconds: 10, windowSeconds: 5, intervalSeconds: 2 }, at(0)).map((t) => (t - at(0).getTime()) / 1000)).toEqual([12, 14, 15]);
  });
  test('a breach ends the watch at once', () => {
    let state = recordInterval(policy, startWatch(), at(1), healthy(1));
    expect(state.end).toBeUndefined();
    const breach = judge(errorRate, { value: 0.5, samples: 500 }, { kind: 'none', figures: null }, at(2));
    state = recordInterval(policy, state, at(2), [breach]);
    expect(state.end?.verdict).toBe('breached');
    const c = concludeWatch(policy, metrics, state, undefined);
    expect(c.verdict).toBe('breached');
    expect(c.breaches[0]?.trigger).toBe('error rate > 5 %');
  });
  test('consecutive errors past the limit end the watch failed; an answer in between resets the run', () => {
    const error = (s: number) => judge(errorRate, { value: null, samples: null, problem: 'HTTP 503' }, { kind: 'none', figures: null }, at(s));
    let state = startWatch();
    for (let s = 1; s <= 4; s++) state = recordInterval(policy, state, at(s), [error(s)]);
    expect(state.end).toBeUndefined();
    state = recordInterval(policy, state, at(5), healthy(5));
    for (let s = 6; s <= 9; s++) state = recordInterval(policy, state, at(s), [error(s)]);
    expect(state.end).toBeUndefined();
    state = recordInterval(policy, state, at(10), [error(10)]);
    expect(state.end?.verdict).toBe('failed');
  });
  test('healthy needs a complete window with every metric healthy; cut short is inconclusive', () => {
    let state = startWatch();
    for (let s = 1; s <= 5; s++) state = recordInterval(policy, state, at(s), healthy(s));
    expect(concludeWatch(policy, metrics, state, healthy(5)).verdict).toBe('healthy');
    expect(concludeWatch(policy, metrics, state, undefined, 'cancelled').verdict).toBe('inconclusive');
    const finals = healthy(5);
    finals[0] = judge(errorRate, { value: 0, samples: 3 }, { kind: 'none', figures: null }, at(5));
    expect(concludeWatch(policy, metrics, state, finals).verdict).toBe('inconclusive');
  });
  test('the verdict document is the contract and proves health only when healthy', () => {
    let state = startWatch();
    for (let s = 1; s <= 5; s++) state = recordInterval(policy, state, at(s), healthy(s));
    const c = concludeWatch(policy, metrics, state, healthy(5));
    const doc = verdictDocument({ service: 'svc', environment: null, versionId: 'v2', previousVersionId: 'v1', startedAt: at(0), endedAt: at(5), policy, policySource: { kind: 'defaults', path: '.github/change-policy.yml', ref: 'abc' }, queries: [], dryRun: false, now: at(6) }, state, c);
    expect(() => serialize(monitorVerdictContract, doc)).not.toThrow();
    expect(provesHealth(doc)).toBe(true);
    expect(doc.baseline.kind).toBe('before-deploy');
  });
  test('the authentication success rate is measured only where the policy names auth routes', () => {
    expect(activeMetrics(defaultMonitorPolicy).metrics.map((m) => m.name)).not.toContain('auth-success-rate');
    expect(activeMetrics({ ...defaultMonitorPolicy, authRoutes: ['/login'] }).metrics.map((m) => m.name)).toContain('auth-success-rate');
  });
});

describe('inputs tighten, never loosen', () => {
  test('a tighter error rate is taken; a looser one is refused naming the input', () => {
    const tight = tightenPolicy(defaultMonitorPolicy, { thresholds: [{ metric: 'error-rate', operator: '>', value: 0.02 }] });
    expect(Array.isArray(tight) ? tight : tight.metrics[0]!.threshold.value).toBe(0.02);
    expect(tightenPolicy(defaultMonitorPolicy, { thresholds: [{ metric: 'error-rate', operator: '>', value: 0.1 }] })).toEqual([expect.stringMatching(/^input thresholds: error-rate > 0.1 would loosen/)]);
    expect(tightenPolicy(defaultMonitorPolicy, { thresholds: [{ metric: 'latency-p95', operator: '<', value: 1.2 }] })).toHaveLength(1);
  });
  test('a shorter window or a longer interval is refused', () => {
    expect(tightenPolicy(defaultMonitorPolicy, { windowSeconds: 60 })).toEqual([expect.stringMatching(/^input window/)]);
    expect(tightenPolicy(defaultMonitorPolicy, { intervalSeconds: 120 })).toEqual([expect.stringMatching(/^input interval/)]);
    const longer = tightenPolicy(defaultMonitorPolicy, { windowSeconds: 3600, intervalSeconds: 30 });
    expect(Array.isArray(longer) ? longer : [longer.windowSeconds, longer.intervalSeconds]).toEqual([3600, 30]);
  });
});

describe('the monitor section of the policy file', () => {
  test("its triggers are the contract's rollback triggers, word for word", () => {
    expect([...MONITOR_TRIGGERS]).toEqual([...ROLLBACK_TRIGGERS]);
  });
  test('defaults are the procedure; a section overrides key by key', () => {
    const policy = parsePolicyForTest('version: 1\nmonitor:\n  window: 10s\n  interval: 2s\n  auth-routes: [/login, /oauth/*]\n');
    expect(policy.windowSeconds).toBe(10);
    expect(policy.intervalSeconds).toBe(2);
    expect(policy.metrics).toEqual(defaultMonitorPolicy.metrics);
    expect(defaultMonitorPolicy.metrics[0]!.threshold).toEqual({ kind: 'absolute', operator: '>', value: 0.05 });
  });
  test('problems name the key', () => {
    expect(() => parsePolicyForTest('version: 1\nmonitor:\n  window: 1s\n  interval: 5s\n')).toThrow(/monitor\.interval/);
    expect(() => parsePolicyForTest('version: 1\nmonitor:\n  metrics:\n    - { name: x, source: loki, query: "sum(x)", threshold: { kind: absolute, operator: ">", value: 1 } }\n')).toThrow(/samples-query/);
    expect(() => parsePolicyForTest('version: 1\nmonitor:\n  window: soon\n')).toThrow(/change-policy.yml:3/);
  });
  test("Cloudflare's analytics are asked only for what they have: no p95, no auth success rate", () => {
    const cf = (template: string) => parsePolicyForTest(`version: 1\nmonitor:\n  metrics:\n    - { name: m, source: cloudflare, template: ${template}, threshold: { kind: relative, operator: ">", value: 1.5 } }\n`);
    expect(() => cf('latency-p95')).toThrow(/monitor\.metrics\[0\]\.template: metric m: source cloudflare does not measure latency-p95: .*no 95th percentile.*; accepted: error-rate, latency-p50, latency-p90, latency-p99/);
    expect(() => cf('auth-success-rate')).toThrow(/does not measure auth-success-rate/);
    expect(cf('latency-p90').metrics[0]).toMatchObject({ source: 'cloudflare', template: 'latency-p90', trigger: 'performance degradation > 50 %' });
  });
});
