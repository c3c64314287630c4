/**
 * The gate's rules, each a function of the evaluation context returning one explained result.
 * Whether a rule applies is decided here; how the rules combine is `evaluate.ts`'s business.
 */
import type { ChangeRecord, SpecialKind } from '@change-actions/classify';
import type { CompiledGate } from './compile.ts';
import type { GatePolicy, RoleName } from '@change-actions/policy';
import type { AcceptedRisk, RuleName, RuleResult } from './result.ts';
import { counts, notCounted, type Approval, type Contributors, type Standing } from './reviews.ts';
import { approverRole, hasPermission, isVacant } from './roles.ts';
import type { Account, PullRequestSnapshot } from './snapshot.ts';
import { listSome, mention, plural, short } from './text.ts';
import { checkDocument, checkSection, threatModelLinks } from './threat-model.ts';

export interface GateContext {
  policy: GatePolicy;
  compiled: CompiledGate;
  record: ChangeRecord;
  snapshot: PullRequestSnapshot;
  contributors: Contributors;
  standing: readonly Standing[];
  approvals: readonly Approval[];
}

export function accountOf({ id, login }: Account): Account {
  return { id, login };
}

/** `; not counted: @a (why), @b (why)`, or nothing. */
function notCountedList(entries: readonly string[]): string {
  return entries.length === 0 ? '' : `; not counted: ${listSome(entries)}`;
}

/** `@login`, saying why an approval from an earlier commit still holds. */
function approvalText(approval: Approval, role?: RoleName): string {
  const notes = [role, approval.kept].filter((note) => note !== undefined);
  return notes.length === 0 ? mention(approval.user) : `${mention(approval.user)} (${notes.join('; ')})`;
}

export function commitIdentities({ contributors, snapshot }: GateContext): RuleResult {
  const rule = 'commit-identities';
  if (contributors.unknown.length > 0) {
    return {
      rule,
      status: 'blocked',
      reason: `${plural(contributors.unknown.length, 'commit')} (${listSome(contributors.unknown.map(short))}) by an author, committer or co-author whose email maps to no GitHub account: no approver can be shown independent of them`,
    };
  }
  return {
    rule,
    status: 'approved',
    reason: `every author, committer and co-author of the ${plural(snapshot.commits.length, 'commit')} is a known account; none of them may approve`,
  };
}

export function changesRequested({ standing }: GateContext): RuleResult {
  const rule = 'changes-requested';
  const objections = standing.filter((entry) => entry.state === 'CHANGES_REQUESTED');
  if (objections.length === 0) return { rule, status: 'approved', reason: "no reviewer's latest review requests changes" };
  const who = objections.map(({ user, reviews }) => {
    const commit = reviews[reviews.length - 1]?.commit_id;
    return `${mention(user)}${typeof commit === 'string' ? ` on ${short(commit)}` : ''}`;
  });
  return { rule, status: 'blocked', reason: `changes requested by ${listSome(who)}; a new review or a dismissal clears it` };
}

export function codeReview(context: GateContext): { result: RuleResult; acceptedRisk?: AcceptedRisk } {
  const rule = 'code-review';
  const { policy, snapshot } = context;
  const { requiredApprovals: required, minimumPermission, mode } = policy.codeReview;
  const counted: Approval[] = [];
  const skipped: string[] = [];
  for (const approval of context.approvals) {
    if (!counts(approval)) skipped.push(notCounted(approval));
    else if (!hasPermission(snapshot.directory, approval.user, minimumPermission)) skipped.push(notCounted(approval, `less than ${minimumPermission} permission`));
    else counted.push(approval);
  }
  const tally = `${counted.length} of ${required} approvals${counted.length > 0 ? `: ${counted.map((a) => approvalText(a)).join(', ')}` : ''}${notCountedList(skipped)}`;
  const satisfiedBy = counted.map((approval) => accountOf(approval.user));
  if (counted.length >= required) return { result: { rule, status: 'approved', reason: tally, satisfiedBy } };
  if (mode === 'sole-operator') return soleOperator(context, tally);
  return {
    result: {
      rule,
      status: 'pending',
      reason: tally,
      ...(satisfiedBy.length > 0 ? { satisfiedBy } : {}),
      needed: { approvals: required - counted.length, from: [`${minimumPermission} permission`] },
    },
  };
}

/** The procedure's accepted limitation: self-review through the pull request, with passing CI. */
function soleOperator({ policy, snapshot }: GateContext, tally: string): { result: RuleResult; acceptedRisk?: AcceptedRisk } {
  const rule = 'code-review';
  const mode = `sole-operator mode, ${tally}`;
  switch (snapshot.requiredChecks) {
    case 'success':
      return {
        result: { rule, status: 'approved', reason: `${mode}: self-review through this pull request with passing required checks on ${short(snapshot.headSha)}; risk accepted` },
        acceptedRisk: {
          statement: 'Merged on a self-review with passing CI, without a second reviewer (two-person approval is not feasible for a sole operator).',
          reference: policy.codeReview.riskReference,
        },
      };
    case 'pending':
      return { result: { rule, status: 'pending', reason: `${mode}: waiting for the required status checks on ${short(snapshot.headSha)}` } };
    case 'failure':
      return { result: { rule, status: 'blocked', reason: `${mode}: a required status check failed on ${short(snapshot.headSha)}` } };
    default:
      return { result: { rule, status: 'blocked', reason: `${mode}: the base branch requires no status checks, and a self-review counts only with passing CI` } };
  }
}

/**
 * An approval by a holder of one of `roles`, counted like any approval (independent, on the head
 * or kept), the role held when the approval was given.
 */
export function roleApproval(context: GateContext, rule: RuleName, roles: readonly RoleName[], what: string): RuleResult {
  if (roles.length === 0) return { rule, status: 'skipped', reason: `${what}: the policy names no role to approve` };
  const { policy, snapshot } = context;
  const held = context.approvals.flatMap((approval) => {
    const role = approverRole(policy, snapshot.directory, roles, approval)?.role;
    return role === undefined ? [] : [{ approval, role }];
  });
  const good = held.filter(({ approval }) => counts(approval));
  if (good.length > 0) {
    return {
      rule,
      status: 'approved',
      reason: `${what}: approved by ${good.map(({ approval, role }) => approvalText(approval, role)).join(', ')}`,
      satisfiedBy: good.map(({ approval }) => accountOf(approval.user)),
    };
  }
  const vacant = roles.filter((role) => isVacant(policy, role));
  const vacancy = vacant.length === 0 ? '' : `; nobody holds ${vacant.join(', ')}: name a team or users under gate.roles`;
  return {
    rule,
    status: 'pending',
    reason: `${what}: needs an approval by ${roles.join(' or ')}${vacancy}${notCountedList(held.map(({ approval }) => notCounted(approval)))}`,
    needed: { approvals: 1, from: roles },
  };
}

export function securityReview(context: GateContext): RuleResult {
  const { record, policy } = context;
  if (!record.securityRelevant) return { rule: 'security-review', status: 'skipped', reason: 'not a security-relevant change' };
  const kinds = [...new Set(record.triggers.map((trigger) => trigger.trigger))].join(', ');
  return roleApproval(context, 'security-review', policy.securityReview.roles, `security-relevant change (${kinds})`);
}

export function threatModel({ policy, compiled, record, snapshot }: GateContext): RuleResult {
  const rule = 'threat-model';
  if (!record.securityRelevant) return { rule, status: 'skipped', reason: 'not a security-relevant change' };
  const { heading, parts } = policy.threatModel;
  const section = checkSection(snapshot.body, heading, parts);
  if (section.found && section.missing.length === 0) {
    return { rule, status: 'approved', reason: `the body's "${heading}" section has ${parts.length > 0 ? parts.join(', ') : 'content'}` };
  }
  // A document counts only when its text, read at the head, holds the parts as the body would.
  const documents = snapshot.documents ?? {};
  const complete = (path: string) => Object.hasOwn(documents, path) && checkDocument(documents[path] ?? '', heading, parts).missing.length === 0;
  const why = (path: string) => (Object.hasOwn(documents, path) ? `${path} lacks content for ${checkDocument(documents[path] ?? '', heading, parts).missing.join(', ')}` : `${path} could not be read`);
  const changed = snapshot.files.filter((file) => file.status !== 'removed' && compiled.documents(file.path)).map((file) => file.path);
  const linked = threatModelLinks(policy, snapshot.body, snapshot.repository).filter((path) => snapshot.linkedDocuments.includes(path));
  const changedGood = changed.filter(complete);
  if (changedGood.length > 0) return { rule, status: 'approved', reason: `threat model document changed: ${listSome(changedGood)}` };
  const linkedGood = linked.filter(complete);
  if (linkedGood.length > 0) return { rule, status: 'approved', reason: `the body links the threat model document ${listSome(linkedGood)}` };
  const incomplete = [...new Set([...changed, ...linked])].map(why);
  const problem = section.found
    ? `the "${heading}" section lacks content for ${section.missing.join(', ')} (a sub-heading or bold label with text under it)`
    : `the body has no "## ${heading}" section`;
  return {
    rule,
    status: 'pending',
    reason: `${problem}, and no threat model document (${policy.threatModel.documents.join(', ')}) with those parts is changed or linked${incomplete.length > 0 ? ` (${listSome(incomplete)})` : ''}`,
    needed: { parts: section.missing },
  };
}

const specialWhat: Readonly<Record<SpecialKind, string>> = {
  infrastructure: 'infrastructure change',
  'access-control': 'access control change',
  cryptographic: 'cryptographic change',
};

export function specialApproval(context: GateContext, kind: 'infrastructure' | 'access-control'): RuleResult {
  if (!context.record.special.includes(kind)) return { rule: kind, status: 'skipped', reason: `not an ${specialWhat[kind]}` };
  const roles = kind === 'infrastructure' ? context.policy.infrastructure.roles : context.policy.accessControl.roles;
  return roleApproval(context, kind, roles, specialWhat[kind]);
}

/** The procedure: "Cryptographer review (if available) or thorough self-review". */
export function cryptographicReview(context: GateContext): RuleResult {
  const rule = 'cryptographic';
  const { policy, record, snapshot } = context;
  if (!record.special.includes('cryptographic')) return { rule, status: 'skipped', reason: 'not a cryptographic change' };
  const { review, roles, selfReviewHeading } = policy.cryptographic;
  if (review === 'approval') return roleApproval(context, rule, roles, specialWhat.cryptographic);
  const section = checkSection(snapshot.body, selfReviewHeading, []);
  if (section.found && section.missing.length === 0) return { rule, status: 'approved', reason: `cryptographic change: the body documents the self-review under "${selfReviewHeading}"` };
  return {
    rule,
    status: 'pending',
    reason: `cryptographic change: the body needs a "## ${selfReviewHeading}" section documenting the self-review`,
    needed: { parts: [selfReviewHeading] },
  };
}
