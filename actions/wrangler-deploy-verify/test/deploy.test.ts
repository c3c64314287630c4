/**
 * The deploy path end to end: the bundle run as the runner runs it, the real wrangler CLI against
 * one Cloudflare API stand-in, the real test Worker under one `wrangler dev`, and one GitHub
 * stand-in for the Deployments API, all shared by the file. Each test deploys its own Worker
 * (its own name in the stand-in), so tests run side by side. The Worker under `wrangler dev`
 * always answers as version GOOD: a test makes the new version carry that id (healthy), or the
 * previous one (the old version still answering).
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { errorCodes, runWrangler, startCloudflareStandIn, type CloudflareStandIn, type Route } from '../../../test/harness/cloudflare-standin.ts';
import { fakeSha } from '../../../test/harness/fixtures.ts';
import { classifiedChange, wranglerConfigs } from '../../../test/harness/produced.ts';
import { startGitHubStandIn, type GitHubStandIn } from '../../../test/harness/github-standin.ts';
import { repoRoot } from '../../../test/harness/paths.ts';
import { runAction, type RunResult } from '../../../test/harness/run-action.ts';
import { startWorkerDev, wranglerCli, type WorkerDev } from '../../../test/harness/worker-dev.ts';

/** The real wrangler package, which the stand-in npm links into a project. */
const wranglerPackage = dirname(dirname(wranglerCli));
import {
  OUTPUTS,
  WorkerProject,
  action,
  chooseVersionIds,
  deploymentOf,
  expectMasked,
  leaks,
  outputsOf,
  seedWorker,
  serveDeployments,
  type RecordedDeployment,
} from './support.ts';

const GOOD = '9e0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f';
const SECRET = 'sentinel_Pa55 w+rd/&=!';
const LITERAL = 'l1teral-s3cret_ZQ%x';
const VAR = 'v4r-sentinel:value=9';
const SENTINELS = [SECRET, LITERAL, VAR];
const NEXT_FROZEN = '9e0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e30';

let cf: CloudflareStandIn;
let gh: GitHubStandIn;
let dev: WorkerDev;
let deployments: Map<number, RecordedDeployment>;
let chooseIds: (worker: string, ...ids: string[]) => void;
const projects: WorkerProject[] = [];
const temps: string[] = [];
const runs: RunResult[] = [];
const started = performance.now();

beforeAll(async () => {
  [cf, gh] = await Promise.all([startCloudflareStandIn(), startGitHubStandIn()]);
  deployments = serveDeployments(gh);
  chooseIds = chooseVersionIds(cf);
  dev = await startWorkerDev({ vars: { VERSION_ID: GOOD }, env: cf.env });
}, 60_000);

afterAll(async () => {
  await dev?.stop();
  await Promise.all([cf?.close(), gh?.close()]);
  for (const p of projects) p.remove();
  for (const t of temps) rmSync(t, { recursive: true, force: true });
  for (const c of cleanups) c();
});

function project(name: string, extra = ''): WorkerProject {
  const p = new WorkerProject(name, extra);
  projects.push(p);
  return p;
}

/** The record classify-change's bundle writes for a change of the Worker's wrangler.toml. */
async function recordOf(head: Record<string, string | null>, base: Record<string, string> = { 'wrangler.toml': wranglerConfigs.plain }): Promise<string> {
  const classified = await classifiedChange(base, head);
  cleanups.push(() => classified.repo.remove());
  return classified.recordPath;
}
const cleanups: Array<() => void> = [];

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

const smokeTests = `version: 1
tests:
  - name: health document
    path: /health
    critical: true
    expect: { json: { status: ok } }
  - name: sign-in route answers as the new version
    path: /smoke/login
    check-version: true
    expect: { json: { path: /smoke/login }, latency-ms: 5000 }
`;

interface Deploy {
  project: WorkerProject;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  runnerTemp?: string;
}

/** Runs the action from the repository root (the workspace), wrangler in test/worker with the project's config. */
async function deploy(options: Deploy): Promise<RunResult> {
  const r = await runAction({
    action,
    cwd: repoRoot,
    inputs: {
      'working-directory': 'test/worker',
      config: options.project.config,
      url: dev.url,
      sha: fakeSha(options.project.name),
      'change-type': 'normal',
      'pull-request': '12',
      'health-timeout-seconds': '5',
      'request-timeout-seconds': '5',
      secrets: 'API_KEY\nLITERAL_KEY=' + LITERAL,
      vars: 'GREETING',
      'timeout-seconds': '120',
      ...options.inputs,
    },
    env: {
      ...cf.env,
      GITHUB_API_URL: gh.url,
      CHANGE_ACTIONS_RETRY_BASE_MS: '20',
      API_KEY: SECRET,
      GREETING: VAR,
      ...(options.runnerTemp ? { RUNNER_TEMP: options.runnerTemp } : {}),
      ...options.env,
    },
  });
  runs.push(r);
  return r;
}

const failureOf = (r: RunResult) => r.commands.filter((c) => c.command === 'error').map((c) => c.message).join('\n');
const warningsOf = (r: RunResult) => r.commands.filter((c) => c.command === 'warning').map((c) => c.message);
/** The wrangler commands a run made, from its log groups. */
const wranglerCalls = (r: RunResult) => r.commands.filter((c) => c.command === 'group' && c.message.startsWith('wrangler ')).map((c) => c.message.replace(/ \(.*\)$/, ''));
/** Requests that upload or deploy anything for this Worker. */
const changes = (name: string) => cf.requests.filter((q) => q.params['script'] === name && (q.method === 'POST' || q.method === 'PUT') && !q.route?.endsWith('/subdomain'));

function expectAllOutputs(r: RunResult): void {
  expect(Object.keys(r.outputs).sort()).toEqual([...OUTPUTS].sort());
}

describe.concurrent('deploy and verify', () => {
  test('deploy: records the target, tags the version, proves the new version answers, records the GitHub Deployment, publishes the plan', async () => {
    const p = project('happy-path');
    const [previous] = seedWorker(cf, p.name);
    chooseIds(p.name, GOOD);
    const runnerTemp = tempDir('wdv-runner-');
    const record = await recordOf({ 'src/greeting.ts': 'export const greeting = "hello";\n' });
    const smoke = p.write('smoke.yml', smokeTests);
    const r = await deploy({ project: p, runnerTemp, inputs: { 'change-record': record, 'change-type': '', 'smoke-tests': smoke } });
    expect(r.exitCode, failureOf(r)).toBe(0);
    expectAllOutputs(r);
    const o = outputsOf(r);
    const sha = fakeSha(p.name);
    const live = cf.state.activeDeployment(p.name)!;
    expect(o).toMatchObject({
      'version-id': GOOD,
      'previous-version-id': previous,
      'cloudflare-deployment-id': live.id,
      'deployment-url': dev.url,
      healthy: 'true',
    });
    expect(live.versions).toEqual([{ version_id: GOOD, percentage: 100 }]);

    // The version says what it carries; secrets went as secrets, variables as variables.
    const version = cf.state.version(p.name, GOOD);
    expect(version.annotations).toMatchObject({ 'workers/tag': sha, 'workers/message': `normal change, PR #12, commit ${sha.slice(0, 12)}` });
    expect(version.bindings).toEqual(
      expect.arrayContaining([
        { name: 'API_KEY', type: 'secret_text', text: SECRET },
        { name: 'LITERAL_KEY', type: 'secret_text', text: LITERAL },
        { name: 'GREETING', type: 'plain_text', text: VAR },
      ]),
    );

    // The GitHub Deployment: payload for the DORA metrics, in_progress then success.
    const recorded = deploymentOf(deployments, sha)!;
    expect(o['deployment-id']).toBe(String(recorded.id));
    expect(recorded.environment).toBe('production');
    expect(recorded.payload).toMatchObject({ version_id: GOOD, previous_version_id: previous, change_type: 'normal', sha, pull_request: 12, worker: p.name, strategy: 'deploy', percentage: 100 });
    expect(recorded.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(recorded.statuses[1]).toMatchObject({ environment_url: dev.url, log_url: 'https://github.com/maelstrom/provii-verifier/actions/runs/1' });

    // Smoke tests, and the plan that names the recorded version.
    expect(o.smoke.map((s) => [s.name, s.outcome])).toEqual([
      ['health document', 'passed'],
      ['sign-in route answers as the new version', 'passed'],
    ]);
    expect(o.plan).toMatchObject({ mode: 'rollback', target_version_id: previous, new_version_id: GOOD, recommended: false, worker: p.name, working_directory: 'test/worker' });
    expect(o.plan['argv']).toEqual(['wrangler', 'rollback', previous, '--name', p.name, '--config', p.config, '--message', `rollback to ${previous!.slice(0, 8)} from ${GOOD.slice(0, 8)}`, '--yes']);
    const planFile = readFileSync(o['rollback-plan-file']!, 'utf8');
    expect(JSON.parse(planFile)).toEqual(o.plan);

    // Four wrangler calls: the two reads before (side by side), the deploy, the read-back.
    expect(wranglerCalls(r).map((c) => c.split(' ').slice(0, 3).join(' ')).sort()).toEqual(
      ['wrangler deploy --config', 'wrangler deployments status', 'wrangler deployments status', 'wrangler versions list'].sort(),
    );
    expect(r.summary).toContain(`✅ ${p.name}: version ${GOOD.slice(0, 8)} is live and healthy`);
    expect(r.summary).toContain('normal change · PR #12');

    // No secret anywhere, every form masked, and nothing left on the runner but the plan.
    expect(leaks(r, SENTINELS, [planFile])).toEqual([]);
    expectMasked(r, SENTINELS);
    const left = readdirSync(runnerTemp, { recursive: true }).map(String);
    expect(left.filter((f) => /secrets-|wrangler-deploy-verify-|output-\d/.test(f))).toEqual([]);
    expect(left).toContain(join('wrangler-deploy-verify', o['rollback-plan-file']!.split('/').at(-1)!));
  });

  test('gradual: uploads, then splits traffic with the recorded version, and reads the split back', async () => {
    const p = project('gradual');
    const [previous] = seedWorker(cf, p.name);
    chooseIds(p.name, GOOD);
    const r = await deploy({ project: p, inputs: { strategy: 'gradual', percentage: '25' } });
    expect(r.exitCode, failureOf(r)).toBe(0);
    const live = cf.state.activeDeployment(p.name)!;
    expect(live.versions).toEqual([
      { version_id: GOOD, percentage: 25 },
      { version_id: previous, percentage: 75 },
    ]);
    expect(live.annotations).toEqual({ 'workers/message': `normal change, PR #12, commit ${fakeSha(p.name).slice(0, 12)}` });
    expect(wranglerCalls(r)).toContainEqual(expect.stringMatching(new RegExp(`^wrangler versions deploy ${GOOD}@25 ${previous}@75 --name ${p.name}`)));
    const o = outputsOf(r);
    expect(o).toMatchObject({ 'version-id': GOOD, 'previous-version-id': previous, 'cloudflare-deployment-id': live.id, healthy: 'true' });
    expect(deploymentOf(deployments, fakeSha(p.name))?.payload).toMatchObject({ strategy: 'gradual', percentage: 25 });
    expect(r.summary).toContain(`is live at 25 % and healthy`);
  });

  test('the previous version still answering is caught; the plan names the recorded version, and it works', async () => {
    const p = project('old-answers');
    chooseIds(p.name, GOOD); // the version serving before the deploy is the one the Worker answers as
    const [previous] = seedWorker(cf, p.name);
    const r = await deploy({ project: p, inputs: { 'health-timeout-seconds': '1' } });
    expect(r.exitCode).toBe(1);
    expectAllOutputs(r);
    const o = outputsOf(r);
    expect(previous).toBe(GOOD);
    expect(o['version-id']).not.toBe(GOOD);
    expect(o).toMatchObject({ 'previous-version-id': GOOD, healthy: 'false' });
    expect(failureOf(r)).toMatch(new RegExp(`the previous version ${GOOD.slice(0, 8)} answered, not the new version ${o['version-id']!.slice(0, 8)}: the new version is not serving`));
    expect(o.plan).toMatchObject({ mode: 'rollback', target_version_id: GOOD, recommended: true, trigger: 'the new version is not the one answering' });
    expect(deploymentOf(deployments, fakeSha(p.name))?.statuses.map((s) => s.state)).toEqual(['in_progress', 'failure']);
    expect(r.summary).toContain(`roll back to ${GOOD.slice(0, 8)}`);

    // The plan's command, run as written, puts the recorded version back.
    const argv = o.plan['argv'] as string[];
    const rollback = await runWrangler(argv.slice(1), { env: cf.env, cwd: join(repoRoot, 'test/worker') });
    expect(rollback.exitCode, rollback.stderr).toBe(0);
    expect(cf.state.activeDeployment(p.name)?.versions).toEqual([{ version_id: GOOD, percentage: 100 }]);
  });

  test('without input url, the URL wrangler reports is verified; unreachable there, it is not healthy', async () => {
    const p = project('no-url');
    seedWorker(cf, p.name);
    chooseIds(p.name, GOOD);
    const r = await deploy({ project: p, inputs: { url: '', 'health-timeout-seconds': '0' } });
    expect(r.exitCode).toBe(1);
    const o = outputsOf(r);
    expect(o['deployment-url']).toBe(`https://${p.name}.standin.workers.dev`);
    expect(o.healthy).toBe('false');
    expect(failureOf(r)).toMatch(new RegExp(`no address found for ${p.name}\\.standin\\.workers\\.dev`));
    expect(o.plan).toMatchObject({ recommended: true, trigger: 'critical functionality broken' });
  });
});

describe.concurrent('rollback readiness', () => {
  test('the change record says rollback-safe: false: refused before anything is deployed', async () => {
    const p = project('not-rollback-safe');
    const [previous] = seedWorker(cf, p.name);
    const record = await recordOf({ 'wrangler.toml': wranglerConfigs.migration });
    const r = await deploy({ project: p, inputs: { 'change-record': record, 'change-type': '' } });
    expect(r.exitCode).toBe(1);
    expectAllOutputs(r);
    expect(changes(p.name)).toEqual([]);
    expect(deploymentOf(deployments, fakeSha(p.name))).toBeUndefined();
    const o = outputsOf(r);
    expect(o).toMatchObject({ 'version-id': '', 'previous-version-id': previous, healthy: 'false' });
    expect(o.plan).toMatchObject({ mode: 'refused', target_version_id: previous, command: null });
    expect(o.plan['reasons']).toEqual([expect.stringMatching(/^the change record says this change is not rollback-safe: .*Durable Object migration/)]);
    expect(failureOf(r)).toMatch(/Deploy refused: .* Nothing was deployed\. .*set input forward-fix-only: true/);
    expect(r.summary).toContain('deploy refused, Cloudflare could not roll it back');
  });

  test('rollback-safe: false with forward-fix-only: deployed, the plan says forward-fix-only; a GitHub outage is only a warning', async () => {
    const p = project('forward-fix-only');
    seedWorker(cf, p.name);
    chooseIds(p.name, GOOD);
    const record = await recordOf(
      { 'wrangler.toml': wranglerConfigs.plain },
      { 'wrangler.toml': `${wranglerConfigs.plain}\n[[kv_namespaces]]\nbinding = "SESSIONS"\nid = "0f2ac74b498b48028cb68387c421e279"\n` },
    );
    const down = await startGitHubStandIn();
    down.fault('POST', '/repos/{owner}/{repo}/deployments', { kind: 'status', status: 500 });
    down.route('GET', '/repos/{owner}/{repo}/issues', { body: [] });
    try {
      const r = await deploy({ project: p, inputs: { 'change-record': record, 'change-type': '', 'forward-fix-only': 'true' }, env: { GITHUB_API_URL: down.url } });
      expect(r.exitCode, failureOf(r)).toBe(0);
      const o = outputsOf(r);
      expect(o).toMatchObject({ healthy: 'true', 'deployment-id': '' });
      expect(o.plan).toMatchObject({ mode: 'forward-fix-only', command: null, argv: null });
      expect(o.plan['reasons']).toEqual([expect.stringMatching(/^the change record says this change is not rollback-safe: .*SESSIONS/)]);
      expect(cf.state.version(p.name, GOOD).annotations['workers/message']).toMatch(/^normal change, PR #12/);
      expect(warningsOf(r)).toContainEqual(expect.stringMatching(/^GitHub Deployment not recorded \(HTTP 500/));
      expect(down.count('POST /repos/{owner}/{repo}/deployments')).toBe(4); // three retries of a server error
    } finally {
      await down.close();
    }
  });

  test('the target would leave the newest 100 versions with this deploy: refused (wrangler lists only 10, the number tells)', async () => {
    const p = project('too-old');
    const target = cf.state.uploadVersion(p.name);
    cf.state.deploy(p.name, [{ version_id: target.id, percentage: 100 }]);
    for (let i = 0; i < 99; i++) cf.state.uploadVersion(p.name);
    const r = await deploy({ project: p });
    expect(r.exitCode).toBe(1);
    expect(changes(p.name)).toEqual([]);
    expect(wranglerCalls(r).map((c) => c.split(' ').slice(0, 3).join(' '))).toContain(`wrangler versions view`);
    expect(outputsOf(r).plan).toMatchObject({ mode: 'refused', target_version_id: target.id, target: { number: 1 } });
    expect(failureOf(r)).toMatch(new RegExp(`the target version ${target.id.slice(0, 8)} has 99 newer versions; this deploy adds one more`));
  });
});

describe.concurrent('Cloudflare faults fail closed, with every output set', () => {
  test('5xx on upload (after wrangler retries): not deployed, production unchanged, GitHub status error', async () => {
    const p = project('upload-5xx');
    const [previous] = seedWorker(cf, p.name);
    cf.fault({ route: 'POST /accounts/:account/workers/scripts/:script/versions', script: p.name, status: 503 });
    const r = await deploy({ project: p });
    expect(r.exitCode).toBe(1);
    expectAllOutputs(r);
    const o = outputsOf(r);
    expect(o).toMatchObject({ 'version-id': '', 'previous-version-id': previous, healthy: 'false', 'smoke-results': '[]' });
    expect(o.plan).toMatchObject({ mode: 'rollback', target_version_id: previous, recommended: false });
    expect(failureOf(r)).toMatch(/wrangler deploy failed \(Cloudflare API error 10013\)/);
    expect(failureOf(r)).toMatch(/production is unchanged: the previous deployment still serves/);
    expect(cf.state.activeDeployment(p.name)?.versions).toEqual([{ version_id: previous, percentage: 100 }]);
    expect(deploymentOf(deployments, fakeSha(p.name))?.statuses.map((s) => s.state)).toEqual(['in_progress', 'error']);
  });

  test('an API error on versions deploy: the version is uploaded, not deployed', async () => {
    const p = project('split-refused');
    const [previous] = seedWorker(cf, p.name);
    cf.fault({
      route: 'POST /accounts/:account/workers/scripts/:script/deployments',
      script: p.name,
      status: 400,
      errors: [{ code: errorCodes.invalidDeployment, message: 'workers.api.error.invalid_deployment' }],
    });
    const r = await deploy({ project: p, inputs: { strategy: 'gradual', percentage: '10' } });
    expect(r.exitCode).toBe(1);
    const o = outputsOf(r);
    const uploaded = cf.state.script(p.name).versions.at(-1)!.id;
    expect(uploaded).not.toBe(previous);
    expect(o).toMatchObject({ 'version-id': uploaded, healthy: 'false' });
    expect(failureOf(r)).toMatch(new RegExp(`version ${uploaded} was uploaded but not deployed: wrangler versions deploy failed \\(Cloudflare API error ${errorCodes.invalidDeployment}\\)`));
    expect(cf.state.activeDeployment(p.name)?.versions).toEqual([{ version_id: previous, percentage: 100 }]);
  });

  test('wrangler fails after the new deployment went live: the rollback is recommended', async () => {
    const p = project('failed-after-change');
    const [previous] = seedWorker(cf, p.name);
    cf.fault({ route: 'POST /accounts/:account/workers/scripts/:script/subdomain', script: p.name, status: 500 });
    const r = await deploy({ project: p });
    expect(r.exitCode).toBe(1);
    const o = outputsOf(r);
    const live = cf.state.activeDeployment(p.name)!;
    expect(live.versions[0]!.version_id).not.toBe(previous);
    expect(o).toMatchObject({ 'version-id': live.versions[0]!.version_id, 'cloudflare-deployment-id': live.id, healthy: 'false' });
    expect(o.plan).toMatchObject({ mode: 'rollback', target_version_id: previous, recommended: true, trigger: 'the deploy failed after production changed' });
    expect(failureOf(r)).toMatch(/the live deployment changed although wrangler failed/);
  });

  test('an authentication error while recording the target: nothing is deployed', async () => {
    const p = project('auth-error');
    seedWorker(cf, p.name);
    const route: Route = 'GET /accounts/:account/workers/scripts/:script/deployments';
    cf.fault({ route, script: p.name, status: 403, errors: [{ code: errorCodes.authentication, message: 'Authentication error' }] });
    const r = await deploy({ project: p });
    expect(r.exitCode).toBe(1);
    expectAllOutputs(r);
    expect(changes(p.name)).toEqual([]);
    expect(failureOf(r)).toMatch(/wrangler deployments status failed \(Cloudflare API error 10000\): .*Authentication error.*The rollback target cannot be recorded, so nothing was deployed/);
    expect(outputsOf(r).plan['mode']).toBe('unknown');
  });

  test("the action's deadline stops a hung upload; the live deployment is read back and reported", async () => {
    const p = project('hung-upload');
    const [previous] = seedWorker(cf, p.name);
    cf.fault({ route: 'POST /accounts/:account/workers/scripts/:script/versions', script: p.name, delayMs: 60_000 });
    // The freeze is not read here: every second goes to wrangler and the read-back. 30 s leave
    // room for the reads before the deploy on a loaded machine (each wrangler call starts slowly).
    const r = await deploy({ project: p, inputs: { 'timeout-seconds': '30', 'deploy-freeze': 'off' } });
    expect(r.exitCode).toBe(1);
    expectAllOutputs(r);
    expect(r.durationMs).toBeLessThan(33_000);
    expect(failureOf(r)).toMatch(/wrangler deploy did not finish within the action's deadline .* and was stopped/);
    expect(failureOf(r)).toMatch(/production is unchanged/);
    expect(outputsOf(r).plan).toMatchObject({ target_version_id: previous, recommended: false });
  }, 60_000);
});

describe.concurrent('wrangler itself', () => {
  /** A stand-in npm that "installs" a link to the real wrangler where it runs, and records its arguments, folder and environment. */
  function fakeNpm(p: WorkerProject): string {
    const bin = join(p.dir, 'fake-bin');
    mkdirSync(bin);
    writeFileSync(
      join(bin, 'npm'),
      `#!/bin/sh\nprintf '%s\\n' "$@" > "${p.dir}/npm-args"\npwd > "${p.dir}/npm-cwd"\nenv > "${p.dir}/npm-env"\nmkdir -p node_modules\nln -s "${wranglerPackage}" node_modules/wrangler\necho "added 1 package"\n`,
    );
    chmodSync(join(bin, 'npm'), 0o755);
    return bin;
  }

  test("absent and not pinned by the lockfile: installed apart from the project, package.json and lockfile untouched, no scripts, no secrets; a first deploy has nothing to roll back to", async () => {
    const p = project('installed');
    chooseIds(p.name, GOOD);
    const manifest = JSON.stringify({ name: 'installed', private: true });
    const lock = JSON.stringify({ name: 'installed', lockfileVersion: 3, packages: {} });
    p.write('package.json', manifest);
    p.write('package-lock.json', lock);
    const bin = fakeNpm(p);
    const r = await deploy({
      project: p,
      inputs: { 'working-directory': p.dir, config: 'wrangler.toml', 'wrangler-version': '4.164.0' },
      env: { PATH: `${bin}:${process.env['PATH'] ?? ''}` },
    });
    expect(r.exitCode, failureOf(r)).toBe(0);
    const args = readFileSync(join(p.dir, 'npm-args'), 'utf8').trim().split('\n');
    expect(args).toEqual(['install', '--prefix', expect.stringMatching(/wrangler-4\.164\.0$/), '--no-save', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', 'wrangler@4.164.0']);
    expect(readFileSync(join(p.dir, 'npm-cwd'), 'utf8').trim()).toBe(args[2]);
    expect(readFileSync(join(p.dir, 'package.json'), 'utf8')).toBe(manifest);
    expect(readFileSync(join(p.dir, 'package-lock.json'), 'utf8')).toBe(lock);
    const installerEnv = readFileSync(join(p.dir, 'npm-env'), 'utf8');
    for (const name of ['CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_ACCOUNT_ID', 'API_KEY', 'GREETING', 'INPUT_SECRETS']) expect(installerEnv).not.toMatch(new RegExp(`^${name}=`, 'm'));
    for (const sentinel of SENTINELS) expect(installerEnv).not.toContain(sentinel);
    expect(r.log.join('\n')).toContain('wrangler 4.164.0 from installed apart from the project with npm');
    const o = outputsOf(r);
    expect(o).toMatchObject({ 'version-id': GOOD, 'previous-version-id': '', healthy: 'true' });
    expect(o.plan).toMatchObject({ mode: 'none', target_version_id: null, command: null });
    expect(o.plan['reasons']).toEqual(['no version served traffic before this deploy: there is nothing to roll back to']);
  });

  test('absent but pinned by the lockfile: a frozen install in the project (npm ci, no scripts, no secrets)', async () => {
    const p = project('installed-frozen');
    chooseIds(p.name, NEXT_FROZEN);
    p.write('package.json', JSON.stringify({ name: 'installed-frozen', private: true, devDependencies: { wrangler: '4.164.0' } }));
    p.write('package-lock.json', JSON.stringify({ name: 'installed-frozen', lockfileVersion: 3, packages: { '': { devDependencies: { wrangler: '4.164.0' } }, 'node_modules/wrangler': { version: '4.164.0' } } }));
    const bin = fakeNpm(p);
    const r = await deploy({
      project: p,
      inputs: { 'working-directory': p.dir, config: 'wrangler.toml', 'wrangler-version': '4.164.0', 'health-timeout-seconds': '1' },
      env: { PATH: `${bin}:${process.env['PATH'] ?? ''}` },
    });
    expect(readFileSync(join(p.dir, 'npm-args'), 'utf8').trim().split('\n')).toEqual(['ci', '--ignore-scripts', '--no-audit', '--no-fund']);
    expect(readFileSync(join(p.dir, 'npm-cwd'), 'utf8').trim()).toBe(p.dir);
    expect(readFileSync(join(p.dir, 'npm-env'), 'utf8')).not.toMatch(/^(CLOUDFLARE_API_TOKEN|API_KEY)=/m);
    expect(r.log.join('\n')).toContain('wrangler 4.164.0 from a frozen install with npm');
  });

  test.each([
    ['no wrangler and no version asked', {}, /wrangler is not installed for .* add it to the project's devDependencies .* or set input wrangler-version/],
    ['a version asked and no lockfile', { 'wrangler-version': '4.164.0' }, /wrangler is not installed for .*, input wrangler-version asks for 4\.164\.0, and no lockfile .* was found there or above/],
  ])('%s: a clear failure, before any call', async (_name, inputs, message) => {
    const dir = tempDir('wdv-bare-');
    const p = project(`bare-${Object.keys(inputs).length}`);
    const r = await deploy({ project: p, inputs: { 'working-directory': dir, ...inputs } });
    expect(r.exitCode).toBe(1);
    expectAllOutputs(r);
    expect(failureOf(r)).toMatch(message);
    expect(wranglerCalls(r)).toEqual([]);
  });

  test('an invalid smoke test file stops the run before wrangler is called', async () => {
    const p = project('bad-smoke');
    seedWorker(cf, p.name);
    const smoke = p.write('smoke.json', '{"version": 1, "tests": [{"name": "x", "path": "/x", "critical": "yes"}]}');
    const r = await deploy({ project: p, inputs: { 'smoke-tests': smoke } });
    expect(r.exitCode).toBe(1);
    expect(wranglerCalls(r)).toEqual([]);
    expect(failureOf(r)).toMatch(/smoke\.json:1:\d+: tests\[0\]\.critical: "yes" is not accepted; accepted: true, false/);
  });
});

describe('across every run of this file', () => {
  test('no form of any sentinel secret was found in any log, summary or output', () => {
    expect(runs.length).toBeGreaterThanOrEqual(15);
    const found = runs.flatMap((r) => leaks(r, SENTINELS));
    expect(found).toEqual([]);
  });

  test('wrangler sent nothing to any other host; the GitHub stand-in served only documented answers', () => {
    expect(cf.outsideRequests).toEqual([]);
    expect(gh.violations).toEqual([]);
    expect(gh.unmatched).toEqual([]);
    process.stderr.write(`deploy runs: ${runs.length}; file took ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  });
});
