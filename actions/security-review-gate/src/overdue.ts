/**
 * The scheduled mode: emergency changes whose retrospective approval is overdue. Reads every
 * retrospective issue, who approved each (closing it as completed, or the approval label) and who
 * made each change, lets the engine judge them, escalates each overdue one once (label, comment
 * naming the roles it is escalated to), lists them all in the summary and fails the run while
 * any is overdue. A retrospective that cannot be judged is escalated as if overdue.
 */
import * as core from '@actions/core';
import { coreLogger as log, Deadline, describePolicySource, Git, loadPolicy, messageOf, UserError, type Outputs, type WorkflowEvent } from '@change-actions/action-kit';
import type { GitHubClient } from '@change-actions/action-kit/github';
import { isPersonalAccount, overdue, retrospectiveTiming, type Actor, type EmergencyChange, type GatePolicy, type OverdueRetrospective, type RetrospectiveApproval } from '@change-actions/gate';
import { call, callOr404, within, type GitHubApi } from './api.ts';
import { gatherDirectory } from './directory.ts';
import { accountOf, coAuthorsOf } from './people.ts';
import { writeOverdueSummary } from './report.ts';
import { APPROVED_LABEL, OVERDUE_LABEL, TITLE, approvalsFrom, holders, listRetrospectives, type Marker, type RetrospectiveIssue } from './retrospective.ts';
import type { Output } from './run.ts';
import type { Settings } from './settings.ts';

export const OVERDUE_EVENTS = ['schedule', 'workflow_dispatch'] as const;

/** An overdue retrospective, or a retrospective issue that cannot be judged. */
export interface Escalation extends Omit<OverdueRetrospective, 'pullRequest'> {
  pullRequest?: number;
}

export async function runOverdue(settings: Settings, event: WorkflowEvent, outputs: Outputs<Output>, api: GitHubApi): Promise<void> {
  const { owner, repo } = event;
  const deadline = new Deadline(settings.timeoutSeconds);
  const clientOf = () => api.client(deadline, true);
  const { policy, source } = await loadPolicy({ owner, repo, ref: policyRef(event), path: settings.policyPath }, { git: new Git(settings.repositoryPath), github: clientOf });
  const gate = policy.gate;
  const github = await clientOf();
  const now = settings.now;

  const issues = await listRetrospectives(github, owner, repo, settings.retrospectiveCreator);
  const ignored: string[] = [];
  const escalations: Escalation[] = [];
  const groups = new Map<number, Array<RetrospectiveIssue & { marker: Marker }>>();
  for (const issue of issues) {
    const opened = issue.creator.toLowerCase() === settings.retrospectiveCreator.toLowerCase();
    // The pull request the gate named in the title when it opened the issue; edits are in the timeline.
    const titled = opened ? await originalTitleNumber(github, owner, repo, issue) : undefined;
    if (issue.marker === undefined && titled === undefined) {
      ignored.push(`issue #${issue.number} carries the label but no gate marker: not a retrospective the gate opened, so not judged`);
    } else if (issue.marker === undefined || issue.marker === 'invalid' || (titled !== undefined && titled !== issue.marker.pullRequest)) {
      const what = issue.marker === undefined ? 'its marker was removed' : issue.marker === 'invalid' ? 'its marker cannot be read' : `its marker names pull request #${issue.marker.pullRequest}, its original title #${titled}`;
      escalations.push({
        issue: issue.number,
        ...(titled === undefined ? {} : { pullRequest: titled }),
        status: 'error',
        reason: `retrospective issue #${issue.number} was opened by the gate, but ${what}, so its due time cannot be trusted`,
        escalateTo: gate.emergency.escalateTo,
      });
    } else {
      const group = groups.get(issue.marker.pullRequest) ?? [];
      group.push({ ...issue, marker: issue.marker });
      groups.set(issue.marker.pullRequest, group);
    }
  }

  const emergencies: EmergencyChange[] = [];
  const issueOf = new Map<number, RetrospectiveIssue>();
  for (const [pullRequest, group] of groups) {
    group.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.number - b.number);
    const primary = group[0] as (typeof group)[number];
    issueOf.set(pullRequest, primary);
    const { authorisedAt, due } = retrospectiveTiming(gate, primary.marker.authorisedAt, primary.createdAt);
    if (now.getTime() <= due.getTime()) continue; // not due yet: nothing to read
    const found = await emergencyChange(github, owner, repo, pullRequest, group, authorisedAt, primary.createdAt);
    if (typeof found === 'string') escalations.push({ pullRequest, issue: primary.number, status: 'error', reason: found, escalateTo: gate.emergency.escalateTo });
    else emergencies.push(found);
  }

  const approvers = new Map<number, Actor>();
  for (const emergency of emergencies) for (const approval of emergency.retrospective?.approvals ?? []) if (isPersonalAccount(approval.user)) approvers.set(approval.user.id, approval.user);
  const directory = await gatherDirectory(github, {
    owner,
    repo,
    policy: gate,
    roles: new Set(gate.emergency.retrospectiveApprovers),
    people: [...approvers.values()],
    permissions: false, // overdue() decides by role alone
  });
  escalations.push(...overdue(gate, emergencies, now, directory));

  const notes: string[] = [];
  for (const entry of escalations) {
    const issue = entry.issue === undefined ? undefined : (issueOf.get(entry.pullRequest ?? 0) ?? issues.find((i) => i.number === entry.issue));
    if (issue === undefined) continue;
    notes.push(
      await within(deadline, `escalating issue #${issue.number}`, escalate(github, owner, repo, gate, issue, entry)).catch((error: unknown) => {
        const message = `issue #${issue.number} could not be escalated: ${messageOf(error)}`;
        log.warning(message);
        return message;
      }),
    );
  }

  outputs.set('approved', escalations.length === 0);
  outputs.set('status', escalations.length === 0 ? 'approved' : 'blocked');
  outputs.set('result', JSON.stringify({ mode: 'overdue', checked: groups.size, overdue: escalations }));
  outputs.set('overdue', JSON.stringify(escalations));
  outputs.set('check-run-id', '');
  await writeOverdueSummary(escalations, { policy: describePolicySource(source), checked: groups.size, apiCalls: api.calls, evaluatedAt: now, escalations: notes, ignored });
  if (escalations.length > 0) {
    core.setFailed(
      [`${escalations.length} emergency change(s) with an overdue retrospective:`, ...escalations.map((e) => `#${e.pullRequest ?? '?'} (issue #${e.issue ?? '?'}): ${e.reason}`)].join('\n'),
    );
  }
}

/**
 * The pull request number in the title the gate gave an issue it opened: the first `renamed`
 * event's old title when the title was edited since, else the title. Undefined when the issue was
 * not titled as a retrospective.
 */
async function originalTitleNumber(github: GitHubClient, owner: string, repo: string, issue: RetrospectiveIssue): Promise<number | undefined> {
  const events = await call(`listing the events of issue #${issue.number}`, 'issues: read', () =>
    github.paginate(github.rest.issues.listEvents, { owner, repo, issue_number: issue.number, per_page: 100 }),
  );
  const renamed = events.find((event) => event.event === 'renamed') as { rename?: { from?: string } } | undefined;
  const match = TITLE.exec(renamed?.rename?.from ?? issue.title);
  return match === null ? undefined : Number(match[1]);
}

/** The base the policy is read from: the default branch, never the ref a dispatch chose. */
function policyRef(event: WorkflowEvent): string {
  if (event.defaultBranch !== undefined) return event.defaultBranch;
  // A schedule runs on the latest commit of the default branch (GITHUB_SHA).
  if (event.kind === 'schedule' && event.head.sha !== undefined) return event.head.sha;
  throw new UserError(`the ${event.eventName} event names no default branch to read the policy from`);
}

/** What the engine needs of one emergency change, or why it cannot be judged. */
async function emergencyChange(
  github: GitHubClient,
  owner: string,
  repo: string,
  pullRequest: number,
  issues: readonly RetrospectiveIssue[],
  authorisedAt: Date,
  issueCreatedAt: string,
): Promise<EmergencyChange | string> {
  const pr = await callOr404(`reading pull request #${pullRequest}`, 'pull-requests: read', () => github.rest.pulls.get({ owner, repo, pull_number: pullRequest }));
  const author = accountOf(pr?.data.user);
  if (pr === undefined || author === null) return `the retrospective names pull request #${pullRequest}, which cannot be read`;
  const commits = await call(`listing the commits of pull request #${pullRequest}`, 'pull-requests: read', () =>
    github.paginate(github.rest.pulls.listCommits, { owner, repo, pull_number: pullRequest, per_page: 100 }),
  );
  const contributors = new Set<number>([author.id]);
  for (const commit of commits) {
    for (const account of [accountOf(commit.author), accountOf(commit.committer), ...coAuthorsOf(commit.commit.message)]) if (account !== null) contributors.add(account.id);
  }
  const approvals: RetrospectiveApproval[] = [];
  for (const issue of issues) {
    const events = await call(`listing the events of retrospective issue #${issue.number}`, 'issues: read', () =>
      github.paginate(github.rest.issues.listEvents, { owner, repo, issue_number: issue.number, per_page: 100 }),
    );
    approvals.push(...approvalsFrom(events as Parameters<typeof approvalsFrom>[0], issue));
  }
  const primary = issues[0] as RetrospectiveIssue;
  return {
    pullRequest,
    authorisedAt: authorisedAt.toISOString(),
    issueCreatedAt,
    author,
    contributors: [...contributors],
    retrospective: { issue: primary.number, approvals },
  };
}

/** Labels the issue and comments once, naming who it is escalated to; a failure is a warning (the run fails anyway). */
async function escalate(github: GitHubClient, owner: string, repo: string, gate: GatePolicy, issue: RetrospectiveIssue, entry: Escalation): Promise<string> {
  if (issue.labels.includes(OVERDUE_LABEL)) return `issue #${issue.number}: already escalated (labelled ${OVERDUE_LABEL})`;
  const to = holders(gate, entry.escalateTo);
  const body = [
    `**Retrospective overdue**: ${entry.reason}.`,
    '',
    `Escalated to ${entry.escalateTo.join(', ')}${to.length > 0 ? `: ${to.join(' ')}` : ' (the policy names nobody for these roles)'}.`,
    '',
    `To approve the retrospective, a holder of ${gate.emergency.retrospectiveApprovers.join(' or ')} who did not make the change closes this issue as completed, or adds the label \`${APPROVED_LABEL}\`.`,
  ].join('\n');
  try {
    await call(`labelling issue #${issue.number} ${OVERDUE_LABEL}`, 'issues: write', () =>
      github.rest.issues.addLabels({ owner, repo, issue_number: issue.number, labels: [OVERDUE_LABEL] }),
    );
    await call(`commenting on issue #${issue.number}`, 'issues: write', () => github.rest.issues.createComment({ owner, repo, issue_number: issue.number, body }));
    return `issue #${issue.number}: escalated (labelled ${OVERDUE_LABEL}, commented) to ${entry.escalateTo.join(', ')}`;
  } catch (error) {
    const message = `issue #${issue.number} could not be escalated: ${messageOf(error)}`;
    log.warning(message);
    return message;
  }
}
