/**
 * The CI templates of each kind of provii repository end to end through the workflow runner, on a
 * push to main of a real repository: the template calls rust-ci.yml or typescript-ci.yml by its
 * published path, those run in the checkout, with the third-party actions as the runner's
 * stand-ins, real npm (offline, no dependencies), and stand-ins on PATH for cargo, worker-build and
 * `npm audit` that record what they were asked (no registry or crate index is reachable here).
 * On a push the pull request gate is skipped; pr-gate.yml has its own tests.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { TempRepo } from '../harness/git-repo.ts';
import { allJobs, runWorkflow, stepOf, type WorkflowRunResult } from '../harness/workflow-runner.ts';
import { offlineNpm, pushEvent } from './support.ts';

const cleanup: Array<() => void> = [];
afterAll(() => cleanup.forEach((f) => f()));

const realNpm = execFileSync('bash', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim();

/** A folder of stand-in commands and the log each writes its argument lists to. */
function commands(): { bin: string; calls: (name: string) => string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'ci-commands-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const record = (name: string) => `printf '%s\\n' "$*" >> ${JSON.stringify(join(dir, `${name}.log`))}`;
  const write = (name: string, body: string) => {
    writeFileSync(join(dir, name), `#!/usr/bin/env bash\n${record(name)}\n${body}\n`);
    chmodSync(join(dir, name), 0o755);
  };
  // cargo fails the subcommand named in FAIL_CARGO, so a test can break one check.
  write('cargo', 'if [ -n "${FAIL_CARGO:-}" ] && [ "$1" = "$FAIL_CARGO" ]; then echo "error: $1 found problems" >&2; exit 101; fi');
  write('worker-build', 'mkdir -p build && echo "export default {}" > build/index.js');
  // npm audit needs the registry: it is the only npm command replaced.
  write('npm', `if [ "$1" = audit ]; then exit "\${NPM_AUDIT_EXIT:-0}"; fi\nexec ${JSON.stringify(realNpm)} "$@"`);
  const calls = (name: string) => {
    try {
      return readFileSync(join(dir, `${name}.log`), 'utf8').trim().split('\n').filter(Boolean);
    } catch {
      return [];
    }
  };
  return { bin: dir, calls };
}

function rustRepository(worker: boolean): { repo: TempRepo; event: Record<string, any> } {
  const repo = new TempRepo();
  cleanup.push(() => repo.remove());
  const lock = `version = 4\n\n[[package]]\nname = "provii"\nversion = "0.1.0"\n${worker ? '\n[[package]]\nname = "worker"\nversion = "0.8.7"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n' : ''}`;
  const base = repo.commit('chore: start\n\nThe crate as it is on main.\n', { 'Cargo.toml': '[package]\nname = "provii"\nversion = "0.1.0"\nedition = "2024"\n', 'Cargo.lock': lock, 'src/lib.rs': 'pub fn a() {}\n' });
  const head = repo.commit('fix: answer faster\n\nThe handler copied the body twice.\n\nFixes: #3\n', { 'src/lib.rs': 'pub fn a() { }\n' });
  return { repo, event: pushEvent(repo, base, head) };
}

function typescriptRepository(scripts: Record<string, string>): { repo: TempRepo; event: Record<string, any> } {
  const repo = new TempRepo();
  cleanup.push(() => repo.remove());
  const pkg = { name: 'portal', version: '1.0.0', private: true, scripts };
  const base = repo.commit('chore: start\n\nThe package as it is on main.\n', {
    'package.json': JSON.stringify(pkg, null, 2) + '\n',
    'package-lock.json': JSON.stringify({ name: 'portal', version: '1.0.0', lockfileVersion: 3, requires: true, packages: { '': { name: 'portal', version: '1.0.0' } } }, null, 2) + '\n',
    '.gitignore': 'node_modules/\n',
  });
  const head = repo.commit('fix: render the portal title\n\nIt was empty.\n\nFixes: #4\n', { 'src/index.ts': 'export const title = "portal";\n' });
  return { repo, event: pushEvent(repo, base, head) };
}

const run = (workflow: string, repo: TempRepo, event: Record<string, any>, bin: string, env: Record<string, string> = {}) =>
  runWorkflow({ workflow, eventName: 'push', event, checkout: repo.dir, env: { ...offlineNpm, PATH: `${bin}:${process.env['PATH']}`, ...env }, stepTimeoutMs: 60_000 });

const results = (run: WorkflowRunResult) => Object.fromEntries(Object.entries(allJobs(run)).map(([id, job]) => [id, job.result]));
const explain = (run: WorkflowRunResult) =>
  JSON.stringify(Object.values(allJobs(run)).map((j) => [j.id, j.result, j.steps.map((s) => [s.id, s.conclusion, (s.stdout + s.stderr).slice(0, 800)])]));

describe("workflows-templates/rust-worker-service-ci.yml", () => {
  test('a push: fmt, clippy, tests, cargo audit, CodeQL for rust and actions, and worker-build at the worker crate version', async () => {
    const { repo, event } = rustRepository(true);
    const cmd = commands();
    const result = await run('workflows-templates/rust-worker-service-ci.yml', repo, event, cmd.bin);
    expect(result.conclusion, explain(result)).toBe('success');
    expect(results(result)).toMatchObject({ gate: 'skipped', rust: 'success', 'rust/lint': 'success', 'rust/test': 'success', 'rust/audit': 'success', 'rust/worker-build': 'success', 'rust/codeql': 'success' });
    expect(cmd.calls('cargo')).toEqual(
      expect.arrayContaining([
        'fmt --all --check',
        'clippy --locked --all-targets --all-features -- -D warnings',
        'test --locked --all-features',
        'install cargo-audit --locked --version 0.22.2',
        'audit --deny warnings',
        'install worker-build --locked --version 0.8.7',
      ]),
    );
    expect(cmd.calls('worker-build')).toEqual(['--release']);
    const jobs = allJobs(result);
    expect(result.jobs['rust']!.uses).toBe(`maelstrom/change-actions/${'.github/workflows/rust-ci.yml'}@${'0'.repeat(40)}`);
    expect(result.jobs['rust']!.inputs).toMatchObject({ worker: true, toolchain: 'stable', codeql: true });
    expect(jobs['rust/codeql']!.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
    for (const id of ['rust/lint', 'rust/test', 'rust/audit', 'rust/worker-build']) expect(jobs[id]!.permissions).toEqual({ contents: 'read' });
    expect(jobs['rust/codeql']!.instances?.map((i) => stepOf(i, 'github/codeql-action/init').inputs['languages'])).toEqual(['rust', 'actions']);
    expect(stepOf(jobs['rust/lint'], 'dtolnay/rust-toolchain').inputs).toMatchObject({ toolchain: 'stable', components: 'rustfmt, clippy' });
    expect(result.unpinned).toEqual([]);
  });

  test('clippy warnings fail the run, and only the lint job', async () => {
    const { repo, event } = rustRepository(true);
    const cmd = commands();
    const result = await run('workflows-templates/rust-worker-service-ci.yml', repo, event, cmd.bin, { FAIL_CARGO: 'clippy' });
    expect(result.conclusion).toBe('failure');
    expect(results(result)).toMatchObject({ 'rust/lint': 'failure', 'rust/test': 'success', 'rust/audit': 'success' });
  });

  test('an advisory cargo audit reports fails the run', async () => {
    const { repo, event } = rustRepository(true);
    const cmd = commands();
    const result = await run('workflows-templates/rust-worker-service-ci.yml', repo, event, cmd.bin, { FAIL_CARGO: 'audit' });
    expect(results(result)).toMatchObject({ 'rust/audit': 'failure', 'rust/lint': 'success' });
  });
});

describe('workflows-templates/rust-library-ci.yml', () => {
  test('a push: the same checks without the Workers build', async () => {
    const { repo, event } = rustRepository(false);
    const cmd = commands();
    const result = await run('workflows-templates/rust-library-ci.yml', repo, event, cmd.bin);
    expect(result.conclusion, explain(result)).toBe('success');
    expect(results(result)).toMatchObject({ gate: 'skipped', 'rust/lint': 'success', 'rust/test': 'success', 'rust/audit': 'success', 'rust/worker-build': 'skipped', 'rust/codeql': 'success' });
    expect(cmd.calls('cargo').some((c) => c.includes('worker-build'))).toBe(false);
    expect(cmd.calls('worker-build')).toEqual([]);
  });
});

const ALL_SCRIPTS = { lint: 'echo lint-ran', 'format:check': 'echo format-ran', typecheck: 'echo typecheck-ran', test: 'echo test-ran', build: 'echo build-ran' };

describe.each([
  ['workflows-templates/typescript-worker-ci.yml', 'moderate', [], ALL_SCRIPTS, ['lint', 'format:check', 'typecheck', 'test', 'build']],
  ['workflows-templates/typescript-sdk-ci.yml', 'moderate', [], ALL_SCRIPTS, ['lint', 'format:check', 'typecheck', 'test', 'build']],
  ['workflows-templates/mobile-app-ci.yml', 'moderate', ['--omit=dev'], { ...ALL_SCRIPTS, build: 'exit 1' }, ['lint', 'format:check', 'typecheck', 'test']],
  ['workflows-templates/demos-ci.yml', 'high', [], ALL_SCRIPTS, ['lint', 'format:check', 'typecheck', 'test', 'build']],
])('%s', (template, level, auditArgs, scripts, ran) => {
  test(`a push: frozen npm ci, npm audit at ${level}, the package's own scripts, CodeQL`, async () => {
    const { repo, event } = typescriptRepository(scripts);
    const cmd = commands();
    const result = await run(template, repo, event, cmd.bin);
    expect(result.conclusion, explain(result)).toBe('success');
    expect(results(result)).toMatchObject({ gate: 'skipped', 'typescript/checks': 'success', 'typescript/codeql': 'success' });
    expect(result.jobs['typescript']!.uses).toBe(`maelstrom/change-actions/${'.github/workflows/typescript-ci.yml'}@${'0'.repeat(40)}`);
    const checks = allJobs(result)['typescript/checks']!;
    expect(stepOf(checks, 'pm').outputs).toMatchObject({ name: 'npm' });
    const npm = cmd.calls('npm');
    expect(npm[0]).toBe('ci');
    expect(npm).toContain(['audit', `--audit-level=${level}`, ...auditArgs].join(' '));
    expect(npm.filter((c) => c.startsWith('run ')).map((c) => c.slice(4))).toEqual(ran);
    const log = stepOf(checks, 'lint, format, typecheck, test, build').log.join('\n');
    for (const script of ran) expect(log).toContain(`${script.replace(':check', '')}-ran`);
    expect(checks.permissions).toEqual({ contents: 'read' });
    expect(stepOf(allJobs(result)['typescript/codeql']!.instances![0], 'github/codeql-action/init').inputs).toMatchObject({ languages: 'javascript-typescript', 'build-mode': 'none' });
  }, 120_000);
});

describe('workflows-templates/typescript-worker-ci.yml failures', () => {
  test('an advisory at the chosen level fails the checks before any script runs', async () => {
    const { repo, event } = typescriptRepository(ALL_SCRIPTS);
    const cmd = commands();
    const result = await run('workflows-templates/typescript-worker-ci.yml', repo, event, cmd.bin, { NPM_AUDIT_EXIT: '1' });
    expect(result.conclusion).toBe('failure');
    expect(cmd.calls('npm').filter((c) => c.startsWith('run '))).toEqual([]);
  });

  test('a check the package does not define fails, naming the script', async () => {
    const { repo, event } = typescriptRepository({ test: 'echo test-ran' });
    const cmd = commands();
    const result = await run('workflows-templates/typescript-worker-ci.yml', repo, event, cmd.bin);
    expect(result.conclusion).toBe('failure');
    expect(result.annotations.some((a) => a.command === 'error' && a.message.includes('package.json has no script "lint"'))).toBe(true);
  });
});
