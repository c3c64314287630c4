/**
 * The rollback itself failing, mode by mode, against real wrangler, the Cloudflare API stand-in,
 * the real test Worker under `wrangler dev` and real git: not one may report "rolled back". Each
 * scenario starts from the same state (version GOOD serving, then BAD deployed over it by the
 * wrangler-deploy-verify bundle, and BAD answering with errors), restored from a snapshot.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { errorCodes, type Route, type WorkerScript } from '../../../test/harness/cloudflare-standin.ts';
import type { RunResult } from '../../../test/harness/run-action.ts';
import { extractIncident, INCIDENT_LABEL } from '@change-actions/change-record';
import { lintMessage } from '@change-actions/commit-lint';
import { defaultPolicy } from '@change-actions/policy';
import { Lab, OUTPUTS, errorsOf, readIncident, type Repository } from './support.ts';
import type { WorkerProject } from './support.ts';

const GOOD = '600d0000-0000-4000-8000-000000000001';
const BAD = 'bad00000-0000-4000-8000-000000000002';
const OTHER = '07e40000-0000-4000-8000-000000000003';
const POST: Route = 'POST /accounts/:account/workers/scripts/:script/deployments';
const GET: Route = 'GET /accounts/:account/workers/scripts/:script/deployments';

/** The base branch's policy: a short health window and two retries keep each failure mode quick. */
const POLICY = 'version: 1\nrollback:\n  health-timeout-seconds: 5\n  retries: 2\n';
const lab = new Lab();
let p: WorkerProject;
let plan: string;
let verdict: string;
let afterBad: WorkerScript;
const falseRolledBack: string[] = [];
const modes: string[] = [];

beforeAll(async () => {
  await lab.start();
  p = lab.project('provii-rollback-modes');
  const good = await lab.deploy(p, GOOD);
  expect(good.run.exitCode, errorsOf(good.run)).toBe(0);
  const bad = await lab.deploy(p, BAD);
  expect(bad.run.exitCode, errorsOf(bad.run)).toBe(0);
  plan = bad.planFile;
  await lab.markBad(p.name, BAD);
  verdict = (await lab.watch(BAD, GOOD, p.name)).file;
  afterBad = lab.snapshot(p.name);
}, 120_000);

afterAll(async () => {
  await lab.stop();
  // The figure: failure modes of the rollback itself, and how many reported a rollback that did not hold.
  process.stdout.write(`auto-revert failure modes: ${modes.length}; false "rolled back": ${falseRolledBack.length}\n`);
});

const posts = (name: string) => lab.cf.requests.filter((q) => q.route === POST && q.params['script'] === name);

let repo: Repository;

async function scenario(setup: () => void | Promise<void>, inputs: Record<string, string> = {}, files: { plan?: string; verdict?: string } = {}): Promise<RunResult> {
  await lab.restoreSnapshot(p.name, afterBad);
  lab.resetGitHub();
  await setup();
  repo = lab.repository(POLICY);
  return lab.revert({ plan: files.plan ?? plan, verdict: files.verdict ?? verdict, repo, config: p.config, inputs });
}

/** A failure mode: the run fails, says why, sets every output, and never says rolled back. */
function expectNotRolledBack(name: string, r: RunResult, why: RegExp): void {
  modes.push(name);
  if (r.outputs['rolled-back'] !== 'false') falseRolledBack.push(name);
  expect(r.outputs['rolled-back'], name).toBe('false');
  expect(r.exitCode, name).toBe(1);
  expect(Object.keys(r.outputs).sort()).toEqual([...OUTPUTS].sort());
  expect(errorsOf(r)).toMatch(why);
  expect(r.summary).not.toMatch(/rolled back to \S+, verified/);
}

describe.sequential('the rollback works', () => {
  test('a breach: GOOD restored and verified, incident opened and frozen, revert pull request that lint-commit accepts', async () => {
    const before = posts(p.name).length;
    const r = await scenario(() => {}, { 'deployment-id': '41' });
    expect(r.exitCode, errorsOf(r)).toBe(0);
    expect(r.outputs).toMatchObject({ 'rolled-back': 'true', 'target-version-id': GOOD, outcome: 'restored' });
    expect(Number(r.outputs['time-to-restore-seconds'])).toBeLessThan(60);
    expect(lab.cf.state.activeDeployment(p.name)!.versions).toEqual([{ version_id: GOOD, percentage: 100 }]);
    const rollback = posts(p.name).slice(before);
    expect(rollback.map((q) => q.body)).toEqual([expect.objectContaining({ strategy: 'percentage', versions: [{ version_id: GOOD, percentage: 100 }] })]);
    // The incident issue: labelled, frozen, the record change-metrics reads.
    const issue = lab.github.issues[0]!;
    expect(issue.labels).toEqual([INCIDENT_LABEL, 'deploy-freeze']);
    const incident = extractIncident(issue.body, 'issue');
    expect(incident).toMatchObject({ service: p.name, trigger: 'breached', root_cause_author: 'ada', rollback: { outcome: 'restored', verified: true, target_version_id: GOOD }, revert: { outcome: 'pull-request' } });
    expect(incident.breaches[0]!.trigger).toBe('error rate > 5 %');
    expect(readIncident(r)).toEqual(incident);
    // The revert: a pull request from revert/<sha>, never on main directly, with a message lint-commit accepts.
    const pull = lab.github.pulls[0]!;
    expect(r.outputs['revert-pr']).toBe(String(pull.number));
    expect(pull.head).toMatch(/^revert\/[0-9a-f]{12}$/);
    const message = repo.git('log', '-1', '--format=%B', pull.head);
    expect(message, message).toMatch(new RegExp(`^fix: revert "feat: raise the challenge limit"\\n\\n[^]*This reverts commit ${repo.bad}\\.\\n\\nFixes: #${issue.number}$`));
    const lint = lintMessage(message, defaultPolicy.commits);
    expect(lint.errors, JSON.stringify(lint.errors)).toEqual([]);
    // main itself is untouched: no push there, no force anywhere.
    expect(repo.git('rev-parse', 'main')).toBe(repo.bad);
    expect(r.outputs['revert-sha']).toBe(repo.git('rev-parse', pull.head));
    expect(lab.github.statuses).toEqual([{ deployment: 41, state: 'failure', description: expect.stringContaining('rolled back to 600d0000') }]);
    expect(r.outputs['status-page-note']).toMatch(/previous version was restored/);
    expect(r.summary).toMatch(/rolled back to 600d0000, verified/);
  });
});

describe.sequential('the rollback goes through where a retry or a read-back can tell', () => {
  test('a rerun after the success changes nothing: no new deployment, the same incident and pull request', async () => {
    const first = await scenario(() => {});
    expect(first.outputs['rolled-back'], errorsOf(first)).toBe('true');
    const before = posts(p.name).length;
    const again = await lab.revert({ plan, verdict, repo, config: p.config });
    expect(again.exitCode, errorsOf(again)).toBe(0);
    expect(again.outputs).toMatchObject({ 'rolled-back': 'true', incident: first.outputs['incident'], 'revert-pr': first.outputs['revert-pr'] });
    expect(posts(p.name).length).toBe(before);
    expect(lab.github.issues).toHaveLength(1);
    expect(lab.github.pulls).toHaveLength(1);
  });

  test('dry run: everything but production and main; the incident says so and freezes nothing', async () => {
    const before = posts(p.name).length;
    const r = await scenario(() => {}, { 'dry-run': 'true' });
    expect(r.exitCode, errorsOf(r)).toBe(0);
    expect(r.outputs).toMatchObject({ 'rolled-back': 'false', outcome: 'dry-run', 'revert-pr': '' });
    expect(posts(p.name).length).toBe(before);
    expect(lab.cf.state.activeDeployment(p.name)!.versions[0]!.version_id).toBe(BAD);
    expect(repo.git('for-each-ref', '--format=%(refname)')).toBe('refs/heads/main');
    expect(lab.github.issues[0]!.labels).toEqual([INCIDENT_LABEL]);
    expect(readIncident(r)).toMatchObject({ dry_run: true, rollback: { outcome: 'dry-run', verified: false }, revert: { outcome: 'dry-run' } });
    expect(r.summary).toMatch(/dry run: would run wrangler rollback 600d0000-0000-4000-8000-000000000001 --message/);
  });

  test('a 500 once: retried, restored', async () => {
    const r = await scenario(() => lab.cf.fault({ route: POST, script: p.name, times: 1, status: 500 }));
    expect(r.outputs['rolled-back'], errorsOf(r)).toBe('true');
    expect(readIncident(r)!['rollback']['attempts']).toBe(2);
  });

  test('applied but the answer lost: the read-back shows the restore, no second rollback', async () => {
    const before = posts(p.name).length;
    const r = await scenario(() => lab.cf.fault({ route: POST, script: p.name, times: 1, status: 502, applyFirst: true }));
    expect(r.outputs['rolled-back'], errorsOf(r)).toBe('true');
    expect(posts(p.name).length - before).toBe(1);
  });

  test('secrets changed since the target (10220): confirmed, restored, and the incident says to rotate', async () => {
    const r = await scenario(() => {
      const script = lab.cf.state.script(p.name);
      const bad = script.versions.find((v) => v.id === BAD)!;
      bad.bindings = [...bad.bindings, { name: 'SIGNING_KEY', type: 'secret_text', text: 'rotated-value' }];
    });
    expect(r.outputs['rolled-back'], errorsOf(r)).toBe('true');
    const refusals = lab.cf.requests.filter((q) => q.route === POST && q.params['script'] === p.name).slice(-2);
    expect(refusals.map((q) => [q.status, q.query])).toEqual([[400, ''], [200, 'force=true']]);
    expect(lab.github.issues[0]!.body).toMatch(/Secrets changed since version [^(]+\(SIGNING_KEY\)[^]*rotate it again/);
    expect(r.commands.some((c) => c.command === 'warning' && /SIGNING_KEY/.test(c.message))).toBe(true);
  });
});

describe.sequential('failure modes of the rollback itself: never "rolled back"', () => {
  test('the API is down for the rollback: bounded retries, then failed', async () => {
    const r = await scenario(() => lab.cf.fault({ route: POST, script: p.name, status: 500 }));
    expectNotRolledBack('API down (5xx on every attempt)', r, /not rolled back \(failed\)/);
    expect(readIncident(r)!['rollback']).toMatchObject({ outcome: 'failed', attempts: 3 });
    expect(lab.cf.state.activeDeployment(p.name)!.versions[0]!.version_id).toBe(BAD);
  });

  test('the live deployment cannot be read before acting: nothing is changed, a person is paged', async () => {
    const before = posts(p.name).length;
    const r = await scenario(() => lab.cf.fault({ route: GET, script: p.name, status: 503 }));
    expectNotRolledBack('live state unreadable', r, /cannot be read before acting/);
    expect(posts(p.name).length).toBe(before);
    expect(lab.github.issues[0]!.labels).toEqual(['incident:needs-decision']);
  });

  test('refused across a Durable Object migration: one attempt, escalated', async () => {
    const r = await scenario(() => void (lab.cf.state.script(p.name).migration_tag = 'v2'));
    expectNotRolledBack('refused: Durable Object migration', r, /refused[^]*100140/);
    expect(readIncident(r)!['rollback']).toMatchObject({ outcome: 'refused', attempts: 1 });
  });

  test('refused: the target is older than the newest 100 versions', async () => {
    const r = await scenario(() => lab.cf.fault({ route: POST, script: p.name, status: 400, errors: [{ code: errorCodes.versionTooOld, message: 'workers.api.error.version_too_old' }] }));
    expectNotRolledBack('refused: target too old', r, /refused[^]*100147/);
    expect(readIncident(r)!['rollback']['attempts']).toBe(1);
  });

  test('refused: authentication', async () => {
    const r = await scenario(() => lab.cf.fault({ route: POST, script: p.name, status: 403, errors: [{ code: errorCodes.authentication, message: 'Authentication error' }] }));
    expectNotRolledBack('refused: authentication', r, /refused/);
  });

  test('the wrong version is active afterwards (another deploy landed): not verified', async () => {
    const r = await scenario(() => {
      lab.intercept = async () => {
        lab.cf.state.deploy(p.name, [{ version_id: BAD, percentage: 100 }]);
        await lab.dev.control({ version: BAD, status: 500 });
      };
    });
    expectNotRolledBack('wrong version active afterwards', r, /serves bad00000 at 100 %, not 600d0000/);
  });

  test('only part of the traffic on the target afterwards: not verified', async () => {
    const r = await scenario(() => {
      lab.intercept = () => void lab.cf.state.deploy(p.name, [{ version_id: GOOD, percentage: 50 }, { version_id: BAD, percentage: 50 }], undefined, { force: true });
    });
    expectNotRolledBack('partial traffic afterwards', r, /600d0000 at 50 %/);
  });

  test('the live deployment cannot be read back after the rollback: not verified', async () => {
    const r = await scenario(() => {
      lab.intercept = async () => {
        await lab.follow([{ version_id: GOOD, percentage: 100 }]);
        lab.cf.fault({ route: GET, script: p.name, status: 500 });
      };
    });
    expectNotRolledBack('read-back fails', r, /cannot be read back/);
  });

  test('the health check still fails on the restored version', async () => {
    const r = await scenario(() => void lab.bad.add(GOOD));
    lab.bad.delete(GOOD);
    expectNotRolledBack('health still failing', r, /does not answer healthy/);
    expect(readIncident(r)!['revert']['outcome']).toBe('not-attempted');
  });

  test('the health check is answered by the bad version (the override ignored)', async () => {
    const r = await scenario(() => {
      lab.intercept = () => lab.dev.control({ version: BAD });
    });
    expectNotRolledBack('answered by another version', r, /does not answer healthy/);
  });

  test('the health URL does not answer at all', async () => {
    const r = await scenario(() => {}, { url: 'http://127.0.0.1:9' });
    expectNotRolledBack('health URL down', r, /does not answer healthy/);
  });

  test('no target in the plan (a first deploy): a person is paged, nothing changed', async () => {
    const first = lab.project('provii-rollback-first');
    const deployed = await lab.deploy(first, OTHER);
    const before = posts(first.name).length;
    const r = await scenario(() => {}, { config: first.config, trigger: 'deploy-failed' }, { plan: deployed.planFile, verdict: '' });
    expectNotRolledBack('no target recorded', r, /no rollback is possible: the rollback plan's mode is none/);
    expect(posts(first.name).length).toBe(before);
  });

  test('a verdict about another version than the plan: a person is paged', async () => {
    const other = await lab.watch(BAD, GOOD, p.name);
    const text = readFileSync(other.file, 'utf8').replace(BAD, OTHER);
    writeFileSync(other.file, text);
    const r = await scenario(() => {}, {}, { verdict: other.file });
    expectNotRolledBack('verdict and plan disagree', r, /not about the same deploy/);
  });

  test('the live deployment is neither the bad version nor the target: a person is paged', async () => {
    const before = posts(p.name).length;
    const r = await scenario(() => {
      const v = lab.cf.state.uploadVersion(p.name);
      lab.cf.state.deploy(p.name, [{ version_id: v.id, percentage: 100 }]);
    });
    expectNotRolledBack('another deploy since', r, /Another deploy happened since/);
    expect(posts(p.name).length).toBe(before);
  });

  test('the loop guard: a second automatic rollback within the window pages a person', async () => {
    const first = await scenario(() => {});
    expect(first.outputs['rolled-back']).toBe('true');
    // A new bad deploy of the same service in the same hour (its plan names another bad version).
    const planText = readFileSync(plan, 'utf8').replaceAll(BAD, OTHER);
    const secondPlan = lab.file('plan-second.json');
    writeFileSync(secondPlan, planText);
    const v = lab.cf.state.uploadVersion(p.name);
    v.id = OTHER;
    lab.cf.state.deploy(p.name, [{ version_id: OTHER, percentage: 100 }]);
    const before = posts(p.name).length;
    const r = await lab.revert({ plan: secondPlan, repo, config: p.config, inputs: { trigger: 'deploy-failed' } });
    expectNotRolledBack('loop guard', r, /already ran within the last 60 minutes/);
    expect(posts(p.name).length).toBe(before);
  });

  test('a verdict file that is not a verdict fails with the file and the field', async () => {
    const broken = lab.file('broken-verdict.json');
    writeFileSync(broken, JSON.stringify({ kind: 'monitor-verdict', version: 1 }));
    const r = await scenario(() => {}, {}, { verdict: broken });
    expectNotRolledBack('malformed verdict', r, /input verdict-file: .*broken-verdict\.json/);
  });

  test('the GitHub stand-in served only documented answers, and wrangler stayed on loopback', () => {
    expect(lab.gh.violations).toEqual([]);
    expect(lab.cf.outsideRequests).toEqual([]);
  });

  test('every failure mode was counted, and none reported a rollback', () => {
    expect(modes.length).toBeGreaterThanOrEqual(10);
    expect(falseRolledBack).toEqual([]);
  });
});
