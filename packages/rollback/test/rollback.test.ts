import { describe, expect, test } from 'vitest';
import { extractIncident, type Incident, type MonitorVerdict, type RollbackPlan } from '@change-actions/change-record';
import { lintMessage } from '@change-actions/commit-lint';
import { defaultPolicy } from '@change-actions/policy';
import { changedSecrets, classifyFailure, decide, explainDecision, incidentBody, judgeRestore, liveState, loopGuard, revertMessage, rollbackMessage, standingFreezes, statusPageNote, type IncidentIssue } from '../src/index.ts';

const A = '600d0000-0000-4000-8000-000000000001';
const B = 'bad00000-0000-4000-8000-000000000002';
const policy = defaultPolicy.rollback;

const plan = (over: Partial<RollbackPlan> = {}): RollbackPlan => ({
  kind: 'rollback-plan',
  version: 1,
  mode: 'rollback',
  worker: 'provii-verifier',
  environment: null,
  target_version_id: A,
  target: { version_id: A, percentage: 100, number: 1, tag: null, message: null, created_on: null },
  new_version_id: B,
  recommended: false,
  trigger: null,
  command: null,
  argv: null,
  working_directory: '.',
  reasons: [],
  caveats: [],
  recorded_at: '2026-12-01T10:00:00.000Z',
  ...over,
});

const verdict = (over: Partial<MonitorVerdict> = {}): MonitorVerdict => ({
  kind: 'monitor-verdict',
  version: 1,
  verdict: 'breached',
  reason: 'error rate 40 % > 5 %',
  service: 'provii-verifier',
  environment: null,
  version_id: B,
  previous_version_id: A,
  window: { started_at: '2026-12-01T10:00:00Z', ended_at: '2026-12-01T10:05:00Z', planned_seconds: 300, interval_seconds: 30, initial_delay_seconds: 0 },
  complete: true,
  baseline: { kind: 'none', reason: 'x' },
  metrics: [{ name: 'error-rate', source: 'loki', status: 'breached', threshold: { kind: 'absolute', operator: '>', value: 0.05 }, value: 0.4, baseline: null, samples: 100, min_samples: 50, reason: 'x' }],
  breaches: [{ metric: 'error-rate', trigger: 'error rate > 5 %', value: 0.4, threshold: { kind: 'absolute', operator: '>', value: 0.05 }, baseline: null, samples: 100, at: '2026-12-01T10:01:00Z', reason: '40 of 100' }],
  intervals: [],
  queries: [],
  policy: { kind: 'defaults', path: '.github/change-policy.yml', ref: 'a'.repeat(40) },
  dry_run: false,
  recorded_at: '2026-12-01T10:05:00.000Z',
  ...over,
});

const incident = (over: Partial<Incident> = {}): Incident => ({
  kind: 'incident',
  version: 1,
  service: 'provii-verifier',
  environment: null,
  trigger: 'breached',
  reason: 'error rate > 5 %',
  root_cause_sha: 'c'.repeat(40),
  root_cause_author: 'ada',
  deployment: { id: null, version_id: B, previous_version_id: A },
  breaches: [],
  rollback: { outcome: 'restored', verified: true, target_version_id: A, attempts: 1, reason: 'ok' },
  revert: { outcome: 'pull-request', branch: 'revert/x', pull_request: 3, sha: null, reason: 'ok' },
  times: { deployed_at: null, detected_at: '2026-12-01T10:05:00.000Z', rollback_started_at: '2026-12-01T10:05:01.000Z', restored_at: '2026-12-01T10:05:09.000Z', time_to_restore_seconds: 9 },
  issue: 2,
  dry_run: false,
  recorded_at: '2026-12-01T10:05:10.000Z',
  ...over,
});

describe('decide', () => {
  test('breached and failed roll back to the recorded target', () => {
    expect(decide({ verdict: verdict(), plan: plan(), policy })).toMatchObject({ action: 'rollback', trigger: 'breached', targetVersionId: A, badVersionId: B });
    expect(decide({ verdict: verdict({ verdict: 'failed', breaches: [], reason: 'the queries failed' }), plan: plan(), policy })).toMatchObject({ action: 'rollback', trigger: 'failed', reason: 'the queries failed' });
  });
  test('inconclusive pages unless the policy says rollback; a healthy verdict that proves nothing is inconclusive', () => {
    expect(decide({ verdict: verdict({ verdict: 'inconclusive', breaches: [] }), plan: plan(), policy })).toMatchObject({ action: 'page', trigger: 'inconclusive' });
    expect(decide({ verdict: verdict({ verdict: 'inconclusive', breaches: [] }), plan: plan(), policy: { ...policy, inconclusive: 'rollback' } })).toMatchObject({ action: 'rollback', trigger: 'inconclusive' });
    expect(decide({ verdict: verdict({ verdict: 'healthy', complete: false, breaches: [] }), plan: plan(), policy })).toMatchObject({ action: 'page', trigger: 'inconclusive' });
  });
  test('healthy over the whole watch: nothing; a trigger input overrides it', () => {
    const healthy = verdict({ verdict: 'healthy', breaches: [], metrics: [{ ...verdict().metrics[0]!, status: 'healthy' }] });
    expect(decide({ verdict: healthy, plan: plan(), policy }).action).toBe('none');
    expect(decide({ verdict: healthy, trigger: 'manual', reason: 'customers report errors', plan: plan(), policy })).toMatchObject({ action: 'rollback', trigger: 'manual', reason: 'customers report errors' });
  });
  test('no target, the target is the bad version, or the verdict is about another deploy: a person decides', () => {
    expect(decide({ trigger: 'deploy-failed', plan: plan({ mode: 'none', target: null, target_version_id: null }), policy })).toMatchObject({ action: 'page', targetVersionId: null });
    expect(decide({ trigger: 'manual', plan: plan({ new_version_id: A }), policy })).toMatchObject({ action: 'page' });
    expect(decide({ verdict: verdict({ version_id: 'other' }), plan: plan(), policy })).toMatchObject({ action: 'page' });
    expect(decide({ plan: plan(), policy }).action).toBe('none');
  });
});

describe('the loop guard and the freeze', () => {
  const issue = (over: Partial<IncidentIssue> = {}, inc: Partial<Incident> = {}): IncidentIssue => ({ number: 2, state: 'open', labels: ['incident:auto-rollback', 'deploy-freeze'], incident: incident(inc), ...over });
  const now = new Date('2026-12-01T10:30:00Z');
  test('one automatic rollback per window: a second is refused; an earlier run of this one is reused', () => {
    expect(loopGuard({ issues: [issue({}, { deployment: { id: null, version_id: 'older', previous_version_id: A } })], service: 'provii-verifier', environment: null, badVersionId: B, now, windowMinutes: 60 })).toMatchObject({ allowed: false });
    const mine = issue();
    expect(loopGuard({ issues: [mine], service: 'provii-verifier', environment: null, badVersionId: B, now, windowMinutes: 60 })).toEqual({ allowed: true, existing: mine });
    expect(loopGuard({ issues: [issue({}, { service: 'provii-issuer', deployment: { id: null, version_id: 'x', previous_version_id: A } })], service: 'provii-verifier', environment: null, badVersionId: B, now, windowMinutes: 60 }).allowed).toBe(true);
  });
  test('outside the window, the freeze still stands until a person other than the author closes the issue', () => {
    const old = { deployment: { id: null, version_id: 'older', previous_version_id: A }, times: { ...incident().times, rollback_started_at: '2026-12-01T07:00:00.000Z' } };
    const args = { service: 'provii-verifier', environment: null, badVersionId: B, now, windowMinutes: 60 };
    expect(loopGuard({ ...args, issues: [issue({}, old)] })).toMatchObject({ allowed: false, reason: expect.stringMatching(/frozen/) });
    expect(loopGuard({ ...args, issues: [issue({ state: 'closed', closedBy: 'ada' }, old)] }).allowed).toBe(false);
    expect(loopGuard({ ...args, issues: [issue({ state: 'closed', closedBy: 'dependabot[bot]', closedByBot: true }, old)] }).allowed).toBe(false);
    expect(loopGuard({ ...args, issues: [issue({ state: 'closed', closedBy: 'grace' }, old)] }).allowed).toBe(true);
  });
  test('standingFreezes: per environment; dry runs freeze nothing', () => {
    expect(standingFreezes([issue()], { environment: 'production' })).toHaveLength(1);
    expect(standingFreezes([issue()], { environment: 'staging' })).toHaveLength(0);
    expect(standingFreezes([issue({}, { dry_run: true })], { environment: null })).toHaveLength(0);
  });
});

describe('restoring', () => {
  test('only network errors, 5xx and throttling are retried; a refusal and a timeout are not', () => {
    expect(classifyFailure({ code: 10013, killed: false, text: '' })).toBe('retry');
    expect(classifyFailure({ killed: false, text: 'TypeError: fetch failed ECONNREFUSED' })).toBe('retry');
    for (const code of [100140, 100147, 10000, 10021, 10007]) expect(classifyFailure({ code, killed: false, text: '' })).toBe('refused');
    expect(classifyFailure({ killed: false, text: 'Unknown arguments: --bogus' })).toBe('refused');
    expect(classifyFailure({ killed: true, text: '' })).toBe('timeout');
  });
  test('the restore is the target alone at 100 %', () => {
    expect(judgeRestore({ id: 'd', versions: [{ versionId: A, percentage: 100 }] }, A)).toEqual({ restored: true });
    expect(judgeRestore({ id: 'd', versions: [{ versionId: A, percentage: 90 }, { versionId: B, percentage: 10 }] }, A).restored).toBe(false);
    expect(judgeRestore({ id: 'd', versions: [{ versionId: B, percentage: 100 }] }, A).restored).toBe(false);
    expect(liveState({ id: 'd', versions: [{ versionId: 'x', percentage: 100 }] }, A, B)).toBe('other');
  });
  test('the rollback message fits in 100 bytes', () => {
    const m = rollbackMessage({ targetVersionId: A, badVersionId: B, trigger: 'critical functionality broken ✓✓✓ '.repeat(5), incident: 12345 });
    expect(new TextEncoder().encode(m).length).toBeLessThanOrEqual(100);
    expect(m.startsWith('auto-rollback to 600d0000 from bad00000 (#12345): ')).toBe(true);
  });
  test("the secrets Cloudflare said changed, from wrangler's confirmation", () => {
    const out = `? The following secrets have changed since version ${A} was deployed. Please confirm you wish to continue with the rollback\n  * API_KEY\n  * SIGNING_KEY\n🤖 Using fallback value in non-interactive context: yes\n`;
    expect(changedSecrets(out)).toEqual(['API_KEY', 'SIGNING_KEY']);
    expect(changedSecrets('Worker Version deployed')).toBeUndefined();
  });
});

describe('the revert message and the incident issue', () => {
  test('lint-commit accepts the revert message, however long or odd the title', () => {
    for (const header of ['feat: raise the limit', `feat: ${'x'.repeat(120)}`, 'feat: "quoted" title', 'Merge pull request #9 from o/b']) {
      const message = revertMessage({ subject: { sha: 'c'.repeat(40), message: `${header}\n\nfix: the real title\n`, parents: header.startsWith('Merge') ? ['a'.repeat(40), 'b'.repeat(40)] : ['a'.repeat(40)] }, reason: 'error rate > 5 %: 40 of 100 answers were 5xx', targetVersionId: A, incident: 12, baseBranch: 'main' });
      const lint = lintMessage(message, defaultPolicy.commits);
      expect(lint.errors, `${message}\n${JSON.stringify(lint.errors)}`).toEqual([]);
      expect(lint.warnings.filter((w) => w.rule === 'header-max-length')).toEqual([]);
      expect(message).toMatch(/\n\nFixes: #12\n$/);
    }
  });
  test('the issue body carries the record change-metrics reads back, and the timeline', () => {
    const body = incidentBody(incident(), [{ at: '2026-12-01T10:05:01.000Z', what: 'wrangler rollback | succeeded' }]);
    expect(extractIncident(body, 'issue #2')).toEqual(incident());
    expect(body).toContain('wrangler rollback \\| succeeded');
    expect(body).toMatch(/frozen while this issue is open/);
  });
  test('the status page note: only in production, plain words', () => {
    expect(statusPageNote(incident())).toMatch(/^provii-verifier: elevated errors after a change from 2026-12-01T10:05:00Z; the previous version was restored at 2026-12-01T10:05:09Z/);
    expect(statusPageNote(incident({ environment: 'staging' }))).toBe('');
    expect(statusPageNote(incident({ rollback: { ...incident().rollback, outcome: 'failed', verified: false } }))).toMatch(/Engineers are working on it/);
  });
});

describe('the decision in the shared result shape', () => {
  test('a rollback fails its trigger, with each breach as a child and its numbers as evidence', () => {
    const tree = explainDecision(decide({ verdict: verdict(), plan: plan(), policy }));
    expect(tree).toMatchObject({ status: 'fail', rule: 'breached', evidence: [{ note: `target ${A}, bad version ${B}` }] });
    expect(tree.children).toEqual([{ status: 'fail', rule: 'error rate > 5 %', reason: '40 of 100', evidence: [{ note: 'error-rate: 0.4 > 0.05 at 2026-12-01T10:01:00Z' }] }]);
  });

  test('an inconclusive watch pages a person (pending); a healthy one needs nothing (pass)', () => {
    expect(explainDecision(decide({ verdict: verdict({ verdict: 'inconclusive', breaches: [] }), plan: plan(), policy })).status).toBe('pending');
    const healthy = verdict({ verdict: 'healthy', breaches: [], metrics: [{ ...verdict().metrics[0]!, status: 'healthy', value: 0.01 }] });
    const decision = decide({ verdict: healthy, plan: plan(), policy });
    expect(decision.action).toBe('none');
    expect(explainDecision(decision)).toEqual({ status: 'pass', rule: 'rollback', reason: decision.reason, evidence: [] });
  });
});
