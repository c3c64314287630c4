/**
 * The trailer reader must agree with git itself: generated messages are given to
 * `git interpret-trailers --parse` and to findTrailerBlock, and both must list the same trailers.
 * The messages hold what git and JavaScript disagree on (see messages.ts).
 */
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findTrailerBlock } from '../src/trailers.ts';
import { oddMessage } from './messages.ts';

function gitTrailers(message: string): string[] {
  const out = execFileSync('git', ['-c', 'trailer.separators=:', 'interpret-trailers', '--parse', '--no-divider'], {
    input: message,
    encoding: 'utf8',
  });
  return out.split('\n').filter(Boolean);
}

function ours(message: string): string[] {
  return findTrailerBlock(message.split('\n')).trailers.map((t) => `${t.token}: ${t.value}`);
}

describe('trailers as git reads them', () => {
  test('examples', () => {
    expect(ours('fix: x\n\nThis fixes #12.\n\nFixes: #12\n')).toEqual(['Fixes: #12']);
    expect(ours('fix: x\n\nSee #12 and Fixes: #3 in text\n')).toEqual([]);
    expect(ours('fix: x\nFixes: #3\n')).toEqual([]); // the title paragraph never holds trailers
    // A line of U+00A0 is text to git: the title paragraph runs on, and no trailer block starts.
    expect(ours('fix: x\n\u00a0\nFixes: #3\n')).toEqual(gitTrailers('fix: x\n\u00a0\nFixes: #3\n'));
    expect(ours('fix: x\n\nwhy\n\u3000\nFixes: #3\n')).toEqual([]);
    // git trims only ASCII spaces from a value: U+00A0 stays.
    expect(ours('fix: x\n\nwhy\n\nFixes:\u00a0#3\u00a0\n')).toEqual(['Fixes: \u00a0#3\u00a0']);
    expect(gitTrailers('fix: x\n\nwhy\n\nFixes:\u00a0#3\u00a0\n')).toEqual(['Fixes: \u00a0#3\u00a0']);
  });

  test('agree with git interpret-trailers on generated messages', () => {
    fc.assert(
      fc.property(oddMessage, (m) => {
        expect(ours(m)).toEqual(gitTrailers(m));
      }),
      { numRuns: 500 },
    );
  });
});
