/**
 * The test Worker (`test/worker`) served by real `wrangler dev --local` (workerd) on loopback.
 * A start costs one to two seconds, so a test file starts one instance and switches its behaviour
 * through the Worker's control endpoint between scenarios.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Behaviour } from '../worker/src/index.ts';
import { repoRoot } from './paths.ts';

export type WorkerBehaviour = Behaviour;

/** The test Worker's project folder, with its wrangler.toml. */
export const testWorkerDir = join(repoRoot, 'test', 'worker');

/** wrangler's CLI entry, to run with `process.execPath` so wrangler gets the Node running the tests. */
export const wranglerCli: string = (() => {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('wrangler/package.json');
  const manifest = require(manifestPath) as { bin: { wrangler: string } };
  return join(dirname(manifestPath), manifest.bin.wrangler);
})();

/**
 * Environment for wrangler in tests: off the network, quiet, and fast to start. `configDir` becomes
 * wrangler's global config folder (login, telemetry consent, debug logs), so that nothing from the
 * developer's own wrangler setup takes part and nothing is written to their home.
 */
export function wranglerTestEnv(configDir: string): Record<string, string> {
  return {
    CI: 'true',
    // Otherwise every command posts telemetry to sparrow.cloudflare.com.
    WRANGLER_SEND_METRICS: 'false',
    WRANGLER_SEND_ERROR_REPORTS: 'false',
    // The banner asks registry.npmjs.org for a newer wrangler.
    WRANGLER_HIDE_BANNER: 'true',
    // `wrangler dev` fetches the Request.cf object from workers.cloudflare.com.
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
    XDG_CONFIG_HOME: configDir,
    // Plain stdout even on GitHub runners; warnings and errors on stderr keep their colour codes.
    FORCE_COLOR: '0',
    // V8's code cache for wrangler's 15 MB bundle: about a fifth of each call's start-up.
    NODE_COMPILE_CACHE: join(tmpdir(), 'wrangler-node-compile-cache'),
  };
}

export interface WorkerDevOptions {
  /** The Worker project to serve (default: the test Worker). */
  cwd?: string;
  /** Passed as `--var NAME:VALUE`, e.g. `{ VERSION_ID: 'v1', HEALTH_STATUS: '503' }`. */
  vars?: Record<string, string>;
  /** Extra environment for wrangler, e.g. a Cloudflare stand-in's `env` to catch outside requests. */
  env?: Record<string, string>;
  /** How long to wait for the Worker to answer (default 30 s). */
  readyTimeoutMs?: number;
}

export interface WorkerDev {
  /** Origin of the running Worker, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  /** Milliseconds from spawning wrangler to the Worker's first answer. */
  readonly startupMs: number;
  /** Replace how the Worker answers (see test/worker/src/index.ts) and reset its request counter. */
  control(behaviour: WorkerBehaviour): Promise<void>;
  /** How the Worker answers now and how many requests it answered that way. */
  status(): Promise<{ behaviour: WorkerBehaviour; answered: number }>;
  /** Back to the behaviour given by the vars. */
  reset(): Promise<void>;
  /** Everything wrangler printed so far. */
  output(): string;
  /** Stops wrangler and its workerd processes; resolves once none of them runs any more. */
  stop(): Promise<void>;
}

export class WorkerDevError extends Error {
  override name = 'WorkerDevError';
}

const controlPath = '/__control';

export async function startWorkerDev(options: WorkerDevOptions = {}): Promise<WorkerDev> {
  const { cwd = testWorkerDir, vars = {}, env = {}, readyTimeoutMs = 30_000 } = options;
  const configDir = await mkdtemp(join(tmpdir(), 'wrangler-dev-config-'));
  // Port 0: wrangler takes a free port and says which in "Ready on <url>".
  const args = [wranglerCli, 'dev', '--local', '--ip', '127.0.0.1', '--port', '0'];
  for (const [name, value] of Object.entries(vars)) args.push('--var', `${name}:${value}`);

  const started = performance.now();
  // Its own process group, so that stop() reaches workerd and esbuild too.
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...wranglerTestEnv(configDir), ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  const spawnError = await new Promise<Error | undefined>((resolve) => {
    child.once('spawn', () => resolve(undefined));
    child.once('error', resolve);
  });
  if (spawnError !== undefined) throw new WorkerDevError(`could not run wrangler: ${spawnError.message}`);
  const group = child.pid as number;
  // If the test process ends without stop(), the Worker must not outlive it.
  const killOnExit = () => signalGroup(group, 'SIGKILL');
  process.on('exit', killOnExit);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      signalGroup(group, 'SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      // wrangler has torn down workerd by the time it exits; this only catches stragglers.
      signalGroup(group, 'SIGKILL');
      await exited;
      await untilNoLiveMember(group);
      process.off('exit', killOnExit);
      await rm(configDir, { recursive: true, force: true });
    })());

  let url: string;
  try {
    url = await waitUntilServing(() => output, exited, started + readyTimeoutMs);
  } catch (error) {
    await stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new WorkerDevError(
      `wrangler dev in ${cwd} did not serve the Worker: ${reason}\n--- wrangler output ---\n${output}`,
    );
  }
  const startupMs = Math.round(performance.now() - started);

  const callControl = async (method: string, body?: WorkerBehaviour) => {
    const response = await fetch(url + controlPath, {
      method,
      ...(body !== undefined && { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });
    const text = await response.text();
    if (!response.ok) throw new WorkerDevError(`${method} ${controlPath} answered ${response.status}: ${text}`);
    return JSON.parse(text) as { behaviour: WorkerBehaviour; answered: number };
  };

  return {
    url,
    startupMs,
    control: async (behaviour) => void (await callControl('POST', behaviour)),
    status: () => callControl('GET'),
    reset: async () => void (await callControl('DELETE')),
    output: () => output,
    stop,
  };
}

/** Waits for wrangler's "Ready on <url>" and then for the Worker itself to answer there. */
async function waitUntilServing(
  output: () => string,
  exited: Promise<number | string>,
  deadline: number,
): Promise<string> {
  let exitStatus: number | string | undefined;
  void exited.then((status) => (exitStatus = status));
  while (performance.now() < deadline) {
    if (exitStatus !== undefined) throw new Error(`wrangler exited (${exitStatus}) before the Worker answered`);
    const url = /Ready on (http:\/\/\S+)/.exec(output())?.[1];
    if (url !== undefined) {
      // workerd may refuse connections for a moment after wrangler says it is ready.
      const response = await fetch(url + controlPath, { signal: AbortSignal.timeout(2_000) }).catch(() => undefined);
      if (response?.ok) {
        await response.body?.cancel();
        return url;
      }
      if (response !== undefined) {
        await response.body?.cancel();
        throw new Error(`GET ${controlPath} answered ${response.status} (wrangler's output says why)`);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('no answer within the ready timeout');
}

function signalGroup(group: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-group, signal);
  } catch {
    // the group is already gone
  }
}

/**
 * Waits until no process of the group is still running (read from Linux /proc). Zombies do not
 * count: the init process of these machines takes about a second to reap orphans, and a zombie
 * holds no port or memory.
 */
async function untilNoLiveMember(group: number): Promise<void> {
  const deadline = performance.now() + 5_000;
  for (;;) {
    const live = await liveMembers(group);
    if (live.length === 0) return;
    if (performance.now() > deadline) {
      throw new WorkerDevError(`processes ${live.join(', ')} of wrangler dev survived SIGKILL`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function liveMembers(group: number): Promise<string[]> {
  const live = [];
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
    // pid (comm) state ppid pgrp ...; comm may hold spaces and parentheses.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (pgrp === String(group) && state !== 'Z' && state !== 'X') live.push(pid);
  }
  return live;
}
