import { describe, expect, it } from 'vitest';
import { classify, defaultClassifyPolicy, explainChangeRecord } from '../src/index.ts';
import { OPEN_HOURS, commit, edited, snapshot } from './helpers.ts';

describe('a change record in the shared result shape', () => {
  it('a security-relevant change: its triggers with their evidence, the window open', () => {
    const record = classify(defaultClassifyPolicy, snapshot({ commits: [commit('feat: sessions')], files: [edited('src/auth/session.ts', 'export const x = 1;')] }), OPEN_HOURS);
    const tree = explainChangeRecord(record);
    expect(record.securityRelevant).toBe(true);
    expect(tree.status).toBe(record.window.open ? 'pass' : 'fail');
    const triggers = tree.children?.find((c) => c.rule === 'security-review-triggers');
    expect(triggers?.children?.map((c) => c.rule)).toEqual(record.triggers.map((t) => t.rule));
    expect(triggers?.children?.[0]?.evidence).toEqual(record.triggers[0]?.evidence);
    expect(tree.children?.find((c) => c.rule === 'change-type')?.reason).toMatch(new RegExp(`^${record.changeType}`));
  });

  it('a change outside its window fails at the root, on the window rule', () => {
    const saturday = new Date('2026-04-04T10:00:00Z');
    const record = classify(defaultClassifyPolicy, snapshot({ commits: [commit('feat: sessions')], files: [edited('src/app.ts', 'export const x = 1;')] }), saturday);
    const tree = explainChangeRecord(record);
    expect(tree.status).toBe(record.window.open || record.window.exempt ? 'pass' : 'fail');
    expect(tree.children?.at(-1)?.rule).toBe(record.window.rule);
  });
});
