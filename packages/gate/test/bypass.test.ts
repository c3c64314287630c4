/**
 * Bypass attempts: each is one step away from an approved change, and the step is the trick. None
 * may pass, and each must be held up by the rule that sees through it.
 */
import { describe, expect, test } from 'vitest';
import type { ChangeRecord } from '@change-actions/classify';
import { evaluateGate, type GatePolicy, type PullRequestSnapshot, type Review, type RuleName } from '../src/index.ts';
import {
  ACCESS_CONTROL,
  EMERGENCY_P0,
  EMERGENCY_P1,
  EARLIER,
  HEAD,
  INFRASTRUCTURE,
  NOW,
  OLD,
  POLICY,
  SECURITY,
  SLOT,
  STANDARD,
  THREAT_MODEL,
  alice,
  approve,
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
  review,
  ruleOf,
  sam,
  sha,
  snapshot,
} from './helpers.ts';

interface Attempt {
  snapshot: Partial<PullRequestSnapshot>;
  record?: ChangeRecord;
  policy?: GatePolicy;
  now?: Date;
  /** The rule that must hold the change up. */
  heldBy: RuleName;
}

const keep = policyWith({ 'stale-approvals': { mode: 'keep-unless-security-relevant' } });
const secured = (reviews: Review[], body = THREAT_MODEL): Partial<PullRequestSnapshot> => ({ body, reviews });
const lgtm = Array.from({ length: 148 }, (_, index) => review({ id: 5000 + index, login: `watcher-${index}`, type: 'User' }, 'COMMENTED'));

const attempts: Record<string, Attempt> = {
  'self-approval by the author': { snapshot: { reviews: [approve(alice), approve(bob)] }, heldBy: 'code-review' },
  'approval on an old SHA after a push (approvals count only on the head)': {
    snapshot: { reviews: [approve(bob, OLD), approve(carol)] },
    heldBy: 'code-review',
  },
  'approval by a pending member of the Security Lead team': {
    snapshot: secured([approve(pete), approve(bob), approve(carol)]),
    record: SECURITY,
    heldBy: 'security-review',
  },
  'a policy weakened inside the pull request: the snapshot carries no policy, the action reads it from base': {
    snapshot: {
      files: [{ path: '.github/change-policy.yml', status: 'modified' }],
      body: 'gate:\n  code-review:\n    mode: sole-operator',
      reviews: [approve(bob)],
      // Whatever an adapter might smuggle in, the engine reads only the policy it is given.
      ...({ policy: policyWith({ 'code-review': { mode: 'sole-operator' } }) } as object),
    },
    heldBy: 'code-review',
  },
  'approval by a bot account': { snapshot: { reviews: [approve(dependabot), approve(bob)] }, heldBy: 'code-review' },
  'approval by a bot whose type says User': {
    snapshot: { reviews: [approve({ id: 29139614, login: 'renovate[bot]', type: 'User' }), approve(bob)] },
    heldBy: 'code-review',
  },
  'approval by a committer who is not the author': {
    snapshot: { commits: [commit(OLD, alice, dave), commit(HEAD)], reviews: [approve(dave), approve(bob)] },
    heldBy: 'code-review',
  },
  'approval by the author of a commit who is not the pull request author': {
    snapshot: { commits: [commit(OLD, dave, alice), commit(HEAD)], reviews: [approve(dave), approve(bob)] },
    heldBy: 'code-review',
  },
  'approval by a co-author, matched by id': {
    snapshot: { commits: [commit(OLD), commit(HEAD, alice, alice, [erin])], reviews: [approve(erin), approve(bob)] },
    heldBy: 'code-review',
  },
  'a co-author renamed since: the login differs, the id does not': {
    snapshot: { commits: [commit(OLD), commit(HEAD, alice, alice, [{ id: erin.id, login: 'erin-old' }])], reviews: [approve(erin), approve(bob)] },
    heldBy: 'code-review',
  },
  'a dismissed review': {
    snapshot: { reviews: [{ ...approve(carol), state: 'DISMISSED' }, approve(bob)] },
    heldBy: 'code-review',
  },
  'a later changes-requested': {
    snapshot: { reviews: [approve(bob), approve(carol), review(carol, 'CHANGES_REQUESTED')] },
    heldBy: 'changes-requested',
  },
  'a change request followed by a comment (a comment does not clear it)': {
    snapshot: { reviews: [review(carol, 'CHANGES_REQUESTED'), review(carol, 'COMMENTED'), approve(bob), approve(sam)] },
    heldBy: 'changes-requested',
  },
  'a comment "LGTM" or 👍 instead of a review (comments are not in the snapshot at all)': {
    snapshot: {
      reviews: [review(carol, 'COMMENTED'), approve(bob)],
      ...({ comments: [{ user: carol, body: 'LGTM' }, { user: dave, body: '👍' }] } as object),
    },
    heldBy: 'code-review',
  },
  'a reviewer whose only approval is still PENDING (not submitted)': {
    snapshot: { reviews: [review(carol, 'PENDING'), approve(bob)] },
    heldBy: 'code-review',
  },
  'an approval by a deleted account': { snapshot: { reviews: [review(null, 'APPROVED'), approve(bob)] }, heldBy: 'code-review' },
  'approvals by someone with read permission only (anyone can review a public repository)': {
    snapshot: { reviews: [approve(mallory), approve(bob)] },
    heldBy: 'code-review',
  },
  'more reviews than one page: 150 reviews, the second approval on page 2 by a committer': {
    snapshot: {
      commits: [commit(OLD, alice, dave), commit(HEAD)],
      reviews: [approve(bob), ...lgtm.slice(0, 118), approve(dave), ...lgtm.slice(118)],
    },
    heldBy: 'code-review',
  },
  'an approval on a commit that is not in the pull request': {
    snapshot: { reviews: [approve(bob, sha(0xbad)), approve(carol)] },
    policy: keep,
    heldBy: 'code-review',
  },
  'kept approvals when the files changed since are unknown': {
    snapshot: { reviews: [approve(bob, OLD), approve(carol)], changedSince: { [OLD]: 'unknown' } },
    policy: keep,
    heldBy: 'code-review',
  },
  'a Security Lead approval given before a security-relevant push': {
    snapshot: { ...secured([approve(sam, OLD), approve(bob), approve(carol)]), changedSince: { [OLD]: ['src/auth/session.ts', 'README.md'] } },
    record: SECURITY,
    policy: keep,
    heldBy: 'security-review',
  },
  'a threat model section with only headings': {
    snapshot: secured([approve(sam), approve(bob)], '## Threat model\n### Assets\n### Threats\n### Mitigations\n'),
    record: SECURITY,
    heldBy: 'threat-model',
  },
  'a threat model of template comments and placeholders': {
    snapshot: secured([approve(sam), approve(bob)], '## Threat model\n<!-- list the assets -->\n**Assets:** TODO\n**Threats:** TBD\n- **Mitigations**: N/A\n'),
    record: SECURITY,
    heldBy: 'threat-model',
  },
  'a threat model section missing one part': {
    snapshot: secured([approve(sam), approve(bob)], THREAT_MODEL.split('### Mitigations')[0] ?? ''),
    record: SECURITY,
    heldBy: 'threat-model',
  },
  'a threat model heading inside a code block': {
    snapshot: secured([approve(sam), approve(bob)], `\`\`\`\n${THREAT_MODEL}\n\`\`\``),
    record: SECURITY,
    heldBy: 'threat-model',
  },
  'a link to a threat model in another repository': {
    snapshot: secured([approve(sam), approve(bob)], 'See https://github.com/evil/fork/blob/main/docs/threat-model.md'),
    record: SECURITY,
    heldBy: 'threat-model',
  },
  'a link to a threat model document the action did not find': {
    snapshot: secured([approve(sam), approve(bob)], 'See [the model](docs/threat-models/verifier.md)'),
    record: SECURITY,
    heldBy: 'threat-model',
  },
  'a removed threat model document': {
    snapshot: { ...secured([approve(sam), approve(bob)], ''), files: [{ path: 'docs/threat-model.md', status: 'removed' }] },
    record: SECURITY,
    heldBy: 'threat-model',
  },
  'an emergency label added by the author without an authorised approver': {
    snapshot: { labels: emergencyLabels(alice), reviews: [approve(bob)] },
    record: EMERGENCY_P0,
    heldBy: 'emergency-authorisation',
  },
  'an expired on-call slot': {
    snapshot: { labels: emergencyLabels(alice), reviews: [approve(otto, HEAD, '2026-03-31T21:00:00Z')] },
    record: EMERGENCY_P0,
    now: new Date('2026-03-31T22:00:00Z'),
    heldBy: 'emergency-authorisation',
  },
  'an on-call slot that has not started': {
    snapshot: { labels: emergencyLabels(alice), reviews: [approve(otto, HEAD, '2026-03-31T07:59:59Z')] },
    record: EMERGENCY_P0,
    heldBy: 'emergency-authorisation',
  },
  'a P1 emergency approved by on-call only (on-call authorises P0 only)': {
    snapshot: { labels: [{ name: 'emergency', addedBy: otto }, { name: 'severity:P1', addedBy: otto }], reviews: [approve(otto)] },
    record: EMERGENCY_P1,
    heldBy: 'emergency-authorisation',
  },
  'an emergency that is no security incident authorised by the Security Lead': {
    snapshot: { labels: emergencyLabels(sam), reviews: [approve(sam)] },
    record: EMERGENCY_P1,
    heldBy: 'emergency-authorisation',
  },
  'an ISMS Owner approval when the ISMS Owner is the author': {
    snapshot: { author: iris, commits: [commit(OLD, iris, iris), commit(HEAD, iris, iris)], labels: emergencyLabels(iris), reviews: [approve(iris), approve(bob)] },
    record: EMERGENCY_P1,
    heldBy: 'emergency-authorisation',
  },
  'an ISMS Owner approval when the ISMS Owner committed to the change': {
    snapshot: { commits: [commit(OLD, alice, iris), commit(HEAD)], labels: emergencyLabels(alice), reviews: [approve(iris)] },
    record: EMERGENCY_P1,
    heldBy: 'emergency-authorisation',
  },
  "an impostor with the ISMS Owner's login but another account id": {
    snapshot: { labels: emergencyLabels(alice), reviews: [approve({ id: 666, login: 'iris', type: 'User' })] },
    record: EMERGENCY_P1,
    heldBy: 'emergency-authorisation',
  },
  'an infrastructure change without the ISMS Owner': {
    snapshot: secured([approve(sam), approve(bob)]),
    record: INFRASTRUCTURE,
    heldBy: 'infrastructure',
  },
  'an access control change approved by the ISMS Owner instead of the Security Lead': {
    snapshot: secured([approve(iris), approve(bob)]),
    record: ACCESS_CONTROL,
    heldBy: 'access-control',
  },
  'a change record stripped of its infrastructure kind': {
    snapshot: secured([approve(sam), approve(bob)]),
    record: { ...INFRASTRUCTURE, special: [] },
    heldBy: 'inputs',
  },
  'a change record claiming no security relevance despite its triggers': {
    snapshot: { reviews: [approve(bob), approve(carol)] },
    record: { ...SECURITY, securityRelevant: false },
    heldBy: 'inputs',
  },
  'a commit by an email that maps to no GitHub account': {
    snapshot: { commits: [commit(OLD, null, alice), commit(HEAD)], reviews: [approve(bob), approve(carol)] },
    heldBy: 'commit-identities',
  },
  'a co-author that maps to no GitHub account': {
    snapshot: { commits: [commit(OLD), commit(HEAD, alice, alice, [null])], reviews: [approve(bob), approve(carol)] },
    heldBy: 'commit-identities',
  },
  'more commits than GitHub lists (committers not all known)': {
    snapshot: { commitsTruncated: true, reviews: [approve(bob), approve(carol)] },
    heldBy: 'inputs',
  },
  'a head that is not among the commits': {
    snapshot: { headSha: sha(0xfeed), reviews: [approve(bob, sha(0xfeed)), approve(carol, sha(0xfeed))] },
    heldBy: 'inputs',
  },
  'reviews listed twice (overlapping pages)': {
    snapshot: (() => {
      const once = approve(bob);
      return { reviews: [once, once] };
    })(),
    heldBy: 'inputs',
  },
  'sole-operator mode with a failing required check': {
    snapshot: { requiredChecks: 'failure' },
    policy: policyWith({ 'code-review': { mode: 'sole-operator' } }),
    heldBy: 'code-review',
  },
  'sole-operator mode with no required checks at all': {
    snapshot: { requiredChecks: 'none' },
    policy: policyWith({ 'code-review': { mode: 'sole-operator' } }),
    heldBy: 'code-review',
  },
  'an ISMS Owner approval given before the emergency label was added': {
    snapshot: { labels: emergencyLabels(alice, '2026-03-31T09:30:00Z'), reviews: [approve(iris, HEAD, EARLIER)] },
    record: EMERGENCY_P1,
    heldBy: 'emergency-authorisation',
  },
  'an on-call approval given before the P0 severity label was added': {
    snapshot: {
      labels: [
        { name: 'emergency', addedBy: alice, addedAt: '2026-03-31T07:30:00Z' },
        { name: 'severity:P0', addedBy: alice, addedAt: '2026-03-31T09:30:00Z' },
      ],
      reviews: [approve(otto, HEAD, EARLIER)],
    },
    record: EMERGENCY_P0,
    heldBy: 'emergency-authorisation',
  },
  'an emergency whose signals cannot be dated (no timeline)': {
    snapshot: { labels: [{ name: 'emergency' }, { name: 'severity:P0' }], reviews: [approve(iris, HEAD, EARLIER)] },
    record: EMERGENCY_P1,
    heldBy: 'emergency-authorisation',
  },
  'an emergency re-evaluated after its retrospective is overdue': {
    snapshot: { labels: emergencyLabels(alice), reviews: [approve(iris, HEAD, EARLIER)], retrospective: { issue: 77, due: '2026-04-01T09:00:00.000Z' } },
    record: EMERGENCY_P1,
    now: new Date('2026-04-02T10:00:00Z'),
    heldBy: 'emergency-authorisation',
  },
  'a changed threat model document with only headings': {
    snapshot: { files: [{ path: 'docs/threat-models/verifier.md', status: 'modified' }], documents: { 'docs/threat-models/verifier.md': '# Threat model\n## Assets\n## Threats\n## Mitigations\n' }, reviews: [approve(sam), approve(bob)] },
    record: SECURITY,
    heldBy: 'threat-model',
  },
  'a linked threat model document that is empty': {
    snapshot: { body: 'See docs/threat-models/verifier.md and [it](docs/threat-models/verifier.md).', linkedDocuments: ['docs/threat-models/verifier.md'], documents: { 'docs/threat-models/verifier.md': '' }, reviews: [approve(sam), approve(bob)] },
    record: SECURITY,
    heldBy: 'threat-model',
  },
  'a changed threat model document whose text was not read': {
    snapshot: { files: [{ path: 'docs/threat-model.md', status: 'added' }], reviews: [approve(sam), approve(bob)] },
    record: SECURITY,
    heldBy: 'threat-model',
  },
  'a threat model table whose cells are placeholders': {
    snapshot: { body: '## Threat model\n| Assets | Threats | Mitigations |\n|---|---|---|\n| TODO | TBD | n/a |\n', reviews: [approve(sam), approve(bob)] },
    record: SECURITY,
    heldBy: 'threat-model',
  },
  'sole-operator mode does not waive the Security Lead': {
    snapshot: { body: THREAT_MODEL },
    record: SECURITY,
    policy: policyWith({ 'code-review': { mode: 'sole-operator' } }),
    heldBy: 'security-review',
  },
};

describe('bypass attempts', () => {
  test.each(Object.entries(attempts))('%s is not approved', (_, attempt) => {
    const result = evaluateGate(attempt.policy ?? POLICY, attempt.record ?? STANDARD, snapshot(attempt.snapshot), attempt.now ?? NOW);
    expect(result.status).not.toBe('approved');
    expect(result.retrospective?.state).not.toBe('approved-pending-retrospective');
    expect(result.acceptedRisk).toBeUndefined();
    expect(['pending', 'blocked', 'error']).toContain(ruleOf(result, attempt.heldBy).status);
  });

  test('there are at least 16 of them', () => {
    expect(Object.keys(attempts).length).toBeGreaterThanOrEqual(16);
  });

  test('without the trick, each scenario family is approved (the attempts are one step away)', () => {
    const base = [approve(bob), approve(carol)];
    expect(evaluateGate(POLICY, STANDARD, snapshot({ reviews: base }), NOW).status).toBe('approved');
    expect(evaluateGate(POLICY, SECURITY, snapshot({ body: THREAT_MODEL, reviews: [approve(sam), approve(bob)] }), NOW).status).toBe('approved');
    expect(evaluateGate(POLICY, EMERGENCY_P0, snapshot({ labels: emergencyLabels(alice), reviews: [approve(otto, HEAD, SLOT.from)] }), NOW).status).toBe('approved');
    expect(evaluateGate(POLICY, EMERGENCY_P1, snapshot({ labels: emergencyLabels(alice), reviews: [approve(iris, HEAD, EARLIER)] }), NOW).status).toBe('approved');
  });
});
