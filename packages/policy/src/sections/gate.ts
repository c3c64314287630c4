/**
 * The `gate` section of the change policy: the typed gate policy and its defaults, which are the
 * procedure as written. The YAML shape (kebab-case keys under `gate:` of
 * `.github/change-policy.yml`) is mapped onto this by `toGatePolicy` in `./gate.convert.ts`; its
 * schema fragment is in `./gate.schema.ts`.
 *
 * The default roles name nobody: the procedure names the roles, not the people, so until a
 * repository names them every approval a role must give stays pending.
 */
import type { Kebab, Sparse } from '../section.ts';

/** A repository permission, as GitHub names it. */
export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export const roleNames = ['security-lead', 'isms-owner', 'on-call', 'cryptographer'] as const;
export type RoleName = (typeof roleNames)[number];

/**
 * A user holding a role, by login or (safer: a login can be renamed and taken) by account id,
 * optionally only between two instants, as an on-call rota is.
 */
export interface RoleUser {
  login?: string;
  id?: number;
  /** ISO 8601 instant with an offset; the slot starts at it. */
  from?: string;
  /** ISO 8601 instant with an offset; the slot ends before it. */
  until?: string;
}

export interface Role {
  /** GitHub teams, `org/team-slug`; only active memberships count. */
  teams: readonly string[];
  users: readonly RoleUser[];
}

/** When a role may authorise an emergency change. */
export type EmergencyCondition = 'any' | 'security-incident' | 'p0';

export interface EmergencyAuthoriser {
  role: RoleName;
  when: EmergencyCondition;
}

export type StaleMode = 'count-only-head' | 'keep-unless-security-relevant';

export interface GatePolicy {
  roles: { securityLead: Role; ismsOwner: Role; onCall: Role; cryptographer: Role };
  codeReview: {
    /** `sole-operator`: self-review through a pull request with passing CI is accepted, and recorded as a risk. */
    mode: 'approvals' | 'sole-operator';
    requiredApprovals: number;
    /** The least repository permission an approval counts with. */
    minimumPermission: Permission;
    /** Where the sole-operator risk is accepted, cited in every result that relies on it. */
    riskReference: string;
  };
  staleApprovals: {
    mode: StaleMode;
    /** Ask the action to dismiss stale approvals, so GitHub's own view agrees with the gate. */
    dismissStale: boolean;
    /** Paths that make an approval stale when changed after it, besides the files the record's triggers cite. */
    securityPaths: readonly string[];
  };
  securityReview: { roles: readonly RoleName[] };
  threatModel: {
    /** The heading of the pull request body's threat model section. */
    heading: string;
    /** The parts the section must have, each a sub-heading or bold label with content. */
    parts: readonly string[];
    /** Threat model documents: a changed one, or an existing one linked from the body, also counts. */
    documents: readonly string[];
  };
  emergency: {
    authorisers: readonly EmergencyAuthoriser[];
    /** Labels that make an emergency a security incident (a security-relevant change is one too). */
    securityIncidentLabels: readonly string[];
    retrospectiveHours: number;
    /** Who may approve the retrospective. */
    retrospectiveApprovers: readonly RoleName[];
    /** Who an overdue retrospective is escalated to. */
    escalateTo: readonly RoleName[];
  };
  infrastructure: { roles: readonly RoleName[] };
  accessControl: { roles: readonly RoleName[] };
  cryptographic: {
    /** `approval` by one of `roles`, or a documented `self-review` section in the body. */
    review: 'approval' | 'self-review';
    roles: readonly RoleName[];
    selfReviewHeading: string;
  };
}

const nobody: Role = { teams: [], users: [] };

export const defaultGatePolicy: GatePolicy = deepFreeze({
  roles: { securityLead: nobody, ismsOwner: nobody, onCall: nobody, cryptographer: nobody },
  codeReview: {
    mode: 'approvals',
    requiredApprovals: 2,
    minimumPermission: 'write',
    riskReference:
      'Change Management Procedure, 4. Review: two-person approval is not feasible for a sole operator (accepted limitation, see the risk register)',
  },
  staleApprovals: { mode: 'count-only-head', dismissStale: true, securityPaths: [] },
  securityReview: { roles: ['security-lead'] },
  threatModel: {
    heading: 'Threat model',
    parts: ['Assets', 'Threats', 'Mitigations'],
    documents: ['**/threat-model*.md', '**/threat-models/**', '**/threat-model/**'],
  },
  emergency: {
    authorisers: [
      { role: 'isms-owner', when: 'any' },
      { role: 'security-lead', when: 'security-incident' },
      { role: 'on-call', when: 'p0' },
    ],
    securityIncidentLabels: ['security-incident'],
    retrospectiveHours: 24,
    retrospectiveApprovers: ['isms-owner'],
    escalateTo: ['isms-owner'],
  },
  infrastructure: { roles: ['isms-owner'] },
  accessControl: { roles: ['security-lead'] },
  cryptographic: { review: 'approval', roles: ['security-lead'], selfReviewHeading: 'Cryptographic self-review' },
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Where each role sits in `GatePolicy.roles`. */
export const roleKeys: Readonly<Record<RoleName, keyof GatePolicy['roles']>> = {
  'security-lead': 'securityLead',
  'isms-owner': 'ismsOwner',
  'on-call': 'onCall',
  cryptographer: 'cryptographer',
};

/** The `gate` section as written in the policy file. */
export type GatePolicyDocument = Sparse<Kebab<GatePolicy>>;
