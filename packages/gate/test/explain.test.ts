import { describe, expect, test } from 'vitest';
import { overallStatus } from '@change-actions/result';
import { evaluateGate, explainGate } from '../src/index.ts';
import { NOW, POLICY, SECURITY, STANDARD, approve, bob, carol, snapshot } from './helpers.ts';

describe('the gate in the shared result shape', () => {
  test('an approved change: every rule a child, the approver as evidence', () => {
    const result = evaluateGate(POLICY, STANDARD, snapshot({ reviews: [approve(bob), approve(carol)] }), NOW);
    const tree = explainGate(result);
    expect(result.status).toBe('approved');
    expect(tree.status).toBe('pass');
    expect(tree.reason).toBe(result.summary);
    expect(tree.children?.map((c) => c.rule)).toEqual(result.rules.map((r) => r.rule));
    expect(tree.children?.find((c) => c.rule === 'code-review')?.evidence).toContainEqual({ note: 'satisfied by @bob' });
    expect(tree.children?.find((c) => c.rule === 'security-review')?.status).toBe('skipped');
    expect(overallStatus(tree.children ?? [])).toBe('pass');
  });

  test('a security-relevant change without its review is pending and says what it needs', () => {
    const result = evaluateGate(POLICY, SECURITY, snapshot({ reviews: [approve(bob)] }), NOW);
    const tree = explainGate(result);
    expect(tree.status).toBe(result.status === 'pending' ? 'pending' : 'fail');
    const security = tree.children?.find((c) => c.rule === 'security-review');
    expect(security?.status).not.toBe('pass');
    expect(security?.reason).toBe(result.rules.find((r) => r.rule === 'security-review')?.reason);
  });
});
