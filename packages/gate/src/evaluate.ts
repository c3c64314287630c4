/** The gate's entry point: `evaluateGate`. */
import type { ChangeRecord } from '@change-actions/classify';
import { compileGate } from './compile.ts';
import { nowProblems, policyProblems, recordProblems, snapshotAgainst, snapshotProblems } from './consistency.ts';
import { emergencyAuthorisation, retrospectiveDue, type Authorisation } from './emergency.ts';
import type { GatePolicy } from '@change-actions/policy';
import { errorResult, overallStatus, summarise, type GateResult, type Retrospective, type RuleResult } from './result.ts';
import { assessApprovals, contributorsOf, standingReviews } from './reviews.ts';
import {
  accountOf,
  changesRequested,
  codeReview,
  commitIdentities,
  cryptographicReview,
  securityReview,
  specialApproval,
  threatModel,
  type GateContext,
} from './rules.ts';
import type { PullRequestSnapshot } from './snapshot.ts';
import { freshnessOf } from './stale.ts';
import { mention } from './text.ts';

/**
 * Decides whether a pull request may merge under `policy` (read from the base branch, never from
 * the pull request), given classify's record of the change at the snapshot's head commit. Pure
 * and synchronous; never throws: malformed or inconsistent inputs give an `error` result. `now`
 * is the evaluation time: on-call slots are judged at the time each approval was given, so `now`
 * only bounds the snapshot (no review can be dated after it).
 */
export function evaluateGate(policy: GatePolicy, record: ChangeRecord, snapshot: PullRequestSnapshot, now: Date): GateResult {
  try {
    const problems = [...policyProblems(policy), ...recordProblems(record), ...snapshotProblems(snapshot), ...nowProblems(now)];
    if (problems.length === 0) problems.push(...snapshotAgainst(policy, snapshot, now));
    return problems.length > 0 ? errorResult('inputs', problems) : decide(policy, record, snapshot, now);
  } catch (error) {
    // Fail closed on anything the checks above missed, and say so.
    return errorResult('inputs', [`internal error: ${error instanceof Error ? error.message : String(error)}`]);
  }
}

function decide(policy: GatePolicy, record: ChangeRecord, snapshot: PullRequestSnapshot, now: Date): GateResult {
  const compiled = compileGate(policy);
  const contributors = contributorsOf(snapshot);
  const standing = standingReviews(snapshot.reviews, snapshot.author);
  const approvals = assessApprovals(standing, contributors, freshnessOf(policy, compiled, record, snapshot));
  const context: GateContext = { policy, compiled, record, snapshot, contributors, standing, approvals };

  const review = codeReview(context);
  const normal = [
    review.result,
    securityReview(context),
    threatModel(context),
    specialApproval(context, 'infrastructure'),
    specialApproval(context, 'access-control'),
    cryptographicReview(context),
  ];
  const normalMet = normal.every(met);
  const emergency = emergencyAuthorisation(context);
  const always = [commitIdentities(context), changesRequested(context)];

  let rules: RuleResult[];
  let retrospective: Retrospective | undefined;
  const { authorisation } = emergency;
  const tracked = authorisation === undefined ? undefined : retrospectiveOf(context, authorisation, normal.filter((rule) => !met(rule)));
  // Overdue once the due time the retrospective issue recorded has passed. That record, not the
  // approvals, decides: a review dismissed or added later can neither restart nor advance the clock.
  const recordedDue = snapshot.retrospective?.due === undefined ? undefined : new Date(snapshot.retrospective.due);
  if (authorisation !== undefined && tracked !== undefined && !(recordedDue !== undefined && recordedDue <= now)) {
    rules = [...always, emergency.result, ...normal.map((rule) => (met(rule) ? rule : deferred(rule, authorisation)))];
    retrospective = tracked;
  } else if (tracked !== undefined) {
    // Past its due time the authorisation stands in for nothing: the ordinary rules apply again.
    const overdue: RuleResult = {
      rule: emergency.result.rule,
      status: normalMet ? 'skipped' : 'blocked',
      reason: `${emergency.result.reason}; the retrospective was due ${tracked.due} and is overdue, so the authorisation no longer stands in for the review${normalMet ? ', which the change meets' : ''}`,
    };
    rules = [...always, overdue, ...normal];
    retrospective = { ...tracked, state: 'overdue' };
  } else {
    // An unauthorised emergency claim is no obstacle to a change that meets the ordinary rules.
    const claim: RuleResult =
      emergency.result.status === 'pending' && normalMet
        ? { rule: emergency.result.rule, status: 'skipped', reason: `not authorised as an emergency, and not needed: the change meets the rules of a non-emergency change (${emergency.result.reason})` }
        : emergency.result;
    rules = [...always, claim, ...normal];
  }

  const status = overallStatus(rules);
  const approved = status === 'approved';
  // The risk is accepted only when the sole-operator review stands, not when an emergency deferred it.
  const acceptedRisk = approved && rules.includes(review.result) ? review.acceptedRisk : undefined;
  return {
    status,
    summary:
      retrospective?.state === 'overdue'
        ? `${summarise(status, rules)}; the emergency's retrospective is overdue since ${retrospective.due}`
        : approved && retrospective !== undefined
          ? `approved pending retrospective, due ${retrospective.due}`
          : summarise(status, rules),
    rules,
    // The latest review of a stale approval: dismissing it leaves the reviewer with no approval.
    staleReviews: policy.staleApprovals.dismissStale ? approvals.filter((a) => a.stale !== undefined).map((a) => a.review.id) : [],
    ...(retrospective !== undefined && (approved || retrospective.state === 'overdue') ? { retrospective } : {}),
    ...(acceptedRisk === undefined ? {} : { acceptedRisk }),
  };
}

function met(rule: RuleResult): boolean {
  return rule.status === 'approved' || rule.status === 'skipped';
}

/** A rule the emergency authorisation stands in for until the retrospective. */
function deferred(rule: RuleResult, { approval, role }: Authorisation): RuleResult {
  return {
    rule: rule.rule,
    status: 'skipped',
    reason: `deferred to the retrospective: emergency authorised by ${mention(approval.user)} (${role}); until then, ${rule.reason}`,
  };
}

function retrospectiveOf({ policy, snapshot }: GateContext, { approval, role, at }: Authorisation, unmet: readonly RuleResult[]): Retrospective {
  const computed = retrospectiveDue(policy, at);
  const recorded = snapshot.retrospective?.due === undefined ? undefined : new Date(snapshot.retrospective.due);
  // A deadline once set is never moved later by a re-evaluation.
  const due = recorded !== undefined && recorded < computed ? recorded : computed;
  return {
    state: 'approved-pending-retrospective',
    authorisedAt: at.toISOString(),
    due: due.toISOString(),
    authorisedBy: accountOf(approval.user),
    role,
    ...(snapshot.retrospective === undefined ? {} : { issue: snapshot.retrospective.issue }),
    deferred: unmet.map((rule) => rule.rule),
  };
}
