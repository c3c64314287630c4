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
  const timing = declarationTimes(context);
  // Only an approval given once the emergency (and the condition the authoriser needs) was
  // declared authorises it: an earlier approval was given to a change nobody had called urgent.
  const early: Approval[] = [];
  const candidates = context.approvals.flatMap((approval): Authorisation[] => {
    for (const authoriser of authorisers) {
      if (!met[authoriser.when]) continue;
      const since = latest(timing.declared, authoriser.when === 'p0' ? timing.p0 : authoriser.when === 'security-incident' ? timing.incident : timing.declared);
      const given = since === undefined ? [] : approval.given.filter((at) => at.getTime() >= since.getTime());
      const held = approverRole(policy, snapshot.directory, [authoriser.role], { ...approval, given });
      if (held !== undefined) return [{ approval, ...held }];
      if (approverRole(policy, snapshot.directory, [authoriser.role], approval) !== undefined && !early.includes(approval)) early.push(approval);
    }
    return [];
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
  const before = early
    .filter((approval) => counts(approval) && !candidates.some((c) => c.approval === approval))
    .map((approval) => notCounted(approval, `given before the emergency${timing.declared === undefined ? '' : ` was declared (${timing.declared.toISOString()})`} or before the condition its authoriser needs${timing.note}`));
  const notCountedText = [...before, ...uncounted, ...ineligible];
  return {
    result: {
      rule,
      status: 'pending',
      reason: `${claim}, which alone never authorises it; waiting for an approval by ${eligible.length > 0 ? eligible.join(' or ') : 'an authoriser (none applies to this emergency)'}${notCountedText.length > 0 ? `; not counted: ${listSome(notCountedText)}` : ''}`,
      needed: { approvals: 1, from: eligible },
    },
  };
}

interface DeclarationTimes {
  /** When the emergency was first claimed by a signal still in place; undefined when no signal can be dated. */
  declared?: Date;
  /** When the P0 severity was given; undefined when only the body gives it (GitHub dates no body edit). */
  p0?: Date;
  /** When it became a security incident: the change is security-relevant, or an incident label was added. */
  incident?: Date;
  /** Why a time is unknown, for the reason. */
  note: string;
}

/**
 * When each signal of the emergency was given, from what GitHub dates: a label's latest addition
 * (timeline), the title's latest change (timeline `renamed`), the branch (fixed when the pull
 * request was opened). A severity written in the body cannot be dated: GitHub's REST API exposes
 * no history of body edits.
 */
function declarationTimes({ policy, record, snapshot }: GateContext): DeclarationTimes {
  const created = snapshot.createdAt === undefined ? undefined : new Date(snapshot.createdAt);
  const labelAt = (name: string | undefined) => {
    const label = name === undefined ? undefined : snapshot.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
    return label?.addedAt === undefined ? undefined : new Date(label.addedAt);
  };
  const timeOf = (evidence: { note?: string; text?: string }): Date | undefined => {
    if (evidence.note === 'label') return labelAt(evidence.text);
    if (evidence.note === 'branch') return created;
    if (evidence.note === 'title') return snapshot.titleChangedAt === undefined ? created : new Date(snapshot.titleChangedAt);
    return undefined;
  };
  const earliest = (dates: ReadonlyArray<Date | undefined>) =>
    dates.filter((date): date is Date => date !== undefined).sort((a, b) => a.getTime() - b.getTime())[0];
  const declared = earliest(record.decisions.filter((d) => d.outcome === 'emergency').flatMap((d) => d.evidence.map(timeOf)));
  const p0 = earliest(record.decisions.filter((d) => d.outcome === 'severity').flatMap((d) => d.evidence.filter((e) => /\bP0\b/i.test(e.text ?? '')).map(timeOf)));
  const incidentLabels = new Set(policy.emergency.securityIncidentLabels.map((label) => label.toLowerCase()));
  const incident = record.securityRelevant ? declared : earliest(snapshot.labels.filter((l) => incidentLabels.has(l.name.toLowerCase())).map((l) => labelAt(l.name)));
  const notes = [
    declared === undefined ? 'no emergency signal can be dated (labels need their timeline, the title and branch the time the pull request was opened)' : undefined,
    record.severity === 'P0' && p0 === undefined ? 'the P0 severity is given only where GitHub dates no change (the body)' : undefined,
  ].filter((note) => note !== undefined);
  return { ...(declared === undefined ? {} : { declared }), ...(p0 === undefined ? {} : { p0 }), ...(incident === undefined ? {} : { incident }), note: notes.length > 0 ? `; ${notes.join('; ')}` : '' };
}

function latest(a: Date | undefined, b: Date | undefined): Date | undefined {
  if (a === undefined || b === undefined) return undefined;
  return a.getTime() >= b.getTime() ? a : b;
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
