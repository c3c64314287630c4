/** The scheduled mode: which emergency retrospectives are overdue, and who hears of it. */
import { describe, expect, test } from 'vitest';
import { overdue, type EmergencyChange } from '../src/index.ts';
import { POLICY, alice, bob, dependabot, iris, snapshot } from './helpers.ts';

const directory = snapshot().directory;
const NOW = new Date('2026-04-02T12:00:00Z');
const authorisedAt = '2026-04-01T09:00:00Z'; // due 2026-04-02T09:00:00Z

function emergency(overrides: Partial<EmergencyChange> = {}): EmergencyChange {
  return { pullRequest: 42, authorisedAt, author: alice, contributors: [alice.id], retrospective: { issue: 77, approvals: [] }, ...overrides };
}
const approval = (user = iris, at = '2026-04-01T18:00:00Z') => ({ user, at });

describe('overdue retrospectives', () => {
  test.each<[string, EmergencyChange, Date]>([
    ['not due yet', emergency(), new Date('2026-04-02T08:59:59Z')],
    ['approved by the ISMS Owner in time', emergency({ retrospective: { issue: 77, approvals: [approval()] } }), NOW],
    ['approved by the ISMS Owner late (approved all the same)', emergency({ retrospective: { issue: 77, approvals: [approval(iris, '2026-04-02T11:00:00Z')] } }), NOW],
  ])('%s: not listed', (_, change, now) => {
    expect(overdue(POLICY, [change], now, directory)).toEqual([]);
  });

  test.each<[string, EmergencyChange, string]>([
    ['no approval at all', emergency(), 'has no approval by isms-owner'],
    ['no retrospective issue', { pullRequest: 42, authorisedAt, author: alice, contributors: [alice.id] }, 'no retrospective issue was opened'],
    ['approved by someone without the role', emergency({ retrospective: { issue: 77, approvals: [approval(bob)] } }), 'approvals by @bob do not count'],
    ['approved by the ISMS Owner who authored the change', emergency({ author: iris, contributors: [iris.id], retrospective: { issue: 77, approvals: [approval()] } }), 'do not count'],
    ['approved by the ISMS Owner who committed to the change', emergency({ contributors: [alice.id, iris.id], retrospective: { issue: 77, approvals: [approval()] } }), 'do not count'],
    ['approved before the emergency was authorised', emergency({ retrospective: { issue: 77, approvals: [approval(iris, '2026-04-01T08:00:00Z')] } }), 'do not count'],
    ['approved by a bot', emergency({ retrospective: { issue: 77, approvals: [approval(dependabot)] } }), 'do not count'],
  ])('%s: overdue', (_, change, reason) => {
    const [entry, ...rest] = overdue(POLICY, [change], NOW, directory);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ pullRequest: 42, status: 'overdue', due: '2026-04-02T09:00:00.000Z', hoursOverdue: 3, escalateTo: ['isms-owner'] });
    expect(entry?.reason).toContain(reason);
  });

  test('entries that cannot be judged are escalated as errors', () => {
    const entries = overdue(POLICY, [emergency({ authorisedAt: 'yesterday' }), emergency({ pullRequest: 43, retrospective: { issue: 1, approvals: null as never } })], NOW, directory);
    expect(entries.map((e) => [e.pullRequest, e.status])).toEqual([
      [42, 'error'],
      [43, 'error'],
    ]);
  });

  test('a broken policy or clock makes every entry an error', () => {
    const broken = { ...POLICY, emergency: { ...POLICY.emergency, retrospectiveHours: -1 } };
    expect(overdue(broken, [emergency()], NOW, directory).map((e) => e.status)).toEqual(['error']);
    expect(overdue(POLICY, [emergency()], new Date(Number.NaN), directory).map((e) => e.status)).toEqual(['error']);
  });

  test('the oldest deadline comes first', () => {
    const entries = overdue(POLICY, [emergency({ pullRequest: 2 }), emergency({ pullRequest: 1, authorisedAt: '2026-03-30T09:00:00Z' })], NOW, directory);
    expect(entries.map((e) => e.pullRequest)).toEqual([1, 2]);
  });
});
