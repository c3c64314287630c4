/**
 * The lifecycle's own stages of `npm run demo` and the adapters that let the other stages leave
 * their artifacts: the two changes classified in one repository, the gate's and the deploy's runs
 * kept, and the audit that reads only what was kept.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { GateRunSaver } from '../../actions/security-review-gate/test/demo-stage.ts';
import { webhookExample } from '../harness/events.ts';
import type { TempRepo } from '../harness/git-repo.ts';
import { SHORT_WATCH_POLICY, workerRepository } from '../workflows/support.ts';
import { runAction, type RunResult } from '../harness/run-action.ts';
import { auditChange, unanswered, type Answer } from './audit.ts';
import { DEMO_CHANGES, type DemoChange, type Lifecycle } from './lifecycle.ts';

type Show = (title: string, result: RunResult) => void;

/** Commits with the current time, so lead times are the demo's own. */
function commitNow(repo: TempRepo, message: string, files: Record<string, string>): string {
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo.dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } }).trim();
  git('add', '-A');
  git('commit', '-q', '--no-verify', '-m', message);
  return git('rev-parse', 'HEAD');
}

const SMOKE_TESTS = 'version: 1\ntests:\n  - { name: health document, path: /health, critical: true, expect: { json: { status: ok } } }\n  - { name: sign-in route, path: /smoke/login, check-version: true, expect: { latency-ms: 2000 } }\n';

/**
 * A normal change and a security-relevant one in a Worker repository as a provii repository has
 * one (the deploys run its workflow later), each classified as a pull request and then merged to
 * main: the normal change first, the security change on top of it.
 */
export async function classifyLifecycleStage(show: Show, lifecycle: Lifecycle): Promise<boolean> {
  const repo = workerRepository('provii-verifier');
  lifecycle.repository = repo;
  const base = repo.commit('chore: start the verifier service\n\nThe service with its change policy and smoke tests.\n\nFixes: #1\n', {
    '.github/change-policy.yml': SHORT_WATCH_POLICY,
    '.github/smoke-tests.yml': SMOKE_TESTS,
    'src/health.ts': 'export const health = () => ({ status: "ok" });\n',
    'src/auth/session.ts': 'export function check(token: string): boolean {\n  return token.length > 0;\n}\n',
  });
  const changes: Array<[DemoChange, string, string, Record<string, string>]> = [
    ['normal', 'feature/health-version', 'feat: report the version in the health document\n\nThe deploy check reads it to know which version answers.\n\nFixes: #7\n', { 'src/health.ts': 'export const health = (version: string) => ({ status: "ok", version });\n' }],
    ['security', 'feature/session-check', 'security: verify session tokens\n\nSessions were accepted unverified.\n\nFixes: #123\n', { 'src/auth/session.ts': 'export function check(token: string): boolean {\n  return verifyJwt(token, { algorithms: ["ES256"] });\n}\n' }],
  ];
  let ok = true;
  let before = base;
  for (const [change, branch, message, files] of changes) {
    repo.git('checkout', '-q', '-B', branch, before);
    const head = commitNow(repo, message, files);
    lifecycle.changes[change] = { before, head };
    lifecycle.commitTimes.set(head, execFileSync('git', ['show', '-s', '--format=%cI', head], { cwd: repo.dir, encoding: 'utf8' }).trim());
    const event = webhookExample('pull_request', 'opened');
    Object.assign(event.pull_request, { title: message.split('\n')[0], body: message.split('\n\n').slice(1).join('\n\n'), labels: [], commits: 1, changed_files: 1 });
    event.pull_request.base.sha = before;
    event.pull_request.head.sha = head;
    event.pull_request.head.ref = branch;
    const recordPath = join(lifecycle.artifacts, change, 'change-record.json');
    const result = await runAction({ action: 'classify-change', eventName: 'pull_request', event, cwd: repo.dir, inputs: { 'sync-labels': 'false', 'record-path': recordPath } });
    show(`classify-change: the ${change} change of the lifecycle`, result);
    ok &&= result.exitCode === 0 && result.outputs['security-relevant'] === String(change === 'security');
    // Merged: main moves to the change, the next one starts from there.
    repo.git('checkout', '-q', 'main');
    repo.git('merge', '-q', '--ff-only', head);
    before = head;
  }
  return ok;
}

/** The gate result of each change: the normal change's, and the security change's approved run. */
export function gateSaver(lifecycle: Lifecycle): GateRunSaver {
  return (run, result) => {
    if (run === 'blocked') {
      const blocked = JSON.parse(result.outputs['result'] ?? '{}') as { summary?: string; rules?: Array<{ rule: string; status: string; reason: string }> };
      const why = (blocked.rules ?? []).filter((r) => r.status !== 'approved' && r.status !== 'skipped').map((r) => `${r.rule}: ${r.reason}`);
      process.stdout.write(`not approved (${blocked.summary ?? 'no result'}), because:\n${why.map((w) => `  - ${w}`).join('\n')}\n`);
      return;
    }
    lifecycle.save(run === 'normal' ? 'normal' : 'security', 'gate-result', result.outputs['result'] ?? '{}');
  };
}

/**
 * Each change's A.8.32 answers, from the artifacts alone. Every question of every change must be
 * answered in full: an answer that names a missing artifact (or one of another deploy) fails it.
 */
export function auditStage(lifecycle: Pick<Lifecycle, 'artifacts'>): boolean {
  let complete = true;
  for (const change of DEMO_CHANGES) {
    process.stdout.write(`\nthe ${change} change:\n`);
    let answers: Answer[];
    try {
      answers = auditChange(lifecycle.artifacts, change);
    } catch (error) {
      // A malformed artifact: its reader names the file and the field.
      process.stdout.write(`  the artifacts cannot be read: ${error instanceof Error ? error.message : String(error)}\n`);
      complete = false;
      continue;
    }
    for (const a of answers) {
      process.stdout.write(`  ${a.question}\n    ${a.answer ?? '(no artifact answers this)'}${a.missing.length ? `\n    missing: ${a.missing.join(', ')}` : ''}\n`);
    }
    const open = unanswered(answers);
    if (open.length > 0) {
      process.stdout.write(`  not answered in full: ${open.map((a) => a.question).join(' ')}\n`);
      complete = false;
    }
  }
  return complete;
}
