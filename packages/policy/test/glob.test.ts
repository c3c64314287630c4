import picomatch from 'picomatch';
import { describe, expect, test } from 'vitest';
import { globRegex, globTest } from '../src/convert.ts';
import { ClassifyPolicyError, GatePolicyError, PolicyError, PolicySectionError } from '../src/index.ts';
import { parsePolicy } from '../src/parse.ts';

const FILE = '.github/change-policy.yml';

function problems(text: string) {
  try {
    parsePolicy(text, FILE);
  } catch (error) {
    if (error instanceof PolicyError) return error.problems;
    throw error;
  }
  throw new Error('the policy was accepted');
}

describe('one glob dialect for the whole policy file', () => {
  test('classes and extglobs are accepted in the classify and the gate sections alike', () => {
    const policy = parsePolicy(
      [
        'version: 1',
        'classify:',
        '  authentication:',
        "    paths: ['src/[Aa]uth/**', 'lib/@(session|token)/**']",
        'gate:',
        '  stale-approvals:',
        "    security-paths: ['src/[Aa]uth/**', 'lib/@(session|token)/**']",
        '',
      ].join('\n'),
      FILE,
    );
    expect(policy.classify.authentication.paths).toEqual(policy.gate.staleApprovals.securityPaths);
  });

  test.each<[string, string]>([
    ['src/[Aa]uth/**', 'src/auth/login.ts'],
    ['src/[Aa]uth/**', 'src/oauth/login.ts'],
    ['lib/@(session|token)/**', 'lib/session/a.ts'],
    ['lib/@(session|token)/**', 'lib/cookie/a.ts'],
    ['**/*.{pem,key}', '.secrets/CA.PEM'],
    ['**/.env*', 'deploy/.env.local'],
    ['**/auth/**', 'src/AUTH/x.ts'],
    ['docs/*.md', 'docs/sub/a.md'],
  ])('%s against %s: as picomatch matches it, dot files included, case-insensitively', (glob, path) => {
    const expected = picomatch(glob, { dot: true, nocase: true })(path);
    expect(globRegex(glob, 'key').test(path)).toBe(expected);
    expect(globTest([glob], 'key')(path)).toBe(expected);
  });

  test.each<[string, string, string, number]>([
    ['a classify glob', 'classify:\n  authentication:\n    paths: ["**/*.{ts"]\n', '/classify/authentication/paths', 3],
    ['a gate glob', 'gate:\n  threat-model:\n    documents: ["docs/[z-a].md"]\n', '/gate/threat-model/documents', 3],
  ])('%s picomatch cannot compile is refused when the policy is read, naming the key and line', (_, yaml, pointer, line) => {
    const [problem, ...rest] = problems(`version: 1\n${yaml}`);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: FILE, pointer, line: line + 1 });
    expect(problem?.message).toMatch(/is not a valid picomatch glob/);
  });

  test('a negated glob is refused by the schema in every section', () => {
    for (const yaml of ['classify:\n  vendored: ["!vendor/**"]\n', 'gate:\n  threat-model:\n    documents: ["!docs/**"]\n']) {
      expect(problems(`version: 1\n${yaml}`)).toHaveLength(1);
    }
  });

  test('a glob the engines are handed directly is checked too, with the section error', () => {
    expect(() => globRegex('!src/**', 'classify.vendored', ClassifyPolicyError)).toThrow(ClassifyPolicyError);
    expect(() => globTest(['src/{a,b'], 'gate.threat-model.documents', GatePolicyError)).toThrow(GatePolicyError);
    const thrown = (() => {
      try {
        globRegex('', 'gate.stale-approvals.security-paths');
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(PolicySectionError);
    expect((thrown as PolicySectionError).key).toBe('gate.stale-approvals.security-paths');
  });
});
