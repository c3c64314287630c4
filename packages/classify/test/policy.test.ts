import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
// ajv is a dependency of @change-actions/policy, not of this package: it is imported from there.
import { Ajv } from 'ajv';
import { ClassifyPolicyError, classifyPolicySchema, commitTypes, defaultClassifyPolicy, toClassifyPolicy, type ClassifyPolicyDocument } from '../src/index.ts';
import { toDocument } from './helpers.ts';

const validate = new Ajv({ allErrors: true, strict: true }).compile(classifyPolicySchema);

describe('toClassifyPolicy', () => {
  it('gives the procedure defaults for an empty document', () => {
    expect(toClassifyPolicy({})).toEqual(defaultClassifyPolicy);
    expect(toClassifyPolicy()).toEqual(defaultClassifyPolicy);
  });

  it('maps the default policy written as YAML back to the defaults', () => {
    const yaml = stringify(toDocument(defaultClassifyPolicy));
    expect(toClassifyPolicy(parse(yaml) as ClassifyPolicyDocument)).toEqual(defaultClassifyPolicy);
  });

  it('merges objects key by key and replaces lists whole', () => {
    const policy = toClassifyPolicy({
      classify: {
        emergency: { labels: ['incident'], severity: { 'label-prefixes': ['sev:'] } },
        'change-types': { 'commit-type-paths': { docs: ['handbook/**'] } },
        'access-control': { 'trusted-owners': ['maelstrom'] },
      },
      windows: { 'time-zone': 'UTC', normal: { hours: '08:00-18:00' } },
    });
    expect(policy.emergency.labels).toEqual(['incident']);
    expect(policy.emergency.branchPrefixes).toEqual(defaultClassifyPolicy.emergency.branchPrefixes);
    expect(policy.emergency.severity).toEqual({ ...defaultClassifyPolicy.emergency.severity, labelPrefixes: ['sev:'] });
    expect(policy.changeTypes.commitTypePaths).toEqual({ ...defaultClassifyPolicy.changeTypes.commitTypePaths, docs: ['handbook/**'] });
    expect(policy.accessControl.trustedOwners).toEqual(['maelstrom']);
    expect(policy.windows.normal).toEqual({ days: defaultClassifyPolicy.windows.normal.days, hours: '08:00-18:00' });
    expect(policy.windows.timeZone).toBe('UTC');
  });

  const invalid: Array<[string, ClassifyPolicyDocument, string]> = [
    ['an invalid regular expression', { classify: { authentication: { content: ['(unclosed'] } } }, 'classify.authentication.content'],
    ['a backreference', { classify: { 'crypto-parameters': { content: ['(a)\\1'] } } }, 'classify.crypto-parameters.content'],
    ['a named group', { classify: { cryptography: { content: ['(?<alg>ES256)'] } } }, 'classify.cryptography.content'],
    ['a negated glob', { classify: { vendored: ['!vendor/**'] } }, 'classify.vendored'],
    ['an output label that is an emergency label', { classify: { labels: { emergency: 'emergency' } } }, 'classify.labels'],
    ['an unknown time zone', { windows: { 'time-zone': 'Mars/Olympus_Mons' } }, 'windows.time-zone'],
    ['hours that end before they start', { windows: { normal: { hours: '17:00-09:00' } } }, 'windows.normal.hours'],
    ['a day that does not exist', { windows: { freezes: [{ yearly: { from: '02-30', to: '03-01' }, reason: 'x' }] } }, 'windows.freezes[0].yearly.from'],
    ['a one-off freeze that ends before it starts', { windows: { freezes: [{ start: '2026-06-05T00:00:00Z', end: '2026-06-01T00:00:00Z', reason: 'x' }] } }, 'windows.freezes[0]'],
  ];
  it.each(invalid)('rejects %s, naming the key', (_, document, key) => {
    expect(() => toClassifyPolicy(document)).toThrow(ClassifyPolicyError);
    try {
      toClassifyPolicy(document);
    } catch (error) {
      expect((error as ClassifyPolicyError).key).toBe(key);
    }
  });
});

describe('classifyPolicySchema', () => {
  it('is a valid draft-07 JSON Schema that compiles in strict mode', () => {
    const ajv = new Ajv({ strict: true });
    expect(ajv.validateSchema(classifyPolicySchema)).toBe(true);
    expect(() => ajv.compile(classifyPolicySchema)).not.toThrow();
  });

  it('accepts the default policy in its YAML shape, and an empty document', () => {
    expect(validate(toDocument(defaultClassifyPolicy)), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({})).toBe(true);
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
    const undefaultedCommitTypes = commitTypes
      .filter((type) => !(type in defaultClassifyPolicy.changeTypes.commitTypePaths))
      .map((type) => `classify.change-types.commit-type-paths.${type}`);
    expect(schemaKeys(classifyPolicySchema).sort()).toEqual([...keysOf(toDocument(defaultClassifyPolicy)), ...undefaultedCommitTypes].sort());
  });

  const unknownKeys: Array<[string, unknown]> = [
    ['at the top level', { classfy: {} }],
    ['in classify', { classify: { emergncy: {} } }],
    ['in a nested object', { classify: { emergency: { severity: { labels: [] } } } }],
    ['in labels', { classify: { labels: { urgent: 'x' } } }],
    ['in windows', { windows: { timezone: 'UTC' } }],
    ['in a time window', { windows: { normal: { days: ['mon'], hours: '09:00-17:00', holidays: [] } } }],
    ['in a freeze', { windows: { freezes: [{ start: '2026-06-01T00:00:00Z', end: '2026-06-02T00:00:00Z', reason: 'x', note: 'y' }] } }],
  ];
  it.each(unknownKeys)('rejects an unknown key %s', (_, document) => {
    expect(validate(document)).toBe(false);
    expect(validate.errors?.some((e) => e.keyword === 'additionalProperties')).toBe(true);
  });

  const badValues: Array<[string, unknown]> = [
    ['a severity title marker without {severity}', { classify: { emergency: { severity: { 'title-markers': ['[sev]'] } } } }],
    ['an unknown level', { classify: { dependencies: { new: 'warn' } } }],
    ['an unknown commit type', { classify: { 'change-types': { 'normal-commit-types': ['perf'] } } }],
    ['a negated glob', { classify: { vendored: ['!vendor/**'] } }],
    ['hours without minutes', { windows: { normal: { hours: '9-17' } } }],
    ['a weekday that does not exist', { windows: { freezes: [{ weekly: { from: 'fri 16:00', to: 'mon' }, reason: 'x' }] } }],
    ['a freeze without a reason', { windows: { freezes: [{ yearly: { from: '12-24', to: '01-02' } }] } }],
    ['an instant without an offset', { windows: { freezes: [{ start: '2026-06-01T00:00:00', end: '2026-06-02T00:00:00Z', reason: 'x' }] } }],
    ['a label longer than GitHub allows', { classify: { labels: { major: 'x'.repeat(51) } } }],
  ];
  it.each(badValues)('rejects %s', (_, document) => {
    expect(validate(document)).toBe(false);
  });
});
