/**
 * The gate's wiring, end to end: accepted events and inputs, what the check run and the summary
 * say, every output always set, the retrospective issue of an emergency (once, labelled, or the
 * gate does not pass), a check run that cannot be written, an invalid base policy, GitHub's caps,
 * stale reviews dismissed, untrusted text escaped.
 */
import { describe, test } from 'vitest';
import { webhookExample } from '../../../test/harness/events.ts';
import { fakeSha } from '../../../test/harness/fixtures.ts';
import {
  EARLIER,
  HEAD,
  OLD,
  THREAT_MODEL,
  alice,
  bob,
  carol,
  errorsOf,
  iris,
  policyWith,
  runGate,
  ruleOf,
  sam,
  verdict,
  warningsOf,
  withStandIn,
  type World,
} from './world.ts';

const emergency: World = { labels: [{ name: 'emergency', by: alice }, { name: 'severity:P1', by: alice }], reviews: [{ by: iris, at: EARLIER }] };
const fallbackResult = { status: 'error', summary: 'error: the gate reached no verdict', rules: [], staleReviews: [] };

describe.concurrent('events and inputs', () => {
  test('a push is not a pull request: the accepted events are named, every output is set', async ({ expect }) => {
    await withStandIn(async (gh) => {
      const r = await runGate(gh, {}, { eventName: 'push', event: webhookExample('push') });
      expect(r.exitCode).toBe(1);
      expect(errorsOf(r)).toEqual([
        'event "push" is not accepted in mode gate; accepted: pull_request, pull_request_target, pull_request_review (mode: gate), schedule, workflow_dispatch (mode: overdue)',
      ]);
      expect(r.outputs).toEqual({ approved: 'false', status: 'error', result: JSON.stringify(fallbackResult), 'check-run-id': '', overdue: '[]' });
      expect(r.requests).toEqual([]);
    });
  });

  test('a schedule in mode gate is refused the same way', async ({ expect }) => {
    await withStandIn(async (gh) => {
      const r = await runGate(gh, {}, { eventName: 'schedule', event: { schedule: '0 6 * * *' } });
      expect(errorsOf(r)[0]).toMatch(/^event "schedule" is not accepted in mode gate/);
    });
  });

  test.for([
    [{ mode: 'sometimes' }, 'input mode: "sometimes" is not accepted; accepted: gate, overdue'],
    [{ now: 'yesterday' }, 'input now: "yesterday" is not an ISO 8601 instant with an offset; accepted: e.g. 2026-03-31T10:15:00Z'],
    [{ 'timeout-seconds': '1' }, 'input timeout-seconds: 1 is out of range; accepted: 2 to 3600'],
    [{ 'policy-path': '../elsewhere.yml' }, 'input policy-path: "../elsewhere.yml" must be a path inside the repository'],
    [{ 'check-name': 'x'.repeat(101) }, 'input check-name: accepted: one line of at most 100 characters, e.g. security-review-gate'],
  ] as const)('input %o is refused, naming the input and what it accepts', async ([inputs, message], { expect }) => {
    await withStandIn(async (gh) => {
      const r = await runGate(gh, {}, { inputs: { ...inputs } });
      expect(r.exitCode).toBe(1);
      expect(errorsOf(r)).toEqual([message]);
      expect(r.outputs['approved']).toBe('false');
    });
  });
});

describe.concurrent('the check run, the outputs and the summary', () => {
  test('a pending verdict: action_required on the head, the rule table, the details, the run link', async ({ expect }) => {
    await withStandIn(async (gh) => {
      const r = await runGate(gh, { files: [{ filename: 'src/auth/session.ts' }], body: THREAT_MODEL, reviews: [{ by: bob }] }, { inputs: { 'check-name': 'Security review' } });
      expect(r.exitCode).toBe(1);
      const [check, ...more] = r.written.checkRuns;
      expect(more).toEqual([]);
      expect(check).toMatchObject({ name: 'Security review', head_sha: HEAD, conclusion: 'action_required', details_url: 'https://github.com/maelstrom/provii-verifier/actions/runs/1' });
      expect(check?.output.title).toBe('pending: code-review, security-review');
      expect(check?.output.summary).toContain('| Rule | Status | Reason | Satisfied by |');
      expect(check?.output.summary).toContain('| code-review | ⏳ pending | 1 of 2 approvals: @bob | @bob |');
      expect(check?.output.text).toContain('**Change record**: normal; security-relevant (authentication)');
      expect(check?.output.text).toContain('**Policy**: .github/change-policy.yml at');
      expect(check?.output.text).toContain('src/auth/session.ts');
      expect(r.outputs).toMatchObject({ approved: 'false', status: 'pending', 'check-run-id': '9001', overdue: '[]' });
      expect(JSON.parse(r.outputs['result'] ?? '')).toMatchObject({ status: 'pending', summary: 'pending: code-review, security-review' });
      expect(r.summary).toContain('<th>Rule</th><th>Status</th><th>Reason</th><th>Satisfied by</th>');
      expect(errorsOf(r).join('\n')).toContain('security-review (pending): security-relevant change (authentication): needs an approval by security-lead');
    });
  });

  test('a blocked verdict is a failure', async ({ expect }) => {
    await withStandIn(async (gh) => {
      const r = await runGate(gh, { reviews: [{ by: bob }, { by: carol, state: 'CHANGES_REQUESTED' }] });
      expect(verdict(r)).toMatchObject({ approved: 'false', status: 'blocked', conclusion: 'failure' });
    });
  });

  test('the check run stays within GitHub\'s limits however much the change triggers, and escapes what it quotes', async ({ expect }) => {
    await withStandIn(async (gh) => {
      const files = Array.from({ length: 180 }, (_, i) => ({ filename: `src/auth/<b>session|${i}</b>.ts` }));
      const r = await runGate(gh, { files, reviews: [{ by: sam }, { by: bob }], body: THREAT_MODEL });
      const check = r.written.checkRuns[0];
      expect(check?.output.summary.length).toBeLessThanOrEqual(65_535);
      expect(check?.output.text.length).toBeLessThanOrEqual(65_535);
      expect(check?.output.text).toContain('130 more rows');
      expect(check?.output.text).toContain('src/auth/&#60;b&#62;session&#124;0&#60;/b&#62;.ts');
      expect(check?.output.text).not.toContain('<b>session');
      expect(r.summary).not.toContain('<b>session');
      expect(verdict(r).approved).toBe('true');
    });
  });

  test('a check run that cannot be written fails the step, with every output set and saying so', async ({ expect }) => {
    await withStandIn(async (gh) => {
      const run = runGate(gh, { reviews: [{ by: bob }, { by: carol }] });
      gh.fault('POST', '/repos/{owner}/{repo}/check-runs', { kind: 'status', status: 403, body: { message: 'Resource not accessible by integration' } });
      const r = await run;
      expect(r.exitCode).toBe(1);
      expect(r.outputs).toMatchObject({ approved: 'false', status: 'error', 'check-run-id': '' });
      expect(ruleOf(r, 'check-run').reason).toMatch(/could not be written .*the token needs checks: write/);
      expect(errorsOf(r).join('\n')).toMatch(/the check run "security-review-gate" could not be written/);
    });
  });

  test('an invalid policy at the base: an annotation at its line, and an error check run', async ({ expect }) => {
    await withStandIn(async (gh) => {
      const r = await runGate(gh, { policy: 'version: 1\ngate:\n  code-review:\n    required-approvals: 0\n', reviews: [{ by: bob }, { by: carol }] });
      expect(r.exitCode).toBe(1);
      const annotation = r.commands.find((c) => c.command === 'error' && c.properties['title'] === 'Invalid change policy');
      expect(annotation?.properties).toMatchObject({ file: '.github/change-policy.yml', line: '4' });
      expect(verdict(r)).toMatchObject({ approved: 'false', status: 'error', conclusion: 'failure' });
      expect(r.written.checkRuns[0]?.output.summary).toContain('required-approvals');
    });
  });

  test('more commits than GitHub lists, without a checkout holding them, fails closed saying how to fix it', async ({ expect }) => {
    await withStandIn(async (gh) => {
      const commits = Array.from({ length: 251 }, (_, i) => ({ sha: fakeSha(`c${i}`), message: `fix: step ${i}\n\nWhy.\n` }));
      const r = await runGate(gh, { commits, reviews: [{ by: bob, on: fakeSha('c250') }, { by: carol, on: fakeSha('c250') }] });
      expect(verdict(r)).toMatchObject({ approved: 'false', status: 'error', conclusion: 'failure' });
      expect(ruleOf(r, 'gather').reason).toMatch(/251 commits; the API lists at most 250.*fetch-depth: 0/);
    });
  });
});

describe.concurrent('acting on the verdict', () => {
  test('stale approvals are dismissed, naming the rule; the dismissal does not make anyone approve', async ({ expect }) => {
    await withStandIn(async (gh) => {
      const r = await runGate(gh, { reviews: [{ by: bob, on: OLD }, { by: carol }] });
      expect(verdict(r).status).toBe('pending');
      expect(r.written.dismissals).toEqual([{ review: 3001, message: expect.stringMatching(/^security-review-gate \(gate\.stale-approvals\): .*earlier commit than the head/) }]);
      expect(r.summary).toContain('dismissed the stale review 3001');
    });
  });

  test('with dismiss-stale off, nothing is dismissed', async ({ expect }) => {
    await withStandIn(async (gh) => {
      const r = await runGate(gh, { policy: policyWith('  stale-approvals: { dismiss-stale: false }\n'), reviews: [{ by: bob, on: OLD }, { by: carol }] });
      expect(r.written.dismissals).toEqual([]);
    });
  });

  test('a dismissal refused is a warning; the verdict stands', async ({ expect }) => {
    await withStandIn(async (gh) => {
      const run = runGate(gh, { reviews: [{ by: sam, on: OLD }, { by: bob }, { by: carol }] });
      gh.fault('PUT', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals', { kind: 'status', status: 403, body: { message: 'Resource not accessible by integration' } });
      const r = await run;
      expect(verdict(r)).toMatchObject({ approved: 'true', conclusion: 'success' });
      expect(warningsOf(r).join('\n')).toMatch(/could not be dismissed/);
    });
  });

  test('the retrospective issue of an emergency is opened once: a later run finds it', async ({ expect }) => {
    await withStandIn(async (gh) => {
      const first = await runGate(gh, emergency);
      expect(first.written.issues).toHaveLength(1);
      const opened = first.written.issues[0];
      expect(opened?.title).toBe('Retrospective of emergency change #7, due 2026-04-01T09:00:00.000Z');
      expect(opened?.body).toContain('authorised by @iris (isms-owner)');
      expect(opened?.body).toContain('closes this issue as completed, or adds the label `retrospective-approved`');
    });
    await withStandIn(async (gh) => {
      const second = await runGate(gh, { ...emergency, retrospectives: [{ number: 501, body: '<!-- security-review-gate:retrospective {"version":1,"pullRequest":7,"authorisedAt":"2026-03-31T09:00:00.000Z","due":"2026-04-01T09:00:00.000Z"} -->' }] });
      expect(second.written.issues).toEqual([]);
      expect(verdict(second).result.retrospective).toMatchObject({ issue: 501 });
      expect(verdict(second).approved).toBe('true');
    });
  });

  test('a retrospective issue of another pull request is not this one\'s', async ({ expect }) => {
    await withStandIn(async (gh) => {
      const r = await runGate(gh, { ...emergency, retrospectives: [{ number: 400, body: '<!-- security-review-gate:retrospective {"version":1,"pullRequest":70,"authorisedAt":"2026-03-31T09:00:00.000Z","due":"2026-04-01T09:00:00.000Z"} -->' }] });
      expect(r.written.issues).toHaveLength(1);
    });
  });

  test('labels GitHub dropped from the new issue are added after it', async ({ expect }) => {
    await withStandIn(async (gh) => {
      const r = await runGate(gh, { ...emergency, dropIssueLabels: true });
      expect(r.written.labels).toEqual([{ issue: 501, labels: ['retrospective'] }]);
      expect(verdict(r).approved).toBe('true');
    });
  });

  test('an emergency whose retrospective issue cannot be opened does not pass: it could not be tracked', async ({ expect }) => {
    await withStandIn(async (gh) => {
      const run = runGate(gh, emergency);
      gh.fault('POST', '/repos/{owner}/{repo}/issues', { kind: 'status', status: 403, body: { message: 'Resource not accessible by integration' } });
      const r = await run;
      expect(verdict(r)).toMatchObject({ approved: 'false', status: 'error', conclusion: 'failure' });
      expect(ruleOf(r, 'retrospective-issue').reason).toMatch(/cannot be tracked and does not pass.*the token needs issues: write/);
      expect(verdict(r).result.retrospective).toBeUndefined();
    });
  });
});
