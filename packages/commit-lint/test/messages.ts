/**
 * Generated commit messages that hold what git and JavaScript read differently: lines of U+00A0
 * or U+3000 (text to git, blank to `trim()`), lines of spaces and tabs, invisible characters,
 * comment lines, old conflict blocks, empty scopes.
 */
import fc from 'fast-check';

/** Characters that show nothing, or that git and JavaScript read differently. */
export const oddSpace = fc.constantFrom('\u00a0', '\u3000', ' ', '\t', '\u200b', '\u2060', '\u00ad', '\u3164', '\u2800', '\u200e', '\u200f', '\ufeff');
const oddRun = fc.array(oddSpace, { minLength: 1, maxLength: 3 }).map((c) => c.join(''));
const token = fc.constantFrom('Fixes', 'Signed-off-by', 'Co-authored-by', 'Refs', 'fixes', 'Reviewed-by', 'X-Ticket');
const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('the', 'limit', '#12', '# note', 'fixes', 'see', 'Fixes:', 'A:', '(cherry', 'https://x.y/1', 'per', 'IP.') },
  { weight: 1, arbitrary: oddRun },
);
export const prose = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const trailerLine = fc
  .tuple(token, fc.constantFrom(': ', ' : ', ':', ':\u00a0'), fc.oneof(prose, fc.constantFrom('#1', '#22')), fc.constantFrom('', ' ', '\u00a0', '\t'))
  .map(([t, s, v, end]) => `${t}${s}${v}${end}`);
const special = fc.constantFrom(
  'Signed-off-by: Ada <ada@example.com>',
  '(cherry picked from commit 0123456789abcdef0123456789abcdef01234567)',
  '  continued value',
  '\tcontinued',
  '\u00a0not a continuation',
  '\u00a0',
  '\u3000',
  '  ',
  '\t',
  '# a comment',
  '#42 is why',
  '; a comment in another character',
  'Conflicts:',
  '\tsrc/a.ts',
  '',
);
const line = fc.oneof({ weight: 3, arbitrary: prose }, { weight: 3, arbitrary: trailerLine }, { weight: 3, arbitrary: special });
const header = fc.oneof(
  prose,
  fc
    .tuple(fc.constantFrom('feat', 'fix', 'docs', 'wip'), fc.constantFrom('', '()', '(\u200b)', '(api)', '!'), fc.oneof(prose, oddRun))
    .map(([t, scope, d]) => `${t}${scope}: ${d}`),
);
/** A message: a header, paragraphs of lines, and one of several endings. */
export const oddMessage = fc
  .tuple(header, fc.array(fc.array(line, { minLength: 1, maxLength: 5 }), { maxLength: 4 }), fc.constantFrom('\n', '', '\n\n', '\n# trailing comment\n', '\n\u00a0\n', '  \n'))
  .map(([h, paragraphs, end]) => [h, ...paragraphs.map((p) => p.join('\n'))].join('\n\n') + end);
