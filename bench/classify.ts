/**
 * classify-change on a 5,000-file change: the decision (the pure engine) cold in a fresh process,
 * against a plain minimatch loop over the same paths and the policy's path patterns compiled once
 * (what path labelers do); the whole action on a local git repository; and the API requests a
 * 3,000-file pull request costs without a checkout.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { webhookExample } from '../test/harness/events.ts';
import { commit, commitComparison, fakeSha, pullRequestFile } from '../test/harness/fixtures.ts';
import { TempRepo } from '../test/harness/git-repo.ts';
import { startGitHubStandIn } from '../test/harness/github-standin.ts';
import { repoRoot } from '../test/harness/paths.ts';
import { runAction } from '../test/harness/run-action.ts';

const FILES = 5000;
const RUNS = 7;

function paths(count: number): string[] {
  const dirs = ['src', 'src/api', 'src/auth', 'src/crypto', 'docs', 'test', 'crates/verifier/src', 'packages/portal/src', 'migrations', '.github/workflows'];
  const exts = ['ts', 'rs', 'md', 'json', 'sql', 'tsx'];
  return Array.from({ length: count }, (_, i) => `${dirs[i % dirs.length]}/module-${i}/file-${i}.${exts[i % exts.length]}`);
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

/** Runs `script` in a fresh Node process RUNS times; each prints its own elapsed milliseconds. */
function coldRuns(script: string, input: string): number[] {
  const file = join(tmpdir(), `bench-${process.pid}-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(file, script);
  try {
    return Array.from({ length: RUNS }, () => {
      const r = spawnSync(process.execPath, [file], { input, encoding: 'utf8', cwd: repoRoot });
      if (r.status !== 0) throw new Error(r.stderr);
      return Number(r.stdout.trim());
    });
  } finally {
    rmSync(file, { force: true });
  }
}

export default async function bench(): Promise<void> {
  const changed = paths(FILES);
  const input = JSON.stringify(changed);
  const engine = coldRuns(
    `import { classify, defaultClassifyPolicy } from '${repoRoot}/packages/classify/src/index.ts';
const paths = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
const t = performance.now();
classify(defaultClassifyPolicy, { event: 'pull_request', labels: [], branch: 'feature/x', title: 'feat: x', body: '', commits: [],
  files: paths.map((path) => ({ path, status: 'modified', binary: false, additions: [{ line: 1, text: 'export const x = 1;' }], deletions: [] })) }, new Date());
console.log(performance.now() - t);`.replace("require('node:fs')", "(await import('node:fs'))"),
    input,
  );
  const peer = coldRuns(
    `import { minimatch } from '${repoRoot}/bench/node_modules/minimatch/dist/esm/index.js';
import { defaultClassifyPolicy as p } from '${repoRoot}/packages/policy/src/sections/classify.ts';
const paths = JSON.parse((await import('node:fs')).readFileSync(0, 'utf8'));
const t = performance.now();
const patterns = [...p.authentication.paths, ...p.cryptography.paths, ...p.infrastructure.paths, ...p.infrastructure.wrangler, ...p.accessControl.paths, ...p.accessControl.codeowners, ...p.accessControl.workflows, ...p.changeTypes.schemaPaths, ...p.vendored].map((g) => new minimatch.Minimatch(g, { dot: true, nocase: true }));
let hits = 0;
for (const path of paths) for (const m of patterns) if (m.match(path)) hits++;
console.log(performance.now() - t);`,
    input,
  );

  // The whole action on a local repository with the same 5,000 paths changed.
  const repo = new TempRepo();
  const actionMs: number[] = [];
  try {
    const base = repo.commit('chore: start\n\nx\n', { 'README.md': '# x\n' });
    for (const p of changed) repo.write(p, 'export const x = 1;\n');
    const head = repo.commit('feat: add modules\n\nwhy\n');
    const event = webhookExample('pull_request', 'opened');
    Object.assign(event['pull_request'], { title: 'feat: add modules', body: 'why', labels: [], changed_files: FILES, commits: 1 });
    event['pull_request'].base.sha = base;
    event['pull_request'].head.sha = head;
    for (let i = 0; i < 3; i++) {
      const r = await runAction({ action: 'classify-change', eventName: 'pull_request', event, cwd: repo.dir, inputs: { 'sync-labels': 'false' } });
      if (r.exitCode !== 0) throw new Error(r.stdout);
      actionMs.push(r.durationMs);
    }
  } finally {
    repo.remove();
  }

  // A 3,000-file pull request with no checkout: every file from the API.
  const gh = await startGitHubStandIn({ rateLimit: 100_000 });
  const dir = mkdtempSync(join(tmpdir(), 'no-git-'));
  let requests = 0;
  try {
    gh.paginate('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files', paths(3000).map((filename) => pullRequestFile({ filename, status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' })));
    gh.paginate('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/commits', [commit({ sha: fakeSha('h'), message: 'feat: x\n\nwhy\n' })]);
    gh.route('GET', '/repos/{owner}/{repo}/contents/{path}', { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } });
    // The merge base, asked for once when a changed file is read in full (TOML, JSON, JSONC).
    gh.route('GET', '/repos/{owner}/{repo}/compare/{basehead}', { body: commitComparison({ base: fakeSha('b'), commits: [commit({ sha: fakeSha('h') })] }) });
    const event = webhookExample('pull_request', 'opened');
    Object.assign(event['pull_request'], { title: 'feat: x', body: 'why', labels: [], changed_files: 3000, commits: 1 });
    event['pull_request'].base.sha = fakeSha('b');
    event['pull_request'].head.sha = fakeSha('h');
    const r = await runAction({ action: 'classify-change', eventName: 'pull_request', event, cwd: dir, inputs: { 'sync-labels': 'false' }, env: { GITHUB_API_URL: gh.url } });
    if (r.exitCode !== 0) throw new Error(r.stdout);
    requests = gh.requests.length;
  } finally {
    await gh.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const e = median(engine);
  const m = median(peer);
  process.stdout.write(
    [
      `files: ${FILES}; fresh process per run, ${RUNS} runs, medians`,
      `classify() decision, cold (policy compiled, paths, one added line per file): ${e.toFixed(1)} ms (target: at most 50 ms)`,
      `minimatch loop, patterns compiled once, same paths:                        ${m.toFixed(1)} ms`,
      `ratio: the decision takes ${(e / m).toFixed(2)}x the time of a plain path matcher that only matches paths`,
      `classify-change action end to end on a local git repository: ${median(actionMs).toFixed(0)} ms (git diff, content, decision, record, summary)`,
      `API requests for a 3,000-file pull request without a checkout: ${requests} (the floor is 30 pages of files)`,
    ].join('\n') + '\n',
  );
}
