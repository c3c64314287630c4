import { describe, expect, it } from 'vitest';
import type { MetricResult } from '@change-actions/change-record';
import { explainWatch } from '../src/index.ts';

const metric = (over: Partial<MetricResult>): MetricResult => ({
  name: 'error-rate',
  source: 'loki',
  status: 'healthy',
  threshold: { kind: 'absolute', operator: '>', value: 0.05 },
  value: 0.01,
  baseline: null,
  samples: 120,
  min_samples: 50,
  reason: '1 % of 120 requests',
  ...over,
});

describe('the watch in the shared result shape', () => {
  it('one child per metric, its value against its threshold as evidence', () => {
    const tree = explainWatch({
      verdict: 'breached',
      reason: 'error-rate breached',
      metrics: [metric({ status: 'breached', value: 0.4, reason: '40 %' }), metric({ name: 'latency-p95', threshold: { kind: 'relative', operator: '>', value: 1.5 }, value: 1.1 })],
    });
    expect(tree.status).toBe('fail');
    expect(tree.children?.map((c) => [c.rule, c.status])).toEqual([['error-rate', 'fail'], ['latency-p95', 'pass']]);
    expect(tree.children?.[0]?.evidence).toEqual([{ note: 'loki: 0.4 against > 0.05, 120 of 50 samples' }]);
    expect(tree.children?.[1]?.evidence[0]?.note).toContain('> 1.5 × baseline');
  });

  it.each([['healthy', 'pass'], ['inconclusive', 'pending'], ['failed', 'error']] as const)('%s is %s', (verdict, status) => {
    expect(explainWatch({ verdict, reason: 'r', metrics: [] }).status).toBe(status);
  });
});
