/**
 * Emergency Change Authorisation: the ISMS Owner (any emergency), a Security Lead (security
 * incidents) or the on-call engineer (P0 incidents) lets an emergency change through before its
 * review, pending a retrospective. Only an approval authorises: an emergency label, branch or
 * title marker only claims an emergency, whoever wrote it.
 */
import type { EmergencyCondition, GatePolicy, RoleName } from '@change-actions/policy';
import type { RuleResult } from './result.ts';
import { counts, notCounted, type Approval } from './reviews.ts';
import { approverRole } from './roles.ts';
import { accountOf, type GateContext } from './rules.ts';
import { listSome, mention, short } from './text.ts';

export interface Authorisation {
  approval: Approval;
  role: RoleName;
  /** When the authorising review was given. */
  at: Date;
}

const HOUR = 3_600_000;

export function retrospectiveDue(policy: GatePolicy, authorisedAt: Date): Date {
  return new Date(authorisedAt.getTime() + policy.emergency.retrospectiveHours * HOUR);
}

export function emergencyAuthorisation(context: GateContext): { result: RuleResult; authorisation?: Authorisation } {
  const rule = 'emergency-authorisation';
  const { policy, record, snapshot } = context;
  if (record.changeType !== 'emergency') return { result: { rule, status: 'skipped', reason: 'not an emergency change' } };
  const met: Record<EmergencyCondition, boolean> = { any: true, 'security-incident': securityIncident(context), p0: record.severity === 'P0' };
  const { authorisers } = policy.emergency;
  const eligible = [...new Set(authorisers.filter((authoriser) => met[authoriser.when]).map((authoriser) => authoriser.role))];
  const candidates = context.approvals.flatMap((approval): Authorisation[] => {
    const held = approverRole(policy, snapshot.directory, eligible, approval);
    return held === undefined ? [] : [{ approval, ...held }];
  });
  const [first] = candidates.filter(({ approval }) => counts(approval)).sort((a, b) => a.at.getTime() - b.at.getTime());
  const claim = claimedBy(context);
  if (first !== undefined) {
    return {
      result: {
        rule,
        status: 'approved',
        reason: `${claim}; authorised by ${mention(first.approval.user)} (${first.role}) on ${short(first.approval.review.commit_id ?? '')}`,
        satisfiedBy: [accountOf(first.approval.user)],
      },
      authorisation: first,
    };
  }
  const ineligible = context.approvals.flatMap((approval) => {
    const role = approverRole(policy, snapshot.directory, authorisers.map((a) => a.role), approval)?.role;
    if (role === undefined || eligible.includes(role) || !counts(approval)) return [];
    const when = authorisers.filter((a) => a.role === role).map((a) => a.when);
    return [notCounted(approval, `${role} authorises ${when.join(' or ')} emergencies only; this is ${describe(context)}`)];
  });
  const uncounted = candidates.filter(({ approval }) => !counts(approval)).map(({ approval }) => notCounted(approval));
  const notCountedText = [...uncounted, ...ineligible];
  return {
    result: {
      rule,
      status: 'pending',
      reason: `${claim}, which alone never authorises it; waiting for an approval by ${eligible.length > 0 ? eligible.join(' or ') : 'an authoriser (none applies to this emergency)'}${notCountedText.length > 0 ? `; not counted: ${listSome(notCountedText)}` : ''}`,
      needed: { approvals: 1, from: eligible },
    },
  };
}

/** A security incident: a security-relevant change, or one labelled as an incident by the policy's labels. */
function securityIncident({ policy, record, snapshot }: GateContext): boolean {
  const labels = new Set(policy.emergency.securityIncidentLabels.map((label) => label.toLowerCase()));
  return record.securityRelevant || snapshot.labels.some((label) => labels.has(label.name.toLowerCase()));
}

function describe(context: GateContext): string {
  const { severity } = context.record;
  const kind = securityIncident(context) ? 'security incident' : 'emergency that is not a security incident';
  return severity === undefined ? `a ${kind} of no stated severity` : `a ${severity} ${kind}`;
}

/** How the emergency was claimed, with who added each emergency label when the timeline says so. */
function claimedBy({ record, snapshot }: GateContext): string {
  const claims = record.decisions
    .filter((decision) => decision.outcome === 'emergency')
    .map((decision) => {
      const name = decision.evidence.find((evidence) => evidence.note === 'label')?.text;
      const label = typeof name === 'string' ? snapshot.labels.find((l) => l.name.toLowerCase() === name.toLowerCase()) : undefined;
      if (label === undefined) return decision.reason;
      if (label.addedBy === undefined || label.addedBy === null) return `${decision.reason} (added by someone unknown)`;
      const author = label.addedBy.id === snapshot.author.id ? ', the author' : '';
      return `${decision.reason} (added by ${mention(label.addedBy)}${author})`;
    });
  return `emergency claimed: ${claims.length > 0 ? listSome(claims) : 'by the change record'}`;
}
