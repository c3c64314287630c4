/**
 * The scheduled mode: emergency changes whose retrospective approval is overdue. A retrospective is
 * approved by a holder of a retrospective-approver role who did not make the change, after the
 * emergency was authorised; the action gathers those approvals from the retrospective issue (its
 * closing as completed, or an approval label, and who did it).
 */
import { compileGate } from './compile.ts';
import { retrospectiveDue } from './emergency.ts';
import { GatePolicyError } from './errors.ts';
import type { GatePolicy, RoleName } from '@change-actions/policy';
import { isPersonalAccount } from './reviews.ts';
import { heldRole } from './roles.ts';
import type { Account, Actor, Directory } from './snapshot.ts';
import { mention } from './text.ts';

export interface RetrospectiveApproval {
  user: Actor;
  /** ISO 8601. */
  at: string;
}

export interface EmergencyChange {
  pullRequest: number;
  /** ISO 8601: when the emergency was authorised, as the gate recorded it (in the issue's marker). */
  authorisedAt: string;
  /** ISO 8601: when the retrospective issue was opened; the authorisation is never taken as later. */
  issueCreatedAt?: string;
  author: Account;
  /** Account ids of the change's commit authors, committers and co-authors. */
  contributors: readonly number[];
  retrospective?: { issue: number; approvals: readonly RetrospectiveApproval[] };
}

export interface OverdueRetrospective {
  pullRequest: number;
  /** `error`: the entry could not be judged, so it is escalated as if overdue. */
  status: 'overdue' | 'error';
  due?: string;
  issue?: number;
  /** Whole hours past the due time. */
  hoursOverdue?: number;
  reason: string;
  escalateTo: readonly RoleName[];
}

/**
 * When a retrospective is due: the policy's hours after the authorisation its issue records, and
 * never later than those hours after the issue was opened, since anyone who can edit the issue
 * can edit its marker (the creation time nobody can change).
 */
export function retrospectiveTiming(policy: GatePolicy, recordedAuthorisedAt: string, issueCreatedAt?: string): { authorisedAt: Date; due: Date } {
  const recorded = Date.parse(recordedAuthorisedAt);
  const created = issueCreatedAt === undefined ? Number.NaN : Date.parse(issueCreatedAt);
  const authorisedAt = new Date(Number.isNaN(created) ? recorded : Number.isNaN(recorded) ? Number.NaN : Math.min(recorded, created));
  return { authorisedAt, due: Number.isNaN(authorisedAt.getTime()) ? new Date(Number.NaN) : retrospectiveDue(policy, authorisedAt) };
}

/** The emergencies past their retrospective's due time without an approval of it, oldest due first. */
export function overdue(policy: GatePolicy, emergencies: readonly EmergencyChange[], now: Date, directory: Directory): OverdueRetrospective[] {
  let problem: string | undefined;
  try {
    compileGate(policy);
    if (Number.isNaN(now.getTime())) problem = 'the evaluation time is not a valid date';
  } catch (error) {
    problem = error instanceof GatePolicyError ? `policy ${error.message}` : 'the policy is malformed';
  }
  const failed = (emergency: EmergencyChange, reason: string): OverdueRetrospective => ({
    pullRequest: emergency.pullRequest,
    status: 'error',
    reason,
    escalateTo: problem === undefined ? policy.emergency.escalateTo : [],
  });
  return emergencies
    .map((emergency) => {
      if (problem !== undefined) return failed(emergency, problem);
      try {
        return judge(policy, emergency, now, directory);
      } catch (error) {
        return failed(emergency, `the entry is malformed: ${error instanceof Error ? error.message : String(error)}`);
      }
    })
    .filter((entry) => entry !== undefined)
    .sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''));
}

function judge(policy: GatePolicy, emergency: EmergencyChange, now: Date, directory: Directory): OverdueRetrospective | undefined {
  const { pullRequest, retrospective } = emergency;
  const { escalateTo, retrospectiveApprovers } = policy.emergency;
  const { authorisedAt, due } = retrospectiveTiming(policy, emergency.authorisedAt, emergency.issueCreatedAt);
  const dates = retrospective?.approvals.map((approval) => new Date(approval.at)) ?? [];
  if (Number.isNaN(authorisedAt.getTime()) || dates.some((date) => Number.isNaN(date.getTime()))) {
    return { pullRequest, status: 'error', reason: 'the authorisation or an approval has no valid time', escalateTo };
  }
  const approvers = (retrospective?.approvals ?? []).filter(
    ({ user, at }) =>
      isPersonalAccount(user) &&
      user.id !== emergency.author.id &&
      !emergency.contributors.includes(user.id) &&
      new Date(at) >= authorisedAt &&
      heldRole(policy, directory, retrospectiveApprovers, user, new Date(at)) !== undefined,
  );
  if (approvers.length > 0 || now <= due) return undefined;
  const issue = retrospective === undefined ? 'no retrospective issue was opened' : `retrospective issue #${retrospective.issue} has no approval by ${retrospectiveApprovers.join(' or ')}`;
  const others = (retrospective?.approvals ?? []).map(({ user }) => mention(user));
  return {
    pullRequest,
    status: 'overdue',
    due: due.toISOString(),
    ...(retrospective === undefined ? {} : { issue: retrospective.issue }),
    hoursOverdue: Math.floor((now.getTime() - due.getTime()) / 3_600_000),
    reason: `emergency change #${pullRequest}: the retrospective was due ${due.toISOString()}; ${issue}${others.length > 0 ? ` (approvals by ${others.join(', ')} do not count: not an independent holder of the role)` : ''}`,
    escalateTo,
  };
}
