/**
 * The gate on a pull request: gather, evaluate, act, report. The check run is the verdict GitHub
 * enforces, so it is written last among the things the verdict depends on (the retrospective
 * issue of an emergency) and first among the reports; when it cannot be written the step fails.
 * Dismissing stale reviews comes after, best effort. The step fails unless approved, after every
 * output and the check run are written.
 */
import * as core from '@actions/core';
import { coreLogger as log, Deadline, Git, messageOf, UserError, type Outputs, type WorkflowEvent } from '@change-actions/action-kit';
import type { GitHubClient } from '@change-actions/action-kit/github';
import { evaluateGate } from '@change-actions/gate';
import { call, within, type GitHubApi } from './api.ts';
import { gatherPullRequest, type Gathered, type Progress } from './gather.ts';
import { checkRunOutput, failureMessage, logRules, writeGateSummary, type ReportContext } from './report.ts';
import { conclusionOf, gatherFailed, isApproved, stepFailed, type ReportedResult } from './result.ts';
import { openRetrospective } from './retrospective.ts';
import type { Output } from './run.ts';
import type { Settings } from './settings.ts';

export const GATE_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review'] as const;

export async function runGate(settings: Settings, event: WorkflowEvent, outputs: Outputs<Output>, api: GitHubApi): Promise<void> {
  const number = event.number;
  if (number === undefined) {
    throw new UserError(`the ${event.eventName} event names no pull request; the gate judges pull requests`);
  }
  const { owner, repo } = event;
  // The run's deadline; gathering gets all but a reserve kept for writing the check run.
  const deadline = new Deadline(settings.timeoutSeconds);
  const reserve = Math.min(30, Math.max(1, settings.timeoutSeconds * 0.2));
  const gathering = new Deadline(settings.timeoutSeconds - reserve);
  const gatherClient = () => api.client(gathering, true);
  const reportClient = () => api.client(deadline, false);

  const progress: Progress = {};
  let gathered: Gathered | undefined;
  let failure: unknown;
  try {
    gathered = await within(
      gathering,
      'gathering the pull request',
      gatherPullRequest(
        { owner, repo, number, github: gatherClient, git: new Git(settings.repositoryPath), policyPath: settings.policyPath, checkName: settings.checkName, now: settings.now },
        progress,
      ),
    );
  } catch (error) {
    failure = error;
  }

  let result: ReportedResult = gathered === undefined ? gatherFailed(failure) : evaluateGate(gathered.policy.gate, gathered.record, gathered.snapshot, settings.now);
  const headSha = gathered?.snapshot.headSha ?? progress.headSha ?? event.head.sha ?? '';

  // An emergency let through must be trackable: without its retrospective issue it does not pass.
  const retrospective = result.retrospective;
  if (gathered !== undefined && isApproved(result) && retrospective !== undefined && retrospective.issue === undefined) {
    try {
      // Part of the verdict, so within the gathering deadline: the reserve is the check run's.
      const opening = openRetrospective(await gatherClient(), { owner, repo, number, title: gathered.title, policy: gathered.policy.gate, retrospective, headSha });
      const opened = await within(gathering, 'opening the retrospective issue', opening);
      result = { ...result, retrospective: { ...retrospective, issue: opened.number, url: opened.url } };
    } catch (error) {
      result = stepFailed(result, 'retrospective-issue', `the emergency was authorised, but its retrospective issue could not be opened, so it cannot be tracked and does not pass: ${messageOf(error)}`);
    }
  }

  const context: ReportContext = {
    repository: `${owner}/${repo}`,
    number,
    ...(headSha !== '' ? { headSha } : {}),
    ...(progress.policy !== undefined ? { policy: progress.policy } : {}),
    ...(gathered !== undefined ? { record: gathered.record, via: gathered.via } : {}),
    apiCalls: api.calls,
    evaluatedAt: settings.now,
    notes: gathered?.notes ?? [],
  };

  let checkRun: { id: number; url: string } | undefined;
  let checkFailure: string | undefined;
  if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(headSha)) {
    checkFailure = 'the head commit of the pull request is not known, so there is nothing to write the check run on';
  } else {
    try {
      const name = checkNameFor(settings.checkName, gathered?.baseRef ?? event.base.ref ?? '', gathered?.defaultBranch ?? event.defaultBranch);
      const binding = gathered === undefined ? undefined : `pull/${number} base/${gathered.baseRef}@${gathered.baseSha} policy/${progress.policy ?? 'unknown'}`;
      const writing = createCheckRun(await reportClient(), { ...settings, checkName: name }, { owner, repo, headSha }, result, { ...context, apiCalls: api.calls }, binding);
      checkRun = await within(deadline, `writing the check run "${settings.checkName}"`, writing);
    } catch (error) {
      checkFailure = `the check run "${settings.checkName}" could not be written on ${headSha.slice(0, 12)}, so GitHub has no verdict to enforce: ${messageOf(error)}`;
    }
  }
  if (checkFailure !== undefined) result = stepFailed(result, 'check-run', checkFailure);

  outputs.set('approved', isApproved(result));
  outputs.set('status', result.status);
  outputs.set('result', JSON.stringify(result));
  outputs.set('check-run-id', checkRun === undefined ? '' : String(checkRun.id));
  logRules(result);

  const actions: string[] = [];
  if (gathered !== undefined && result.staleReviews.length > 0) {
    actions.push(...(await dismissStale(await reportClient(), deadline, { owner, repo, number, headSha }, result.staleReviews)));
  }
  await writeGateSummary(result, { ...context, apiCalls: api.calls, actions, ...(checkRun !== undefined ? { checkRunUrl: checkRun.url } : {}) });

  // A policy or event the caller got wrong is reported the caller's way (annotations, the message).
  if (failure !== undefined) throw failure;
  if (checkFailure !== undefined) throw new Error(checkFailure);
  if (!isApproved(result)) core.setFailed(failureMessage(result));
}

/**
 * The name of the check run a verdict is written as. A required check is matched by name on the
 * head commit, whatever pull request wrote it, and one head can be proposed into several bases: a
 * verdict under another base's policy (a scratch branch with a permissive one) must not satisfy
 * the check the default branch requires. So the name carries the base unless it is the default
 * branch; a branch other than the default that requires the gate requires `<name> (<base>)`.
 */
export function checkNameFor(checkName: string, baseRef: string, defaultBranch: unknown): string {
  return typeof defaultBranch === 'string' && defaultBranch !== '' && baseRef === defaultBranch ? checkName : `${checkName} (${baseRef || 'unknown base'})`;
}

async function createCheckRun(
  github: GitHubClient,
  settings: Settings,
  target: { owner: string; repo: string; headSha: string },
  result: ReportedResult,
  context: ReportContext,
  binding: string | undefined,
): Promise<{ id: number; url: string }> {
  const server = process.env['GITHUB_SERVER_URL'];
  const runId = process.env['GITHUB_RUN_ID'];
  const detailsUrl = server && runId ? `${server}/${target.owner}/${target.repo}/actions/runs/${runId}` : undefined;
  const { data } = await call(`writing the check run "${settings.checkName}"`, 'checks: write', () =>
    github.rest.checks.create({
      owner: target.owner,
      repo: target.repo,
      name: settings.checkName,
      head_sha: target.headSha,
      status: 'completed',
      conclusion: conclusionOf(result.status),
      completed_at: new Date().toISOString(),
      external_id: (binding ?? `pull/${context.number}`).slice(0, 1000),
      ...(detailsUrl !== undefined ? { details_url: detailsUrl } : {}),
      output: checkRunOutput(result, context),
    }),
  );
  return { id: data.id, url: data.html_url ?? '' };
}

/** Dismisses stale approvals so GitHub's own view agrees with the gate; a failure is only a warning. */
async function dismissStale(
  github: GitHubClient,
  deadline: Deadline,
  target: { owner: string; repo: string; number: number; headSha: string },
  reviews: readonly number[],
): Promise<string[]> {
  const lines: string[] = [];
  for (const id of reviews) {
    try {
      const dismissing = github.rest.pulls.dismissReview({
        owner: target.owner,
        repo: target.repo,
        pull_number: target.number,
        review_id: id,
        message: `security-review-gate (gate.stale-approvals): this approval was given on an earlier commit than the head ${target.headSha.slice(0, 12)} and no longer counts; review the head to approve again.`,
        event: 'DISMISS',
      });
      await within(deadline, `dismissing the stale review ${id}`, dismissing);
      lines.push(`dismissed the stale review ${id}`);
    } catch (error) {
      const message = `the stale review ${id} could not be dismissed (${messageOf(error)}); it does not count either way. Grant pull-requests: write to dismiss stale reviews.`;
      log.warning(message);
      lines.push(message);
    }
  }
  return lines;
}
