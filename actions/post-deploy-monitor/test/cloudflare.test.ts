/**
 * The Cloudflare GraphQL analytics source, through the bundle, against the GraphQL stand-in (the
 * reference GraphQL implementation executing against the part of Cloudflare's schema asked for,
 * each name checked against Cloudflare's: see the stand-in). Cloudflare counts invocation errors
 * (an exception, exceeded resources, an internal error), not HTTP 5xx answers.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { monitorVerdictContract } from '@change-actions/change-record';
import { readContractFile } from '@change-actions/change-record/files';
import { CLOUDFLARE_QUERY } from '@change-actions/monitor';
import { startCloudflareGraphqlStandin, type CloudflareGraphqlStandin } from '../../../test/harness/cloudflare-graphql-standin.ts';
import { TempRepo } from '../../../test/harness/git-repo.ts';
import { runAction } from '../../../test/harness/run-action.ts';

const NEW = 'c10udf1a-0000-4000-8000-000000000002';
const OLD = 'c10udf1a-0000-4000-8000-000000000001';
const ACCOUNT = '0123456789abcdef0123456789abcdef';
const TOKEN = 'cf-analytics-token';
const POLICY = `version: 1
monitor:
  window: 3s
  interval: 1s
  metrics:
    - { name: error-rate, source: cloudflare, template: error-rate, threshold: { kind: absolute, operator: ">", value: 0.05 }, min-samples: 10 }
    - { name: latency-p99, source: cloudflare, template: latency-p99, threshold: { kind: relative, operator: ">", value: 1.5 }, min-samples: 10 }
    - { name: latency-p90, source: cloudflare, template: latency-p90, threshold: { kind: relative, operator: ">", value: 1.5 }, min-samples: 10 }
`;
// Cloudflare has no 95th percentile: a policy asking for one is refused, naming what is accepted.
const P95_POLICY = `version: 1
monitor:
  window: 3s
  interval: 1s
  metrics:
    - { name: latency-p95, source: cloudflare, template: latency-p95, threshold: { kind: relative, operator: ">", value: 1.5 }, min-samples: 10 }
`;

let cf: CloudflareGraphqlStandin;
let repo: TempRepo;
let sha: string;
let p95Sha: string;
let timer: NodeJS.Timeout;
let errorShare = 0;

beforeAll(async () => {
  cf = await startCloudflareGraphqlStandin({ accountId: ACCOUNT, token: TOKEN });
  repo = new TempRepo();
  sha = repo.commit('chore: add the change policy\n\nThe monitor section, measured in Cloudflare analytics.', { '.github/change-policy.yml': POLICY });
  p95Sha = repo.commit('chore: ask Cloudflare for a p95\n\nA quantile its analytics do not have.', { '.github/change-policy.yml': P95_POLICY });
  let n = 0;
  const tick = () => {
    const at = new Date();
    const list = [];
    for (let i = 0; i < 5; i++) list.push({ scriptName: 'provii-verifier', scriptVersion: NEW, at, status: (n++ % 100) < errorShare * 100 ? ('scriptThrewException' as const) : ('success' as const), wallTimeUs: 12_000 });
    for (let i = 0; i < 3; i++) list.push({ scriptName: 'provii-verifier', scriptVersion: OLD, at, wallTimeUs: 11_000 });
    cf.record(list);
  };
  tick();
  timer = setInterval(tick, 50);
});
afterAll(async () => {
  clearInterval(timer);
  await cf.close();
});

async function watch(token = TOKEN, policyRef = sha) {
  const result = await runAction({
    action: 'post-deploy-monitor',
    inputs: { service: 'provii-verifier', 'version-id': NEW, 'previous-version-id': OLD, 'cloudflare-api-token': token, 'cloudflare-account-id': ACCOUNT, 'cloudflare-graphql-url': cf.url, 'policy-ref': policyRef, 'repository-path': repo.dir, 'request-timeout-seconds': '2' },
    killAfterMs: 60_000,
  });
  return { result, verdict: result.outputs['verdict-file'] ? readContractFile(monitorVerdictContract, result.outputs['verdict-file']) : undefined };
}

describe('post-deploy-monitor with Cloudflare GraphQL analytics', () => {
  test('healthy: errors and wall time per version, one request per interval for every Cloudflare metric', async () => {
    errorShare = 0;
    const before = cf.requests.length;
    const { result, verdict } = await watch();
    expect(result.stderr).toBe('');
    expect(result.outputs['verdict']).toBe('healthy');
    expect(verdict?.baseline.kind).toBe('same-minutes');
    expect(verdict?.metrics.map((m) => m.status)).toEqual(['healthy', 'healthy', 'healthy']);
    // The before-deploy baseline, three intervals and the whole window: one request each for every metric.
    expect(cf.requests.length - before).toBe(5);
    // Every query was valid in Cloudflare's schema: no GraphQL error in any answer.
    expect(cf.requests.slice(before).map((r) => [r.status, r.errors])).toEqual(Array.from({ length: 5 }, () => [200, []]));
    // The wall time (µs) is read in milliseconds, per version.
    expect(verdict?.metrics.find((m) => m.name === 'latency-p90')).toMatchObject({ value: 12, baseline: 11 });
  });
  test('20 % invocation errors: breached', async () => {
    errorShare = 0.2;
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const { result, verdict } = await watch();
    errorShare = 0;
    expect(result.outputs['verdict']).toBe('breached');
    expect(verdict?.breaches[0]).toMatchObject({ metric: 'error-rate', trigger: 'error rate > 5 %' });
  });
  test('a refused token (GraphQL errors in a 200 answer) is never healthy: failed', async () => {
    const { result, verdict } = await watch('wrong-token');
    expect(result.outputs['verdict']).toBe('failed');
    expect(verdict?.metrics[0]?.reason).toMatch(/GraphQL error: authentication error/);
  });
  test('a latency-p95 metric of source cloudflare is refused before any query: failed, naming what is accepted', async () => {
    const before = cf.requests.length;
    const { result } = await watch(TOKEN, p95Sha);
    expect(result.outputs['verdict']).toBe('failed');
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/monitor\.metrics\[0\]\.template.*source cloudflare does not measure latency-p95.*no 95th percentile.*accepted: error-rate, latency-p50, latency-p90, latency-p99/);
    expect(cf.requests.length).toBe(before);
  });
  test('a 5xx from the endpoint is never healthy', async () => {
    cf.script(() => ({ status: 502, body: '<html>502 Bad Gateway</html>' }));
    try {
      const { result } = await watch();
      expect(result.outputs['verdict']).toBe('failed');
    } finally {
      cf.script(undefined);
    }
  });
});

describe("the GraphQL stand-in answers as Cloudflare's schema does", () => {
  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(cf.url, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return { status: response.status, body: (await response.json()) as { data: unknown; errors: Array<{ message: string }> | null } };
  };
  const since = () => new Date(Date.now() - 2_000).toISOString();
  const dataset = (fields: string, filter = 'scriptName: "provii-verifier", datetime_geq: $since') =>
    `query ($accountTag: string!, $since: Time!) { viewer { accounts(filter: { accountTag: $accountTag }) { workersInvocationsAdaptive(limit: 10, filter: { ${filter} }) { ${fields} } } } }`;

  test("the monitor's own query is valid: one row per version, no error", async () => {
    const { status, body } = await post(CLOUDFLARE_QUERY, { accountTag: ACCOUNT, scriptName: 'provii-verifier', versions: [NEW, OLD], since: since(), until: new Date().toISOString() });
    expect(status).toBe(200);
    expect(body.errors).toBeNull();
    const rows = (body.data as { viewer: { accounts: Array<{ workersInvocationsAdaptive: Array<{ dimensions: { scriptVersion: string } }> }> } }).viewer.accounts[0]!.workersInvocationsAdaptive;
    expect(rows.map((r) => r.dimensions.scriptVersion).sort()).toEqual([NEW, OLD].sort());
  });
  test.each([
    ['a 95th percentile (Cloudflare has P25, P50, P75, P90, P99, P999)', dataset('quantiles { wallTimeP95 }'), /wallTimeP95/],
    ['a version dimension by another name', dataset('dimensions { scriptVersionId }'), /scriptVersionId/],
    ['an operator the filter grammar does not have', dataset('sum { requests }', 'scriptVersion_eq: "x", datetime_geq: $since'), /scriptVersion_eq/],
    ['a sum that is not one', dataset('sum { wallTimeP50 }'), /wallTimeP50/],
    ['an argument the dataset does not take', dataset('sum { requests }').replace('limit: 10', 'limit: 10, version: 1'), /version/],
  ])('refuses %s: HTTP 200, data null, the field named in errors', async (_name, query, named) => {
    const { status, body } = await post(query, { accountTag: ACCOUNT, since: since() });
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.message).toMatch(named);
  });
  test('groups by the dimensions selected, filters with _in and _like', async () => {
    const { body } = await post(dataset('sum { requests } dimensions { scriptVersion status }', 'scriptVersion_in: ["' + OLD + '"], scriptName_like: "provii-%", datetime_geq: $since'), { accountTag: ACCOUNT, since: since() });
    expect(body.errors).toBeNull();
    const rows = (body.data as { viewer: { accounts: Array<{ workersInvocationsAdaptive: Array<{ dimensions: Record<string, string>; sum: { requests: number } }> }> } }).viewer.accounts[0]!.workersInvocationsAdaptive;
    expect(rows.map((r) => r.dimensions)).toEqual([{ scriptVersion: OLD, status: 'success' }]);
    expect(rows[0]!.sum.requests).toBeGreaterThan(0);
  });
});
