import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCloudflareStandIn, type CloudflareStandIn } from './cloudflare-standin.ts';
import { startWorkerDev, testWorkerDir, WorkerDevError, type WorkerDev } from './worker-dev.ts';

// One wrangler dev for the whole file: a start costs one to two seconds. The stand-in only serves
// as a tripwire for requests wrangler might send to the Internet.
let tripwire: CloudflareStandIn;
let dev: WorkerDev;

beforeAll(async () => {
  tripwire = await startCloudflareStandIn();
  dev = await startWorkerDev({ vars: { VERSION_ID: 'v-from-var' }, env: tripwire.env });
}, 60_000);

afterAll(async () => {
  await dev?.stop();
  await tripwire?.close();
});

async function health(init: RequestInit = {}) {
  const started = performance.now();
  const response = await fetch(`${dev.url}/health`, init);
  const body = await response.text();
  return { response, body, ms: performance.now() - started };
}

describe('the test Worker under wrangler dev', () => {
  it('serves on loopback with the version from VERSION_ID in the body and the header', async () => {
    expect(dev.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(dev.startupMs).toBeGreaterThan(0);
    const { response, body } = await health();
    expect(response.status).toBe(200);
    expect(response.headers.get('x-worker-version')).toBe('v-from-var');
    expect(JSON.parse(body)).toEqual({ status: 'ok', version: 'v-from-var' });
  });

  it('answers other paths with the same version', async () => {
    const response = await fetch(`${dev.url}/smoke/login`);
    expect(await response.json()).toEqual({ path: '/smoke/login', version: 'v-from-var' });
  });

  it('switches to a 5xx and to another version on control, and back on reset', async () => {
    await dev.control({ status: 503, version: 'v-bad' });
    const failing = await health();
    expect(failing.response.status).toBe(503);
    expect(failing.response.headers.get('x-worker-version')).toBe('v-bad');
    expect(JSON.parse(failing.body)).toEqual({ status: 'error', version: 'v-bad' });

    await dev.reset();
    const healthy = await health();
    expect(healthy.response.status).toBe(200);
    expect(JSON.parse(healthy.body)).toEqual({ status: 'ok', version: 'v-from-var' });
  });

  it('serves an HTML error page with status 200', async () => {
    await dev.control({ mode: 'html' });
    const { response, body } = await health();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(body).toContain('Error 1101');
  });

  it('serves cut-off JSON labelled as JSON', async () => {
    await dev.control({ mode: 'malformed-json' });
    const { response, body } = await health();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(() => JSON.parse(body)).toThrow(SyntaxError);
  });

  it('redirects to itself for ever', async () => {
    await dev.control({ mode: 'redirect-loop' });
    const manual = await health({ redirect: 'manual' });
    expect(manual.response.status).toBe(302);
    expect(manual.response.headers.get('location')).toBe(`${dev.url}/health`);
    await expect(fetch(`${dev.url}/health`)).rejects.toThrow(/fetch failed/);
  });

  it('delays its answer', async () => {
    await dev.control({ delayMs: 400 });
    const { response, ms } = await health();
    expect(response.status).toBe(200);
    expect(ms).toBeGreaterThanOrEqual(400);
  });

  it('recovers after a given number of failing answers', async () => {
    await dev.control({ status: 500, recoverAfter: 2 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await health()).response.status);
    expect(statuses).toEqual([500, 500, 200, 200]);
  });

  it('keeps one behaviour across concurrent requests (one isolate, one module state)', async () => {
    await dev.control({ status: 502, version: 'v-shared' });
    const answers = await Promise.all(Array.from({ length: 12 }, () => health()));
    expect(answers.map((a) => a.response.status)).toEqual(Array(12).fill(502));
    expect(await dev.status()).toEqual({ behaviour: { version: 'v-shared', status: 502 }, answered: 12 });
  });

  it('refuses a control request it does not understand', async () => {
    await expect(dev.control({ mode: 'teapot' } as never)).rejects.toThrow(/mode must be one of/);
    await expect(dev.control({ delay: 5 } as never)).rejects.toThrow(/unknown field delay/);
  });

  it('made no request outside loopback', () => {
    expect(tripwire.outsideRequests).toEqual([]);
  });

  // Last on purpose: it stops the instance the tests above share.
  it('stops wrangler and every workerd it started', async () => {
    const port = Number(new URL(dev.url).port);
    await dev.stop();
    await expect(canConnect(port)).resolves.toBe(false);
    expect(dev.output()).toContain('Ready on');
  });
});

describe.concurrent('startWorkerDev', () => {
  it('fails with wrangler output when the Worker cannot start', async () => {
    const project = await mkdtemp(join(tmpdir(), 'broken-worker-'));
    try {
      const config = await readFile(join(testWorkerDir, 'wrangler.toml'), 'utf8');
      await writeFile(join(project, 'wrangler.toml'), config.replace('src/index.ts', 'src/missing.ts'));
      const failure = startWorkerDev({ cwd: project, readyTimeoutMs: 20_000 });
      await expect(failure).rejects.toThrow(WorkerDevError);
      await expect(failure).rejects.toThrow(/wrangler exited[\s\S]*--- wrangler output ---[\s\S]*missing\.ts/);
    } finally {
      await rm(project, { recursive: true, force: true });
    }
  }, 30_000);

  it('fails at once, with the complaint of the Worker, when its vars make no valid behaviour', async () => {
    const failure = startWorkerDev({ vars: { HEALTH_MODE: 'teapot' } });
    await expect(failure).rejects.toThrow(/answered 500[\s\S]*the vars give no valid behaviour: mode must be one of/);
  }, 30_000);
});

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
