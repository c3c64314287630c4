/**
 * The built `change` bin, run as a child process against real temporary git repositories.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { serialize, rollbackPlanContract, type RollbackPlan } from '@change-actions/change-record';
import { TempRepo } from '../../../test/harness/git-repo.ts';
import { repoRoot } from '../../../test/harness/paths.ts';
import { deployment, incident, incidentIssue, repository } from '../../metrics/test/builders.ts';
import { NOW, SECURITY, THREAT_MODEL, approve, bob, gateDocument, sam, snapshot } from '../../gate/test/helpers.ts';

const BIN = join(repoRoot, 'packages/cli/dist/index.js');

function change(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const cleanup: Array<() => void> = [];
afterEach(() => {
  while (cleanup.length) cleanup.pop()!();
});

function repo(): TempRepo {
  const r = new TempRepo();
  cleanup.push(() => r.remove());
  return r;
}

function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'change-cli-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const GOOD = 'feat: add the health endpoint\n\nThe deploy check needs a route that answers when the Worker is up.\n\nFixes: #12\n';
const BAD = 'fixed the tests\n';

describe('change', () => {
  test.each([[[]], [['lint']], [['install-hook']], [['classify']], [['policy', 'validate']], [['gate', 'simulate']], [['metrics']], [['rollback-plan']]])('--help on %j', (args) => {
    const r = change([...args, '--help'], tmpdir());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: change/);
  });

  test('the bundle holds nothing of @actions/* (no runner file commands, no summary writer)', () => {
    const dist = join(repoRoot, 'packages/cli/dist');
    for (const file of readdirSync(dist).filter((f) => f.endsWith('.js'))) {
      const text = readFileSync(join(dist, file), 'utf8');
      expect(text, file).not.toMatch(/GITHUB_OUTPUT|GITHUB_STEP_SUMMARY|ACTIONS_ID_TOKEN_REQUEST_URL/);
    }
    // The same markers are there in an action's bundle: the check can fail.
    expect(readFileSync(join(repoRoot, 'actions/lint-commit/dist/index.js'), 'utf8')).toMatch(/GITHUB_OUTPUT/);
  });

  test('usage errors exit 2 and say how to get help', () => {
    const r = change(['lint', '--bogus'], tmpdir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--bogus'");
    expect(change(['classify'], tmpdir()).code).toBe(2);
  });

  test('lint a message file: 0 valid, 1 invalid, JSON on request, no colour on a pipe', () => {
    const r = repo();
    r.commit('chore: start\n\nA base.\n');
    writeFileSync(join(r.dir, 'good.txt'), `${GOOD}# Please enter the commit message for your changes.\n`);
    writeFileSync(join(r.dir, 'bad.txt'), BAD);
    const good = change(['lint', 'good.txt'], r.dir);
    expect(good).toMatchObject({ code: 0 });
    expect(good.stdout).toBe('valid   feat: add the health endpoint\n');
    const bad = change(['lint', 'bad.txt', '--json'], r.dir);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ valid: false, header: 'fixed the tests', errors: [expect.objectContaining({ rule: 'header-format' }), expect.objectContaining({ rule: 'body-required' })] });
    expect(bad.stdout).not.toContain('\u001b[');
    expect(change(['lint', 'missing.txt'], r.dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('missing.txt: no such message file') });
  });

  test.runIf(spawnSync('script', ['--version']).status === 0)('colour on a terminal, none with NO_COLOR or --no-color', () => {
    const dir = temp();
    writeFileSync(join(dir, 'bad.txt'), BAD);
    // script(1) gives the command a terminal.
    const onTerminal = (env: Record<string, string>, extra = '') =>
      spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" lint bad.txt ${extra} 2>/dev/null`, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } }).stdout;
    expect(onTerminal({ NO_COLOR: '' })).toContain('\u001b[31minvalid\u001b[0m fixed the tests');
    expect(onTerminal({ NO_COLOR: '1' })).not.toContain('\u001b[');
    expect(onTerminal({ NO_COLOR: '' }, '--no-color')).not.toContain('\u001b[');
  });

  test('install-hook: git runs the same verdict as CI on the message git stores', () => {
    const r = repo();
    r.commit('chore: start\n\nA base.\n');
    const installed = change(['install-hook'], r.dir);
    expect(installed.code).toBe(0);
    expect(readFileSync(join(r.dir, '.git/hooks/commit-msg'), 'utf8')).toContain(`"${BIN}" lint --hook "$1"`);
    const base = r.head();

    // The hook refuses what CI would refuse, and keeps the message.
    writeFileSync(join(r.dir, 'a.txt'), 'a');
    r.git('add', '-A');
    const refused = spawnSync('git', ['commit', '-q', '-m', BAD], { cwd: r.dir, encoding: 'utf8' });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('commit-msg: fixed the tests');
    expect(refused.stderr).toContain('error   header-format');
    expect(r.git('rev-parse', 'HEAD')).toBe(base);

    // The hook accepts a message with git's comment lines, which git strips before storing.
    writeFileSync(join(r.dir, 'msg.txt'), `${GOOD}# a comment git removes\n`);
    const accepted = spawnSync('git', ['commit', '-q', '-F', 'msg.txt', '--cleanup=strip'], { cwd: r.dir, encoding: 'utf8' });
    expect(accepted.status, accepted.stderr).toBe(0);

    // CI's verdict on what git stored: the same.
    const ci = change(['lint', '--range', `${base}..HEAD`, '--json'], r.dir);
    expect(ci.code).toBe(0);
    expect(JSON.parse(ci.stdout).commits).toEqual([expect.objectContaining({ valid: true, header: 'feat: add the health endpoint' })]);

    // Another hook is kept unless --force.
    writeFileSync(join(r.dir, '.git/hooks/commit-msg'), '#!/bin/sh\nexit 0\n');
    expect(change(['install-hook'], r.dir)).toMatchObject({ code: 1, stderr: expect.stringContaining('was not installed by change') });
    expect(change(['install-hook', '--force'], r.dir).code).toBe(0);
  });

  test('lint a range: every commit, the policy read at the base, 1 when any is invalid', () => {
    const r = repo();
    const base = r.commit('chore: start\n\nA base.\n', { '.github/change-policy.yml': 'version: 1\ncommits:\n  types: [feat, fix, chore]\n' });
    r.commit(GOOD, { 'a.txt': 'a' });
    r.commit('docs: describe it\n\nWords.\n', { 'b.txt': 'b' });
    const result = change(['lint', '--range', `${base}..HEAD`], r.dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`policy: .github/change-policy.yml at ${base.slice(0, 12)} (the base of the change)`);
    expect(result.stdout).toMatch(/invalid [0-9a-f]{12} docs: describe it\n {2}error {3}type-enum \(line 1\): type "docs" is not accepted; accepted: feat, fix, chore/);
    expect(result.stdout).toContain('2 commits, 1 invalid');
  });

  test('classify a range as classify-change does', () => {
    const r = repo();
    const base = r.commit('chore: start\n\nA base.\n', { 'src/auth/session.ts': 'export const check = (t: string) => t.length > 0;\n' });
    r.commit('security: verify session tokens\n\nSessions were not verified.\n\nFixes: #3\n', { 'src/auth/session.ts': 'export const check = (t: string) => verifyJwt(t);\n' });
    const result = change(['classify', `${base}..HEAD`, '--json', '--now', '2026-03-31T10:00:00Z'], r.dir);
    expect(result.code, result.stderr).toBe(0);
    const { record, files, commits } = JSON.parse(result.stdout);
    expect({ files, commits, securityRelevant: record.securityRelevant }).toEqual({ files: 1, commits: 1, securityRelevant: true });
    expect(record.triggers.map((t: { trigger: string }) => t.trigger)).toContain('authentication');
    const text = change(['classify', `${base}..HEAD`], r.dir);
    expect(text.stdout).toMatch(/security-relevant/);
    expect(change(['classify', 'nothing..HEAD'], r.dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('range "nothing..HEAD"') });
  });

  test('policy validate: 0 for a valid file, 1 with the line for an invalid one', () => {
    const r = repo();
    r.write('.github/change-policy.yml', 'version: 1\ncommits:\n  types: [feat, fix]\n');
    expect(change(['policy', 'validate'], r.dir)).toMatchObject({ code: 0, stdout: expect.stringContaining('valid .github/change-policy.yml: commit types feat, fix') });
    r.write('broken.yml', 'version: 1\ncommits:\n  merge-commits: sometimes\n');
    const broken = change(['policy', 'validate', 'broken.yml'], r.dir);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^invalid broken\.yml:3:\d+: .*merge-commits/m);
    expect(change(['policy', 'validate', 'absent.yml'], r.dir)).toMatchObject({ code: 2 });
  });

  test('gate simulate: approved, or what it would take to pass', () => {
    const dir = temp();
    const policy = join(dir, 'policy.json.yml');
    writeFileSync(policy, `version: 1\ngate:\n${JSON.stringify(gateDocument)}\n`.replace(/^gate:\n(.*)$/m, (_, json) => `gate: ${json}`));
    const write = (name: string, reviews: unknown[]) => {
      const file = join(dir, name);
      writeFileSync(file, JSON.stringify({ record: SECURITY, pullRequest: snapshot({ body: THREAT_MODEL, files: [{ path: 'src/auth/session.ts', status: 'modified' }], reviews: reviews as never }), now: NOW.toISOString() }));
      return file;
    };
    const approved = change(['gate', 'simulate', write('ok.json', [approve(sam), approve(bob)]), '--policy', policy], dir);
    expect(approved.code, approved.stderr).toBe(0);
    expect(approved.stdout).toMatch(/^approved: approved/);
    const pending = change(['gate', 'simulate', write('pending.json', [approve(bob)]), '--policy', policy, '--json'], dir);
    expect(pending.code).toBe(1);
    const result = JSON.parse(pending.stdout);
    expect(result.status).toBe('pending');
    expect(result.toPass).toEqual([
      'code-review (pending): 1 of 2 approvals: @bob → still needed: 1 more approval from write permission',
      'security-review (pending): security-relevant change (authentication): needs an approval by security-lead → still needed: 1 more approval from security-lead',
    ]);
  });

  test('metrics from an export, and a rollback plan', () => {
    const dir = temp();
    const deployments = [deployment({ id: 1, at: '2026-10-06T10:00:00Z' }), deployment({ id: 2, at: '2026-10-07T10:00:00Z' })];
    const bad = deployments[1]!;
    const exported = {
      kind: 'change-metrics-export',
      version: 1,
      period: { start: '2026-10-01T00:00:00.000Z', end: '2027-01-01T00:00:00.000Z' },
      environment: 'production',
      readAt: '2027-01-01T06:00:00.000Z',
      repositories: [repository('octo-org/verifier', { deployments, incidents: [incidentIssue(5, incident({ deploymentId: 2, rootCause: bad.sha, deployedAt: bad.statuses[1]!.createdAt, restoredAfterMinutes: 12 }))] })],
      source: { apiCalls: 9, rateLimitRemaining: null, scope: 'octo-org/verifier' },
    };
    writeFileSync(join(dir, 'export.json'), JSON.stringify(exported));
    const text = change(['metrics', 'export.json'], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('change failure rate < 5 %: missed (1 of 2 deployments failed: 50.0 % against < 5.0 %)');
    expect(text.stdout).toContain('recovery < 1.0 h: met');
    expect(JSON.parse(change(['metrics', 'export.json', '--json'], dir).stdout).overall.failed).toBe(1);
    expect(change(['metrics', 'export.json', '--markdown'], dir).stdout).toContain('## Review (to be completed at the quarterly review)');
    writeFileSync(join(dir, 'wrong.json'), '{"kind":"incident","version":1}');
    expect(change(['metrics', 'wrong.json'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('wrong.json /kind: is "incident", not "change-metrics-export"') });

    const plan: RollbackPlan = {
      kind: 'rollback-plan',
      version: 1,
      mode: 'rollback',
      worker: 'provii-verifier',
      environment: 'production',
      target_version_id: '11111111-2222-4333-8444-555555555555',
      target: { version_id: '11111111-2222-4333-8444-555555555555', percentage: 100, number: 7, tag: null, message: null, created_on: '2026-03-30T10:00:00Z' },
      new_version_id: '99999999-2222-4333-8444-555555555555',
      recommended: true,
      trigger: 'critical functionality broken',
      command: 'npx wrangler rollback 11111111-2222-4333-8444-555555555555 --name provii-verifier -y',
      argv: ['npx', 'wrangler', 'rollback', '11111111-2222-4333-8444-555555555555', '--name', 'provii-verifier', '-y'],
      working_directory: '.',
      reasons: ['the health check failed'],
      caveats: [],
      recorded_at: '2026-03-31T11:00:00.000Z',
    };
    writeFileSync(join(dir, 'plan.json'), serialize(rollbackPlanContract, plan));
    const shown = change(['rollback-plan', 'plan.json'], dir);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('restores version 11111111-2222-4333-8444-555555555555');
    expect(shown.stdout).toContain('npx wrangler rollback 11111111-2222-4333-8444-555555555555 --name provii-verifier -y');
    writeFileSync(join(dir, 'refused.json'), serialize(rollbackPlanContract, { ...plan, mode: 'forward-fix-only', reasons: ['a Durable Object migration'] }));
    expect(change(['rollback-plan', 'refused.json'], dir)).toMatchObject({ code: 1, stdout: expect.stringContaining("no rollback: the rollback plan's mode is forward-fix-only: a Durable Object migration") });
    expect(change(['rollback-plan', 'export.json'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('export.json /kind') });
  });
});
