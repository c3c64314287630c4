import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { defaultClassifyPolicy } from '../src/index.ts';
import { globSet, regexSet, unionOf } from '../src/matcher.ts';

const policy = defaultClassifyPolicy;
const defaultGlobs = [
  ...policy.authentication.paths,
  ...policy.cryptography.paths,
  ...policy.infrastructure.paths,
  ...policy.infrastructure.wrangler,
  ...policy.accessControl.paths,
  ...policy.accessControl.codeowners,
  ...policy.accessControl.workflows,
  ...policy.changeTypes.schemaPaths,
  ...Object.values(policy.changeTypes.commitTypePaths).flat(),
  ...policy.vendored,
  ...policy.content.files,
];
const otherGlobs = ['**/*', '**/a/b/**', '**/{src,lib}/x*', '**/**/deep', 'src/**/auth/*.ts', '*.md', '**/.env*', '**/[ab]c/**', '**/a?.ts'];

const segment = fc.oneof(
  fc.constantFrom('auth', 'Auth', 'crypto', 'kv', 'src', 'vendor', 'docs', 'test', '.github', 'workflows', 'migrations', 'a', 'b', 'bc', 'x.ts', '.env.local', 'a1.ts'),
  fc.constantFrom('oauth_client.rs', 'session.ts', 'jwt.rs', 'login.tsx', 'wrangler.toml', 'wrangler.prod.jsonc', 'CODEOWNERS', 'keys.pem', 'x.test.ts', 'schema.sql'),
  // picomatch's `**` refuses `.` and `..` segments and segments with line terminators; git never
  // writes such paths, and the rewritten expressions accept them, which can only add matches.
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }).filter((s) => !/[/\n\r\u2028\u2029]|^\.{1,2}$/.test(s)),
);
const path = fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('/'));

describe('globSet', () => {
  it('matches exactly as picomatch does (dot files included, case-insensitive)', () => {
    const globs = [...defaultGlobs, ...otherGlobs];
    const sets = globs.map((glob) => [glob, globSet([glob], 'test'), picomatch(glob, { dot: true, nocase: true })] as const);
    fc.assert(
      fc.property(path, (input) => {
        for (const [glob, set, reference] of sets) expect([glob, set.test(input)]).toEqual([glob, reference(input)]);
      }),
      { numRuns: 2000 },
    );
  });

  it('names the globs that matched', () => {
    const set = globSet(['**/auth/**', '**/*.ts', 'docs/**'], 'test');
    expect(set.matching('src/auth/login.ts')).toEqual(['**/auth/**', '**/*.ts']);
    expect(set.matching('README.md')).toEqual([]);
  });
});

describe('regexSet and unionOf', () => {
  const sets = [
    regexSet(policy.authentication.content, 'a'),
    regexSet(policy.cryptography.content, 'c'),
    regexSet(policy.cryptoParameters.content, 'p'),
    regexSet(['^\\s*import\\b', 'x|\\by', '[|(]\\bz'], 'o'),
  ];
  const union = unionOf(sets);
  const word = fc.constantFrom(
    'Authorization', 'Bearer ', 'jwt', 'verifyToken(', 'login(', 'crypto.subtle', "'node:crypto'", 'createHash(', 'ES256', 'P-256',
    'SHA-256', 'pbkdf2', 'iterations:', 'import', 'x', 'y', '|z', '(z', ' ', '\\b', 'foo', '=', ';', '"', '::',
  );
  const line = fc.array(fc.oneof(word, fc.string({ maxLength: 4 })), { maxLength: 8 }).map((parts) => parts.join(''));

  it('tests each line as its patterns do one by one', () => {
    fc.assert(
      fc.property(line, (text) => {
        for (const set of sets) expect(set.test(text)).toBe(set.items.some((item) => item.regex.test(text)));
        expect(union.test(text)).toBe(sets.some((set) => set.test(text)));
      }),
      { numRuns: 2000 },
    );
  });
});
