/**
 * Every chart the summary can hold is one Mermaid's own parser accepts: values of every size,
 * missing baselines, relative thresholds, intervals without a value, names that need quoting.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaultMonitorPolicy } from '@change-actions/policy';
import { parseMermaid } from '../../../test/harness/mermaid.ts';
import { judge, metricChart, type IntervalRecord } from '../src/index.ts';

const start = new Date('2026-12-02T10:00:00Z');
const latency = defaultMonitorPolicy.metrics.find((m) => m.name === 'latency-p95')!;
const errorRate = defaultMonitorPolicy.metrics.find((m) => m.name === 'error-rate')!;

function intervals(values: Array<number | null>, baseline: number | null, metric = latency): IntervalRecord[] {
  return values.map((v, i) => {
    const at = new Date(start.getTime() + (i + 1) * 60_000);
    return { at: at.toISOString(), measurements: [judge(metric, v === null ? { value: null, samples: null, problem: 'HTTP 503' } : { value: v, samples: 500 }, baseline === null ? { kind: 'none', figures: null } : { kind: 'same-minutes', figures: { value: baseline, samples: 500 } }, at)] };
  });
}

describe('the summary charts parse with Mermaid', () => {
  test('a watch with a baseline, a gap and a breach', async () => {
    const chart = metricChart('latency-p95', intervals([100, 120, null, 400], 100), start)!;
    expect(chart).toContain('line [100, 120, 400]');
    expect(await parseMermaid(chart)).toBe('xychart');
  });
  test('no value at all gives no chart', () => {
    expect(metricChart('latency-p95', intervals([null, null], 100), start)).toBeUndefined();
  });
  test('generated watches', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.constant(null), fc.double({ min: 0, max: 1e9, noNaN: true }), fc.double({ min: 0, max: 1e-6, noNaN: true })), { minLength: 1, maxLength: 30 }),
        fc.option(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), { nil: null }),
        fc.boolean(),
        async (values, baseline, relative) => {
          const chart = metricChart(relative ? 'latency-p95' : 'error-rate', intervals(values, baseline, relative ? latency : errorRate), start);
          if (values.every((v) => v === null)) {
            expect(chart).toBeUndefined();
            return;
          }
          expect(await parseMermaid(chart!)).toBe('xychart');
        },
      ),
      { numRuns: 150 },
    );
  });
});
