/**
 * Properties over generated pull requests: a cast of people reviewing in any order and state, on
 * any commit, under every policy mode and change record the tables use.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluateGate, type Actor, type GateResult, type PullRequestSnapshot, type Review } from '../src/index.ts';
import {
  ACCESS_CONTROL,
  CRYPTOGRAPHIC,
  EMERGENCY_P0,
  EMERGENCY_P1,
  HEAD,
  INFRASTRUCTURE,
  OLD,
  POLICY,
  SECURITY,
  SECURITY_INCIDENT,
  STANDARD,
  THREAT_MODEL,
  alice,
  bob,
  carol,
  commit,
  dave,
  dependabot,
  emergencyLabels,
  erin,
  iris,
  mallory,
  otto,
  pete,
  policyWith,
  sam,
  sha,
  snapshot,
} from './helpers.ts';

const cast = [bob, carol, dave, erin, sam, iris, otto, pete, mallory, dependabot];
// Mostly approvals, so that generated pull requests are often close to approved.
const state = fc.oneof(
  { arbitrary: fc.constant('APPROVED' as const), weight: 12 },
  { arbitrary: fc.constantFrom('CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED', 'PENDING'), weight: 3 },
);
const times = ['2026-03-31T07:00:00Z', '2026-03-31T09:00:00Z', '2026-03-31T09:30:00Z', '2026-03-31T21:00:00Z'];

const reviewBy = (users: fc.Arbitrary<Actor | null>): fc.Arbitrary<Omit<Review, 'id'>> =>
  fc.record({ user: users, state, commit: fc.constantFrom<string | null>(HEAD, HEAD, OLD, null, sha(0xbad)), at: fc.constantFrom(...times) }).map(
    ({ user, state, commit: commitId, at }) => ({ user, state, commit_id: commitId, ...(state === 'PENDING' ? {} : { submitted_at: at }) }),
  );

const numbered = (reviews: ReadonlyArray<Omit<Review, 'id'>>): Review[] => reviews.map((r, index) => ({ ...r, id: index + 1 }) as Review);

const scenario = fc.record({
  policy: fc.constantFrom(
    POLICY,
    policyWith({ 'stale-approvals': { mode: 'keep-unless-security-relevant' } }),
    policyWith({ 'code-review': { mode: 'sole-operator' } }),
    policyWith({ cryptographic: { review: 'self-review' }, 'code-review': { 'required-approvals': 1 } }),
  ),
  record: fc.constantFrom(STANDARD, SECURITY, INFRASTRUCTURE, ACCESS_CONTROL, CRYPTOGRAPHIC, EMERGENCY_P0, EMERGENCY_P1, SECURITY_INCIDENT),
  reviews: fc.array(reviewBy(fc.option(fc.constantFrom(...cast), { freq: 12 })), { maxLength: 12 }),
  committers: fc.subarray([dave, erin, iris]),
  body: fc.constantFrom('', THREAT_MODEL, '## Threat model\n### Assets\n### Threats\n### Mitigations'),
  changedSince: fc.constantFrom<Array<readonly string[] | 'unknown'>>(['README.md'], ['src/auth/session.ts'], 'unknown', []),
  requiredChecks: fc.constantFrom('success', 'pending', 'failure', 'none') as fc.Arbitrary<PullRequestSnapshot['requiredChecks']>,
  emergencyLabel: fc.boolean(),
  // After every review time: a review dated after the evaluation is a garbled snapshot (an error).
  now: fc.constantFrom(new Date('2026-03-31T21:30:00Z'), new Date('2026-04-01T09:00:00Z')),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function pullRequest(s: Scenario, reviews: Review[]): PullRequestSnapshot {
  return snapshot({
    body: s.body,
    reviews,
    commits: [commit(OLD, alice, s.committers[0] ?? alice), commit(HEAD, alice, alice, s.committers.slice(1))],
    changedSince: { [OLD]: s.changedSince },
    requiredChecks: s.requiredChecks,
    labels: s.emergencyLabel ? emergencyLabels(alice) : [],
  });
}

const run = (s: Scenario, reviews: Review[]) => evaluateGate(s.policy, s.record, pullRequest(s, reviews), s.now);

/** The decision without its wording. */
const decision = (result: GateResult) => ({
  status: result.status,
  rules: result.rules.map((rule) => [rule.rule, rule.status, rule.satisfiedBy]),
  staleReviews: result.staleReviews,
  retrospective: result.retrospective,
  acceptedRisk: result.acceptedRisk,
});

describe('properties', () => {
  test('adding a review by the author never changes the outcome', () => {
    fc.assert(
      fc.property(scenario, reviewBy(fc.constant(alice)), fc.nat(), (s, extra, at) => {
        const reviews = numbered(s.reviews);
        const withAuthor = [...reviews];
        withAuthor.splice(at % (reviews.length + 1), 0, { ...extra, id: 999 } as Review);
        expect(decision(run(s, withAuthor))).toEqual(decision(run(s, reviews)));
      }),
      { numRuns: 1500 },
    );
  });

  test('removing an approval never turns a change that is not approved into an approved one', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), (s, pick) => {
        const reviews = numbered(s.reviews);
        const approvals = reviews.filter((r) => r.state === 'APPROVED');
        fc.pre(approvals.length > 0);
        const removed = approvals[pick % approvals.length];
        const before = run(s, reviews).status;
        const after = run(s, reviews.filter((r) => r !== removed)).status;
        if (before !== 'approved') expect(after).not.toBe('approved');
      }),
      { numRuns: 1500 },
    );
  });

  test('an approved result always names, for each approval rule, someone who is neither the author nor a committer', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const result = run(s, numbered(s.reviews));
        if (result.status !== 'approved') return;
        const makers = new Set([alice.id, ...s.committers.map((c) => c.id)]);
        for (const rule of result.rules) for (const account of rule.satisfiedBy ?? []) expect(makers.has(account.id)).toBe(false);
      }),
      { numRuns: 1500 },
    );
  });

  const anything = fc.anything({ withNullPrototype: true, withDate: true, withMap: true, withTypedArray: true, withSparseArray: true, maxDepth: 3 });
  const fields = Object.keys(snapshot());

  test('never throws, and never needs its last-resort catch, on arbitrary snapshots', () => {
    const mutated = fc.oneof(
      anything,
      fc.tuple(scenario, fc.constantFrom(...fields), anything).map(([s, key, value]) => ({ ...pullRequest(s, numbered(s.reviews)), [key]: value })),
      fc.tuple(scenario, fc.array(anything, { maxLength: 4 })).map(([s, reviews]) => pullRequest(s, reviews as Review[])),
      fc.tuple(scenario, anything).map(([s, value]) => ({ ...pullRequest(s, numbered(s.reviews)), directory: { people: { 2: value }, logins: {} } })),
    );
    fc.assert(
      fc.property(mutated, scenario, (value, s) => {
        const result = evaluateGate(s.policy, s.record, value as PullRequestSnapshot, s.now);
        expect(['approved', 'pending', 'blocked', 'error']).toContain(result.status);
        for (const rule of result.rules) expect(rule.reason).not.toMatch(/^internal error/);
      }),
      { numRuns: 2000 },
    );
  });

  test('never throws on arbitrary change records', () => {
    const mutated = fc.tuple(fc.constantFrom(STANDARD, SECURITY, EMERGENCY_P0), fc.constantFrom('changeType', 'severity', 'securityRelevant', 'special', 'triggers', 'decisions'), anything).map(
      ([record, key, value]) => ({ ...record, [key]: value }),
    );
    fc.assert(
      fc.property(mutated, scenario, (record, s) => {
        const result = evaluateGate(s.policy, record as typeof STANDARD, pullRequest(s, numbered(s.reviews)), s.now);
        for (const rule of result.rules) expect(rule.reason).not.toMatch(/^internal error/);
      }),
      { numRuns: 1000 },
    );
  });
});
