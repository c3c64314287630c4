import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, commitTypes, defaultClassifyPolicy, filesNeedingContent, type ChangedFile, type ChangeRecord, type ChangeSnapshot } from '../src/index.ts';
import { corpus } from './corpus.ts';
import { OPEN_HOURS, commit, compared, edited, snapshot } from './helpers.ts';

const rank = { standard: 0, normal: 1, emergency: 2 } as const;

/** True when `after` is classified at least as sensitively as `before`. */
function atLeast(after: ChangeRecord, before: ChangeRecord): boolean {
  const includes = (big: readonly string[], small: readonly string[]) => small.every((item) => big.includes(item));
  return (
    rank[after.changeType] >= rank[before.changeType] &&
    (after.securityRelevant || !before.securityRelevant) &&
    (after.major || !before.major) &&
    (!after.rollbackSafe || before.rollbackSafe) &&
    includes(after.special, before.special) &&
    includes(
      after.triggers.map((t) => t.trigger),
      before.triggers.map((t) => t.trigger),
    )
  );
}

/** Snapshots made of files and commits taken from the corpus, in any combination. */
const corpusFiles = corpus.flatMap((entry) => entry.snapshot.files);
const corpusCommits = corpus.flatMap((entry) => entry.snapshot.commits);
const corpusSnapshot: fc.Arbitrary<ChangeSnapshot> = fc
  .record({
    files: fc.subarray(corpusFiles, { maxLength: 8 }),
    commits: fc.subarray(corpusCommits, { minLength: 1, maxLength: 3 }),
    labels: fc.subarray(['emergency', 'severity:P1', 'bug'], { maxLength: 2 }),
  })
  .map((parts) => snapshot(parts));

const docsFile: fc.Arbitrary<ChangedFile> = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/), fc.lorem({ maxCount: 5 }))
  .map(([name, text]) => edited(`docs/${name}.md`, text));

const sensitiveFile: fc.Arbitrary<ChangedFile> = fc.constantFrom(
  edited('src/auth/guard.ts', 'return true;'),
  edited('src/api/client.ts', "headers.set('Authorization', token);"),
  edited('crates/keys/src/lib.rs', 'use ed25519_dalek::SigningKey;'),
  edited('src/jwt.ts', "const alg = 'HS256';"),
  { path: 'certs/ca.pem', status: 'added', binary: true },
  compared('.github/CODEOWNERS', '* @a\n', '* @b\n'),
  compared('wrangler.toml', 'name = "w"\n', 'name = "w"\ncompatibility_date = "2026-01-01"\n'),
  compared('package.json', '{}', '{ "dependencies": { "new-thing": "^1.0.0" } }'),
  compared('.github/workflows/release.yml', undefined, 'on: push\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: someone/action@main\n'),
);

/** Paths that reach every analysis, and arbitrary ones. */
const anyPath = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    'Cargo.toml', 'Cargo.lock', 'package.json', 'package-lock.json', 'pnpm-lock.yaml', 'yarn.lock', 'wrangler.toml',
    'wrangler.jsonc', '.github/workflows/ci.yml', 'CODEOWNERS', 'src/auth/x.ts', 'vendor/crypto/x.rs', 'src/main.rs',
  ),
);
const structuredText = fc
  .dictionary(
    fc.constantFrom(
      'dependencies', 'devDependencies', 'packages', 'importers', 'package', 'workspace', 'target', 'patch', 'lockfileVersion',
      'kv_namespaces', 'r2_buckets', 'durable_objects', 'queues', 'migrations', 'routes', 'route', 'vars', 'env',
      'compatibility_date', 'on', 'jobs', 'permissions',
    ),
    fc.jsonValue({ maxDepth: 4 }),
  )
  .map((value) => JSON.stringify(value));
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), structuredText, fc.jsonValue().map((value) => JSON.stringify(value)));
const anyLines = fc.array(fc.record({ line: fc.integer({ min: 1 }), text: fc.string({ unit: 'grapheme', maxLength: 80 }) }), { maxLength: 5 });
const anyFile: fc.Arbitrary<ChangedFile> = fc.record(
  {
    path: anyPath,
    previousPath: anyPath,
    status: fc.constantFrom('added', 'modified', 'removed', 'renamed', 'copied'),
    binary: fc.boolean(),
    additions: anyLines,
    deletions: anyLines,
    diffTruncated: fc.boolean(),
    before: anyText,
    after: anyText,
  },
  { requiredKeys: ['path', 'status', 'binary'] },
);
const anySnapshot: fc.Arbitrary<ChangeSnapshot> = fc.record({
  event: fc.constantFrom('pull_request', 'push', 'merge_group', 'workflow_dispatch'),
  labels: fc.array(fc.string(), { maxLength: 3 }),
  branch: fc.string(),
  title: fc.string(),
  body: fc.string(),
  commits: fc.array(
    fc.record({ sha: fc.string(), header: fc.string(), type: fc.constantFrom(...commitTypes), breaking: fc.boolean() }, { requiredKeys: ['sha', 'header', 'breaking'] }),
    { maxLength: 3 },
  ),
  files: fc.array(anyFile, { maxLength: 6 }),
  filesTruncated: fc.boolean(),
});

describe('properties', () => {
  it('never throws, whatever the paths and contents', () => {
    fc.assert(
      fc.property(anySnapshot, fc.date({ noInvalidDate: true }), (change, now) => {
        const record = classify(defaultClassifyPolicy, change, now);
        expect(Object.keys(rank)).toContain(record.changeType);
        expect(record.securityRelevant).toBe(record.triggers.length > 0);
      }),
      { numRuns: 300 },
    );
  });

  it('adding an unrelated documentation file never lowers the classification', () => {
    fc.assert(
      fc.property(corpusSnapshot, docsFile, (base, docs) => {
        const before = classify(defaultClassifyPolicy, base, OPEN_HOURS);
        const after = classify(defaultClassifyPolicy, { ...base, files: [...base.files, docs] }, OPEN_HOURS);
        expect(atLeast(after, before)).toBe(true);
      }),
    );
  });

  it('adding a sensitive file makes the change security-relevant and never lowers it', () => {
    fc.assert(
      fc.property(corpusSnapshot, sensitiveFile, (base, sensitive) => {
        const before = classify(defaultClassifyPolicy, base, OPEN_HOURS);
        const after = classify(defaultClassifyPolicy, { ...base, files: [...base.files, sensitive] }, OPEN_HOURS);
        expect(atLeast(after, before)).toBe(true);
        expect(after.securityRelevant).toBe(true);
        expect(after.changeType).not.toBe('standard');
      }),
    );
  });

  it('the order of files does not change the classification', () => {
    fc.assert(
      fc.property(
        corpusSnapshot.chain((base) => fc.tuple(fc.constant(base), fc.shuffledSubarray([...base.files], { minLength: base.files.length }))),
        ([base, shuffled]) => {
          const summary = (record: ChangeRecord) => ({
            changeType: record.changeType,
            securityRelevant: record.securityRelevant,
            special: record.special,
            major: record.major,
            rollbackSafe: record.rollbackSafe,
            rules: [...new Set(record.triggers.map((t) => t.rule))].sort(),
            labels: record.labels,
          });
          expect(summary(classify(defaultClassifyPolicy, { ...base, files: shuffled }, OPEN_HOURS))).toEqual(
            summary(classify(defaultClassifyPolicy, base, OPEN_HOURS)),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('an emergency is always inside its window, and says so', () => {
    fc.assert(
      fc.property(corpusSnapshot, fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), (base, now) => {
        const record = classify(defaultClassifyPolicy, { ...base, labels: ['emergency'] }, now);
        expect([record.changeType, record.window.open, record.window.exempt]).toEqual(['emergency', true, true]);
      }),
    );
  });

  it('a standard change is always inside the default windows', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), (now) => {
        const record = classify(defaultClassifyPolicy, snapshot({ commits: [commit('docs: x')], files: [edited('README.md', 'x')] }), now);
        expect([record.changeType, record.window.open]).toEqual(['standard', true]);
      }),
    );
  });

  it('filesNeedingContent returns a subset of its input, in order', () => {
    fc.assert(
      fc.property(fc.array(anyPath, { maxLength: 20 }), (paths) => {
        const needed = filesNeedingContent(defaultClassifyPolicy, paths);
        expect(needed).toEqual(paths.filter((path) => needed.includes(path)));
      }),
    );
  });
});
