/** Legitimate approvals: the gate must let each through, and say who satisfied what. */
import { describe, expect, test } from 'vitest';
import type { ChangeRecord } from '@change-actions/classify';
import { evaluateGate, type GatePolicy, type GateResult, type PullRequestSnapshot } from '../src/index.ts';
import {
  ACCESS_CONTROL,
  CRYPTOGRAPHIC,
  EMERGENCY_P0,
  EMERGENCY_P1,
  EARLIER,
  HEAD,
  INFRASTRUCTURE,
  NOW,
  OLD,
  POLICY,
  SECURITY,
  SECURITY_INCIDENT,
  SLOT,
  STANDARD,
  THREAT_MODEL,
  alice,
  approve,
  bob,
  carol,
  commit,
  dependabot,
  emergencyLabels,
  iris,
  otto,
  policyWith,
  review,
  ruleOf,
  sam,
  snapshot,
} from './helpers.ts';

interface Case {
  snapshot: Partial<PullRequestSnapshot>;
  record?: ChangeRecord;
  policy?: GatePolicy;
  now?: Date;
  /** Further checks on the result. */
  then?: (result: GateResult) => void;
}

const keep = policyWith({ 'stale-approvals': { mode: 'keep-unless-security-relevant' } });
const logins = (result: GateResult, rule: Parameters<typeof ruleOf>[1]) => ruleOf(result, rule).satisfiedBy?.map((a) => a.login);

const DOCUMENT = ['# Verifier threat model', '', '## Assets', 'Session tokens.', '## Threats', '- Replay after logout.', '## Mitigations', '- Revocation on logout.'].join('\n');

const cases: Record<string, Case> = {
  'a standard change with two reviewers on the head': {
    snapshot: { reviews: [approve(bob), approve(carol)] },
    then: (result) => {
      expect(logins(result, 'code-review')).toEqual(['bob', 'carol']);
      expect(ruleOf(result, 'security-review').status).toBe('skipped');
    },
  },
  'a security-relevant change with the Security Lead and a threat model': {
    snapshot: { body: THREAT_MODEL, reviews: [approve(sam), approve(bob)] },
    record: SECURITY,
    then: (result) => expect(logins(result, 'security-review')).toEqual(['sam']),
  },
  'a threat model written with bold labels': {
    snapshot: {
      body: '## Threat Model\n- **Assets:** session tokens\n- **Threats**: replay after logout\n- **Mitigation** — revocation list, checked on every request\n',
      reviews: [approve(sam), approve(bob)],
    },
    record: SECURITY,
  },
  'a threat model document changed in the pull request': {
    snapshot: { files: [{ path: 'docs/threat-models/verifier.md', status: 'modified' }], documents: { 'docs/threat-models/verifier.md': DOCUMENT }, reviews: [approve(sam), approve(bob)] },
    record: SECURITY,
  },
  'a threat model written as a Markdown table in the body': {
    snapshot: {
      body: ['## Threat model', '', '| Assets | Threats | Mitigations |', '| --- | --- | --- |', '| session tokens | replay after logout | revoked on logout, 15 minute expiry |'].join('\n'),
      reviews: [approve(sam), approve(bob)],
    },
    record: SECURITY,
  },
  'a threat model document written as a table of parts': {
    snapshot: {
      files: [{ path: 'docs/threat-model.md', status: 'added' }],
      documents: { 'docs/threat-model.md': ['# Threat model: sessions', '', '| Part | |', '|---|---|', '| Assets | session tokens |', '| Threats | replay of a stolen token |', '| Mitigations | revocation on logout |'].join('\n') },
      reviews: [approve(sam), approve(bob)],
    },
    record: SECURITY,
  },
  'a threat model document linked from the body, found by the action': {
    snapshot: {
      body: 'Threat model: https://github.com/maelstrom/provii-verifier/blob/main/docs/threat-models/verifier.md#sessions',
      linkedDocuments: ['docs/threat-models/verifier.md'],
      documents: { 'docs/threat-models/verifier.md': DOCUMENT },
      reviews: [approve(sam), approve(bob)],
    },
    record: SECURITY,
  },
  'an emergency approved by the ISMS Owner, with the retrospective due 24 hours later': {
    snapshot: { labels: emergencyLabels(alice), reviews: [approve(iris, HEAD, EARLIER)] },
    record: EMERGENCY_P1,
    then: (result) => {
      expect(result.retrospective).toEqual({
        state: 'approved-pending-retrospective',
        authorisedAt: '2026-03-31T09:00:00.000Z',
        due: '2026-04-01T09:00:00.000Z',
        authorisedBy: { id: iris.id, login: 'iris' },
        role: 'isms-owner',
        deferred: ['code-review'],
      });
      expect(ruleOf(result, 'code-review')).toMatchObject({ status: 'skipped', reason: expect.stringContaining('deferred to the retrospective') });
      expect(result.summary).toBe('approved pending retrospective, due 2026-04-01T09:00:00.000Z');
    },
  },
  'a P0 emergency approved by the on-call engineer inside the slot': {
    snapshot: { labels: emergencyLabels(alice), reviews: [approve(otto, HEAD, SLOT.from)], retrospective: { issue: 77 } },
    record: EMERGENCY_P0,
    then: (result) => expect(result.retrospective).toMatchObject({ role: 'on-call', issue: 77, due: '2026-04-01T08:00:00.000Z' }),
  },
  'an on-call approval given in the slot still counts after the slot ended': {
    snapshot: { labels: emergencyLabels(alice), reviews: [approve(otto, HEAD, '2026-03-31T19:59:00Z')] },
    record: EMERGENCY_P0,
    now: new Date('2026-03-31T22:00:00Z'),
    then: (result) => expect(result.retrospective?.authorisedBy.login).toBe('otto'),
  },
  'a security incident authorised by the Security Lead': {
    snapshot: { labels: emergencyLabels(alice), reviews: [approve(sam)] },
    record: SECURITY_INCIDENT,
    then: (result) => expect(result.retrospective?.deferred).toEqual(['code-review', 'threat-model']),
  },
  'an emergency claim that is not authorised, on a change that meets the ordinary rules': {
    snapshot: { labels: emergencyLabels(alice), reviews: [approve(bob), approve(carol)] },
    record: EMERGENCY_P1,
    then: (result) => {
      expect(result.retrospective).toBeUndefined();
      expect(ruleOf(result, 'emergency-authorisation').status).toBe('skipped');
    },
  },
  'sole-operator self-review with green CI, the risk recorded': {
    snapshot: { requiredChecks: 'success' },
    policy: policyWith({ 'code-review': { mode: 'sole-operator', 'risk-reference': 'Risk register R-7' } }),
    then: (result) => expect(result.acceptedRisk?.reference).toBe('Risk register R-7'),
  },
  'sole-operator mode with two approvals records no risk': {
    snapshot: { reviews: [approve(bob), approve(carol)], requiredChecks: 'pending' },
    policy: policyWith({ 'code-review': { mode: 'sole-operator' } }),
    then: (result) => expect(result.acceptedRisk).toBeUndefined(),
  },
  'keep-unless-security-relevant keeps approvals across a docs-only push': {
    snapshot: {
      body: THREAT_MODEL,
      reviews: [approve(sam, OLD), approve(bob, OLD)],
      changedSince: { [OLD]: ['README.md', 'docs/usage.md'] },
    },
    record: SECURITY,
    policy: keep,
    then: (result) => {
      expect(ruleOf(result, 'code-review').reason).toContain('none security-relevant');
      expect(result.staleReviews).toEqual([]);
    },
  },
  'an infrastructure change with the ISMS Owner': {
    snapshot: { body: THREAT_MODEL, reviews: [approve(iris), approve(sam)] },
    record: INFRASTRUCTURE,
    then: (result) => expect(logins(result, 'infrastructure')).toEqual(['iris']),
  },
  'an access control change with the Security Lead': {
    snapshot: { body: THREAT_MODEL, reviews: [approve(sam), approve(carol)] },
    record: ACCESS_CONTROL,
  },
  'a cryptographic change with a documented self-review': {
    snapshot: { body: `${THREAT_MODEL}\n\n## Cryptographic self-review\nChecked nonce reuse and constant-time comparison; property tests added.`, reviews: [approve(sam), approve(bob)] },
    record: CRYPTOGRAPHIC,
    policy: policyWith({ cryptographic: { review: 'self-review' } }),
  },
  'a standard change approved after an earlier change request': {
    snapshot: { reviews: [review(carol, 'CHANGES_REQUESTED', OLD), approve(bob), approve(carol)] },
  },
  'a comment after an approval does not erase it': {
    snapshot: { reviews: [approve(bob), review(bob, 'COMMENTED'), approve(carol), review(carol, 'PENDING')] },
  },
  'an approval given again after a dismissal': {
    snapshot: { reviews: [{ ...approve(bob, OLD), state: 'DISMISSED' }, approve(bob), approve(carol)] },
  },
  'a dependency update opened by a bot, approved by two people': {
    snapshot: {
      author: dependabot,
      commits: [commit(HEAD, dependabot, { id: 19864447, login: 'web-flow' })],
      reviews: [approve(bob), approve(carol)],
    },
  },
};

describe('legitimate approvals', () => {
  test.each(Object.entries(cases))('%s is approved', (_, c) => {
    const result = evaluateGate(c.policy ?? POLICY, c.record ?? STANDARD, snapshot(c.snapshot), c.now ?? NOW);
    expect(result.status, JSON.stringify(result.rules, null, 1)).toBe('approved');
    expect(result.summary).toMatch(/^approved/);
    c.then?.(result);
  });

  test('there are at least 8 of them', () => {
    expect(Object.keys(cases).length).toBeGreaterThanOrEqual(8);
  });
});

test('the author of an approved change is never among those who satisfied it', () => {
  for (const c of Object.values(cases)) {
    const result = evaluateGate(c.policy ?? POLICY, c.record ?? STANDARD, snapshot(c.snapshot), c.now ?? NOW);
    const author = c.snapshot.author ?? alice;
    for (const rule of result.rules) expect(rule.satisfiedBy?.map((a) => a.id) ?? []).not.toContain(author.id);
  }
});
