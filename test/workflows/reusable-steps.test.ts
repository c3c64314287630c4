/**
 * The shell logic of the reusable workflows and of deploy-pipeline, run as the runner runs a step
 * (bash -eo pipefail, the step's env, GITHUB_OUTPUT), with real git and npm, and stand-ins for
 * cargo and for package managers whose registry calls cannot run here.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TempRepo } from '../harness/git-repo.ts';
import { repoRoot } from '../harness/paths.ts';
import { runStep } from './run-steps.ts';

const cleanup: Array<() => void> = [];
afterEach(() => cleanup.splice(0).forEach((f) => f()));
function folder(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'workflow-step-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('typescript-ci', () => {
  const file = '.github/workflows/typescript-ci.yml';
  it.each([
    [{ 'pnpm-lock.yaml': '' }, 'pnpm', ''],
    [{ 'package-lock.json': '{}' }, 'npm', ''],
    [{ 'yarn.lock': '', '.yarnrc.yml': '' }, 'yarn', 'berry'],
    [{ 'yarn.lock': '' }, 'yarn', 'classic'],
  ])('finds the package manager from the lockfile %o', (files, name, flavour) => {
    const run = runStep(file, 'checks', 'pm', { cwd: folder(files), env: {} });
    expect(run.status).toBe(0);
    expect(run.outputs).toEqual({ name, flavour });
  });

  it('refuses no lockfile, and lockfiles of two package managers', () => {
    const none = runStep(file, 'checks', 'pm', { cwd: folder(), env: {} });
    expect(none.status).toBe(1);
    expect(none.stdout).toContain('::error title=install::no lockfile');
    const two = runStep(file, 'checks', 'pm', { cwd: folder({ 'pnpm-lock.yaml': '', 'package-lock.json': '{}' }), env: {} });
    expect(two.status).toBe(1);
    expect(two.stdout).toContain('more than one package manager (pnpm npm)');
  });

  it('installs frozen with the package manager found', () => {
    const npm = runStep(file, 'checks', 'install (frozen lockfile)', { cwd: folder(), env: { PM: 'npm', FLAVOUR: '' }, standIns: { npm: '', corepack: '' } });
    expect(npm.calls).toEqual({ npm: [['ci']], corepack: [] });
    const pnpm = runStep(file, 'checks', 'install (frozen lockfile)', { cwd: folder(), env: { PM: 'pnpm', FLAVOUR: '' }, standIns: { pnpm: '', corepack: '' } });
    expect(pnpm.calls).toEqual({ pnpm: [['install', '--frozen-lockfile']], corepack: [['enable']] });
    const yarn = runStep(file, 'checks', 'install (frozen lockfile)', { cwd: folder(), env: { PM: 'yarn', FLAVOUR: 'berry' }, standIns: { yarn: '', corepack: '' } });
    expect(yarn.calls['yarn']).toEqual([['install', '--immutable']]);
  });

  it('audits at the chosen level, and refuses a level it does not know', () => {
    const env = { PM: 'npm', FLAVOUR: '', LEVEL: 'high', PRODUCTION_ONLY: 'true' };
    const npm = runStep(file, 'checks', 'audit dependencies', { cwd: folder(), env, standIns: { npm: '' } });
    expect(npm.calls['npm']).toEqual([['audit', '--audit-level=high', '--omit=dev']]);
    const pnpm = runStep(file, 'checks', 'audit dependencies', { cwd: folder(), env: { ...env, PM: 'pnpm', PRODUCTION_ONLY: 'false' }, standIns: { pnpm: '' } });
    expect(pnpm.calls['pnpm']).toEqual([['audit', '--audit-level', 'high']]);
    const failing = runStep(file, 'checks', 'audit dependencies', { cwd: folder(), env: { ...env, PM: 'pnpm' }, standIns: { pnpm: 'exit 1' } });
    expect(failing.status).toBe(1);
    const wrong = runStep(file, 'checks', 'audit dependencies', { cwd: folder(), env: { ...env, LEVEL: 'severe' }, standIns: { npm: '' } });
    expect(wrong.status).toBe(1);
    expect(wrong.stdout).toContain("audit-level is 'severe'; accepted: low, moderate, high, critical");
    expect(wrong.calls['npm']).toEqual([]);
  });

  it('runs each named script with real npm, and fails on a named script the package lacks', () => {
    const scripts = { lint: 'echo linted > lint.txt', test: 'echo tested > test.txt', build: 'echo built > build.txt' };
    const dir = folder({ 'package.json': JSON.stringify({ name: 'p', version: '1.0.0', scripts }) });
    const env = { PM: 'npm', LINT: 'lint', FORMAT: '', TYPECHECK: '', TEST: 'test', BUILD: 'build' };
    const ok = runStep(file, 'checks', 'lint, format, typecheck, test, build', { cwd: dir, env });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(['lint', 'test', 'build'].map((s) => readFileSync(join(dir, `${s}.txt`), 'utf8').trim())).toEqual(['linted', 'tested', 'built']);
    expect(ok.summary).toContain('- format: skipped (no script named)');
    expect(ok.summary).toContain('- test: `npm run test` passed');
    const missing = runStep(file, 'checks', 'lint, format, typecheck, test, build', { cwd: dir, env: { ...env, TYPECHECK: 'typecheck' } });
    expect(missing.status).toBe(1);
    expect(missing.stdout).toContain('::error file=package.json,title=typecheck::package.json has no script "typecheck"');
  });
});

describe('rust-ci', () => {
  const file = '.github/workflows/rust-ci.yml';
  const lock = (worker?: string) =>
    `version = 4\n\n[[package]]\nname = "serde"\nversion = "1.0.228"\n\n${worker ? `[[package]]\nname = "worker"\nversion = "${worker}"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n\n` : ''}[[package]]\nname = "worker-macros"\nversion = "9.9.9"\n`;

  it("installs worker-build at the worker crate's version, or the one given", () => {
    const found = runStep(file, 'worker-build', "install worker-build at the worker crate's version", { cwd: folder({ 'Cargo.lock': lock('0.8.7') }), env: { VERSION: '' }, standIns: { cargo: '' } });
    expect(found.calls['cargo']).toEqual([['install', 'worker-build', '--locked', '--version', '0.8.7']]);
    const given = runStep(file, 'worker-build', "install worker-build at the worker crate's version", { cwd: folder({ 'Cargo.lock': lock('0.8.7') }), env: { VERSION: '0.7.4' }, standIns: { cargo: '' } });
    expect(given.calls['cargo']).toEqual([['install', 'worker-build', '--locked', '--version', '0.7.4']]);
    const none = runStep(file, 'worker-build', "install worker-build at the worker crate's version", { cwd: folder({ 'Cargo.lock': lock() }), env: { VERSION: '' }, standIns: { cargo: '' } });
    expect(none.status).toBe(1);
    expect(none.stdout).toContain('no worker crate in Cargo.lock');
  });

  it('runs cargo audit denying warnings, with the accepted advisories only', () => {
    const step = 'cargo audit (advisories fail the job; accepted ones are listed)';
    const run = runStep(file, 'audit', step, { cwd: folder(), env: { IGNORE: 'RUSTSEC-2026-0098  # reviewed in #41\n\nRUSTSEC-2026-0104\n' }, standIns: { cargo: '' } });
    expect(run.status).toBe(0);
    expect(run.calls['cargo']).toEqual([['audit', '--deny', 'warnings', '--ignore', 'RUSTSEC-2026-0098', '--ignore', 'RUSTSEC-2026-0104']]);
    expect(run.summary).toContain('Accepted advisory: RUSTSEC-2026-0098');
    const bad = runStep(file, 'audit', step, { cwd: folder(), env: { IGNORE: 'RUSTSEC-2026-0098; rm -rf /' }, standIns: { cargo: '' } });
    expect(bad.status).toBe(1);
    expect(bad.calls['cargo']).toEqual([]);
    const advisory = runStep(file, 'audit', step, { cwd: folder(), env: { IGNORE: '' }, standIns: { cargo: 'exit 1' } });
    expect(advisory.status).toBe(1);
  });
});

describe('pr-gate changelog', () => {
  const file = '.github/workflows/pr-gate.yml';
  const step = 'the changelog is updated and in Keep a Changelog format';
  function change(changelog: string | undefined) {
    const repo = new TempRepo();
    cleanup.push(() => repo.remove());
    const base = repo.commit('chore: start\n\nThe base.\n', { 'CHANGELOG.md': '# Changelog\n\n## [Unreleased]\n', 'src.rs': 'fn a() {}\n' });
    const head = repo.commit('feat!: change the API\n\nA major change.\n', { 'src.rs': 'fn b() {}\n', ...(changelog === undefined ? {} : { 'CHANGELOG.md': changelog }) });
    return { repo, env: { MODE: 'major', CHANGELOG: 'CHANGELOG.md', MAJOR: 'true', BASE_SHA: base, HEAD_SHA: head } };
  }
  const good = '# Changelog\n\n## [Unreleased]\n\n### Changed\n\n- The API takes b.\n\n## [1.0.0] - 2026-11-01\n\n### Added\n\n- a\n';

  it('passes a major change that updates the changelog in Keep a Changelog format', () => {
    const { repo, env } = change(good);
    const run = runStep(file, 'changelog', step, { cwd: repo.dir, env });
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
  });
  it('fails a major change that leaves the changelog alone', () => {
    const { repo, env } = change(undefined);
    const run = runStep(file, 'changelog', step, { cwd: repo.dir, env });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('a major change updates CHANGELOG.md');
  });
  it('fails release-please headings and unknown groups, with their lines', () => {
    const { repo, env } = change('# Changelog\n\n## [1.1.0](https://x/compare) (2026-12-01)\n\n### Features\n\n- b\n');
    const run = runStep(file, 'changelog', step, { cwd: repo.dir, env });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error file=CHANGELOG.md,line=3,title=changelog::release heading');
    expect(run.stdout).toContain('::error file=CHANGELOG.md,line=5,title=changelog::group must be one of');
  });
  it('asks nothing of a change that is not major, and fails closed when the ends cannot be compared', () => {
    const { repo, env } = change(undefined);
    expect(runStep(file, 'changelog', step, { cwd: repo.dir, env: { ...env, MAJOR: 'false' } }).status).toBe(0);
    const unknown = runStep(file, 'changelog', step, { cwd: repo.dir, env: { ...env, BASE_SHA: 'f'.repeat(40) } });
    expect(unknown.status).toBe(1);
    expect(unknown.stdout).toContain('cannot compare the base and head');
  });
});

describe('deploy-pipeline', () => {
  const file = 'actions/deploy-pipeline/action.yml';
  const actionPath = join(repoRoot, 'actions', 'deploy-pipeline');
  const typeEnv = { CLASSIFY: 'true', CLASSIFIED_TYPE: 'normal', CLASSIFIED_RECORD: '', GIVEN_RECORD: '', GIVEN_TYPE: '', REASON: '', SERVICE: 'provii-verifier', ENVIRONMENT: 'production', ACTOR: 'ada' };

  it("takes the change record's type, and records an emergency with its reason", () => {
    const dir = folder({ 'record.json': '{}' });
    const record = join(dir, 'record.json');
    const normal = runStep(file, 'runs', 'type', { cwd: dir, env: { ...typeEnv, CLASSIFIED_RECORD: record }, actionPath });
    expect(normal.outputs).toEqual({ 'change-type': 'normal', 'record-path': record });
    expect(normal.stdout).toBe('');
    const emergencyEnv = { ...typeEnv, CLASSIFIED_RECORD: record, CLASSIFIED_TYPE: 'emergency' };
    // Classified as an emergency (a label, a branch prefix, a title marker): recorded, reason or not.
    const classified = runStep(file, 'runs', 'type', { cwd: dir, env: emergencyEnv, actionPath });
    expect(classified.outputs['change-type']).toBe('emergency');
    expect(classified.stdout).toContain('::notice title=emergency deploy::provii-verifier to production by ada: as the change record says');
    const unexplained = runStep(file, 'runs', 'type', { cwd: dir, env: { ...emergencyEnv, GIVEN_TYPE: 'emergency', REASON: '  ' }, actionPath });
    expect(unexplained.status).toBe(1);
    expect(unexplained.stdout).toContain('an emergency deploy needs emergency-reason');
    const emergency = runStep(file, 'runs', 'type', { cwd: dir, env: { ...emergencyEnv, GIVEN_TYPE: 'emergency', REASON: 'P0: logins fail\n::error::forged' }, actionPath });
    expect(emergency.status).toBe(0);
    expect(emergency.outputs['change-type']).toBe('emergency');
    // The reason cannot start a workflow command of its own.
    expect(emergency.stdout).toBe('::notice title=emergency deploy::provii-verifier to production by ada: P0: logins fail%0A::error::forged\n');
    expect(emergency.summary).toContain('| provii-verifier | production | ada | P0: logins fail ::error::forged |');
  });

  it('refuses an emergency the change record does not show, a type it does not know, a record that does not exist', () => {
    const dir = folder({ 'record.json': '{}' });
    const declared = runStep(file, 'runs', 'type', { cwd: dir, env: { ...typeEnv, CLASSIFIED_RECORD: join(dir, 'record.json'), GIVEN_TYPE: 'emergency', REASON: 'urgent' }, actionPath });
    expect(declared.status).toBe(1);
    expect(declared.stdout).toContain('change-type says emergency but the change record says normal');
    expect(runStep(file, 'runs', 'type', { cwd: dir, env: { ...typeEnv, GIVEN_TYPE: 'minor' }, actionPath }).stdout).toContain("change-type is 'minor'");
    expect(runStep(file, 'runs', 'type', { cwd: dir, env: { ...typeEnv, CLASSIFY: 'false', GIVEN_RECORD: join(dir, 'nope.json') }, actionPath }).stdout).toContain('which does not exist');
    expect(runStep(file, 'runs', 'type', { cwd: dir, env: { ...typeEnv, CLASSIFY: 'false' }, actionPath }).status).toBe(1);
    // Without classify, a given record and type are passed on as they are.
    const given = runStep(file, 'runs', 'type', { cwd: dir, env: { ...typeEnv, CLASSIFY: 'false', GIVEN_RECORD: join(dir, 'record.json'), GIVEN_TYPE: 'standard' }, actionPath });
    expect(given.outputs).toEqual({ 'change-type': 'standard', 'record-path': join(dir, 'record.json') });
  });

  const outcome = { DEPLOY_OUTCOME: 'success', HEALTHY: 'true', MONITOR_OUTCOME: 'success', VERDICT: 'healthy', ROLLBACK_OUTCOME: '', ROLLED_BACK: '', TARGET: '', INCIDENT: '', VERSION: 'v-new', MONITOR: 'true', SERVICE: 'provii-verifier', ENVIRONMENT: 'production' };
  it.each([
    ['healthy for the whole watch', {}, 0, 'false', 'healthy for the whole watch'],
    ['breached and rolled back', { MONITOR_OUTCOME: 'failure', VERDICT: 'breached', ROLLBACK_OUTCOME: 'success', ROLLED_BACK: 'true', TARGET: 'v-old', INCIDENT: '#12' }, 1, 'true', 'rolled back to v-old and verified (incident #12)'],
    ['breached, rollback failed', { MONITOR_OUTCOME: 'failure', VERDICT: 'breached', ROLLBACK_OUTCOME: 'failure', ROLLED_BACK: 'false' }, 1, 'false', 'restore by hand'],
    ['verification failed', { DEPLOY_OUTCOME: 'failure', HEALTHY: 'false', MONITOR_OUTCOME: 'skipped', VERDICT: '' }, 1, 'false', 'failed its verification; no automatic rollback ran'],
    ['inconclusive', { VERDICT: 'inconclusive' }, 1, 'false', "verdict on version v-new is inconclusive"],
    ['monitor skipped although asked for', { MONITOR_OUTCOME: 'skipped', VERDICT: '' }, 1, 'false', 'the monitor did not run'],
    ['not monitored by choice', { MONITOR: 'false', MONITOR_OUTCOME: 'skipped', VERDICT: '' }, 0, 'false', 'not monitored'],
  ])('reports %s', (_, change, status, rolledBack, line) => {
    const run = runStep(file, 'runs', 'outcome', { cwd: folder(), env: { ...outcome, ...change }, actionPath });
    expect(run.status).toBe(status);
    expect(run.outputs).toEqual({ 'rolled-back': rolledBack });
    expect(run.summary).toContain(line);
    if (status !== 0) expect(run.stdout).toContain('::error title=deploy-pipeline::');
  });

  it('is a composite action whose steps are the four deploy steps in order', () => {
    const text = readFileSync(join(repoRoot, file), 'utf8');
    const uses = [...text.matchAll(/uses: maelstrom\/change-actions\/actions\/([\w-]+)@v1/g)].map((m) => m[1]);
    expect(uses).toEqual(['classify-change', 'wrangler-deploy-verify', 'post-deploy-monitor', 'auto-revert-on-threshold']);
    expect(text).toMatch(/using: composite/);
    const workflow = readFileSync(join(repoRoot, '.github/workflows/deploy-worker.yml'), 'utf8');
    expect(workflow).toContain('uses: maelstrom/change-actions/actions/deploy-pipeline@v1');
    expect(execFileSync('git', ['ls-files', '--stage', 'actions/deploy-pipeline/pipeline.sh'], { cwd: repoRoot, encoding: 'utf8' })).toMatch(/^100(755|644)/);
  });
});
