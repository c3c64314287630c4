import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorCodes,
  runWrangler,
  startCloudflareStandIn,
  type CloudflareStandIn,
  type Route,
  type WranglerOutputEntry,
  type WranglerRun,
} from './cloudflare-standin.ts';

// Real wrangler against one stand-in for the whole file. Each wrangler call costs about a second.
let cf: CloudflareStandIn;

beforeAll(async () => {
  cf = await startCloudflareStandIn();
});

afterAll(async () => {
  await cf?.close();
});

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const worker = 'provii-test-worker'; // the name in test/worker/wrangler.toml

async function wrangler(...args: string[]): Promise<WranglerRun> {
  return runWrangler(args, { env: cf.env });
}

/** The routes wrangler called for `script` (account-level calls included) since `from`. */
function routesSince(from: number, script: string): (Route | undefined)[] {
  return cf.requests
    .slice(from)
    .filter((r) => r.params.script === undefined || r.params.script === script)
    .map((r) => r.route);
}

function entry<T extends WranglerOutputEntry['type']>(run: WranglerRun, type: T) {
  const found = run.output.find((e): e is Extract<WranglerOutputEntry, { type: T }> => e.type === type);
  if (found === undefined) throw new Error(`no ${type} entry in ${JSON.stringify(run.output)}\n${run.stderr}`);
  return found;
}

function versionPath(script: string, version: string): string {
  return `/accounts/${cf.accountId}/workers/scripts/${script}/versions/${version}`;
}

/** A direct API call, as wrangler makes them. */
function api(path: string, token = cf.env.CLOUDFLARE_API_TOKEN): Promise<Response> {
  return fetch(cf.url + path, { headers: { authorization: `Bearer ${token}` } });
}

/** A Worker with `count` versions, the newest deployed at 100 %, made directly in the model. */
function seedWorker(name: string, count: number) {
  const versions = Array.from({ length: count }, () => cf.state.uploadVersion(name));
  const newest = versions.at(-1)!;
  cf.state.deploy(name, [{ version_id: newest.id, percentage: 100 }]);
  return versions;
}

describe('deploy, gradual deploy and rollback with real wrangler', () => {
  let first: string;
  let second: string;
  let candidate: string;

  it('wrangler deploy creates the Worker, its first version and a 100 % deployment', async () => {
    const from = cf.requests.length;
    const run = await wrangler('deploy');
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.output.map((e) => e.type)).toEqual(['wrangler-session', 'deploy']);
    const deployed = entry(run, 'deploy');
    expect(deployed).toEqual({
      type: 'deploy',
      version: 1,
      worker_name: worker,
      worker_tag: null,
      version_id: expect.stringMatching(uuid),
      targets: [`https://${worker}.standin.workers.dev`],
      worker_name_overridden: false,
      bundle_size: { raw_bytes: expect.any(Number), gzip_bytes: expect.any(Number) },
      timestamp: expect.any(String),
    });
    first = deployed.version_id!;
    expect(cf.state.activeDeployment(worker)?.versions).toEqual([{ version_id: first, percentage: 100 }]);
    expect(routesSince(from, worker)).toEqual([
      'GET /accounts/:account/workers/services/:script',
      'GET /accounts/:account/workers/subdomain',
      'GET /accounts/:account/workers/scripts/:script/deployments',
      'GET /accounts/:account/workers/scripts/:script/settings',
      'PUT /accounts/:account/workers/scripts/:script',
      'GET /accounts/:account/workers/workers/:script',
      'GET /accounts/:account/workers/subdomain',
      'POST /accounts/:account/workers/scripts/:script/subdomain',
    ]);
  }, 30_000);

  it('wrangler deploy of an existing Worker goes through the versions and deployments API', async () => {
    const from = cf.requests.length;
    const run = await wrangler('deploy', '--message', 'second deploy', '--tag', 'v2');
    expect(run.exitCode, run.stderr).toBe(0);
    const deployed = entry(run, 'deploy');
    second = deployed.version_id!;
    expect(second).not.toBe(first);
    expect(deployed.worker_tag).toBe(cf.state.script(worker).tag);
    expect(cf.state.version(worker, second).annotations).toMatchObject({
      'workers/message': 'second deploy',
      'workers/tag': 'v2',
    });
    expect(cf.state.activeDeployment(worker)?.versions).toEqual([{ version_id: second, percentage: 100 }]);
    expect(routesSince(from, worker)).toEqual([
      'GET /accounts/:account/workers/services/:script',
      'GET /accounts/:account/workers/scripts/:script/deployments',
      'GET /accounts/:account/workers/scripts/:script/settings',
      'POST /accounts/:account/workers/scripts/:script/versions',
      'POST /accounts/:account/workers/scripts/:script/deployments',
      'PATCH /accounts/:account/workers/scripts/:script/script-settings',
      'GET /accounts/:account/workers/workers/:script',
      'GET /accounts/:account/workers/subdomain',
      'POST /accounts/:account/workers/scripts/:script/subdomain',
    ]);
  }, 30_000);

  it('wrangler versions upload adds a version without deploying it', async () => {
    const run = await wrangler('versions', 'upload', '--message', 'candidate');
    expect(run.exitCode, run.stderr).toBe(0);
    const uploaded = entry(run, 'version-upload');
    expect(uploaded).toEqual({
      type: 'version-upload',
      version: 1,
      worker_name: worker,
      worker_tag: cf.state.script(worker).tag,
      version_id: expect.stringMatching(uuid),
      worker_name_overridden: false,
      bundle_size: { raw_bytes: expect.any(Number), gzip_bytes: expect.any(Number) },
      timestamp: expect.any(String),
    });
    candidate = uploaded.version_id!;
    expect(cf.state.activeDeployment(worker)?.versions).toEqual([{ version_id: second, percentage: 100 }]);
  }, 30_000);

  it('wrangler versions deploy splits traffic 50/50, and deployments list shows the split', async () => {
    const run = await wrangler('versions', 'deploy', `${candidate}@50`, `${second}@50`, '-y', '--message', 'canary');
    expect(run.exitCode, run.stderr).toBe(0);
    const active = cf.state.activeDeployment(worker);
    expect(active?.versions).toEqual([
      { version_id: candidate, percentage: 50 },
      { version_id: second, percentage: 50 },
    ]);
    // wrangler writes the traffic split as a Map, which JSON.stringify turns into {}.
    expect(entry(run, 'version-deploy')).toEqual({
      type: 'version-deploy',
      version: 1,
      worker_name: worker,
      worker_tag: cf.state.script(worker).tag,
      deployment_id: active?.id,
      version_traffic: {},
      timestamp: expect.any(String),
    });

    const list = await wrangler('deployments', 'list', '--json');
    expect(list.exitCode, list.stderr).toBe(0);
    const deployments = JSON.parse(list.stdout) as { versions: unknown[]; annotations: object }[];
    expect(deployments).toHaveLength(3);
    expect(deployments.at(-1)).toMatchObject({
      versions: active?.versions,
      annotations: { 'workers/message': 'canary' },
    });
  }, 30_000);

  it('wrangler versions deploy moves the new version to 100 %', async () => {
    const run = await wrangler('versions', 'deploy', `${candidate}@100`, '-y');
    expect(run.exitCode, run.stderr).toBe(0);
    expect(cf.state.activeDeployment(worker)?.versions).toEqual([{ version_id: candidate, percentage: 100 }]);
  }, 30_000);

  it('wrangler versions list --json lists the deployable versions, oldest first', async () => {
    const run = await wrangler('versions', 'list', '--json');
    expect(run.exitCode, run.stderr).toBe(0);
    const versions = JSON.parse(run.stdout) as { id: string; metadata: { source: string } }[];
    expect(versions.map((v) => v.id)).toEqual([first, second, candidate]);
    expect(versions[0]?.metadata.source).toBe('wrangler');
  }, 30_000);

  it('wrangler rollback to a named earlier version creates a new 100 % deployment of it', async () => {
    const deploymentsBefore = cf.state.script(worker).deployments.length;
    const run = await wrangler('rollback', first, '-y', '--message', 'health check failed');
    expect(run.exitCode, run.stderr).toBe(0);
    // rollback writes no entry of its own to the output file.
    expect(run.output.map((e) => e.type)).toEqual(['wrangler-session']);
    expect(run.stdout).toContain(`Worker Version ${first} has been deployed to 100% of traffic.`);
    const script = cf.state.script(worker);
    expect(script.deployments).toHaveLength(deploymentsBefore + 1);
    expect(script.versions).toHaveLength(3);

    const status = await wrangler('deployments', 'status', '--json');
    expect(status.exitCode, status.stderr).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({
      versions: [{ version_id: first, percentage: 100 }],
      annotations: { 'workers/message': 'health check failed' },
    });
  }, 30_000);
});

// Each test uses its own Worker (--name), so that they can run side by side.
describe.concurrent('refusals and faults', () => {
  it('rollback to an unknown version exits non-zero with the API error code in the output file', async () => {
    const name = 'unknown-version';
    seedWorker(name, 2);
    const unknown = '00000000-0000-4000-8000-000000000000';
    const run = await wrangler('rollback', unknown, '--name', name, '-y');
    expect(run.exitCode).toBe(1);
    expect(entry(run, 'command-failed')).toEqual({
      type: 'command-failed',
      version: 1,
      code: errorCodes.workerNotFound,
      message: `A request to the Cloudflare API (${versionPath(name, unknown)}) failed.`,
      timestamp: expect.any(String),
    });
    expect(run.stderr).toContain('workers.api.error.version_not_found [code: 10007]');
    expect(routesSince(0, name)).not.toContain('POST /accounts/:account/workers/scripts/:script/deployments');
  }, 30_000);

  it('a 500 on upload makes wrangler deploy exit non-zero after its three attempts', async () => {
    const name = 'upload-fails';
    const [deployed] = seedWorker(name, 1);
    cf.fault({ route: 'POST /accounts/:account/workers/scripts/:script/versions', script: name, status: 500 });
    const run = await wrangler('deploy', '--name', name);
    expect(run.exitCode).toBe(1);
    expect(entry(run, 'command-failed')).toMatchObject({ code: errorCodes.unknown });
    const posts = cf.requests.filter((r) => r.params.script === name && r.method === 'POST');
    expect(posts.map((r) => [r.route, r.status])).toEqual(
      Array(3).fill(['POST /accounts/:account/workers/scripts/:script/versions', 500]),
    );
    expect(cf.state.activeDeployment(name)?.versions).toEqual([{ version_id: deployed?.id, percentage: 100 }]);
  }, 30_000);

  it('rollback after a secret change (10220) is confirmed and retried with force=true', async () => {
    const name = 'secrets-changed';
    const [target] = seedWorker(name, 2);
    cf.fault({
      route: 'POST /accounts/:account/workers/scripts/:script/deployments',
      script: name,
      times: 1,
      status: 400,
      errors: [
        {
          code: errorCodes.secretsChanged,
          message:
            'A secret has changed since this version was active. If you are sure this is ok, add a ?force=true query ' +
            'parameter to allow the rollback. The following secrets have changed: API_KEY, DB_URL',
        },
      ],
    });
    const run = await wrangler('rollback', target!.id, '--name', name, '-y');
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/secrets have changed[\s\S]*\* API_KEY\n {2}\* DB_URL/);
    const posts = cf.requests.filter((r) => r.params.script === name && r.method === 'POST');
    expect(posts.map((r) => [r.query, r.status])).toEqual([
      ['', 400],
      ['force=true', 200],
    ]);
    expect(cf.state.activeDeployment(name)?.versions).toEqual([{ version_id: target!.id, percentage: 100 }]);
  }, 30_000);

  it('rollback across a Durable Object migration is refused', async () => {
    const name = 'migrated';
    const [before] = seedWorker(name, 1);
    const migrated = cf.state.uploadVersion(name, { migration_tag: 'v2' });
    cf.state.deploy(name, [{ version_id: migrated.id, percentage: 100 }]);
    const run = await wrangler('rollback', before!.id, '--name', name, '-y');
    expect(run.exitCode).toBe(1);
    expect(entry(run, 'command-failed')).toMatchObject({ code: errorCodes.externalResourcesModified });
    expect(run.stderr).toContain('durable-object:v2');
    expect(cf.state.activeDeployment(name)?.versions).toEqual([{ version_id: migrated.id, percentage: 100 }]);
  }, 30_000);

  it('rollback to a version older than the newest 100 is refused', async () => {
    const name = 'too-old';
    const [oldest] = seedWorker(name, 101);
    const run = await wrangler('rollback', oldest!.id, '--name', name, '-y');
    expect(run.exitCode).toBe(1);
    expect(entry(run, 'command-failed')).toMatchObject({ code: errorCodes.versionTooOld });
  }, 30_000);
});

describe('the stand-in without wrangler', () => {
  it('answers with the Cloudflare envelope, and refuses a wrong token or account', async () => {
    const name = 'direct';
    const [version] = seedWorker(name, 1);
    const ok = await api(`/accounts/${cf.accountId}/workers/scripts/${name}/deployments`);
    expect(await ok.json()).toEqual({
      success: true,
      errors: [],
      messages: [],
      result: { deployments: [expect.objectContaining({ versions: [{ version_id: version?.id, percentage: 100 }] })] },
    });
    const missing = await api(`/accounts/${cf.accountId}/workers/scripts/nowhere/deployments`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      success: false,
      errors: [{ code: errorCodes.workerNotFound, message: 'workers.api.error.script_not_found' }],
      messages: [],
      result: null,
    });
    expect((await api(`/accounts/${cf.accountId}/workers/scripts/${name}/deployments`, 'wrong')).status).toBe(403);
    expect((await api(`/accounts/another-account/workers/scripts/${name}/deployments`)).status).toBe(403);
    expect((await api('/no/such/route')).status).toBe(404);
  });

  it('delays an answer, then answers normally', async () => {
    const name = 'slow';
    seedWorker(name, 1);
    const route = 'GET /accounts/:account/workers/scripts/:script/deployments';
    cf.fault({ route, script: name, delayMs: 300, times: 1 });
    const started = performance.now();
    const response = await api(`/accounts/${cf.accountId}/workers/scripts/${name}/deployments`);
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(300);
  });

  it('refuses what Cloudflare refuses: a deployment without strategy "percentage" or without versions', async () => {
    const name = 'strict-deployments';
    const [a] = seedWorker(name, 1);
    const post = (body: unknown) =>
      fetch(`${cf.url}/accounts/${cf.accountId}/workers/scripts/${name}/deployments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${cf.env['CLOUDFLARE_API_TOKEN']}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    for (const body of [{ versions: [{ version_id: a!.id, percentage: 100 }] }, { strategy: 'gradual', versions: [{ version_id: a!.id, percentage: 100 }] }, { strategy: 'percentage' }, { strategy: 'percentage', versions: [{ version_id: a!.id }] }]) {
      const answer = await post(body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(((await answer.json()) as { errors: Array<{ code: number }> }).errors[0]!.code).toBe(errorCodes.invalidDeployment);
    }
    expect((await post({ strategy: 'percentage', versions: [{ version_id: a!.id, percentage: 100 }] })).status).toBe(200);
  });

  it('a rollback across a secret change answers 10220, and goes through with force=true', async () => {
    const name = 'secrets-changed';
    const old = cf.state.uploadVersion(name, { bindings: [{ name: 'API_KEY', type: 'secret_text', text: 'one' }] });
    cf.state.deploy(name, [{ version_id: old.id, percentage: 100 }]);
    const current = cf.state.uploadVersion(name, { bindings: [{ name: 'API_KEY', type: 'secret_text', text: 'two' }] });
    cf.state.deploy(name, [{ version_id: current.id, percentage: 100 }]);
    const rollback = (query: string) =>
      fetch(`${cf.url}/accounts/${cf.accountId}/workers/scripts/${name}/deployments${query}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${cf.env['CLOUDFLARE_API_TOKEN']}`, 'content-type': 'application/json' },
        body: JSON.stringify({ strategy: 'percentage', versions: [{ version_id: old.id, percentage: 100 }] }),
      });
    const refused = await rollback('');
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { errors: unknown[] }).errors).toEqual([{ code: errorCodes.secretsChanged, message: expect.stringContaining('The following secrets have changed: API_KEY') }]);
    expect(cf.state.activeDeployment(name)!.versions[0]!.version_id).toBe(current.id);
    expect((await rollback('?force=true')).status).toBe(200);
    expect(cf.state.activeDeployment(name)!.versions).toEqual([{ version_id: old.id, percentage: 100 }]);
    // Same secrets: no confirmation needed.
    const same = cf.state.uploadVersion(name, { bindings: [{ name: 'API_KEY', type: 'secret_text', text: 'two' }] });
    expect(() => cf.state.deploy(name, [{ version_id: current.id, percentage: 100 }])).not.toThrow();
    void same;
  });

  it('refuses a deployment whose percentages do not add up to 100', () => {
    const name = 'bad-split';
    const [a, b] = seedWorker(name, 2);
    expect(() =>
      cf.state.deploy(name, [
        { version_id: a!.id, percentage: 50 },
        { version_id: b!.id, percentage: 40 },
      ]),
    ).toThrow(/invalid_deployment/);
  });
});

// Last, so that it covers every wrangler call above.
it('wrangler sent nothing to any other host, and only to known routes', () => {
  expect(cf.outsideRequests).toEqual([]);
  expect(cf.requests.filter((r) => r.route === undefined && !r.path.startsWith('/no/'))).toEqual([]);
});
