/**
 * Cold start of the bundled lint-commit against the bare start of Node (`node -e 0`) and against
 * peers bundled by the same ncc in the same run: what published actions load (the stock
 * @actions/core and @actions/github), and, to decide whether the project's patch of @actions/core
 * (`sideEffects: false`) earns its keep, the same one-input one-output action on the stock and on
 * the patched @actions/core. Then a run that needs the API (a pull request without a checkout,
 * against the loopback GitHub stand-in), against a stock `getOctokit` with the retry and
 * throttling plugins making the same two requests. Runs alternate so that machine noise falls on
 * all alike; medians are compared.
 *
 * Works on a fresh clone: the store holds only the patched @actions/core, so the stock one is a
 * copy of it in a temporary folder with the patch reversed.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webhookExample } from '../test/harness/events.ts';
import { commit, fakeSha } from '../test/harness/fixtures.ts';
import { startGitHubStandIn } from '../test/harness/github-standin.ts';
import { repoRoot } from '../test/harness/paths.ts';

const RUNS = 40;
const API_RUNS = 15;

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

/** As `time`, without blocking this process (the stand-in answers from it). */
function timeAsync(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) reject(new Error(`${args.join(' ')} exited ${code}: ${out.slice(0, 800)}`));
      else resolve(ms);
    });
  });
}

const store = join(repoRoot, 'node_modules', '.pnpm');

/** The store's folder of a package (the pnpm virtual store keeps each with its dependencies). */
function storeEntry(name: string): string {
  const prefix = `${name.replace('/', '+')}@`;
  const entries = readdirSync(store).filter((d) => d.startsWith(prefix));
  const entry = entries.find((d) => !d.includes('patch_hash')) ?? entries[0];
  if (!entry) throw new Error(`the store holds no ${name}: run npm run build (it installs the workspace)`);
  return join(store, entry, 'node_modules', name);
}

/**
 * A folder of node_modules holding `@actions/core` as published (or as patched) and the stock
 * @actions/github and plugins, each with its dependencies resolved from the store.
 */
function modules(dir: string, core: 'stock' | 'patched'): string {
  const modulesDir = join(dir, `node_modules-${core}`, 'node_modules');
  for (const name of ['@actions/github', '@octokit/plugin-retry', '@octokit/plugin-throttling']) {
    mkdirSync(join(modulesDir, name, '..'), { recursive: true });
    symlinkSync(storeEntry(name), join(modulesDir, name));
  }
  const patched = realpathSync(storeEntry('@actions/core'));
  const target = join(modulesDir, '@actions', 'core');
  if (core === 'patched') {
    symlinkSync(patched, target);
  } else {
    // The published package: the store's copy with the project's patch reversed.
    cpSync(patched, target, { recursive: true, dereference: true });
    const patchFile = readdirSync(join(repoRoot, 'patches')).find((f) => f.startsWith('@actions__core@'));
    if (patchFile) {
      // The patch adds `"sideEffects": false` to package.json and nothing else: remove it again.
      const patch = readFileSync(join(repoRoot, 'patches', patchFile), 'utf8');
      const files = [...patch.matchAll(/^diff --git a\/(\S+)/gm)].map((f) => f[1]);
      const added = patch.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++'));
      if (files.join() !== 'package.json' || !added.some((l) => l.includes('"sideEffects": false'))) {
        throw new Error(`${patchFile} changes more than package.json's sideEffects: teach bench/cold-start.ts to reverse it`);
      }
      const manifest = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8'));
      delete manifest.sideEffects;
      writeFileSync(join(target, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    }
    // Its own dependencies, from beside the store's copy.
    const siblings = join(patched, '..', '..');
    for (const dep of Object.keys(JSON.parse(readFileSync(join(target, 'package.json'), 'utf8')).dependencies ?? {})) {
      const link = join(target, 'node_modules', dep);
      mkdirSync(join(link, '..'), { recursive: true });
      symlinkSync(realpathSync(join(siblings, dep)), link);
    }
  }
  return join(dir, `node_modules-${core}`);
}

/** Bundles `source` with the project's ncc, resolving packages from `root`. */
function bundle(root: string, name: string, source: string): string {
  const src = join(root, `${name}.mjs`);
  writeFileSync(src, source);
  const out = join(root, name);
  execFileSync(process.execPath, [join(repoRoot, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', src, '-o', out, '--minify', '--quiet'], { cwd: root, stdio: 'inherit' });
  return join(out, 'index.mjs');
}

function dirSize(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const stat = statSync(join(dir, name));
    total += stat.isDirectory() ? dirSize(join(dir, name)) : stat.size;
  }
  return total;
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cold-'));
  const cleanup = [dir];
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

    const modulesDir = mkdtempSync(join(tmpdir(), 'bench-modules-'));
    cleanup.push(modulesDir);
    const stockRoot = modules(modulesDir, 'stock');
    const patchedRoot = modules(modulesDir, 'patched');
    const peer = bundle(stockRoot, 'peer', "import * as core from '@actions/core';\nimport * as github from '@actions/github';\ncore.setOutput('event', github.context.eventName + core.getInput('token').length);\n");
    const coreOnly = "import * as core from '@actions/core';\ncore.setOutput('token-length', core.getInput('token').length);\n";
    const stockCore = bundle(stockRoot, 'core-stock', coreOnly);
    const patchedCore = bundle(patchedRoot, 'core-patched', coreOnly);
    const ours = join(repoRoot, 'actions/lint-commit/dist/index.js');
    const node = process.execPath;
    const runs = { bare: [] as number[], ours: [] as number[], peer: [] as number[], stockCore: [] as number[], patchedCore: [] as number[] };
    const round = (into?: typeof runs) => {
      const t = (key: keyof typeof runs, args: string[]) => {
        const ms = time(node, args, env, dir);
        into?.[key].push(ms);
      };
      t('bare', ['-e', '0']);
      t('ours', [ours]);
      t('peer', [peer]);
      t('stockCore', [stockCore]);
      t('patchedCore', [patchedCore]);
    };
    for (let i = 0; i < 3; i++) round();
    for (let i = 0; i < RUNS; i++) round(runs);
    const m = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, median(v)])) as Record<keyof typeof runs, number>;
    const x = (ms: number) => `${ms.toFixed(1)} ms = ${(ms / m.bare).toFixed(2)}x the bare start`;

    // A pull request without a checkout: its commits and the policy from the API.
    const gh = await startGitHubStandIn({ rateLimit: 1_000_000 });
    const api = { ours: [] as number[], peer: [] as number[] };
    try {
      gh.paginate('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/commits', [commit({ sha: fakeSha('head'), message: 'feat: add x\n\nBecause.\n\nFixes: #1\n' })]);
      gh.route('GET', '/repos/{owner}/{repo}/contents/{path}', { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } });
      const pr = webhookExample('pull_request', 'opened');
      Object.assign(pr['pull_request'], { title: 'feat: add x', body: 'Because.\n\nFixes: #1', commits: 1 });
      pr['pull_request'].base.sha = fakeSha('base');
      pr['pull_request'].head.sha = fakeSha('head');
      const prEvent = join(dir, 'pr.json');
      writeFileSync(prEvent, JSON.stringify(pr));
      const empty = mkdtempSync(join(tmpdir(), 'bench-no-git-'));
      const apiEnv = { ...env, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: prEvent, GITHUB_WORKSPACE: empty, GITHUB_API_URL: gh.url };
      const apiPeer = bundle(
        stockRoot,
        'api-peer',
        `import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
const github = getOctokit(core.getInput('token'), { throttle: { onRateLimit: () => false, onSecondaryRateLimit: () => false } }, retry, throttling);
const commits = await github.paginate(github.rest.pulls.listCommits, { owner: 'maelstrom', repo: 'provii-verifier', pull_number: 1, per_page: 100 });
await github.rest.repos.getContent({ owner: 'maelstrom', repo: 'provii-verifier', path: '.github/change-policy.yml', ref: '${fakeSha('base')}' }).catch((e) => { if (e.status !== 404) throw e; });
core.setOutput('count', commits.length);
`,
      );
      try {
        for (let i = 0; i < API_RUNS + 2; i++) {
          const o = await timeAsync(node, [ours], apiEnv, empty);
          const p = await timeAsync(node, [apiPeer], apiEnv, empty);
          if (i >= 2) {
            api.ours.push(o);
            api.peer.push(p);
          }
        }
      } finally {
        rmSync(empty, { recursive: true, force: true });
      }
    } finally {
      await gh.close();
    }

    const distDir = join(repoRoot, 'actions/lint-commit/dist');
    const chunks = readdirSync(distDir).filter((f) => f.endsWith('.js') && f !== 'index.js');
    const apiChunk = chunks.map((f) => ({ f, size: statSync(join(distDir, f)).size })).sort((a, b) => b.size - a.size)[0];
    const lines = [
      `runs: ${RUNS} of each, alternating; medians`,
      `node -e 0:                                     ${m.bare.toFixed(1)} ms`,
      `lint-commit dist/index.js (push, local git):   ${x(m.ours)}`,
      `peer (stock @actions/core + @actions/github):  ${x(m.peer)}; ours takes ${(m.ours / m.peer).toFixed(2)}x the peer's time`,
      `one input, one output, stock @actions/core:    ${x(m.stockCore)} (bundle ${kB(statSync(stockCore).size)})`,
      `the same on the patched @actions/core:         ${x(m.patchedCore)} (bundle ${kB(statSync(patchedCore).size)}); the patch saves ${(m.stockCore - m.patchedCore).toFixed(1)} ms a start`,
      `pull request through the API (${API_RUNS} runs, 2 requests): lint-commit ${median(api.ours).toFixed(1)} ms; stock getOctokit + retry + throttling doing the same requests ${median(api.peer).toFixed(1)} ms (${(median(api.ours) / median(api.peer)).toFixed(2)}x)`,
      `bundle: lint-commit dist/index.js ${kB(statSync(ours).size)}; the largest chunk (the GitHub client, loaded on demand) ${apiChunk ? kB(apiChunk.size) : '-'}; all of dist/ ${kB(dirSize(distDir))}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    for (const d of cleanup) rmSync(d, { recursive: true, force: true });
  }
}
