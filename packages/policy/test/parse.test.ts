import { describe, expect, test } from 'vitest';
import { PolicyError, defaultPolicy } from '../src/index.ts';
import { POLICY_MAX_BYTES, parsePolicy } from '../src/parse.ts';

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

describe('valid policies', () => {
  test('the smallest policy is the procedure', () => {
    expect(parsePolicy('version: 1\n', FILE)).toEqual(defaultPolicy);
  });
  test('settings override defaults key by key', () => {
    const policy = parsePolicy(
      'version: 1\ncommits:\n  rules:\n    fixes-trailer: error\n  fixup-commits: exempt\n  pull-request: { body: false }\n',
      FILE,
    );
    expect(policy.commits.rules['fixes-trailer']).toBe('error');
    expect(policy.commits.rules['body-required']).toBe('error');
    expect(policy.commits.fixupCommits).toBe('exempt');
    expect(policy.commits.pullRequest).toEqual({ title: true, body: false });
  });
});

describe('invalid policies name file, line and what is accepted', () => {
  test.each<[string, string, number | undefined, RegExp]>([
    ['empty file', '', undefined, /empty/],
    ['no version', 'commits: {}\n', 1, /"version" is required/],
    ['wrong version', 'version: 2\n', 1, /version: must be 1/],
    ['unknown top-level key', 'version: 1\ncomits: {}\n', 2, /unknown key "comits"; accepted: version, commits/],
    ['unknown rule', 'version: 1\ncommits:\n  rules:\n    body-requried: error\n', 4, /unknown key "body-requried"; accepted: header-format/],
    ['bad level', 'version: 1\ncommits:\n  rules:\n    body-required: fatal\n', 4, /"fatal" is not accepted; accepted: error, warning, off/],
    ['type list not a list', 'version: 1\ncommits:\n  types: feat\n', 3, /commits.types: must be array/],
    ['empty type list', 'version: 1\ncommits:\n  types: []\n', 3, /must NOT have fewer than 1 items/],
    ['bad type name', 'version: 1\ncommits:\n  types: [Feat]\n', 3, /must match pattern/],
    ['boolean as string', 'version: 1\ncommits:\n  allow-scope: "yes"\n', 3, /must be boolean/],
    ['duplicate key', 'version: 1\nversion: 1\n', 2, /YAML: Map keys must be unique/],
    ['tabs and broken YAML', 'version: 1\ncommits:\n\t- x: [\n', 3, /YAML/],
    ['not a mapping', '- version: 1\n', 1, /must be object/],
    ['alias bomb', `version: 1\nx: &a [1,1,1,1,1,1,1,1,1,1]\n${Array.from({ length: 12 }, (_, i) => `x${i}: &a${i} [${Array(10).fill(i === 0 ? '*a' : `*a${i - 1}`).join(',')}]`).join('\n')}\n`, undefined, /alias|unknown key/],
    ['custom tag', 'version: !!js/function "1"\n', 1, /YAML/],
  ])('%s', (_name, text, line, message) => {
    const found = problems(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((p) => p.message).join('\n')).toMatch(message);
    expect(found.every((p) => p.file === FILE)).toBe(true);
    if (line !== undefined) expect(found[0]!.line).toBe(line);
  });

  test('a file over the size limit is refused before parsing', () => {
    expect(problems(`version: 1\n# ${'x'.repeat(POLICY_MAX_BYTES)}\n`)[0]!.message).toMatch(/at most/);
  });

  test('every problem is reported, not only the first', () => {
    const found = problems('version: 1\ncommits:\n  rules:\n    a: error\n    body-required: nope\n  merge-commits: maybe\n');
    expect(found.map((p) => p.line)).toEqual([4, 5, 6]);
  });
});

describe('the rollback section', () => {
  test('defaults, and every key given', () => {
    expect(parsePolicy('version: 1\n', FILE).rollback).toEqual({ loopWindowMinutes: 60, directPush: false, inconclusive: 'page', retries: 3, deadlineSeconds: 240, healthTimeoutSeconds: 60 });
    expect(
      parsePolicy('version: 1\nrollback:\n  loop-window-minutes: 30\n  direct-push: true\n  inconclusive: rollback\n  retries: 1\n  deadline-seconds: 120\n  health-timeout-seconds: 20\n', FILE).rollback,
    ).toEqual({ loopWindowMinutes: 30, directPush: true, inconclusive: 'rollback', retries: 1, deadlineSeconds: 120, healthTimeoutSeconds: 20 });
  });
  test.each([
    ['an unknown key', 'version: 1\nrollback:\n  window: 5\n', /rollback: unknown key "window"; accepted: loop-window-minutes, direct-push, inconclusive, retries, deadline-seconds, health-timeout-seconds/],
    ['inconclusive misspelt', 'version: 1\nrollback:\n  inconclusive: ignore\n', /rollback\.inconclusive: "ignore" is not accepted; accepted: page, rollback/],
    ['a deadline too short for its health check', 'version: 1\nrollback:\n  deadline-seconds: 60\n  health-timeout-seconds: 60\n', /:4:\d+: rollback\.health-timeout-seconds: 60 leaves no time inside rollback\.deadline-seconds \(60\)/],
  ])('%s: the file, the line and what is accepted', (_name, text, message) => {
    expect(() => parsePolicy(text, FILE)).toThrow(message);
  });
});
