/**
 * auto-revert-on-threshold: on a breached or failed watch, a failed deploy verification or a
 * person's dispatch, restore the version the deploy recorded and prove it serves (track 1), then
 * bring the base branch back in line with a revert (track 2); open the incident issue, freeze
 * deploys until a person acknowledges, mark the deployment failed, and say what happened in order.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { Deadline, Git, UserError, coreLogger as log, loadPolicy, runAction, type Outputs } from '@change-actions/action-kit';
import { ContractError, INCIDENT_LABEL, incidentContract, monitorVerdictContract, rollbackPlanContract, type Incident, type MonitorVerdict, type RollbackPlan } from '@change-actions/change-record';
import { Redactor, secretForms, short } from '@change-actions/deploy-verify';
import { defaultPolicy, type RollbackPolicy } from '@change-actions/policy';
import { Timeline, decide, incidentBody, incidentLabels, incidentTitle, liveState, loopGuard, rollbackMessage, secondsBetween, statusPageNote, type IncidentIssue } from '@change-actions/rollback';
import { Wrangler, locateWrangler } from '@change-actions/wrangler';
import { GitHub, PAGE_LABEL } from './github.ts';
import { fetchBase, resolveRef, revertOnBase, useToken, type RevertOutcome } from './git.ts';
import { writeReport } from './report.ts';
import { readLive, restore, verifyRestore, type RestoreResult, type Verification } from './restore.ts';
import { readSettings, type Settings } from './settings.ts';

type Output = 'rolled-back' | 'target-version-id' | 'revert-pr' | 'incident' | 'time-to-restore-seconds' | 'outcome' | 'incident-file' | 'status-page-note' | 'revert-sha';

const FALLBACK: Record<Output, string> = {
  'rolled-back': 'false',
  'target-version-id': '',
  'revert-pr': '',
  incident: '',
  'time-to-restore-seconds': '',
  outcome: 'failed',
  'incident-file': '',
  'status-page-note': '',
  'revert-sha': '',
};

export function run(): Promise<void> {
  return runAction<Output>(FALLBACK, (outputs) => rollBack(readSettings(), outputs));
}

function retryBaseMs(): number {
  const value = Number(process.env['CHANGE_ACTIONS_RETRY_BASE_MS'] ?? '1000');
  return Number.isFinite(value) && value >= 0 ? value : 1000;
}

function readContract<T>(input: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ContractError) throw new UserError(`input ${input}: ${error.message}`);
    throw error;
  }
}

async function rollBack(settings: Settings, outputs: Outputs<Output>): Promise<void> {
  const timeline = new Timeline();
  const token = settings.cloudflareApiToken ?? process.env['CLOUDFLARE_API_TOKEN'] ?? '';
  const redactor = new Redactor([token, settings.githubToken].filter((t) => t.length >= 8));
  for (const t of [token, settings.githubToken]) if (t) for (const form of secretForms(t)) core.setSecret(form);
  useToken(process.env['GITHUB_SERVER_URL'], settings.githubToken);

  const { readContractFile, writeContractFile } = await import('@change-actions/change-record/files');
  const plan: RollbackPlan = readContract('rollback-plan', () => readContractFile(rollbackPlanContract, settings.rollbackPlan));
  const verdict: MonitorVerdict | undefined = settings.verdictFile ? readContract('verdict-file', () => readContractFile(monitorVerdictContract, settings.verdictFile!)) : undefined;
  const detectedAt = verdict ? new Date(verdict.recorded_at) : new Date();
  timeline.add(verdict ? `monitor verdict ${verdict.verdict} for version ${verdict.version_id}: ${verdict.reason}` : `trigger ${settings.trigger}${settings.reason ? `: ${settings.reason}` : ''}`, detectedAt);

  const [owner = '', repo = ''] = (process.env['GITHUB_REPOSITORY'] ?? '').split('/');
  const rootCause = settings.sha ?? process.env['GITHUB_SHA'] ?? null;
  const policy = await readPolicy(settings, owner, repo);
  const deadline = new Deadline(settings.timeoutSeconds ?? policy.deadlineSeconds);
  const github = settings.githubToken && owner && repo ? new GitHub(settings.githubToken, { owner, repo }, deadline) : undefined;
  const service = plan.worker ?? verdict?.service ?? '';
  const environment = plan.environment ?? verdict?.environment ?? null;
  const runUrl = process.env['GITHUB_SERVER_URL'] && owner && process.env['GITHUB_RUN_ID'] ? `${process.env['GITHUB_SERVER_URL']}/${owner}/${repo}/actions/runs/${process.env['GITHUB_RUN_ID']}` : undefined;

  const decision = decide({ verdict, trigger: settings.trigger, reason: settings.reason, plan, policy });
  const report = { settings, timeline, redactor, service, environment, plan, verdict };
  if (decision.action === 'none') {
    timeline.add(`nothing to do: ${decision.reason}`);
    outputs.set('outcome', 'none');
    await writeReport({ ...report, headline: 'no rollback: nothing is wrong' });
    return;
  }
  outputs.set('target-version-id', decision.targetVersionId ?? '');
  if (!service) throw new UserError(`input rollback-plan: ${settings.rollbackPlan} names no Worker (worker is null): the deploy did not get as far as naming it, so nothing can be rolled back automatically`);
  if (!github && !settings.dryRun) throw new UserError('input github-token is empty (or GITHUB_REPOSITORY unset): the loop guard reads the incident issues, and an automatic rollback without one is refused');

  const page = async (why: string): Promise<void> => {
    timeline.add(`a person decides: ${why}`);
    outputs.set('outcome', 'paged');
    if (github && !settings.dryRun) {
      const issue = await github.createIssue(
        `Rollback needs a decision: ${service} (${environment ?? 'production'}) after ${decision.trigger}`,
        `${why}\n\n- Bad version: \`${decision.badVersionId ?? 'unknown'}\`\n- Recorded target: \`${decision.targetVersionId ?? 'none'}\`\n- Root cause: ${rootCause ? `\`${rootCause}\`` : 'unknown'}${runUrl ? `\n- Run: ${runUrl}` : ''}\n\nNothing was changed automatically. Roll back by hand with the plan's command (never \`wrangler rollback\` without a version id), or fix forward.`,
        [PAGE_LABEL],
      );
      timeline.add(`paged: issue #${issue.number}`);
      outputs.set('incident', issue.number);
    }
    await writeReport({ ...report, headline: 'no automatic rollback: a person decides' });
    core.setFailed(redactor.redact(`No automatic rollback: ${why}`));
  };

  if (decision.action === 'page') return page(decision.reason);

  // Loop guard, and a rerun of this same rollback.
  const issues: IncidentIssue[] = github ? await github.incidents() : [];
  const guard = loopGuard({ issues, service, environment, badVersionId: decision.badVersionId, now: new Date(), windowMinutes: policy.loopWindowMinutes });
  if (!guard.allowed) return page(guard.reason);
  const existing = guard.existing;
  if (existing) timeline.add(`incident #${existing.number} is this rollback's, from an earlier run: it is reused`);

  const temp = await mkdtemp(join(process.env['RUNNER_TEMP'] || tmpdir(), 'auto-revert-'));
  try {
    const install = await locateWrangler(settings.workingDirectory, undefined, deadline, process.env, { logger: log });
    const env = { ...process.env, ...(token ? { CLOUDFLARE_API_TOKEN: token } : {}), ...(settings.cloudflareAccountId ? { CLOUDFLARE_ACCOUNT_ID: settings.cloudflareAccountId } : {}) };
    const wrangler = new Wrangler({ install, cwd: settings.workingDirectory, temp, env, deadline, redactor, logger: log });
    const target = { config: settings.config, environment: plan.environment ?? undefined };
    const targetId = decision.targetVersionId;

    // The live state first: a rerun after a success, or a deploy that happened meanwhile.
    const before = await readLive(wrangler, target, service);
    if ('problem' in before) return page(`the live deployment cannot be read before acting (${before.problem}): nothing was changed`);
    const state = liveState(before, targetId, decision.badVersionId);
    timeline.add(`live before: deployment ${before.id} serves ${before.versions.map((v) => `${v.versionId} at ${v.percentage} %`).join(', ')} (${state})`);
    if (state === 'other') {
      return page(`the live deployment serves ${before.versions.map((v) => `${short(v.versionId)} at ${v.percentage} %`).join(', ')}: neither the bad version ${short(decision.badVersionId ?? 'unknown')} nor the target ${short(targetId)}. Another deploy happened since; rolling back would undo it blindly`);
    }

    // The incident issue: opened before acting, so the revert can name it.
    const startedAt = new Date();
    let incident: Incident = {
      kind: 'incident',
      version: 1,
      service,
      environment,
      trigger: decision.trigger,
      reason: decision.reason,
      root_cause_sha: rootCause,
      deployment: { id: settings.deploymentId ?? null, version_id: decision.badVersionId, previous_version_id: targetId },
      breaches: decision.breaches,
      rollback: { outcome: settings.dryRun ? 'dry-run' : 'not-attempted', verified: false, target_version_id: targetId, attempts: 0, reason: 'in progress' },
      revert: { outcome: 'not-attempted', branch: null, pull_request: null, sha: null, reason: 'in progress' },
      times: { deployed_at: plan.recorded_at, detected_at: detectedAt.toISOString(), rollback_started_at: startedAt.toISOString(), restored_at: null, time_to_restore_seconds: null },
      dry_run: settings.dryRun,
      recorded_at: startedAt.toISOString(),
    };
    if (existing) incident = { ...existing.incident, dry_run: settings.dryRun };
    if (rootCause && github && !existing) {
      const author = await github.commitAuthor(rootCause);
      if (author) incident.root_cause_author = author;
    }
    let issueNumber = existing?.number ?? null;
    if (github && !existing) {
      const labels = settings.dryRun ? [INCIDENT_LABEL] : incidentLabels();
      const issue = await github.createIssue(incidentTitle(incident), incidentBody({ ...incident, issue: null }, timeline.entries), labels);
      issueNumber = issue.number;
      timeline.add(`incident issue #${issue.number} opened${settings.dryRun ? ' (dry run: no freeze)' : '; deploys of this service and environment are frozen'}`);
    }
    incident.issue = issueNumber;
    outputs.set('incident', issueNumber ?? '');

    // Track 1.
    let restored: RestoreResult;
    if (state === 'restored') {
      restored = { outcome: 'restored', attempts: 0, reason: `the live deployment already serves ${targetId} at 100 %: nothing was changed` };
      timeline.add(restored.reason);
    } else if (settings.dryRun) {
      restored = { outcome: 'restored', attempts: 0, reason: 'dry run: production was not changed' };
      timeline.add(`dry run: would run wrangler rollback ${targetId} --message "${rollbackMessage({ targetVersionId: targetId, badVersionId: decision.badVersionId, trigger: decision.trigger, incident: issueNumber ?? undefined })}"`);
    } else {
      restored = await restore({
        wrangler,
        target,
        worker: service,
        versionId: targetId,
        message: rollbackMessage({ targetVersionId: targetId, badVersionId: decision.badVersionId, trigger: decision.trigger, incident: issueNumber ?? undefined }),
        retries: policy.retries,
        retryBaseMs: retryBaseMs(),
        deadline,
        timeline,
      });
    }
    let verification: Verification = { verified: false, reason: restored.reason };
    if (restored.outcome === 'restored' && !settings.dryRun) {
      verification = await verifyRestore({
        wrangler,
        target,
        worker: service,
        versionId: targetId,
        url: settings.healthUrl.startsWith('/') ? settings.url + settings.healthUrl : settings.healthUrl,
        versionSource: settings.versionSource,
        healthWindowMs: policy.healthTimeoutSeconds * 1000,
        retryBaseMs: retryBaseMs(),
        deadline,
        redactor,
        timeline,
      });
    }
    const verified = verification.verified && !settings.dryRun;
    const restoredAt = verified ? (state === 'restored' && existing?.incident.times.restored_at ? new Date(existing.incident.times.restored_at) : verification.restoredAt!) : undefined;
    const notes: string[] = [];
    if (restored.secretsChanged) {
      notes.push(
        `Secrets changed since version ${targetId} (${restored.secretsChanged.join(', ')}): Cloudflare asked to confirm (API error 10220) and the rollback went ahead, so the restored version runs with the secret values it was made with. If one of them was rotated because it leaked, rotate it again now.`,
      );
      log.warning(notes.at(-1)!);
    }
    incident.rollback = {
      outcome: settings.dryRun ? 'dry-run' : verified ? 'restored' : restored.outcome === 'refused' ? 'refused' : 'failed',
      verified,
      target_version_id: targetId,
      attempts: (existing?.incident.rollback.attempts ?? 0) + restored.attempts,
      reason: settings.dryRun ? restored.reason : verified ? `${restored.reason}; ${verification.reason}` : verification.reason,
    };
    if (restoredAt) {
      incident.times.restored_at = restoredAt.toISOString();
      incident.times.time_to_restore_seconds = secondsBetween(incident.times.detected_at, incident.times.restored_at);
    }
    outputs.set('rolled-back', verified);
    outputs.set('time-to-restore-seconds', incident.times.time_to_restore_seconds ?? '');

    // Track 2: only once production is restored, so that main matches what serves.
    let revert: RevertOutcome;
    if (!settings.revert) revert = { outcome: 'not-attempted', reason: 'input revert is false' };
    else if (!rootCause) revert = { outcome: 'not-attempted', reason: 'no root-cause commit (input sha, GITHUB_SHA)' };
    else if (!verified && !settings.dryRun) revert = { outcome: 'not-attempted', reason: 'production was not restored, so main is left as it is: a person decides' };
    else revert = await revertOnBase({ repository: settings.repositoryPath, sha: rootCause, baseBranch: settings.baseBranch, directPush: policy.directPush, reason: incident.reason, targetVersionId: targetId, incident: issueNumber, dryRun: settings.dryRun });
    incident.revert = await recordRevert(revert, { github, settings, issueNumber, timeline, incident });
    if (incident.revert.pull_request) outputs.set('revert-pr', incident.revert.pull_request);
    outputs.set('revert-sha', incident.revert.sha ?? '');

    // Records: the deployment, the incident file and issue, the outputs.
    // The deploy was bad whatever the rollback did: its deployment is a failure.
    if (!settings.dryRun && settings.deploymentId && github) {
      const marked = await github.deploymentFailed(settings.deploymentId, verified ? `rolled back to ${short(targetId)}: ${decision.trigger}` : `${decision.trigger}; rollback ${incident.rollback.outcome}`, runUrl);
      if (marked) timeline.add(`GitHub Deployment ${settings.deploymentId} marked failure`);
    }
    incident.recorded_at = new Date().toISOString();
    writeContractFile(incidentContract, settings.incidentFile, incident, (text) => redactor.redact(text));
    outputs.set('incident-file', settings.incidentFile);
    if (github && issueNumber !== null) await github.updateIssue(issueNumber, incidentTitle(incident), redactor.redact(incidentBody(incident, timeline.entries, notes)));
    const note = statusPageNote(incident);
    outputs.set('status-page-note', note);
    outputs.set('outcome', settings.dryRun ? 'dry-run' : verified ? 'restored' : incident.rollback.outcome);
    await writeReport({ ...report, headline: settings.dryRun ? 'dry run: nothing was changed' : verified ? `rolled back to ${short(targetId)}, verified` : `NOT rolled back: ${incident.rollback.outcome}`, incident, notes, verification });
    if (!verified && !settings.dryRun) core.setFailed(redactor.redact(`${service}: not rolled back (${incident.rollback.outcome}): ${incident.rollback.reason}${issueNumber ? ` See incident #${issueNumber}.` : ''}`));
    else if (incident.revert.outcome === 'conflict' || incident.revert.outcome === 'failed') log.warning(redactor.redact(`Production is restored, but ${settings.baseBranch} is not in line: ${incident.revert.reason}`));
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

async function recordRevert(revert: RevertOutcome, c: { github: GitHub | undefined; settings: Settings; issueNumber: number | null; timeline: Timeline; incident: Incident }): Promise<Incident['revert']> {
  switch (revert.outcome) {
    case 'pushed':
      c.timeline.add(revert.existed ? `${c.settings.baseBranch} already holds the revert ${revert.sha.slice(0, 12)}` : `revert ${revert.sha.slice(0, 12)} pushed to ${revert.branch}`);
      return { outcome: 'pushed', branch: revert.branch, pull_request: null, sha: revert.sha, reason: revert.existed ? `${c.settings.baseBranch} already holds the revert` : `pushed directly to ${revert.branch} (policy rollback.direct-push)` };
    case 'pull-request-branch': {
      if (!c.github) return { outcome: 'failed', branch: revert.branch, pull_request: null, sha: revert.sha, reason: 'the revert branch was pushed but no GitHub token can open its pull request' };
      const header = revert.message.split('\n')[0] || `fix: revert ${c.incident.root_cause_sha?.slice(0, 12) ?? ''}`;
      const body = `${revert.message.split('\n').slice(2).join('\n').trim() || `Reverts ${c.incident.root_cause_sha}.`}\n\nOpened by auto-revert-on-threshold after the automatic rollback${c.issueNumber ? ` (incident #${c.issueNumber})` : ''}. Review and merge it to bring ${c.settings.baseBranch} back in line with production.`;
      const pr = await c.github.pullRequest(revert.branch, c.settings.baseBranch, header, body);
      c.timeline.add(pr.existed ? `revert pull request #${pr.number} already open` : `revert ${revert.sha.slice(0, 12)} pushed to ${revert.branch}; pull request #${pr.number} opened`);
      return { outcome: 'pull-request', branch: revert.branch, pull_request: pr.number, sha: revert.sha, reason: `pull request #${pr.number} into ${c.settings.baseBranch}` };
    }
    case 'conflict':
      c.timeline.add(`revert: ${revert.reason}`);
      return { outcome: 'conflict', branch: null, pull_request: null, sha: null, reason: revert.reason };
    case 'dry-run':
      c.timeline.add(`dry run: would push the revert to ${revert.branch}: ${revert.message.split('\n')[0]}`);
      return { outcome: 'dry-run', branch: revert.branch, pull_request: null, sha: null, reason: `dry run: ${revert.message.split('\n')[0]}` };
    default:
      c.timeline.add(`revert ${revert.outcome}: ${revert.reason}`);
      return { outcome: revert.outcome, branch: null, pull_request: null, sha: null, reason: revert.reason };
  }
}

/** The policy's rollback section from the base branch at a resolved commit; the procedure's defaults without a file. */
async function readPolicy(settings: Settings, owner: string, repo: string): Promise<RollbackPolicy> {
  const git = new Git(settings.repositoryPath);
  // The policy at the base branch's tip as the remote has it now, at a resolved commit.
  if (!(await fetchBase(settings.repositoryPath, settings.baseBranch))) log.info(`git fetch of ${settings.baseBranch} failed: the policy is read at the checkout's origin/${settings.baseBranch}`);
  const ref = await resolveRef(settings.repositoryPath, `refs/remotes/origin/${settings.baseBranch}`);
  if (!ref) {
    log.info(`No refs/remotes/origin/${settings.baseBranch} in ${settings.repositoryPath}: the procedure's rollback defaults apply`);
    return defaultPolicy.rollback;
  }
  const loaded = await loadPolicy({ owner, repo, ref }, { git, github: async () => { throw new UserError('the policy is read from the local checkout'); } });
  log.info(`Policy: ${loaded.source.kind === 'file' ? `${loaded.source.path} at ${ref.slice(0, 12)}` : `the procedure's defaults (no policy file at ${ref.slice(0, 12)})`}`);
  return loaded.policy.rollback;
}
