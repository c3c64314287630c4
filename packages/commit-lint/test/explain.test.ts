import { describe, expect, it } from 'vitest';
import { defaultCommitPolicy } from '@change-actions/policy';
import { explainLint, lintMessage } from '../src/index.ts';

describe('a lint outcome in the shared result shape', () => {
  it('a valid message passes, the header quoted as evidence', () => {
    const tree = explainLint(lintMessage('feat: add a probe\n\nThe deploy needs it.\n\nFixes: #8\n', defaultCommitPolicy), { commit: 'a'.repeat(40) });
    expect(tree).toMatchObject({ status: 'pass', rule: 'commit', evidence: [{ commit: 'a'.repeat(40), text: 'feat: add a probe' }] });
    expect(tree.children?.every((c) => c.status !== 'fail') ?? true).toBe(true);
  });

  it('an invalid message fails, each error a child naming its rule and line', () => {
    const outcome = lintMessage('feat(x): Add a probe.\n', defaultCommitPolicy);
    const tree = explainLint(outcome, { subject: 'pull-request-title' });
    expect(tree.status).toBe('fail');
    expect(tree.rule).toBe('pull-request-title');
    const failed = tree.children?.filter((c) => c.status === 'fail') ?? [];
    expect(failed.map((c) => c.rule)).toEqual(outcome.errors.map((e) => e.rule));
    expect(failed.length).toBeGreaterThan(0);
    expect(tree.reason).toBe(`${outcome.errors.length} error${outcome.errors.length === 1 ? '' : 's'}`);
  });
});
