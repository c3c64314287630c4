/**
 * Retrospective issues: an emergency change let through before its review gets one, due the
 * policy's retrospective hours after the authorising approval. The issue carries the label
 * below and a machine-readable marker (an HTML comment, invisible on GitHub) with the pull
 * request, when the emergency was authorised and when the retrospective is due; the scheduled
 * mode finds them by the label and reads them by the marker.
 *
 * A marker can be written by anyone who can open an issue, so nothing in it can make the gate
 * more lenient: the gate only ever takes an earlier due time from it, and the scheduled mode takes
 * the authorisation time no later than the issue's own creation.
 */
import type { GitHubClient } from '@change-actions/action-kit/github';
import { roleOf, type Account, type Actor, type GatePolicy, type Retrospective, type RetrospectiveApproval, type RoleName } from '@change-actions/gate';
import { call } from './api.ts';
import { actorOf } from './people.ts';

/** Label of every retrospective issue. */
export const RETROSPECTIVE_LABEL = 'retrospective';
/** Label a retrospective approver may add instead of closing the issue. */
export const APPROVED_LABEL = 'retrospective-approved';
/** Label the scheduled mode adds to an overdue retrospective. */
export const OVERDUE_LABEL = 'retrospective-overdue';

const MARKER = 'security-review-gate:retrospective';

export interface Marker {
  pullRequest: number;
  authorisedAt: string;
  due: string;
}

export function markerText(marker: Marker): string {
  return `<!-- ${MARKER} ${JSON.stringify({ version: 1, ...marker })} -->`;
}

/** The marker of an issue body: `undefined` without one, `'invalid'` for one that cannot be read. */
export function parseMarker(body: string | null | undefined): Marker | 'invalid' | undefined {
  const at = (body ?? '').indexOf(`<!-- ${MARKER} `);
  if (at < 0) return undefined;
  const rest = (body ?? '').slice(at + MARKER.length + 6);
  const end = rest.indexOf(' -->');
  if (end < 0) return 'invalid';
  try {
    const value = JSON.parse(rest.slice(0, end)) as Partial<Record<keyof Marker, unknown>>;
    const { pullRequest, authorisedAt, due } = value;
    const instant = (text: unknown) => typeof text === 'string' && !Number.isNaN(Date.parse(text));
    if (typeof pullRequest !== 'number' || !Number.isSafeInteger(pullRequest) || pullRequest < 1 || !instant(authorisedAt) || !instant(due)) return 'invalid';
    return { pullRequest, authorisedAt: authorisedAt as string, due: due as string };
  } catch {
    return 'invalid';
  }
}

export interface RetrospectiveIssue {
  number: number;
  title: string;
  state: string;
  stateReason: string | null;
  createdAt: string;
  labels: string[];
  htmlUrl: string;
  marker: Marker | 'invalid' | undefined;
  /** Login of the account that opened the issue (nobody can change it). */
  creator: string;
}

/** The title the gate gives a retrospective issue; the pull request's number is read back from it. */
export const TITLE = /^Retrospective of emergency change #(\d+)\b/;

/**
 * Every issue (not pull request) carrying the retrospective label, and every issue the gate's own
 * account opened, open or closed, every page. The label can be removed by anyone who can triage;
 * who opened an issue cannot be changed, so a retrospective stays found without its label.
 */
export async function listRetrospectives(github: GitHubClient, owner: string, repo: string, creator?: string): Promise<RetrospectiveIssue[]> {
  const labelled = await call(`listing the issues labelled ${RETROSPECTIVE_LABEL}`, 'issues: read', () =>
    github.paginate(github.rest.issues.listForRepo, { owner, repo, labels: RETROSPECTIVE_LABEL, state: 'all', per_page: 100 }),
  );
  const opened =
    creator === undefined
      ? []
      : await call(`listing the issues opened by ${creator}`, 'issues: read', () =>
          github.paginate(github.rest.issues.listForRepo, { owner, repo, creator, state: 'all', per_page: 100 }),
        );
  const byNumber = new Map([...labelled, ...opened].map((issue) => [issue.number, issue]));
  return [...byNumber.values()]
    .filter((issue) => issue.pull_request === undefined)
    .map((issue) => ({
      number: issue.number,
      title: issue.title,
      state: issue.state,
      stateReason: issue.state_reason ?? null,
      createdAt: issue.created_at,
      labels: issue.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? ''))),
      htmlUrl: issue.html_url,
      marker: parseMarker(issue.body),
      creator: issue.user?.login ?? '',
    }));
}

/** The retrospective already opened for pull request `number`: the earliest one. */
export function retrospectiveFor(issues: readonly RetrospectiveIssue[], number: number): RetrospectiveIssue | undefined {
  return issues
    .filter((issue) => typeof issue.marker === 'object' && issue.marker.pullRequest === number)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.number - b.number)[0];
}

export interface OpenRequest {
  owner: string;
  repo: string;
  number: number;
  title: string;
  policy: GatePolicy;
  retrospective: Retrospective;
  headSha: string;
}

/** Opens the retrospective issue and returns its number; throws when it cannot be opened with its label. */
export async function openRetrospective(github: GitHubClient, request: OpenRequest): Promise<{ number: number; url: string }> {
  const { owner, repo, number, policy, retrospective } = request;
  const hours = policy.emergency.retrospectiveHours;
  const { authorisedAt } = retrospective;
  const approvers = policy.emergency.retrospectiveApprovers;
  const body = [
    markerText({ pullRequest: number, authorisedAt, due: retrospective.due }),
    `Emergency change #${number} was let through before its review: authorised by ${mention(retrospective.authorisedBy)} (${retrospective.role}) on ${request.headSha.slice(0, 7)} at ${authorisedAt}.`,
    '',
    `The change procedure requires a retrospective within ${hours} hours: **due ${retrospective.due}**.`,
    '',
    retrospective.deferred.length > 0
      ? `Rules the emergency authorisation stood in for, which the retrospective must cover: ${retrospective.deferred.join(', ')}.`
      : 'The change met every other rule before it merged.',
    '',
    `To approve the retrospective, ${approvers.length > 0 ? `a holder of ${approvers.join(' or ')}` : 'a retrospective approver'} who did not make the change closes this issue as completed, or adds the label \`${APPROVED_LABEL}\`. Until then the scheduled run of security-review-gate escalates it once it is overdue.`,
  ].join('\n');
  const { data } = await call(`opening the retrospective issue of pull request #${number}`, 'issues: write', () =>
    github.rest.issues.create({ owner, repo, title: `Retrospective of emergency change #${number}, due ${retrospective.due}`, body, labels: [RETROSPECTIVE_LABEL] }),
  );
  const labels = data.labels.map((label) => (typeof label === 'string' ? label : label.name));
  // GitHub silently drops labels a token may not set; unlabelled, the scheduled mode would never find it.
  if (!labels.includes(RETROSPECTIVE_LABEL)) {
    await call(`labelling the retrospective issue #${data.number}`, 'issues: write', () =>
      github.rest.issues.addLabels({ owner, repo, issue_number: data.number, labels: [RETROSPECTIVE_LABEL] }),
    );
  }
  return { number: data.number, url: data.html_url };
}

function mention(account: Account): string {
  return `@${account.login}`;
}

/**
 * Who approved a retrospective, from the issue's events in order: closing it as completed (undone
 * by reopening it) or adding the approval label (undone by removing it), each with its time.
 */
export function approvalsFrom(
  events: ReadonlyArray<{ event: string; actor?: unknown; created_at: string; label?: { name?: string } | undefined; state_reason?: string | null | undefined }>,
  issue: Pick<RetrospectiveIssue, 'state' | 'stateReason'>,
): RetrospectiveApproval[] {
  let closed: RetrospectiveApproval[] = [];
  let labelled: RetrospectiveApproval[] = [];
  for (const event of events) {
    const user = actorOf(event.actor as Actor | null | undefined);
    if (event.event === 'closed' && user !== null && event.state_reason !== 'not_planned') closed = [{ user, at: event.created_at }];
    else if (event.event === 'reopened') closed = [];
    else if (event.event === 'labeled' && event.label?.name === APPROVED_LABEL && user !== null) labelled.push({ user, at: event.created_at });
    else if (event.event === 'unlabeled' && event.label?.name === APPROVED_LABEL) labelled = [];
  }
  // The issue's own state has the last word on a close: not planned, or open again, is no approval.
  if (issue.state !== 'closed' || issue.stateReason === 'not_planned') closed = [];
  return [...closed, ...labelled];
}

/** `@login` of each user and `@org/team` of each team holding `roles`, to mention in an escalation. */
export function holders(policy: GatePolicy, roles: readonly RoleName[]): string[] {
  return [
    ...new Set(
      roles.flatMap((name) => {
        const role = roleOf(policy, name);
        return [...role.teams.map((team) => `@${team}`), ...role.users.map((user) => (user.login !== undefined ? `@${user.login}` : `account #${user.id}`))];
      }),
    ),
  ];
}
