/**
 * The lifecycle's own stages of `npm run demo` and the adapters that let the other stages leave
 * their artifacts: the two changes classified in one repository, the gate's and the deploy's runs
 * kept, and the audit that reads only what was kept.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DeployLifecycle } from '../../actions/wrangler-deploy-verify/test/demo-stage.ts';
import type { GateRunSaver } from '../../actions/security-review-gate/test/demo-stage.ts';
import { webhookExample } from '../harness/events.ts';
import { TempRepo } from '../harness/git-repo.ts';
import { runAction, type RunResult } from '../harness/run-action.ts';
import { auditChange } from './audit.ts';
import type { DemoChange, Lifecycle } from './lifecycle.ts';

type Show = (title: string, result: RunResult) => void;

/** Commits with the current time, so lead times are the demo's own. */
function commitNow(repo: TempRepo, message: string, files: Record<string, string>): string {
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo.dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } }).trim();
  git('add', '-A');
  git('commit', '-q', '--no-verify', '-m', message);
  return git('rev-parse', 'HEAD');
}

const shas: Partial<Record<DemoChange, string>> = {};

/** A normal change and a security-relevant one, off the same base, each classified as a pull request. */
export async function classifyLifecycleStage(show: Show, lifecycle: Lifecycle): Promise<boolean> {
  const repo = new TempRepo();
  try {
    const base = repo.commit('chore: start the verifier service\n\nEmpty service with CI.\n\nFixes: #1\n', {
      'src/health.ts': 'export const health = () => ({ status: "ok" });\n',
      'src/auth/session.ts': 'export function check(token: string): boolean {\n  return token.length > 0;\n}\n',
    });
    const changes: Array<[DemoChange, string, string, Record<string, string>]> = [
      ['normal', 'feature/health-version', 'feat: report the version in the health document\n\nThe deploy check reads it to know which version answers.\n\nFixes: #7\n', { 'src/health.ts': 'export const health = (version: string) => ({ status: "ok", version });\n' }],
      ['security', 'feature/session-check', 'security: verify session tokens\n\nSessions were accepted unverified.\n\nFixes: #123\n', { 'src/auth/session.ts': 'export function check(token: string): boolean {\n  return verifyJwt(token, { algorithms: ["ES256"] });\n}\n' }],
    ];
    let ok = true;
    for (const [change, branch, message, files] of changes) {
      repo.git('checkout', '-q', '-B', branch, base);
      const head = commitNow(repo, message, files);
      shas[change] = head;
      lifecycle.commitTimes.set(head, execFileSync('git', ['show', '-s', '--format=%cI', head], { cwd: repo.dir, encoding: 'utf8' }).trim());
      const event = webhookExample('pull_request', 'opened');
      Object.assign(event.pull_request, { title: message.split('\n')[0], body: message.split('\n\n').slice(1).join('\n\n'), labels: [], commits: 1, changed_files: 1 });
      event.pull_request.base.sha = base;
      event.pull_request.head.sha = head;
      event.pull_request.head.ref = branch;
      const recordPath = join(lifecycle.artifacts, change, 'change-record.json');
      const result = await runAction({ action: 'classify-change', eventName: 'pull_request', event, cwd: repo.dir, inputs: { 'sync-labels': 'false', 'record-path': recordPath } });
      show(`classify-change: the ${change} change of the lifecycle`, result);
      ok &&= result.exitCode === 0 && result.outputs['security-relevant'] === String(change === 'security');
    }
    return ok;
  } finally {
    repo.remove();
  }
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

/** The deploy of each change, recorded as a GitHub Deployment on the lifecycle's stand-in. */
export function deployLifecycle(lifecycle: Lifecycle): DeployLifecycle {
  return {
    env: { GITHUB_API_URL: lifecycle.github.url },
    shas: { healthy: shas.normal ?? '1'.repeat(40), stuck: shas.security ?? '2'.repeat(40) },
    save(run, result) {
      if (run === 'verified') return;
      const change: DemoChange = run === 'healthy' ? 'normal' : 'security';
      const deployment = lifecycle.world.deployments.find((d) => String(d.id) === result.outputs['deployment-id']);
      if (deployment) lifecycle.save(change, 'deployment-payload', deployment.payload);
      lifecycle.save(change, 'deploy-verification', {
        healthy: result.outputs['healthy'],
        'smoke-results': result.outputs['smoke-results'],
        'deployment-url': result.outputs['deployment-url'],
        'version-id': result.outputs['version-id'],
      });
      const planFile = result.outputs['rollback-plan-file'];
      if (planFile) lifecycle.save(change, 'rollback-plan', readFileSync(planFile, 'utf8'));
    },
  };
}

/** Each change's A.8.32 answers, from the artifacts alone; what no artifact answers is listed. */
export function auditStage(lifecycle: Lifecycle): boolean {
  let answeredAll = true;
  for (const change of ['normal', 'security'] as const) {
    process.stdout.write(`\nthe ${change} change:\n`);
    for (const a of auditChange(lifecycle.artifacts, change)) {
      process.stdout.write(`  ${a.question}\n    ${a.answer ?? '(no artifact answers this)'}${a.missing.length ? `\n    missing: ${a.missing.join(', ')}` : ''}\n`);
      // The type, the approval, what was deployed and the metrics are on main today; the rest
      // (monitor verdict, incident) arrive with post-deploy-monitor and auto-revert-on-threshold.
      if (a.answer === null && ['What type of change is it?', 'Who approved it, in which role?', 'What was deployed?'].includes(a.question)) answeredAll = false;
    }
  }
  return answeredAll;
}
