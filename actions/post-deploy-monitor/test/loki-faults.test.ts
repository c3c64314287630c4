/**
 * Loki faults through the bundle: the stand-in's scripted mode answers every query with one fault;
 * none of them may end `healthy`. Lines for a healthy new version are pushed too, so a fault is
 * the only thing standing between the watch and health.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { monitorVerdictContract } from '@change-actions/change-record';
import { readContractFile } from '@change-actions/change-record/files';
import { TempRepo } from '../../../test/harness/git-repo.ts';
import { LOKI_ERRORS, startLokiStandin, type LokiStandin, type Scripted } from '../../../test/harness/loki-standin.ts';
import { runAction } from '../../../test/harness/run-action.ts';

const NEW = 'fa017000-0000-4000-8000-000000000002';
const POLICY = `version: 1
monitor:
  window: 2s
  interval: 1s
  consecutive-error-limit: 1
  metrics:
    - { name: error-rate, source: loki, template: error-rate, threshold: { kind: absolute, operator: ">", value: 0.05 }, min-samples: 5 }
`;
const matrix = (result: unknown[]) => JSON.stringify({ status: 'success', data: { resultType: 'matrix', result } });
const now = () => Math.floor(Date.now() / 1000);

const faults: Array<[string, Scripted | ((query: string) => Scripted)]> = [
  ...[400, 429, 499, 500, 503, 504].map((status): [string, Scripted] => [`HTTP ${status}`, { status, body: LOKI_ERRORS[status]! }]),
  ['a timeout past request-timeout-seconds', { status: 200, body: matrix([]), delayMs: 2_500 }],
  ['a body that is not JSON', { status: 200, body: '<html>upstream connect error</html>', contentType: 'text/html' }],
  ['an empty result', { status: 200, body: matrix([]) }],
  ['NaN', { status: 200, body: matrix([{ metric: { version: NEW }, values: [[now(), 'NaN']] }]) }],
  ['a series for another version', { status: 200, body: matrix([{ metric: { version: 'not-the-new-one' }, values: [[now(), '0']] }]) }],
  ['streams instead of a matrix', { status: 200, body: JSON.stringify({ status: 'success', data: { resultType: 'streams', result: [] } }) }],
];

let loki: LokiStandin;
let repo: TempRepo;
let sha: string;
let pusher: NodeJS.Timeout;

beforeAll(async () => {
  loki = await startLokiStandin();
  repo = new TempRepo();
  sha = repo.commit('chore: add the change policy\n\nA short watch for the fault fixtures.', { '.github/change-policy.yml': POLICY });
  const line = JSON.stringify({ ScriptName: 'svc', ScriptVersion: { ID: NEW }, Outcome: 'ok', Event: { Request: { URL: 'https://svc.example/', Method: 'GET' }, Response: { Status: 200 } }, WallTimeMs: 5 });
  pusher = setInterval(() => loki.push({ service_name: 'svc' }, Array.from({ length: 10 }, () => ({ at: new Date(), line }))), 100);
});
afterAll(async () => {
  clearInterval(pusher);
  await loki.close();
});

async function watch() {
  const result = await runAction({
    action: 'post-deploy-monitor',
    inputs: { service: 'svc', 'version-id': NEW, 'loki-url': loki.url, 'loki-tenant': 't', 'policy-ref': sha, 'repository-path': repo.dir, 'request-timeout-seconds': '1' },
    killAfterMs: 60_000,
  });
  return { result, verdict: readContractFile(monitorVerdictContract, result.outputs['verdict-file']!) };
}

describe('Loki faults through the bundle', () => {
  test('without a fault the watch is healthy (the fixtures are not failing for another reason)', async () => {
    loki.script(undefined);
    const { result } = await watch();
    expect(result.outputs['verdict']).toBe('healthy');
  });
  test.each(faults)('%s is never healthy', async (_name, fault) => {
    loki.script(() => fault as Scripted);
    try {
      const { result, verdict } = await watch();
      expect(result.outputs['verdict']).not.toBe('healthy');
      expect(['failed', 'inconclusive']).toContain(verdict.verdict);
      expect(verdict.metrics[0]?.status).not.toBe('healthy');
    } finally {
      loki.script(undefined);
    }
  });
});

/** The pid of the running action whose environment holds `marker` (read from Linux /proc). */
async function pidWith(marker: string): Promise<number | undefined> {
  const { readdir, readFile } = await import('node:fs/promises');
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const environ = await readFile(`/proc/${pid}/environ`, 'latin1').catch(() => '');
    if (environ.split('\0').includes(marker)) return Number(pid);
  }
  return undefined;
}

describe('a cancelled watch', () => {
  test('SIGTERM mid-watch (a cancelled job) leaves an inconclusive verdict, cut short, and a failed step', async () => {
    loki.script(undefined);
    const service = `svc-cancel-${process.pid}`;
    const running = runAction({
      action: 'post-deploy-monitor',
      inputs: { service, 'version-id': NEW, 'loki-url': loki.url, 'loki-tenant': 't', 'policy-ref': sha, 'repository-path': repo.dir, window: '30s' },
      killAfterMs: 60_000,
    });
    // Once the watch is under way (its first queries arrived), the runner cancels the job.
    const sent = loki.queries.length;
    while (loki.queries.length < sent + 2) await new Promise((resolve) => setTimeout(resolve, 50));
    const pid = await pidWith(`INPUT_SERVICE=${service}`);
    expect(pid).toBeDefined();
    process.kill(pid!, 'SIGTERM');
    const result = await running;
    const verdict = readContractFile(monitorVerdictContract, result.outputs['verdict-file']!);
    expect(result.exitCode).toBe(1);
    expect(result.outputs['verdict']).toBe('inconclusive');
    expect(verdict.verdict).toBe('inconclusive');
    expect(verdict.complete).toBe(false);
    expect(verdict.reason).toMatch(/cancelled \(SIGTERM\)/);
  });
});

describe('dry run', () => {
  test('a breach in a dry run is recorded as breached, but the step passes', async () => {
    const at = () => Math.floor(Date.now() / 1000);
    loki.script((record) => ({ status: 200, body: matrix([{ metric: { version: NEW }, values: [[at(), record.query.includes(' or (0 * ') ? '0.5' : '100']] }]) }));
    try {
      const result = await runAction({
        action: 'post-deploy-monitor',
        inputs: { service: 'svc', 'version-id': NEW, 'loki-url': loki.url, 'loki-tenant': 't', 'policy-ref': sha, 'repository-path': repo.dir, 'dry-run': 'true' },
        killAfterMs: 60_000,
      });
      const verdict = readContractFile(monitorVerdictContract, result.outputs['verdict-file']!);
      expect(result.exitCode).toBe(0);
      expect(result.outputs['verdict']).toBe('breached');
      expect(verdict.dry_run).toBe(true);
      expect(result.commands.some((c) => c.command === 'warning' && /dry run/.test(c.message))).toBe(true);
    } finally {
      loki.script(undefined);
    }
  });
});

describe('what cannot be measured fails before the watch', () => {
  test('a metric whose source is not configured fails the step naming the input', async () => {
    const result = await runAction({ action: 'post-deploy-monitor', inputs: { service: 'svc', 'version-id': NEW, 'policy-ref': sha, 'repository-path': repo.dir }, killAfterMs: 60_000 });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['verdict']).toBe('failed');
    expect(result.stdout).toMatch(/metric error-rate \(source loki\) needs input loki-url/);
    expect(readContractFile(monitorVerdictContract, result.outputs['verdict-file']!).verdict).toBe('failed');
  });
  test('a duration input that is not one, or that shortens the watch, fails naming the input', async () => {
    const bad = await runAction({ action: 'post-deploy-monitor', inputs: { service: 'svc', 'version-id': NEW, 'loki-url': loki.url, window: 'soon', 'policy-ref': sha, 'repository-path': repo.dir }, killAfterMs: 60_000 });
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toMatch(/input window: "soon" is not a duration; accepted: e\.g\. 30m, 90s, 1h, 1m30s/);
    const shorter = await runAction({ action: 'post-deploy-monitor', inputs: { service: 'svc', 'version-id': NEW, 'loki-url': loki.url, window: '1s', 'policy-ref': sha, 'repository-path': repo.dir }, killAfterMs: 60_000 });
    expect(shorter.exitCode).toBe(1);
    expect(shorter.outputs['verdict']).toBe('failed');
    expect(shorter.stdout).toMatch(/input window: 1 s is shorter than the policy's 2 s/);
  });
  test('a rollback plan that is not one fails the step, and the verdict file says failed', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const plan = join(mkdtempSync(join(tmpdir(), 'bad-plan-')), 'plan.json');
    writeFileSync(plan, JSON.stringify({ kind: 'change-record', version: 1 }));
    const result = await runAction({ action: 'post-deploy-monitor', inputs: { service: 'svc', 'version-id': NEW, 'rollback-plan': plan, 'loki-url': loki.url, 'loki-tenant': 't', 'policy-ref': sha, 'repository-path': repo.dir }, killAfterMs: 60_000 });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/is a "change-record", not a rollback-plan/);
    expect(readContractFile(monitorVerdictContract, result.outputs['verdict-file']!).verdict).toBe('failed');
  });
});
