/**
 * The Cloudflare GraphQL analytics source, through the bundle, against the GraphQL stand-in (the
 * reference GraphQL implementation executing against the part of Cloudflare's schema asked for).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { monitorVerdictContract } from '@change-actions/change-record';
import { readContractFile } from '@change-actions/change-record/files';
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
`;

let cf: CloudflareGraphqlStandin;
let repo: TempRepo;
let sha: string;
let timer: NodeJS.Timeout;
let errorShare = 0;

beforeAll(async () => {
  cf = await startCloudflareGraphqlStandin({ accountId: ACCOUNT, token: TOKEN });
  repo = new TempRepo();
  sha = repo.commit('chore: add the change policy\n\nThe monitor section, measured in Cloudflare analytics.', { '.github/change-policy.yml': POLICY });
  let n = 0;
  const tick = () => {
    const at = new Date();
    const list = [];
    for (let i = 0; i < 5; i++) list.push({ scriptName: 'provii-verifier', scriptVersion: NEW, at, error: (n++ % 100) < errorShare * 100, wallTimeUs: 12_000 });
    for (let i = 0; i < 3; i++) list.push({ scriptName: 'provii-verifier', scriptVersion: OLD, at, error: false, wallTimeUs: 11_000 });
    cf.record(list);
  };
  tick();
  timer = setInterval(tick, 50);
});
afterAll(async () => {
  clearInterval(timer);
  await cf.close();
});

async function watch(token = TOKEN) {
  const result = await runAction({
    action: 'post-deploy-monitor',
    inputs: { service: 'provii-verifier', 'version-id': NEW, 'previous-version-id': OLD, 'cloudflare-api-token': token, 'cloudflare-account-id': ACCOUNT, 'cloudflare-graphql-url': cf.url, 'policy-ref': sha, 'repository-path': repo.dir, 'request-timeout-seconds': '2' },
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
    expect(verdict?.metrics.map((m) => m.status)).toEqual(['healthy', 'healthy']);
    // The before-deploy baseline, three intervals and the whole window: one request each for both metrics.
    expect(cf.requests.length - before).toBe(5);
    expect(cf.requests.slice(before).every((r) => r.status === 200)).toBe(true);
  });
  test('20 % errors: breached', async () => {
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
