/**
 * The `gate` section's converter and checks: kept apart from the typed section and its defaults
 * (`./gate.ts`), which every action loads, because checking globs loads the glob compiler, which
 * only the policy parser and the engines need.
 */
import { checkGlobs } from '../glob.ts';
import { camelKeys, mergeDefaults as merge } from '../section.ts';
import { GatePolicyError } from './errors.ts';
import { defaultGatePolicy, roleKeys, roleNames, type GatePolicy, type GatePolicyDocument, type RoleName } from './gate.ts';

/**
 * The typed policy for a schema-valid `gate` section (`gatePolicySchema.properties.gate`); keys left
 * out take the procedure's defaults, lists replace the default list. Throws `GatePolicyError` for
 * what the schema cannot check: globs, slots that end before they start.
 */
export function toGatePolicy(section: GatePolicyDocument = {}): GatePolicy {
  const policy = merge(defaultGatePolicy, camelKeys(section)) as GatePolicy;
  checkGatePolicy(policy);
  return policy;
}

/**
 * Checks what the schema cannot, for a policy read from the file or built by hand, so that a
 * hand-made policy cannot loosen the gate by an out-of-range value. Throws `GatePolicyError`.
 */
export function checkGatePolicy(policy: GatePolicy): void {
  checkRoles(policy);
  checkRoleReferences(policy);
  const { codeReview, emergency } = policy;
  if (!Number.isInteger(codeReview.requiredApprovals) || codeReview.requiredApprovals < 1) {
    throw new GatePolicyError('gate.code-review.required-approvals', 'must be a whole number of at least 1 (sole-operator mode is the way to need none)');
  }
  if (!(emergency.retrospectiveHours > 0 && emergency.retrospectiveHours <= 24 * 365)) {
    throw new GatePolicyError('gate.emergency.retrospective-hours', 'must be more than 0 hours and at most a year');
  }
  const headings: Array<[string, string]> = [
    ['threat-model.heading', policy.threatModel.heading],
    ['cryptographic.self-review-heading', policy.cryptographic.selfReviewHeading],
  ];
  for (const [key, heading] of headings) {
    if (heading.trim() === '') throw new GatePolicyError(`gate.${key}`, 'a section heading must not be empty');
  }
  checkGlobs(policy.staleApprovals.securityPaths, 'gate.stale-approvals.security-paths', GatePolicyError);
  checkGlobs(policy.threatModel.documents, 'gate.threat-model.documents', GatePolicyError);
}

function checkRoles(policy: GatePolicy): void {
  for (const name of roleNames) {
    const role = policy.roles[roleKeys[name]];
    role.teams.forEach((team, index) => {
      if (!/^[^/\s]+\/[^/\s]+$/.test(team)) throw new GatePolicyError(`gate.roles.${name}.teams[${index}]`, `"${team}" is not org/team-slug`);
    });
    role.users.forEach((user, index) => {
      const key = `gate.roles.${name}.users[${index}]`;
      if (user.login === undefined && user.id === undefined) throw new GatePolicyError(key, 'name the user by login or id');
      const from = user.from === undefined ? -Infinity : Date.parse(user.from);
      const until = user.until === undefined ? Infinity : Date.parse(user.until);
      if (Number.isNaN(from) || Number.isNaN(until)) throw new GatePolicyError(key, 'from and until must be ISO 8601 instants');
      if (from >= until) throw new GatePolicyError(key, `the slot ends (${user.until}) before it starts (${user.from})`);
    });
  }
}

function checkRoleReferences(policy: GatePolicy): void {
  const lists: Array<[string, readonly RoleName[]]> = [
    ['security-review.roles', policy.securityReview.roles],
    ['infrastructure.roles', policy.infrastructure.roles],
    ['access-control.roles', policy.accessControl.roles],
    ['cryptographic.roles', policy.cryptographic.roles],
    ['emergency.retrospective-approvers', policy.emergency.retrospectiveApprovers],
    ['emergency.escalate-to', policy.emergency.escalateTo],
    ['emergency.authorisers', policy.emergency.authorisers.map((authoriser) => authoriser.role)],
  ];
  for (const [key, roles] of lists) {
    const unknown = roles.find((role) => !roleNames.includes(role));
    if (unknown !== undefined) throw new GatePolicyError(`gate.${key}`, `"${unknown}" is not a role; roles: ${roleNames.join(', ')}`);
  }
}
