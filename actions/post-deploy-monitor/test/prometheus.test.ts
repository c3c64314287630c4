/**
 * The Prometheus source against a real Prometheus (Debian's package, see test/harness/prometheus.ts)
 * scraping a small exporter: request and error counters per version, driven by the test.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { monitorVerdictContract } from '@change-actions/change-record';
import { readContractFile } from '@change-actions/change-record/files';
import { TempRepo } from '../../../test/harness/git-repo.ts';
import { ensurePrometheus, startPrometheus, type PrometheusServer } from '../../../test/harness/prometheus.ts';
import { runAction } from '../../../test/harness/run-action.ts';

const NEW = 'b0b0b0b0-0000-4000-8000-000000000002';
const OLD = 'b0b0b0b0-0000-4000-8000-000000000001';
const QUERY = 'sum by (version) (increase(worker_request_errors_total{version=~"${versions}"}[${range}])) / sum by (version) (increase(worker_requests_total{version=~"${versions}"}[${range}]))';
const SAMPLES = 'sum by (version) (increase(worker_requests_total{version=~"${versions}"}[${range}]))';
const POLICY = `version: 1
monitor:
  window: 6s
  interval: 2s
  metrics:
    - name: error-rate
      source: prometheus
      query: '${QUERY}'
      samples-query: '${SAMPLES}'
      threshold: { kind: absolute, operator: ">", value: 0.05 }
      min-samples: 10
      trigger: error rate > 5 %
`;

const counters = { [NEW]: { requests: 0, errors: 0 }, [OLD]: { requests: 0, errors: 0 } };
let errorShare = 0;
let exporter: Server;
let ticker: NodeJS.Timeout;
let prometheus: PrometheusServer | undefined;
let missing: string | undefined;
let repo: TempRepo;
let sha: string;

beforeAll(async () => {
  const found = await ensurePrometheus();
  if ('missing' in found) {
    missing = found.missing;
    console.log(`SKIPPED: the Prometheus source test: ${missing}`);
    return;
  }
  exporter = createServer((_req, res) => {
    const lines = ['# TYPE worker_requests_total counter', '# TYPE worker_request_errors_total counter'];
    for (const [version, c] of Object.entries(counters)) {
      lines.push(`worker_requests_total{version="${version}"} ${c.requests}`, `worker_request_errors_total{version="${version}"} ${c.errors}`);
    }
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(`${lines.join('\n')}\n`);
  });
  await new Promise<void>((resolve) => exporter.listen(0, '127.0.0.1', resolve));
  // 100 requests a second for the new version, 50 for the previous one.
  ticker = setInterval(() => {
    counters[NEW].requests += 10;
    counters[NEW].errors += Math.round(10 * errorShare);
    counters[OLD].requests += 5;
  }, 100);
  prometheus = await startPrometheus(found.path, `127.0.0.1:${(exporter.address() as AddressInfo).port}`);
  repo = new TempRepo();
  sha = repo.commit('chore: add the change policy\n\nThe monitor section, measured in Prometheus.', { '.github/change-policy.yml': POLICY });
  // Enough scrapes for increase() over the first interval.
  await new Promise((resolve) => setTimeout(resolve, 2_500));
}, 240_000);

afterAll(async () => {
  clearInterval(ticker);
  await prometheus?.stop();
  await new Promise((resolve) => (exporter ? exporter.close(resolve) : resolve(undefined)));
});

async function watch() {
  const result = await runAction({
    action: 'post-deploy-monitor',
    inputs: { service: 'provii-test-worker', 'version-id': NEW, 'previous-version-id': OLD, 'prometheus-url': prometheus!.url, 'policy-ref': sha, 'repository-path': repo.dir, 'request-timeout-seconds': '5' },
    killAfterMs: 60_000,
  });
  return { result, verdict: result.outputs['verdict-file'] ? readContractFile(monitorVerdictContract, result.outputs['verdict-file']) : undefined };
}

describe('post-deploy-monitor against a real Prometheus', () => {
  test('no errors in the new version: healthy', async (context) => {
    if (missing) return context.skip();
    errorShare = 0;
    const { result, verdict } = await watch();
    expect(result.stderr).toBe('');
    expect(result.outputs['verdict']).toBe('healthy');
    expect(verdict?.metrics[0]).toMatchObject({ name: 'error-rate', source: 'prometheus', status: 'healthy', value: 0 });
    expect(verdict?.queries.every((q) => q.request.startsWith(`${prometheus!.url}/api/v1/query_range?`))).toBe(true);
  });
  test('30 % errors in the new version: breached within one interval', async (context) => {
    if (missing) return context.skip();
    errorShare = 0.3;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const { result, verdict } = await watch();
    expect(result.outputs['verdict']).toBe('breached');
    expect(result.exitCode).toBe(1);
    expect(verdict?.intervals).toHaveLength(1);
    expect(verdict?.breaches[0]).toMatchObject({ metric: 'error-rate', trigger: 'error rate > 5 %' });
  });
});
