/**
 * Builders for gate test tables: a cast of people, a policy naming them, change records made by
 * classify itself, and snapshots one step away from approval.
 */
import { classify, defaultClassifyPolicy, type ChangedFile as ClassifyFile, type ChangeRecord, type CommitHeader } from '@change-actions/classify';
import {
  evaluateGate,
  toGatePolicy,
  type Actor,
  type Commit,
  type GatePolicy,
  type GatePolicyDocument,
  type GateResult,
  type PullRequestSnapshot,
  type Review,
  type ReviewState,
  type RuleName,
} from '../src/index.ts';

/** Tuesday 31 March 2026, 10:00 UTC. */
export const NOW = new Date('2026-03-31T10:00:00Z');
export const EARLIER = '2026-03-31T09:00:00Z';

export const sha = (n: number) => n.toString(16).padEnd(40, '0');
export const OLD = sha(0xa1);
export const HEAD = sha(0xa2);

const user = (id: number, login: string, type: Actor['type'] = 'User'): Actor => ({ id, login, type });
export const alice = user(1, 'alice'); // the author
export const bob = user(2, 'bob');
export const carol = user(3, 'carol');
export const dave = user(4, 'dave'); // commits to alice's branch
export const erin = user(5, 'erin'); // co-author
export const sam = user(10, 'sam'); // Security Lead, active member of maelstrom/security
export const iris = user(11, 'iris'); // ISMS Owner, by login
export const otto = user(12, 'otto'); // on call, by id, today 08:00–20:00
export const pete = user(13, 'pete'); // pending member of maelstrom/security
export const mallory = user(20, 'mallory'); // read permission only
export const dependabot = user(49699333, 'dependabot[bot]', 'Bot');

export const SLOT = { from: '2026-03-31T08:00:00Z', until: '2026-03-31T20:00:00Z' };

export const gateDocument: GatePolicyDocument = {
  roles: {
    'security-lead': { teams: ['maelstrom/security'] },
    'isms-owner': { users: [{ login: 'iris' }] },
    'on-call': { users: [{ id: otto.id, ...SLOT }] },
  },
};
export const POLICY = toGatePolicy(gateDocument);

/** The policy with `overrides` merged into the test document. */
export function policyWith(overrides: GatePolicyDocument): GatePolicy {
  return toGatePolicy({ ...gateDocument, ...overrides });
}

export function review(reviewer: Actor | null, state: ReviewState, commit: string | null = HEAD, at: string | null = EARLIER): Review {
  reviewCounter += 1;
  return { id: reviewCounter, user: reviewer, state, commit_id: commit, ...(state === 'PENDING' ? {} : { submitted_at: at }) };
}
let reviewCounter = 1000;

export const approve = (reviewer: Actor, commit = HEAD, at = EARLIER) => review(reviewer, 'APPROVED', commit, at);

export function commit(n: string, author: Commit['author'] = alice, committer: Commit['committer'] = alice, coAuthors?: Commit['coAuthors']): Commit {
  return { sha: n, author, committer, ...(coAuthors === undefined ? {} : { coAuthors }) };
}

const write = { permission: 'write', teams: {} } as const;

export function snapshot(overrides: Partial<PullRequestSnapshot> = {}): PullRequestSnapshot {
  return {
    repository: 'maelstrom/provii-verifier',
    number: 42,
    author: alice,
    headSha: HEAD,
    body: '',
    labels: [],
    commits: [commit(OLD), commit(HEAD)],
    files: [{ path: 'src/app.ts', status: 'modified' }],
    reviews: [],
    changedSince: {},
    directory: {
      people: {
        [alice.id]: write,
        [bob.id]: write,
        [carol.id]: write,
        [dave.id]: write,
        [erin.id]: write,
        [sam.id]: { permission: 'admin', teams: { 'maelstrom/security': 'active' } },
        [iris.id]: { permission: 'admin', teams: {} },
        [otto.id]: write,
        [pete.id]: { permission: 'write', teams: { 'maelstrom/security': 'pending' } },
        [mallory.id]: { permission: 'read', teams: {} },
      },
      logins: { iris: iris.id },
    },
    requiredChecks: 'success',
    linkedDocuments: [],
    createdAt: '2026-03-31T07:00:00Z',
    ...overrides,
  };
}

const edited = (path: string): ClassifyFile => ({ path, status: 'modified', binary: false, additions: [{ line: 1, text: 'changed' }] });

const fix: CommitHeader = { sha: HEAD, header: 'fix: a change', type: 'fix', breaking: false };

/** The record classify makes of a pull request changing `paths`, with `labels` and `commits`. */
export function recordOf(paths: readonly string[], labels: readonly string[] = [], commits: readonly CommitHeader[] = [fix]): ChangeRecord {
  return classify(
    defaultClassifyPolicy,
    {
      event: 'pull_request',
      labels,
      branch: 'feature/change',
      title: 'fix: a change',
      body: '',
      commits,
      files: paths.map(edited),
    },
    NOW,
  );
}

export const STANDARD = recordOf(['src/app.ts']);
export const SECURITY = recordOf(['src/auth/session.ts']);
export const INFRASTRUCTURE = recordOf(['config/kv/namespaces.json']);
export const ACCESS_CONTROL = recordOf(['.github/settings.yml']);
export const CRYPTOGRAPHIC = recordOf(['src/crypto/sign.ts']);
export const EMERGENCY_P0 = recordOf(['src/app.ts'], ['emergency', 'severity:P0']);
export const EMERGENCY_P1 = recordOf(['src/app.ts'], ['emergency', 'severity:P1']);
export const SECURITY_INCIDENT = recordOf(['src/auth/session.ts'], ['emergency', 'severity:P1']);

export const THREAT_MODEL = [
  'Tightens session expiry.',
  '',
  '## Threat model',
  '',
  '### Assets',
  'Session tokens of verifier users.',
  '### Threats',
  '- Replay of a stolen token after logout.',
  '### Mitigations',
  '- Tokens expire after 15 minutes and are revoked on logout.',
].join('\n');

/** When the pull request was opened and its emergency labels added: before every approval in the tables. */
export const OPENED = '2026-03-31T07:00:00Z';
export const LABELLED = '2026-03-31T07:30:00Z';

export const emergencyLabels = (addedBy = alice, addedAt = LABELLED) => [
  { name: 'emergency', addedBy, addedAt },
  { name: 'severity:P0', addedBy, addedAt },
];

export function gate(overrides: Partial<PullRequestSnapshot>, record: ChangeRecord = STANDARD, policy: GatePolicy = POLICY, now = NOW): GateResult {
  return evaluateGate(policy, record, snapshot(overrides), now);
}

export function ruleOf(result: GateResult, name: RuleName) {
  const rule = result.rules.find((r) => r.rule === name);
  if (rule === undefined) throw new Error(`no rule ${name} in ${JSON.stringify(result.rules)}`);
  return rule;
}
