/**
 * The gate's result: an explainable tree in the manner of policy-bot. Each rule says whether it is
 * met, why, and who met it; the overall status follows from the rules and fails closed.
 */
import type { RoleName } from '@change-actions/policy';
import type { Account } from './snapshot.ts';

export type GateStatus = 'approved' | 'pending' | 'blocked' | 'error';

/**
 * `pending`: waiting for something that can still come (an approval, a threat model, CI);
 * `blocked`: something said no (changes requested, failing CI, a commit nobody can be shown
 * independent of); `skipped`: the rule does not apply to this change; `error`: the inputs are
 * inconsistent, so nothing is decided.
 */
export type RuleStatus = 'approved' | 'pending' | 'blocked' | 'skipped' | 'error';

export type RuleName =
  | 'inputs'
  | 'commit-identities'
  | 'changes-requested'
  | 'emergency-authorisation'
  | 'code-review'
  | 'security-review'
  | 'threat-model'
  | 'infrastructure'
  | 'access-control'
  | 'cryptographic';

/** What a pending rule still needs. */
export interface Needed {
  /** More approvals… */
  approvals?: number;
  /** …from holders of one of these roles, or from reviewers with this permission or more. */
  from?: readonly string[];
  /** Parts of a body section that are missing or empty. */
  parts?: readonly string[];
}

export interface RuleResult {
  rule: RuleName;
  status: RuleStatus;
  reason: string;
  satisfiedBy?: readonly Account[];
  needed?: Needed;
}

/** An emergency change let through before its review: the action opens the retrospective issue. */
export interface Retrospective {
  /** `overdue`: the due time has passed; the authorisation no longer stands in for the review. */
  state: 'approved-pending-retrospective' | 'overdue';
  /** ISO 8601: when the authorising approval was given. */
  authorisedAt: string;
  /** ISO 8601: the authorising approval plus the policy's retrospective hours. */
  due: string;
  authorisedBy: Account;
  role: RoleName;
  /** The retrospective issue already open; absent when the action must open one. */
  issue?: number;
  /** The rules the emergency authorisation stood in for, which the retrospective must cover. */
  deferred: readonly RuleName[];
}

/** The risk a sole-operator self-review relies on, for the audit trail. */
export interface AcceptedRisk {
  statement: string;
  reference: string;
}

export interface GateResult {
  status: GateStatus;
  /** One line for the check's title. */
  summary: string;
  rules: readonly RuleResult[];
  /** Stale approvals the action dismisses, when the policy asks it to. */
  staleReviews: readonly number[];
  retrospective?: Retrospective;
  acceptedRisk?: AcceptedRisk;
}

/** The overall status: any error, else anything blocked, else anything pending, else approved. */
export function overallStatus(rules: readonly RuleResult[]): GateStatus {
  const has = (status: RuleStatus) => rules.some((rule) => rule.status === status);
  if (rules.length === 0 || has('error')) return 'error';
  if (has('blocked')) return 'blocked';
  if (has('pending')) return 'pending';
  return 'approved';
}

export function summarise(status: GateStatus, rules: readonly RuleResult[]): string {
  if (status === 'approved') return 'approved';
  const open = rules.filter((rule) => rule.status === status).map((rule) => rule.rule);
  return `${status}: ${open.join(', ')}`;
}

/** A result that decides nothing because the inputs cannot be trusted. */
export function errorResult(rule: RuleName, problems: readonly string[]): GateResult {
  const rules: RuleResult[] = [{ rule, status: 'error', reason: problems.join('; ') }];
  return { status: 'error', summary: summarise('error', rules), rules, staleReviews: [] };
}
