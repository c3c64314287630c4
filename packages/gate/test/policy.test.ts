import { describe, expect, it } from 'vitest';
// ajv is a dependency of @change-actions/policy, not of this package: it is imported from there.
import { Ajv } from '../../policy/node_modules/ajv/dist/ajv.js';
import { GatePolicyError, defaultGatePolicy, gatePolicySchema, toGatePolicy, type GatePolicyDocument } from '../src/index.ts';
import { globTest } from '@change-actions/policy/convert';

const validate = new Ajv({ allErrors: true, strict: true }).compile(gatePolicySchema);

/** The policy file's shape of a typed policy: the inverse of `toGatePolicy`. */
function toDocument(policy: object): GatePolicyDocument {
  const kebab = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(kebab);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), kebab(item)]));
  };
  return kebab(policy) as GatePolicyDocument;
}

describe('toGatePolicy', () => {
  it('gives the procedure defaults for an empty section', () => {
    expect(toGatePolicy({})).toEqual(defaultGatePolicy);
    expect(toGatePolicy()).toEqual(defaultGatePolicy);
  });

  it('maps the default policy written in the file shape back to the defaults', () => {
    const written = JSON.parse(JSON.stringify(toDocument(defaultGatePolicy))) as GatePolicyDocument;
    expect(toGatePolicy(written)).toEqual(defaultGatePolicy);
  });

  it('has the procedure as defaults', () => {
    expect(defaultGatePolicy.codeReview.requiredApprovals).toBe(2);
    expect(defaultGatePolicy.staleApprovals).toMatchObject({ mode: 'count-only-head', dismissStale: true });
    expect(defaultGatePolicy.securityReview.roles).toEqual(['security-lead']);
    expect(defaultGatePolicy.infrastructure.roles).toEqual(['isms-owner']);
    expect(defaultGatePolicy.accessControl.roles).toEqual(['security-lead']);
    expect(defaultGatePolicy.emergency.retrospectiveHours).toBe(24);
    expect(defaultGatePolicy.threatModel.parts).toEqual(['Assets', 'Threats', 'Mitigations']);
  });

  it('merges objects key by key and replaces lists whole', () => {
    const policy = toGatePolicy({
      roles: { 'on-call': { users: [{ login: 'otto', from: '2026-03-30T08:00:00Z', until: '2026-04-06T08:00:00Z' }] } },
      'code-review': { mode: 'sole-operator' },
      'threat-model': { parts: ['Assets', 'Threats'] },
    });
    expect(policy.roles.onCall).toEqual({ teams: [], users: [{ login: 'otto', from: '2026-03-30T08:00:00Z', until: '2026-04-06T08:00:00Z' }] });
    expect(policy.roles.securityLead).toEqual(defaultGatePolicy.roles.securityLead);
    expect(policy.codeReview).toEqual({ ...defaultGatePolicy.codeReview, mode: 'sole-operator' });
    expect(policy.threatModel.parts).toEqual(['Assets', 'Threats']);
    expect(policy.threatModel.heading).toBe('Threat model');
  });

  const invalid: Array<[string, GatePolicyDocument, string]> = [
    ['a user named by neither login nor id', { roles: { 'on-call': { users: [{ from: '2026-03-30T08:00:00Z' }] } } }, 'gate.roles.on-call.users[0]'],
    ['a slot that ends before it starts', { roles: { 'on-call': { users: [{ id: 1, from: '2026-04-06T08:00:00Z', until: '2026-03-30T08:00:00Z' }] } } }, 'gate.roles.on-call.users[0]'],
    ['a slot with an impossible date', { roles: { 'on-call': { users: [{ id: 1, until: '2026-02-30T25:00:00Z' }] } } }, 'gate.roles.on-call.users[0]'],
    ['a team without an organisation', { roles: { 'security-lead': { teams: ['security'] } } }, 'gate.roles.security-lead.teams[0]'],
    ['a glob picomatch cannot compile', { 'threat-model': { documents: ['docs/[z-a]hreat.md'] } }, 'gate.threat-model.documents'],
    ['a negated glob', { 'stale-approvals': { 'security-paths': ['!docs/**'] } }, 'gate.stale-approvals.security-paths'],
    ['an unclosed brace', { 'stale-approvals': { 'security-paths': ['src/{a,b'] } }, 'gate.stale-approvals.security-paths'],
    ['no approvals required', { 'code-review': { 'required-approvals': 0 } }, 'gate.code-review.required-approvals'],
    ['a retrospective due at once', { emergency: { 'retrospective-hours': 0 } }, 'gate.emergency.retrospective-hours'],
    ['an empty heading', { 'threat-model': { heading: ' ' } }, 'gate.threat-model.heading'],
    ['an unknown role', { 'security-review': { roles: ['ciso' as 'security-lead'] } }, 'gate.security-review.roles'],
  ];
  it.each(invalid)('rejects %s, naming the key', (_, section, key) => {
    expect(() => toGatePolicy(section)).toThrow(GatePolicyError);
    try {
      toGatePolicy(section);
    } catch (error) {
      expect((error as GatePolicyError).key).toBe(key);
    }
  });
});

describe('gatePolicySchema', () => {
  it('is a valid draft-07 JSON Schema that compiles in strict mode, without $ref', () => {
    const ajv = new Ajv({ strict: true });
    expect(ajv.validateSchema(gatePolicySchema)).toBe(true);
    expect(() => ajv.compile(gatePolicySchema)).not.toThrow();
    expect(JSON.stringify(gatePolicySchema)).not.toContain('$ref');
  });

  it('has additionalProperties: false on every object', () => {
    const objects = (node: unknown): Array<Record<string, unknown>> => {
      if (typeof node !== 'object' || node === null) return [];
      const children = Object.values(node).flatMap(objects);
      return (node as { type?: unknown }).type === 'object' ? [node as Record<string, unknown>, ...children] : children;
    };
    const all = objects(gatePolicySchema);
    expect(all.length).toBeGreaterThan(10);
    for (const node of all) expect(node.additionalProperties).toBe(false);
  });

  it('accepts the default policy in its file shape, an empty section and no section', () => {
    expect(validate({ gate: toDocument(defaultGatePolicy) }), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ gate: {} })).toBe(true);
    expect(validate({})).toBe(true);
  });

  it('accepts an on-call rota by id and login', () => {
    const rota = { users: [{ id: 12, from: '2026-03-30T08:00:00Z', until: '2026-04-06T08:00:00+01:00' }, { login: 'otto' }] };
    expect(validate({ gate: { roles: { 'on-call': rota } } }), JSON.stringify(validate.errors)).toBe(true);
  });

  it('describes every key of the policy, and no other', () => {
    const keysOf = (value: unknown, prefix = ''): string[] =>
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? Object.entries(value).flatMap(([key, item]) => [`${prefix}${key}`, ...keysOf(item, `${prefix}${key}.`)])
        : [];
    const schemaKeys = (schema: unknown, prefix = ''): string[] => {
      const properties = (schema as { properties?: Record<string, unknown> }).properties ?? {};
      return Object.entries(properties).flatMap(([key, item]) => [`${prefix}${key}`, ...schemaKeys(item, `${prefix}${key}.`)]);
    };
    expect(schemaKeys(gatePolicySchema).sort()).toEqual(keysOf({ gate: toDocument(defaultGatePolicy) }).sort());
  });

  const unknownKeys: Array<[string, unknown]> = [
    ['at the top level', { gates: {} }],
    ['in gate', { gate: { approvals: 2 } }],
    ['in a role', { gate: { roles: { 'security-lead': { members: [] } } } }],
    ['in a role user', { gate: { roles: { 'on-call': { users: [{ id: 1, until: '2026-04-06T08:00:00Z', note: 'x' }] } } } }],
    ['in an emergency authoriser', { gate: { emergency: { authorisers: [{ role: 'on-call', when: 'p0', also: 'p1' }] } } }],
    ['in code review', { gate: { 'code-review': { 'dismiss-stale': true } } }],
  ];
  it.each(unknownKeys)('rejects an unknown key %s', (_, document) => {
    expect(validate(document)).toBe(false);
    expect(validate.errors?.some((e) => e.keyword === 'additionalProperties')).toBe(true);
  });

  const badValues: Array<[string, unknown]> = [
    ['a user named by neither login nor id', { gate: { roles: { 'on-call': { users: [{ from: '2026-03-30T08:00:00Z' }] } } } }],
    ['a slot instant without an offset', { gate: { roles: { 'on-call': { users: [{ id: 1, from: '2026-03-30T08:00:00' }] } } } }],
    ['a team without an organisation', { gate: { roles: { 'isms-owner': { teams: ['owners'] } } } }],
    ['an unknown role', { gate: { infrastructure: { roles: ['ciso'] } } }],
    ['an unknown emergency condition', { gate: { emergency: { authorisers: [{ role: 'on-call', when: 'p1' }] } } }],
    ['an unknown stale mode', { gate: { 'stale-approvals': { mode: 'keep' } } }],
    ['zero approvals', { gate: { 'code-review': { 'required-approvals': 0 } } }],
    ['a negated glob', { gate: { 'threat-model': { documents: ['!docs/**'] } } }],
    ['a negated glob', { gate: { 'stale-approvals': { 'security-paths': ['!src/**'] } } }],
    ['nobody to escalate to', { gate: { emergency: { 'escalate-to': [] } } }],
    ['an unknown permission', { gate: { 'code-review': { 'minimum-permission': 'owner' } } }],
  ];
  it.each(badValues)('rejects %s', (_, document) => {
    expect(validate(document)).toBe(false);
  });
});

describe('globs', () => {
  const cases: Array<[string, string, boolean]> = [
    ['**/threat-model*.md', 'threat-model.md', true],
    ['**/threat-model*.md', 'docs/security/Threat-Model-verifier.md', true],
    ['**/threat-model*.md', 'docs/threat-model.md.bak', false],
    ['**/threat-models/**', 'docs/threat-models/verifier.md', true],
    ['**/threat-models/**', 'docs/threat-models', true],
    ['docs/*.md', 'docs/a.md', true],
    ['docs/*.md', 'docs/sub/a.md', false],
    ['src/**/auth/*.ts', 'src/auth/x.ts', true],
    ['src/**/auth/*.ts', 'src/a/b/auth/x.ts', true],
    ['src/**/auth/*.ts', 'src/a/b/auth/c/x.ts', false],
    ['**/*.{pem,key}', '.secrets/ca.PEM', true],
    ['**/*.{pem,key}', 'ca.pub', false],
    ['?.md', 'a.md', true],
    ['?.md', 'ab.md', false],
    ['a.b', 'axb', false],
    ['**', 'anything/at/all', true],
    // The policy's one dialect: picomatch's classes and extglobs are globs here as in classify.
    ['docs/[tT]hreat.md', 'docs/threat.md', true],
    ['docs/[tT]hreat.md', 'docs/xhreat.md', false],
    ['src/[a-z]/**', 'src/k/x.ts', true],
    ['src/[a-z]/**', 'src/1/x.ts', false],
    ['**/*.+(ts|js)', 'src/a.js', true],
    ['**/*.+(ts|js)', 'src/a.rs', false],
    ['**/.env*', '.env.local', true],
  ];
  it.each(cases)('%s against %s: %s', (glob, path, expected) => {
    expect(globTest([glob], 'key')(path)).toBe(expected);
  });
});

describe('the glob dialect', () => {
  it('is the one classify uses: a glob classify accepts in a section, the gate accepts in its own', () => {
    const policy = toGatePolicy({ 'threat-model': { documents: ['docs/[tT]hreat-model.md', '**/*.+(md|txt)'] } });
    expect(policy.threatModel.documents).toEqual(['docs/[tT]hreat-model.md', '**/*.+(md|txt)']);
    expect(validate({ gate: { 'stale-approvals': { 'security-paths': ['src/[a-z]/**', 'src/@(auth|crypto)/**'] } } })).toBe(true);
  });
});
