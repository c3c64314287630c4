/**
 * The scheduled mode: emergency changes whose retrospective approval is overdue are escalated
 * (label, comment naming who it is escalated to), listed for audit, and fail the run; those whose
 * retrospective an independent holder of the role approved are not.
 */
import { describe, test } from 'vitest';
import { webhookExample } from '../../../test/harness/events.ts';
import { fakeSha } from '../../../test/harness/fixtures.ts';
import { BASE, DEFAULT_BRANCH_HEAD, alice, bob, errorsOf, iris, runGate, withStandIn, type GateRun, type World } from './world.ts';

const MARKER = (pullRequest: number, authorisedAt = '2026-03-30T09:00:00.000Z', due = '2026-03-31T09:00:00.000Z') =>
  `<!-- security-review-gate:retrospective {"version":1,"pullRequest":${pullRequest},"authorisedAt":"${authorisedAt}","due":"${due}"} -->\nEmergency change #${pullRequest}.`;

const retro = (
  number: number,
  pullRequest: number,
  fields: { state?: 'open' | 'closed'; stateReason?: 'completed' | 'not_planned' | null; labels?: string[]; body?: string; createdAt?: string; title?: string } = {},
) => ({
  number,
  ...(fields.title !== undefined ? { title: fields.title } : {}),
  body: fields.body ?? MARKER(pullRequest),
  state: fields.state ?? 'open',
  ...(fields.stateReason !== undefined ? { stateReason: fields.stateReason } : {}),
  labels: fields.labels ?? ['retrospective'],
  createdAt: fields.createdAt ?? '2026-03-30T09:05:00Z',
});
const closedBy = (who = iris, at = '2026-03-30T18:00:00Z', stateReason: 'completed' | 'not_planned' = 'completed') => ({
  event: 'closed' as const,
  actor: { login: who.login, id: who.id },
  at,
  stateReason,
});
const others = [
  { number: 8, commits: [{ sha: fakeSha('p8'), message: 'fix: stop the outage\n\nWhy.\n' }] },
  { number: 9, commits: [{ sha: fakeSha('p9'), message: 'fix: rotate the key\n\nWhy.\n' }] },
];

function schedule(gh: Parameters<typeof runGate>[0], world: World, inputs: Record<string, string> = {}): Promise<GateRun> {
  return runGate(gh, world, { eventName: 'schedule', event: { schedule: '17 6 * * *' }, inputs: { mode: 'overdue', ...inputs }, env: { GITHUB_SHA: BASE } });
}
const overdueOf = (r: GateRun) => JSON.parse(r.outputs['overdue'] ?? '[]') as Array<{ pullRequest?: number; issue?: number; status: string; hoursOverdue?: number; reason: string }>;

describe.concurrent('the scheduled mode', () => {
  test('an overdue emergency is escalated and listed; one whose retrospective the ISMS Owner approved is not', async ({ expect }) => {
    await withStandIn(async (gh) => {
      const r = await schedule(gh, {
        others,
        retrospectives: [retro(77, 8), retro(78, 9, { state: 'closed' })],
        retrospectiveEvents: { 78: [closedBy()] },
      });
      expect(r.stderr).toBe('');
      expect(r.exitCode).toBe(1);
      expect(r.outputs).toMatchObject({ approved: 'false', status: 'blocked', 'check-run-id': '' });
      expect(overdueOf(r)).toEqual([
        expect.objectContaining({ pullRequest: 8, issue: 77, status: 'overdue', due: '2026-03-31T09:00:00.000Z', hoursOverdue: 1, escalateTo: ['isms-owner'] }),
      ]);
      expect(r.written.labels).toEqual([{ issue: 77, labels: ['retrospective-overdue'] }]);
      expect(r.written.comments).toHaveLength(1);
      expect(r.written.comments[0]).toMatchObject({ issue: 77, body: expect.stringContaining('Escalated to isms-owner: @iris') });
      expect(r.summary).toContain('1 OVERDUE');
      expect(r.summary).toContain('#77');
      expect(r.summary).not.toContain('<td>#9</td>');
      expect(errorsOf(r).join('\n')).toContain('1 emergency change(s) with an overdue retrospective');
    });
  });

  test('an issue already escalated is listed and fails the run, but is not labelled or commented again', async ({ expect }) => {
    await withStandIn(async (gh) => {
      const r = await schedule(gh, { others, retrospectives: [retro(77, 8, { labels: ['retrospective', 'retrospective-overdue'] })] });
      expect(r.exitCode).toBe(1);
      expect(overdueOf(r).map((e) => e.issue)).toEqual([77]);
      expect(r.written.labels).toEqual([]);
      expect(r.written.comments).toEqual([]);
      expect(r.summary).toContain('already escalated');
    });
  });

  test('nothing overdue: the run passes, listing nothing', async ({ expect }) => {
    await withStandIn(async (gh) => {
      const r = await schedule(gh, {
        others,
        retrospectives: [retro(78, 9, { state: 'open' })],
        retrospectiveEvents: { 78: [{ event: 'labeled', actor: { login: iris.login, id: iris.id }, label: 'retrospective-approved', at: '2026-03-30T20:00:00Z' }] },
      });
      expect(r.stderr).toBe('');
      expect(r.exitCode).toBe(0);
      expect(r.outputs).toMatchObject({ approved: 'true', status: 'approved', overdue: '[]' });
      expect(r.summary).toContain('none overdue');
    });
  });

  test.for([
    ['closed by someone who does not hold the role', [closedBy(bob)], { state: 'closed' as const }],
    ['closed as not planned', [closedBy(iris, '2026-03-30T18:00:00Z', 'not_planned')], { state: 'closed' as const, stateReason: 'not_planned' as const }],
    ['closed, then reopened', [closedBy(), { event: 'reopened' as const, actor: { login: 'alice', id: alice.id }, at: '2026-03-30T19:00:00Z' }], { state: 'open' as const }],
    ['approved by the label, then the label removed', [{ event: 'labeled' as const, actor: { login: 'iris', id: iris.id }, label: 'retrospective-approved' }, { event: 'unlabeled' as const, actor: { login: 'alice', id: alice.id }, label: 'retrospective-approved' }], {}],
  ] as const)('a retrospective %s is overdue', async ([, events, fields], { expect }) => {
    await withStandIn(async (gh) => {
      const r = await schedule(gh, { others, retrospectives: [retro(77, 8, fields)], retrospectiveEvents: { 77: [...events] } });
      expect(r.exitCode).toBe(1);
      expect(overdueOf(r).map((e) => [e.pullRequest, e.status])).toEqual([[8, 'overdue']]);
    });
  });

  test('a retrospective closed by the ISMS Owner who authored the change does not count', async ({ expect }) => {
    await withStandIn(async (gh) => {
      const r = await schedule(gh, { others: [{ number: 8, author: iris, commits: [{ sha: fakeSha('p8'), author: iris }] }], retrospectives: [retro(77, 8, { state: 'closed' })], retrospectiveEvents: { 77: [closedBy()] } });
      expect(overdueOf(r)[0]?.reason).toContain('do not count');
    });
  });

  test('a marker cannot postpone its own deadline: the authorisation is taken no later than the issue', async ({ expect }) => {
    await withStandIn(async (gh) => {
      const forged = retro(77, 8, { body: MARKER(8, '2026-04-30T09:00:00.000Z', '2026-05-01T09:00:00.000Z'), createdAt: '2026-03-30T09:05:00Z' });
      const r = await schedule(gh, { others, retrospectives: [forged] });
      expect(overdueOf(r)).toEqual([expect.objectContaining({ pullRequest: 8, status: 'overdue', due: '2026-03-31T09:05:00.000Z' })]);
    });
  });

  test('not due yet: nothing is read about the change, nothing is escalated', async ({ expect }) => {
    await withStandIn(async (gh) => {
      const r = await schedule(gh, { others, retrospectives: [retro(77, 8, { body: MARKER(8, '2026-03-31T08:00:00.000Z', '2026-04-01T08:00:00.000Z'), createdAt: '2026-03-31T08:05:00Z' })] });
      expect(r.exitCode).toBe(0);
      // The issues labelled retrospective, those the gate's account opened, and the title history of those.
      expect(r.requests.map((q) => q.operation)).toEqual([
        'GET /repos/{owner}/{repo}/contents/{path}',
        'GET /repos/{owner}/{repo}/issues',
        'GET /repos/{owner}/{repo}/issues',
        'GET /repos/{owner}/{repo}/issues/{issue_number}/events',
      ]);
    });
  });

  test('an unreadable marker is escalated as if overdue; a labelled issue without a marker is ignored, and said so', async ({ expect }) => {
    await withStandIn(async (gh) => {
      const r = await schedule(gh, { retrospectives: [retro(77, 8, { body: '<!-- security-review-gate:retrospective {"pullRequest": -> -->' }), retro(79, 0, { body: 'A retrospective written by hand.' })] });
      expect(r.exitCode).toBe(1);
      expect(overdueOf(r)).toEqual([expect.objectContaining({ issue: 77, status: 'error' })]);
      expect(r.written.labels).toEqual([{ issue: 77, labels: ['retrospective-overdue'] }]);
      expect(r.summary).toContain('issue #79 carries the label but no gate marker');
    });
  });

  test('the retrospective label removed: the issue is still found by the account that opened it, and escalated', async ({ expect }) => {
    await withStandIn(async (gh) => {
      const r = await schedule(gh, { others, retrospectives: [retro(77, 8, { labels: [], title: 'Retrospective of emergency change #8, due 2026-03-31T09:00:00.000Z' })] });
      expect(r.exitCode).toBe(1);
      expect(overdueOf(r)).toEqual([expect.objectContaining({ pullRequest: 8, issue: 77, status: 'overdue' })]);
    });
  });

  test('the marker edited out and the label removed: escalated as a retrospective that cannot be trusted', async ({ expect }) => {
    await withStandIn(async (gh) => {
      const r = await schedule(gh, { others, retrospectives: [retro(77, 8, { labels: [], body: 'Done, nothing to see.', title: 'Retrospective of emergency change #8, due 2026-03-31T09:00:00.000Z' })] });
      expect(r.exitCode).toBe(1);
      expect(overdueOf(r)).toEqual([expect.objectContaining({ pullRequest: 8, issue: 77, status: 'error', reason: expect.stringContaining('its marker was removed') })]);
    });
  });

  test('title and marker rewritten to name another pull request: the original title in the timeline tells', async ({ expect }) => {
    await withStandIn(async (gh) => {
      const r = await schedule(gh, {
        others,
        retrospectives: [retro(77, 9, { title: 'Retrospective of emergency change #9, due 2026-03-31T09:00:00.000Z' })],
        retrospectiveEvents: { 77: [{ event: 'renamed', actor: { login: alice.login, id: alice.id }, at: '2026-03-30T10:00:00Z', rename: { from: 'Retrospective of emergency change #8, due 2026-03-31T09:00:00.000Z', to: 'Retrospective of emergency change #9, due 2026-03-31T09:00:00.000Z' } }] },
      });
      expect(r.exitCode).toBe(1);
      expect(overdueOf(r)).toEqual([expect.objectContaining({ pullRequest: 8, issue: 77, status: 'error', reason: expect.stringContaining('its original title #8') })]);
    });
  });

  test('workflow_dispatch reads the policy from the default branch, not the dispatched ref', async ({ expect }) => {
    await withStandIn(async (gh) => {
      const event = webhookExample('workflow_dispatch', undefined, (e) => e['ref'] === 'refs/heads/main');
      event['ref'] = 'refs/heads/feature/weaker-policy';
      const r = await runGate(gh, { others, defaultBranch: 'main', retrospectives: [retro(77, 8)] }, { eventName: 'workflow_dispatch', event, inputs: { mode: 'overdue' } });
      expect(r.stderr).toBe('');
      // The branch is resolved to its commit first: a tag named main cannot stand in for it.
      expect(r.requests.find((q) => q.operation === 'GET /repos/{owner}/{repo}/git/ref/{ref}')?.path).toMatch(/\/git\/ref\/heads(%2F|\/)main$/);
      expect(r.requests.find((q) => q.operation === 'GET /repos/{owner}/{repo}/contents/{path}')?.query.get('ref')).toBe(DEFAULT_BRANCH_HEAD);
      expect(overdueOf(r).map((e) => e.pullRequest)).toEqual([8]);
    });
  });

  test('mode overdue on a pull request event names the accepted events', async ({ expect }) => {
    await withStandIn(async (gh) => {
      const r = await runGate(gh, {}, { inputs: { mode: 'overdue' } });
      expect(r.exitCode).toBe(1);
      expect(errorsOf(r).join('\n')).toMatch(/event "pull_request_target" is not accepted in mode overdue; accepted: .*schedule, workflow_dispatch \(mode: overdue\)/);
      expect(r.requests).toEqual([]);
    });
  });
});
