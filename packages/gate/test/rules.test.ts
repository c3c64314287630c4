/** How the rules read reviews, roles, stale approvals and inputs, case by case. */
import { describe, expect, test } from 'vitest';
import type { ChangeRecord } from '@change-actions/classify';
import { defaultGatePolicy, evaluateGate, toGatePolicy, type GatePolicy, type PullRequestSnapshot, type Review } from '../src/index.ts';
import {
  EMERGENCY_P1,
  EARLIER,
  HEAD,
  NOW,
  OLD,
  POLICY,
  SECURITY,
  STANDARD,
  THREAT_MODEL,
  alice,
  approve,
  bob,
  carol,
  commit,
  emergencyLabels,
  gate,
  iris,
  policyWith,
  recordOf,
  review,
  ruleOf,
  sam,
  sha,
  snapshot,
} from './helpers.ts';

describe("each reviewer's latest review counts, GitHub's way", () => {
  const states = (reviews: Review[]) => {
    const result = gate({ reviews: [...reviews, approve(carol)] });
    return { review: ruleOf(result, 'code-review').status, objection: ruleOf(result, 'changes-requested').status };
  };
  test.each<[string, Review[], string, string]>([
    ['approved', [approve(bob)], 'approved', 'approved'],
    ['approved, then commented', [approve(bob), review(bob, 'COMMENTED')], 'approved', 'approved'],
    ['approved, then a pending review', [approve(bob), review(bob, 'PENDING')], 'approved', 'approved'],
    ['approved, then changes requested', [approve(bob), review(bob, 'CHANGES_REQUESTED')], 'pending', 'blocked'],
    ['changes requested, then approved', [review(bob, 'CHANGES_REQUESTED'), approve(bob)], 'approved', 'approved'],
    ['changes requested, then commented', [review(bob, 'CHANGES_REQUESTED'), review(bob, 'COMMENTED')], 'pending', 'blocked'],
    ['approved, then dismissed', [{ ...approve(bob), state: 'DISMISSED' }], 'pending', 'approved'],
    ['changes requested, approved, the approval dismissed', [review(bob, 'CHANGES_REQUESTED'), { ...approve(bob), state: 'DISMISSED' }], 'pending', 'approved'],
    ['changes requested by a bot', [approve(bob), review({ id: 77, login: 'lint[bot]', type: 'Bot' }, 'CHANGES_REQUESTED')], 'approved', 'blocked'],
  ])('%s', (_, reviews, codeReview, objection) => {
    expect(states(reviews)).toEqual({ review: codeReview, objection });
  });

  test('a later approval on an older commit does not take back an approval of the head', () => {
    const result = gate({ reviews: [approve(bob), approve(bob, OLD), approve(carol)] });
    expect(result.status).toBe('approved');
    expect(result.staleReviews).toEqual([]);
  });

  test("the author's own reviews count for nothing, not even an objection", () => {
    expect(gate({ reviews: [review(alice, 'CHANGES_REQUESTED'), approve(bob), approve(carol)] }).status).toBe('approved');
  });
});

describe('stale approvals', () => {
  const keep = policyWith({ 'stale-approvals': { mode: 'keep-unless-security-relevant' } });

  test('are listed for dismissal when the policy asks, and only then', () => {
    const old = approve(bob, OLD);
    expect(gate({ reviews: [old, approve(carol)] }).staleReviews).toEqual([old.id]);
    expect(gate({ reviews: [old, approve(carol)] }, STANDARD, policyWith({ 'stale-approvals': { 'dismiss-stale': false } })).staleReviews).toEqual([]);
  });

  test('a change request is never listed for dismissal', () => {
    expect(gate({ reviews: [review(bob, 'CHANGES_REQUESTED', OLD)] }).staleReviews).toEqual([]);
  });

  test("are kept across pushes that touch none of the record's trigger files", () => {
    const result = gate({ body: THREAT_MODEL, reviews: [approve(sam, OLD), approve(bob, OLD)], changedSince: { [OLD]: ['src/app.ts'] } }, SECURITY, keep);
    expect(result.status).toBe('approved');
  });

  test("go stale when a policy security path changed, although classify's triggers do not cite it", () => {
    const policy = policyWith({ 'stale-approvals': { mode: 'keep-unless-security-relevant', 'security-paths': ['**/*.sql'] } });
    const result = gate({ reviews: [approve(bob, OLD), approve(carol)], changedSince: { [OLD]: ['db/grant.sql'] } }, STANDARD, policy);
    expect(ruleOf(result, 'code-review').reason).toContain('security-relevant files changed since: db/grant.sql');
  });

  test('go stale when a threat model document changed since', () => {
    const result = gate({ reviews: [approve(bob, OLD), approve(carol)], changedSince: { [OLD]: ['docs/threat-model.md'] } }, STANDARD, keep);
    expect(result.status).toBe('pending');
  });

  test('go stale when a security commit was pushed since, and not when it was seen', () => {
    const record = recordOf(['README.md'], [], [
      { sha: sha(0xc0), header: 'security: rotate keys', type: 'security', breaking: false },
      { sha: HEAD, header: 'docs: explain the rotation', type: 'docs', breaking: false },
    ]);
    const commits = [commit(OLD), commit(sha(0xc0)), commit(HEAD)];
    const since = { changedSince: { [OLD]: ['README.md'], [sha(0xc0)]: ['README.md'] } };
    const after = gate({ ...since, commits, body: THREAT_MODEL, reviews: [approve(sam, OLD), approve(bob)] }, record, keep);
    expect(ruleOf(after, 'security-review').reason).toContain('security commits pushed since');
    const seen = gate({ ...since, commits, body: THREAT_MODEL, reviews: [approve(sam, sha(0xc0)), approve(bob)] }, record, keep);
    expect(seen.status).toBe('approved');
  });

  test('go stale on any change when a trigger names no file (the file list was truncated)', () => {
    const truncated = recordOf(['src/app.ts']);
    const record: ChangeRecord = { ...truncated, securityRelevant: true, triggers: [{ trigger: 'unverified', rule: 'snapshot.files-truncated', reason: 'x', evidence: [] }] };
    const reviews = [approve(sam, OLD), approve(bob)];
    expect(ruleOf(gate({ body: THREAT_MODEL, reviews, changedSince: { [OLD]: ['README.md'] } }, record, keep), 'security-review').status).toBe('pending');
    expect(ruleOf(gate({ body: THREAT_MODEL, reviews, changedSince: { [OLD]: [] } }, record, keep), 'security-review').status).toBe('approved');
  });
});

describe('roles', () => {
  test('a role that names nobody says so', () => {
    const result = evaluateGate(defaultGatePolicy, SECURITY, snapshot({ body: THREAT_MODEL, reviews: [approve(sam), approve(bob)] }), NOW);
    expect(ruleOf(result, 'security-review')).toMatchObject({ status: 'pending', reason: expect.stringContaining('nobody holds security-lead') });
  });

  test('team names compare case-insensitively', () => {
    const policy = policyWith({ roles: { 'security-lead': { teams: ['Maelstrom/Security'] } } });
    expect(gate({ body: THREAT_MODEL, reviews: [approve(sam), approve(bob)] }, SECURITY, policy).status).toBe('approved');
  });

  test('a user named by login is matched through the account id the action resolved', () => {
    const policy = policyWith({ roles: { 'security-lead': { users: [{ login: 'Sam' }] } } });
    const directory = { ...snapshot().directory, logins: { sam: sam.id } };
    expect(gate({ body: THREAT_MODEL, reviews: [approve(sam), approve(bob)], directory }, SECURITY, policy).status).toBe('approved');
    const someoneElse = { ...snapshot().directory, logins: { sam: 999 } };
    expect(gate({ body: THREAT_MODEL, reviews: [approve(sam), approve(bob)], directory: someoneElse }, SECURITY, policy).status).toBe('pending');
    expect(gate({ body: THREAT_MODEL, reviews: [approve(sam), approve(bob)] }, SECURITY, policy).status).toBe('error');
  });

  test('a role holder who does not count is named with the reason', () => {
    const result = gate({ body: THREAT_MODEL, reviews: [approve(sam, OLD), approve(bob)] }, SECURITY);
    expect(ruleOf(result, 'security-review').reason).toContain('not counted: @sam (given on a100000, not on the head a200000)');
  });
});

describe('emergencies', () => {
  test('a retrospective deadline once recorded is never moved later', () => {
    const base = { labels: emergencyLabels(alice), reviews: [approve(iris, HEAD, EARLIER)] };
    expect(gate({ ...base, retrospective: { issue: 9, due: '2026-03-31T12:00:00Z' } }, EMERGENCY_P1).retrospective?.due).toBe('2026-03-31T12:00:00.000Z');
    expect(gate({ ...base, retrospective: { issue: 9, due: '2026-04-09T12:00:00Z' } }, EMERGENCY_P1).retrospective?.due).toBe('2026-04-01T09:00:00.000Z');
  });

  test('an authorised emergency with changes requested is blocked, with no retrospective', () => {
    const result = gate({ labels: emergencyLabels(alice), reviews: [approve(iris), review(bob, 'CHANGES_REQUESTED')] }, EMERGENCY_P1);
    expect(result.status).toBe('blocked');
    expect(result.retrospective).toBeUndefined();
  });

  test('the earliest authorising approval sets the deadline', () => {
    const result = gate({ labels: emergencyLabels(alice), reviews: [approve(iris, HEAD, '2026-03-31T09:30:00Z'), approve(sam, HEAD, '2026-03-31T09:10:00Z')] }, recordOf(['src/auth/session.ts'], ['emergency']));
    expect(result.retrospective).toMatchObject({ role: 'security-lead', due: '2026-04-01T09:10:00.000Z' });
  });

  test('who added the emergency label is part of the explanation', () => {
    expect(ruleOf(gate({ labels: emergencyLabels(alice) }, EMERGENCY_P1), 'emergency-authorisation').reason).toContain('added by @alice, the author');
    expect(ruleOf(gate({ labels: [{ name: 'emergency' }] }, EMERGENCY_P1), 'emergency-authorisation').reason).toContain('added by someone unknown');
  });
});

describe('inputs that cannot be trusted give an error, never a verdict', () => {
  const cases: Array<[string, GatePolicy, ChangeRecord, Partial<PullRequestSnapshot> | null, Date]> = [
    ['an invalid date', POLICY, STANDARD, {}, new Date('not a date')],
    ['a hand-made policy needing no approvals', { ...POLICY, codeReview: { ...POLICY.codeReview, requiredApprovals: 0 } }, STANDARD, {}, NOW],
    ['a hand-made policy with an unknown role', { ...POLICY, securityReview: { roles: ['ciso' as 'security-lead'] } }, SECURITY, {}, NOW],
    ['no policy', null as unknown as GatePolicy, STANDARD, {}, NOW],
    ['no record', POLICY, null as unknown as ChangeRecord, {}, NOW],
    ['no snapshot', POLICY, STANDARD, null, NOW],
    ['a severity on a change that is not an emergency', POLICY, { ...STANDARD, severity: 'P0' }, {}, NOW],
    ['a record of an unknown change type', POLICY, { ...STANDARD, changeType: 'routine' as 'standard' }, {}, NOW],
    ['an approval without a time', POLICY, STANDARD, { reviews: [{ ...approve(bob), submitted_at: null }] }, NOW],
    ['a review of an unknown state', POLICY, STANDARD, { reviews: [{ ...approve(bob), state: 'APPROVE' as 'APPROVED' }] }, NOW],
    ['a pending team membership spelt differently', POLICY, STANDARD, { directory: { people: { 1: { permission: 'write', teams: { 'a/b': 'invited' as 'pending' } } }, logins: {} } }, NOW],
    ['no commits', POLICY, STANDARD, { commits: [] }, NOW],
    ['a policy login the action did not look up', POLICY, STANDARD, { directory: { people: {}, logins: {} } }, NOW],
    ['a review dated after the evaluation', POLICY, STANDARD, { reviews: [approve(bob, HEAD, '2026-03-31T10:06:00Z'), approve(carol)] }, NOW],
  ];
  test.each(cases)('%s', (_, policy, record, overrides, now) => {
    const result = evaluateGate(policy, record, (overrides === null ? null : snapshot({ reviews: [approve(bob), approve(carol)], ...overrides })) as PullRequestSnapshot, now);
    expect(result.status).toBe('error');
    expect(result.rules).toEqual([expect.objectContaining({ rule: 'inputs', status: 'error' })]);
    expect(result.rules[0]?.reason).not.toMatch(/^internal error/);
  });

  test('toGatePolicy and a direct policy agree', () => {
    expect(() => toGatePolicy({ 'code-review': { 'required-approvals': 0 } })).toThrow('required-approvals');
  });
});
