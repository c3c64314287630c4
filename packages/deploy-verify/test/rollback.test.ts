import { describe, expect, test } from 'vitest';
import {
  TRIGGERS,
  afterFailedDeploy,
  deployVerdict,
  deploymentState,
  finalVerdict,
  refusedVerdict,
  judgeLive,
  rollbackPlan,
  rollbackReadiness,
  targetToLookUp,
  type HealthOutcome,
  type LiveDeployment,
  type ReadinessInput,
  type SmokeResult,
  type VersionInfo,
} from '../src/index.ts';

const A = 'aaaaaaaa-0000-4000-8000-000000000001';
const B = 'bbbbbbbb-0000-4000-8000-000000000002';
const NEW = 'cccccccc-0000-4000-8000-000000000003';

const live = (...versions: Array<[string, number]>): LiveDeployment => ({ id: 'dep-1', versions: versions.map(([versionId, percentage]) => ({ versionId, percentage })) });
/** The newest `count` versions ending at number `newest`, oldest first, as wrangler lists them (at most 10). */
function recent(newest: number, count: number, ids: Record<number, string> = {}): VersionInfo[] {
  return Array.from({ length: count }, (_, i) => newest - count + 1 + i).map((n) => ({ id: ids[n] ?? `v-${n}`, number: n, tag: `tag-${n}` }));
}
const base: ReadinessInput = { live: live([A, 100]), recent: recent(5, 5, { 5: A }), forwardFixOnly: false };

describe('rollback readiness, decided before the deploy', () => {
  test.each<[string, Partial<ReadinessInput>, string, string[]]>([
    ['the serving version is the newest: ready', {}, 'ready', []],
    ['nothing serves yet: a first deploy has nothing to roll back to', { live: null, recent: [] }, 'none', ['no version served traffic before this deploy: there is nothing to roll back to']],
    ['the change record says not rollback-safe: refused', { rollbackSafe: false, rollbackUnsafeReasons: ['adds Durable Object migration v2'] }, 'refused', ['the change record says this change is not rollback-safe: adds Durable Object migration v2']],
    ['not rollback-safe, forward-fix-only accepted', { rollbackSafe: false, forwardFixOnly: true }, 'forward-fix-only', ['the change record says this change is not rollback-safe']],
    ['98 newer versions: still inside the window after this deploy', { recent: recent(99, 10), targetVersion: { id: A, number: 1 } }, 'ready', []],
    [
      '99 newer versions: this deploy pushes it out of the newest 100',
      { recent: recent(100, 10), targetVersion: { id: A, number: 1 } },
      'refused',
      ['the target version aaaaaaaa has 99 newer versions; this deploy adds one more, which leaves it outside the 100 newest versions Cloudflare can roll back to'],
    ],
    ['the target not found at all', { recent: recent(40, 10) }, 'refused', ['the target version aaaaaaaa was not found among the Worker\'s versions, so Cloudflare cannot roll back to it']],
    [
      'no version numbers and not listed: its place cannot be told, so refused',
      { recent: [{ id: 'x' }, { id: 'y' }], targetVersion: { id: A } },
      'refused',
      ['the place of the target version aaaaaaaa among the 100 newest versions Cloudflare can roll back to cannot be told (no version numbers)'],
    ],
    ['no version numbers but listed: the listing order tells', { recent: [{ id: 'x' }, { id: A }, { id: 'y' }] }, 'ready', []],
    ['a smaller window', { recent: recent(10, 10, { 7: A }), window: 4 }, 'refused', ['the target version aaaaaaaa has 3 newer versions; this deploy adds one more, which leaves it outside the 4 newest versions Cloudflare can roll back to']],
  ])('%s', (_name, change, decision, reasons) => {
    const readiness = rollbackReadiness({ ...base, ...change });
    expect(readiness.decision).toBe(decision);
    expect(readiness.reasons).toEqual(reasons);
  });

  const at = (id: string, createdOn: string, ...versions: Array<[string, number]>): LiveDeployment => ({ ...live(...versions), id, createdOn });

  test('traffic split: the target comes from the history, the last version that served everything, never the one with the most traffic', () => {
    // 60/40 with the rolling-out version B ahead: A served everything before the rollout.
    const history = [at('d2', '2026-12-01T10:00:00Z', [B, 60], [A, 40]), at('d1', '2026-11-30T10:00:00Z', [A, 100]), at('d0', '2026-11-29T10:00:00Z', [B, 100])];
    const readiness = rollbackReadiness({ ...base, live: live([B, 60], [A, 40]), recent: recent(5, 5, { 4: A, 5: B }), history });
    expect(readiness.decision).toBe('ready');
    expect(readiness.target).toEqual({ versionId: A, percentage: 40, newer: 1, number: 4, tag: 'tag-4' });
    expect(readiness.caveats[0]).toBe('traffic was split before this deploy (bbbbbbbb 60 %, aaaaaaaa 40 %); the rollback target is aaaaaaaa, the version of the last deployment that served all traffic');
  });

  test('traffic split 50/50 and no deployment of the history served one version at 100 %: refused, and why', () => {
    const readiness = rollbackReadiness({ ...base, live: live([A, 50], [B, 50]), recent: recent(5, 5, { 4: A, 5: B }), history: [at('d2', '2026-12-01T10:00:00Z', [A, 50], [B, 50])] });
    expect(readiness.decision).toBe('refused');
    expect(readiness.target).toBeNull();
    expect(readiness.reasons[0]).toMatch(/traffic is split \(aaaaaaaa 50 %, bbbbbbbb 50 %\) and no deployment of the history \(1 read\) served one version at 100 %/);
    expect(rollbackReadiness({ ...base, live: live([A, 50], [B, 50]), history: [], forwardFixOnly: true }).decision).toBe('forward-fix-only');
  });

  test('the caveats say what a rollback cannot do', () => {
    const { caveats } = rollbackReadiness({ ...base, secretNames: ['API_KEY', 'DB_URL'] });
    expect(caveats).toEqual([
      'a rollback restores code, bindings and settings, never data: KV, D1, R2 and Durable Object storage stay as the new version left them',
      'rollback safety was not assessed (no change record): Cloudflare refuses a rollback across a Durable Object migration or to a version whose bound resources no longer exist',
      'this deploy uploads the secrets API_KEY, DB_URL; Cloudflare asks to confirm a rollback after a secret change (API error 10220), which wrangler gives when not interactive',
    ]);
    expect(rollbackReadiness({ ...base, rollbackSafe: true }).caveats).toHaveLength(1);
  });

  test('the target is looked up only when wrangler did not list it', () => {
    expect(targetToLookUp(live([A, 100]), recent(5, 5, { 5: A }))).toBeUndefined();
    expect(targetToLookUp(live([A, 100]), recent(30, 10))).toBe(A);
    expect(targetToLookUp(null, [])).toBeUndefined();
  });
});

describe('the rollback plan', () => {
  const now = new Date('2026-11-28T12:00:00Z');
  const ready = rollbackReadiness({ ...base, rollbackSafe: true });

  test('names the recorded version in the exact command, never a bare rollback', () => {
    const plan = rollbackPlan({ readiness: ready, target: { config: 'wrangler.prod.toml', environment: 'production' }, workingDirectory: 'workers/verifier', worker: 'provii-verifier-production', newVersionId: NEW, recommended: true, trigger: TRIGGERS.critical, now });
    expect(plan).toEqual({
      kind: 'rollback-plan',
      version: 1,
      mode: 'rollback',
      worker: 'provii-verifier-production',
      environment: 'production',
      target_version_id: A,
      target: { version_id: A, percentage: 100, number: 5, tag: 'tag-5', message: null, created_on: null },
      new_version_id: NEW,
      recommended: true,
      trigger: 'critical functionality broken',
      command: `wrangler rollback ${A} --name provii-verifier-production --config wrangler.prod.toml --env production --message 'rollback to aaaaaaaa from cccccccc: critical functionality broken' --yes`,
      argv: ['wrangler', 'rollback', A, '--name', 'provii-verifier-production', '--config', 'wrangler.prod.toml', '--env', 'production', '--message', 'rollback to aaaaaaaa from cccccccc: critical functionality broken', '--yes'],
      working_directory: 'workers/verifier',
      reasons: [],
      caveats: ready.caveats,
      recorded_at: '2026-11-28T12:00:00.000Z',
    });
  });

  test('before the deploy (no new version, no Worker name yet) the command still names the target', () => {
    const plan = rollbackPlan({ readiness: ready, target: {}, workingDirectory: '.', now });
    expect(plan.argv).toEqual(['wrangler', 'rollback', A, '--message', 'rollback to aaaaaaaa', '--yes']);
    expect(plan.recommended).toBe(false);
  });

  test.each([
    ['refused', rollbackReadiness({ ...base, rollbackSafe: false }), 'refused'],
    ['forward-fix-only', rollbackReadiness({ ...base, rollbackSafe: false, forwardFixOnly: true }), 'forward-fix-only'],
    ['first deploy', rollbackReadiness({ ...base, live: null }), 'none'],
  ])('%s: no command, never recommended', (_name, readiness, mode) => {
    const plan = rollbackPlan({ readiness, target: {}, workingDirectory: '.', newVersionId: NEW, recommended: true, trigger: TRIGGERS.critical, notes: ['health check failed'], now });
    expect(plan).toMatchObject({ mode, command: null, argv: null, recommended: false });
    expect(plan.reasons.at(-1)).toBe('health check failed');
  });

  test('a message with quotes is quoted for the shell', () => {
    const plan = rollbackPlan({ readiness: ready, target: { config: "it's.toml" }, workingDirectory: '.', newVersionId: NEW, now });
    expect(plan.command).toContain(`--config 'it'\\''s.toml'`);
  });
});

describe('the verdict', () => {
  const health = (healthy: boolean, checks: string[] = []): HealthOutcome => ({
    healthy,
    url: 'https://verify.example/health',
    attempts: 3,
    elapsedMs: 4000,
    findings: checks.map((check) => ({ check: check as never, message: `${check} problem` })),
    summary: healthy ? 'healthy after 3 attempts' : `not healthy after 3 attempts: ${checks.join('; ')}`,
    history: [],
  });
  const smoke = (name: string, outcome: 'passed' | 'failed' | 'skipped', critical = false): SmokeResult => ({
    name,
    critical,
    outcome,
    method: 'GET',
    path: '/x',
    status: 200,
    latency_ms: 5,
    findings: outcome === 'failed' ? [{ check: 'status', message: 'status 500; expected 200' }] : [],
  });
  const fine = { mismatch: undefined };

  test.each<[string, Parameters<typeof deployVerdict>[0], boolean, string | null, boolean, string]>([
    ['all good', { deploy: { ok: true }, live: fine, health: health(true), smoke: [smoke('a', 'passed')] }, true, null, false, 'healthy'],
    ['the old version answering', { deploy: { ok: true }, live: fine, health: health(false, ['version']), smoke: [] }, false, TRIGGERS.notServing, true, 'the new version is not the one answering'],
    ['health failing', { deploy: { ok: true }, live: fine, health: health(false, ['status', 'version']), smoke: [] }, false, TRIGGERS.critical, true, 'the health check failed'],
    ['a critical smoke test failing', { deploy: { ok: true }, live: fine, health: health(true), smoke: [smoke('login', 'failed', true), smoke('b', 'passed')] }, false, TRIGGERS.critical, true, '1 critical smoke test failed'],
    ['a minor smoke test failing: no trigger', { deploy: { ok: true }, live: fine, health: health(true), smoke: [smoke('about', 'failed')] }, false, null, false, '1 smoke test failed'],
    ['the live deployment is someone else\'s', { deploy: { ok: true }, live: { mismatch: 'the live deployment is not the one this run made' }, health: health(true), smoke: [] }, false, null, false, 'another deployment is live'],
    ['the live deployment unreadable', { deploy: { ok: true }, live: { problem: 'wrangler deployments status failed' }, health: health(true), smoke: [] }, false, null, false, 'the live deployment is not confirmed'],
    ['no health check', { deploy: { ok: true }, smoke: [] }, false, null, false, 'not verified'],
    ['deploy failed, production unchanged', { deploy: { ok: false, problem: 'wrangler deploy failed', liveChanged: false }, smoke: [] }, false, null, false, 'the deploy failed'],
    ['deploy failed, unknown whether production changed', { deploy: { ok: false, problem: 'stopped', liveChanged: undefined }, smoke: [] }, false, null, false, 'the deploy failed'],
    ['deploy failed after production changed', { deploy: { ok: false, problem: 'triggers failed', liveChanged: true }, smoke: [] }, false, TRIGGERS.failedAfterChange, true, 'the deploy failed, but production changed'],
  ])('%s', (_name, input, healthy, trigger, recommended, headline) => {
    const verdict = deployVerdict(input);
    expect(verdict).toMatchObject({ healthy, trigger, recommended, headline });
    expect(verdict.reasons.length === 0).toBe(healthy);
  });

  test('failed smoke tests are named with what they found', () => {
    const verdict = deployVerdict({ deploy: { ok: true }, live: fine, health: health(true), smoke: [smoke('about', 'failed')] });
    expect(verdict.reasons).toEqual([
      '1 of 1 smoke tests failed: "about" (status 500; expected 200)',
      "no failed test is critical, so no rollback trigger is met: fix forward, or roll back at the change owner's judgement",
    ]);
  });

  test.each([
    ['the same split in another order', live([A, 75], [NEW, 25]), undefined],
    ['another version at 100 %', live([B, 100]), /bbbbbbbb 100 % serve, expected cccccccc 25 %, aaaaaaaa 75 %/],
    ['the split changed', live([NEW, 50], [A, 50]), /cccccccc 50 %, aaaaaaaa 50 % serve/],
  ])('live read-back: %s', (_name, actual, message) => {
    const found = judgeLive([{ versionId: NEW, percentage: 25 }, { versionId: A, percentage: 75 }], actual);
    if (message === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(message);
  });
});

describe('the verdict helpers deployWith relies on', () => {
  test('a failed deploy: production changed or not, and the version now serving', () => {
    const before = live([A, 100]);
    expect(afterFailedDeploy(before, { ...live([NEW, 100]), id: 'dep-2' }, undefined)).toEqual({ liveChanged: true, versionId: NEW });
    expect(afterFailedDeploy(before, before, undefined)).toEqual({ liveChanged: false, versionId: undefined });
    expect(afterFailedDeploy(before, { problem: 'API down' }, NEW)).toEqual({ liveChanged: undefined, versionId: NEW });
    expect(afterFailedDeploy(null, live([NEW, 100]), undefined)).toEqual({ liveChanged: true, versionId: NEW });
  });
  test('no URL is a verdict of its own; the GitHub state follows the verdict', () => {
    const v = finalVerdict({ deploy: { ok: true }, smoke: [], url: undefined, targets: [] });
    expect(v).toMatchObject({ healthy: false, headline: 'no URL to verify', recommended: false });
    expect(deploymentState(v, true)).toBe('failure');
    expect(deploymentState(v, false)).toBe('error');
    expect(deploymentState({ ...v, healthy: true }, true)).toBe('success');
    expect(refusedVerdict('deploy refused', ['x'])).toEqual({ healthy: false, headline: 'deploy refused', reasons: ['x'], trigger: null, recommended: false });
  });
});
