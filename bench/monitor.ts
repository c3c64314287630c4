/**
 * post-deploy-monitor, through the bundle against the Loki stand-in (lines pushed as Logpush would):
 *
 * - detection latency: from the first breached sample in the source (the first line of a version
 *   answering 500) to the verdict, in intervals; the goal is at most one;
 * - queries sent per interval, against a watch that asks each metric's value and sample count for
 *   each version separately (what a per-version, per-query monitor sends);
 * - a 30-minute watch's cost in API calls: the same schedule, 30 intervals, compressed to seconds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorVerdictContract, type MonitorVerdict } from '../packages/change-record/src/index.ts';
import { readContractFile } from '../packages/change-record/src/files.ts';
import { TempRepo } from '../test/harness/git-repo.ts';
import { startLokiStandin, type LokiStandin } from '../test/harness/loki-standin.ts';
import { runAction } from '../test/harness/run-action.ts';

const NEW = 'be4c0000-0000-4000-8000-000000000002';
const OLD = 'be4c0000-0000-4000-8000-000000000001';
const RUNS = 5;

const policy = (window: string) => `version: 1
monitor:
  window: ${window}
  interval: 1s
  auth-routes: [/login]
  metrics:
    - { name: error-rate, source: loki, template: error-rate, threshold: { kind: absolute, operator: ">", value: 0.05 }, min-samples: 10 }
    - { name: latency-p95, source: loki, template: latency-p95, threshold: { kind: relative, operator: ">", value: 1.5 }, min-samples: 10 }
    - { name: auth-success-rate, source: loki, template: auth-success-rate, threshold: { kind: relative, operator: "<", value: 0.9 }, min-samples: 5 }
`;

function line(version: string, status: number, path: string): string {
  return JSON.stringify({ ScriptName: 'svc', ScriptVersion: { ID: version }, Outcome: 'ok', Event: { Request: { URL: `https://svc.example${path}`, Method: 'GET' }, Response: { Status: status } }, WallTimeMs: 20 });
}

/** Lines for both versions, 100 a second each, with the new version's status from `status()`. */
function traffic(loki: LokiStandin, status: () => number): { stop(): void; firstBreach(): number | undefined } {
  let first: number | undefined;
  let n = 0;
  const timer = setInterval(() => {
    const at = new Date();
    const s = status();
    if (s >= 500 && first === undefined) first = at.getTime();
    const entries = [];
    for (let i = 0; i < 10; i++) {
      const path = n++ % 4 === 0 ? '/login' : '/';
      entries.push({ at, line: line(NEW, s, path) }, { at, line: line(OLD, 200, path) });
    }
    loki.push({ service_name: 'svc' }, entries);
  }, 100);
  return { stop: () => clearInterval(timer), firstBreach: () => first };
}

async function watch(loki: LokiStandin, repo: TempRepo, sha: string, dir: string): Promise<{ verdict: MonitorVerdict; endedAt: number }> {
  const result = await runAction({
    action: 'post-deploy-monitor',
    inputs: { service: 'svc', 'version-id': NEW, 'previous-version-id': OLD, 'loki-url': loki.url, 'loki-tenant': 'bench', 'policy-ref': sha, 'repository-path': repo.dir, 'verdict-path': join(dir, 'verdict.json') },
    killAfterMs: 120_000,
  });
  const endedAt = Date.now();
  return { verdict: readContractFile(monitorVerdictContract, result.outputs['verdict-file']!), endedAt };
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

export default async function bench(): Promise<void> {
  const loki = await startLokiStandin();
  const repo = new TempRepo();
  const dir = mkdtempSync(join(tmpdir(), 'bench-monitor-'));
  try {
    const shortSha = repo.commit('chore: a 20 s watch\n\nFor the detection latency.', { '.github/change-policy.yml': policy('20s') });
    const latencies: number[] = [];
    const toExit: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      // The new version breaks at a different point of an interval each run.
      let breakAt = Number.POSITIVE_INFINITY;
      const load = traffic(loki, () => (Date.now() >= breakAt ? 500 : 200));
      const started = Date.now();
      breakAt = started + 2_000 + (run / RUNS) * 1_000;
      const { verdict, endedAt } = await watch(loki, repo, shortSha, dir);
      load.stop();
      const first = load.firstBreach();
      const breach = verdict.breaches[0];
      if (verdict.verdict !== 'breached' || !breach || first === undefined) throw new Error(`run ${run}: expected a breach, got ${verdict.verdict}`);
      latencies.push((Date.parse(breach.at) - first) / 1000 / verdict.window.interval_seconds);
      toExit.push((endedAt - first) / 1000 / verdict.window.interval_seconds);
    }
    process.stdout.write(`detection latency, first breached sample to verdict (median of ${RUNS}, interval 1 s): ${median(latencies).toFixed(2)} intervals (max ${Math.max(...latencies).toFixed(2)}); to the end of the step: ${median(toExit).toFixed(2)} intervals; goal: at most 1 (ratio ${(median(latencies) / 1).toFixed(2)})\n`);

    const longSha = repo.commit('chore: a watch of 30 intervals\n\nThe schedule of a 30-minute watch, compressed.', { '.github/change-policy.yml': policy('30s') });
    const load = traffic(loki, () => 200);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const { verdict } = await watch(loki, repo, longSha, dir);
    load.stop();
    if (verdict.verdict !== 'healthy') throw new Error(`the 30-interval watch was ${verdict.verdict}: ${verdict.reason}`);
    const intervals = verdict.intervals.length;
    const byInterval = new Map<string, number>();
    for (const q of verdict.queries) byInterval.set(q.sent_at.slice(0, 19), (byInterval.get(q.sent_at.slice(0, 19)) ?? 0) + 1);
    const metrics = verdict.metrics.length;
    const perInterval = Math.round((verdict.queries.length - 2 * metrics) / intervals);
    // A monitor asking each metric's value and sample count for each version in its own query.
    const naive = metrics * 2 * 2;
    process.stdout.write(`queries per interval (${metrics} Loki metrics, both versions): ${perInterval}; one query per metric, version and value or count: ${naive} (ratio ${(perInterval / naive).toFixed(2)})\n`);
    const naiveWatch = naive * (intervals + 1) + metrics * 2;
    process.stdout.write(`a 30-minute watch (${intervals} intervals of 1 m, the whole window and the before-deploy baseline): ${verdict.queries.length} API calls; the per-version peer: ${naiveWatch} (ratio ${(verdict.queries.length / naiveWatch).toFixed(2)})\n`);
  } finally {
    await loki.close();
    repo.remove();
    rmSync(dir, { recursive: true, force: true });
  }
}
