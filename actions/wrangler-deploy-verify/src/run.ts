/**
 * wrangler-deploy-verify: record the version serving traffic (the rollback target), refuse when
 * Cloudflare could not roll back, deploy with wrangler, read the live deployment back, prove the
 * new version is the one answering and healthy, run the smoke tests, record a GitHub Deployment,
 * and publish the rollback plan. Every output is written before a failed verification fails the
 * step, so a rollback step can use them.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as core from '@actions/core';
import { Deadline, UserError, coreLogger as log, messageOf, runAction, type Outputs } from '@change-actions/action-kit';
import type { Freeze } from '@change-actions/rollback';
import type { GitHubClient } from '@change-actions/action-kit/github';
import {
  WORKER_NOT_FOUND_CODES,
  afterFailedDeploy,
  deployVerdict,
  deploymentState,
  finalVerdict,
  refusedVerdict,
  deploymentUrl,
  judgeLive,
  parseDeploymentStatus,
  parseVersionList,
  parseVersionView,
  rollbackPlan,
  rollbackReadiness,
  short,
  needsHistory,
  parseDeploymentList,
  targetToLookUp,
  uploadedVersion,
  versionDeployment,
  versionMessage,
  wranglerArgs,
  type DeployFacts,
  type ChangeType,
  type HealthCheck,
  type HealthOutcome,
  type LiveDeployment,
  type Readiness,
  type Redactor,
  type RollbackPlan,
  type SmokeResult,
  type SmokeSuite,
  type TrafficShare,
  type VersionExpectation,
  type VersionInfo,
  type WranglerTarget,
} from '@change-actions/deploy-verify';
import { Wrangler, checkHealth, locateWrangler, runSmokeTests, type VerifyOptions, type WranglerCall } from '@change-actions/wrangler';
import { runContext, type RunContext } from './context.ts';
import { GitHubDeployment } from './github-deployment.ts';
import type { DeploymentPayload } from '@change-actions/change-record';
import { logVerdict, writeSummary, type Report } from './report.ts';
import { maskValues, redactError, writeSecretsFile } from './secrets.ts';
import { readSettings, type Settings } from './settings.ts';

type Output =
  | 'version-id'
  | 'previous-version-id'
  | 'deployment-id'
  | 'cloudflare-deployment-id'
  | 'deployment-url'
  | 'healthy'
  | 'smoke-results'
  | 'rollback-plan'
  | 'rollback-plan-file';

const FALLBACK: Record<Output, string> = {
  'version-id': '',
  'previous-version-id': '',
  'deployment-id': '',
  'cloudflare-deployment-id': '',
  'deployment-url': '',
  healthy: 'false',
  'smoke-results': '[]',
  'rollback-plan': JSON.stringify({ mode: 'unknown', reasons: ['the action stopped before it recorded the rollback target'] }),
  'rollback-plan-file': '',
};

export function run(): Promise<void> {
  return runAction<Output>(FALLBACK, async (outputs) => {
    let redactor: Redactor = maskValues([]);
    try {
      // The values are masked before anything is printed: the runner hides these forms from here on.
      const settings = readSettings((values) => (redactor = maskValues(values)));
      await deployAndVerify(settings, new Published(outputs, redactor), redactor);
    } catch (error) {
      throw redactError(error, redactor);
    }
  });
}

/** Outputs and the plan file, redacted: the runner masks the log, not outputs. */
class Published {
  private readonly outputs: Outputs<Output>;
  private readonly redactor: Redactor;
  planFile = '';

  constructor(outputs: Outputs<Output>, redactor: Redactor) {
    this.outputs = outputs;
    this.redactor = redactor;
  }

  set(name: Output, value: string | number | boolean): void {
    this.outputs.set(name, this.redactor.redact(String(value)));
  }

  async plan(plan: RollbackPlan): Promise<void> {
    const { rollbackPlanContract, serialize } = await import('@change-actions/change-record');
    this.set('rollback-plan', serialize(rollbackPlanContract, plan, { compact: true }));
    if (this.planFile) {
      const { writeContractFile } = await import('@change-actions/change-record/files');
      writeContractFile(rollbackPlanContract, this.planFile, plan, (text) => this.redactor.redact(text));
    }
  }
}

/** Milliseconds kept back from the deadline by a call that changes production, to read the result back. */
const reserveFor = (settings: Settings) => Math.min(15_000, Math.max(5_000, (settings.timeoutSeconds * 1000) / 4));

/** A path as reports show it: relative to the workspace when inside it, else as given. */
function workspaceRelative(path: string): string {
  const inside = relative(process.env['GITHUB_WORKSPACE'] || process.cwd(), path);
  return inside && !inside.startsWith('..') ? inside : path;
}

function retryBaseMs(): number {
  const value = Number(process.env['CHANGE_ACTIONS_RETRY_BASE_MS'] ?? '1000');
  return Number.isFinite(value) && value >= 0 ? value : 1000;
}

async function deployAndVerify(settings: Settings, out: Published, redactor: Redactor): Promise<void> {
  const deadline = new Deadline(settings.timeoutSeconds);
  const ctx = runContext({ sha: settings.sha, pullRequest: settings.pullRequest });
  const record = settings.changeRecord ? await readChangeRecord(settings.changeRecord) : undefined;
  const changeType = chooseChangeType(settings.changeType, record, settings.strategy !== 'verify');
  // Every file is read and checked before anything is deployed.
  const suite = settings.smokeTests ? await readSmokeSuite(settings.smokeTests) : undefined;
  out.planFile = settings.rollbackPlanPath ?? join(process.env['RUNNER_TEMP'] || tmpdir(), 'wrangler-deploy-verify', `rollback-plan-${process.env['GITHUB_RUN_ID'] ?? 'local'}-${Date.now()}.json`);
  out.set('rollback-plan-file', out.planFile);
  const common = { settings, out, redactor, deadline, ctx, changeType, suite };
  if (settings.strategy === 'verify') return verifyOnly(common);

  if (!existsSync(settings.workingDirectory) || !statSync(settings.workingDirectory).isDirectory()) {
    throw new UserError(`input working-directory: ${settings.workingDirectory} is not a folder; check out the repository before this step`);
  }
  const temp = await mkdtemp(join(process.env['RUNNER_TEMP'] || tmpdir(), 'wrangler-deploy-verify-'));
  try {
    await deployWith(common, temp, record);
  } finally {
    // Output files, wrangler's logs and (already deleted) the secrets file.
    await rm(temp, { recursive: true, force: true });
  }
}

interface Common {
  settings: Settings;
  out: Published;
  redactor: Redactor;
  deadline: Deadline;
  ctx: RunContext;
  changeType: ChangeType | undefined;
  suite: SmokeSuite | undefined;
}

type DeployOutcome =
  | { ok: true; versionId: string; worker: string; targets: string[]; split: TrafficShare[]; cloudflareDeploymentId?: string }
  | { ok: false; problem: string; versionId?: string; worker?: string; targets: string[] };

async function deployWith(c: Common, temp: string, record: DeployFacts | undefined): Promise<void> {
  const { settings, out, redactor, deadline, ctx } = c;
  const install = await locateWrangler(settings.workingDirectory, settings.wranglerVersion, deadline, process.env, {
    privateDir: temp,
    withheld: [...settings.secrets, ...settings.vars].map((v) => v.name),
    logger: log,
  });
  log.info(`wrangler ${install.version} from ${install.via}`);
  const wrangler = new Wrangler({ install, cwd: settings.workingDirectory, temp, env: process.env, deadline, redactor, logger: log });
  const target: WranglerTarget = { config: settings.config, environment: settings.environment };
  const workingDirectory = workspaceRelative(settings.workingDirectory) || '.';

  // 1. The rollback target: what serves now, recorded before anything changes.
  const before = await readBefore(wrangler, target);
  const readiness = rollbackReadiness({
    live: before.live,
    recent: before.recent,
    history: before.history,
    targetVersion: before.targetVersion,
    rollbackSafe: record?.rollbackSafe,
    rollbackUnsafeReasons: record?.rollbackUnsafeReasons ?? [],
    forwardFixOnly: settings.forwardFixOnly,
    secretNames: settings.secrets.map((s) => s.name),
  });
  out.set('previous-version-id', readiness.target?.versionId ?? '');
  await out.plan(rollbackPlan({ readiness, target, workingDirectory, now: new Date() }));
  log.info(
    readiness.target
      ? `Rollback target recorded: ${readiness.target.versionId} (${readiness.target.percentage} % of traffic now)`
      : 'No version serves traffic yet: this is the first deploy',
  );
  const base: Omit<Report, 'verdict' | 'plan' | 'smoke'> = {
    subject: settings.url ?? 'Worker',
    environment: settings.environment ?? 'production',
    strategy: settings.strategy,
    percentage: settings.percentage,
    changeType: c.changeType,
    pullRequest: ctx.pullRequest,
    sha: ctx.sha,
    wrangler: install.version,
    readiness,
    smokeFile: c.suite?.file,
  };
  // The freeze after an automatic rollback: refused unless this is an emergency change.
  const frozen = await deployFreeze(c);
  if (frozen.length > 0) {
    const where = frozen.map((f) => `#${f.issue}${f.url ? ` (${f.url})` : ''}`).join(', ');
    if (c.changeType === 'emergency') {
      log.warning(redactor.redact(`Deploys are frozen by ${where}; this emergency change deploys anyway and is recorded as one`));
      readiness.caveats.push(`deployed during the deploy freeze of ${where} as an emergency change: record it in the incident and get the retrospective approval`);
    } else {
      const reasons = frozen.map((f) => `deploys are frozen since ${f.since} by ${f.reason}`);
      const verdict = refusedVerdict('deploy refused: deploys are frozen', reasons);
      const plan = rollbackPlan({ readiness: { ...readiness, decision: 'refused', reasons: [...reasons, ...readiness.reasons] }, target, workingDirectory, now: new Date() });
      await out.plan(plan);
      out.set('healthy', false);
      const report: Report = { ...base, verdict, plan, smoke: [] };
      await writeSummary(report, redactor);
      logVerdict(report, redactor);
      core.setFailed(redactor.redact(`Deploy refused: an automatic rollback froze deploys of this environment (${where}) and no person has acknowledged it. Nothing was deployed. A person other than the author of the change that caused it closes the incident issue to lift the freeze; an emergency change (change-type: emergency) deploys anyway.`));
      return;
    }
  }
  if (readiness.decision === 'refused') {
    const verdict = refusedVerdict('deploy refused', readiness.reasons);
    const plan = rollbackPlan({ readiness, target, workingDirectory, now: new Date() });
    await out.plan(plan);
    out.set('healthy', false);
    const report: Report = { ...base, verdict, plan, smoke: [] };
    await writeSummary(report, redactor);
    logVerdict(report, redactor);
    core.setFailed(
      redactor.redact(
        `Deploy refused: Cloudflare could not roll this change back (${readiness.reasons.join('; ')}). Nothing was deployed. To deploy anyway and fix any problem with a new deploy, set input forward-fix-only: true.`,
      ),
    );
    return;
  }

  // 2. Deploy.
  const message = versionMessage({ changeType: c.changeType, pullRequest: ctx.pullRequest, sha: ctx.sha });
  const secretsFile = settings.secrets.length > 0 ? await writeSecretsFile(temp, settings.secrets) : undefined;
  let deployed: DeployOutcome;
  try {
    deployed = await deploy(wrangler, target, settings, readiness, { tag: ctx.sha, message, secretsFile, vars: settings.vars.map((v) => [v.name, v.value] as const) });
  } finally {
    if (secretsFile) await rm(secretsFile, { force: true });
  }
  const worker = deployed.worker || undefined;
  base.subject = worker ?? base.subject;
  const url = settings.url ?? deploymentUrl(deployed.targets);

  // 3. What serves now, and the GitHub Deployment.
  let liveAfter: LiveDeployment | { problem: string } | undefined;
  let liveChanged: boolean | undefined;
  let versionId = deployed.versionId;
  if (!deployed.ok) {
    log.info(redactor.redact(`Deploy failed: ${deployed.problem}. Reading the live deployment back to tell whether production changed.`));
    liveAfter = deadline.remainingMs() > 1_500 ? await readLive(wrangler, target, worker) : { problem: "no time was left before the action's deadline" };
    ({ liveChanged, versionId } = afterFailedDeploy(before.live, liveAfter, versionId));
  }
  out.set('version-id', versionId ?? '');
  out.set('deployment-url', url ?? '');
  const github = await recordDeployment(c, {
    kind: 'deployment-payload',
    version: 1,
    version_id: versionId ?? null,
    previous_version_id: readiness.target?.versionId ?? null,
    change_type: c.changeType ?? null,
    sha: ctx.sha,
    pull_request: ctx.pullRequest ?? null,
    worker: worker ?? null,
    strategy: settings.strategy,
    percentage: settings.strategy === 'gradual' ? settings.percentage : 100,
    tool: 'change-actions/wrangler-deploy-verify',
  });
  out.set('deployment-id', github?.id ?? '');
  await github?.status('in_progress', { description: `verifying version ${short(versionId ?? 'none')}`, environmentUrl: url, logUrl: ctx.runUrl });

  // 4. Verify: the live deployment read back while the health check runs, then the smoke tests.
  let health: HealthOutcome | undefined;
  let smoke: SmokeResult[] = [];
  let liveMismatch: string | undefined;
  let verdictLive: { problem: string } | { mismatch: string | undefined } | undefined;
  if (deployed.ok) {
    const version: VersionExpectation = { source: settings.versionSource, expected: deployed.versionId, previous: readiness.target?.versionId };
    const pinned = deployed.split.length > 1 ? { 'Cloudflare-Workers-Version-Overrides': `${deployed.worker}="${deployed.versionId}"` } : {};
    const options = verifyOptions(c, pinned);
    const healthPromise = url ? checkHealth(healthCheck(settings, url, version), options) : undefined;
    const [read, checked] = await Promise.all([readLive(wrangler, target, deployed.worker), healthPromise]);
    liveAfter = read;
    health = checked;
    if ('problem' in read) {
      verdictLive = read;
      // What wrangler's output file says it made, since the live state could not be read.
      if (deployed.cloudflareDeploymentId) out.set('cloudflare-deployment-id', deployed.cloudflareDeploymentId);
    } else {
      liveMismatch = judgeLive(deployed.split, read);
      verdictLive = { mismatch: liveMismatch };
      out.set('cloudflare-deployment-id', read.id);
    }
    if (c.suite && url) smoke = await runSmokeTests(c.suite, url, version, options, health?.healthy ? undefined : 'the health check did not pass');
  } else if (liveAfter && !('problem' in liveAfter)) {
    out.set('cloudflare-deployment-id', liveAfter.id);
  }
  const verdict = finalVerdict({
    deploy: deployed.ok ? { ok: true } : { ok: false, problem: deployed.problem, liveChanged },
    ...(verdictLive ? { live: verdictLive } : {}),
    ...(health ? { health } : {}),
    smoke,
    url,
    targets: deployed.targets,
  });

  // 5. Publish: outputs and plan first, then the GitHub status, the summary, and the verdict.
  const plan = rollbackPlan({
    readiness,
    target,
    workingDirectory,
    worker,
    newVersionId: versionId,
    recommended: verdict.recommended,
    trigger: verdict.trigger,
    notes: verdict.healthy ? [] : verdict.reasons,
    now: new Date(),
  });
  await out.plan(plan);
  out.set('smoke-results', JSON.stringify(smoke));
  out.set('healthy', verdict.healthy);
  await github?.status(deploymentState(verdict, deployed.ok), {
    description: verdict.healthy ? `version ${short(versionId ?? '')} healthy` : verdict.headline,
    environmentUrl: url,
    logUrl: ctx.runUrl,
  });
  const report: Report = {
    ...base,
    deploy: deployed.ok ? { ok: true, versionId: deployed.versionId, split: deployed.split } : { ok: false, problem: deployed.problem, versionId },
    live: liveAfter,
    liveMismatch,
    health,
    smoke,
    verdict,
    plan,
    githubDeploymentId: github?.id,
    url,
  };
  await writeSummary(report, redactor);
  logVerdict(report, redactor);
  if (!verdict.healthy) {
    core.setFailed(redactor.redact(`${base.subject}: ${verdict.headline}. ${verdict.reasons.join(' ')}${plan.recommended && plan.command ? ` Roll back: ${plan.command}` : ''}`));
  }
}

/**
 * The live deployment and the newest versions, read side by side (each wrangler call costs about
 * a second); the target itself is looked up only when it is not among the versions listed.
 */
async function readBefore(wrangler: Wrangler, target: WranglerTarget): Promise<{ live: LiveDeployment | null; recent: VersionInfo[]; history?: LiveDeployment[]; targetVersion?: VersionInfo }> {
  const [status, versions] = await Promise.all([
    wrangler.run(wranglerArgs.status(target), { quiet: true }),
    wrangler.run(wranglerArgs.versions(target), { quiet: true }),
  ]);
  const notFound = (call: WranglerCall) => call.failure?.code !== undefined && WORKER_NOT_FOUND_CODES.includes(call.failure.code);
  if (notFound(status) && (versions.ok || notFound(versions))) return { live: null, recent: [] };
  for (const call of [status, versions]) {
    if (!call.ok) {
      throw new Error(`${wrangler.describeFailure(call)}. The rollback target cannot be recorded, so nothing was deployed.`);
    }
  }
  const live = parseDeploymentStatus(status.stdout);
  if (typeof live === 'string') throw new Error(`${live}. The rollback target cannot be recorded, so nothing was deployed.`);
  const recent = parseVersionList(versions.stdout);
  if (typeof recent === 'string') throw new Error(`${recent}. The rollback target cannot be recorded, so nothing was deployed.`);
  // Traffic split now: the target is the last version that served everything, from the history.
  let history: LiveDeployment[] = [];
  if (needsHistory(live)) {
    const list = await wrangler.run(wranglerArgs.history(target), { quiet: true });
    if (!list.ok) throw new Error(`${wrangler.describeFailure(list)}. Traffic is split, so the rollback target comes from the deployment history, which cannot be read: nothing was deployed.`);
    const parsed = parseDeploymentList(list.stdout);
    if (typeof parsed === 'string') throw new Error(`${parsed}. The rollback target cannot be recorded, so nothing was deployed.`);
    history = parsed;
  }
  const lookUp = targetToLookUp(live, recent, history);
  if (lookUp === undefined) return { live, recent, history };
  const view = await wrangler.run(wranglerArgs.view(target, lookUp), { quiet: true });
  if (notFound(view)) return { live, recent, history };
  if (!view.ok) throw new Error(`${wrangler.describeFailure(view)}. The rollback target cannot be checked, so nothing was deployed.`);
  const targetVersion = parseVersionView(view.stdout);
  if (typeof targetVersion === 'string') throw new Error(`${targetVersion}. The rollback target cannot be checked, so nothing was deployed.`);
  return { live, recent, history, targetVersion };
}

async function readLive(wrangler: Wrangler, target: WranglerTarget, worker: string | undefined): Promise<LiveDeployment | { problem: string }> {
  try {
    const call = await wrangler.run(wranglerArgs.status(target, worker), { quiet: true });
    if (!call.ok) return { problem: wrangler.describeFailure(call) };
    const live = parseDeploymentStatus(call.stdout);
    return typeof live === 'string' ? { problem: live } : live;
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
}

async function deploy(
  wrangler: Wrangler,
  target: WranglerTarget,
  settings: Settings,
  readiness: Readiness,
  upload: Parameters<typeof wranglerArgs.deploy>[1],
): Promise<DeployOutcome> {
  const reserveMs = reserveFor(settings);
  const previous = readiness.target?.versionId;
  if (settings.strategy === 'deploy' || previous === undefined) {
    if (settings.strategy === 'gradual') {
      log.warning('strategy gradual needs a version already serving to share traffic with; this first deploy serves the new version at 100 %');
    }
    const call = await wrangler.run(wranglerArgs.deploy(target, upload), { reserveMs });
    const made = uploadedVersion(call.entries, 'deploy');
    if (!call.ok || !made) {
      const problem = call.ok ? 'wrangler deploy exited 0 but its output file has no deploy entry with a version id' : wrangler.describeFailure(call);
      return { ok: false, problem, ...(made ? { versionId: made.versionId, worker: made.workerName } : {}), targets: made?.targets ?? [] };
    }
    return { ok: true, versionId: made.versionId, worker: made.workerName, targets: made.targets, split: [{ versionId: made.versionId, percentage: 100 }] };
  }
  const up = await wrangler.run(wranglerArgs.upload(target, upload), { reserveMs });
  const made = uploadedVersion(up.entries, 'version-upload');
  if (!up.ok || !made) {
    return { ok: false, problem: up.ok ? 'wrangler versions upload exited 0 but its output file has no version id' : wrangler.describeFailure(up), targets: [] };
  }
  const split: TrafficShare[] =
    settings.percentage === 100
      ? [{ versionId: made.versionId, percentage: 100 }]
      : [
          { versionId: made.versionId, percentage: settings.percentage },
          { versionId: previous, percentage: 100 - settings.percentage },
        ];
  const call = await wrangler.run(wranglerArgs.versionsDeploy(target, made.workerName, split, upload.message), { reserveMs });
  const deployment = versionDeployment(call.entries);
  if (!call.ok) {
    return { ok: false, problem: `version ${made.versionId} was uploaded but not deployed: ${wrangler.describeFailure(call)}`, versionId: made.versionId, worker: made.workerName, targets: [] };
  }
  return {
    ok: true,
    versionId: made.versionId,
    worker: made.workerName,
    targets: [],
    split,
    ...(deployment ? { cloudflareDeploymentId: deployment.deploymentId } : {}),
  };
}

function healthCheck(settings: Settings, url: string, version: VersionExpectation): HealthCheck {
  return {
    url: settings.healthUrl.startsWith('/') ? url + settings.healthUrl : settings.healthUrl,
    expect: {
      status: settings.healthExpectedStatus,
      ...(settings.healthExpectedJson.length > 0 ? { json: settings.healthExpectedJson } : {}),
      ...(settings.healthExpectedBody ? { bodyContains: settings.healthExpectedBody } : {}),
    },
    version,
    windowMs: settings.healthTimeoutSeconds * 1000,
  };
}

function verifyOptions(c: Common, headers: Record<string, string>): VerifyOptions {
  return { headers, requestTimeoutMs: c.settings.requestTimeoutSeconds * 1000, retryBaseMs: retryBaseMs(), deadline: c.deadline, redactor: c.redactor, logger: log };
}

/** strategy verify: deploy nothing; the named version must be the one answering at url, healthy. */
async function verifyOnly(c: Common): Promise<void> {
  const { settings, out, redactor } = c;
  const url = settings.url!;
  const versionId = settings.versionId!;
  const version: VersionExpectation = { source: settings.versionSource, expected: versionId };
  const options = verifyOptions(c, {});
  const health = await checkHealth(healthCheck(settings, url, version), options);
  const smoke = c.suite ? await runSmokeTests(c.suite, url, version, options, health.healthy ? undefined : 'the health check did not pass') : [];
  const verdict = deployVerdict({ deploy: { ok: true }, health, smoke });
  const readiness: Readiness = { decision: 'none', target: null, reasons: ['strategy verify deploys nothing, so there is no rollback to prepare'], caveats: [] };
  const plan = rollbackPlan({
    readiness,
    target: { config: settings.config, environment: settings.environment },
    workingDirectory: workspaceRelative(settings.workingDirectory) || '.',
    newVersionId: versionId,
    trigger: verdict.trigger,
    notes: verdict.healthy ? [] : verdict.reasons,
    now: new Date(),
  });
  out.set('version-id', versionId);
  out.set('deployment-url', url);
  await out.plan(plan);
  out.set('smoke-results', JSON.stringify(smoke));
  out.set('healthy', verdict.healthy);
  const report: Report = {
    subject: url,
    environment: settings.environment ?? 'production',
    strategy: 'verify',
    percentage: 100,
    changeType: c.changeType,
    pullRequest: c.ctx.pullRequest,
    sha: c.ctx.sha,
    health,
    smoke,
    smokeFile: c.suite?.file,
    verdict,
    plan,
    url,
  };
  await writeSummary(report, redactor);
  logVerdict(report, redactor);
  if (!verdict.healthy) core.setFailed(redactor.redact(`${url}: ${verdict.headline}. ${verdict.reasons.join(' ')}`));
}

/** The freezes that stand for this environment; none when input deploy-freeze is off. Fails closed. */
async function deployFreeze(c: Common): Promise<Freeze[]> {
  if (!c.settings.freezeCheck) return [];
  if (!c.settings.token || !c.ctx.owner || !c.ctx.repo) {
    throw new UserError('input deploy-freeze is check but there is no token (input token) or GITHUB_REPOSITORY to read the freeze with; give one, or set deploy-freeze: off');
  }
  try {
    // Loaded only when the freeze is read: the issue reader and the contract stay out of every other run.
    const { readFreezes } = await import('./freeze.ts');
    return await readFreezes({ token: c.settings.token, owner: c.ctx.owner, repo: c.ctx.repo, environment: c.settings.environment ?? null, deadline: c.deadline });
  } catch (error) {
    if (c.changeType === 'emergency') {
      log.warning(`the deploy freeze could not be read (${messageOf(error)}); this emergency change deploys anyway`);
      return [];
    }
    throw new Error(`the deploy freeze could not be read, so nothing was deployed (set deploy-freeze: off to deploy without looking, or change-type: emergency): ${messageOf(error)}`, { cause: error });
  }
}

async function recordDeployment(c: Common, payload: DeploymentPayload): Promise<GitHubDeployment | undefined> {
  if (!c.settings.githubDeployment) return undefined;
  if (!c.settings.token) {
    log.warning('input token is empty: no GitHub Deployment is recorded');
    return undefined;
  }
  if (!c.ctx.owner || !c.ctx.repo) {
    log.warning('GITHUB_REPOSITORY is not set: no GitHub Deployment is recorded');
    return undefined;
  }
  let client: GitHubClient | undefined;
  const github = async () => {
    if (!client) {
      const { createGitHubClient } = await import('@change-actions/action-kit/github');
      client = await createGitHubClient({ token: c.settings.token, deadline: c.deadline, attemptTimeoutMs: 15_000 });
    }
    return client;
  };
  return GitHubDeployment.create(github, { owner: c.ctx.owner, repo: c.ctx.repo }, {
    sha: c.ctx.sha,
    environment: c.settings.environment ?? 'production',
    description: `${payload.change_type ?? 'unclassified'} change: version ${short(payload.version_id ?? 'none')}`,
    payload,
  });
}

async function readChangeRecord(path: string): Promise<DeployFacts> {
  const { ContractError, changeRecordContract, deployFacts } = await import('@change-actions/change-record');
  const { readContractFile } = await import('@change-actions/change-record/files');
  try {
    return deployFacts(readContractFile(changeRecordContract, path));
  } catch (error) {
    if (error instanceof ContractError) throw new UserError(`input change-record: ${error.message}`);
    throw error;
  }
}

function chooseChangeType(input: ChangeType | undefined, record: DeployFacts | undefined, deploying: boolean): ChangeType | undefined {
  if (input && record?.changeType && input !== record.changeType) {
    throw new UserError(`input change-type says ${input} but the change record says ${record.changeType}; give one of them, or make them agree`);
  }
  const type = input ?? record?.changeType;
  if (!type && deploying) log.warning('the change type is unknown (inputs change-type and change-record are empty): the version and the GitHub Deployment say "unclassified"');
  return type;
}

async function readSmokeSuite(path: string): Promise<SmokeSuite> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UserError(`input smoke-tests: ${path} cannot be read (${error.code ?? error.message})`);
  });
  const { parseSmokeFile, FileError } = await import('@change-actions/deploy-verify/parse');
  try {
    return parseSmokeFile(text, workspaceRelative(path));
  } catch (error) {
    if (error instanceof FileError) {
      for (const p of error.problems) {
        log.error(p.message, { title: 'Invalid smoke test file', file: p.file, ...(p.line ? { startLine: p.line } : {}), ...(p.column ? { startColumn: p.column } : {}) });
      }
      throw new UserError(`the smoke test file cannot be used, so nothing was deployed:\n${error.message}`);
    }
    throw error;
  }
}
