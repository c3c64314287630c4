/**
 * Legitimate approvals, end to end: each must pass (the `approved` output and a successful check
 * run), say who satisfied what, and make only the calls its policy and change record need.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, describe, test, type ExpectStatic } from 'vitest';
import { TempRepo } from '../../../test/harness/git-repo.ts';
import {
  EARLIER,
  HEAD,
  OLD,
  POLICY,
  THREAT_MODEL,
  alice,
  bob,
  carol,
  dependabot,
  iris,
  otto,
  policyWith,
  pullRequestEvent,
  runGate,
  ruleOf,
  sam,
  verdict,
  withStandIn,
  type GateRun,
  type World,
} from './world.ts';

interface Case {
  world: World;
  eventName?: string;
  inputs?: Record<string, string>;
  cwd?: () => { dir: string; world: Partial<World> };
  then?: (run: GateRun, expect: ExpectStatic) => void;
}

const security = (world: World): World => ({ files: [{ filename: 'src/auth/session.ts' }], body: THREAT_MODEL, ...world });
const satisfied = (run: GateRun, rule: string) => ruleOf(run, rule).satisfiedBy?.map((a) => a.login);
const calls = (run: GateRun, operation: string) => run.requests.filter((q) => q.operation === operation).length;
const independent = Array.from({ length: 120 }, (_, i) => ({ login: `reader-${i}`, id: 7000 + i, permission: 'read' as const }));

/** A checkout that holds both ends of the pull request: the change and the policy come from git. */
function checkout(): { dir: string; world: Partial<World> } {
  const g = new TempRepo();
  process.once('exit', () => g.remove());
  const base = g.commit('chore: start\n\nx\n', { '.github/change-policy.yml': POLICY, 'src/auth/session.ts': 'export const ttl = 86400;\n' });
  g.git('checkout', '-q', '-b', 'feature/session-expiry');
  const old = g.commit('fix: expire sessions sooner\n\nSessions lived for a day.\n', { 'src/auth/session.ts': 'export const ttl = 3600;\n' });
  const head = g.commit('fix: revoke sessions on logout\n\nLogout left the token valid.\n', { 'src/auth/session.ts': 'export const ttl = 900;\n' });
  return {
    dir: g.dir,
    world: {
      base,
      commits: [
        { sha: old, message: 'fix: expire sessions sooner\n\nSessions lived for a day.\n' },
        { sha: head, message: 'fix: revoke sessions on logout\n\nLogout left the token valid.\n' },
      ],
      files: [{ filename: 'src/auth/session.ts' }],
    },
  };
}

/** A checkout of a pull request with more commits than GitHub lists (250), written in one fast-import. */
function longCheckout(count = 260): { dir: string; world: Partial<World> } {
  const g = new TempRepo();
  process.once('exit', () => g.remove());
  const base = g.commit('chore: start\n\nx\n', { '.github/change-policy.yml': POLICY, 'src/app.ts': 'export const n = 0;\n' });
  const stamp = 'Ada Lovelace <ada@example.com> 1767225600 +0000';
  const stream = Array.from({ length: count }, (_, i) => {
    const message = `fix: step ${i + 1}\n\nWhy.\n`;
    const content = `export const n = ${i + 1};\n`;
    return [`commit refs/heads/feature/long`, `committer ${stamp}`, `data ${Buffer.byteLength(message)}`, message, ...(i === 0 ? [`from ${base}`] : []), `M 100644 inline src/app.ts`, `data ${Buffer.byteLength(content)}`, content, ''].join('\n');
  }).join('\n');
  execFileSync('git', ['fast-import', '--quiet'], { cwd: g.dir, input: stream });
  const shas = g.git('rev-list', '--reverse', 'refs/heads/feature/long', '--not', base).split('\n');
  return { dir: g.dir, world: { base, commits: shas.map((sha, i) => ({ sha, message: `fix: step ${i + 1}\n\nWhy.\n` })), files: [{ filename: 'src/app.ts' }] } };
}

const cases: Record<string, Case> = {
  'more commits than GitHub lists, with a checkout holding both ends: read from its history': {
    world: { reviews: [{ by: bob }, { by: carol }] },
    cwd: () => longCheckout(),
    then: (run, expect) => {
      expect(ruleOf(run, 'commit-identities').reason).toContain('260 commits');
      expect(calls(run, 'GET /repos/{owner}/{repo}/compare/{basehead}')).toBe(3);
    },
  },
  'a threat model written as a Markdown table': {
    world: security({
      body: ['Tightens session expiry.', '', '## Threat model', '', '| Assets | Threats | Mitigations |', '| --- | --- | --- |', '| session tokens | replay after logout | revoked on logout |'].join('\n'),
      reviews: [{ by: sam }, { by: carol }],
    }),
  },
  'a documentation change with a message that is not conventional: standard, two reviews': {
    world: { files: [{ filename: 'docs/runbook.md' }], commits: [{ sha: HEAD, message: 'Update the runbook\n' }], reviews: [{ by: bob }, { by: carol }] },
    then: (run, expect) => expect(ruleOf(run, 'security-review').status).toBe('skipped'),
  },
  'a standard change with two independent reviewers on the head': {
    world: { reviews: [{ by: bob }, { by: carol }] },
    then: (run, expect) => {
      expect(satisfied(run, 'code-review')).toEqual(['bob', 'carol']);
      // Only what a standard change needs: no teams, users, comparisons, checks, events, issues.
      expect(run.requests.map((q) => q.operation)).toEqual([
        'GET /repos/{owner}/{repo}/pulls/{pull_number}',
        'GET /repos/{owner}/{repo}/contents/{path}',
        'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
        'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits',
        'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
        'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
        'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
        'POST /repos/{owner}/{repo}/check-runs',
      ]);
      expect(run.summary).toContain('8 API calls');
    },
  },
  'a security-relevant change with the Security Lead (an active team member) and a threat model': {
    world: security({ reviews: [{ by: sam }, { by: bob }] }),
    then: (run, expect) => {
      expect(satisfied(run, 'security-review')).toEqual(['sam']);
      expect(ruleOf(run, 'threat-model').status).toBe('approved');
      expect(calls(run, 'GET /orgs/{org}/teams/{team_slug}')).toBe(1);
    },
  },
  'a threat model document linked from the body and found at the head': {
    world: security({ body: 'See [the threat model](docs/threat-models/verifier.md).', documents: ['docs/threat-models/verifier.md'], reviews: [{ by: sam }, { by: bob }] }),
    then: (run, expect) => expect(ruleOf(run, 'threat-model').reason).toContain('docs/threat-models/verifier.md'),
  },
  'a threat model document changed in the pull request': {
    world: security({ body: '', files: [{ filename: 'src/auth/session.ts' }, { filename: 'docs/threat-model.md' }], documents: ['docs/threat-model.md'], reviews: [{ by: sam }, { by: carol }] }),
  },
  'an emergency authorised by the ISMS Owner: approved pending a retrospective, whose issue is opened': {
    world: { labels: [{ name: 'emergency', by: alice }, { name: 'severity:P1', by: alice }], reviews: [{ by: iris, at: EARLIER }] },
    then: (run, expect) => {
      const { result } = verdict(run);
      expect(result.summary).toBe('approved pending retrospective, due 2026-04-01T09:00:00.000Z');
      expect(result.retrospective).toMatchObject({ due: '2026-04-01T09:00:00.000Z', issue: 501 });
      expect(run.written.issues).toHaveLength(1);
      expect(run.written.issues[0]?.labels).toEqual(['retrospective']);
      expect(run.written.issues[0]?.body).toContain('<!-- security-review-gate:retrospective {"version":1,"pullRequest":7,"authorisedAt":"2026-03-31T09:00:00.000Z","due":"2026-04-01T09:00:00.000Z"} -->');
      expect(run.written.checkRuns[0]?.output.text).toContain('issue [#501]');
    },
  },
  'a P0 emergency authorised by the on-call engineer in the slot, its retrospective already open': {
    world: {
      labels: [{ name: 'emergency', by: alice }, { name: 'severity:P0', by: alice }],
      reviews: [{ by: otto, at: '2026-03-31T08:15:00Z' }],
      retrospectives: [{ number: 77, body: '<!-- security-review-gate:retrospective {"version":1,"pullRequest":7,"authorisedAt":"2026-03-31T08:15:00.000Z","due":"2026-04-01T08:15:00.000Z"} -->' }],
    },
    then: (run, expect) => {
      expect(verdict(run).result.retrospective).toMatchObject({ issue: 77, due: '2026-04-01T08:15:00.000Z' });
      expect(run.written.issues).toEqual([]);
    },
  },
  'sole-operator self-review with the required checks green (the gate itself left out)': {
    world: {
      policy: policyWith('  code-review: { mode: sole-operator, risk-reference: "Risk register R-7" }\n'),
      required: { rules: ['test', 'security-review-gate'], protection: ['lint'] },
      checkRuns: [{ name: 'test', conclusion: 'success' }, { name: 'security-review-gate', conclusion: 'failure' }],
      statuses: [{ context: 'lint', state: 'success' }],
    },
    then: (run, expect) => {
      expect(verdict(run).result).toMatchObject({ acceptedRisk: { reference: 'Risk register R-7' } });
      expect(run.written.checkRuns[0]?.output.text).toContain('Risk register R-7');
    },
  },
  'approvals kept across a documentation-only push (keep-unless-security-relevant)': {
    world: security({
      policy: policyWith('  stale-approvals: { mode: keep-unless-security-relevant }\n'),
      reviews: [{ by: sam, on: OLD }, { by: bob, on: OLD }],
      compare: { [OLD]: { files: ['README.md', 'docs/usage.md'] } },
    }),
    then: (run, expect) => {
      expect(ruleOf(run, 'code-review').reason).toContain('none security-relevant');
      expect(calls(run, 'GET /repos/{owner}/{repo}/compare/{basehead}')).toBe(1);
      expect(run.written.dismissals).toEqual([]);
    },
  },
  'a pull_request_review event: the pull request is re-read, not taken from the payload': {
    world: { reviews: [{ by: bob }, { by: carol }] },
    eventName: 'pull_request_review',
  },
  'a pull_request event': {
    world: { reviews: [{ by: bob }, { by: carol }] },
    eventName: 'pull_request',
  },
  'an infrastructure change with the ISMS Owner and the Security Lead': {
    world: { files: [{ filename: 'config/kv/namespaces.json' }], body: THREAT_MODEL, reviews: [{ by: iris }, { by: sam }] },
    then: (run, expect) => expect(satisfied(run, 'infrastructure')).toEqual(['iris']),
  },
  'a dependency update opened by a bot, approved by two people': {
    world: { author: dependabot, commits: [{ sha: HEAD, author: dependabot, message: 'chore: bump hono\n\nA patch release.\n' }], reviews: [{ by: bob }, { by: carol }] },
  },
  'an approval after an earlier change request, and a comment after an approval': {
    world: { reviews: [{ by: carol, state: 'CHANGES_REQUESTED', on: OLD }, { by: bob }, { by: carol }, { by: bob, state: 'COMMENTED' }] },
  },
  'more reviews than one page, the approvals on page 2 by independent reviewers': {
    world: {
      reviews: [...independent.map((w) => ({ by: w, state: 'COMMENTED' as const })), { by: bob }, { by: carol }],
    },
    then: (run, expect) => expect(calls(run, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews')).toBe(2),
  },
  'a checkout that holds both ends: the change and the policy read from git, no API listing of files': {
    world: { reviews: [{ by: sam }, { by: bob }], body: THREAT_MODEL },
    cwd: checkout,
    then: (run, expect) => {
      expect(calls(run, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files')).toBe(0);
      expect(calls(run, 'GET /repos/{owner}/{repo}/contents/{path}')).toBe(0);
      expect(ruleOf(run, 'security-review').status).toBe('approved');
      expect(run.summary).toContain('the change from local git');
    },
  },
};

const falseBlocks: string[] = [];

describe.concurrent('legitimate approvals, end to end', () => {
  afterAll(() => {
    console.info(`${falseBlocks.length} false blocks of ${Object.keys(cases).length} legitimate pull requests through the bundle`);
  });

  test.for(Object.entries(cases))('%s is approved', async ([, c], { expect }) => {
    await withStandIn(async (gh) => {
      const local = c.cwd?.();
      const world = { ...c.world, ...local?.world };
      const eventName = c.eventName ?? 'pull_request_target';
      // The payload names an older head on purpose: the gate reads the pull request as it is now.
      const event = pullRequestEvent(eventName, world, { head: '0123456789abcdef0123456789abcdef01234567' });
      const run = await runGate(gh, world, { eventName, event, ...(c.inputs ? { inputs: c.inputs } : {}), ...(local ? { cwd: local.dir } : {}) });
      const v = verdict(run);
      if (v.approved !== 'true' || v.conclusion !== 'success') falseBlocks.push(JSON.stringify(v.result.summary));
      expect(run.stderr).toBe('');
      expect(v.result.rules.filter((r) => !['approved', 'skipped'].includes(r.status))).toEqual([]);
      expect(v.approved).toBe('true');
      expect(v.conclusion).toBe('success');
      expect(v.exitCode).toBe(0);
      expect(run.written.checkRuns[0]?.head_sha).toBe(world.commits?.at(-1)?.sha ?? HEAD);
      expect(run.outputs['check-run-id']).toMatch(/^\d+$/);
      for (const rule of v.result.rules) expect((rule.satisfiedBy ?? []).map((a) => a.login)).not.toContain((world.author ?? alice).login);
      c.then?.(run, expect);
    });
  });

  test('there are at least 8 of them', ({ expect }) => {
    expect(Object.keys(cases).length).toBeGreaterThanOrEqual(8);
  });
});
