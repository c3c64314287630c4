import { describe, expect, test } from 'vitest';
import { defaultCommitPolicy, type CommitPolicy } from '@change-actions/policy';
import { dependsOnParents, editorMessage, lintMessage, type LintOptions } from '../src/index.ts';

const policy = defaultCommitPolicy;
const good = 'feat: add rate limiting to challenge creation\n\nAdd a token bucket so one client cannot exhaust the issuer.\n\nFixes: #123\n';

function rules(message: string, options: LintOptions = {}, p: CommitPolicy = policy) {
  const outcome = lintMessage(message, p, options);
  return {
    valid: outcome.valid,
    errors: outcome.errors.map((f) => f.rule),
    warnings: outcome.warnings.map((f) => f.rule),
    notes: outcome.notes.map((f) => f.rule),
  };
}

describe('the procedure example and its variations', () => {
  test.each([
    ['the procedure example', 'security: Implement rate limiting for challenge creation\n\nAdd token bucket rate limiting to prevent API abuse.\nLimit: 10 challenges per minute per IP.\n\nFixes: #123\n', [], []],
    ['every procedure type', good.replace('feat', 'chore'), [], []],
    ['Fixes with owner/repo', good.replace('#123', 'maelstrom/provii-issuer#9'), [], []],
    ['Fixes with an issue URL', good.replace('#123', 'https://github.com/maelstrom/provii-issuer/issues/9'), [], []],
    ['two issues', good.replace('#123', '#1, #2'), [], []],
    ['CRLF line ends', good.replace(/\n/g, '\r\n'), [], []],
    ['emoji and right-to-left text', 'docs: explain the שלום greeting 🎉\n\nThe sites greet users in Hebrew, so the docs say how.\n\nFixes: #5\n', [], []],
  ])('%s passes', (_name, message, errors, warnings) => {
    const r = rules(message);
    expect(r.errors).toEqual(errors);
    expect(r.warnings).toEqual(warnings);
    expect(r.valid).toBe(true);
  });
});

describe('findings, rule by rule', () => {
  test.each<[string, string, string[], string[]]>([
    ['no type', 'Add rate limiting\n\nBecause.\n\nFixes: #1', ['header-format'], []],
    ['unknown type', 'feature: add x\n\nBecause.\n\nFixes: #1', ['type-enum'], []],
    ['upper-case type', 'Fix: add x\n\nBecause.\n\nFixes: #1', ['type-enum'], []],
    ['scope is not in the procedure format', 'fix(api): add x\n\nBecause.\n\nFixes: #1', ['header-format'], []],
    ['breaking bang is not in the format', 'feat!: drop v1\n\nBecause.\n\nFixes: #1', ['header-format'], []],
    ['no space after colon', 'fix:add x\n\nBecause.\n\nFixes: #1', ['header-format'], []],
    ['two spaces after colon', 'fix:  add x\n\nBecause.\n\nFixes: #1', ['header-format'], []],
    ['empty description', 'fix: \n\nBecause.\n\nFixes: #1', ['description-empty'], []],
    ['long header', `fix: ${'x'.repeat(80)}\n\nBecause.\n\nFixes: #1`, [], ['header-max-length']],
    ['no blank line after header', 'fix: add x\nBecause.\n\nFixes: #1', ['body-leading-blank'], []],
    ['no body', 'fix: add x', ['body-required'], ['fixes-trailer']],
    ['only trailers', 'fix: add x\n\nFixes: #1\nSigned-off-by: A <a@b>', ['body-required'], []],
    ['body repeats the header', 'fix: add x\n\nadd x.\n\nFixes: #1', ['body-not-header-copy'], []],
    ['no Fixes trailer', 'fix: add x\n\nBecause the limit was wrong.', [], ['fixes-trailer']],
    ['Fixes in prose is not a trailer', 'fix: add x\n\nThis fixes #12 by changing the limit.', [], ['fixes-trailer']],
    ['Fixes without #', 'fix: add x\n\nBecause.\n\nFixes: 123', ['fixes-trailer-format'], []],
    ['Fixes with words', 'fix: add x\n\nBecause.\n\nFixes: the login bug', ['fixes-trailer-format'], []],
    ['empty message', '', ['header-format'], []],
    ['only whitespace', '  \n\n \n', ['header-format'], []],
    ['bidi override', 'fix: add \u202Ex\n\nBecause.\n\nFixes: #1', ['unsafe-characters'], []],
    ['NUL byte', 'fix: add x\n\nBecause\u0000.\n\nFixes: #1', ['unsafe-characters'], []],
    ['invalid UTF-8 decoded', 'fix: add x\n\nBecause \uFFFD.\n\nFixes: #1', ['unsafe-characters'], []],
    ['lone carriage return', 'fix: add x\rsecret\n\nBecause.\n\nFixes: #1', ['unsafe-characters', 'header-format'], []],
  ])('%s', (_name, message, errors, warnings) => {
    const r = rules(message);
    expect(r.errors).toEqual(errors);
    expect(r.warnings).toEqual(warnings);
    expect(r.valid).toBe(errors.length === 0);
  });

  test('the hint for "Fixes #12" in prose names the trailer to write', () => {
    const outcome = lintMessage('fix: add x\n\nThis fixes #12 by changing the limit.', policy);
    expect(outcome.warnings[0]?.message).toContain('Fixes: #12');
  });

  test('a message over the size limit is one finding, not a slow parse', () => {
    const huge = `fix: add x\n\n${'a'.repeat(1024 * 1024)}\n\nFixes: #1`;
    const outcome = lintMessage(huge, policy);
    expect(outcome.errors.map((f) => f.rule)).toEqual(['message-size']);
    expect(outcome.header).toBe('fix: add x');
  });

  test('findings never echo control characters', () => {
    const outcome = lintMessage('\u001b[31mfix\u0007: x\n::error::owned', policy);
    for (const f of [...outcome.errors, ...outcome.warnings]) {
      expect(f.message).not.toMatch(/[\u0000-\u001f]/);
    }
    expect(outcome.header).not.toMatch(/[\u0000-\u001f]/);
  });
});

describe('merge, revert and fixup commits follow the policy', () => {
  const merge = 'Merge pull request #7 from maelstrom/feature/x\n\nAdd x';
  const revert = 'Revert "feat: add x"\n\nThis reverts commit 0123456789abcdef0123456789abcdef01234567.\n';
  const fixup = 'fixup! feat: add x\n';
  const withHandling = (key: 'mergeCommits' | 'revertCommits' | 'fixupCommits', value: 'exempt' | 'lint' | 'reject') => ({ ...policy, [key]: value });

  test.each<[string, string, LintOptions, CommitPolicy, boolean, string[], string[]]>([
    ['merge by header, exempt', merge, {}, policy, true, [], ['merge-commit']],
    ['merge by parents, exempt', 'Custom merge text', { parents: 2 }, policy, true, [], ['merge-commit']],
    ['merge rejected', merge, {}, withHandling('mergeCommits', 'reject'), false, ['merge-commit'], []],
    ['merge linted', merge, {}, withHandling('mergeCommits', 'lint'), false, ['header-format'], []],
    ['revert with git line, exempt', revert, {}, policy, true, [], ['revert-commit']],
    ['revert without git line', 'Revert "feat: add x"\n\nIt broke things.', {}, policy, false, ['revert-commit'], []],
    ['revert rejected', revert, {}, withHandling('revertCommits', 'reject'), false, ['revert-commit'], []],
    ['fixup rejected by default', fixup, {}, policy, false, ['fixup-commit'], []],
    ['squash rejected by default', 'squash! feat: add x\n', {}, policy, false, ['fixup-commit'], []],
    ['fixup exempt', fixup, {}, withHandling('fixupCommits', 'exempt'), true, [], ['fixup-commit']],
  ])('%s', (_name, message, options, p, valid, errors, notes) => {
    const r = rules(message, options, p);
    expect(r.valid).toBe(valid);
    expect(r.errors).toEqual(errors);
    expect(r.notes).toEqual(notes);
  });
});

describe('pull request title and body', () => {
  test('a title is linted as a header only', () => {
    expect(rules('feat: add x', { subject: 'pull-request-title' })).toMatchObject({ valid: true, errors: [], warnings: [] });
    expect(rules('Add x', { subject: 'pull-request-title' }).errors).toEqual(['header-format']);
  });
  test('a body is linted with its title, body rules only', () => {
    expect(rules('Add x\n\nBecause.\n\nFixes: #3', { subject: 'pull-request-body' })).toMatchObject({ valid: true, errors: [] });
    expect(rules('feat: add x\n\n', { subject: 'pull-request-body' }).errors).toEqual(['body-required']);
  });
  test('a title looking like a merge is still a title', () => {
    expect(rules('Merge branch main', { subject: 'pull-request-title' }).errors).toEqual(['header-format']);
  });
});

describe('levels from the policy', () => {
  test('a rule turned off finds nothing; a warning raised to error fails', () => {
    const p: CommitPolicy = { ...policy, rules: { ...policy.rules, 'body-required': 'off', 'fixes-trailer': 'error' } };
    expect(rules('fix: add x', {}, p)).toMatchObject({ valid: false, errors: ['fixes-trailer'] });
  });
  test('custom types and scopes', () => {
    const p: CommitPolicy = { ...policy, types: ['feat', 'perf'], allowScope: true };
    expect(rules('perf(db): faster\n\nBecause.\n\nFixes: #1', {}, p).valid).toBe(true);
    expect(rules('fix: faster\n\nBecause.\n\nFixes: #1', {}, p).errors).toEqual(['type-enum']);
  });
});

describe('editor buffers (commit-msg hook)', () => {
  test('comments and everything under the scissors line are dropped', () => {
    const buffer = 'fix: add x\n# Please enter the commit message\n\nBecause.\n\nFixes: #1\n# ------------------------ >8 ------------------------\ndiff --git a/x b/x\n';
    expect(editorMessage(buffer)).toBe('fix: add x\n\nBecause.\n\nFixes: #1\n');
  });
});

describe('visible content, as git stores it', () => {
  const invisible = ['\u200b', '\u2060', '\u00ad', '\u3164', '\u115f', '\u2800', '\u200e', '\u200f', '\u00a0', '\u3000', '\ufeff'];
  test.each(invisible.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, c]))('a description of only %s is empty', (_, c) => {
    expect(rules(`feat: ${c}${c}\n\nWhy this changed.\n\nFixes: #1\n`).errors).toContain('description-empty');
  });
  test.each(invisible.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, c]))('a body of only %s is empty', (_, c) => {
    expect(rules(`feat: add x\n\n${c}${c}\n\nFixes: #1\n`).errors).toContain('body-required');
  });
  test('a message of only invisible characters is empty', () => {
    expect(rules('\u200b\u2060\n').errors).toEqual(['header-format']);
  });
  test('visible text among invisible characters counts', () => {
    expect(rules('feat: \u200badd x\n\nWhy\u00a0this changed.\n\nFixes: #1\n').errors).toEqual([]);
  });
  test('an empty scope fails with scopes off and with scopes on', () => {
    expect(rules('feat(): add x\n\nWhy.\n\nFixes: #1\n').errors).toEqual(['header-format']);
    const scoped = { ...policy, allowScope: true };
    expect(rules('feat(): add x\n\nWhy.\n\nFixes: #1\n', {}, scoped).errors).toEqual(['header-format']);
    expect(rules('feat(\u200b)!: add x\n\nWhy.\n\nFixes: #1\n', {}, scoped).errors).toEqual(['header-format']);
    expect(rules('feat(api)!: add x\n\nWhy.\n\nFixes: #1\n', {}, scoped).errors).toEqual([]);
    expect(lintMessage('feat(): add x\n\nWhy.\n\nFixes: #1\n', scoped).errors[0]!.message).toMatch(/empty scope/);
  });
  test('a line 2 of U+00A0 or U+3000 is not blank: git reads it as part of the title', () => {
    expect(rules('feat: add x\n\u00a0\nWhy this changed.\n\nFixes: #1\n').errors).toContain('body-leading-blank');
    expect(rules('feat: add x\n\u3000\nWhy this changed.\n\nFixes: #1\n').errors).toContain('body-leading-blank');
    expect(rules('feat: add x\n \t\nWhy this changed.\n\nFixes: #1\n').errors).toEqual([]);
  });
  test('a U+00A0 line keeps the trailer paragraph from starting where trim() would see one', () => {
    // To git the last paragraph is "Why.\n\u00a0\nFixes: #1": mostly prose, so no trailers.
    expect(rules('feat: add x\n\nWhy.\n\u00a0\nFixes: #1\n').warnings).toContain('fixes-trailer');
  });
  test('a NUL byte is reported as such, at its line', () => {
    const outcome = lintMessage('feat: add x\n\nWhy.\u0000hidden text\n\nFixes: #1\n', policy);
    expect(outcome.errors).toEqual([expect.objectContaining({ rule: 'unsafe-characters', line: 3 })]);
    expect(outcome.errors[0]!.message).toMatch(/NUL byte/);
  });
});

describe('verdicts that depend on the parents', () => {
  test('a bad header depends on them (a merge is exempt), a good message does not', () => {
    expect(dependsOnParents('wip\n', policy)).toBe(true);
    expect(dependsOnParents(good, policy)).toBe(false);
    expect(dependsOnParents('Merge branch \'x\'\n', policy)).toBe(false); // the header says merge either way
  });
  test('warnings count only when they fail the run', () => {
    const noTrailer = 'feat: add x\n\nWhy this changed.\n';
    expect(dependsOnParents(noTrailer, policy)).toBe(false);
    expect(dependsOnParents(noTrailer, policy, true)).toBe(true);
  });
  test('merge-commits: lint judges a merge like any commit', () => {
    expect(dependsOnParents('wip\n', { ...policy, mergeCommits: 'lint' })).toBe(false);
  });
});
