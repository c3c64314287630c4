import { describe, expect, it } from 'vitest';
import { deployVerdict, explainVerdict, refusedVerdict } from '../src/index.ts';

describe('the deploy verdict in the shared result shape', () => {
  it('a refused deploy fails with each reason a child', () => {
    const verdict = refusedVerdict('the deploy was refused', ['Cloudflare cannot roll back this Worker', 'no previous version']);
    const tree = explainVerdict(verdict);
    expect(tree.status).toBe('fail');
    expect(tree.reason).toBe(verdict.headline);
    expect(tree.children?.map((c) => c.reason)).toEqual(verdict.reasons);
  });

  it('a failed deploy that changed production advises a rollback', () => {
    const verdict = deployVerdict({ deploy: { ok: false, problem: 'wrangler deploy failed', liveChanged: true }, smoke: [] });
    const tree = explainVerdict(verdict);
    expect(tree.status).toBe('fail');
    expect(tree.evidence.some((e) => e.note === 'roll back now')).toBe(verdict.recommended);
  });
});
