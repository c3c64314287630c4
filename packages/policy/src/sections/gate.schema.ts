/**
 * JSON Schema fragment of the `gate` section of `.github/change-policy.yml`.
 */
import { roleNames } from './gate.ts';
import { globsSchema, instantPattern, list, nonEmpty, object } from './schema-parts.ts';

const instant = {
  type: 'string',
  pattern: instantPattern,
  description: 'ISO 8601 instant with an offset, e.g. 2026-06-01T08:00:00Z.',
};
const roleName = { type: 'string', enum: [...roleNames] };
const roles = (description: string) => list(description, roleName);
// The policy's one glob dialect, as in every other section.
const globs = globsSchema;

const userProperties = {
  login: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9-]{0,38}$' },
  id: { type: 'integer', minimum: 1 },
  from: { ...instant, description: 'The slot starts at this instant.' },
  until: { ...instant, description: 'The slot ends before this instant.' },
};

const role = (description: string) =>
  object(description, {
    teams: list('GitHub teams, org/team-slug; only active memberships count, never pending ones.', {
      type: 'string',
      pattern: '^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$',
    }),
    users: {
      type: 'array',
      description: 'Users, by login or (safer: logins can be renamed and taken) by account id, optionally for a slot, as in an on-call rota.',
      items: {
        anyOf: [
          object('A user named by login, optionally holding the role only from one instant until another.', userProperties, ['login']),
          object('A user named by account id, optionally holding the role only from one instant until another.', userProperties, ['id']),
        ],
      },
    },
  });

/** Schema fragment of the `gate` section. */
export const gateSchema = object('Who must approve a change before it merges: the security-review-gate.', {
  roles: object('Who holds the roles the procedure names. A role naming nobody can never approve.', {
    'security-lead': role('Security Lead: security-relevant and access control changes, security incidents.'),
    'isms-owner': role('ISMS Owner: emergency changes, infrastructure changes, retrospectives.'),
    'on-call': role('On-call engineer: P0 emergency changes, within the slot.'),
    cryptographer: role('Cryptographer: cryptographic changes, when the policy asks for one.'),
  }),
  'code-review': object('Code review approvals.', {
    mode: { type: 'string', enum: ['approvals', 'sole-operator'], description: 'sole-operator: a self-review with passing CI is accepted and recorded as a risk.' },
    'required-approvals': { type: 'integer', minimum: 1, maximum: 10 },
    'minimum-permission': { type: 'string', enum: ['read', 'triage', 'write', 'maintain', 'admin'], description: 'The least repository permission an approval counts with.' },
    'risk-reference': { ...nonEmpty, description: 'Where the sole-operator risk is accepted (the risk register), cited in the result.' },
  }),
  'stale-approvals': object('Approvals given on an earlier commit than the head.', {
    mode: { type: 'string', enum: ['count-only-head', 'keep-unless-security-relevant'] },
    'dismiss-stale': { type: 'boolean', description: 'Dismiss stale approvals on GitHub too.' },
    'security-paths': globs('Paths whose change after an approval makes it stale, besides the files the change record\'s triggers cite.'),
  }),
  'security-review': object('Security-relevant changes.', { roles: roles('Roles whose approval signs a security-relevant change off.') }),
  'threat-model': object('The threat model a security-relevant change needs.', {
    heading: { ...nonEmpty, description: 'Heading of the pull request body section, e.g. Threat model for "## Threat model".' },
    parts: list('Parts the section must have, each a sub-heading or bold label with content.', nonEmpty),
    documents: globs('Threat model documents; a changed one, or an existing one the body links, also counts.'),
  }),
  emergency: object('Emergency Change Authorisation and retrospectives.', {
    authorisers: {
      type: 'array',
      description: 'Who may authorise an emergency change, and when.',
      items: object('A role and the emergencies it may authorise.', { role: roleName, when: { type: 'string', enum: ['any', 'security-incident', 'p0'] } }, ['role', 'when']),
    },
    'security-incident-labels': list('Labels that make an emergency a security incident (a security-relevant change is one too).', nonEmpty),
    'retrospective-hours': { type: 'number', exclusiveMinimum: 0, maximum: 8760 },
    'retrospective-approvers': roles('Roles that approve a retrospective.'),
    'escalate-to': { ...roles('Roles an overdue retrospective is escalated to.'), minItems: 1 },
  }),
  infrastructure: object('Infrastructure changes.', { roles: roles('Roles whose approval an infrastructure change needs.') }),
  'access-control': object('Access control changes.', { roles: roles('Roles whose approval an access control change needs.') }),
  cryptographic: object('Cryptographic changes: cryptographer review (if available) or thorough self-review.', {
    review: { type: 'string', enum: ['approval', 'self-review'] },
    roles: roles('Roles whose approval a cryptographic change needs, in approval mode.'),
    'self-review-heading': { ...nonEmpty, description: 'Heading of the body section documenting the self-review, in self-review mode.' },
  }),
});

/** Schema of `{ gate }`; embed `properties.gate` in the policy file's schema. */
export const gatePolicySchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'change-actions gate section',
  type: 'object',
  additionalProperties: false,
  properties: { gate: gateSchema },
};
