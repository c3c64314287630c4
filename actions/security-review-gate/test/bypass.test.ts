/**
 * Bypass attempts, end to end: the bundle run as the runner runs it against the GitHub stand-in.
 * Each attempt is one trick away from an approved pull request; none may pass, judged both by the
 * step's `approved` output and by the conclusion of the check run GitHub enforces, and each must be
 * held up by the rule that sees through the trick.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, test, type ExpectStatic } from 'vitest';
import { fakeSha } from '../../../test/harness/fixtures.ts';
import { TempRepo } from '../../../test/harness/git-repo.ts';
import {
  BASE,
  EARLIER,
  HEAD,
  OLD,
  POLICY,
  POLICY_PATH,
  THREAT_MODEL,
  alice,
  bob,
  carol,
  dave,
  dependabot,
  erin,
  iris,
  mallory,
  otto,
  pete,
  policyWith,
  runGate,
  ruleOf,
  sam,
  verdict,
  withStandIn,
  type GateRun,
  type World,
} from './world.ts';

interface Attempt {
  world: World;
  /** A checkout the job holds (and an earlier step may have tampered with). */
  cwd?: () => { dir: string; world: Partial<World> };
  inputs?: Record<string, string>;
  eventName?: string;
  /** The rule that must hold the pull request up. */
  heldBy: string;
  /** Further checks on the run. */
  then?: (run: GateRun, expect: Expect) => void;
}
type Expect = ExpectStatic;

const security = (world: World): World => ({ files: [{ filename: 'src/auth/session.ts' }], body: THREAT_MODEL, ...world });
const emergencyP0 = (by = alice): NonNullable<World['labels']> => [
  { name: 'emergency', by },
  { name: 'severity:P0', by },
];
const keep = policyWith('  stale-approvals: { mode: keep-unless-security-relevant }\n');
const watchers = Array.from({ length: 148 }, (_, i) => ({ login: `watcher-${i}`, id: 5000 + i, permission: 'read' as const }));

const permissive = 'version: 1\ngate:\n  code-review: { required-approvals: 1 }\n';
/** Both ends of a change from the base `compare` answers for the merge base (API reads of file contents). */
const mergeBase = (files: string[]): NonNullable<World['compare']> => ({ [BASE]: { files } });

/**
 * A checkout holding both ends, into which an earlier step (or the pull request, checked out) wrote
 * a replace ref that swaps the base commit for one with a permissive policy, repository
 * configuration that changes diff output, and attributes that turn diffs off.
 */
function tamperedCheckout(): { dir: string; world: Partial<World> } {
  const g = new TempRepo();
  process.once('exit', () => g.remove());
  const base = g.commit('chore: start\n\nx\n', { '.github/change-policy.yml': POLICY, 'src/routes/admin.ts': 'if (!user.isAdmin) return c.text("forbidden", 403);\n' });
  g.git('checkout', '-q', '-b', 'feature/admin');
  const head = g.commit('fix: simplify the admin route\n\nWhy.\n', { 'src/routes/admin.ts': '// checked upstream\n', '.gitattributes': 'src/** -diff\n' });
  g.write('.github/change-policy.yml', permissive);
  g.git('add', '.github/change-policy.yml');
  const permissiveTree = g.git('write-tree');
  const fake = g.git('commit-tree', permissiveTree, '-m', 'chore: start');
  g.git('replace', '-f', base, fake);
  g.git('config', 'diff.noprefix', 'true');
  g.git('config', 'diff.relative', 'true');
  writeFileSync(join(g.dir, '.git', 'info', 'attributes'), '* -diff\n');
  return {
    dir: g.dir,
    world: { base, commits: [{ sha: head, message: 'fix: simplify the admin route\n\nWhy.\n' }], files: [{ filename: 'src/routes/admin.ts' }, { filename: '.gitattributes' }] },
  };
}

const attempts: Record<string, Attempt> = {
  'authorisation logic outside any auth-named path, loosened, approved without the Security Lead': {
    world: {
      files: [{ filename: 'src/routes/users.ts', patch: '@@ -4 +4 @@\n-  if (!is_authorized(user, org)) throw new HTTPException(403);\n+  if (!user) throw new HTTPException(401);' }],
      reviews: [{ by: bob }, { by: carol }],
    },
    heldBy: 'security-review',
  },
  'a source file GitHub shows as binary (one NUL byte), approved without the Security Lead': {
    world: { files: [{ filename: 'src/routes/admin.ts', patch: null, additions: 0, deletions: 0 }], reviews: [{ by: bob }, { by: carol }] },
    heldBy: 'security-review',
  },
  'a .gitattributes that turns diffs off for the source, approved without the Security Lead': {
    world: { files: [{ filename: '.gitattributes', patch: '@@ -0,0 +1 @@\n+src/** -diff linguist-generated' }, { filename: 'README.md' }], reviews: [{ by: bob }, { by: carol }] },
    heldBy: 'security-review',
  },
  'a registry package redirected to a git fork through npm overrides': {
    world: {
      files: [{ filename: 'package.json', patch: '@@ -3 +3,2 @@\n-  "dependencies": { "hono": "4.6.0" }\n+  "dependencies": { "hono": "4.6.0" },\n+  "overrides": { "hono": "github:someone/hono#main" }' }],
      contents: {
        'package.json': { base: '{\n  "name": "w",\n  "dependencies": { "hono": "4.6.0" }\n}\n', head: '{\n  "name": "w",\n  "dependencies": { "hono": "4.6.0" },\n  "overrides": { "hono": "github:someone/hono#main" }\n}\n' },
      },
      compare: mergeBase(['package.json']),
      reviews: [{ by: bob }, { by: carol }],
    },
    heldBy: 'security-review',
  },
  'the workflow that runs CodeQL deleted': {
    world: {
      files: [{ filename: '.github/workflows/codeql.yml', status: 'removed', patch: '@@ -1,3 +0,0 @@\n-name: codeql\n-on: push\n-jobs: {}' }],
      contents: { '.github/workflows/codeql.yml': { base: 'name: codeql\non: push\njobs: {}\n' } },
      compare: mergeBase(['.github/workflows/codeql.yml']),
      reviews: [{ by: bob }, { by: carol }],
    },
    heldBy: 'access-control',
  },
  'an emergency approval given before the emergency was declared': {
    world: {
      labels: [
        { name: 'emergency', by: alice, at: '2026-03-31T09:30:00Z' },
        { name: 'severity:P1', by: alice, at: '2026-03-31T09:30:00Z' },
      ],
      reviews: [{ by: iris, at: EARLIER }],
    },
    heldBy: 'emergency-authorisation',
    then: (run, expect) => expect(ruleOf(run, 'emergency-authorisation').reason).toContain('given before the emergency'),
  },
  'an emergency re-evaluated after its retrospective was due: the deferral has ended': {
    world: {
      labels: [{ name: 'emergency', by: alice }, { name: 'severity:P1', by: alice }],
      reviews: [{ by: iris, at: EARLIER }],
      retrospectives: [
        {
          number: 501,
          title: 'Retrospective of emergency change #7, due 2026-04-01T09:00:00.000Z',
          body: '<!-- security-review-gate:retrospective {"version":1,"pullRequest":7,"authorisedAt":"2026-03-31T09:00:00.000Z","due":"2026-04-01T09:00:00.000Z"} -->',
          labels: ['retrospective'],
          createdAt: '2026-03-31T09:01:00Z',
        },
      ],
    },
    inputs: { now: '2026-04-02T10:00:00Z' },
    heldBy: 'emergency-authorisation',
    then: (run, expect) => {
      expect(verdict(run).result.retrospective).toMatchObject({ state: 'overdue', due: '2026-04-01T09:00:00.000Z' });
      expect(verdict(run).result.summary).toContain('overdue');
    },
  },
  'a linked threat model document with headings only': {
    world: security({
      body: 'See [the model](docs/threat-models/verifier.md).',
      documents: ['docs/threat-models/verifier.md'],
      documentText: '# Threat model\n\n## Assets\n\n## Threats\n\n## Mitigations\n',
      reviews: [{ by: sam }, { by: bob }],
    }),
    heldBy: 'threat-model',
  },
  'an added threat model document that is empty': {
    world: security({ body: '', files: [{ filename: 'src/auth/session.ts' }, { filename: 'docs/threat-model.md' }], documents: ['docs/threat-model.md'], documentText: '', reviews: [{ by: sam }, { by: bob }] }),
    heldBy: 'threat-model',
  },
  'a checkout with a replace ref for a permissive base policy, attributes and configuration that hide the diff': {
    world: { reviews: [{ by: bob }] },
    cwd: tamperedCheckout,
    heldBy: 'code-review',
    then: (run, expect) => {
      expect(run.summary).toContain('the change from local git');
      expect(ruleOf(run, 'security-review').status).toBe('pending');
    },
  },
  'self-approval by the author': {
    world: { reviews: [{ by: alice }, { by: bob }] },
    heldBy: 'code-review',
  },
  'an approval on an old commit after a security-relevant push (approvals kept only when nothing security-relevant changed)': {
    world: security({
      policy: keep,
      reviews: [{ by: sam, on: OLD }, { by: bob }],
      compare: { [OLD]: { files: ['src/auth/session.ts', 'README.md'] } },
    }),
    heldBy: 'security-review',
    then: (run, expect) => expect(ruleOf(run, 'security-review').reason).toContain('security-relevant files changed since: src/auth/session.ts'),
  },
  'an approval on an old commit after any push (the default: approvals count only on the head)': {
    world: { reviews: [{ by: bob, on: OLD }, { by: carol }] },
    heldBy: 'code-review',
    then: (run, expect) => expect(run.written.dismissals.map((d) => d.message)).toEqual([expect.stringContaining('gate.stale-approvals')]),
  },
  'an approval by a pending member of the Security Lead team': {
    world: security({ reviews: [{ by: pete }, { by: bob }, { by: carol }] }),
    heldBy: 'security-review',
  },
  'a policy weakened inside the pull request (only the base policy is read)': {
    world: {
      files: [{ filename: POLICY_PATH }, { filename: 'src/app.ts' }],
      reviews: [{ by: bob }],
      headPolicy: 'version: 1\ngate:\n  code-review: { mode: sole-operator }\n  access-control: { roles: [] }\n',
      checkRuns: [{ name: 'test', conclusion: 'success' }],
      required: { rules: ['test'] },
    },
    heldBy: 'code-review',
    then: (run, expect) => {
      const policyReads = run.requests.filter((q) => q.operation === 'GET /repos/{owner}/{repo}/contents/{path}');
      expect(policyReads.map((q) => q.query.get('ref'))).toEqual([BASE]);
      expect(ruleOf(run, 'access-control').status).toBe('pending');
    },
  },
  'an approval by a committer who is not the author': {
    world: { commits: [{ sha: OLD, author: alice, committer: dave }, { sha: HEAD }], reviews: [{ by: dave }, { by: bob }] },
    heldBy: 'code-review',
  },
  'an approval by the author of one commit who is not the pull request author': {
    world: { commits: [{ sha: OLD, author: dave, committer: alice }, { sha: HEAD }], reviews: [{ by: dave }, { by: bob }] },
    heldBy: 'code-review',
  },
  'an approval by a co-author named in a Co-authored-by trailer': {
    world: {
      commits: [{ sha: OLD }, { sha: HEAD, message: `fix: revoke sessions\n\nWhy.\n\nCo-authored-by: Erin <${erin.id}+erin@users.noreply.github.com>\n` }],
      reviews: [{ by: erin }, { by: bob }],
    },
    heldBy: 'code-review',
  },
  'a dismissed review': {
    world: { reviews: [{ by: carol, state: 'DISMISSED' }, { by: bob }] },
    heldBy: 'code-review',
  },
  'a later changes-requested': {
    world: { reviews: [{ by: bob }, { by: carol }, { by: carol, state: 'CHANGES_REQUESTED' }] },
    heldBy: 'changes-requested',
  },
  'a comment "LGTM 👍" instead of a review (issue comments are never read; a COMMENTED review does not approve)': {
    world: { reviews: [{ by: carol, state: 'COMMENTED', body: 'LGTM 👍' }, { by: bob }] },
    heldBy: 'code-review',
    then: (run, expect) => expect(run.requests.some((q) => q.path.includes('/comments'))).toBe(false),
  },
  'an approval by a bot': {
    world: { reviews: [{ by: dependabot }, { by: bob }] },
    heldBy: 'code-review',
  },
  'an emergency label added by the author without an authorised approver': {
    world: { labels: emergencyP0(alice), reviews: [{ by: bob }] },
    heldBy: 'emergency-authorisation',
    then: (run, expect) => expect(ruleOf(run, 'emergency-authorisation').reason).toContain('(added by @alice, the author)'),
  },
  'an emergency approved by the on-call engineer after the slot expired': {
    world: { labels: emergencyP0(), reviews: [{ by: otto, at: '2026-03-31T21:00:00Z' }] },
    inputs: { now: '2026-03-31T22:00:00Z' },
    heldBy: 'emergency-authorisation',
  },
  'a P1 emergency approved by the on-call engineer (on call authorises P0 only)': {
    world: { labels: [{ name: 'emergency', by: alice }, { name: 'severity:P1', by: alice }], reviews: [{ by: otto }] },
    heldBy: 'emergency-authorisation',
  },
  "an impostor with the ISMS Owner's login but another account": {
    world: { labels: emergencyP0(), reviews: [{ by: { login: 'iris', id: 666, permission: 'admin' } }] },
    heldBy: 'emergency-authorisation',
  },
  'a threat model section with only headings': {
    world: security({ reviews: [{ by: sam }, { by: bob }], body: '## Threat model\n### Assets\n### Threats\n### Mitigations\n' }),
    heldBy: 'threat-model',
  },
  'a threat model link to a document that does not exist at the head': {
    world: security({ reviews: [{ by: sam }, { by: bob }], body: 'See [the model](docs/threat-models/verifier.md).' }),
    heldBy: 'threat-model',
  },
  'more reviews than one page: the second approval, on page 2, by a committer': {
    world: {
      commits: [{ sha: OLD, author: alice, committer: dave }, { sha: HEAD }],
      reviews: [{ by: bob }, ...watchers.slice(0, 118).map((w) => ({ by: w, state: 'COMMENTED' as const, body: 'LGTM' })), { by: dave }, ...watchers.slice(118).map((w) => ({ by: w, state: 'COMMENTED' as const }))],
    },
    heldBy: 'code-review',
    then: (run, expect) => expect(run.requests.filter((q) => q.operation === 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews')).toHaveLength(2),
  },
  'an approval by someone with read permission only': {
    world: { reviews: [{ by: mallory }, { by: bob }] },
    heldBy: 'code-review',
  },
  'an approval by a deleted account': {
    world: { reviews: [{ by: null }, { by: bob }] },
    heldBy: 'code-review',
  },
  'a commit whose email maps to no GitHub account': {
    world: { commits: [{ sha: OLD, author: null }, { sha: HEAD }], reviews: [{ by: bob }, { by: carol }] },
    heldBy: 'commit-identities',
  },
  'a co-author named by a plain email, which could be anyone': {
    world: { commits: [{ sha: OLD }, { sha: HEAD, message: 'fix: x\n\nWhy.\n\nCo-authored-by: Bob <bob@example.com>\n' }], reviews: [{ by: bob }, { by: carol }] },
    heldBy: 'commit-identities',
  },
  'an infrastructure change without the ISMS Owner': {
    world: { files: [{ filename: 'config/kv/namespaces.json' }], body: THREAT_MODEL, reviews: [{ by: sam }, { by: bob }] },
    heldBy: 'infrastructure',
  },
  'a Security Lead team the token cannot read (GITHUB_TOKEN has no members: read)': {
    world: security({ reviews: [{ by: sam }, { by: bob }], teamsVisible: false }),
    heldBy: 'gather',
    then: (run, expect) => expect(ruleOf(run, 'gather').reason).toContain('Members: read'),
  },
  'no policy file at the base: the defaults name nobody for the roles': {
    world: security({ policy: null, reviews: [{ by: sam }, { by: bob }] }),
    heldBy: 'security-review',
    then: (run, expect) => expect(run.summary).toContain('the procedure&#39;s defaults'),
  },
  'a push while the gate reads the pull request (the commits no longer end at the head it read)': {
    world: { pushedDuringRead: [{ sha: fakeSha('newer'), message: 'fix: later\n\nWhy.\n' }], reviews: [{ by: bob }, { by: carol }] },
    heldBy: 'gather',
    then: (run, expect) => expect(ruleOf(run, 'gather').reason).toContain('changed while it was read'),
  },
  'sole-operator mode when the only required check is the gate itself': {
    world: { policy: policyWith('  code-review: { mode: sole-operator }\n'), required: { rules: ['security-review-gate'] }, checkRuns: [{ name: 'security-review-gate', conclusion: 'success' }] },
    heldBy: 'code-review',
  },
  'sole-operator mode with a failing required check': {
    world: { policy: policyWith('  code-review: { mode: sole-operator }\n'), required: { protection: ['test'] }, checkRuns: [{ name: 'test', conclusion: 'failure' }] },
    heldBy: 'code-review',
  },
  'an emergency whose authoriser also committed to the change': {
    world: { commits: [{ sha: OLD, author: alice, committer: iris }, { sha: HEAD }], labels: [{ name: 'emergency', by: alice }], reviews: [{ by: iris }] },
    heldBy: 'emergency-authorisation',
  },
};

const wrongPasses: string[] = [];

describe.concurrent('bypass attempts, end to end', () => {
  afterAll(() => {
    console.info(`${wrongPasses.length} wrong passes of ${Object.keys(attempts).length + 1} bypass attempts through the bundle`);
  });

  test('a pull request into a scratch branch with a permissive policy writes no check the default branch accepts', async ({ expect }) => {
    await withStandIn(async (gh) => {
      const run = await runGate(gh, { baseRef: 'scratch', policy: permissive, reviews: [{ by: bob }] });
      // Approved under the scratch branch's policy, and said so under that branch's name only.
      expect(verdict(run).approved).toBe('true');
      expect(run.written.checkRuns.map((c) => [c.name, c.conclusion])).toEqual([['security-review-gate (scratch)', 'success']]);
      if (run.written.checkRuns.some((c) => c.name === 'security-review-gate' && c.conclusion === 'success')) wrongPasses.push('scratch base');
    });
  });

  test.for(Object.entries(attempts))('%s is not approved', async ([, attempt], { expect }) => {
    await withStandIn(async (gh) => {
      const local = attempt.cwd?.();
      const world = { ...attempt.world, ...local?.world };
      const run = await runGate(gh, world, {
        ...(attempt.inputs ? { inputs: attempt.inputs } : {}),
        ...(attempt.eventName ? { eventName: attempt.eventName } : {}),
        ...(local ? { cwd: local.dir } : {}),
      });
      const v = verdict(run);
      if (run.written.checkRuns.some((c) => c.name === 'security-review-gate' && c.conclusion === 'success') || v.approved === 'true') wrongPasses.push(attempt.heldBy);
      expect(run.stderr).toBe('');
      expect(v.approved).toBe('false');
      expect(v.conclusion).toBeDefined();
      expect(v.conclusion).not.toBe('success');
      expect(v.exitCode).toBe(1);
      expect(['pending', 'blocked', 'error']).toContain(ruleOf(run, attempt.heldBy).status);
      expect(v.result.retrospective?.state).not.toBe('approved-pending-retrospective');
      attempt.then?.(run, expect);
    });
  });

  test('there are at least 16 of them', ({ expect }) => {
    expect(Object.keys(attempts).length).toBeGreaterThanOrEqual(16);
  });
});

