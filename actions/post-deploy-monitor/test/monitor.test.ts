/**
 * post-deploy-monitor end to end: the bundle run as the runner runs it, the test Worker under
 * `wrangler dev` answering real traffic and logging each request in the Logpush shape, those lines
 * pushed to the Loki stand-in, and the verdict read back with the contract's reader. Short windows
 * (4 s, every second) keep each watch to a few seconds.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { monitorVerdictContract, rollbackPlanContract, serialize, type MonitorVerdict, type RollbackPlan } from '@change-actions/change-record';
import { readContractFile } from '@change-actions/change-record/files';
import { TempRepo } from '../../../test/harness/git-repo.ts';
import { forwardLogpush, type LogpushForwarder } from '../../../test/harness/logpush.ts';
import { LOKI_ERRORS, startLokiStandin, type LokiStandin } from '../../../test/harness/loki-standin.ts';
import { runAction, type RunResult } from '../../../test/harness/run-action.ts';
import { startWorkerDev, type WorkerDev } from '../../../test/harness/worker-dev.ts';
import { parseMermaid } from '../../../test/harness/mermaid.ts';

const NEW = '7c0ffee0-0000-4000-8000-000000000002';
const OLD = '7c0ffee0-0000-4000-8000-000000000001';
const TENANT = 'provii-logs';
// The median against twice the baseline: a busy shared machine adds tens of milliseconds of jitter
// to the Worker's 50 ms answers, which a p95 against 1.5 times the baseline would read as a breach.
const POLICY = `version: 1
monitor:
  window: 4s
  interval: 1s
  metrics:
    - { name: error-rate, source: loki, template: error-rate, threshold: { kind: absolute, operator: ">", value: 0.05 }, min-samples: 10 }
    - { name: latency-p50, source: loki, template: latency-p50, threshold: { kind: relative, operator: ">", value: 2 }, min-samples: 10 }
    - { name: synthetic, source: probes, template: synthetic, threshold: { kind: absolute, operator: "<", value: 1 } }
`;

let loki: LokiStandin;
let worker: WorkerDev;
let logpush: LogpushForwarder;
let repo: TempRepo;
let policySha: string;
let planPath: string;

/** Requests to the Worker, two at a time, until stopped: the traffic the watch measures. */
function traffic(): { stop(): Promise<number> } {
  let running = true;
  let sent = 0;
  const loop = async () => {
    while (running) {
      await fetch(`${worker.url}/`).then((r) => r.arrayBuffer()).catch(() => undefined);
      sent++;
    }
  };
  const loops = [loop(), loop()];
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return sent;
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The previous version serves for the window's length, then the new version is deployed. */
async function deploy(newBehaviour: Record<string, unknown>): Promise<Date> {
  await worker.control({ version: OLD, delayMs: 50 });
  await sleep(4_200);
  await worker.control({ version: NEW, ...newBehaviour });
  return new Date();
}

async function watch(deployedAt: Date, inputs: Record<string, string> = {}): Promise<{ result: RunResult; verdict: MonitorVerdict | undefined }> {
  const result = await runAction({
    action: 'post-deploy-monitor',
    inputs: {
      service: 'provii-test-worker',
      'version-id': NEW,
      'rollback-plan': planPath,
      'loki-url': loki.url,
      'loki-tenant': TENANT,
      url: worker.url,
      'deployed-at': deployedAt.toISOString(),
      'policy-ref': policySha,
      'repository-path': repo.dir,
      'request-timeout-seconds': '10',
      ...inputs,
    },
    killAfterMs: 60_000,
  });
  const file = result.outputs['verdict-file'];
  return { result, verdict: file ? readContractFile(monitorVerdictContract, file) : undefined };
}

beforeAll(async () => {
  loki = await startLokiStandin({ tenant: TENANT });
  worker = await startWorkerDev({ vars: { VERSION_ID: OLD } });
  logpush = forwardLogpush(() => worker.output(), loki.url, TENANT);
  repo = new TempRepo();
  policySha = repo.commit('chore: add the change policy\n\nThe monitor section for the watch.', { '.github/change-policy.yml': POLICY });
  const plan: RollbackPlan = {
    kind: 'rollback-plan',
    version: 1,
    mode: 'rollback',
    worker: 'provii-test-worker',
    environment: null,
    target_version_id: OLD,
    target: { version_id: OLD, percentage: 100, number: null, tag: null, message: null, created_on: null },
    new_version_id: NEW,
    recommended: false,
    trigger: null,
    command: `wrangler rollback ${OLD}`,
    argv: ['wrangler', 'rollback', OLD],
    working_directory: '.',
    reasons: [],
    caveats: [],
    recorded_at: new Date().toISOString(),
  };
  planPath = join(mkdtempSync(join(tmpdir(), 'monitor-plan-')), 'rollback-plan.json');
  writeFileSync(planPath, serialize(rollbackPlanContract, plan));
}, 120_000);

afterAll(async () => {
  loki?.script(undefined);
  await logpush?.stop();
  await worker?.stop();
  await loki?.close();
});

describe('post-deploy-monitor against the real Worker and the Loki stand-in', () => {
  test('a new version as good as the previous one is healthy after the whole window', async () => {
    const load = traffic();
    const deployedAt = await deploy({ delayMs: 50 });
    const { result, verdict } = await watch(deployedAt);
    await load.stop();
    expect(result.stderr).toBe('');
    // The reason comes along, so that a failure says which metric and why.
    expect({ verdict: result.outputs['verdict'], reason: verdict?.reason }).toEqual({ verdict: 'healthy', reason: expect.any(String) });
    expect(result.exitCode).toBe(0);
    expect(verdict?.verdict).toBe('healthy');
    expect(verdict?.complete).toBe(true);
    expect(verdict?.previous_version_id).toBe(OLD);
    expect(verdict?.baseline.kind).toBe('before-deploy');
    expect(verdict?.metrics.map((m) => [m.name, m.status])).toEqual([
      ['error-rate', 'healthy'],
      ['latency-p50', 'healthy'],
      ['synthetic', 'healthy'],
    ]);
    // One line per metric per interval, with value, threshold, baseline and samples.
    expect(result.log.filter((l) => /^\s+error-rate: HEALTHY value .*, threshold .*, baseline .*, samples \d+\/10/.test(l)).length).toBeGreaterThanOrEqual(4);
    // Every query sent is recorded, credentials left out.
    expect(verdict?.queries.filter((q) => q.source === 'loki').every((q) => q.request.startsWith(`${loki.url}/loki/api/v1/query_range?`))).toBe(true);
    expect(loki.queries.every((q) => q.tenant === TENANT && q.status === 200)).toBe(true);
    // Each chart of the summary is one Mermaid's own parser accepts.
    const charts = [...result.summary.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
    expect(charts.length).toBe(3);
    for (const chart of charts) await expect(parseMermaid(chart)).resolves.toBe('xychart');
    expect(result.summary).toContain('| error-rate | healthy |');
  });

  test('a version answering 500 is breached within one interval and the step fails', async () => {
    const load = traffic();
    const deployedAt = await deploy({ delayMs: 50, status: 500 });
    const started = Date.now();
    const { result, verdict } = await watch(deployedAt);
    await load.stop();
    expect(result.outputs['verdict']).toBe('breached');
    expect(result.exitCode).toBe(1);
    expect(verdict?.complete).toBe(false);
    expect(verdict?.breaches[0]).toMatchObject({ metric: 'error-rate', trigger: 'error rate > 5 %' });
    expect(JSON.parse(result.outputs['breaches'] ?? '[]')[0].metric).toBe('error-rate');
    // The first interval already saw the errors: the watch ended there, not after its window.
    expect(verdict?.intervals.length).toBe(1);
    expect(Date.now() - started).toBeLessThan(4_000 + 3_000);
  });

  test('a slower version is breached as a performance degradation against the previous version', async () => {
    const load = traffic();
    const deployedAt = await deploy({ delayMs: 300 });
    const { result, verdict } = await watch(deployedAt);
    await load.stop();
    expect({ verdict: result.outputs['verdict'], reason: verdict?.reason }).toEqual({ verdict: 'breached', reason: expect.any(String) });
    expect(verdict?.breaches[0]).toMatchObject({ metric: 'latency-p50', trigger: 'performance degradation > 50 %' });
  });

  test('Loki answering 503 to every query ends failed, with the verdict file written', async () => {
    const load = traffic();
    const deployedAt = await deploy({ delayMs: 50 });
    loki.script(() => ({ status: 503, body: LOKI_ERRORS[503]! }));
    try {
      const { result, verdict } = await watch(deployedAt);
      expect(result.outputs['verdict']).toBe('failed');
      expect(result.exitCode).toBe(1);
      expect(verdict?.verdict).toBe('failed');
      expect(verdict?.queries.some((q) => q.outcome.startsWith('HTTP 503'))).toBe(true);
    } finally {
      loki.script(undefined);
      await load.stop();
    }
  });

  test('an input that would loosen the policy fails the step and the verdict is failed', async () => {
    const { result } = await watch(new Date(), { thresholds: 'error-rate > 0.5' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs['verdict']).toBe('failed');
    expect(result.stdout).toMatch(/input thresholds: error-rate > 0\.5 would loosen the policy's > 0\.05/);
  });

  test('an input lowering a minimum sample count fails the step, naming the input, the metric and what is accepted', async () => {
    const lower = await watch(new Date(), { thresholds: 'error-rate > 0.02\nlatency-p50 min-samples 5' });
    expect(lower.result.exitCode).toBe(1);
    expect(lower.result.outputs['verdict']).toBe('failed');
    expect(lower.result.stdout).toMatch(/input thresholds: latency-p50 min-samples 5 would lower the policy's minimum of 10 samples; an input may only raise it \(accepted: an integer from 10 \(the policy's\) to 1000000\)/);
    const malformed = await watch(new Date(), { thresholds: 'latency-p50 min-samples 12.5' });
    expect(malformed.result.outputs['verdict']).toBe('failed');
    expect(malformed.result.stdout).toMatch(/input thresholds: "latency-p50 min-samples 12\.5": min-samples takes a whole number of samples/);
  });
});

/**
 * A gradual deploy: both versions serve at once, each under its own `wrangler dev` (its own
 * isolate, its own Logpush lines), the traffic split between them, every line pushed to the same
 * Loki stream. The latency threshold is relative (+50 %) and judged against the previous version
 * over the same minutes, never against a time before the deploy.
 */
describe('both versions serving at once: the previous version over the same minutes is the baseline', () => {
  const SAME_MINUTES = `version: 1
monitor:
  window: 3s
  interval: 1s
  baseline: same-minutes
  metrics:
    - { name: error-rate, source: loki, template: error-rate, threshold: { kind: absolute, operator: ">", value: 0.05 }, min-samples: 5 }
    - { name: latency-p50, source: loki, template: latency-p50, threshold: { kind: relative, operator: ">", value: 1.5 }, min-samples: 5 }
`;
  let previous: WorkerDev;
  let previousLogpush: LogpushForwarder;
  let sameMinutesSha: string;

  beforeAll(async () => {
    previous = await startWorkerDev({ vars: { VERSION_ID: OLD } });
    previousLogpush = forwardLogpush(() => previous.output(), loki.url, TENANT);
    sameMinutesSha = repo.commit('chore: judge against the same minutes\n\nBoth versions serve at once.', { '.github/change-policy.yml': SAME_MINUTES });
  }, 120_000);
  afterAll(async () => {
    await previousLogpush?.stop();
    await previous?.stop();
  });

  /**
   * Four request loops, each sending a request to the new version or the previous one in turn
   * (a 50 % split), or to the previous one only every `previousEveryMs` when given.
   */
  function split(previousEveryMs?: number): { stop(): Promise<void> } {
    let running = true;
    let n = 0;
    const get = (url: string) => fetch(`${url}/`).then((r) => r.arrayBuffer()).catch(() => undefined);
    const loop = async () => {
      while (running) await get(previousEveryMs === undefined && n++ % 2 === 1 ? previous.url : worker.url);
    };
    const trickle = async () => {
      while (running && previousEveryMs !== undefined) {
        await get(previous.url);
        await sleep(previousEveryMs);
      }
    };
    const loops = [loop(), loop(), loop(), loop(), trickle()];
    return {
      stop: async () => {
        running = false;
        await Promise.all(loops);
      },
    };
  }

  async function gradual(newDelayMs: number, previousEveryMs?: number) {
    await previous.control({ version: OLD, delayMs: 100 });
    await worker.control({ version: NEW, delayMs: newDelayMs });
    const load = split(previousEveryMs);
    // Both versions have served for a moment before the watch starts, as in a deploy at 50 %.
    await sleep(500);
    const run = await watch(new Date(), { 'policy-ref': sameMinutesSha, 'previous-version-id': OLD });
    await load.stop();
    const latency = run.verdict?.intervals.map((i) => i.measurements.find((m) => m.metric === 'latency-p50'));
    return { ...run, latency };
  }

  test('as fast as the previous version over the same minutes: healthy', async () => {
    const { result, verdict, latency } = await gradual(100);
    expect({ verdict: result.outputs['verdict'], reason: verdict?.reason }).toEqual({ verdict: 'healthy', reason: expect.any(String) });
    expect(verdict?.baseline.kind).toBe('same-minutes');
    expect(verdict?.complete).toBe(true);
    expect(latency?.length).toBe(3);
    // Every interval compared the new version's median with the previous version's, both about 100 ms.
    for (const m of latency ?? []) {
      expect(m?.status).toBe('healthy');
      expect(m?.baseline).toBeGreaterThanOrEqual(100);
      expect(m?.samples).toBeGreaterThanOrEqual(5);
    }
    // The previous version's lines are in the minutes the watch measured, not only before them.
    const started = Date.parse(verdict!.window.started_at);
    const ended = Date.parse(verdict!.window.ended_at);
    const previousLines = loki.lines.filter((l) => l.line.includes(`"ID":"${OLD}"`) && Number(l.ns / 1_000_000n) >= started && Number(l.ns / 1_000_000n) <= ended);
    expect(previousLines.length).toBeGreaterThanOrEqual(10);
  });

  test('2.5 times slower than the previous version over the same minutes: breached in the first interval that can judge', async () => {
    const { result, verdict, latency } = await gradual(250);
    expect({ verdict: result.outputs['verdict'], reason: verdict?.reason }).toEqual({ verdict: 'breached', reason: expect.any(String) });
    expect(result.exitCode).toBe(1);
    expect(verdict?.baseline.kind).toBe('same-minutes');
    // The watch ended in the first interval that had enough samples of both versions to judge.
    const statuses = latency?.map((m) => m?.status);
    expect(statuses?.at(-1)).toBe('breached');
    expect(statuses?.slice(0, -1).every((s) => s === 'inconclusive')).toBe(true);
    expect(verdict?.breaches[0]).toMatchObject({ metric: 'latency-p50', trigger: 'performance degradation > 50 %' });
    expect(verdict?.breaches[0]?.baseline).toBeGreaterThanOrEqual(100);
    expect(verdict?.breaches[0]?.baseline).toBeLessThan(250);
    expect(latency?.at(-1)?.value).toBeGreaterThanOrEqual(250);
    expect(verdict?.breaches[0]?.reason).toMatch(/> 1\.5 × baseline/);
  });

  test('the previous version served too few requests over the same minutes: inconclusive, never healthy', async () => {
    // One request to the previous version every 1.2 s: at most three in the 3 s window, fewer than 5.
    const { result, verdict, latency } = await gradual(100, 1_200);
    expect({ verdict: result.outputs['verdict'], reason: verdict?.reason }).toEqual({ verdict: 'inconclusive', reason: expect.stringMatching(/latency-p50 is inconclusive: the baseline \(same-minutes\) has [0-3] samples, fewer than the 5 needed/) });
    expect(result.exitCode).toBe(0);
    expect(verdict?.metrics.map((m) => [m.name, m.status])).toEqual([
      ['error-rate', 'healthy'],
      ['latency-p50', 'inconclusive'],
    ]);
    for (const m of latency ?? []) expect(m?.status).toBe('inconclusive');
  });
});
