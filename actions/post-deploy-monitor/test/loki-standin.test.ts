import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultMonitorPolicy } from '@change-actions/policy';
import { metricQueries, rangeParams, readMatrix, figuresOf } from '@change-actions/monitor';
import { logqlError, parseLokiTime, startLokiStandin, type LokiStandin } from '../../../test/harness/loki-standin.ts';

const NEW = 'new-0000';
const OLD = 'old-0000';
const ctx = { service: 'svc', versionId: NEW, previousVersionId: OLD, policy: { ...defaultMonitorPolicy, authRoutes: ['/login'] } };
const now = new Date('2026-12-02T10:00:00Z');

let loki: LokiStandin;
beforeAll(async () => {
  loki = await startLokiStandin();
  const line = (version: string, status: number, wall: number, path = '/') =>
    JSON.stringify({ ScriptName: 'svc', ScriptVersion: { ID: version }, Outcome: 'ok', Event: { Request: { URL: `https://svc.example${path}`, Method: 'GET' }, Response: { Status: status } }, WallTimeMs: wall });
  const entries = [];
  for (let i = 0; i < 100; i++) entries.push({ at: new Date(now.getTime() - 30_000 + i * 100), line: line(NEW, i < 10 ? 500 : 200, 10 + (i % 10), i % 4 === 0 ? '/login' : '/') });
  for (let i = 0; i < 50; i++) entries.push({ at: new Date(now.getTime() - 30_000 + i * 100), line: line(OLD, 200, 20) });
  entries.push({ at: new Date(now.getTime() - 1000), line: 'not json at all' });
  loki.push({ service_name: 'svc' }, entries);
});
afterAll(() => loki.close());

async function query(q: string, range = 60, tenant: string | null = 'tenant-1') {
  const response = await fetch(`${loki.url}/loki/api/v1/query_range?${rangeParams(q, now, range).toString()}`, { headers: tenant === null ? {} : { 'x-scope-orgid': tenant } });
  return { status: response.status, text: await response.text() };
}

describe('the Loki stand-in speaks Loki', () => {
  test('X-Scope-OrgID is required', async () => {
    expect(await query('sum(count_over_time({a="b"}[1m]))', 60, null)).toEqual({ status: 400, text: 'no org id\n' });
  });
  test('what the LogQL grammar rejects is a 400 parse error', async () => {
    const answer = await query('sum(count_over_time({a="b"}[1m]');
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/^parse error at line 1, col \d+/);
    expect(logqlError('{service_name="svc"} | json')).toBeUndefined();
  });
  test('what Loki refuses beyond the grammar: a selector that matches everything, too many points', async () => {
    const empty = await query('sum(count_over_time({service_name=~".*"}[1m]))');
    expect(empty.status).toBe(400);
    expect(empty.text).toMatch(/at least one regexp or equality matcher that does not have an empty-compatible value/);
    const url = `${loki.url}/loki/api/v1/query_range?${new URLSearchParams({ query: 'sum(count_over_time({a="b"}[1m]))', start: '1796200000', end: '1796205600', step: '0.1' })}`;
    const many = await fetch(url, { headers: { 'x-scope-orgid': 't' } });
    expect(many.status).toBe(400);
    expect(await many.text()).toMatch(/maximum resolution of 11,000 points/);
  });
  test('timestamps in the forms Loki accepts', () => {
    expect(parseLokiTime('2026-12-02T10:00:00Z')).toBe(1_796_205_600_000_000_000n);
    expect(parseLokiTime('1796205600')).toBe(1_796_205_600_000_000_000n);
    expect(parseLokiTime('1796205600.5')).toBe(1_796_205_600_500_000_000n);
    expect(parseLokiTime('1796205600000000000')).toBe(1_796_205_600_000_000_000n);
  });
  test('the shipped templates parse and evaluate over the lines pushed', async () => {
    const metrics = ['error-rate', 'latency-p95', 'auth-success-rate'] as const;
    const results: Record<string, unknown> = {};
    for (const name of metrics) {
      const m = ctx.policy.metrics.find((x) => x.name === name)!;
      const q = metricQueries(m, ctx, 60)!;
      expect(logqlError(q.value)).toBeUndefined();
      const [v, s] = [await query(q.value), await query(q.samples)];
      expect([v.status, s.status]).toEqual([200, 200]);
      const read = (t: string) => readMatrix(JSON.parse(t), [NEW, OLD]);
      results[name] = { new: figuresOf(read(v.text), read(s.text), NEW), old: figuresOf(read(v.text), read(s.text), OLD) };
    }
    expect(results['error-rate']).toEqual({ new: { value: 0.1, samples: 100 }, old: { value: 0, samples: 50 } });
    expect(results['latency-p95']).toMatchObject({ new: { samples: 100 }, old: { value: 20, samples: 50 } });
    expect(results['auth-success-rate']).toMatchObject({ new: { value: 22 / 25, samples: 25 }, old: { samples: 0 } });
  });
  test('no lines in the range is an empty 200 result, as Loki answers no data', async () => {
    const answer = await query('sum by (version) (count_over_time({service_name="nobody"} [60s]))');
    expect(JSON.parse(answer.text)).toEqual({ status: 'success', data: { resultType: 'matrix', result: [], stats: {} } });
  });
});
