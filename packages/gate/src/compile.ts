/**
 * A gate policy checked beyond its schema and compiled for matching, once per policy object. A
 * policy given to the engine directly (not through `toGatePolicy`) is checked here too, so a
 * hand-made policy cannot loosen the gate by an out-of-range value.
 */
import { GatePolicyError } from './errors.ts';
import { globTest, type PathTest } from './glob.ts';
import { roleNames, type GatePolicy, type RoleName } from './policy.ts';
import { roleKeys } from './roles.ts';

export interface CompiledGate {
  securityPaths: PathTest;
  documents: PathTest;
}

const cache = new WeakMap<GatePolicy, CompiledGate>();

/** Compiles (once per policy object) and checks a policy; throws `GatePolicyError`. */
export function compileGate(policy: GatePolicy): CompiledGate {
  const cached = cache.get(policy);
  if (cached) return cached;
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
  const compiled: CompiledGate = {
    securityPaths: globTest(policy.staleApprovals.securityPaths, 'gate.stale-approvals.security-paths'),
    documents: globTest(policy.threatModel.documents, 'gate.threat-model.documents'),
  };
  cache.set(policy, compiled);
  return compiled;
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
