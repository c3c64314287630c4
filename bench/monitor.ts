/**
 * post-deploy-monitor, through the bundle, against the Loki stand-in (lines pushed as Logpush
 * would) and, as the peer measured in the same run, against the Cloudflare GraphQL stand-in:
 *
 * - detection latency: from the first breached sample in the source (the first line, or the first
 *   invocation, of a version failing) to the verdict, in intervals; the goal is at most one;
 * - queries sent per interval, counted from the verdict's record of every query between one
 *   interval's measurement and the next, for each source, and against a watch that asks each
 *   metric's value and sample count for each version separately (what a per-version, per-query
 *   monitor sends: computed, there is no such monitor to run);
 * - a 30-minute watch's cost in API calls: the same schedule, 30 intervals, compressed to seconds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorVerdictContract, type MonitorVerdict } from '../packages/change-record/src/index.ts';
import { readContractFile } from '../packages/change-record/src/files.ts';
import { startCloudflareGraphqlStandin, type CloudflareGraphqlStandin, type Invocation } from '../test/harness/cloudflare-graphql-standin.ts';
import { TempRepo } from '../test/harness/git-repo.ts';
import { startLokiStandin, type LokiStandin } from '../test/harness/loki-standin.ts';
import { runAction } from '../test/harness/run-action.ts';

const NEW = 'be4c0000-0000-4000-8000-000000000002';
const OLD = 'be4c0000-0000-4000-8000-000000000001';
const ACCOUNT = '0123456789abcdef0123456789abcdef';
const TOKEN = 'bench-analytics-token';
const RUNS = 5;

const lokiPolicy = (window: string) => `version: 1
monitor:
  window: ${window}
  interval: 1s
  auth-routes: [/login]
  metrics:
    - { name: error-rate, source: loki, template: error-rate, threshold: { kind: absolute, operator: ">", value: 0.05 }, min-samples: 10 }
    - { name: latency-p95, source: loki, template: latency-p95, threshold: { kind: relative, operator: ">", value: 1.5 }, min-samples: 10 }
    - { name: auth-success-rate, source: loki, template: auth-success-rate, threshold: { kind: relative, operator: "<", value: 0.9 }, min-samples: 5 }
`;

// The same number of metrics from Cloudflare's analytics (which has no p95 and no request path).
const cloudflarePolicy = (window: string) => `version: 1
monitor:
  window: ${window}
  interval: 1s
  metrics:
    - { name: error-rate, source: cloudflare, template: error-rate, threshold: { kind: absolute, operator: ">", value: 0.05 }, min-samples: 10 }
    - { name: latency-p90, source: cloudflare, template: latency-p90, threshold: { kind: relative, operator: ">", value: 1.5 }, min-samples: 10 }
    - { name: latency-p99, source: cloudflare, template: latency-p99, threshold: { kind: relative, operator: ">", value: 1.5 }, min-samples: 10 }
`;

function line(version: string, status: number, path: string): string {
  return JSON.stringify({ ScriptName: 'svc', ScriptVersion: { ID: version }, Outcome: 'ok', Event: { Request: { URL: `https://svc.example${path}`, Method: 'GET' }, Response: { Status: status } }, WallTimeMs: 20 });
}

interface Traffic {
  stop(): void;
  firstBreach(): number | undefined;
}

/** Lines for both versions, 100 a second each, with the new version's status from `status()`. */
function lokiTraffic(loki: LokiStandin, status: () => number): Traffic {
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

/** Invocations of both versions, 100 a second each; the new version throws once `failing()`. */
function cloudflareTraffic(cf: CloudflareGraphqlStandin, failing: () => boolean): Traffic {
  let first: number | undefined;
  const timer = setInterval(() => {
    const at = new Date();
    const fails = failing();
    if (fails && first === undefined) first = at.getTime();
    const list: Invocation[] = [];
    for (let i = 0; i < 10; i++) {
      list.push({ scriptName: 'svc', scriptVersion: NEW, at, status: fails ? 'scriptThrewException' : 'success', wallTimeUs: 20_000 });
      list.push({ scriptName: 'svc', scriptVersion: OLD, at, wallTimeUs: 20_000 });
    }
    cf.record(list);
  }, 100);
  return { stop: () => clearInterval(timer), firstBreach: () => first };
}

type Source = { kind: 'loki'; loki: LokiStandin } | { kind: 'cloudflare'; cf: CloudflareGraphqlStandin };

async function watch(source: Source, repo: TempRepo, sha: string, dir: string): Promise<{ verdict: MonitorVerdict; endedAt: number }> {
  const endpoint =
    source.kind === 'loki'
      ? { 'loki-url': source.loki.url, 'loki-tenant': 'bench' }
      : { 'cloudflare-api-token': TOKEN, 'cloudflare-account-id': ACCOUNT, 'cloudflare-graphql-url': source.cf.url };
  const result = await runAction({
    action: 'post-deploy-monitor',
    inputs: { service: 'svc', 'version-id': NEW, 'previous-version-id': OLD, ...endpoint, 'policy-ref': sha, 'repository-path': repo.dir, 'verdict-path': join(dir, 'verdict.json') },
    killAfterMs: 120_000,
  });
  const endedAt = Date.now();
  const file = result.outputs['verdict-file'];
  if (!file) throw new Error(`the watch wrote no verdict: ${result.stdout.slice(-2000)}`);
  return { verdict: readContractFile(monitorVerdictContract, file), endedAt };
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

/** Detection latency over RUNS watches: the new version starts failing at a different point of an interval each run. */
async function detection(source: Source, traffic: (failing: () => boolean) => Traffic, repo: TempRepo, sha: string, dir: string) {
  const latencies: number[] = [];
  const toExit: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    let breakAt = Number.POSITIVE_INFINITY;
    const load = traffic(() => Date.now() >= breakAt);
    breakAt = Date.now() + 2_000 + (run / RUNS) * 1_000;
    const { verdict, endedAt } = await watch(source, repo, sha, dir);
    load.stop();
    const first = load.firstBreach();
    const breach = verdict.breaches[0];
    if (verdict.verdict !== 'breached' || !breach || first === undefined) throw new Error(`${source.kind} run ${run}: expected a breach, got ${verdict.verdict}: ${verdict.reason}`);
    latencies.push((Date.parse(breach.at) - first) / 1000 / verdict.window.interval_seconds);
    toExit.push((endedAt - first) / 1000 / verdict.window.interval_seconds);
  }
  return { median: median(latencies), max: Math.max(...latencies), toExit: median(toExit) };
}

/** Queries sent between one interval's measurement and the next, per interval (the last interval is followed by the whole window's). */
function perInterval(verdict: MonitorVerdict): number[] {
  const starts = verdict.intervals.map((i) => Date.parse(i.at));
  return starts.slice(0, -1).map((start, i) => verdict.queries.filter((q) => Date.parse(q.sent_at) >= start && Date.parse(q.sent_at) < starts[i + 1]!).length);
}

export default async function bench(): Promise<void> {
  const loki = await startLokiStandin();
  const cf = await startCloudflareGraphqlStandin({ accountId: ACCOUNT, token: TOKEN });
  const repo = new TempRepo();
  const dir = mkdtempSync(join(tmpdir(), 'bench-monitor-'));
  const lokiSource: Source = { kind: 'loki', loki };
  const cfSource: Source = { kind: 'cloudflare', cf };
  try {
    const shortLoki = repo.commit('chore: a 20 s watch\n\nFor the detection latency.', { '.github/change-policy.yml': lokiPolicy('20s') });
    const shortCf = repo.commit('chore: a 20 s watch of Cloudflare analytics\n\nFor the detection latency.', { '.github/change-policy.yml': cloudflarePolicy('20s') });
    const l = await detection(lokiSource, (failing) => lokiTraffic(loki, () => (failing() ? 500 : 200)), repo, shortLoki, dir);
    const c = await detection(cfSource, (failing) => cloudflareTraffic(cf, failing), repo, shortCf, dir);
    process.stdout.write(
      `detection latency, first breached sample to verdict (median of ${RUNS}, interval 1 s): Loki ${l.median.toFixed(2)} intervals (max ${l.max.toFixed(2)}; to the end of the step ${l.toExit.toFixed(2)}); ` +
        `Cloudflare analytics, same run: ${c.median.toFixed(2)} (max ${c.max.toFixed(2)}; to the end of the step ${c.toExit.toFixed(2)}); goal: at most 1 (ratios ${l.median.toFixed(2)}, ${c.median.toFixed(2)}; Loki/Cloudflare ${(l.median / c.median).toFixed(2)})\n`,
    );

    const longLoki = repo.commit('chore: a watch of 30 intervals\n\nThe schedule of a 30-minute watch, compressed.', { '.github/change-policy.yml': lokiPolicy('30s') });
    const longCf = repo.commit('chore: a watch of Cloudflare analytics of 30 intervals\n\nThe schedule of a 30-minute watch, compressed.', { '.github/change-policy.yml': cloudflarePolicy('30s') });
    const watches: Array<[string, Source, string, (failing: () => boolean) => Traffic]> = [
      ['Loki', lokiSource, longLoki, () => lokiTraffic(loki, () => 200)],
      ['Cloudflare analytics', cfSource, longCf, (failing) => cloudflareTraffic(cf, failing)],
    ];
    const measured: Array<{ name: string; metrics: number; perInterval: number; calls: number; intervals: number }> = [];
    for (const [name, source, sha, traffic] of watches) {
      const load = traffic(() => false);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const { verdict } = await watch(source, repo, sha, dir);
      load.stop();
      if (verdict.verdict !== 'healthy') throw new Error(`the 30-interval ${name} watch was ${verdict.verdict}: ${verdict.reason}`);
      measured.push({ name, metrics: verdict.metrics.length, perInterval: median(perInterval(verdict)), calls: verdict.queries.length, intervals: verdict.intervals.length });
    }
    const [lk, cfw] = measured as [(typeof measured)[number], (typeof measured)[number]];
    // A monitor asking each metric's value and sample count for each version in its own query.
    const naive = lk.metrics * 2 * 2;
    process.stdout.write(
      `queries per interval (${lk.metrics} metrics, both versions, median over ${lk.intervals - 1} intervals): Loki ${lk.perInterval}; Cloudflare analytics, same run: ${cfw.perInterval}; ` +
        `one query per metric, version and value or count (computed): ${naive} (ratios Loki/computed ${(lk.perInterval / naive).toFixed(2)}, Cloudflare/Loki ${(cfw.perInterval / lk.perInterval).toFixed(2)})\n`,
    );
    const naiveWatch = naive * (lk.intervals + 1) + lk.metrics * 2;
    process.stdout.write(
      `a 30-minute watch (${lk.intervals} intervals of 1 m, the whole window and the before-deploy baseline): Loki ${lk.calls} API calls; Cloudflare analytics, same run: ${cfw.calls}; ` +
        `the per-version peer (computed): ${naiveWatch} (ratios Loki/computed ${(lk.calls / naiveWatch).toFixed(2)}, Cloudflare/Loki ${(cfw.calls / lk.calls).toFixed(2)})\n`,
    );
  } finally {
    await loki.close();
    await cf.close();
    repo.remove();
    rmSync(dir, { recursive: true, force: true });
  }
}
