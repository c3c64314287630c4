/**
 * A real Prometheus server for the tests: Debian's `prometheus` package, fetched with
 * `apt-get download` and unpacked with `dpkg-deb -x` into `.tools/prometheus/` (no root needed,
 * cached there), started on loopback to scrape a small exporter the test runs. On CI (`CI=true`)
 * it is required: a machine that cannot get it fails the test. Elsewhere `ensurePrometheus`
 * returns the reason it could not, for the test to say on its own line.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './paths.ts';

const run = promisify(execFile);
const home = join(repoRoot, '.tools', 'prometheus');
const binary = join(home, 'usr', 'bin', 'prometheus');

/** The Prometheus binary, fetched once; or why it cannot be had. */
export async function ensurePrometheus(): Promise<{ path: string } | { missing: string }> {
  if (existsSync(binary)) return { path: binary };
  const work = mkdtempSync(join(tmpdir(), 'prometheus-deb-'));
  try {
    await run('apt-get', ['download', 'prometheus'], { cwd: work, timeout: 180_000 });
    const deb = readdirSync(work).find((f) => f.endsWith('.deb'));
    if (!deb) throw new Error('apt-get download left no .deb');
    const unpacked = join(work, 'root');
    await run('dpkg-deb', ['-x', join(work, deb), unpacked], { timeout: 120_000 });
    mkdirSync(join(repoRoot, '.tools'), { recursive: true });
    // Into place whole, so that a half-unpacked folder is never taken for the cache.
    if (!existsSync(home)) renameSync(unpacked, home);
    return { path: binary };
  } catch (error) {
    const missing = `Debian's prometheus package could not be fetched (apt-get download prometheus): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    if (process.env['CI'] === 'true') throw new Error(`${missing}; it is required on CI`);
    return { missing };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface PrometheusServer {
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts Prometheus scraping `target` (host:port) every `scrapeMs`; resolves once it is ready. */
export async function startPrometheus(path: string, target: string, scrapeMs = 500): Promise<PrometheusServer> {
  const dir = mkdtempSync(join(tmpdir(), 'prometheus-'));
  const config = join(dir, 'prometheus.yml');
  writeFileSync(
    config,
    `global:\n  scrape_interval: ${scrapeMs}ms\n  evaluation_interval: ${scrapeMs}ms\nscrape_configs:\n  - job_name: worker\n    scrape_interval: ${scrapeMs}ms\n    scrape_timeout: ${scrapeMs}ms\n    static_configs:\n      - targets: ['${target}']\n`,
  );
  const port = await freePort();
  const child = spawn(path, [`--config.file=${config}`, `--storage.tsdb.path=${join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${port}`, '--log.level=warn'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (output += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (output += c));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  const stop = async () => {
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    child.kill('SIGKILL');
    process.off('exit', killOnExit);
    rmSync(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const ready = await fetch(`${url}/-/ready`).then((r) => r.ok, () => false);
    if (ready) return { url, stop };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`Prometheus did not become ready:\n${output}`);
}
