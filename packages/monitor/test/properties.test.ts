/**
 * Property tests over the boundaries the procedure draws: exactly 5 % errors is not a breach of
 * "> 5 %", exactly +50 % is not a breach of "> 50 %", one sample fewer than the minimum is never
 * healthy. The oracle is the policy read as plain arithmetic on integers; the engine must agree.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaultMonitorPolicy } from '@change-actions/policy';
import { judge, isTighter, tightenPolicy } from '../src/index.ts';
import { parsePolicyForTest } from './support.ts';

const at = new Date('2026-12-02T10:00:00Z');
const errorRate = defaultMonitorPolicy.metrics.find((m) => m.name === 'error-rate')!;
const latency = defaultMonitorPolicy.metrics.find((m) => m.name === 'latency-p95')!;
const RUNS = 2000;
const tally = { cases: 0, disagreements: 0 };

describe('the boundaries agree with the policy', () => {
  test('error rate: breached exactly when errors × 100 > requests × 5', () => {
    fc.assert(
      fc.property(fc.integer({ min: 50, max: 1_000_000 }), fc.integer({ min: 0, max: 100 }), (requests, pct) => {
        // Half the cases sit exactly on 5 %.
        const errors = pct % 2 === 0 ? Math.round((requests * 5) / 100) : Math.min(requests, Math.floor((requests * pct) / 100));
        const status = judge(errorRate, { value: errors / requests, samples: requests }, { kind: 'none', figures: null }, at).status;
        const policy = errors * 100 > requests * 5 ? 'breached' : 'healthy';
        tally.cases++;
        if (status !== policy) tally.disagreements++;
        expect(status).toBe(policy);
      }),
      { numRuns: RUNS },
    );
  });
  test('exactly 5 % is not a breach, for every request count divisible by 20', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 50_000 }), (k) => {
        const requests = 20 * k;
        tally.cases++;
        const status = judge(errorRate, { value: k / requests, samples: requests }, { kind: 'none', figures: null }, at).status;
        if (status !== 'healthy') tally.disagreements++;
        expect(status).toBe('healthy');
      }),
      { numRuns: RUNS },
    );
  });
  test('latency: exactly +50 % is not a breach; above it is', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1e6, noNaN: true }), fc.boolean(), (baseline, above) => {
        const value = above ? baseline * 1.5 + Math.max(1e-9, baseline * 1e-9) : baseline * 1.5;
        const status = judge(latency, { value, samples: 500 }, { kind: 'before-deploy', figures: { value: baseline, samples: 500 } }, at).status;
        const policy = value > baseline * 1.5 ? 'breached' : 'healthy';
        tally.cases++;
        if (status !== policy) tally.disagreements++;
        expect(status).toBe(policy);
      }),
      { numRuns: RUNS },
    );
  });
  test('minimum samples − 1 is never healthy, whatever the value', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: errorRate.minSamples - 1 }), (value, samples) => {
        const status = judge(errorRate, { value, samples }, { kind: 'none', figures: null }, at).status;
        tally.cases++;
        if (status !== 'inconclusive') tally.disagreements++;
        expect(status).toBe('inconclusive');
      }),
      { numRuns: RUNS },
    );
  });
  test('an input threshold is accepted only when it breaches wherever the policy does', () => {
    const ops = ['>', '>=', '<', '<='] as const;
    fc.assert(
      fc.property(fc.constantFrom(...ops), fc.constantFrom(...ops), fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -20, max: 20, noNaN: true }), (op, op2, v, v2, x) => {
        const current = { kind: 'absolute' as const, operator: op, value: v };
        if (!isTighter(current, { operator: op2, value: v2 })) return;
        const breaches = (o: string, limit: number) => (o === '>' ? x > limit : o === '>=' ? x >= limit : o === '<' ? x < limit : x <= limit);
        tally.cases++;
        // Wherever the policy breaches, the tightened threshold breaches too.
        if (breaches(op, v) && !breaches(op2, v2)) tally.disagreements++;
        expect(!breaches(op, v) || breaches(op2, v2)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
  test('an input raising min-samples: min samples − 1 inconclusive, min samples judged on the value; lowering it refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000 }), fc.integer({ min: 0, max: 10_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (policyMin, inputMin, value) => {
        const policy = parsePolicyForTest(`version: 1\nmonitor:\n  metrics:\n    - { name: error-rate, source: loki, template: error-rate, threshold: { kind: absolute, operator: ">", value: 0.05 }, min-samples: ${policyMin} }\n`);
        const tightened = tightenPolicy(policy, { minSamples: [{ metric: 'error-rate', value: inputMin }] });
        tally.cases++;
        if (inputMin < policyMin) {
          // The oracle: a lower minimum is refused, naming the input, the metric and what is accepted.
          const refused = Array.isArray(tightened) && tightened.length === 1 && tightened[0]!.startsWith(`input thresholds: error-rate min-samples ${inputMin} would lower`) && tightened[0]!.includes(`accepted: an integer from ${policyMin}`);
          if (!refused) tally.disagreements++;
          expect(refused).toBe(true);
          return;
        }
        if (Array.isArray(tightened)) throw new Error(tightened.join('; '));
        const metric = tightened.metrics[0]!;
        const below = judge(metric, { value, samples: inputMin - 1 }, { kind: 'none', figures: null }, at).status;
        const atMin = judge(metric, { value, samples: inputMin }, { kind: 'none', figures: null }, at).status;
        const oracle = value > 0.05 ? 'breached' : 'healthy';
        if (metric.minSamples !== inputMin || below !== 'inconclusive' || atMin !== oracle) tally.disagreements++;
        expect({ minSamples: metric.minSamples, below, atMin }).toEqual({ minSamples: inputMin, below: 'inconclusive', atMin: oracle });
      }),
      { numRuns: RUNS },
    );
  });
  test('the tally', () => {
    console.log(`property cases: ${tally.cases}, disagreements with the policy: ${tally.disagreements}`);
    expect(tally.disagreements).toBe(0);
  });
});
