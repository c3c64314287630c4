/**
 * Cold start of the bundled lint-commit on a small push, against the bare start of Node
 * (`node -e 0`) and against a peer: an ncc bundle of the stock @actions/core and @actions/github
 * (what published actions load) that reads one input and writes one output. Runs alternate so
 * that machine noise falls on all three alike; the median of each is compared.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../test/harness/paths.ts';

const RUNS = 40;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { env, cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${String(result.stderr).slice(0, 500)}`);
  return ms;
}

/** The peer: stock @actions/core + @actions/github, bundled by the same ncc. */
function buildPeer(dir: string): string {
  const src = join(dir, 'peer.mjs');
  writeFileSync(
    src,
    "import * as core from '@actions/core';\nimport * as github from '@actions/github';\ncore.setOutput('event', github.context.eventName + core.getInput('token').length);\n",
  );
  const out = join(dir, 'peer');
  // Link the stock packages from the store next to the source: the workspace's @actions/core is
  // patched, and the peer must be what other actions ship.
  const store = join(repoRoot, 'node_modules', '.pnpm');
  const modules = join(dir, 'node_modules', '@actions');
  mkdirSync(modules, { recursive: true });
  for (const name of ['core', 'github']) {
    const entry = readdirSync(store).find((d) => d.startsWith(`@actions+${name}@`) && !d.includes('patch'));
    if (!entry) throw new Error(`the store holds no stock @actions/${name}`);
    symlinkSync(join(store, entry, 'node_modules', '@actions', name), join(modules, name));
  }
  execFileSync(process.execPath, [join(repoRoot, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', src, '-o', out, '--minify', '--quiet'], {
    cwd: dir,
    stdio: 'inherit',
  });
  return join(out, 'index.mjs');
}

function dirSize(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    total += stat.isDirectory() ? 0 : stat.size;
  }
  return total;
}

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cold-'));
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
    git('init', '-q');
    git('-c', 'user.name=a', '-c', 'user.email=a@b', 'commit', '-q', '--allow-empty', '-m', 'chore: start\n\nbody');
    const before = git('rev-parse', 'HEAD');
    git('-c', 'user.name=a', '-c', 'user.email=a@b', 'commit', '-q', '--allow-empty', '-m', 'feat: add x\n\nBecause.\n\nFixes: #1');
    const after = git('rev-parse', 'HEAD');
    const event = join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main', before, after, created: false, deleted: false, forced: false, commits: [{ id: after, message: 'feat: add x\n\nBecause.\n\nFixes: #1\n' }], repository: { default_branch: 'main', full_name: 'maelstrom/provii-verifier' } }));
    for (const f of ['out', 'summary', 'state']) writeFileSync(join(dir, f), '');
    const env = {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'maelstrom/provii-verifier',
      GITHUB_WORKSPACE: dir,
      GITHUB_OUTPUT: join(dir, 'out'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      GITHUB_STATE: join(dir, 'state'),
      INPUT_TOKEN: 'x',
      'INPUT_TIMEOUT-SECONDS': '30',
      'INPUT_POLICY-PATH': '.github/change-policy.yml',
      'INPUT_FAIL-ON-WARNING': 'false',
    };
    const peer = buildPeer(dir);
    const ours = join(repoRoot, 'actions/lint-commit/dist/index.js');
    const node = process.execPath;
    const samples = { bare: [] as number[], ours: [] as number[], peer: [] as number[] };
    for (let i = 0; i < 3; i++) {
      time(node, ['-e', '0'], env, dir);
      time(node, [ours], env, dir);
      time(node, [peer], env, dir);
    }
    for (let i = 0; i < RUNS; i++) {
      samples.bare.push(time(node, ['-e', '0'], env, dir));
      samples.ours.push(time(node, [ours], env, dir));
      samples.peer.push(time(node, [peer], env, dir));
    }
    const bare = median(samples.bare);
    const lines = [
      `runs: ${RUNS} of each, alternating; medians`,
      `node -e 0:                          ${bare.toFixed(1)} ms`,
      `lint-commit dist/index.js (push):   ${median(samples.ours).toFixed(1)} ms = ${(median(samples.ours) / bare).toFixed(2)}x the bare start (target: at most 1.5x)`,
      `peer (stock @actions/core+github):  ${median(samples.peer).toFixed(1)} ms = ${(median(samples.peer) / bare).toFixed(2)}x the bare start`,
      `bundle: lint-commit dist/index.js ${(statSync(ours).size / 1024).toFixed(0)} kB; all of dist/ ${(dirSize(join(repoRoot, 'actions/lint-commit/dist')) / 1024).toFixed(0)} kB (chunks load on demand)`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
