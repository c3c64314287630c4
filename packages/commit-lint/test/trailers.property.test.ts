/**
 * The trailer reader must agree with git itself: generated messages are given to
 * `git interpret-trailers --parse` and to findTrailerBlock, and both must list the same trailers.
 */
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findTrailerBlock } from '../src/trailers.ts';

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

const token = fc.constantFrom('Fixes', 'Signed-off-by', 'Co-authored-by', 'Refs', 'fixes', 'Reviewed-by', 'X-Ticket');
const word = fc.constantFrom('the', 'limit', '#12', '# note', 'fixes', 'see', 'Fixes:', 'A:', '(cherry', 'https://x.y/1', 'per', 'IP.');
const prose = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const trailerLine = fc.tuple(token, fc.constantFrom(': ', ' : ', ':'), prose).map(([t, s, v]) => `${t}${s}${v}`);
const special = fc.constantFrom(
  'Signed-off-by: Ada <ada@example.com>',
  '(cherry picked from commit 0123456789abcdef0123456789abcdef01234567)',
  '  continued value',
  '',
);
const line = fc.oneof({ weight: 3, arbitrary: prose }, { weight: 3, arbitrary: trailerLine }, { weight: 2, arbitrary: special });
const message = fc
  .tuple(prose, fc.array(fc.array(line, { minLength: 1, maxLength: 5 }), { maxLength: 4 }))
  .map(([header, paragraphs]) => [header, ...paragraphs.map((p) => p.join('\n'))].join('\n\n') + '\n');

describe('trailers as git reads them', () => {
  test('examples', () => {
    expect(ours('fix: x\n\nThis fixes #12.\n\nFixes: #12\n')).toEqual(['Fixes: #12']);
    expect(ours('fix: x\n\nSee #12 and Fixes: #3 in text\n')).toEqual([]);
    expect(ours('fix: x\nFixes: #3\n')).toEqual([]); // the title paragraph never holds trailers
  });

  test('agree with git interpret-trailers on generated messages', () => {
    fc.assert(
      fc.property(message, (m) => {
        expect(ours(m)).toEqual(gitTrailers(m));
      }),
      { numRuns: 300 },
    );
  });
});
